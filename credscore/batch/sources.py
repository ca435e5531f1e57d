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

__all__ = ["HANDLE_LIST_SUFFIXES", "count_records", "iter_inputs"]

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
    """A handle list has one handle per line (``mastodon:@user@instance``, ``bluesky:handle``, ``youtube:UC…``,
    ``rss:URL``); blank lines and lines starting with ``#`` are skipped. A handle that cannot be fetched becomes an
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


def count_records(path: Path) -> int | None:
    """How many records :func:`iter_inputs` will yield for ``path``, when a quick pass can tell (JSON Lines,
    plain or gzipped, a Parquet accounts table, a list of handles); None otherwise (a JSON array, a CSV
    table whose cells may hold line breaks) or when the input cannot be read (reading it will say why).

    Counting costs one read of the input, which is small beside scoring it; it gives a progress bar its total.
    """
    from credscore.reader import refuse_special_file

    refuse_special_file(path)
    try:
        if path.suffix.lower() in HANDLE_LIST_SUFFIXES:
            with path.open("rb") as stream:
                return sum(1 for line in stream if line.strip() and not line.lstrip().startswith(b"#"))
        if is_tabular(path):
            table = (path if not path.is_dir() else path / "accounts.parquet")
            if table.suffix != ".parquet" or not table.is_file():
                return None
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(table).metadata.num_rows)
        if not path.is_file() or not path.name.removesuffix(".gz").endswith((".jsonl", ".ndjson")):
            return None
        import gzip

        with gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except (OSError, EOFError, ValueError, CredscoreError):
        return None
