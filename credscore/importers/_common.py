"""Small helpers shared by the file importers: dates, links, ordering, building the account.

Every importer collects plain dicts in the account format and hands them to
:func:`build_account`, which orders them, attaches the :class:`~credscore.importers.base.SourceNote`
and validates the whole document with :func:`~credscore.account.parse_account`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from credscore.account import FORMAT_ID, Account, parse_account, parse_timestamp
from credscore.errors import AccountValidationError, InputError
from credscore.importers.base import SourceNote

__all__ = [
    "MONTHS",
    "build_account",
    "chronological",
    "collapse_spaces",
    "from_epoch",
    "links_in_text",
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
                  messages: Sequence[Mapping[str, Any]] = (), follows: Sequence[Mapping[str, Any]] = ()) -> Account:
    """Validate the collected records as one account document (``None`` fields dropped)."""
    document: dict[str, Any] = {
        "format": FORMAT_ID,
        "id": account_id,
        "profiles": [_without_none(profile) for profile in profiles],
        "posts": [_without_none(post) for post in chronological(posts)],
        "messages": [_without_none(message) for message in chronological(messages)],
        "follows": [_without_none(follow) for follow in chronological(follows)],
        "sources": [source.to_dict()],
    }
    if name:
        document["name"] = name
    try:
        return parse_account(document)
    except AccountValidationError as exc:
        raise InputError(f"{source.location}: the {source.kind} import produced an invalid account ({exc})") from None


def _without_none(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if value is not None}
