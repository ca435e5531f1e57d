"""A batch's progress on disk, so that an interrupted run (even by ``kill -9``) can be resumed.

Beside the output, a hidden folder ``.NAME.partial`` holds a manifest (what the run reads, how,
and with which model) and one file per finished chunk, written whole and renamed into place: a
chunk file is either complete or absent. Chunks are stored in input order, so a resumed run
skips the chunks already there and scores the rest. At the end the chunks are assembled into the
output (written to a temporary file and renamed: an output file is never half-written), and the
folder is removed.
"""

from __future__ import annotations

import csv
import json
import logging
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from credscore.atomic import check_output_folder, write_atomically
from credscore.batch.rows import AGENCY_COLUMNS, AUDIENCE_COLUMNS, OUTPUT_COLUMNS, public
from credscore.errors import InputError

__all__ = ["OUTPUT_FORMATS", "BatchSummary", "RunStore", "output_format"]

logger = logging.getLogger(__name__)

OUTPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
MANIFEST_VERSION = 1
_CHUNK = "chunk-{:08d}.jsonl"


@dataclass(frozen=True)
class BatchSummary:
    rows: int
    scored: int
    errors: int
    output: Path
    resumed_chunks: int = 0


def output_format(path: Path) -> str:
    try:
        return OUTPUT_FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: unknown output format {path.suffix or '(no suffix)'!r}; "
                         f"use one of {', '.join(OUTPUT_FORMATS)}") from None


class RunStore:
    """The partial-run folder of one output."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.folder = output.parent / f".{output.name}.partial"

    # -- starting or resuming -------------------------------------------------------------------
    def begin(self, manifest: Mapping[str, Any], *, resume: bool, restart: bool) -> int:
        """Prepare the folder; returns how many chunks are already done (0 unless resuming)."""
        check_output_folder(self.output)
        existing = self._manifest()
        if existing is not None and restart:
            shutil.rmtree(self.folder)
            existing = None
        if existing is not None and not resume:
            raise InputError(f"{self.output}: an unfinished run of this output exists ({self.folder}); pass "
                             "--resume to continue it, or --restart to start again")
        if existing is None:
            if resume:
                logger.warning("%s: nothing to resume; starting from the beginning", self.output)
            if self.folder.exists():
                shutil.rmtree(self.folder)
            self.folder.mkdir()
            write_atomically(self.folder / "manifest.json", lambda stream: json.dump(dict(manifest), stream, indent=2))
            return 0
        for key, value in manifest.items():
            if existing.get(key) != value:
                raise InputError(f"{self.output}: cannot resume: the unfinished run had a different {key} "
                                 f"({existing.get(key)!r}, now {value!r}); pass --restart to start again")
        return self._done_chunks()

    def _manifest(self) -> dict[str, Any] | None:
        try:
            return json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise InputError(f"{self.folder}: unreadable manifest ({exc}); pass --restart to start again") from None

    def _done_chunks(self) -> int:
        """Chunks are written in order: the run stopped after the longest run of consecutive chunk files."""
        done = 0
        while (self.folder / _CHUNK.format(done)).is_file():
            done += 1
        for stray in self.folder.glob("*.tmp"):
            stray.unlink()
        return done

    # -- chunks ------------------------------------------------------------------------------------
    def write_chunk(self, index: int, rows: list[dict[str, Any]]) -> None:
        def write(stream: IO[str]) -> None:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")

        write_atomically(self.folder / _CHUNK.format(index), write)

    def chunk_rows(self, index: int) -> list[dict[str, Any]]:
        with (self.folder / _CHUNK.format(index)).open(encoding="utf-8") as stream:
            return [json.loads(line) for line in stream]

    def chunks(self) -> Iterator[list[dict[str, Any]]]:
        index = 0
        while (self.folder / _CHUNK.format(index)).is_file():
            yield self.chunk_rows(index)
            index += 1

    # -- the end -----------------------------------------------------------------------------------
    def finish(self, kind: str, *, partitioned: bool = False, resumed_chunks: int = 0) -> BatchSummary:
        """Assemble the chunks into the output and remove the folder."""
        counts = {"rows": 0, "errors": 0}

        def counted() -> Iterator[list[dict[str, Any]]]:
            for rows in self.chunks():
                counts["rows"] += len(rows)
                counts["errors"] += sum(row["error"] is not None for row in rows)
                yield [public(row) for row in rows]

        if partitioned:
            _write_partitioned(counted(), self.output)
        else:
            write_atomically(self.output, lambda stream: _WRITERS[kind](counted(), stream), binary=kind == "parquet")
        shutil.rmtree(self.folder)
        return BatchSummary(counts["rows"], counts["rows"] - counts["errors"], counts["errors"], self.output,
                            resumed_chunks)


def _write_csv(chunks: Iterator[list[dict[str, Any]]], stream: IO[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for rows in chunks:
        writer.writerows({key: "" if value is None else value for key, value in row.items()} for row in rows)


def _write_jsonl(chunks: Iterator[list[dict[str, Any]]], stream: IO[str]) -> None:
    for rows in chunks:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def _schema():
    import pyarrow as pa

    # The agency columns: the platform's name, a whole follower count, the rest fractions.
    agency = {"platform": pa.string(), "followers": pa.int64()}
    return pa.schema([("id", pa.string()), ("score", pa.float64()), ("probability", pa.float64()),
                      ("band", pa.string()), ("top_reason", pa.string()), ("error", pa.string()),
                      *((column, pa.float64()) for column in AUDIENCE_COLUMNS),
                      *((column, agency.get(column, pa.float64())) for column in AGENCY_COLUMNS)])


def _table(rows: list[dict[str, Any]]):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=_schema())


def _write_parquet(chunks: Iterator[list[dict[str, Any]]], stream: IO[bytes]) -> None:
    import pyarrow.parquet as pq

    with pq.ParquetWriter(stream, _schema()) as writer:
        for rows in chunks:
            writer.write_table(_table(rows))


# Each writer takes the rows and the open output: text for CSV and JSON Lines, bytes for Parquet.
_WRITERS: dict[str, Callable[[Iterator[list[dict[str, Any]]], Any], None]] = {
    "csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet,
}


def _write_partitioned(chunks: Iterator[list[dict[str, Any]]], output: Path) -> None:
    """A folder of Parquet files, one per chunk (``part-00000.parquet``, ...), read as one data set by
    pandas, pyarrow, Dask or Spark. Built beside the output and renamed into place."""
    import pyarrow.parquet as pq

    building = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp"))
    try:
        for index, rows in enumerate(chunks):
            pq.write_table(_table(rows), building / f"part-{index:05d}.parquet")
        if output.exists():
            old = output.parent / f".{output.name}.old"
            shutil.rmtree(old, ignore_errors=True)
            output.rename(old)
            building.rename(output)
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        else:
            building.rename(output)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
