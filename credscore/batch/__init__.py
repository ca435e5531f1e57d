"""Batch scoring: every input record becomes exactly one output row, in input order.

- :func:`score_file` — a file (JSON Lines, JSON array, the tabular form as Parquet/CSV, or a list of
  handles) to CSV, JSON Lines or Parquet; streaming, on every core or a Dask cluster, resumable.
- :func:`score_frame` — pandas DataFrames in, a DataFrame out.
"""

from credscore.batch.engines import DaskEngine, LocalEngine, default_jobs
from credscore.batch.frame import score_frame
from credscore.batch.rows import OUTPUT_COLUMNS
from credscore.batch.run import CHUNK_SIZE, score_file
from credscore.batch.sources import count_records, iter_inputs
from credscore.batch.store import OUTPUT_FORMATS, BatchSummary, output_format
from credscore.batch.worker import ScorerSpec, score_chunk

__all__ = [
    "CHUNK_SIZE",
    "OUTPUT_COLUMNS",
    "OUTPUT_FORMATS",
    "BatchSummary",
    "DaskEngine",
    "LocalEngine",
    "ScorerSpec",
    "count_records",
    "default_jobs",
    "iter_inputs",
    "output_format",
    "score_chunk",
    "score_file",
    "score_frame",
]
