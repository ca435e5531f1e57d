"""What ``credscore import`` runs (the command itself is in :mod:`credscore.cli.imports`): platform exports,
feeds and public accounts -> one account document.

Each source is imported on its own (exports by the file importers, ``--rss``/``--mastodon``/``--bluesky``
by :func:`credscore.connectors.fetch_account`),
then :func:`~credscore.importers.merge.merge_accounts` merges them into one account, written
atomically (a temporary file beside the output, then :func:`os.replace`) as pretty-printed JSON.
A one-line summary per source goes to stderr. An export that gives nothing at all (no profile, post, message or
follow) stops the import with one line, rather than writing an empty account that would be scored.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from credscore.account import FORMAT_ID, Account
from credscore.atomic import check_output_folder, write_atomically
from credscore.errors import InputError
from credscore.reader import refuse_special_file

__all__ = ["import_accounts", "summarise", "write_account"]

logger = logging.getLogger(__name__)

# Option -> importer name, for the exports named explicitly.
EXPORT_OPTIONS = (
    ("--twitter-archive", "twitter-archive"),
    ("--mastodon-archive", "mastodon-archive"),
    ("--linkedin-export", "linkedin-export"),
    ("--facebook-export", "facebook-export"),
    ("--instagram-export", "instagram-export"),
    ("--threads-export", "threads-export"),
    ("--tiktok-export", "tiktok-export"),
    ("--youtube-takeout", "youtube-takeout"),
)
# Option -> prefix of the connector spec ("mastodon:@user@instance").
CONNECTOR_OPTIONS = (("--rss", "rss"), ("--mastodon", "mastodon"), ("--bluesky", "bluesky"), ("--youtube", "youtube"))
_KINDS = ("post", "reply", "repost", "comment")
_PLURALS = {"post": "posts", "reply": "replies", "repost": "reposts", "comment": "comments"}


def import_accounts(account_id: str, paths: Sequence[Path] = (), *, source: str | None = None,
                    exports: Mapping[str, Sequence[Path]] | None = None,
                    connectors: Mapping[str, Sequence[str]] | None = None) -> tuple[list[tuple[str, Account]], Account]:
    """Each source imported on its own, then merged: ``paths`` detected (or all read as ``source``),
    ``exports`` by importer name, ``connectors`` by prefix (``rss``, ``mastodon``, ``bluesky``).

    Returns what each source gave (its importer's name and account) and the merged account.
    """
    from credscore.importers import detect_importer, get_importer
    from credscore.importers.merge import merge_accounts

    imported: list[tuple[str, Account]] = []
    for path in [*paths, *(path for export_paths in (exports or {}).values() for path in export_paths)]:
        refuse_special_file(path)  # a pipe would block the format detection
    for path in paths:
        importer = get_importer(source) if source else detect_importer(path)
        imported.append((importer.name, _not_empty(importer.load(path, account_id=account_id), importer.name, path)))
    for name, export_paths in (exports or {}).items():
        for path in export_paths:
            imported.append((name, _not_empty(get_importer(name).load(path, account_id=account_id), name, path)))
    options = {prefix: option for option, prefix in CONNECTOR_OPTIONS}
    for prefix, values in (connectors or {}).items():
        for value in values:
            imported.append((prefix, fetch(f"{prefix}:{value}", options.get(prefix, prefix))))
    if not imported:
        raise InputError("nothing to import: give export folders or zips as PATH, or a source option "
                         "(see `credscore import --help`)")
    return imported, merge_accounts([account for _, account in imported], account_id=account_id)


def _not_empty(account: Account, name: str, path: Path) -> Account:
    """``account``, unless the export gave nothing at all: an empty account would be scored as if it were one, so
    the user is told instead (an export of the wrong account, or of sections left unticked when it was requested)."""
    if any(map(_says_something, account.profiles)) or account.posts or account.messages or account.follows:
        return account
    raise InputError(f"{path}: the {name} export holds no profile, posts, messages or follows; nothing to import "
                     "(was it requested with these sections?)")


def _says_something(profile: Any) -> bool:
    """Whether a profile holds anything of the account: a name, a text, a date or a count above zero (empty follow
    lists give a profile of zero followers and nothing else)."""
    return bool(profile.handle or profile.bio or profile.url or profile.created_at
                or profile.followers or profile.following or profile.posts_count)


def fetch(spec: str, option: str) -> Account:
    """An account from a connector (``rss:…``, ``mastodon:…``, ``bluesky:…``), imported lazily."""
    try:
        from credscore.connectors import fetch_account
    except ImportError as exc:
        raise InputError(f"{option} is not available in this installation of credscore ({exc})") from None
    return fetch_account(spec)


def write_account(account: Account, output: Path) -> None:
    """Write ``account`` as pretty-printed JSON, atomically: readers see the old file or the new one."""
    data = account.model_dump(mode="json", exclude_none=True)
    document = {"format": FORMAT_ID, **{key: value for key, value in data.items() if key != "format"}}
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    check_output_folder(output)
    if output.is_dir():
        raise InputError(f"{output}: is a folder; give a file name such as account.json")
    write_atomically(output, lambda stream: stream.write(text))


def counts(account: Account) -> dict[str, int]:
    """Posts by kind, messages and follows of one account."""
    kinds: Counter[str] = Counter(post.kind for post in account.posts)
    figures = {_PLURALS[kind]: kinds.get(kind, 0) for kind in _KINDS}
    figures["messages"] = len(account.messages)
    figures["follows"] = len(account.follows)
    return figures


def summarise(imported: list[tuple[str, Account]], merged: Account, output: Path) -> str:
    """One line: what each source gave, what was written where."""
    parts = []
    for name, account in imported:
        figures = ", ".join(f"{count} {what}" for what, count in counts(account).items())
        flag = "" if all(_complete(note) for note in _notes(account)) else " (incomplete)"
        parts.append(f"{name}{flag}: {figures}")
    total = len(merged.posts) + len(merged.messages) + len(merged.follows)
    return f"imported {'; '.join(parts)} -> {output} ({total} records)"


def _notes(account: Account) -> list[Any]:
    notes = (account.model_extra or {}).get("sources")
    return list(notes) if isinstance(notes, list | tuple) else []


def _complete(note: Any) -> bool:
    return not isinstance(note, dict) or note.get("complete", True) is not False
