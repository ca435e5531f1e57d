"""Merge several sources of one person (an X archive, a LinkedIn export, a feed…) into one account.

- profiles: from every source; identical profiles are kept once, different ones (one per
  platform, or two accounts on one platform) are all kept;
- posts: from every source; the same post seen twice is kept once: same platform and same ``id``,
  or same platform, same ``created_at`` (to the second) and same text (white space aside). The
  first one seen wins; fields it lacks are taken from the duplicate (e.g. the like count an API
  gives and an archive does not);
- messages and follows: concatenated, exact repeats (same platform, direction, counterpart,
  time and text) kept once;
- ``sources``: every source note, in order; ``name`` and ``lang``: the first given.

Each list is ordered by ``created_at`` (records without one last), stably.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Hashable, Sequence
from datetime import datetime
from typing import Any

from credscore.account import FORMAT_ID, Account, Follow, Message, Post, Profile, parse_account
from credscore.errors import InputError
from credscore.importers._common import chronological

__all__ = ["merge_accounts"]

logger = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")
SOURCES_FIELD = "sources"


def merge_accounts(accounts: Sequence[Account], *, account_id: str) -> Account:
    """One account document holding everything ``accounts`` hold, duplicates removed."""
    if not accounts:
        raise InputError("nothing to merge: no account was imported")
    profiles = _unique([profile for account in accounts for profile in account.profiles], _profile_keys)
    posts = _unique([post for account in accounts for post in account.posts], _post_keys)
    messages = _unique([message for account in accounts for message in account.messages], _message_keys)
    follows = _unique([follow for account in accounts for follow in account.follows], _follow_keys)
    dropped = sum(len(account.posts) for account in accounts) - len(posts)
    if dropped:
        logger.info("%d duplicate post(s) merged", dropped)
    document: dict[str, Any] = {
        "format": FORMAT_ID,
        "id": account_id,
        "profiles": profiles,
        "posts": chronological(posts),
        "messages": chronological(messages),
        "follows": chronological(follows),
        SOURCES_FIELD: [note for account in accounts for note in _sources(account)],
    }
    for field in ("name", "lang", "label"):
        value = next((getattr(account, field) for account in accounts if getattr(account, field)), None)
        if value is not None:
            document[field] = value
    return parse_account(document)


def _sources(account: Account) -> list[Any]:
    notes = (account.model_extra or {}).get(SOURCES_FIELD)
    return list(notes) if isinstance(notes, list | tuple) else []


def _unique(records: Sequence[Profile | Post | Message | Follow],
            keys: Callable[[dict[str, Any]], list[Hashable]]) -> list[dict[str, Any]]:
    """Records as JSON-ready dicts, each kept once; a repeat fills the fields the first one lacks."""
    kept: list[dict[str, Any]] = []
    index: dict[Hashable, int] = {}
    for record in records:
        data = record.model_dump(mode="json", exclude_none=True)
        # Dump back to datetimes for ordering; the JSON form is re-validated by parse_account.
        if "created_at" in data:
            data["created_at"] = record.created_at
        record_keys = keys(data)
        position = next((index[key] for key in record_keys if key in index), None)
        if position is None:
            position = len(kept)
            kept.append(data)
        else:
            for field, value in data.items():
                kept[position].setdefault(field, value)
        for key in record_keys:
            index.setdefault(key, position)
    return kept


def _second(value: datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


def _text(value: Any) -> str:
    return _SPACES.sub(" ", str(value or "")).strip()


def _profile_keys(profile: dict[str, Any]) -> list[Hashable]:
    return [json.dumps(profile, sort_keys=True, default=str)]


def _post_keys(post: dict[str, Any]) -> list[Hashable]:
    keys: list[Hashable] = []
    if post.get("id"):
        keys.append(("id", post["platform"], post["id"]))
    if post.get("created_at") is not None:
        keys.append(("content", post["platform"], _second(post["created_at"]), _text(post.get("text"))))
    if not keys:  # nothing to recognise it by: never a duplicate
        keys.append(("object", id(post)))
    return keys


def _message_keys(message: dict[str, Any]) -> list[Hashable]:
    return [(message["platform"], message["direction"], _text(message.get("counterpart")).casefold(),
             _second(message["created_at"]), _text(message.get("text")))]


def _follow_keys(follow: dict[str, Any]) -> list[Hashable]:
    return [(follow["platform"], follow["direction"], _text(follow.get("counterpart")).casefold(),
             _second(follow.get("created_at")))]
