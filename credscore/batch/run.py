"""``credscore batch``: every record of the input becomes exactly one output row, in input order.

Records are read raw in this process and cut into chunks; an engine scores the chunks (decoding,
validating, analysing with one spaCy pass per chunk, model and rules) and returns them in order;
each finished chunk is stored (see :mod:`credscore.batch.store`), so that a run stopped at any
point resumes where it stopped; the chunks are assembled into the output at the end.

A record that cannot be read, decoded, validated or scored becomes an error row naming the
record and the problem; a second record with an id already seen becomes an error row too.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from credscore.batch.engines import DaskEngine, Engine, LocalEngine
from credscore.batch.rows import POSITION, error_row
from credscore.batch.sources import iter_inputs
from credscore.batch.store import BatchSummary, RunStore, output_format
from credscore.batch.worker import ScorerSpec
from credscore.errors import InputError
from credscore.reader import RawRecord

if TYPE_CHECKING:
    from credscore.scoring import Scorer

__all__ = ["CHUNK_SIZE", "score_file"]

logger = logging.getLogger(__name__)

# Accounts scored together: one spaCy pass and one model call per chunk; also the unit of resumption.
CHUNK_SIZE = 256


def chunked(records: Iterable[RawRecord], size: int) -> Iterator[tuple[int, list[RawRecord]]]:
    iterator = iter(records)
    for index in itertools.count():
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield index, chunk


class DuplicateIds:
    """Marks the second and later records with an id already seen (ids are held in memory: ~100 bytes each)."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def problem(self, record_id: str, position: str) -> str | None:
        """Why the record at ``position`` is a duplicate, or None (and it is remembered) if its id is new."""
        first = self._first.setdefault(record_id, position)
        return None if first == position else f"{position}: duplicate id (first seen at {first})"

    def check(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        checked = []
        for row in rows:
            problem = self.problem(row["id"], row[POSITION]) if row["error"] is None else None
            checked.append(error_row(row["id"], problem, row[POSITION]) if problem else row)
        return checked


def _input_identity(path: Path) -> dict[str, Any]:
    """What a resumed run must find unchanged: the file, or every file of a folder of tables."""
    try:
        files = sorted(item for item in path.iterdir() if item.is_file()) if path.is_dir() else [path]
        stats = [(item.name, item.stat()) for item in files]
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return {"path": str(path.resolve()),
            "files": [[name, stat.st_size, stat.st_mtime_ns] for name, stat in stats]}


def score_file(input_path: str | Path, output_path: str | Path, scorer: Scorer | ScorerSpec | None = None, *,
               engine: Engine | None = None, chunk_size: int = CHUNK_SIZE, resume: bool = False,
               restart: bool = False, max_posts: int | None = None,
               progress: Callable[[int], Callable[[int], None]] | None = None) -> BatchSummary:
    """Score every record of ``input_path`` into ``output_path`` (``.csv``, ``.jsonl`` or ``.parquet``).

    ``scorer`` is a :class:`ScorerSpec` (any engine) or a :class:`Scorer` (scored in this process);
    default: the shipped model and rules. ``engine`` defaults to a :class:`LocalEngine` on every core.
    With the Dask engine a ``.parquet`` output is a folder of Parquet files, one per chunk.
    ``resume`` continues an interrupted run of the same input, output, settings and model;
    ``restart`` discards one. ``progress(already_done)`` returns a callback called with each chunk's row count.
    """
    input_path, output_path = Path(input_path), Path(output_path)
    kind = output_format(output_path)
    engine = engine or LocalEngine()
    partitioned = isinstance(engine, DaskEngine)
    if partitioned and kind != "parquet":
        raise InputError(f"{output_path}: the Dask engine writes partitioned Parquet; name the output *.parquet")
    spec = scorer if scorer is not None else ScorerSpec()
    store = RunStore(output_path)
    manifest = {
        "version": 1,
        "input": _input_identity(input_path),
        "chunk_size": chunk_size,
        "model_and_rules": spec.key if isinstance(spec, ScorerSpec) else spec.model.card.model_sha256,
        "platform": spec.platform if isinstance(spec, ScorerSpec) else None,
        "output_format": kind,
        "partitioned": partitioned,
    }
    done = store.begin(manifest, resume=resume, restart=restart)
    duplicates = DuplicateIds()
    done_rows = 0
    for index in range(done):
        rows = store.chunk_rows(index)
        duplicates.check(rows)
        done_rows += len(rows)
    if done:
        logger.info("resuming after %d chunk(s) (%d records)", done, done_rows)
    advance = progress(done_rows) if progress else None

    remaining = itertools.islice(chunked(iter_inputs(input_path, max_posts=max_posts), chunk_size), done, None)
    for index, rows in engine.map(spec, remaining):
        store.write_chunk(index, duplicates.check(rows))
        if advance:
            advance(len(rows))
    return store.finish(kind, partitioned=partitioned, resumed_chunks=done)
