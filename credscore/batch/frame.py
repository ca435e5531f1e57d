"""Score accounts held in pandas DataFrames, for notebooks."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from credscore.batch.engines import LocalEngine, default_jobs
from credscore.batch.rows import OUTPUT_COLUMNS, public
from credscore.batch.run import CHUNK_SIZE, DuplicateIds, chunked
from credscore.batch.tabular import CHILD_TABLES, documents_from_frames
from credscore.batch.worker import ScorerSpec
from credscore.reader import RawRecord

if TYPE_CHECKING:
    from credscore.scoring import Scorer

__all__ = ["score_frame"]


def score_frame(accounts: Any, *, posts: Any = None, messages: Any = None, follows: Any = None, profiles: Any = None,
                audience: Any = None, snapshots: Any = None, comments: Any = None, media: Any = None,
                scorer: Scorer | ScorerSpec | None = None, jobs: int = 1, chunk_size: int = CHUNK_SIZE) -> Any:
    """Score a DataFrame of accounts; returns a DataFrame with one row per account, in the same order.

    ``accounts`` is either a frame of account documents (one row per account; ``posts``,
    ``messages``, ... columns holding lists of dicts), or the accounts table of the tabular form,
    with ``posts``, ``messages``, ``follows`` and ``profiles`` tables given by keyword (joined on
    their ``account_id`` column), and from format 1.1 ``audience`` and ``snapshots`` tables, and ``comments``
    and ``media`` tables with ``account_id`` and ``post_id`` (the post's ``id``). The result has the columns
    of ``credscore batch`` (:data:`OUTPUT_COLUMNS`) and the index of ``accounts``. ``jobs`` > 1 scores on up
    to that many processes (fewer for a frame too small to pay for starting them: one per
    ``ACCOUNTS_PER_WORKER`` accounts).
    """
    import pandas as pd

    tables = {name: frame for name, frame in
              {"posts": posts, "messages": messages, "follows": follows, "profiles": profiles, "audience": audience,
               "snapshots": snapshots, "comments": comments, "media": media}.items()
              if frame is not None}
    if tables:
        records = list(documents_from_frames(accounts, tables))
    else:
        records = [RawRecord(f"row {number}", data=_document(row))
                   for number, row in enumerate(accounts.to_dict("records"), 1)]
    spec = scorer if scorer is not None else ScorerSpec()
    duplicates = DuplicateIds()
    rows: list[dict[str, Any]] = []
    # Never more workers than the accounts pay for: starting one costs as much as scoring about a thousand.
    workers = min(jobs, default_jobs(len(records))) if jobs > 1 else 1
    engine = LocalEngine(workers, warm_workers=workers > 1 and _no_main_module_to_import())
    for _, chunk_rows in engine.map(spec, chunked(records, chunk_size)):
        rows.extend(public(row) for row in duplicates.check(chunk_rows))
    return pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS), index=accounts.index)


def _no_main_module_to_import() -> bool:
    """Whether workers forked from the warm server would import no main module: a notebook, the interactive
    interpreter or ``python -c`` (a main module with neither a file nor a module name).

    Those workers start with the libraries and the shipped scorer loaded once for all (see
    :class:`~credscore.batch.engines.LocalEngine`), but each imports the program's main module first, as
    Python's ``forkserver`` does: a script whose calls are not guarded by ``if __name__ == "__main__":``
    would run again in every worker. Under a script, the workers start afresh instead (each loads its own).
    """
    main = sys.modules.get("__main__")
    return main is not None and getattr(main, "__file__", None) is None and getattr(
        getattr(main, "__spec__", None), "name", None) is None


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
