"""The batch output row: one per input record, a score or an error, never both."""

from __future__ import annotations

from typing import Any

from credscore.verdict import Verdict, rounded

__all__ = ["OUTPUT_COLUMNS", "error_row", "verdict_row"]

OUTPUT_COLUMNS = ("id", "score", "probability", "band", "top_reason", "error")
# Kept beside each row while a batch runs (to name records in messages), never written to the output.
POSITION = "_position"


def verdict_row(verdict: Verdict, position: str) -> dict[str, Any]:
    """The verdict's headline, rounded as in its JSON form (not built whole: that costs more than the row)."""
    return {"id": verdict.id, "score": rounded(verdict.score, 1), "probability": rounded(verdict.probability, 4),
            "band": verdict.band, "top_reason": verdict.reasons[0].id if verdict.reasons else None, "error": None,
            POSITION: position}


def error_row(record_id: str, message: str, position: str) -> dict[str, Any]:
    return {"id": record_id, "score": None, "probability": None, "band": None, "top_reason": None, "error": message,
            POSITION: position}


def public(row: dict[str, Any]) -> dict[str, Any]:
    """The row as it is written: the output columns only."""
    return {column: row[column] for column in OUTPUT_COLUMNS}
