"""The verdict: a calibrated probability and the rule hits assembled into a score with reasons.

Nothing is decided here that a signal, a rule or the model did not decide and explain itself;
this module only assembles their findings into a :class:`Verdict`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from credscore.rules.engine import RuleHit
from credscore.signals.base import Evidence, SignalResult

__all__ = ["BANDS", "Band", "Coverage", "Reason", "Verdict", "rounded"]

Band = Literal["likely_genuine", "uncertain", "likely_fake", "insufficient_data"]
BANDS: tuple[Band, ...] = ("likely_genuine", "uncertain", "likely_fake", "insufficient_data")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the score is what it is: a rule that fired, or one of the model's strongest features."""

    source: Literal["rule", "model"]
    id: str
    """The rule id, or the feature name for a model reason."""
    direction: Literal["towards_fake", "towards_genuine"]
    weight: float
    """Rules: the effect's amount on the 0–100 score; model: the push on the log-odds of "fake"."""
    effect: str
    """Rules: ``floor``, ``cap`` or ``add``; model: ``contribution``."""
    message: Mapping[str, str]
    """The reason in each language (``en``, ``fr``)."""
    values: Mapping[str, float]
    evidence: tuple[Evidence, ...]

    @classmethod
    def from_rule(cls, hit: RuleHit) -> Reason:
        rule = hit.rule
        lowers = rule.effect == "cap" or (rule.effect == "add" and rule.amount < 0)
        return cls(
            source="rule",
            id=rule.id,
            direction="towards_genuine" if lowers else "towards_fake",
            weight=rule.amount,
            effect=rule.effect,
            message={"en": rule.reason_en, "fr": rule.reason_fr},
            values=dict(hit.values),
            evidence=hit.evidence,
        )


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much history there was, and what could not be measured."""

    posts: int
    own_posts: int
    reposts: int
    messages_sent: int
    messages_received: int
    follows: int
    profiles: int
    platforms: tuple[str, ...]
    timestamped_posts: int
    languages: Mapping[str, int]
    minimum_own_posts: int
    sufficient: bool
    unmeasurable: Mapping[str, str]
    """Signal -> why it could not be measured."""
    sources: tuple[Mapping[str, Any], ...] = ()
    """Where the history came from (importers' notes), and whether each part is complete."""


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    score: float | None
    """0 (genuine) to 100 (fake); ``None`` when the data are insufficient."""
    probability: float | None
    """The model's calibrated probability that the account is a fake expert (before rules)."""
    band: Band
    signals: Mapping[str, SignalResult]
    reasons: tuple[Reason, ...]
    coverage: Coverage
    model_version: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The verdict as JSON-ready data (the keys of ``credscore score --format json``)."""
        return {
            "id": self.id,
            "score": rounded(self.score, 1),
            "probability": rounded(self.probability, 4),
            "band": self.band,
            "signals": {
                name: {
                    "measurable": result.measurable,
                    "values": {key: rounded(value, 4) for key, value in result.values.items()},
                    **({"note": result.note} if result.note else {}),
                }
                for name, result in self.signals.items()
            },
            "reasons": [_reason_dict(reason) for reason in self.reasons],
            "coverage": _plain(asdict(self.coverage)),
            "model_version": self.model_version,
        }


def rounded(value: float | None, digits: int) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(float(value), digits)


def _reason_dict(reason: Reason) -> dict[str, Any]:
    data = _plain(asdict(reason))
    data["weight"] = rounded(reason.weight, 3)
    data["values"] = {key: rounded(value, 4) for key, value in reason.values.items()}
    data["evidence"] = [{"ref": item.ref, **_plain(asdict(item))} for item in reason.evidence]
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
