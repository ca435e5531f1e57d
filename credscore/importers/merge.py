"""Merge several sources of one person (an X archive, a LinkedIn export, a feed…) into one account.

Everything every source holds, each record once: what counts as the same record (a post seen through
two sources: same id, same time and text, or a post and its feed copy; repeated messages and follows;
identical profiles) is defined in :mod:`credscore.duplicates`, the one rule that loading applies too.
The first record seen wins; fields it lacks are taken from the duplicate (e.g. the like count an API
gives and an archive does not). Genuinely distinct cross-posts (the same words on two networks, each
with its own permalink) are all kept.

``sources``: every source note, in order; ``name``, ``lang`` and ``label``: the first given. A source
that only repeats the others (all its posts are copies of theirs: a feed generated from an export, an
archive given twice) adds no profile and no name: it is not another presence of the person.
Posts, messages and follows are ordered by ``created_at`` (records without one last), stably.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from credscore.account import FORMAT_ID, Account, parse_account
from credscore.duplicates import RECORD_KEYS, post_keys, unique_records
from credscore.errors import InputError
from credscore.importers._common import chronological

__all__ = ["merge_accounts"]

logger = logging.getLogger(__name__)

SOURCES_FIELD = "sources"


def merge_accounts(accounts: Sequence[Account], *, account_id: str) -> Account:
    """One account document holding everything ``accounts`` hold, duplicates removed."""
    if not accounts:
        raise InputError("nothing to merge: no account was imported")
    document: dict[str, Any] = {"format": FORMAT_ID, "id": account_id}
    mirrors = _mirrors(accounts)
    for field, keys in RECORD_KEYS.items():
        given = [(number, record) for number, account in enumerate(accounts) for record in getattr(account, field)
                 if not (field == "profiles" and number in mirrors)]
        records = [record for _, record in given]
        kept = unique_records(records, keys, origins=[number for number, _ in given])
        if len(kept) < len(records):
            logger.debug("merge: %d duplicate %s dropped", len(records) - len(kept), field)
        dumped = [_dumped(record) for record in kept]
        document[field] = chronological(dumped) if field in _DATED else dumped
    document[SOURCES_FIELD] = [note for account in accounts for note in _sources(account)]
    for field in ("name", "lang", "label"):
        value = next((getattr(account, field) for number, account in enumerate(accounts)
                      if getattr(account, field) and number not in mirrors), None)
        if value is not None:
            document[field] = value
    return parse_account(document)


_DATED = frozenset({"posts", "messages", "follows"})


def _mirrors(accounts: Sequence[Account]) -> set[int]:
    """The sources that only repeat others: every post a copy of another source's post, and nothing else of their
    own (a feed generated from a LinkedIn export, an archive given twice). Their profile and name are not another
    presence of the person: counting them would make one history look spread over more platforms."""
    found: set[int] = set()
    for number, account in reversed(list(enumerate(accounts))):
        if not account.posts or account.messages or account.follows or account.audience or account.snapshots:
            continue
        # A later copy of an earlier source is the mirror; of two identical sources, the first one stays.
        others = [(other, post) for other, source in enumerate(accounts) if other != number and other not in found
                  for post in source.posts]
        alone = unique_records([post for _, post in others], post_keys, origins=[other for other, _ in others])
        together = unique_records([*(post for _, post in others), *account.posts], post_keys,
                                  origins=[*(other for other, _ in others), *([number] * len(account.posts))])
        if len(together) == len(alone):
            found.add(number)
    return found


def _dumped(record: BaseModel) -> dict[str, Any]:
    """A record as JSON-ready data, its ``created_at`` left a datetime for ordering (parse_account reads both)."""
    data = record.model_dump(mode="json", exclude_none=True)
    if "created_at" in data:
        # The dump holds created_at, so the record has the field (which BaseModel does not declare).
        data["created_at"] = record.created_at  # type: ignore[attr-defined]
    return data


def _sources(account: Account) -> list[Any]:
    notes = (account.model_extra or {}).get(SOURCES_FIELD)
    return list(notes) if isinstance(notes, list | tuple) else []
