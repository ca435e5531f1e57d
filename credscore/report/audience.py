"""The report's Audience section: what the audience signals measured, shown so that a client can check it.

Two steps, as for the rest of the report. :func:`credscore.audience_figures.audience_figures` takes the
numbers from the audience signals' public helpers (engagement per post and the follower tier's expected
range, follower growth and its bursts, generic comments, the audience sample's flags), in a module free of
plotting that the batch rows share: the section shows what the signals measured and never computes a
verdict-relevant figure its own way. :func:`audience_view` says those numbers in the reader's language and
draws the plots; :func:`audit_cells` fills the audit table's audience columns.

An account without any audience data gets one line saying so, never an empty plot.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from markupsafe import Markup

# The figures are measured in a module free of plotting (the batch rows read them too); named here as well,
# for the report's callers.
from credscore.audience_figures import (
    AGENCY_COLUMNS,
    CATEGORIES,
    COMMENT_EXAMPLES,
    REST,
    AudienceFigures,
    BurstFigures,
    CommentExample,
    CommentFigures,
    CompositionFigures,
    EngagementFigures,
    GrowthFigures,
    agency_values,
    audience_figures,
    has_audience_data,
)
from credscore.report.plots import composition_svg, engagement_svg, growth_svg
from credscore.signals.base import EXCERPT_CHARS
from credscore.words import Words, words

__all__ = ["AGENCY_COLUMNS", "CATEGORIES", "COMMENT_EXAMPLES", "AudienceFigures", "AudienceView", "AuditCells",
           "BurstFigures", "CommentExample", "CommentFigures", "CompositionFigures", "EngagementFigures",
           "GrowthFigures", "agency_values", "audience_figures", "audience_view", "audit_cells", "has_audience_data"]

logger = logging.getLogger(__name__)

# A plot of every post of a 20,000-post history would weigh megabytes: the most recent ones show the trend.
MAX_PLOTTED_POSTS = 400
# The follower series (one point per snapshot or per dated follow) is thinned evenly to this many points: the
# line keeps its shape, and the bursts are drawn from their own dates.
MAX_PLOTTED_GROWTH = 600
# In a redacted report, any @handle in a comment is replaced (the commenters are the account's correspondents).
_MENTION = re.compile(r"@[\w.\-]+(?:@[\w.\-]+)?")


# --- What the reader sees ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlotView:
    title: str
    svg: Markup | None
    """``None`` when there is nothing to draw (every post undated): the sentences still say the figures."""
    lines: tuple[str, ...]
    """What the plot shows, in sentences (its figures, for readers and for print)."""
    items: tuple[str, ...] = ()
    """A list under the sentences (the bursts and their dates)."""


@dataclass(frozen=True)
class CommentView:
    text: str
    author: str
    post: str


@dataclass(frozen=True)
class CommentsView:
    title: str
    summary: str
    examples_title: str
    examples: tuple[CommentView, ...]


@dataclass(frozen=True)
class AudienceView:
    title: str
    given: bool
    note: str
    """Without any audience data: the one line that says so; otherwise what was not given, if anything."""
    engagement: tuple[PlotView, ...]
    growth: PlotView | None
    comments: CommentsView | None
    composition: PlotView | None


@dataclass(frozen=True)
class AuditCell:
    """One audience cell of the audit table: its text, a line beneath, and the value it sorts by (None: blank)."""

    text: str
    detail: str
    sort: float | None


@dataclass(frozen=True)
class AuditCells:
    engagement: AuditCell
    generic: AuditCell
    quality: AuditCell


def audience_view(figures: AudienceFigures, lang: str, prefix: str, *, redacted: bool = False) -> AudienceView:
    """The Audience section of one account in ``lang``; ``prefix`` keeps its plots' SVG ids unique in the page."""
    said = words(lang)
    title = said("report.audience.title")
    if not figures.given:
        return AudienceView(title, False, said("report.audience.no_data"), (), None, None, None)
    missing = [said(f"report.audience.part_{part}") for part, shown in (
        ("engagement", figures.engagement or None), ("growth", figures.growth), ("comments", figures.comments),
        ("sample", figures.composition)) if shown is None]
    note = said("report.audience.not_given", parts=", ".join(missing)) if missing else ""
    return AudienceView(
        title=title, given=True, note=note,
        engagement=tuple(_engagement_view(shown, said, f"{prefix}-engagement-{number}")
                         for number, shown in enumerate(figures.engagement, 1)),
        growth=_growth_view(figures.growth, said, f"{prefix}-growth") if figures.growth else None,
        comments=_comments_view(figures.comments, said, redacted) if figures.comments else None,
        composition=_composition_view(figures.composition, said, f"{prefix}-sample") if figures.composition else None,
    )


def audit_cells(figures: AudienceFigures, lang: str) -> AuditCells:
    """The audit table's audience cells of one account: blank (sorting last) where not measurable."""
    said = words(lang)
    values = agency_values(figures)
    blank = AuditCell("", "", None)
    engagement = blank
    if values["engagement_rate"] is not None:
        main = figures.engagement[0]
        relative = values["engagement_vs_tier"]
        detail = (said("report.audience.table.engagement_cell", ratio=decimal_text(relative, 2, lang),
                       platform=main.platform) if relative is not None
                  else said("report.audience.table.engagement_no_range", platform=main.platform))
        engagement = AuditCell(rate_text(values["engagement_rate"], lang), detail, relative)
    generic = blank
    if figures.comments is not None and values["generic_comment_share"] is not None:
        generic = AuditCell(share_text(figures.comments.share, lang),
                            f"{figures.comments.generic}/{figures.comments.total}", figures.comments.share)
    quality = blank
    if figures.composition is not None and values["real_audience_share"] is not None:
        real = values["real_audience_share"]
        quality = AuditCell(share_text(real, lang), f"{figures.composition.count(REST)}/{figures.composition.size}",
                            real)
    return AuditCells(engagement, generic, quality)


def _engagement_view(figures: EngagementFigures, said: Words, prefix: str) -> PlotView:
    from credscore.signals.engagement import MIN_POSTS_FOR_RATE

    lang = said.lang
    dated = sorted(((point.when, point) for point in figures.points if point.when is not None),
                   key=lambda item: (_utc(item[0]), item[1].ref))
    plotted = dated[-MAX_PLOTTED_POSTS:]
    basis = "views" if figures.basis == "views" else "followers"
    # Rates over views need no follower count; without one there is no tier, and the sentence says so.
    summary = f"engagement_summary_{basis}" if figures.followers is not None else "engagement_summary_no_followers"
    lines = [said(f"report.audience.{summary}", count=len(figures.points), median=rate_text(figures.median, lang),
                  platform=figures.platform, followers=count_text(figures.followers or 0, lang))]
    if figures.expected is not None:
        low, high = figures.expected
        where = "below" if figures.median < low else "above" if figures.median > high else "within"
        lines.append(said("report.audience.engagement_range", low=rate_text(low, lang), high=rate_text(high, lang),
                          position=said(f"report.audience.position_{where}")))
    else:
        lines.append(said("report.audience.engagement_no_range"))
    if len(figures.points) < MIN_POSTS_FOR_RATE:
        lines.append(said("report.audience.engagement_few", count=len(figures.points), minimum=MIN_POSTS_FOR_RATE))
    undated = len(figures.points) - len(dated)
    if undated:
        lines.append(said("report.audience.engagement_undated", count=undated))
    if len(plotted) < len(dated):
        lines.append(said("report.audience.engagement_cut", shown=len(plotted)))
    if not plotted:
        return PlotView(said("report.audience.engagement_title", platform=figures.platform), None, tuple(lines))
    lines.append(said("report.audience.engagement_legend"))
    svg = engagement_svg([(when, point.rate) for when, point in plotted],
                         figures.expected, figures.median, _axis_rate(lang),
                         said("report.audience.engagement_label"), prefix)
    return PlotView(said("report.audience.engagement_title", platform=figures.platform), Markup(svg), tuple(lines))


def _growth_view(figures: GrowthFigures, said: Words, prefix: str) -> PlotView:
    lang = said.lang
    series = _thinned(figures.series, MAX_PLOTTED_GROWTH)
    source = "snapshots" if figures.source == "snapshots" else "follows"
    lines = [said(f"report.audience.growth_from_{source}", count=figures.readings)]
    if len(series) < len(figures.series):
        lines.append(said("report.audience.growth_cut", shown=len(series), total=len(figures.series)))
    lines.append(said("report.audience.growth_bursts", count=len(figures.bursts)) if figures.bursts
                 else said("report.audience.growth_no_burst"))
    items = []
    for burst in figures.bursts:
        why = (said("report.audience.growth_explained", posts=", ".join(burst.explained_by)) if burst.explained_by
               else said("report.audience.growth_unexplained"))
        items.append(said("report.audience.growth_burst", start=_day(burst.start), end=_day(burst.end),
                          gained=count_text(burst.gained, lang), why=why))
    svg = growth_svg(series, [(burst.start, burst.end, bool(burst.explained_by)) for burst in figures.bursts],
                     lambda value: count_text(round(value), lang), said("report.audience.growth_label"), prefix)
    return PlotView(said("report.audience.growth_title"), Markup(svg), tuple(lines), tuple(items))


def _comments_view(figures: CommentFigures, said: Words, redacted: bool) -> CommentsView:
    lang = said.lang
    if figures.generic:
        summary = said("report.audience.comments_share", generic=count_text(figures.generic, lang),
                       total=count_text(figures.total, lang), share=share_text(figures.share, lang))
    else:
        summary = said("report.audience.comments_none_generic", total=count_text(figures.total, lang))
    if not figures.judged:
        from credscore.signals.comment_authenticity import MIN_COMMENTED_POSTS, MIN_COMMENTS

        summary = " ".join((summary, said("report.audience.comments_few", comments=MIN_COMMENTS,
                                          posts=MIN_COMMENTED_POSTS)))
    hidden = said("evidence.redacted")
    examples = []
    for example in figures.examples:
        text = _excerpt(example.text)
        author = (example.author or "").strip().lstrip("@")
        if redacted:
            # Commenters are people the account deals with: a shared report names none of them.
            text = _MENTION.sub(f"@{hidden}", text)
            author = hidden if author else ""
        by = said("report.audience.comments_by", author=f"@{author}") if author else ""
        under = said("report.audience.comments_under", post=f"{example.post_ref} ({example.platform})")
        examples.append(CommentView(text=text, author=by, post=under))
    return CommentsView(title=said("report.audience.comments_title"), summary=summary,
                        examples_title=said("report.audience.comments_examples"), examples=tuple(examples))


def _composition_view(figures: CompositionFigures, said: Words, prefix: str) -> PlotView:
    lang = said.lang
    rows = []
    items = []
    for category, count in figures.counts:
        share = share_text(count / figures.size, lang)
        name = said(f"report.audience.category_{category}")
        rows.append((name, count, said("report.audience.sample_bar", count=count_text(count, lang), share=share),
                     category != REST))
        items.append(f"{name}{said.colon()} {count_text(count, lang)} ({share}) — "
                     f"{said(f'report.audience.category_{category}_help')}")
    svg = composition_svg(rows, said("report.audience.sample_label"), prefix)
    lines = [said("report.audience.sample_summary", count=figures.size)]
    return PlotView(said("report.audience.sample_title"), Markup(svg), tuple(lines), tuple(items))


# --- Numbers in the reader's language ----------------------------------------------------------------------------

# Below 1 %, an engagement rate gets a second decimal: 0.04 % and 0.4 % are different stories.
_SMALL_RATE = 0.01


def rate_text(value: float, lang: str) -> str:
    """An engagement rate as a percentage: ``2.4%`` / ``2,4 %``; two decimals below 1 %, no trailing zero."""
    return _percent(value, 2 if abs(value) < _SMALL_RATE else 1, lang)


def share_text(value: float, lang: str) -> str:
    """A share as a percentage with one decimal at most: ``25%``, ``33.3%`` / ``33,3 %``."""
    return _percent(value, 1, lang)


def decimal_text(value: float, digits: int, lang: str) -> str:
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",").replace("-", "\u2212") if lang == "fr" else shown


def count_text(value: int, lang: str) -> str:
    """A whole number with thousands grouped: ``12,345`` / ``12 345`` (narrow no-break space)."""
    shown = f"{value:,}"
    return shown.replace(",", "\u202f") if lang == "fr" else shown


def _percent(value: float, digits: int, lang: str) -> str:
    """``value`` (a fraction) as a percentage with at most ``digits`` decimals, no trailing zero."""
    shown = f"{value * 100:.{digits}f}"
    shown = shown.rstrip("0").rstrip(".") if "." in shown else shown
    shown = "0" if shown == "-0" else shown  # -0.0, or a tiny negative rounded away
    return f"{shown.replace('.', ',')}\u202f%" if lang == "fr" else f"{shown}%"


def _axis_rate(lang: str) -> Callable[[float], str]:
    return lambda value: rate_text(value, lang)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def _thinned(series: tuple[tuple[datetime, int], ...], most: int) -> list[tuple[datetime, int]]:
    """At most ``most`` points of ``series``, evenly spread, the first and the last always kept."""
    if len(series) <= most:
        return list(series)
    step = (len(series) - 1) / (most - 1)
    return [series[round(k * step)] for k in range(most)]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(moment: datetime) -> str:
    return f"{_utc(moment):%Y-%m-%d}"
