"""Evaluate rules on an account's signal values, and apply the hits to a score.

Each hit carries its own explanation (the rule's reason in both languages, the conditions that
held, and the evidence items of the feature it names), so the verdict only assembles them.

Effects are applied in a fixed order: every ``add`` first, then the highest ``floor``, then
the lowest ``cap``, then the highest *firm* floor. Caps come after the floors because they are the
protective rules (strong signs of a genuine professional); where a floor and a cap disagree, the
evidence conflicts and the score lands between them, in the uncertain band. A firm floor rests on
what the account did to people (asked them for their passwords), which no genuine habit explains:
no protective rule lowers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from credscore.rules.schema import DERIVED_FEATURES, Rule, RuleSet, unmeasured
from credscore.signals.base import Evidence, SignalResult

__all__ = ["RuleHit", "apply_rules", "evaluate_rules", "feature_values", "lowering_hits"]


@dataclass(frozen=True, slots=True)
class RuleHit:
    rule: Rule
    values: Mapping[str, float]
    """The measured value of each feature the rule's conditions name (an unmeasured one is left out)."""
    evidence: tuple[Evidence, ...]


def feature_values(results: Mapping[str, SignalResult]) -> dict[str, float]:
    """``signal.feature`` -> value, for every measured feature."""
    return {f"{name}.{feature}": value
            for name, result in results.items() if result.measurable
            for feature, value in result.values.items()}


def _evidence(results: Mapping[str, SignalResult], feature: str) -> tuple[Evidence, ...]:
    signal_name, _, feature_name = feature.partition(".")
    result = results.get(signal_name)
    return tuple(result.evidence.get(feature_name, ())) if result else ()


def evaluate_rules(rules: RuleSet, results: Mapping[str, SignalResult],
                   derived: Mapping[str, float] | None = None) -> list[RuleHit]:
    """The rules whose every condition holds, in the order of the rules file.

    ``derived`` adds values computed beyond the signals (``family.*``, ``coverage.*``: see
    :mod:`credscore.decision`) that conditions may name like features.
    """
    values = feature_values(results)
    if derived:
        values.update(derived)
    hits = []
    for rule in rules.active():
        if all(condition.holds(values.get(condition.feature)) for condition in rule.when):
            hits.append(RuleHit(
                rule=rule,
                # A condition that held of an unmeasured feature (``if_unmeasured``) has no value to show.
                values={condition.feature: values[condition.feature] for condition in rule.when
                        if not unmeasured(values.get(condition.feature))},
                evidence=_evidence(results, rule.evidence_feature),
            ))
    return hits


def _added(score: float, hits: list[RuleHit]) -> float:
    score += sum(hit.rule.amount for hit in hits if hit.rule.effect == "add")
    return min(max(score, 0.0), 100.0)


def _before_caps(score: float, hits: list[RuleHit]) -> float:
    score = _added(score, hits)
    floors = [hit.rule.amount for hit in hits if hit.rule.effect == "floor"]
    return max(score, max(floors)) if floors else score


def _firm_floor(hits: list[RuleHit]) -> float | None:
    floors = [hit.rule.amount for hit in hits if hit.rule.firm]
    return max(floors) if floors else None


def apply_rules(score: float, hits: list[RuleHit]) -> float:
    """The score after the hits' effects, kept within 0–100."""
    score = _before_caps(score, hits)
    caps = [hit.rule.amount for hit in hits if hit.rule.effect == "cap"]
    score = min(score, min(caps)) if caps else score
    firm = _firm_floor(hits)
    return max(score, firm) if firm is not None else score


def lowering_hits(score: float, hits: list[RuleHit]) -> list[RuleHit]:
    """The hits that explain the score: every add, the floors that raised it or quote the habit behind them,
    and the caps that held it down.

    A protective cap on a score already below it changed nothing; shown as a reason it would tell a
    reader who is plainly genuine that "it may sound like marketing talk". Likewise a floor whose evidence
    would be a derived value (two families converging: it quotes nothing, each family's own features quote
    their posts) on a score already above it: it would only repeat "cannot be called likely genuine" under a
    likely-fake verdict. A floor that quotes a signal's evidence stays, raised the score or not: it names a
    habit and shows it (whether or not a batch asked for the items themselves). A cap that a firm floor undid
    (the score it held down is back where it was, or higher) changed nothing either; a firm floor on a derived value
    that lifted the score a cap held down did change it, however high the score was before the cap.
    """
    before, added = _before_caps(score, hits), _added(score, hits)
    firm = _firm_floor(hits)
    caps = [hit.rule.amount for hit in hits if hit.rule.effect == "cap"]
    capped = min([before, *caps])
    return [hit for hit in hits
            if (hit.rule.effect != "cap" or (hit.rule.amount < before and (firm is None or firm < before)))
            and (hit.rule.effect != "floor" or hit.rule.evidence_feature not in DERIVED_FEATURES
                 or hit.rule.amount > (min(added, capped) if hit.rule.firm else added))]
