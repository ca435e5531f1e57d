"""Automation cadence: posting by the clock, and the same text on several platforms at once.

A fake expert runs their presence through a scheduling tool: posts go out at regular intervals,
at the round times a scheduler's time picker offers (9:00, 12:15, 17:30), and one text is fired
to Twitter, LinkedIn and Facebook in the same minute ("postent-ils le même contenu sur Facebook,
Twitter et leur blog ?"). A person posts when they have something to say: irregular gaps, any
minute of the hour, and a text adapted to each platform.

Three features, all computed from the timestamps sorted by time, so the order of the posts in the
document does not matter:

- ``interval_dispersion``: the quartile coefficient of dispersion ``(Q3 - Q1) / (Q3 + Q1)`` of the
  gaps between moments of posting. It is scale-free and between 0 and 1: 0 is clockwork (every
  gap alike), roughly 0.6 is a Poisson-like person. Quartiles rather than the coefficient of
  variation, because one holiday gap would dominate a standard deviation. Posts within
  :data:`SAME_MOMENT_SECONDS` of each other are one moment (a thread, a cross-post), else the
  near-zero gaps of a cross-post would pass for irregularity. A person with a strict daily habit
  also scores low; the two other features tell the tool from the habit.
- ``round_minute_share``: the share of posts published on a minute that is a multiple of
  :data:`ROUND_MINUTES`. By hand, about one post in five is; through a time picker, nearly all.
- ``burst_share``: the share of posts whose text is also posted on another platform within
  :data:`BURST_SECONDS`. "The same text" is the ``cross_posting`` signal's twin (the same core under
  a per-platform opener or closer, spun words, rotated hashtags) for texts long enough to compare,
  and the same fingerprint for shorter ones. Replies and comments are never part of a burst: the
  same answer to two people is not one text pushed to two platforms. Platform names are compared
  case-insensitively.
"""

from __future__ import annotations

import statistics
from collections import Counter
from itertools import pairwise

from credscore.nlp.analysis import AnalysedAccount
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)
from credscore.signals.cross_posting import PUSHED_KINDS, platform_key, pushed_twin_clusters

NAME = "automation_cadence"
# Fewer timestamped posts say nothing about a rhythm (and the PAN tweets have no timestamps at all).
MIN_TIMESTAMPED_POSTS = 5
# Quartiles of fewer gaps between moments of posting are noise.
MIN_GAPS = 4
# Posts this close together are one act of posting: a thread, or one text sent to several platforms by hand.
SAME_MOMENT_SECONDS = 5 * 60
# The same text on another platform this soon is a cross-posting tool (or copy and paste), not a rewrite.
BURST_SECONDS = 5 * 60
# Scheduling tools' time pickers step by 5 or 15 minutes; a post sent by hand lands on a multiple of 5 one time in 5.
ROUND_MINUTES = 5
# Shorter texts ("Merci !", "Bonne journée") repeat across platforms by chance, not by a tool. Texts too short for
# the cross-posting signal to compare form a burst when their words are identical.
MIN_WORDS_OF_A_BURST = 3


@signal(NAME, [
    Feature("interval_dispersion", "Dispersion of the gaps between posting times (0 = clockwork regularity)",
            "Dispersion des intervalles entre les publications (0 = régularité d'horloge)",
            towards="genuine", family="broadcasting"),
    Feature("round_minute_share", f"Share of posts published on a round minute (a multiple of {ROUND_MINUTES})",
            f"Part des publications faites à une minute ronde (multiple de {ROUND_MINUTES})",
            towards="fake", family="broadcasting"),
    Feature("burst_share", "Share of posts whose text also went out on another platform within minutes",
            "Part des publications dont le texte part aussi sur une autre plateforme à quelques minutes près",
            towards="fake", family="broadcasting"),
])
def automation_cadence(account: AnalysedAccount) -> SignalResult:
    """Regularity of posting intervals, share of posts on round minutes, and share of cross-platform bursts.

    Only the account's own timestamped posts (no reposts) count. Not measurable with fewer than
    :data:`MIN_TIMESTAMPED_POSTS` of them, with fewer than :data:`MIN_GAPS` gaps between distinct
    moments of posting, or when the timestamps carry a date but no time of day.
    """
    posts = account.account.posts
    times = {i: post.created_at for i, post in enumerate(posts)
             if post.created_at is not None and post.kind != "repost"}
    timed = sorted((created.timestamp(), i) for i, created in times.items())
    if len(timed) < MIN_TIMESTAMPED_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_TIMESTAMPED_POSTS} posts with a time")
    if all(_midnight(account, i) for _, i in timed):
        return not_measurable(NAME, "the post times have a date but no time of day")
    moments: list[tuple[float, int]] = []
    for moment in timed:
        if not moments or moment[0] - moments[-1][0] > SAME_MOMENT_SECONDS:
            moments.append(moment)
    if len(moments) - 1 < MIN_GAPS:
        return not_measurable(NAME, f"fewer than {MIN_GAPS + 1} distinct moments of posting")

    gaps = [(later[0] - earlier[0], later[1]) for earlier, later in pairwise(moments)]
    q1, _, q3 = statistics.quantiles([gap for gap, _ in gaps], n=4, method="inclusive")
    typical = [i for gap, i in gaps if q1 <= gap <= q3]
    round_minute = [i for _, i in timed if times[i].minute % ROUND_MINUTES == 0]
    bursts = _bursts(account, timed)
    in_bursts = [i for _, i in timed if i in bursts]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "interval_dispersion": (q3 - q1) / (q3 + q1),
            "round_minute_share": share(len(round_minute), len(timed)),
            "burst_share": share(len(bursts), len(timed)),
        },
        evidence={
            "interval_dispersion": cited(post_evidence, account, typical),
            "round_minute_share": cited(post_evidence, account, round_minute),
            "burst_share": cited(post_evidence, account, in_bursts),
        },
    )


def _midnight(account: AnalysedAccount, index: int) -> bool:
    created = account.account.posts[index].created_at
    return created is not None and (created.hour, created.minute, created.second, created.microsecond) == (0, 0, 0, 0)


def _bursts(account: AnalysedAccount, timed: list[tuple[float, int]]) -> set[int]:
    """Posts whose text (a twin, or the same fingerprint) is posted on another platform within :data:`BURST_SECONDS`.

    Posts are grouped by twin cluster or fingerprint (a dict), and each group, already in time order,
    is swept once with a window of ``BURST_SECONDS`` either side that counts the platforms inside it.
    """
    clusters = pushed_twin_clusters(account)
    posts = account.account.posts
    # Keyed by the cluster, or by the words themselves (words hold no space: the same words, the same fingerprint).
    by_text: dict[tuple[int, tuple[str, ...]], list[tuple[float, int]]] = {}
    for time, i in timed:
        words = account.posts[i].words
        if posts[i].kind not in PUSHED_KINDS or len(words) < MIN_WORDS_OF_A_BURST:
            continue
        cluster = clusters.get(i)
        by_text.setdefault((cluster, ()) if cluster is not None else (-1, words), []).append((time, i))
    found: set[int] = set()
    for timed_group in by_text.values():
        if len(timed_group) < 2:  # most texts: posted once, no burst (their platforms are not even looked up)
            continue
        group = [(time, platform_key(posts[i].platform), i) for time, i in timed_group]
        in_window: Counter[str] = Counter()
        low = high = 0
        for time, platform, i in group:
            while high < len(group) and group[high][0] <= time + BURST_SECONDS:
                in_window[group[high][1]] += 1
                high += 1
            while group[low][0] < time - BURST_SECONDS:
                in_window[group[low][1]] -= 1
                low += 1
            if high - low > in_window[platform]:
                found.add(i)
    return found
