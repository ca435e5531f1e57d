"""Growth anomalies: followers that arrive in a rush no post explains, and follow-then-unfollow churn.

A real audience grows with what the account publishes: a post that travels brings a wave of new
followers in the days after it. Bought followers arrive as a delivery — thousands in a day or two,
after no post in particular. And a follow-for-follow tactic leaves its own trace: the account follows
many people to be followed back, and unfollows them within days once they did (or did not).

- ``unexplained_growth_share``: the share of the followers gained over the observed period that came
  in bursts (:func:`follower_bursts`) with no post of the account's own in the :data:`EXPLAIN_BEFORE`
  before the burst began, or during it, that could have brought them (when posts carry likes: a post that
  travelled, with :data:`TRAVELLED_FACTOR` times the median likes of the account's posts on the same platform,
  its replies left out: likes are counted per platform, and what is ordinary on one is a hit on another).
  ``NaN`` without a dated post in the observed period (nothing could explain anything, and that must not
  count against the account).
- ``follow_churn_share``: the share of the account's outgoing follows with a time that were undone
  (``ended_at``) within :data:`CHURN_WINDOW`. ``NaN`` when the source records no unfollow at all
  (most exports do not, and then churn is unknown, not zero), or with fewer than :data:`MIN_OUT_FOLLOWS`
  timed outgoing follows.

Where the follower counts come from (:func:`follower_series`): the snapshots of the platform with the
most follower snapshots; without snapshots, the inbound follow events with a time (each +1, and -1
when undone). Bursts in a series of snapshots are intervals gaining followers at more than
:data:`SNAPSHOT_BURST_FACTOR` times the series' median daily gain, at least :data:`MIN_SNAPSHOT_GAIN`
followers and at least :data:`MIN_SNAPSHOT_GAIN_SHARE` of those the account had; bursts of follow events
are days holding more new followers than the fortnight around them makes likely
(:mod:`credscore.signals.bursts`). Not measurable when neither feature can be measured. The order of the
lists changes nothing.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from credscore.account import Account
from credscore.nlp.analysis import AnalysedAccount
from credscore.signals.base import (
    EVIDENCE_PER_FEATURE,
    Feature,
    SignalResult,
    cited,
    follow_evidence,
    not_measurable,
    signal,
    snapshot_evidence,
)
from credscore.signals.bursts import time_bursts
from credscore.signals.cross_posting import platform_key

__all__ = ["FollowerBurst", "follower_bursts", "follower_series", "growth"]

NAME = "growth"
# A post brings its followers in the days after it: three days before a burst, and during it, a post explains it.
EXPLAIN_BEFORE = timedelta(days=3)
# A post that brings a rush of followers travelled: it got at least twice the account's usual (median) likes.
TRAVELLED_FACTOR = 2
# The usual likes need a few posts to be usual.
MIN_POSTS_WITH_LIKES = 5
# Follow-for-follow tools unfollow those who did not follow back within days; a person unfollows later, or never.
CHURN_WINDOW = timedelta(days=7)
# Fewer timed outgoing follows than this, and one unfollow more moves the share by five points or more.
MIN_OUT_FOLLOWS = 20
# A series needs this many snapshots to have a median gain (three intervals) against which a jump stands out.
MIN_SNAPSHOTS = 4
# An interval gaining followers this many times faster than the series' median daily gain is a jump...
SNAPSHOT_BURST_FACTOR = 5
# ...when it gains at least this many followers (a small account going from 40 to 60 jumps by nothing).
MIN_SNAPSHOT_GAIN = 100
# ...and at least this share of the followers it had: 150 more on an account of 40,000 is a good week, not a delivery.
MIN_SNAPSHOT_GAIN_SHARE = 0.05
# Follow events are read a day at a time; a fortnight either side sets the usual pace.
FOLLOW_WINDOW = timedelta(days=1)
FOLLOW_BASELINE = timedelta(days=14)
# A delivery of bought followers is dozens at least: fewer new followers in a day are no burst, whatever the pace.
MIN_FOLLOW_BURST = 20
# Sub-day intervals between snapshots are measured as a day at least: two fetches a minute apart are no rate.
MIN_INTERVAL = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FollowerBurst:
    """A rush of new followers: when, how many, whether a post explains it, and the records behind it."""

    start: datetime
    end: datetime
    gained: int
    """Followers gained during the burst."""
    source: Literal["snapshots", "follows"]
    platform: str | None
    """The platform of the snapshots; ``None`` for follow events (all platforms)."""
    explained_by: tuple[int, ...]
    """Positions in ``posts`` of the account's own posts that explain the burst (empty: unexplained)."""
    records: tuple[int, ...]
    """Positions in ``snapshots`` (the snapshots before and after the jump) or ``follows`` (the new followers)."""

    @property
    def explained(self) -> bool:
        return bool(self.explained_by)


# The last account's snapshot platform: the signal asks for it four times (the bursts, the series, the gain), and
# the batch row's audience figures again. Kept by identity, for the last account only; two threads racing on it
# only find it twice.
_last_platform: tuple[Account, str | None] | None = None


def _snapshot_platform(account: Account) -> str | None:
    global _last_platform
    last = _last_platform
    if last is not None and last[0] is account:
        return last[1]
    counts = Counter(platform_key(snapshot.platform) for snapshot in account.snapshots
                     if snapshot.followers is not None)
    platform = min(counts, key=lambda platform: (-counts[platform], platform)) if counts else None
    _last_platform = (account, platform)
    return platform


def _snapshots(account: Account, platform: str) -> list[int]:
    """Positions of the platform's follower snapshots, oldest first (one per time)."""
    positions = sorted((snapshot.at, i) for i, snapshot in enumerate(account.snapshots)
                       if snapshot.followers is not None and platform_key(snapshot.platform) == platform)
    kept: dict[datetime, int] = {}
    for at, i in positions:
        kept.setdefault(at, i)
    return list(kept.values())


def _timed_in_follows(account: Account) -> list[int]:
    return [i for i, follow in enumerate(account.follows) if follow.direction == "in" and follow.created_at is not None]


def follower_series(account: Account) -> list[tuple[datetime, int]]:
    """The account's follower count over time, oldest first.

    From the snapshots of the platform with the most follower snapshots (ties: alphabetical); without any,
    from the timed inbound follow events: the running count of new followers, less those that were undone
    (a count relative to the start of the export, not the platform's total). Empty when neither exists.
    """
    platform = _snapshot_platform(account)
    if platform is not None:
        return [(account.snapshots[i].at, account.snapshots[i].followers or 0) for i in _snapshots(account, platform)]
    # (POSIX seconds, step, time): sorting aware datetimes is slow, and an export may hold a million follows.
    steps: list[tuple[float, int, datetime]] = []
    for i in _timed_in_follows(account):
        follow = account.follows[i]
        if follow.created_at is not None:
            steps.append((follow.created_at.timestamp(), 1, follow.created_at))
        if follow.ended_at is not None:
            steps.append((follow.ended_at.timestamp(), -1, follow.ended_at))
    steps.sort(key=lambda step: (step[0], step[1]))
    series: list[tuple[datetime, int]] = []
    count, last = 0, None
    for stamp, step, when in steps:
        count += step
        if series and last == stamp:
            series[-1] = (series[-1][0], count)
        else:
            series.append((when, count))
        last = stamp
    return series


def _explaining_posts(account: Account, start: datetime, end: datetime, bars: TravelledBars) -> tuple[int, ...]:
    """The account's own posts from :data:`EXPLAIN_BEFORE` before ``start`` to ``end`` that could bring followers.

    When the posts carry likes, only a post that travelled explains a rush: one with at least its platform's bar of
    likes (:func:`_travelled_bars`). Without counters, any post does.
    """
    return tuple(i for i, post in enumerate(account.posts)
                 if post.kind != "repost" and post.created_at is not None
                 and start - EXPLAIN_BEFORE <= post.created_at <= end
                 and (post.likes is None or post.likes >= bars.bar(post.platform)))


@dataclass(frozen=True, slots=True)
class TravelledBars:
    """The likes a post needs to have travelled: :data:`TRAVELLED_FACTOR` times the median likes of the account's
    posts *on its platform*, or of all its posts where that platform has too few with likes; 0 (any post) when
    too few posts carry likes at all."""

    by_platform: dict[str, float]
    overall: float

    def bar(self, platform: str) -> float:
        return self.by_platform.get(platform_key(platform), self.overall)


def _travelled_bars(account: Account) -> TravelledBars:
    """Each platform's bar of likes for a post that travelled (see :class:`TravelledBars`).

    Per platform, because likes are: 20,000 likes are an ordinary video on a large TikTok account and a post that
    travelled on its X account. Measured against all platforms at once, the ordinary videos of the platform that
    draws the most likes would explain any delivery of bought followers on the others. Replies draw a few likes
    each: counted in the median, twenty answers to comments would lower the bar until every ordinary post
    "travelled", so only posts count (not replies or comments).
    """
    likes: dict[str, list[int]] = {}
    for post in account.posts:
        if post.kind == "post" and post.likes is not None:
            likes.setdefault(platform_key(post.platform), []).append(post.likes)
    every = [count for counts in likes.values() for count in counts]
    overall = TRAVELLED_FACTOR * statistics.median(every) if len(every) >= MIN_POSTS_WITH_LIKES else 0.0
    return TravelledBars({platform: TRAVELLED_FACTOR * statistics.median(counts)
                          for platform, counts in likes.items() if len(counts) >= MIN_POSTS_WITH_LIKES}, overall)


def follower_bursts(account: Account) -> list[FollowerBurst]:
    """The bursts of new followers, earliest first (see the module docstring for when a rise is a burst)."""
    platform = _snapshot_platform(account)
    if platform is not None:
        return _snapshot_bursts(account, platform)
    follows = _timed_in_follows(account)
    times = [account.follows[i].created_at for i in follows]
    bursts = time_bursts([when for when in times if when is not None], window=FOLLOW_WINDOW,
                         baseline=FOLLOW_BASELINE, min_count=MIN_FOLLOW_BURST)
    bars = _travelled_bars(account)
    return [FollowerBurst(burst.start, burst.end, len(burst.members), "follows", None,
                          _explaining_posts(account, burst.start, burst.end, bars),
                          tuple(follows[k] for k in burst.members)) for burst in bursts]


def _snapshot_bursts(account: Account, platform: str) -> list[FollowerBurst]:
    positions = _snapshots(account, platform)
    if len(positions) < MIN_SNAPSHOTS:
        return []
    snapshots = [account.snapshots[i] for i in positions]
    intervals = []
    for before, after in itertools.pairwise(snapshots):
        days = max(after.at - before.at, MIN_INTERVAL) / timedelta(days=1)
        intervals.append(((after.followers or 0) - (before.followers or 0), days))
    usual = statistics.median(max(gain, 0) / days for gain, days in intervals)
    bursts, bars = [], _travelled_bars(account)
    for k, (gain, days) in enumerate(intervals):
        enough = max(MIN_SNAPSHOT_GAIN, MIN_SNAPSHOT_GAIN_SHARE * (snapshots[k].followers or 0))
        if gain >= enough and gain / days > SNAPSHOT_BURST_FACTOR * usual:
            start, end = snapshots[k].at, snapshots[k + 1].at
            bursts.append(FollowerBurst(start, end, gain, "snapshots", platform,
                                        _explaining_posts(account, start, end, bars), (positions[k], positions[k + 1])))
    return bursts


def _gained(account: Account, series: list[tuple[datetime, int]]) -> int:
    """Followers gained over the observed period (the series' rises)."""
    return sum(max(0, after - before) for (_, before), (_, after) in itertools.pairwise(series)) \
        + (series[0][1] if series and _snapshot_platform(account) is None else 0)


def _churn(account: Account) -> tuple[float, list[int]]:
    if not any(follow.ended_at is not None for follow in account.follows):
        return math.nan, []
    timed = [i for i, follow in enumerate(account.follows)
             if follow.direction == "out" and follow.created_at is not None]
    if len(timed) < MIN_OUT_FOLLOWS:
        return math.nan, []
    churned = []
    for i in timed:
        follow = account.follows[i]
        if follow.ended_at is not None and follow.created_at is not None \
                and timedelta(0) <= follow.ended_at - follow.created_at <= CHURN_WINDOW:
            churned.append(i)
    return len(churned) / len(timed), churned


def _unexplained(account: Account) -> tuple[float, list[FollowerBurst]]:
    platform = _snapshot_platform(account)
    enough = (len(_snapshots(account, platform)) >= MIN_SNAPSHOTS if platform is not None
              else len(_timed_in_follows(account)) >= MIN_FOLLOW_BURST)
    series = follower_series(account)
    if not enough or not series:
        return math.nan, []
    first, last = series[0][0], series[-1][0]
    if not any(post.kind != "repost" and post.created_at is not None
               and first - EXPLAIN_BEFORE <= post.created_at <= last for post in account.posts):
        return math.nan, []
    gained = _gained(account, series)
    if gained <= 0:
        return 0.0, []
    unexplained = [burst for burst in follower_bursts(account) if not burst.explained]
    return min(1.0, sum(burst.gained for burst in unexplained) / gained), unexplained


@signal(NAME, [
    Feature("unexplained_growth_share", "Share of the followers gained that arrived in bursts no post of the account "
            "explains", "Part des abonnés gagnés arrivés par vagues qu'aucune publication du compte n'explique",
            towards="fake", family="audience"),
    Feature("follow_churn_share", "Share of the accounts it followed that the account unfollowed within a week "
            "(follow-for-follow)", "Part des comptes suivis que le compte a cessé de suivre dans la semaine "
            "(abonnement contre abonnement)",
            towards="fake", family="audience"),
])
def growth(account: AnalysedAccount) -> SignalResult:
    """Share of followers gained in unexplained bursts, and share of follows undone within a week.

    Each feature is ``NaN`` without its data; not measurable when both are.
    """
    document = account.account
    unexplained, bursts = _unexplained(document)
    churn, churned = _churn(document)
    if math.isnan(unexplained) and math.isnan(churn):
        # Says what the history lacks for each, with the minimums: a record of a few unfollows is not enough.
        return not_measurable(NAME, f"too few follower counts over time (at least {MIN_SNAPSHOTS} snapshots or "
                                    f"{MIN_FOLLOW_BURST} dated new followers, beside dated posts) and too few accounts "
                                    f"followed with a time to judge unfollows (at least {MIN_OUT_FOLLOWS}, where the "
                                    f"source records unfollows)")
    snapshot_records = [record for burst in bursts if burst.source == "snapshots" for record in burst.records]
    follow_records = [record for burst in bursts if burst.source == "follows" for record in burst.records]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"unexplained_growth_share": unexplained, "follow_churn_share": churn},
        evidence={
            "unexplained_growth_share": (cited(snapshot_evidence, account, snapshot_records)
                                         + cited(follow_evidence, account, follow_records))[:EVIDENCE_PER_FEATURE],
            "follow_churn_share": cited(follow_evidence, account, churned),
        },
    )
