"""The credscore account document, version 1 (``shared/spec/account-format.md``).

Frozen pydantic models, validated strictly: a wrong type is an error rather than a silent
coercion, because a verdict about a person must not rest on a guessed value. Unknown fields
are kept (``model_extra``) and ignored, so newer documents still load. Timestamps are ISO 8601
strings; a timestamp without a zone is taken as UTC.

:func:`parse_account` turns one decoded JSON value into an :class:`Account`, or raises an
:class:`~credscore.errors.AccountValidationError` whose message names the record and the
field path, e.g. ``acct-17: posts[42].created_at: not an ISO 8601 timestamp``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from credscore.errors import AccountValidationError

__all__ = [
    "FORMAT_ID",
    "Account",
    "Follow",
    "Message",
    "Post",
    "Profile",
    "parse_account",
    "parse_timestamp",
]

FORMAT_ID = "credscore.account/1"


def parse_timestamp(value: Any) -> datetime:
    """Parse an ISO 8601 string into an aware datetime (UTC when no zone is given)."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("not an ISO 8601 timestamp") from None
    else:
        raise ValueError(f"not an ISO 8601 timestamp (got {_type_name(value)})")
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null",
            int: "integer", float: "number"}.get(type(value), type(value).__name__)


Timestamp = Annotated[datetime, BeforeValidator(parse_timestamp)]
Count = Annotated[int, Field(ge=0)]
# JSON arrays arrive as lists; accept them (and only sequences) for the immutable tuple fields.
def _array(item: Any) -> Any:
    return Annotated[tuple[item, ...], Field(strict=False)]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow", strict=True)


class Profile(_Record):
    platform: str
    handle: str | None = None
    bio: str | None = None
    url: str | None = None
    followers: Count | None = None
    following: Count | None = None
    created_at: Timestamp | None = None
    verified: bool | None = None


class Post(_Record):
    platform: str
    text: str
    created_at: Timestamp | None = None
    id: str | None = None
    kind: Literal["post", "reply", "repost", "comment"] = "post"
    links: _array(str) | None = None
    likes: Count | None = None
    reposts: Count | None = None
    replies: Count | None = None


class Message(_Record):
    platform: str
    created_at: Timestamp
    direction: Literal["sent", "received"]
    text: str
    counterpart: str | None = None


class Follow(_Record):
    platform: str
    direction: Literal["in", "out"]
    counterpart: str | None = None
    created_at: Timestamp | None = None


class Account(_Record):
    id: str = Field(min_length=1)
    format: Literal["credscore.account/1"] | None = None
    name: str | None = None
    lang: str | None = None
    profiles: _array(Profile) = ()
    posts: _array(Post) = ()
    messages: _array(Message) = ()
    follows: _array(Follow) = ()
    label: Literal["fake", "genuine"] | None = None

    def own_post_count(self) -> int:
        """Posts in the account's own words: everything but reposts, which carry someone else's."""
        return sum(1 for post in self.posts if post.kind != "repost")


def parse_account(data: Any, *, position: str | None = None) -> Account:
    """Validate one decoded JSON value as an account document.

    ``position`` (e.g. ``"line 17"``) names the record when its ``id`` is missing or unusable.
    """
    record = _record_name(data, position)
    if not isinstance(data, dict):
        raise AccountValidationError(record, [("", f"expected a JSON object, got {_type_name(data)}")])
    try:
        return Account.model_validate(data)
    except ValidationError as exc:
        problems = [(_field_path(err["loc"]), _describe(err)) for err in exc.errors(include_url=False)]
        raise AccountValidationError(record, problems) from None


def _record_name(data: Any, position: str | None) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"]:
        return data["id"]
    return position or "account"


def _field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif "[" in str(part) or "-" in str(part):
            # pydantic adds union/validator branch names to locations; they mean nothing to users
            continue
        else:
            path += f".{part}" if path else str(part)
    return path


_EXPECTED = {
    "string_type": "expected a string",
    "int_type": "expected an integer",
    "bool_type": "expected true or false",
    "tuple_type": "expected an array",
    "model_type": "expected a JSON object",
    "dataclass_type": "expected a JSON object",
}


def _describe(err: dict[str, Any]) -> str:
    kind = err["type"]
    value = err.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind in _EXPECTED:
        return f"{_EXPECTED[kind]}, got {_type_name(value)}"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"unknown value {value!r} (expected {expected})"
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", err["msg"]))
    if kind == "greater_than_equal":
        return f"must be 0 or more, got {value!r}"
    if kind == "string_too_short":
        return "must not be empty"
    return str(err["msg"]).lower()
