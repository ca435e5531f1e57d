"""Read account documents from files: one JSON object, a JSON array, or JSON Lines.

Gzip-compressed files (``.gz``) are read transparently. JSON Lines are streamed line by line,
so a batch of millions of accounts never sits in memory; a JSON object or array is read whole.

:func:`iter_records` never stops at a bad record: each record comes out as a
:class:`LoadedRecord` holding either the validated :class:`~credscore.account.Account` or the
:class:`~credscore.errors.CredscoreError` that explains what is wrong with it, so that a batch
can turn it into an error row and go on.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from credscore.account import Account, parse_account
from credscore.errors import AccountValidationError, CredscoreError, InputError

__all__ = ["LoadedRecord", "iter_records", "load_account", "load_accounts"]


@dataclass(frozen=True, slots=True)
class LoadedRecord:
    """One record of an input file: an account, or the error that kept it from loading."""

    position: str
    account: Account | None = None
    error: CredscoreError | None = None

    @property
    def record_id(self) -> str:
        if self.account is not None:
            return self.account.id
        if isinstance(self.error, AccountValidationError):
            return self.error.record
        return self.position


def _open_text(path: Path) -> IO[str]:
    try:
        # The caller closes the stream (it is returned wrapped, to be used in a `with` block).
        raw: IO[bytes] = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an account file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")


def _first_char(stream: IO[str]) -> str:
    while chunk := stream.read(1):
        if not chunk.isspace() and chunk != "\ufeff":
            return chunk
    return ""


def _is_json_lines(path: Path) -> bool:
    name = path.name.removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")):
        return True
    if name.endswith(".json"):
        return False
    with _open_text(path) as stream:
        try:
            first = _first_char(stream)
        except (UnicodeDecodeError, OSError, EOFError) as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc})") from None
    # A file of several objects is JSON Lines; one object or an array is plain JSON.
    if first != "{":
        return False
    with _open_text(path) as stream:
        try:
            json.load(stream)
        except json.JSONDecodeError as exc:
            return exc.msg == "Extra data"
        except (UnicodeDecodeError, OSError, EOFError):
            return False
    return False


def iter_records(path: str | Path) -> Iterator[LoadedRecord]:
    """Yield every record of an account file, valid or not, in file order."""
    path = Path(path)
    if _is_json_lines(path):
        yield from _iter_json_lines(path)
    else:
        yield from _iter_json_document(path)


def _validated(data: object, position: str) -> LoadedRecord:
    try:
        return LoadedRecord(position, account=parse_account(data, position=position))
    except CredscoreError as exc:
        return LoadedRecord(position, error=exc)


def _iter_json_lines(path: Path) -> Iterator[LoadedRecord]:
    with _open_text(path) as stream:
        number = 0
        while True:
            number += 1
            position = f"line {number}"
            try:
                line = stream.readline()
            except UnicodeDecodeError as exc:
                # The decoder cannot resynchronise inside a line; report and stop reading.
                yield LoadedRecord(position, error=InputError(f"{path}: {position}: not UTF-8 text ({exc.reason})"))
                return
            except (OSError, EOFError) as exc:
                yield LoadedRecord(position, error=InputError(f"{path}: {position}: cannot be read ({exc})"))
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                error = InputError(f"{position}: not valid JSON ({exc.msg} at column {exc.colno})")
                yield LoadedRecord(position, error=error)
                continue
            except RecursionError:
                yield LoadedRecord(position, error=InputError(f"{position}: JSON nested too deeply"))
                continue
            yield _validated(data, position)


def _iter_json_document(path: Path) -> Iterator[LoadedRecord]:
    with _open_text(path) as stream:
        try:
            data = json.load(stream)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None
        except RecursionError:
            raise InputError(f"{path}: JSON nested too deeply") from None
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: cannot be read ({exc})") from None
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield _validated(item, f"item {index}")
    else:
        yield _validated(data, "document")


def load_accounts(path: str | Path) -> list[Account]:
    """Load every account of a file, raising the first record's error if any record is invalid."""
    accounts = []
    for record in iter_records(path):
        if record.error is not None:
            raise record.error
        assert record.account is not None
        accounts.append(record.account)
    return accounts


def load_account(path: str | Path) -> Account:
    """Load a file holding exactly one account."""
    accounts = load_accounts(path)
    if len(accounts) != 1:
        raise InputError(f"{path}: expected one account, found {len(accounts)}; use `credscore batch` for several")
    return accounts[0]
