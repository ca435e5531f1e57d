"""The report's Audience section: what the audience signals measured, shown so that a client can check it.

Two steps, as for the rest of the report. :func:`audience_figures` takes the numbers from the audience
signals' public helpers (engagement per post and the follower tier's expected range, follower growth and
its bursts, generic comments, the audience sample's flags): the section shows what the signals measured
and never computes a verdict-relevant figure its own way. :func:`audience_view` says those numbers in
the reader's language and draws the plots.

An account without any audience data gets one line saying so, never an empty plot.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from markupsafe import Markup

from credscore.report.plots import composition_svg, engagement_svg, growth_svg
from credscore.signals.base import EXCERPT_CHARS
from credscore.words import Words, words

if TYPE_CHECKING:
    from credscore.account import Account

__all__ = ["AGENCY_COLUMNS", "CATEGORIES", "AudienceFigures", "AudienceView", "AuditCells", "BurstFigures",
           "CommentExample", "CommentFigures", "CompositionFigures", "EngagementFigures", "GrowthFigures",
           "agency_values", "audience_figures", "audience_view", "audit_cells", "has_audience_data"]

logger = logging.getLogger(__name__)

# The audience sample's categories, in the order of the bar chart: the marks the audience-quality signal
# counts (credscore.signals.audience_quality.audience_composition), then the members with none of them.
FLAGS = ("mass_follower", "empty", "batch_created")
REST = "rest"
CATEGORIES = (*FLAGS, REST)
# Enough examples of generic comments to show the pattern, few enough to read.
COMMENT_EXAMPLES = 3
# A plot of every post of a 20,000-post history would weigh megabytes: the most recent ones show the trend.
MAX_PLOTTED_POSTS = 400
# The follower series (one point per snapshot or per dated follow) is thinned evenly to this many points: the
# line keeps its shape, and the bursts are drawn from their own dates.
MAX_PLOTTED_GROWTH = 600
# In a redacted report, any @handle in a comment is replaced (the commenters are the account's correspondents).
_MENTION = re.compile(r"@[\w.\-]+(?:@[\w.\-]+)?")


@dataclass(frozen=True)
class RatePoint:
    """One post's engagement rate, as :func:`credscore.signals.engagement.post_engagement_rates` measured it."""

    when: datetime | None
    rate: float
    ref: str


@dataclass(frozen=True)
class EngagementFigures:
    """The engagement of the account's posts on one platform, against that platform's range for its tier."""

    platform: str
    basis: str
    """``followers`` (engagement over the follower count) or ``views`` (over each post's views), as benchmarked."""
    followers: int | None
    points: tuple[RatePoint, ...]
    median: float
    expected: tuple[float, float] | None
    """The follower tier's published range on that platform, or ``None`` when none is published."""
    judged: bool
    """Whether the engagement signal weighs this platform (enough posts with counters, a range to compare with)."""

    @property
    def relative(self) -> float | None:
        """The median over the low end of the expected range (below 1: below the range), as the signal compares
        them; ``None`` when there is no range."""
        return self.median / self.expected[0] if self.expected is not None else None


@dataclass(frozen=True)
class BurstFigures:
    """A burst of new followers, as :func:`credscore.signals.growth.follower_bursts` found it."""

    start: datetime
    end: datetime
    gained: int
    explained_by: tuple[str, ...]
    """References of the posts that explain it (a post that travelled just before); empty: unexplained."""


@dataclass(frozen=True)
class GrowthFigures:
    source: str
    """``snapshots`` (followers as counted) or ``follows`` (new followers counted from dated follows)."""
    readings: int
    """Snapshots, or dated inbound follows, behind the series."""
    series: tuple[tuple[datetime, int], ...]
    bursts: tuple[BurstFigures, ...]


@dataclass(frozen=True)
class CommentExample:
    text: str
    author: str | None
    post_ref: str
    platform: str


@dataclass(frozen=True)
class CommentFigures:
    total: int
    generic: int
    examples: tuple[CommentExample, ...]
    judged: bool
    """Whether the comment signal measures them (enough comments under enough posts)."""

    @property
    def share(self) -> float:
        return self.generic / self.total


@dataclass(frozen=True)
class CompositionFigures:
    size: int
    counts: tuple[tuple[str, int], ...]
    """Each category of :data:`CATEGORIES` and how many members of the sample fit it."""
    judged: bool
    """Whether the audience-quality signal measures the sample (enough members with the data it needs)."""

    def count(self, category: str) -> int:
        return dict(self.counts)[category]


@dataclass(frozen=True)
class AudienceFigures:
    given: bool
    """Whether the account has any audience data at all (counters, comments, sample, snapshots, dated follows)."""
    engagement: tuple[EngagementFigures, ...] = ()
    """One per platform with measured rates, the platform with the most posts first."""
    growth: GrowthFigures | None = None
    comments: CommentFigures | None = None
    composition: CompositionFigures | None = None


def has_audience_data(account: Account) -> bool:
    """Whether ``account`` carries anything the Audience section shows."""
    counters = any(value is not None for post in account.posts
                   for value in (post.likes, post.reposts, post.replies, post.views))
    return counters or _has_comments(account) or _has_growth_data(account) or bool(account.audience)


def _has_comments(account: Account) -> bool:
    return any(post.comments for post in account.posts)


def _has_growth_data(account: Account) -> bool:
    return bool(account.snapshots) or any(follow.direction == "in" and follow.created_at is not None
                                          for follow in account.follows)


def audience_figures(account: Account) -> AudienceFigures:
    """The numbers the audience signals measure on ``account``, for the Audience section and the audit's columns."""
    if not has_audience_data(account):
        return AudienceFigures(given=False)
    return AudienceFigures(given=True, engagement=_engagement(account), growth=_growth(account),
                           comments=_comments(account), composition=_composition(account))


def _post_ref(account: Account, index: int) -> str:
    post = account.posts[index]
    return post.id or f"posts[{index}]"


def _engagement(account: Account) -> tuple[EngagementFigures, ...]:
    from credscore.signals.cross_posting import platform_key
    from credscore.signals.engagement import (
        MIN_POSTS_FOR_RATE,
        benchmarks,
        expected_engagement_range,
        follower_count,
        post_engagement_rates,
    )

    by_platform: dict[str, list[tuple[int, float]]] = {}
    for index, rate in post_engagement_rates(account):
        by_platform.setdefault(platform_key(account.posts[index].platform), []).append((index, rate))
    figures = []
    for platform, measured in by_platform.items():
        # The follower count and the range exactly as the engagement signal takes them.
        followers = follower_count(account, platform)
        expected = expected_engagement_range(platform, followers) if followers is not None else None
        benchmark = benchmarks().platform(platform)
        points = tuple(RatePoint(account.posts[index].created_at, rate, _post_ref(account, index))
                       for index, rate in measured)
        figures.append(EngagementFigures(
            platform=platform, basis=benchmark.basis if benchmark is not None else "followers", followers=followers,
            points=points, median=statistics.median(point.rate for point in points),
            expected=(expected[0], expected[1]) if expected is not None else None,
            judged=expected is not None and len(points) >= MIN_POSTS_FOR_RATE))
    return tuple(sorted(figures, key=lambda shown: (-len(shown.points), shown.platform)))


def _growth(account: Account) -> GrowthFigures | None:
    if not _has_growth_data(account):
        return None
    from credscore.signals.growth import follower_bursts, follower_series

    series = follower_series(account)
    if not series:
        return None
    # follower_series reads the snapshots when any gives a follower count, else the dated inbound follows.
    snapshots = any(snapshot.followers is not None for snapshot in account.snapshots)
    readings = len(series) if snapshots else sum(1 for follow in account.follows
                                                 if follow.direction == "in" and follow.created_at is not None)
    bursts = tuple(BurstFigures(burst.start, burst.end, burst.gained,
                                tuple(_post_ref(account, index) for index in burst.explained_by))
                   for burst in follower_bursts(account))
    return GrowthFigures(source="snapshots" if snapshots else "follows", readings=readings,
                         series=tuple(series), bursts=bursts)


def _comments(account: Account) -> CommentFigures | None:
    if not _has_comments(account):
        return None
    from credscore.signals.comment_authenticity import MIN_COMMENTED_POSTS, MIN_COMMENTS, is_generic_comment

    total = generic = 0
    commented: set[int] = set()
    examples: dict[str, CommentExample] = {}
    for index, post in enumerate(account.posts):
        # The comments the signal reads: those under the account's own posts (a repost's are someone else's).
        if post.kind == "repost":
            continue
        for comment in post.comments or ():
            total += 1
            commented.add(index)
            if not is_generic_comment(comment.text):
                continue
            generic += 1
            key = " ".join(comment.text.split()).casefold()
            # Distinct texts: three times the same emoji would not show the pattern better than once.
            if len(examples) < COMMENT_EXAMPLES and key not in examples:
                examples[key] = CommentExample(text=comment.text, author=comment.author,
                                               post_ref=_post_ref(account, index), platform=post.platform)
    if not total:
        return None
    return CommentFigures(total=total, generic=generic, examples=tuple(examples.values()),
                          judged=total >= MIN_COMMENTS and len(commented) >= MIN_COMMENTED_POSTS)


def _composition(account: Account) -> CompositionFigures | None:
    if not account.audience:
        return None
    from credscore.signals.audience_quality import MIN_SAMPLE, audience_composition, creation_batches, member_flags

    members = account.audience
    counts = audience_composition(members)
    batched = {index for burst in creation_batches(members) for index in burst.members}
    rest = sum(1 for index, member in enumerate(members)
               if index not in batched and not member_flags(member) & {"mass_follower", "empty"})
    # Measured by the signal when one of its shares has enough members with the data it needs.
    known = (sum(1 for member in members if member.following is not None and member.followers is not None),
             sum(1 for member in members if member.has_avatar is not None and member.posts_count is not None),
             sum(1 for member in members if member.created_at is not None))
    return CompositionFigures(size=len(members), counts=(*((flag, counts[flag]) for flag in FLAGS), (REST, rest)),
                              judged=max(known) >= MIN_SAMPLE)


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


# What an agency sorts influencers by, as plain numbers (None: not measurable), for tables other than the report's.
AGENCY_COLUMNS = ("engagement_rate", "engagement_vs_tier", "generic_comment_share", "real_audience_share")


def agency_values(figures: AudienceFigures) -> dict[str, float | None]:
    """The numbers of the audit's audience columns: on the main platform (the one with the most posts with
    counters), the median engagement rate per post and that median over the low end of the tier's range
    (below 1: below the range); the share of generic comments; the share of the audience sample with none of
    the marks of bought or idle accounts. ``None`` where the signal behind it could not measure it."""
    main = figures.engagement[0] if figures.engagement else None
    measured = main is not None and len(main.points) >= _min_posts_for_rate()
    comments, composition = figures.comments, figures.composition
    return {
        "engagement_rate": main.median if main is not None and measured else None,
        "engagement_vs_tier": main.relative if main is not None and main.judged else None,
        "generic_comment_share": comments.share if comments is not None and comments.judged else None,
        "real_audience_share": composition.count(REST) / composition.size
        if composition is not None and composition.judged else None,
    }


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


def _min_posts_for_rate() -> int:
    from credscore.signals.engagement import MIN_POSTS_FOR_RATE

    return MIN_POSTS_FOR_RATE


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
