"""Small helpers shared by the file importers: dates, links, ordering, building the account.

Every importer collects plain dicts in the account format and hands them to
:func:`build_account`, which orders them, attaches the :class:`~credscore.importers.base.SourceNote`
and validates the whole document with :func:`~credscore.account.parse_account`. Before that it cuts
what is over the limits of :mod:`credscore.limits` (the most recent records are kept, texts are
shortened) and replaces lone UTF-16 surrogates with U+FFFD, and the source note says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from credscore.account import FORMAT_ID, Account, parse_account, parse_timestamp
from credscore.errors import AccountValidationError, InputError
from credscore.importers.base import SourceNote
from credscore.limits import (
    MAX_AUDIENCE,
    MAX_FOLLOWS,
    MAX_MEDIA,
    MAX_MESSAGES,
    MAX_POSTS,
    MAX_PROFILES,
    MAX_SNAPSHOTS,
    MAX_TEXT_CHARS,
)

__all__ = [
    "MONTHS",
    "build_account",
    "chronological",
    "collapse_spaces",
    "from_epoch",
    "from_epoch_ms",
    "links_in_text",
    "media_kind",
    "media_record",
    "parse_month_date",
    "parse_naive_utc",
    "unique",
]

# Links in plain text: an explicit scheme or "www." (what the NLP layer also takes for a link).
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\"…»"
_SPACES = re.compile(r"\s+")
MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -](\d{4})\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_TEXT_FIELDS = ("text", "bio")
_UNORDERED = frozenset({"audience", "snapshots"})


# What each platform calls a kind of media (X entity types, Mastodon API types), as account-format kinds.
_MEDIA_TYPES = {"photo": "image", "image": "image", "video": "video", "animated_gif": "video", "gifv": "video",
                "audio": "audio"}
_MEDIA_SUFFIXES = {"image": (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".avif"),
                   "video": (".mp4", ".mov", ".webm", ".m4v", ".avi"), "audio": (".mp3", ".m4a", ".ogg", ".wav")}


def json_object(value: Any) -> dict[str, Any]:
    """``value`` when it is a JSON object, else an empty one (exports leave fields out, null them or change
    their type)."""
    return value if isinstance(value, dict) else {}


def json_array(value: Any) -> list[Any]:
    """``value`` when it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def media_kind(kind: Any = None, *, mime: Any = None, url: Any = None) -> str:
    """``image``, ``video``, ``audio`` or ``other``: from a platform's type name, else a MIME type, else a file
    suffix (``photo`` and ``image/png`` are images; an animated GIF plays as a video)."""
    if isinstance(kind, str) and kind.strip().lower() in _MEDIA_TYPES:
        return _MEDIA_TYPES[kind.strip().lower()]
    if isinstance(mime, str) and (major := mime.strip().lower().partition("/")[0]) in _MEDIA_SUFFIXES:
        return major
    if isinstance(url, str):
        path = url.lower().split("?", 1)[0].split("#", 1)[0]
        return next((found for found, suffixes in _MEDIA_SUFFIXES.items() if path.endswith(suffixes)), "other")
    return "other"


def media_record(kind: str, url: Any) -> dict[str, Any]:
    """One Media of the account format (``url`` left out when the source gives none)."""
    return {"kind": kind, "url": url.strip()} if isinstance(url, str) and url.strip() else {"kind": kind}


def links_in_text(text: str) -> list[str]:
    """URLs written in ``text``, in order, trailing punctuation left out."""
    return [match.rstrip(_TRAILING_PUNCTUATION) for match in _URL.findall(text)]


def unique(items: Iterable[str]) -> list[str]:
    """``items`` without repeats or empty strings, first occurrence kept."""
    return [item for item in dict.fromkeys(items) if item]


def collapse_spaces(text: str) -> str:
    """One space for every run of white space, none at the ends (names in CSV exports)."""
    return _SPACES.sub(" ", text).strip()


def iso_timestamp(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (UTC when it has no zone), or ``None`` when missing or unreadable: an export's
    bad date loses that date, not the record."""
    if not isinstance(value, str | datetime) or not str(value).strip():
        return None
    try:
        return parse_timestamp(value)
    except ValueError:
        return None


def from_epoch(value: Any) -> datetime | None:
    """Unix seconds to an aware datetime; ``0``, missing or unusable values are unknown (None)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def from_epoch_ms(value: Any) -> datetime | None:
    """Unix milliseconds to an aware datetime, as :func:`from_epoch` (an integer too large for a float: None)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return from_epoch(value / 1000)
    except OverflowError:
        return None


def parse_naive_utc(value: str) -> datetime | None:
    """``2025-06-11 02:27:07`` or ``2021-06-15 16:37:00 UTC``: a time without a zone is UTC."""
    text = value.strip().removesuffix("UTC").strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def parse_month_date(value: str) -> datetime | None:
    """``17 Jun 2021`` (English month names, whatever the locale) to midnight UTC, else None."""
    match = _DAY_MONTH_YEAR.match(value)
    if not match:
        return parse_naive_utc(value)
    day, month, year = match.groups()
    number = MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return datetime(int(year), number, int(day), tzinfo=UTC)
    except ValueError:
        return None


def chronological(records: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Records with a ``created_at`` in time order, then those without one, each group in its original order."""
    dated = [record for record in records if record.get("created_at") is not None]
    undated = [record for record in records if record.get("created_at") is None]
    return sorted(dated, key=lambda record: _aware(record["created_at"])) + undated


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def build_account(account_id: str, *, source: SourceNote, name: str | None = None,
                  profiles: Sequence[Mapping[str, Any]] = (), posts: Sequence[Mapping[str, Any]] = (),
                  messages: Sequence[Mapping[str, Any]] = (), follows: Sequence[Mapping[str, Any]] = (),
                  audience: Sequence[Mapping[str, Any]] = (), snapshots: Sequence[Mapping[str, Any]] = ()) -> Account:
    """Validate the collected records as one account document (``None`` fields dropped).

    What is over the limits is cut and noted in ``source``, which then says the history is incomplete.
    """
    cuts: list[str] = []
    kept = {kind: _most_recent(records, most, kind, cuts) for kind, records, most in (
        ("profiles", profiles, MAX_PROFILES), ("posts", posts, MAX_POSTS), ("messages", messages, MAX_MESSAGES),
        ("follows", follows, MAX_FOLLOWS), ("audience", audience, MAX_AUDIENCE),
        ("snapshots", snapshots, MAX_SNAPSHOTS))}
    shortened = [0]
    document: dict[str, Any] = {
        "format": FORMAT_ID,
        "id": _clean(account_id),
        **{kind: [_cleaned(record, shortened) for record in records] for kind, records in kept.items()},
    }
    if shortened[0]:
        cuts.append(f"{shortened[0]} text(s) cut to {MAX_TEXT_CHARS:,} characters")
    if cuts:
        source = replace(source, complete=False, note="; ".join(filter(None, [source.note, *cuts])))
    document["sources"] = [source.to_dict()]
    if name:
        document["name"] = _clean(name)
    try:
        return parse_account(document)
    except AccountValidationError as exc:
        raise InputError(f"{source.location}: the {source.kind} import produced an invalid account ({exc})") from None


def _most_recent(records: Sequence[Mapping[str, Any]], most: int, kind: str, cuts: list[str]
                 ) -> list[Mapping[str, Any]]:
    """The records in time order; past ``most``, the most recent ``most`` (dated ones first)."""
    # An audience sample and snapshots are kept in the source's order (their created_at is not when they happened).
    if kind in _UNORDERED:
        if len(records) > most:
            cuts.append(f"kept the first {most:,} {kind} records of {len(records):,}")
        return list(records[:most])
    ordered = list(records) if kind == "profiles" else chronological(records)
    if len(ordered) <= most:
        return ordered
    cuts.append(f"kept the {most:,} most recent {kind} of {len(ordered):,}")
    dated = [record for record in ordered if record.get("created_at") is not None][-most:]
    undated = [record for record in ordered if record.get("created_at") is None][: most - len(dated)]
    return dated + undated


def _clean(value: Any) -> Any:
    """A string (or the strings of a list or record) with its lone surrogates (undecodable escapes in an export's
    JSON) replaced by U+FFFD."""
    if isinstance(value, str) and not value.isascii():
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    if isinstance(value, dict):  # a post's media and comments
        return {key: _clean(item) for key, item in value.items()}
    return value


def _cleaned(record: Mapping[str, Any], shortened: list[int]) -> dict[str, Any]:
    """The record without ``None`` fields, its strings cleaned, its long texts cut (counted in ``shortened``)."""
    cleaned = {key: _clean(value) for key, value in record.items() if value is not None}
    if isinstance(cleaned.get("media"), list) and len(cleaned["media"]) > MAX_MEDIA:
        cleaned["media"] = cleaned["media"][:MAX_MEDIA]  # a post shows a handful; the rest adds nothing
    for key in _LONG_TEXT_FIELDS:
        if isinstance(cleaned.get(key), str) and len(cleaned[key]) > MAX_TEXT_CHARS:
            cleaned[key] = cleaned[key][: MAX_TEXT_CHARS - 1] + "…"
            shortened[0] += 1
    return cleaned

