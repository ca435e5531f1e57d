"""Load the bundled rules file, merged with a user's own rules file.

A user's file may hold a ``[verdict]`` table (its keys override the bundled ones) and
``[[rule]]`` entries: a rule with a bundled id replaces that rule (``enabled = false`` switches
it off), a new id adds a rule. ``replace_defaults = true`` drops every bundled rule.
Every feature a rule names must be a feature the signals produce.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from credscore.errors import RulesError
from credscore.resources import data_dir
from credscore.rules.schema import DERIVED_FEATURES, RuleSet

__all__ = ["default_rules_path", "load_rules"]


def default_rules_path() -> Path:
    return data_dir() / "rules.toml"


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path}: no such rules file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: not valid TOML ({exc})") from None


def _merge(base: dict[str, Any], override: dict[str, Any], path: Path) -> dict[str, Any]:
    unknown = set(override) - {"verdict", "rule", "replace_defaults"}
    if unknown:
        raise RulesError(f"{path}: unknown key {sorted(unknown)[0]!r} (expected verdict, rule, replace_defaults)")
    verdict = {**base.get("verdict", {}), **override.get("verdict", {})}
    rules = {} if override.get("replace_defaults") else {rule.get("id"): rule for rule in base.get("rule", [])}
    overridden: set[object] = set()
    for rule in override.get("rule", []):
        if not isinstance(rule, dict):
            raise RulesError(f"{path}: each [[rule]] must be a table")
        if rule.get("id") in overridden:
            raise RulesError(f"{path}: rule id {rule.get('id')!r} appears twice")
        overridden.add(rule.get("id"))
        bundled = rules.get(rule.get("id"), {})
        # A user rule that only says `enabled = false` switches the bundled rule off without restating it.
        rules[rule.get("id")] = {**bundled, **rule} if set(rule) <= {"id", "enabled"} else rule
    return {"verdict": verdict, "rule": list(rules.values())}


def load_rules(path: str | Path | None = None, *, known_features: Iterable[str] | None = None) -> RuleSet:
    """The bundled rules merged with the rules file at ``path`` (if any), validated.

    With ``known_features``, every feature a rule names must be one of them or a derived value
    (:data:`~credscore.rules.schema.DERIVED_FEATURES`).
    """
    bundled_path = default_rules_path()
    raw = _read(bundled_path)
    source = bundled_path
    if path is not None:
        source = Path(path)
        raw = _merge(raw, _read(source), source)
    try:
        rules = RuleSet.model_validate({"verdict": raw.get("verdict"), "rules": raw.get("rule", [])})
    except ValidationError as exc:
        raise RulesError(f"{source}: {_describe(exc, raw)}") from None
    if known_features is not None:
        known = set(known_features) | set(DERIVED_FEATURES)
        for rule in rules.rules:
            for feature in [condition.feature for condition in rule.when] + [rule.evidence_feature]:
                if feature not in known:
                    raise RulesError(f"{source}: rule {rule.id!r}: unknown feature {feature!r}")
    return rules


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    error = exc.errors(include_url=False)[0]
    loc = list(error["loc"])
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        rules = raw.get("rule", [])
        rule_id = rules[loc[1]].get("id", f"#{loc[1] + 1}") if loc[1] < len(rules) else f"#{loc[1] + 1}"
        where = f"rule {rule_id!r}" + "".join(f".{part}" if isinstance(part, str) else f"[{part}]" for part in loc[2:])
    else:
        where = ".".join(str(part) for part in loc) or "file"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}"
