"""Pydantic models of what the API answers, for its OpenAPI documentation.

The verdict is sent exactly as :meth:`credscore.verdict.Verdict.to_dict` makes it (the JSON of
``credscore score --format json``) and documented by the model that makes it,
:class:`credscore.verdict.VerdictDocument`: it is not described a second time here.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from credscore.verdict import VerdictDocument

__all__ = ["BatchOut", "ErrorOut", "FetchRequest", "HealthOut", "ModelOut"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


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
    verdict: VerdictDocument | None
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


def _integral(value: Any) -> Any:
    """``200.0`` is the integer 200 in JSON (and in JSON Schema); strict mode still refuses ``"200"`` and ``true``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class FetchRequest(BaseModel):
    """Fetch a public account and score it (Mastodon or Bluesky; see the SSRF policy)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    handle: str = Field(min_length=1, max_length=512, examples=["mastodon:@user@mastodon.social"])
    max_posts: Annotated[int | None, BeforeValidator(_integral)] = Field(
        None, ge=1, description="Fetch at most this many posts (capped by the server).")
