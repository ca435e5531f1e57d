"""Score accounts held in pandas DataFrames, for notebooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from credscore.batch.engines import LocalEngine
from credscore.batch.rows import OUTPUT_COLUMNS, public
from credscore.batch.run import CHUNK_SIZE, DuplicateIds, chunked
from credscore.batch.tabular import CHILD_TABLES, documents_from_frames
from credscore.batch.worker import ScorerSpec
from credscore.reader import RawRecord
from credscore.scoring import Scorer

__all__ = ["score_frame"]



def score_frame(accounts: Any, *, posts: Any = None, messages: Any = None, follows: Any = None, profiles: Any = None,
                scorer: Scorer | ScorerSpec | None = None, jobs: int = 1, chunk_size: int = CHUNK_SIZE) -> Any:
    """Score a DataFrame of accounts; returns a DataFrame with one row per account, in the same order.

    ``accounts`` is either a frame of account documents (one row per account; ``posts``,
    ``messages``, ... columns holding lists of dicts), or the accounts table of the tabular form,
    with ``posts``, ``messages``, ``follows`` and ``profiles`` tables given by keyword (joined on
    their ``account_id`` column). The result has the columns of ``credscore batch``
    (:data:`OUTPUT_COLUMNS`) and the index of ``accounts``. ``jobs`` > 1 scores on that many processes.
    """
    import pandas as pd

    tables = {name: frame for name, frame in
              {"posts": posts, "messages": messages, "follows": follows, "profiles": profiles}.items()
              if frame is not None}
    if tables:
        records = list(documents_from_frames(accounts, tables))
    else:
        records = [RawRecord(f"row {number}", data=_document(row))
                   for number, row in enumerate(accounts.to_dict("records"), 1)]
    spec = scorer if scorer is not None else ScorerSpec()
    duplicates = DuplicateIds()
    rows: list[dict[str, Any]] = []
    for _, chunk_rows in LocalEngine(jobs).map(spec, chunked(records, chunk_size)):
        rows.extend(public(row) for row in duplicates.check(chunk_rows))
    return pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS), index=accounts.index)


def _document(row: Mapping[str, Any]) -> dict[str, Any]:
    """A frame row as an account document: missing cells left out, list columns as plain lists."""
    import pandas as pd

    document = {}
    for field, value in row.items():
        if field in CHILD_TABLES and value is not None and not isinstance(value, float):
            document[field] = [dict(item) for item in value]
        elif not isinstance(value, list | tuple | dict) and pd.isna(value):
            continue
        else:
            document[field] = value.item() if hasattr(value, "item") else value
    return document
