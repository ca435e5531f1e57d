"""Pydantic models of what the API answers, for its OpenAPI documentation.

The verdict is sent exactly as :meth:`credscore.verdict.Verdict.to_dict` makes it (the JSON of
``credscore score --format json``); these models describe it without reshaping it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from credscore.verdict import Band

__all__ = ["BatchOut", "ErrorOut", "FetchRequest", "HealthOut", "ModelOut", "VerdictOut"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class EvidenceOut(_Out):
    ref: str = Field(description="The item's own id, or its place in the document (`posts[3]`).")
    kind: Literal["post", "message", "profile"]
    index: int
    platform: str
    excerpt: str
    id: str | None = None
    created_at: str | None = None
    link: str | None = None


class ReasonOut(_Out):
    source: Literal["rule", "model"]
    id: str
    direction: Literal["towards_fake", "towards_genuine"]
    weight: float | None
    effect: str
    message: dict[str, str] = Field(description="The reason in English (`en`) and French (`fr`).")
    values: dict[str, float | None]
    evidence: list[EvidenceOut]


class SignalOut(_Out):
    measurable: bool
    values: dict[str, float | None]
    note: str | None = Field(None, description="Why the signal could not be measured (absent when it was).")


class CoverageOut(_Out):
    posts: int
    own_posts: int
    reposts: int
    messages_sent: int
    messages_received: int
    follows: int
    profiles: int
    platforms: list[str]
    timestamped_posts: int
    languages: dict[str, int]
    minimum_own_posts: int
    sufficient: bool
    unmeasurable: dict[str, str]
    sources: list[dict[str, Any]]


class VerdictOut(_Out):
    """The verdict, as ``credscore score --format json`` prints it."""

    id: str
    score: float | None = Field(description="0 (genuine) to 100 (fake); null with insufficient data.")
    probability: float | None = Field(description="The model's calibrated probability of fake, before the rules.")
    band: Band
    signals: dict[str, SignalOut]
    reasons: list[ReasonOut]
    coverage: CoverageOut
    model_version: str


class ErrorOut(_Out):
    """Every error: a code, one line for people, and details (the record, the field paths, the limit)."""

    error: str = Field(description="A stable code: `invalid_json`, `invalid_account`, `too_many_posts`, …")
    message: str
    record: str | None = None
    problems: list[dict[str, str]] | None = Field(None, description="`path` and `message` of each problem.")
    limit: str | None = Field(None, description="The setting that was exceeded (`max_body_mb`, `max_batch`, …).")


class BatchRowOut(BaseModel):
    index: int = Field(description="The account's position in the request, from 0.")
    id: str = Field(description="The account's id, or `item N` when it has no usable id.")
    verdict: VerdictOut | None
    error: ErrorOut | None


class BatchOut(BaseModel):
    """One row per account of the request, in order; a bad record is an error row, never dropped."""

    accounts: int
    scored: int
    failed: int
    results: list[BatchRowOut]


class HealthOut(BaseModel):
    status: Literal["ok"]
    model_version: str
    credscore_version: str


class ModelOut(_Out):
    """The model card: the sidecar of the model file, with the version the verdicts carry."""

    name: str
    version: str = Field(description="`name@` and the first 12 hex digits of the model file's SHA-256.")
    credscore_version: str
    feature_names: list[str]
    metrics: dict[str, Any]
    training_data: dict[str, Any]


class FetchRequest(BaseModel):
    """Fetch a public account and score it (Mastodon or Bluesky; see the SSRF policy)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    handle: str = Field(min_length=1, max_length=512, examples=["mastodon:@user@mastodon.social"])
    max_posts: int | None = Field(None, ge=1, description="Fetch at most this many posts (capped by the server).")
