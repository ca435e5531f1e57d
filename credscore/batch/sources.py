"""What a batch reads: an accounts file, the tabular form, or a list of handles to fetch.

Records come out raw (:class:`~credscore.reader.RawRecord`), in input order; they are decoded
and validated where they are scored.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from credscore.batch.tabular import is_tabular, iter_tabular_records
from credscore.errors import CredscoreError, InputError
from credscore.reader import RawRecord, iter_raw_records

__all__ = ["HANDLE_LIST_SUFFIXES", "iter_inputs"]

HANDLE_LIST_SUFFIXES = (".txt",)


def iter_inputs(path: Path, *, max_posts: int | None = None) -> Iterator[RawRecord]:
    """The records of ``path``: JSON Lines or a JSON array of accounts, the tabular form (a folder with
    an accounts table, or that table), or a ``.txt`` list of handles to fetch."""
    if path.suffix.lower() in HANDLE_LIST_SUFFIXES:
        yield from _fetched(path, max_posts)
    elif is_tabular(path):
        yield from iter_tabular_records(path)
    elif path.is_dir():
        raise InputError(f"{path}: a folder without an accounts table (accounts.parquet or accounts.csv)")
    else:
        yield from iter_raw_records(path)


def _fetched(path: Path, max_posts: int | None) -> Iterator[RawRecord]:
    """A handle list has one handle per line (``mastodon:@user@instance``, ``bluesky:handle``, ``rss:URL``);
    blank lines and lines starting with ``#`` are skipped. A handle that cannot be fetched becomes an
    error record naming its line."""
    from credscore.connectors import DEFAULT_MAX_POSTS
    from credscore.connectors.many import fetch_many

    try:
        with path.open(encoding="utf-8") as stream:
            numbered = [(number, line.strip()) for number, line in enumerate(stream, 1)
                        if line.strip() and not line.lstrip().startswith("#")]
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None

    fetched = fetch_many((spec for _, spec in numbered), max_posts=max_posts or DEFAULT_MAX_POSTS)
    for (number, spec), (_, result) in zip(numbered, fetched, strict=True):
        position = f"line {number} ({spec})"
        if isinstance(result, CredscoreError):
            yield RawRecord(position, error=InputError(f"{position}: {result}"))
        else:
            yield RawRecord(position, data=result)
