"""The batch output row: one per input record, a score or an error, never both."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the verdict module brings spaCy: a batch's reading process does without it
    from credscore.verdict import Verdict

__all__ = ["AUDIENCE_COLUMNS", "OUTPUT_COLUMNS", "error_row", "verdict_row"]

# What an agency sorts influencers by (issue 13): the audience signals' headline values, blank where the account
# has no such data (the signal could not measure it). The verdict's own columns come first, unchanged.
AUDIENCE_COLUMNS = {
    "engagement_shortfall": ("engagement", "engagement_shortfall"),
    "generic_comment_share": ("comment_authenticity", "generic_comment_share"),
    "mass_follower_share": ("audience_quality", "mass_follower_share"),
    "unexplained_growth_share": ("growth", "unexplained_growth_share"),
}
OUTPUT_COLUMNS = ("id", "score", "probability", "band", "top_reason", "error", *AUDIENCE_COLUMNS)
# Kept beside each row while a batch runs (to name records in messages), never written to the output.
POSITION = "_position"


def verdict_row(verdict: Verdict, position: str) -> dict[str, Any]:
    """The verdict's headline, rounded as in its JSON form (not built whole: that costs more than the row)."""
    from credscore.verdict import rounded

    row = {"id": verdict.id, "score": rounded(verdict.score, 1), "probability": rounded(verdict.probability, 4),
           "band": verdict.band, "top_reason": verdict.reasons[0].id if verdict.reasons else None, "error": None,
           POSITION: position}
    for column, (signal, feature) in AUDIENCE_COLUMNS.items():
        result = verdict.signals.get(signal)
        value = result.values.get(feature) if result is not None and result.measurable else None
        row[column] = rounded(value, 4)  # None when not measured (NaN included)
    return row


def error_row(record_id: str, message: str, position: str) -> dict[str, Any]:
    return {"id": record_id, "score": None, "probability": None, "band": None, "top_reason": None, "error": message,
            **dict.fromkeys(AUDIENCE_COLUMNS), POSITION: position}


def public(row: dict[str, Any]) -> dict[str, Any]:
    """The row as it is written: the output columns only."""
    return {column: row[column] for column in OUTPUT_COLUMNS}
