"""What the audience signals measure on an account, as plain figures: what a client checks and an agency sorts by.

The report's Audience section draws these figures; its audit table and the batch rows (``credscore batch``,
``score_frame``) sort by them. This module only measures: it draws and formats nothing, so that a batch
worker computes the figures from the account it has scored without loading the report's plotting and
templating code.

The numbers come from the audience signals' public helpers (engagement per post and the follower tier's
expected range, follower growth and its bursts, generic comments, the audience sample's flags): nothing
verdict-relevant is computed here its own way. The helpers are imported where they are used, as the
signals bring the language tools.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from credscore.account import Account

__all__ = ["AGENCY_COLUMNS", "CATEGORIES", "COMMENT_EXAMPLES", "AgencyFigures", "AudienceFigures", "BurstFigures",
           "CommentExample", "CommentFigures", "CompositionFigures", "EngagementFigures", "GrowthFigures", "RatePoint",
           "agency_figures", "agency_values", "audience_figures", "composition_figures", "engagement_figures",
           "has_audience_data"]

# The audience sample's categories, in the order of the report's bar chart: the marks the audience-quality signal
# counts (credscore.signals.audience_quality.audience_composition), then the members with none of them.
FLAGS = ("mass_follower", "empty", "batch_created")
REST = "rest"
CATEGORIES = (*FLAGS, REST)
# Enough examples of generic comments to show the pattern, few enough to read.
COMMENT_EXAMPLES = 3


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
    return AudienceFigures(given=True, engagement=engagement_figures(account), growth=_growth(account),
                           comments=_comments(account), composition=composition_figures(account))


def _post_ref(account: Account, index: int) -> str:
    post = account.posts[index]
    return post.id or f"posts[{index}]"


def engagement_figures(account: Account) -> tuple[EngagementFigures, ...]:
    """The engagement per post on each platform with measured rates, the platform with the most posts first."""
    by_platform = _rates_by_platform(account)
    figures = [_platform_engagement(account, platform, measured) for platform, measured in by_platform.items()]
    return tuple(sorted(figures, key=lambda shown: (-len(shown.points), shown.platform)))


def _main_engagement(account: Account) -> EngagementFigures | None:
    """The first of :func:`engagement_figures` (the platform with the most posts with a rate), measured alone."""
    by_platform = _rates_by_platform(account)
    if not by_platform:
        return None
    platform = min(by_platform, key=lambda name: (-len(by_platform[name]), name))
    return _platform_engagement(account, platform, by_platform[platform])


def _rates_by_platform(account: Account) -> dict[str, list[tuple[int, float]]]:
    from credscore.signals.cross_posting import platform_key
    from credscore.signals.engagement import post_engagement_rates

    by_platform: dict[str, list[tuple[int, float]]] = {}
    for index, rate in post_engagement_rates(account):
        by_platform.setdefault(platform_key(account.posts[index].platform), []).append((index, rate))
    return by_platform


def _platform_engagement(account: Account, platform: str, measured: list[tuple[int, float]]) -> EngagementFigures:
    from credscore.signals.engagement import MIN_POSTS_FOR_RATE, benchmarks, expected_engagement_range, follower_count

    # The follower count and the range exactly as the engagement signal takes them.
    followers = follower_count(account, platform)
    expected = expected_engagement_range(platform, followers) if followers is not None else None
    benchmark = benchmarks().platform(platform)
    points = tuple(RatePoint(account.posts[index].created_at, rate, _post_ref(account, index))
                   for index, rate in measured)
    return EngagementFigures(
        platform=platform, basis=benchmark.basis if benchmark is not None else "followers", followers=followers,
        points=points, median=statistics.median(point.rate for point in points),
        expected=(expected[0], expected[1]) if expected is not None else None,
        judged=expected is not None and len(points) >= MIN_POSTS_FOR_RATE)


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


def composition_figures(account: Account) -> CompositionFigures | None:
    """The audience sample's composition by the audience-quality signal's marks; ``None`` without a sample."""
    if not account.audience:
        return None
    from credscore.signals.audience_quality import (
        MIN_SAMPLE,
        audience_composition,
        created_together,
        creation_batches,
        member_flags,
    )

    members = account.audience
    counts = audience_composition(members)
    batched = {index for burst in creation_batches(members) for index in burst.members}
    together = created_together(members)
    rest = sum(1 for index, member in enumerate(members) if index not in batched
               and not member_flags(member, created_together=index in together) & {"mass_follower", "empty"})
    # Measured by the signal when one of its shares has enough members with the data it needs.
    known = (sum(1 for member in members if member.following is not None and member.followers is not None),
             sum(1 for member in members if member.has_avatar is not None and member.posts_count is not None),
             sum(1 for member in members if member.created_at is not None))
    return CompositionFigures(size=len(members), counts=(*((flag, counts[flag]) for flag in FLAGS), (REST, rest)),
                              judged=max(known) >= MIN_SAMPLE)


# --- What an agency sorts by ------------------------------------------------------------------------------------

# The audit table's audience columns, as plain numbers (None: not measurable).
AGENCY_COLUMNS = ("engagement_rate", "engagement_vs_tier", "generic_comment_share", "real_audience_share")


@dataclass(frozen=True)
class AgencyFigures:
    """The figures an agency sorts influencers by, each ``None`` where it cannot be measured on the account.

    The share of generic comments is the comment-authenticity signal's own feature (``generic_comment_share``),
    read from the verdict: it is not measured a second time here.
    """

    platform: str | None
    """The platform the follower count and the engagement are on: the one with the most posts with counters;
    without any, the one where the account has the most followers."""
    followers: int | None
    """The follower count on that platform, as the engagement signal takes it (latest snapshot, else profile)."""
    engagement_rate: float | None
    """The median engagement rate per post ((likes + comments + reposts) over the followers; over each post's
    views on a view-driven platform such as YouTube), on at least ``MIN_POSTS_FOR_RATE`` posts."""
    engagement_vs_tier: float | None
    """That median over the low end of the range published for the follower tier on the platform (below 1:
    below the range); ``None`` without a published range or a follower count."""
    real_audience_share: float | None
    """The share of the audience sample with none of the marks of bought or idle accounts, when the
    audience-quality signal can measure the sample."""


def agency_figures(account: Account, figures: AudienceFigures | None = None) -> AgencyFigures:
    """What an agency sorts ``account`` by. ``figures``: its :func:`audience_figures` when already at hand, so that
    nothing is measured twice; without them only the engagement and the audience sample are measured (a batch
    row needs neither the comment examples nor the growth series)."""
    if figures is not None:
        main = figures.engagement[0] if figures.engagement else None
        composition = figures.composition
    else:  # a batch row: the main platform only
        main, composition = _main_engagement(account), composition_figures(account)
    platform, followers = (main.platform, main.followers) if main is not None else _largest_audience(account)
    return AgencyFigures(platform=platform, followers=followers, engagement_rate=_rate(main),
                         engagement_vs_tier=_relative(main), real_audience_share=_real_share(composition))


def agency_values(figures: AudienceFigures) -> dict[str, float | None]:
    """The numbers of the audit's audience columns (:data:`AGENCY_COLUMNS`): on the main platform (the one with the
    most posts with counters), the median engagement rate per post and that median over the low end of the
    tier's range (below 1: below the range); the share of generic comments; the share of the audience sample
    with none of the marks of bought or idle accounts. ``None`` where the signal behind it could not measure it."""
    main = figures.engagement[0] if figures.engagement else None
    comments = figures.comments
    return {
        "engagement_rate": _rate(main),
        "engagement_vs_tier": _relative(main),
        "generic_comment_share": comments.share if comments is not None and comments.judged else None,
        "real_audience_share": _real_share(figures.composition),
    }


def _rate(main: EngagementFigures | None) -> float | None:
    from credscore.signals.engagement import MIN_POSTS_FOR_RATE

    # A median of fewer posts moves with one post: the engagement signal does not take it either.
    return main.median if main is not None and len(main.points) >= MIN_POSTS_FOR_RATE else None


def _relative(main: EngagementFigures | None) -> float | None:
    return main.relative if main is not None and main.judged else None


def _real_share(composition: CompositionFigures | None) -> float | None:
    if composition is None or not composition.judged:
        return None
    return composition.count(REST) / composition.size


def _largest_audience(account: Account) -> tuple[str | None, int | None]:
    """(platform, followers) where the account has the most followers (ties: the first platform by name)."""
    from credscore.signals.cross_posting import platform_key
    from credscore.signals.engagement import follower_count

    platforms = sorted({platform_key(profile.platform) for profile in account.profiles if profile.followers is not None}
                       | {platform_key(snapshot.platform) for snapshot in account.snapshots
                          if snapshot.followers is not None})
    counted = [(platform, count) for platform in platforms if (count := follower_count(account, platform)) is not None]
    if not counted:
        return None, None
    return max(counted, key=lambda item: item[1])  # max keeps the first of equal counts: the first by name
