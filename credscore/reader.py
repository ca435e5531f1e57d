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
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from credscore.account import Account, on_platform, parse_account, parse_account_json
from credscore.errors import AccountValidationError, CredscoreError, InputError
from credscore.limits import MAX_DOCUMENT_CHARS, MAX_LINE_CHARS

__all__ = ["LoadedRecord", "RawRecord", "iter_raw_records", "iter_records", "load_account", "load_accounts", "load_raw",
           "on_platform_records"]


@dataclass(frozen=True, slots=True)
class LoadedRecord:
    """One record of an input file: an account, or the error that kept it from loading (or, with its account, for the
    account's id, from being scored as asked: see :func:`on_platform_records`)."""

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

    def loaded_account(self) -> Account:
        """The account of a record that loaded; for one that did not, the error that kept it from loading."""
        if self.account is None:
            raise self.error or InputError(f"{self.position}: no account")
        return self.account


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record of an input file before it is decoded and validated (see :func:`load_raw`).

    A batch reads records raw in one process and decodes them where they are scored, so that
    reading never limits the scoring workers, and records to skip on a resume are not decoded.
    """

    position: str
    line: str | None = None
    """A JSON Lines line, not decoded yet."""
    data: object = None
    """An item already decoded (an element of a JSON array, a document built from tables), or an Account."""
    error: CredscoreError | None = None
    """Why the record could not even be read."""


def load_raw(record: RawRecord) -> LoadedRecord:
    """Decode and validate a raw record: the account, or the error naming the record and the problem."""
    if record.error is not None:
        return LoadedRecord(record.position, error=record.error)
    if isinstance(record.data, Account):
        return LoadedRecord(record.position, account=record.data)
    if record.line is None:
        return _validated(record.data, record.position)
    # Most lines are valid accounts, read straight from their text; any other is decoded and validated below, where
    # the messages that say what is wrong are made.
    account = parse_account_json(record.line)
    if account is not None:
        return LoadedRecord(record.position, account=account)
    try:
        data = json.loads(record.line)
    except json.JSONDecodeError as exc:
        return LoadedRecord(record.position, error=InputError(
            f"{record.position}: not valid JSON ({exc.msg} at column {exc.colno})"))
    except RecursionError:
        return LoadedRecord(record.position, error=InputError(f"{record.position}: JSON nested too deeply"))
    except ValueError as exc:  # a number of more than 4,300 digits
        return LoadedRecord(record.position, error=InputError(f"{record.position}: not usable JSON ({exc})"))
    return _validated(data, record.position, record.line)


# Bytes looked at to tell which encoding a file that is not UTF-8 is in: a few lines are plenty.
ENCODING_SAMPLE_BYTES = 4096
# In UTF-16, text in Latin scripts has a zero byte in every other position; a quarter is already far from UTF-8.
UTF16_MIN_ZERO_SHARE = 0.25


def encoding_hint(sample: bytes) -> str:
    """What a sample of a file that is not UTF-8 looks like, and how to convert it ('' when it is not clear).

    Windows tools save UTF-16 ("Unicode") or Windows-1252 ("ANSI", French Excel's CSV) by default.
    """
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or (
            sample and sample.count(0) >= UTF16_MIN_ZERO_SHARE * len(sample)):
        found, name = "UTF-16", "UTF-16"
    else:
        try:
            sample.decode("cp1252")
        except UnicodeDecodeError:
            return ""
        found, name = "Windows-1252 (ANSI, Latin-1)", "CP1252"
    return (f"; it looks like {found} text: convert it to UTF-8 (e.g. `iconv -f {name} -t UTF-8 FILE > NEW`, or "
            "save it again choosing UTF-8)")


def _sample(path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb") as stream:
            return stream.read(ENCODING_SAMPLE_BYTES)
    except (OSError, EOFError):
        return b""


def refuse_special_file(path: Path) -> None:
    """A FIFO, socket or device is refused: reading one would block or never end, and a batch reads its input
    more than once (to count it, and again to resume)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a missing or unreadable path is reported where it is opened
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise InputError(f"{path}: not a regular file (a pipe or a device); save the data to a file and give "
                         "that file")


# The binary stream under a history file: gzip-compressed or plain.
_RawStream = gzip.GzipFile | io.BufferedReader


def _open_text(path: Path) -> io.TextIOWrapper[_RawStream]:
    refuse_special_file(path)
    try:
        # The caller closes the stream (it is returned wrapped, to be used in a `with` block).
        raw: _RawStream = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an account file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    # utf-8-sig: a byte-order mark (Windows editors write one) is dropped, not taken for content.
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")


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
            raise InputError(f"{path}: not UTF-8 text ({exc}){encoding_hint(_sample(path))}") from None
    # A file of several objects is JSON Lines; one object or an array is plain JSON.
    if first != "{":
        return False
    with _open_text(path) as stream:
        try:
            json.load(stream)
        except json.JSONDecodeError as exc:
            return exc.msg == "Extra data"
        except (ValueError, OSError, EOFError, RecursionError):  # not UTF-8, a 5,000-digit number…
            return False
    return False


def iter_records(path: str | Path) -> Iterator[LoadedRecord]:
    """Yield every record of an account file, valid or not, in file order."""
    for record in iter_raw_records(path):
        yield load_raw(record)


def iter_raw_records(path: str | Path) -> Iterator[RawRecord]:
    """Yield every record of an account file undecoded (JSON Lines) or decoded but not validated, in file order."""
    path = Path(path)
    if _is_json_lines(path):
        yield from _iter_json_lines(path)
    else:
        yield from _iter_json_document(path)


def _validated(data: object, position: str, source: str | None = None) -> LoadedRecord:
    try:
        return LoadedRecord(position, account=parse_account(data, position=position, source=source))
    except CredscoreError as exc:
        return LoadedRecord(position, error=exc)


def _iter_json_lines(path: Path) -> Iterator[RawRecord]:
    # Read as bytes and decode line by line: a line that is not UTF-8 is an error for that line only (a text
    # stream decodes ahead of the line it returns, and cannot go on after a bad byte), and only "\n" ends a line.
    with _open_text(path) as text_stream:
        stream = text_stream.buffer
        number = 0
        while True:
            number += 1
            position = f"line {number}"
            try:
                raw = stream.readline(MAX_LINE_CHARS + 1)
                if len(raw) > MAX_LINE_CHARS:
                    _skip_rest_of_line(stream)
                    yield RawRecord(position, error=InputError(
                        f"{position}: longer than {MAX_LINE_CHARS:,} characters; refusing to read it"))
                    continue
            except (OSError, EOFError) as exc:
                yield RawRecord(position, error=InputError(f"{path}: {position}: cannot be read ({exc})"))
                return
            if not raw:
                return
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield RawRecord(position, error=InputError(f"{position}: not UTF-8 text ({exc.reason} at byte "
                                                           f"{exc.start + 1}){encoding_hint(raw)}"))
                continue
            if not line.strip():
                continue
            yield RawRecord(position, line=line)


def _skip_rest_of_line(stream: _RawStream) -> None:
    while (chunk := stream.readline(MAX_LINE_CHARS)) and not chunk.endswith(b"\n"):
        pass


def _iter_json_document(path: Path) -> Iterator[RawRecord]:
    with _open_text(path) as stream:
        try:
            text = stream.read(MAX_DOCUMENT_CHARS + 1)
            if len(text) > MAX_DOCUMENT_CHARS:
                raise InputError(f"{path}: longer than {MAX_DOCUMENT_CHARS:,} characters; write large sets of "
                                 "accounts as JSON Lines (one account per line), which are read one line at a time")
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason}){encoding_hint(_sample(path))}") from None
        except RecursionError:
            raise InputError(f"{path}: JSON nested too deeply") from None
        except ValueError as exc:  # a number of more than 4,300 digits
            raise InputError(f"{path}: not usable JSON ({exc})") from None
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: cannot be read ({exc})") from None
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield RawRecord(f"item {index}", data=item)
    else:
        yield RawRecord("document", data=data)


def load_accounts(path: str | Path) -> list[Account]:
    """Load every account of a file, raising the first record's error if any record is invalid."""
    accounts = []
    for record in iter_records(path):
        if record.error is not None:
            raise _naming_the_file(record.error, path)
        assert record.account is not None
        accounts.append(record.account)
    return accounts


def _naming_the_file(error: CredscoreError, path: str | Path) -> CredscoreError:
    """The record's error, its message starting with the file (a record's position alone, "line 2", is vague)."""
    where = str(path)
    if str(error).startswith(where):
        return error
    if isinstance(error, AccountValidationError):
        return AccountValidationError(f"{where}: {error.record}", error.problems)
    return type(error)(f"{where}: {error}")


def load_account(path: str | Path) -> Account:
    """Load a file holding exactly one account."""
    accounts = load_accounts(path)
    if len(accounts) != 1:
        raise InputError(f"{path}: expected one account, found {len(accounts)}; use `credscore batch` for several")
    return accounts[0]


def on_platform_records(records: Iterable[LoadedRecord], platform: str) -> Iterator[LoadedRecord]:
    """Each record's account as it stands on one platform (:func:`~credscore.account.on_platform`); an account with
    nothing there becomes an error record naming it (its account kept, for the row's id)."""
    for record in records:
        if record.account is None:
            yield record
            continue
        try:
            yield LoadedRecord(record.position, account=on_platform(record.account, platform))
        except InputError as error:
            yield LoadedRecord(record.position, account=record.account, error=error)
