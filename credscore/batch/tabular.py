"""The tabular form of the account format: an ``accounts`` table and its child tables.

A folder holds ``accounts`` (one row per account: ``id``, ``name``, ``lang``, ``label``) and any of
``posts``, ``messages``, ``follows`` and ``profiles`` (an ``account_id`` column plus the fields of
the account document), each as ``NAME.parquet`` or ``NAME.csv`` (or ``NAME.csv.gz``).

Rows are joined on ``account_id`` as a stream when every child table lists its rows in the order
of the accounts table (each account's rows together) — the way a data frame sorted by account
is written. Then memory stays flat whatever the number of accounts. Tables in another order are
joined in memory, with a warning: sort them by the accounts' order to stream.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from credscore.errors import InputError
from credscore.reader import RawRecord

__all__ = ["CHILD_TABLES", "documents_from_frames", "is_tabular", "iter_tabular_records"]

logger = logging.getLogger(__name__)

CHILD_TABLES = ("posts", "messages", "follows", "profiles", "audience", "snapshots", "comments", "media")
# Tables whose rows belong to a post rather than to the account (format 1.1): joined on the post's id.
POST_TABLES = ("comments", "media")
POST_KEY = "post_id"
KEY = "account_id"
_SUFFIXES = (".parquet", ".csv", ".csv.gz")
# Rows read from a table at a time.
READ_BATCH_ROWS = 10_000
# CSV has no types: these columns are read as numbers or booleans, every other one as text.
_INTEGER_FIELDS = frozenset({"likes", "reposts", "replies", "followers", "following", "views", "posts_count",
                             "author_followers", "author_following"})
_BOOLEAN_FIELDS = frozenset({"verified", "has_avatar"})
# List-valued fields a CSV cell carries as a JSON array (a post's links, and in 1.1 its media and comments).
_LIST_FIELDS = frozenset({"links", "media", "comments"})
_TEXT_FIELDS = frozenset({"text"})
_TRUE, _FALSE = frozenset({"true", "1", "yes"}), frozenset({"false", "0", "no"})


def _table_file(folder: Path, name: str) -> Path | None:
    found = [folder / f"{name}{suffix}" for suffix in _SUFFIXES if (folder / f"{name}{suffix}").is_file()]
    if len(found) > 1:
        raise InputError(f"{folder}: both {found[0].name} and {found[1].name}; keep one {name} table")
    return found[0] if found else None


def is_tabular(path: Path) -> bool:
    """A folder with an accounts table, or the accounts table itself."""
    folder = path if path.is_dir() else path.parent
    if not path.is_dir() and not path.name.startswith("accounts."):
        return False
    return _table_file(folder, "accounts") is not None


def _read_batches(path: Path) -> Iterator[list[dict[str, Any]]]:
    """The rows of a table, a batch at a time, as plain dicts (CSV cells typed by column)."""
    try:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_BATCH_ROWS):
                yield batch.to_pylist()
        else:
            import pandas as pd

            with pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=READ_BATCH_ROWS,
                             encoding="utf-8") as reader:
                for frame in reader:
                    yield [_typed_csv_row(row, path) for row in frame.to_dict("records")]
    except InputError:
        raise
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as a table ({exc})") from None
    except Exception as exc:  # pyarrow and the CSV parser raise their own types for corrupt files
        raise InputError(f"{path}: cannot be read as a table ({type(exc).__name__}: {exc})") from None


def _typed_csv_row(row: dict[str, str], path: Path) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for column, cell in row.items():
        if cell == "":
            # CSV cannot tell an empty text from a missing one; a post's text may be empty, never missing.
            if column in _TEXT_FIELDS:
                typed[column] = ""
            continue
        if column in _INTEGER_FIELDS:
            typed[column] = _whole_number(cell)
        elif column in _BOOLEAN_FIELDS:
            typed[column] = True if cell.lower() in _TRUE else False if cell.lower() in _FALSE else cell
        elif column in _LIST_FIELDS and cell.startswith("["):
            try:
                typed[column] = json.loads(cell)
            except json.JSONDecodeError:
                typed[column] = cell
        elif column == "links":
            typed[column] = cell.split()
        else:
            typed[column] = cell
    return typed


def _whole_number(cell: str) -> int | str:
    """"12", and "12.0" as a data frame with missing values writes it; anything else stays text (and is refused
    with its field path when the account is validated)."""
    try:
        return int(cell)
    except ValueError:
        pass
    try:
        number = float(cell)
    except ValueError:
        return cell
    return int(number) if number.is_integer() else cell


def _plain(value: Any) -> Any:
    """A cell as the account document has it: ISO 8601 timestamps, whole numbers as int, no NaN."""
    if isinstance(value, dt.datetime):
        return value.isoformat() if value.tzinfo else value.isoformat() + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _identifier(value: Any) -> str | None:
    """An id cell as text (a numeric id column is read as numbers), or None when the cell is empty."""
    return None if _missing(value) else _present_identifier(value)


def _present_identifier(value: Any) -> str:
    """An id cell the caller has checked is not empty, as text."""
    return str(_plain(value))


def _item(row: Mapping[str, Any]) -> dict[str, Any]:
    return {field: _plain(value) for field, value in row.items() if field != KEY and not _missing(value)}


def _account_document(row: Mapping[str, Any], children: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    document = {field: _plain(value) for field, value in row.items() if not _missing(value)}
    if "id" in document and not isinstance(document["id"], str):
        document["id"] = str(document["id"])
    for table, items in children.items():
        if table not in POST_TABLES:
            document[table] = items
    for table in POST_TABLES:
        if children.get(table):
            _attach_to_posts(document, table, children[table])
    return document


class _UnattachedRowError(InputError):
    """A comments or media row that names no post of its account."""


def _attach_to_posts(document: dict[str, Any], table: str, items: list[dict[str, Any]]) -> None:
    """Each row of a comments or media table under the post whose ``id`` its ``post_id`` names; a row that
    names no post of the account makes the account an error row (nothing is dropped silently)."""
    posts = {str(post["id"]): post for post in document.get("posts", []) if isinstance(post, dict) and "id" in post}
    for number, item in enumerate(items, 1):
        post_id = item.get(POST_KEY)
        post = posts.get(str(post_id)) if post_id is not None else None
        if post is None:
            raise _UnattachedRowError(f"{table} row {number} of account {document.get('id')!r}: "
                              + (f"no post with id {post_id!r}" if post_id is not None else f"no {POST_KEY}"))
        post.setdefault(table, []).append({field: value for field, value in item.items() if field != POST_KEY})


def _record(position: str, row: Mapping[str, Any], children: Mapping[str, list[dict[str, Any]]]) -> RawRecord:
    try:
        return RawRecord(position, data=_account_document(row, children))
    except _UnattachedRowError as exc:
        return RawRecord(position, error=exc)


class _Groups:
    """A child table read as consecutive groups of rows with the same ``account_id``."""

    def __init__(self, name: str, path: Path) -> None:
        self.name, self.path = name, path
        self._rows = (row for batch in _read_batches(path) for row in batch)
        self._row_number = 0
        self._next = self._advance()

    def _advance(self) -> dict[str, Any] | None:
        row = next(self._rows, None)
        if row is not None:
            self._row_number += 1
            if _missing(row.get(KEY)):
                raise InputError(f"{self.path}: row {self._row_number}: no {KEY}")
            row[KEY] = _identifier(row[KEY])
        return row

    @property
    def head(self) -> str | None:
        return None if self._next is None else self._next[KEY]

    def take(self, account_id: str) -> list[dict[str, Any]]:
        items = []
        while self._next is not None and self._next[KEY] == account_id:
            items.append(_item(self._next))
            self._next = self._advance()
        return items


def _account_order(path: Path) -> dict[str, int]:
    order: dict[str, int] = {}
    for batch in _read_batches(path):
        for row in batch:
            account_id = _identifier(row.get("id"))
            if account_id is not None:
                order.setdefault(account_id, len(order))
    return order


def _in_account_order(child: Path, order: Mapping[str, int]) -> bool:
    """Whether a child table's rows follow the accounts' order, each account's rows together (and every
    row belongs to an account: a stray row would hold up the stream)."""
    last = -1
    for batch in _read_batches(child):
        for row in batch:
            identifier = _identifier(row.get(KEY))
            rank = -1 if identifier is None else order.get(identifier, -1)
            if rank < last or rank < 0:
                return False
            last = rank
    return True


def iter_tabular_records(path: Path) -> Iterator[RawRecord]:
    """One record per row of the accounts table, joined with its rows in the child tables."""
    folder = path if path.is_dir() else path.parent
    accounts = _table_file(folder, "accounts")
    if accounts is None:
        raise InputError(f"{folder}: no accounts table (accounts.parquet or accounts.csv)")
    children = {name: file for name in CHILD_TABLES if (file := _table_file(folder, name)) is not None}
    order = _account_order(accounts)
    unordered = [name for name, file in children.items() if not _in_account_order(file, order)]
    del order
    if unordered:
        logger.warning("%s: the %s table(s) are not in the order of the accounts table; joining in memory "
                       "(memory grows with the input). Sort them by the accounts' order to stream.",
                       folder, ", ".join(unordered))
        yield from _joined_in_memory(accounts, children)
        return
    groups = {name: _Groups(name, file) for name, file in children.items()}
    for number, row in _account_rows(accounts):
        account_id = _identifier(row.get("id"))
        items = {name: group.take(account_id) for name, group in groups.items()} if account_id else {}
        yield _record(f"accounts row {number}", row, items)
    for group in groups.values():
        if group.head is not None:
            logger.warning("%s: rows for account %r match no account (ignored)", group.path, group.head)


def _account_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    number = 0
    for batch in _read_batches(path):
        for row in batch:
            number += 1
            yield number, row


def _joined_in_memory(accounts: Path, children: Mapping[str, Path]) -> Iterator[RawRecord]:
    by_account: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name, file in children.items():
        for number, row in _account_rows(file):
            if _missing(row.get(KEY)):
                raise InputError(f"{file}: row {number}: no {KEY}")
            by_account.setdefault(_present_identifier(row[KEY]), {}).setdefault(name, []).append(_item(row))
    for number, row in _account_rows(accounts):
        account_id = _identifier(row.get("id"))
        items = by_account.pop(account_id, {}) if account_id else {}
        yield _record(f"accounts row {number}", row, items)


def documents_from_frames(accounts: Any, tables: Mapping[str, Any]) -> Iterator[RawRecord]:
    """The tabular form given as pandas DataFrames (``accounts`` and child tables by name)."""
    unknown = set(tables) - set(CHILD_TABLES)
    if unknown:
        raise InputError(f"unknown table(s) {', '.join(sorted(unknown))}; expected {', '.join(CHILD_TABLES)}")
    by_account: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name, frame in tables.items():
        if KEY not in frame.columns:
            raise InputError(f"the {name} table has no {KEY} column")
        for number, row in enumerate(_records(frame), 1):
            if _missing(row.get(KEY)):
                raise InputError(f"the {name} table: row {number}: no {KEY}")
            by_account.setdefault(_present_identifier(row[KEY]), {}).setdefault(name, []).append(_item(row))
    for number, row in enumerate(_records(accounts), 1):
        account_id = _identifier(row.get("id"))
        items = by_account.get(account_id, {}) if account_id else {}
        yield _record(f"accounts row {number}", row, items)


def _records(frame: Any) -> Iterable[dict[str, Any]]:
    return frame.to_dict("records")
