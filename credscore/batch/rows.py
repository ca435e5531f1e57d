"""The batch output row: one per input record, a score or an error, never both."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the verdict module brings spaCy: a batch's reading process does without it
    from credscore.account import Account
    from credscore.verdict import Verdict

__all__ = ["AGENCY_COLUMNS", "AUDIENCE_COLUMNS", "OUTPUT_COLUMNS", "error_row", "verdict_row"]

logger = logging.getLogger(__name__)

# What an agency sorts influencers by (issue 13): the audience signals' headline values, blank where the account
# has no such data (the signal could not measure it). The verdict's own columns come first, unchanged.
AUDIENCE_COLUMNS = {
    "engagement_shortfall": ("engagement", "engagement_shortfall"),
    "generic_comment_share": ("comment_authenticity", "generic_comment_share"),
    "mass_follower_share": ("audience_quality", "mass_follower_share"),
    "unexplained_growth_share": ("growth", "unexplained_growth_share"),
}
# The agency figures (credscore.audience_figures.AgencyFigures), measured on the scored account, after the columns
# above: the main platform (most posts with counters, else most followers) and its follower count, the median
# engagement rate per post and that rate over the low end of the follower tier's published range, the share of
# the audience sample that looks real. Blank where not measurable.
AGENCY_COLUMNS = ("platform", "followers", "engagement_rate", "engagement_vs_tier", "real_audience_share")
# Decimals kept of each fractional figure. A mega-account's engagement rate can be a few thousandths of a percent:
# six decimals keep two significant digits of it.
_AGENCY_DIGITS = {"engagement_rate": 6, "engagement_vs_tier": 4, "real_audience_share": 4}
OUTPUT_COLUMNS = ("id", "score", "probability", "band", "top_reason", "error", *AUDIENCE_COLUMNS, *AGENCY_COLUMNS)
# Kept beside each row while a batch runs (to name records in messages), never written to the output.
POSITION = "_position"


def verdict_row(verdict: Verdict, account: Account, position: str) -> dict[str, Any]:
    """The verdict's headline, rounded as in its JSON form (not built whole: that costs more than the row), and the
    agency figures of ``account``, the account the verdict is about."""
    from credscore.verdict import rounded

    row = {"id": verdict.id, "score": rounded(verdict.score, 1), "probability": rounded(verdict.probability, 4),
           "band": verdict.band, "top_reason": verdict.reasons[0].id if verdict.reasons else None, "error": None,
           POSITION: position}
    for column, (signal, feature) in AUDIENCE_COLUMNS.items():
        result = verdict.signals.get(signal)
        value = result.values.get(feature) if result is not None and result.measurable else None
        row[column] = rounded(value, 4)  # None when not measured (NaN included)
    row.update(_agency_cells(account))
    return row


def _agency_cells(account: Account) -> dict[str, Any]:
    from credscore.audience_figures import agency_figures
    from credscore.verdict import rounded

    try:
        figures = agency_figures(account)
    except Exception:  # a figure that fails to be measured leaves its cells blank; the verdict is kept
        logger.warning("%s: the agency figures could not be measured; their columns are left blank", account.id,
                       exc_info=logger.isEnabledFor(logging.DEBUG))
        return dict.fromkeys(AGENCY_COLUMNS)
    cells = {column: getattr(figures, column) for column in AGENCY_COLUMNS}
    cells.update({column: rounded(cells[column], digits) for column, digits in _AGENCY_DIGITS.items()})
    return cells


def error_row(record_id: str, message: str, position: str) -> dict[str, Any]:
    return {"id": record_id, "score": None, "probability": None, "band": None, "top_reason": None, "error": message,
            **dict.fromkeys(AUDIENCE_COLUMNS), **dict.fromkeys(AGENCY_COLUMNS), POSITION: position}


def public(row: dict[str, Any]) -> dict[str, Any]:
    """The row as it is written: the output columns only."""
    return {column: row[column] for column in OUTPUT_COLUMNS}
