"""``credscore import``: platform exports, feeds and public accounts -> one account document.

:func:`import_command` is a Typer command function; the CLI registers it with
``app.command("import")(import_command)``. Each source is imported on its own (exports by the
file importers, ``--rss``/``--mastodon``/``--bluesky`` by :func:`credscore.connectors.fetch_account`),
then :func:`~credscore.importers.merge.merge_accounts` merges them into one account, written
atomically (a temporary file beside the output, then :func:`os.replace`) as pretty-printed JSON.
A one-line summary per source goes to stderr.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

from credscore.account import FORMAT_ID, Account
from credscore.atomic import write_atomically
from credscore.errors import InputError

__all__ = ["import_command", "summarise", "write_account"]

logger = logging.getLogger(__name__)

# Option -> importer name, for the exports named explicitly.
EXPORT_OPTIONS = (
    ("--twitter-archive", "twitter-archive"),
    ("--mastodon-archive", "mastodon-archive"),
    ("--linkedin-export", "linkedin-export"),
    ("--facebook-export", "facebook-export"),
)
# Option -> prefix of the connector spec ("mastodon:@user@instance").
CONNECTOR_OPTIONS = (("--rss", "rss"), ("--mastodon", "mastodon"), ("--bluesky", "bluesky"))
_KINDS = ("post", "reply", "repost", "comment")
_PLURALS = {"post": "posts", "reply": "replies", "repost": "reposts", "comment": "comments"}

PathsArgument = Annotated[list[Path] | None, typer.Argument(
    metavar="PATH", show_default=False,
    help="Exports to import (a folder or the .zip as downloaded); the format is detected.")]


def import_command(
    account_id: Annotated[str, typer.Option("--id", help="The id of the account in the document written.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the account document (.json).")],
    paths: PathsArgument = None,
    source: Annotated[str | None, typer.Option(
        "--source", help="The format of every PATH, when detection is not enough (e.g. twitter-archive).")] = None,
    twitter_archive: Annotated[list[Path] | None, typer.Option(
        "--twitter-archive", show_default=False, help="An X (Twitter) archive: folder or .zip.")] = None,
    mastodon_archive: Annotated[list[Path] | None, typer.Option(
        "--mastodon-archive", show_default=False, help="A Mastodon archive (outbox.json): folder or .zip.")] = None,
    linkedin_export: Annotated[list[Path] | None, typer.Option(
        "--linkedin-export", show_default=False, help="A LinkedIn data export (CSV files): folder or .zip.")] = None,
    facebook_export: Annotated[list[Path] | None, typer.Option(
        "--facebook-export", show_default=False, help="A Facebook export (JSON format): folder or .zip.")] = None,
    rss: Annotated[list[str] | None, typer.Option(
        "--rss", show_default=False, help="An RSS or Atom feed: URL or file.")] = None,
    mastodon: Annotated[list[str] | None, typer.Option(
        "--mastodon", show_default=False, help="A Mastodon account, @user@instance (public API).")] = None,
    bluesky: Annotated[list[str] | None, typer.Option(
        "--bluesky", show_default=False, help="A Bluesky handle (public API).")] = None,
) -> None:
    """Import a person's exports, feeds and public accounts into one account document, ready to score.

    Every option can be repeated. The same post found in two sources is kept once.
    """
    from credscore.importers import detect_importer, get_importer
    from credscore.importers.merge import merge_accounts

    imported: list[tuple[str, Account]] = []
    for path in paths or []:
        importer = get_importer(source) if source else detect_importer(path)
        imported.append((importer.name, importer.load(path, account_id=account_id)))
    exports = (twitter_archive, mastodon_archive, linkedin_export, facebook_export)
    for (_, name), export_paths in zip(EXPORT_OPTIONS, exports, strict=True):
        for path in export_paths or []:
            imported.append((name, get_importer(name).load(path, account_id=account_id)))
    for (option, prefix), values in zip(CONNECTOR_OPTIONS, (rss, mastodon, bluesky), strict=True):
        for value in values or []:
            imported.append((prefix, fetch(f"{prefix}:{value}", option)))
    if not imported:
        raise InputError("nothing to import: give export folders or zips as PATH, or a source option "
                         "(see `credscore import --help`)")
    account = merge_accounts([account for _, account in imported], account_id=account_id)
    write_account(account, output)
    typer.echo(summarise(imported, account, output), err=True)


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
    folder = output.parent
    if not folder.is_dir():
        raise InputError(f"{output}: cannot be written: no folder {folder}")
    if output.is_dir():
        raise InputError(f"{output}: is a folder; give a file name such as account.json")
    write_atomically(output, lambda stream: stream.write(text))


def counts(account: Account) -> dict[str, int]:
    """Posts by kind, messages and follows of one account."""
    kinds = Counter(post.kind for post in account.posts)
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
