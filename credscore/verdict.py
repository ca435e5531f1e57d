"""The verdict: a calibrated probability and the rule hits assembled into a score with reasons.

Nothing is decided here that a signal, a rule or the model did not decide and explain itself;
this module only assembles their findings into a :class:`Verdict`.

The verdict's JSON (``credscore score --format json``, the API's answers) is defined once, by
:class:`VerdictDocument` and the models it holds: :meth:`Verdict.to_dict` builds it through them,
and its JSON Schema (:func:`verdict_json_schema`, published as ``credscore/schemas/verdict.schema.json``)
and the API's OpenAPI document are generated from them. So what is sent is what is documented.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from credscore.rules.engine import RuleHit
from credscore.signals.base import Evidence, EvidenceKind, SignalResult

__all__ = ["BANDS", "SCHEMA_FILE", "VERDICT_FORMAT", "Band", "Coverage", "CoverageDocument", "EvidenceDocument",
           "Reason", "ReasonDocument", "SignalDocument", "Verdict", "VerdictDocument", "published_verdict_schema",
           "rounded", "verdict_json_schema"]

VERDICT_FORMAT: Final = "credscore.verdict/1"
"""The first key of every verdict's JSON: a reader knows what it holds, as with ``credscore.account/1``."""
SCHEMA_FILE = "schemas/verdict.schema.json"
"""The published JSON Schema, inside the package (kept equal to :func:`verdict_json_schema` by a test)."""
SCHEMA_ID = "https://credscore.invalid/schemas/verdict-1.schema.json"
"""A stable identifier for the schema; ``.invalid`` because nothing is served there."""
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Digits kept in the JSON: enough for any reading, and stable across machines' float rounding.
SCORE_DIGITS = 1
PROBABILITY_DIGITS = 4
VALUE_DIGITS = 4
WEIGHT_DIGITS = 3

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
        return self.document().model_dump(mode="json")

    def document(self) -> VerdictDocument:
        """The verdict as its published JSON structure (rounded figures, evidence with references)."""
        return VerdictDocument(
            id=self.id,
            score=rounded(self.score, SCORE_DIGITS),
            probability=rounded(self.probability, PROBABILITY_DIGITS),
            band=self.band,
            signals={name: SignalDocument(measurable=result.measurable, values=_values(result.values),
                                          note=result.note or None)
                     for name, result in self.signals.items()},
            reasons=[ReasonDocument.of(reason) for reason in self.reasons],
            coverage=CoverageDocument.of(self.coverage),
            model_version=self.model_version,
        )


def rounded(value: float | None, digits: int) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(float(value), digits)


def _values(values: Mapping[str, float]) -> dict[str, float | None]:
    return {key: rounded(value, VALUE_DIGITS) for key, value in values.items()}


class _Document(BaseModel):
    # Every key that is always sent is required in the schema (``format`` has a default, yet is always there).
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True,
                              json_schema_serialization_defaults_required=True)


Figure = float | None
"""A measured figure, rounded; ``null`` when it could not be computed (never NaN, which JSON lacks)."""


class EvidenceDocument(_Document):
    """One item of the account's history behind a reason, quoted."""

    ref: str
    """The item's own id, or its place in the document (``posts[3]``, ``posts[3].comments[2]``, ``audience[12]``,
    ``follows[40]``, ``snapshots[2]``)."""
    kind: EvidenceKind
    """``post``, ``message``, ``profile`` (the account's own words); ``comment`` (what another person wrote under a
    post), ``audience`` (a follower's public profile), ``follow`` (a follow event), ``snapshot`` (the account's
    counters at one time)."""
    index: int = Field(ge=0)
    """Position in the account's ``posts``/``messages``/``profiles``/``audience``/``follows``/``snapshots`` list,
    from 0 (for a comment: its post's position in ``posts``)."""
    platform: str
    excerpt: str
    """The quoted text (``[redacted]`` for a DM when the verdict was redacted)."""
    id: str | None = None
    created_at: str | None = None
    """ISO 8601 timestamp, when the item has one."""
    link: str | None = None
    comment: int | None = Field(None, ge=0, exclude_if=lambda comment: comment is None)
    """For a comment: its position in the post's ``comments``, from 0 (absent for every other kind)."""

    @classmethod
    def of(cls, item: Evidence) -> EvidenceDocument:
        return cls(ref=item.ref, kind=item.kind, index=item.index, platform=item.platform, excerpt=item.excerpt,
                   id=item.id, created_at=item.created_at, link=item.link, comment=item.comment)


class ReasonDocument(_Document):
    """A rule that fired, or one of the model's strongest features."""

    source: Literal["rule", "model"]
    id: str
    """The rule id, or the feature name for a model reason."""
    direction: Literal["towards_fake", "towards_genuine"]
    weight: Figure
    """Rules: the effect's amount on the 0–100 score; model: the push on the log-odds of "fake"."""
    effect: Literal["floor", "cap", "add", "contribution"]
    """Rules: ``floor``, ``cap`` or ``add``; model: ``contribution``."""
    message: dict[str, str]
    """The reason in each language (``en``, ``fr``)."""
    values: dict[str, Figure]
    """The figures the reason rests on."""
    evidence: list[EvidenceDocument]

    @classmethod
    def of(cls, reason: Reason) -> ReasonDocument:
        # Reason.effect is a plain str holding one of the four effects; pydantic checks it on the way in.
        return cls(source=reason.source, id=reason.id, direction=reason.direction,
                   weight=rounded(reason.weight, WEIGHT_DIGITS), effect=reason.effect,  # type: ignore[arg-type]
                   message=dict(reason.message), values=_values(reason.values),
                   evidence=[EvidenceDocument.of(item) for item in reason.evidence])


class SignalDocument(_Document):
    """One signal's finding: its feature values, or why it could not be measured."""

    measurable: bool
    values: dict[str, Figure]
    """Feature name -> value; empty when the signal could not be measured."""
    note: str | None = Field(None, exclude_if=lambda note: note is None)
    """Why the signal could not be measured (absent when it was)."""


class CoverageDocument(_Document):
    """How much history there was, and what could not be measured."""

    posts: int = Field(ge=0)
    own_posts: int = Field(ge=0)
    reposts: int = Field(ge=0)
    messages_sent: int = Field(ge=0)
    messages_received: int = Field(ge=0)
    follows: int = Field(ge=0)
    profiles: int = Field(ge=0)
    platforms: list[str]
    timestamped_posts: int = Field(ge=0)
    languages: dict[str, int]
    """Language code -> number of posts detected in it."""
    minimum_own_posts: int = Field(ge=0)
    """Fewer posts of the account's own than this give ``insufficient_data``."""
    sufficient: bool
    unmeasurable: dict[str, str]
    """Signal -> why it could not be measured."""
    sources: list[dict[str, Any]]
    """Where the history came from (importers' notes), and whether each part is complete."""

    @classmethod
    def of(cls, coverage: Coverage) -> CoverageDocument:
        return cls(posts=coverage.posts, own_posts=coverage.own_posts, reposts=coverage.reposts,
                   messages_sent=coverage.messages_sent, messages_received=coverage.messages_received,
                   follows=coverage.follows, profiles=coverage.profiles, platforms=list(coverage.platforms),
                   timestamped_posts=coverage.timestamped_posts, languages=dict(coverage.languages),
                   minimum_own_posts=coverage.minimum_own_posts, sufficient=coverage.sufficient,
                   unmeasurable=dict(coverage.unmeasurable), sources=[_plain(source) for source in coverage.sources])


class VerdictDocument(_Document):
    """A credscore verdict on one account, as ``credscore score --format json`` prints it."""

    model_config = ConfigDict(title="Verdict")

    format: Literal["credscore.verdict/1"] = VERDICT_FORMAT
    """What this document is, and the version of its structure."""
    id: str
    """The account's id."""
    score: float | None = Field(ge=0, le=100)
    """0 (genuine) to 100 (fake): the calibrated probability × 100, adjusted by the rules; null with insufficient
    data."""
    probability: float | None = Field(ge=0, le=1)
    """The model's calibrated probability that the account is a fake expert, before the rules; null with
    insufficient data."""
    band: Band
    signals: dict[str, SignalDocument]
    """Every signal, by name."""
    reasons: list[ReasonDocument]
    """Rules that fired and the model's strongest features."""
    coverage: CoverageDocument
    model_version: str
    """The model's name and the first 12 hex digits of its SHA-256."""


def verdict_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a verdict's JSON, generated from :class:`VerdictDocument`."""
    schema = VerdictDocument.model_json_schema(mode="serialization")
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": SCHEMA_ID, **schema}


def published_verdict_schema() -> dict[str, Any]:
    """The schema file shipped in the package (``credscore/schemas/verdict.schema.json``)."""
    return json.loads(resources.files("credscore").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
