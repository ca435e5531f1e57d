"""The rules file: its schema, validated when loaded (pydantic, unknown keys refused).

A rule is data: an id, conditions on signal features, an effect on the score, and a reason
in French and English. The ``[verdict]`` table holds the verdict's own thresholds (bands,
minimum history, how many model reasons to show), so that code holds no magic numbers.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["DERIVED_FEATURES", "Condition", "Rule", "RuleSet", "VerdictSettings"]

# Values beyond the signal features that conditions may name (computed in credscore/decision.py): each family's
# push on the log-odds, the second strongest of them, the broadcasting habits shown, the share of readable words,
# how many platforms the posts are on, how many DMs were sent, how many profiles carry a bio, how many posts of its
# own the account has, the share of posts linking to a paper, and the score of its worst platform's part alone.
DERIVED_FEATURES = ("family.hollow_talk", "family.broadcasting", "family.audience", "family.engagement",
                    "family.converging", "family.mechanics", "coverage.readable_share", "coverage.platforms",
                    "coverage.messages_sent", "coverage.bios", "coverage.own_posts", "research.link_share",
                    "views.worst_score")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def unmeasured(value: float | None) -> bool:
    """Whether a value a condition reads could not be measured: missing, or NaN as a signal gives it."""
    return value is None or math.isnan(value)


class Condition(_Strict):
    """``feature op value``, e.g. ``auto_dms.follower_dm_share >= 0.5``. An unmeasured feature does not satisfy it,
    unless ``if_unmeasured`` says it does: "no identical cross-posting" holds of an account seen on one platform."""

    feature: str
    op: Literal[">", ">=", "<", "<=", "=="]
    value: float
    if_unmeasured: bool = False

    def holds(self, measured: float | None) -> bool:
        if measured is None or unmeasured(measured):  # the None test again only narrows the type for mypy
            return self.if_unmeasured
        return {
            ">": measured > self.value,
            ">=": measured >= self.value,
            "<": measured < self.value,
            "<=": measured <= self.value,
            "==": measured == self.value,
        }[self.op]

    def describe(self) -> str:
        return f"{self.feature} {self.op} {self.value:g}"


class Rule(_Strict):
    """One rule. Effects: ``floor`` raises the score to at least ``amount``; ``cap`` lowers it to at
    most ``amount``; ``add`` adds ``amount`` points (negative to lower)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    enabled: bool = True
    when: tuple[Condition, ...] = Field(min_length=1)
    effect: Literal["floor", "cap", "add"]
    amount: float
    reason_en: str = Field(min_length=1)
    reason_fr: str = Field(min_length=1)
    evidence_from: str | None = None
    """The feature whose evidence items back the reason; the first condition's feature by default."""
    firm: bool = False
    """A floor that holds against the protective caps: it rests on what the account did to people (asked them for
    their passwords), which no genuine habit explains, not on a habit a genuine account may share."""

    @model_validator(mode="after")
    def _amount_in_range(self) -> Rule:
        low = -100 if self.effect == "add" else 0
        if not low <= self.amount <= 100:
            raise ValueError(f"amount {self.amount:g} out of range for effect {self.effect!r} ({low} to 100)")
        if self.firm and self.effect != "floor":
            raise ValueError(f"only a floor can be firm (effect {self.effect!r})")
        return self

    @property
    def evidence_feature(self) -> str:
        return self.evidence_from or self.when[0].feature


class VerdictSettings(_Strict):
    """The verdict's thresholds. Scores run from 0 (genuine) to 100 (fake)."""

    minimum_own_posts: int = Field(ge=1)
    """Fewer posts of the account's own than this: ``insufficient_data``, not a guess."""
    likely_fake_from: float = Field(ge=0, le=100)
    likely_genuine_below: float = Field(ge=0, le=100)
    max_model_reasons: int = Field(ge=0)
    min_model_contribution: float = Field(ge=0)
    """The smallest push on the log-odds for a model contribution to be shown as a reason."""

    def band(self, score: float) -> Literal["likely_genuine", "uncertain", "likely_fake"]:
        """The band of a 0–100 score."""
        if score >= self.likely_fake_from:
            return "likely_fake"
        return "likely_genuine" if score < self.likely_genuine_below else "uncertain"

    @model_validator(mode="after")
    def _bands_ordered(self) -> VerdictSettings:
        if self.likely_genuine_below > self.likely_fake_from:
            raise ValueError("likely_genuine_below must not exceed likely_fake_from")
        return self


class RuleSet(_Strict):
    verdict: VerdictSettings
    rules: tuple[Rule, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> RuleSet:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} appears twice")
            seen.add(rule.id)
        return self

    def active(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)
