"""The credscore account document, version 1.1 (``shared/spec/account-format.md``).

Frozen pydantic models, validated strictly: a wrong type is an error rather than a silent
coercion, because a verdict about a person must not rest on a guessed value. Unknown fields
are kept (``model_extra``) and ignored, so newer documents still load. Timestamps are ISO 8601
strings; a timestamp without a zone is taken as UTC.

:func:`parse_account` turns one decoded JSON value into an :class:`Account`, or raises an
:class:`~credscore.errors.AccountValidationError` whose message names the record and the
field path, e.g. ``acct-17: posts[42].created_at: not an ISO 8601 timestamp``.

The limits of :mod:`credscore.limits` apply: JSON nested deeper than ``MAX_NESTING``, a text longer
than ``MAX_TEXT_CHARS``, more than ``MAX_POSTS`` posts (and so on) are refused, as are lone UTF-16
surrogates (``"\\ud800"`` in JSON), which are not text and cannot be written back out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from credscore.duplicates import canonical_account, canonical_platform
from credscore.errors import AccountValidationError, InputError
from credscore.limits import (
    MAX_AUDIENCE,
    MAX_COMMENTS,
    MAX_FOLLOWS,
    MAX_MEDIA,
    MAX_MESSAGES,
    MAX_NESTING,
    MAX_POSTS,
    MAX_PROFILES,
    MAX_SNAPSHOTS,
    MAX_TEXT_CHARS,
    check_nesting,
)

__all__ = [
    "FORMAT_ID",
    "FORMAT_IDS",
    "PLATFORM_PARTS",
    "Account",
    "AudienceMember",
    "Comment",
    "Follow",
    "Media",
    "Message",
    "Post",
    "Profile",
    "Snapshot",
    "on_platform",
    "parse_account",
    "parse_account_json",
    "parse_timestamp",
]

FORMAT_ID = "credscore.account/1.1"
PLATFORM_PARTS = ("profiles", "posts", "messages", "follows", "audience", "snapshots")
"""An account's lists whose every item is on one platform (its ``platform`` field)."""
# Version 1.1 only adds optional fields: documents of either version load, and 1.0 ones score as before.
FORMAT_IDS = ("credscore.account/1", "credscore.account/1.1")


# The years where a time with a zone may fall outside what a datetime holds once read in UTC.
_FIRST_YEAR, _LAST_YEAR = datetime.min.year, datetime.max.year


# Python's reader takes a fourth field of the time for a fraction ("21:10:37:59" is read 21:10:37.59, and
# "21:10:00:00" 21:10:00): ISO 8601 has no such form, and a typo must be an error, not a silent other time.
_EXTRA_TIME_FIELD = re.compile(r"\d{2}(?::\d{2}){3}")


def parse_timestamp(value: Any) -> datetime:
    """Parse an ISO 8601 string into an aware datetime (UTC when no zone is given)."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("not an ISO 8601 timestamp") from None
        if value.count(":") > 2 and _EXTRA_TIME_FIELD.search(value):
            raise ValueError("not an ISO 8601 timestamp (the time has more than hours, minutes and seconds)")
    else:
        raise ValueError(f"not an ISO 8601 timestamp (got {_type_name(value)})")
    parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
    if _FIRST_YEAR < parsed.year < _LAST_YEAR:
        return parsed  # a zone moves a time by less than a day: only the first and last years can leave the range
    try:
        # 0001-01-01T00:00+01:00 is a valid ISO string but no time in UTC: comparing, sorting and
        # measuring intervals would overflow later, far from the record that caused it.
        parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError("timestamp out of range (before year 1 or after year 9999 in UTC)") from None
    return parsed


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null",
            int: "integer", float: "number"}.get(type(value), type(value).__name__)


_SURROGATE = re.compile("[\ud800-\udfff]")
# The JSON escape of a UTF-16 surrogate (a lone one, or half of a pair such as an escaped emoji), or a surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")
_NOT_UNICODE = "not valid Unicode text (a lone UTF-16 surrogate such as \\ud800)"

Timestamp = Annotated[datetime, BeforeValidator(parse_timestamp)]
Count = Annotated[int, Field(ge=0)]
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]


# JSON arrays arrive as lists: the tuple fields below say Field(strict=False) to accept them (and only
# sequences) for the immutable tuples.
class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow", strict=True)


class Profile(_Record):
    platform: str
    handle: str | None = None
    bio: Text | None = None
    url: str | None = None
    followers: Count | None = None
    following: Count | None = None
    created_at: Timestamp | None = None
    verified: bool | None = None
    posts_count: Count | None = None
    has_avatar: bool | None = None


class Media(_Record):
    """What a post carries besides its text (1.1): a captionless photo is a media post, not a link post."""

    kind: Literal["image", "video", "audio", "other"]
    url: str | None = None


class Comment(_Record):
    """What *another* person wrote under a post (1.1)."""

    text: Text
    author: str | None = None
    created_at: Timestamp | None = None
    likes: Count | None = None
    author_followers: Count | None = None
    author_following: Count | None = None


class Post(_Record):
    platform: str
    text: Text
    created_at: Timestamp | None = None
    id: str | None = None
    kind: Literal["post", "reply", "repost", "comment"] = "post"
    links: Annotated[tuple[str, ...], Field(strict=False, max_length=None)] | None = None
    likes: Count | None = None
    reposts: Count | None = None
    replies: Count | None = None
    views: Count | None = None
    media: Annotated[tuple[Media, ...], Field(strict=False, max_length=MAX_MEDIA)] | None = None
    comments: Annotated[tuple[Comment, ...], Field(strict=False, max_length=MAX_COMMENTS)] | None = None


class Message(_Record):
    platform: str
    created_at: Timestamp
    direction: Literal["sent", "received"]
    text: Text
    counterpart: str | None = None


class Follow(_Record):
    platform: str
    direction: Literal["in", "out"]
    counterpart: str | None = None
    created_at: Timestamp | None = None
    ended_at: Timestamp | None = None
    """When the follow was undone (1.1): follow-then-unfollow churn is a growth tactic."""


class AudienceMember(_Record):
    """One follower of the account, as their public profile shows them (1.1)."""

    platform: str
    handle: str | None = None
    followers: Count | None = None
    following: Count | None = None
    posts_count: Count | None = None
    created_at: Timestamp | None = None
    has_avatar: bool | None = None
    bio: Text | None = None
    followed_at: Timestamp | None = None


class Snapshot(_Record):
    """The account's public counters at one time (1.1)."""

    platform: str
    at: Timestamp
    followers: Count | None = None
    following: Count | None = None
    posts_count: Count | None = None


class Account(_Record):
    id: str = Field(min_length=1)
    format: Literal["credscore.account/1", "credscore.account/1.1"] | None = None
    name: str | None = None
    lang: str | None = None
    profiles: Annotated[tuple[Profile, ...], Field(strict=False, max_length=MAX_PROFILES)] = ()
    posts: Annotated[tuple[Post, ...], Field(strict=False, max_length=MAX_POSTS)] = ()
    messages: Annotated[tuple[Message, ...], Field(strict=False, max_length=MAX_MESSAGES)] = ()
    follows: Annotated[tuple[Follow, ...], Field(strict=False, max_length=MAX_FOLLOWS)] = ()
    audience: Annotated[tuple[AudienceMember, ...], Field(strict=False, max_length=MAX_AUDIENCE)] = ()
    snapshots: Annotated[tuple[Snapshot, ...], Field(strict=False, max_length=MAX_SNAPSHOTS)] = ()
    label: Literal["fake", "genuine"] | None = None

    def own_post_count(self) -> int:
        """Posts in the account's own words: everything but reposts, which carry someone else's."""
        return sum(1 for post in self.posts if post.kind != "repost")


def on_platform(account: Account, platform: str) -> Account:
    """What the account holds on one platform: its profiles, posts, messages, follows, audience sample and counters
    there, and nothing else (an agency audits an influencer's Instagram, a recruiter a candidate's LinkedIn). A
    follower rush on that platform then has no post of another network to explain it, as on the platform itself.
    An account with no record on that platform is an input error naming the platforms it has."""
    wanted = canonical_platform(platform)
    kept = {part: tuple(item for item in getattr(account, part) if canonical_platform(item.platform) == wanted)
            for part in PLATFORM_PARTS}
    if not any(kept.values()):
        held = sorted({canonical_platform(item.platform) for part in PLATFORM_PARTS for item in getattr(account, part)})
        raise InputError(f"{account.id}: nothing on {platform!r} (it has: {', '.join(held) or 'no platform'})")
    return account.model_copy(update=kept)


_MOST = {"profiles": MAX_PROFILES, "posts": MAX_POSTS, "messages": MAX_MESSAGES, "follows": MAX_FOLLOWS,
         "audience": MAX_AUDIENCE, "snapshots": MAX_SNAPSHOTS}


def parse_account(data: Any, *, position: str | None = None, source: str | None = None) -> Account:
    """Validate one decoded JSON value as an account document, in canonical form.

    Platform names come out lower case and a record seen twice (an export loaded twice, a post and its
    feed copy) comes out once: see :mod:`credscore.duplicates`, which defines when two records are the same.
    ``position`` (e.g. ``"line 17"``) names the record when its ``id`` is missing or unusable. ``source``, when
    given, is the JSON text ``data`` was decoded from: a text with no UTF-16 surrogate, escaped (``\\ud800``–
    ``\\udfff``) or not, cannot hold a lone one, and its strings are not searched for one.
    """
    record = _record_name(data, position)
    if not isinstance(data, dict):
        raise AccountValidationError(record, [("", f"expected a JSON object, got {_type_name(data)}")])
    for field, most in _MOST.items():
        # Before anything walks the records: refusing 10 million posts must not take minutes.
        if isinstance(data.get(field), list) and len(data[field]) > most:
            raise AccountValidationError(record, [(field, f"more than {most:,} records; split the history or cut it")])
    # Decoded strict UTF-8 holds no surrogate: only a \uD800-\uDFFF escape in the JSON text makes one.
    surrogates = source is None or _may_hold_surrogate(source)
    try:
        account = Account.model_validate(data)
    except ValidationError as exc:
        # JSON nested too deep or not Unicode is said before any field's problem, whatever the field.
        _refuse_unreadable([(data, 0)], data, record, surrogates=surrogates)
        problems = [(_field_path(err["loc"]), _describe(err)) for err in exc.errors(include_url=False)]
        raise AccountValidationError(record, problems) from None
    # A valid account's declared fields are flat and Unicode (a lone surrogate fails validation): only the fields
    # it keeps unread (its extras) may nest or hold one, and they are walked alone rather than the whole document.
    _refuse_unreadable(_extras(account), data, record, surrogates=surrogates)
    # Every way in (files, batch, API, importers) comes through here: the same history, the same account.
    return canonical_account(account)


def parse_account_json(source: str) -> Account | None:
    """The account in the JSON text ``source`` when it is a valid account document, in canonical form; None otherwise.

    A valid document is decoded and validated in one pass by pydantic's own JSON parser, without building the Python
    objects of the whole document first (about 5 % less CPU for loading a batch's lines). Any other text (not JSON, an
    invalid field, a text that may hold a UTF-16 surrogate, unread fields nested too deep) gets None: the caller then
    decodes it with ``json`` and gives it to :func:`parse_account`, the one place whose messages say what is wrong,
    so that every error reads the same whichever way the text came in. What this accepts, :func:`parse_account`
    accepts as the same account (a test compares them).
    """
    if _may_hold_surrogate(source):
        return None
    try:
        account = Account.model_validate_json(source)
    except ValidationError:
        return None
    try:
        _refuse_unreadable(_extras(account), None, account.id, surrogates=False)
    except AccountValidationError:
        return None
    return canonical_account(account)


def _may_hold_surrogate(source: str) -> bool:
    """Whether the JSON text ``source`` holds a UTF-16 surrogate, escaped or not (what ``_SURROGATE_ESCAPE`` finds).

    Asked of every line of a batch: a search for the escape's two first characters and a strict UTF-8 encoding (which
    refuses a surrogate) scan a line in C several times faster than the pattern, which then runs only on a line
    that holds a ``\\u`` escape.
    """
    if "\\u" in source and _SURROGATE_ESCAPE.search(source) is not None:
        return True
    if source.isascii():
        return False
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# The level of a JSON document each record is at: an account is the document, a post is in its list of posts, a
# post's media and comments are in lists of the post's.
_ACCOUNT_LEVEL, _RECORD_LEVEL, _POST_PART_LEVEL = 1, 3, 5


def _extras(account: Account) -> Iterator[tuple[dict[str, Any], int]]:
    """The unknown fields of every record of ``account`` (as an object), each with the levels above it."""
    # An object of extras stands for its record: it is at the record's level.
    yield account.model_extra or {}, _ACCOUNT_LEVEL - 1
    for field in _MOST:
        for item in getattr(account, field):
            if item.model_extra:
                yield item.model_extra, _RECORD_LEVEL - 1
    for post in account.posts:
        for part in (*(post.media or ()), *(post.comments or ())):
            if part.model_extra:
                yield part.model_extra, _POST_PART_LEVEL - 1


def _refuse_unreadable(parts: Iterable[tuple[Any, int]], data: Any, record: str, *, surrogates: bool) -> None:
    """Refuse JSON nested deeper than ``MAX_NESTING`` levels in any of ``parts`` (each with the levels above
    it), then a lone UTF-16 surrogate in them (only looked for when ``surrogates``), found in ``data``."""
    non_ascii: list[str] | None = [] if surrogates else None
    try:
        for part, within in parts:
            check_nesting(part, record, non_ascii=non_ascii, within=within)
    except InputError:
        raise AccountValidationError(record, [("", f"JSON nested more than {MAX_NESTING} levels deep")]) from None
    if non_ascii and any(_SURROGATE.search(text) for text in non_ascii):
        raise AccountValidationError(record, [(_surrogate_path(data), _NOT_UNICODE)])


# How much of a value an error message quotes: enough to find it, never a whole 10 MB post.
QUOTED_CHARS = 60


def quoted(value: Any) -> str:
    """``value`` as an error message shows it: its repr, on one line, cut to :data:`QUOTED_CHARS`."""
    try:
        shown = repr(value[: QUOTED_CHARS + 1] if isinstance(value, str) else value)
    except ValueError:  # an integer of more than 4,300 digits has no repr
        shown = f"<{_type_name(value)}>"
    return shown if len(shown) <= QUOTED_CHARS else shown[: QUOTED_CHARS - 1] + "…"


def _record_name(data: Any, position: str | None) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"]:
        record = data["id"]
        if record.isprintable() and len(record) <= QUOTED_CHARS:
            return record
        # An id that would break the one-line message, or fill the screen: quote it, escaped and cut.
        return f"{position} (id {quoted(record)})" if position else f"id {quoted(record)}"
    return position or "account"


def _surrogate_path(data: Any) -> str:
    """Where the first lone surrogate is (the slow walk, only once one is known to be there)."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str) and _SURROGATE.search(value):
            return path
        if isinstance(value, dict):
            stack.extend((key, path) for key in value if isinstance(key, str))
            stack.extend((item, _joined(path, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list | tuple):
            stack.extend((item, f"{path}[{index}]") for index, item in reversed(list(enumerate(value))))
    return ""


def _joined(path: str, key: Any) -> str:
    """``path.key``, or ``path['odd key']`` for a key that is not a plain printable name."""
    name = str(key)
    if name.isprintable() and name and len(name) <= QUOTED_CHARS and not _SURROGATE.search(name):
        return f"{path}.{name}" if path else name
    return f"{path}[{quoted(name)}]"


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


def _describe(err: ErrorDetails) -> str:
    kind = err["type"]
    value = err.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind in _EXPECTED:
        return f"{_EXPECTED[kind]}, got {_type_name(value)}"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"unknown value {quoted(value)} (expected {expected})"
    if kind == "string_unicode":
        return _NOT_UNICODE
    if kind == "string_too_long":
        return f"longer than {err.get('ctx', {}).get('max_length', 0):,} characters (got {len(value):,})"
    if kind == "too_long":
        return f"more than {err.get('ctx', {}).get('max_length', 0):,} records; split the history or cut it"
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", err["msg"]))
    if kind == "greater_than_equal":
        return f"must be 0 or more, got {quoted(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    return str(err["msg"]).lower()
