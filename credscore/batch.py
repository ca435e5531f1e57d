"""Batch scoring: every record of an input file becomes exactly one output row.

Records are read as a stream and scored in chunks (one spaCy pass per chunk). A record that
cannot be loaded or scored becomes an error row naming the record and the problem; every other
record is still scored. Output (CSV or JSON Lines) is written to a temporary file and renamed
into place at the end, so an interrupted run never leaves a truncated file that looks complete.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from credscore.errors import CredscoreError, InputError
from credscore.reader import LoadedRecord, iter_records
from credscore.scoring import Scorer

__all__ = ["OUTPUT_COLUMNS", "BatchSummary", "score_file", "score_records"]

logger = logging.getLogger(__name__)

OUTPUT_COLUMNS = ("id", "score", "probability", "band", "error")
# Accounts scored together: one spaCy pass and one model call per chunk.
CHUNK_SIZE = 256
OUTPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


@dataclass(frozen=True)
class BatchSummary:
    rows: int
    scored: int
    errors: int
    output: Path


def _error_row(record_id: str, message: str) -> dict[str, Any]:
    return {"id": record_id, "score": None, "probability": None, "band": None, "error": message}


def _chunks(records: Iterable[LoadedRecord], size: int) -> Iterator[list[LoadedRecord]]:
    chunk: list[LoadedRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def score_records(records: Iterable[LoadedRecord], scorer: Scorer, *, chunk_size: int = CHUNK_SIZE
                  ) -> Iterator[dict[str, Any]]:
    """One row per record, in input order: a score, or an error naming the record and the problem."""
    seen: dict[str, str] = {}
    for chunk in _chunks(records, chunk_size):
        rows: list[dict[str, Any] | None] = [None] * len(chunk)
        valid = []
        for slot, record in enumerate(chunk):
            if record.error is not None:
                rows[slot] = _error_row(record.record_id, str(record.error))
            elif record.account.id in seen:
                rows[slot] = _error_row(record.account.id, f"{record.position}: duplicate id (first seen at "
                                                           f"{seen[record.account.id]})")
            else:
                seen[record.account.id] = record.position
                valid.append(slot)
        for slot, row in zip(valid, _score_chunk([chunk[slot] for slot in valid], scorer), strict=True):
            rows[slot] = row
        yield from (row for row in rows if row is not None)


def _score_chunk(records: list[LoadedRecord], scorer: Scorer) -> list[dict[str, Any]]:
    try:
        verdicts = scorer.score_many([record.account for record in records])
    except Exception:
        # One bad account must not sink its chunk: retry one by one to isolate it.
        logger.debug("chunk failed; scoring its %d accounts one by one", len(records), exc_info=True)
        return [_score_one(record, scorer) for record in records]
    return [_verdict_row(verdict) for verdict in verdicts]


def _score_one(record: LoadedRecord, scorer: Scorer) -> dict[str, Any]:
    try:
        return _verdict_row(scorer.score(record.account))
    except CredscoreError as exc:
        return _error_row(record.record_id, str(exc))
    except Exception as exc:  # an internal failure on one account is reported in its row, not raised
        logger.debug("scoring %s failed", record.record_id, exc_info=True)
        return _error_row(record.record_id, f"internal error while scoring: {type(exc).__name__}: {exc}")


def _verdict_row(verdict) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    data = verdict.to_dict()
    return {"id": data["id"], "score": data["score"], "probability": data["probability"], "band": data["band"],
            "error": None}


def output_format(path: Path) -> str:
    try:
        return OUTPUT_FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: unknown output format {path.suffix or '(no suffix)'!r}; "
                         f"use one of {', '.join(OUTPUT_FORMATS)}") from None


def _write_rows(rows: Iterable[dict[str, Any]], stream: IO[str], kind: str) -> Iterator[dict[str, Any]]:
    if kind == "csv":
        writer = csv.DictWriter(stream, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: "" if value is None else value for key, value in row.items()})
            yield row
    else:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            yield row


HANDLE_LIST_SUFFIXES = (".txt",)


def iter_inputs(path: Path, *, max_posts: int | None = None) -> Iterator[LoadedRecord]:
    """The records of an accounts file, or the accounts fetched for a list of handles (``.txt``).

    A handle list has one handle per line (``mastodon:@user@instance``, ``bluesky:handle``,
    ``rss:URL``); blank lines and lines starting with ``#`` are skipped. A handle that cannot be
    fetched becomes an error record naming its line.
    """
    if path.suffix.lower() not in HANDLE_LIST_SUFFIXES:
        yield from iter_records(path)
        return
    from credscore.connectors import DEFAULT_MAX_POSTS
    from credscore.connectors.many import fetch_many

    def handles() -> Iterator[tuple[int, str]]:
        try:
            with path.open(encoding="utf-8") as stream:
                for number, line in enumerate(stream, 1):
                    if line.strip() and not line.lstrip().startswith("#"):
                        yield number, line.strip()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot be read ({exc})") from None

    numbered = list(handles())
    fetched = fetch_many((spec for _, spec in numbered), max_posts=max_posts or DEFAULT_MAX_POSTS)
    for (number, spec), (_, result) in zip(numbered, fetched, strict=True):
        position = f"line {number} ({spec})"
        if isinstance(result, CredscoreError):
            yield LoadedRecord(position, error=InputError(f"{position}: {result}"))
        else:
            yield LoadedRecord(position, account=result)


def score_file(input_path: str | Path, output_path: str | Path, scorer: Scorer, *,
               progress: Callable[[Iterable[dict[str, Any]]], Iterable[dict[str, Any]]] | None = None,
               chunk_size: int = CHUNK_SIZE, max_posts: int | None = None) -> BatchSummary:
    """Score every record of ``input_path`` into ``output_path`` (CSV or JSON Lines, by suffix).

    ``input_path`` is an accounts file, or a ``.txt`` list of handles to fetch (see :func:`iter_inputs`).
    """
    input_path, output_path = Path(input_path), Path(output_path)
    kind = output_format(output_path)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=output_path.parent, prefix=f".{output_path.name}.", suffix=".part")
    rows = scored = errors = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            produced = score_records(iter_inputs(input_path, max_posts=max_posts), scorer, chunk_size=chunk_size)
            written = _write_rows(produced, stream, kind)
            for row in progress(written) if progress else written:
                rows += 1
                errors += row["error"] is not None
                scored += row["error"] is None
        os.replace(temporary, output_path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return BatchSummary(rows, scored, errors, output_path)
