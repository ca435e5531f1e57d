"""Engagement against audience: do the account's followers look at what it posts?

An agency's first question about an influencer. Followers can be bought by the thousand; the people
behind them do not exist, so they never like, comment or share. An account with bought followers gets
the engagement of its real audience divided by a much larger follower count: its engagement rate per
post falls far below what accounts of its size get. Bought *likes* leave another trace: the same
package delivered under every post makes the likes even from post to post, where a real audience
likes some posts far more than others; and likes from bots or engagement pods come without the
comments a real audience writes.

Three features, each measured only on the data it needs (a feature that cannot be measured on an
account is ``NaN``: missing counters never count for or against anyone; the whole signal is *not
measurable* when none of the three can be):

- ``engagement_shortfall``: on each platform with published benchmarks, the median engagement rate
  of the account's posts ((likes + comments + reposts) / followers, or / views on a view-driven
  platform such as YouTube), compared with the low bound of the expected range for its follower
  tier, on a log scale: ``log10(low / median)``, 0 inside the range or above it, 1 at a tenth of the
  low bound. Half an interaction is added to each post's count (none is "fewer than one", not
  infinitely far below), and a platform where the low bound stands for fewer than
  :data:`MIN_INTERACTIONS_AT_LOW` interactions a post is not judged: there, a post with no like is
  below nothing. Platforms are weighted by their number of measured posts. The ranges are data,
  ``data/engagement_benchmarks.toml``, derived from HypeAuditor's "State of Influencer Marketing"
  reports (2023, 2026 editions), Later and Fohr's "Influencer Marketing Report" (2021) and Rival IQ's
  "Social Media Industry Benchmark Report" (2024): see the file for how the bounds were set. The
  follower count is the latest snapshot's on the platform, else the profile's.
- ``likes_uniformity``: how far the likes per post on a platform are more even than any real
  audience's: ``1 - min(1, CV / ORGANIC_MIN_CV)`` (CV: standard deviation over mean). A real
  audience's likes vary from post to post by a good part of their mean, more so the bigger the
  account (reach depends on the hour, the topic, the platform's ranking): a local bakery's 20 to 95
  likes (CV about 0.35) is an ordinary spread, a creator's heavy tail (CV around 1) too. A bought
  package ("100 likes a post") or a pod that likes every post gives an even count (CV near 0). Below
  :data:`ORGANIC_MIN_CV` the spread is thinner than organic audiences give; above it the feature is 0,
  never evidence of anything. Only measured when the mean is at least :data:`MIN_MEAN_LIKES`, so that
  chance alone cannot make small counts look even.
- ``comments_per_like``: total comments over total likes, up to :data:`ORGANIC_COMMENTS_PER_LIKE`. A real
  audience writes a comment or a few per hundred likes; bought likes come silent. Beyond one comment per ten
  likes, more comments are no more evidence of a real audience: engagement pods comment on each other's
  posts, and engagement bait ("Et vous, qu'en pensez-vous ? 👇") draws comments by asking for them.

Only the account's own posts count (reposts carry someone else's counters), and only posts whose
counters the source gives. The order of posts changes nothing.
"""

from __future__ import annotations

import itertools
import logging
import math
import statistics
import tomllib
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from credscore.account import Account, Post
from credscore.errors import CredscoreError
from credscore.nlp.analysis import AnalysedAccount
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, cited, not_measurable, post_evidence, signal
from credscore.signals.cross_posting import platform_key

__all__ = ["BENCHMARKS_FILE", "BenchmarkError", "Benchmarks", "comment_count", "engagement",
           "expected_engagement_range", "follower_count", "load_benchmarks", "platform_benchmarks",
           "post_engagement_rates", "rates_over_time"]

logger = logging.getLogger(__name__)

NAME = "engagement"
BENCHMARKS_FILE = "engagement_benchmarks.toml"
# A median of fewer rates than this moves with one post: five posts of a month tell a habit.
MIN_POSTS_FOR_RATE = 5
# A coefficient of variation needs more points than a median: with eight posts, one odd post no longer
# decides whether likes look even.
MIN_POSTS_FOR_UNIFORMITY = 8
# Likes that arrive by chance (a Poisson count) have CV = 1/sqrt(mean): 0.14 at a mean of 50, so a CV far
# below what real audiences give (around 1) cannot come from small numbers alone.
MIN_MEAN_LIKES = 50
# Organic like counts vary from post to post by at least about a quarter of their mean (a small, loyal
# audience's 20-95 likes is a CV of 0.35; creators' heavy tails are near 1): only a thinner spread is even.
ORGANIC_MIN_CV = 0.25
# Below this many likes in all, one comment more or less moves the comments-per-like ratio by a point or more.
MIN_LIKES_FOR_RATIO = 100
# A comment per ten likes is already a chatty audience: a ratio above it counts as this much. More comments are no
# more proof of a real audience: engagement pods write many, and so does a post that asks "Et vous ? 👇".
ORGANIC_COMMENTS_PER_LIKE = 0.1
# The low bound must stand for a few interactions a post to be measured against: on an account of 2,000
# followers where the tier's low bound is 0.01 %, it is a fifth of a like, and a post with none says nothing.
MIN_INTERACTIONS_AT_LOW = 5
# Half an interaction added to every count: a post with none is "fewer than one", not infinitely far below.
CONTINUITY = 0.5
# Post kinds whose counters are the account's own (a repost's counters are the original's).
OWN_KINDS = frozenset({"post", "reply", "comment"})


class BenchmarkError(CredscoreError):
    """The engagement benchmarks file is missing or malformed."""


class Tier(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    min_followers: int = Field(ge=0)
    low: float = Field(gt=0, lt=1)
    high: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Tier:
        if self.low >= self.high:
            raise ValueError(f"low ({self.low}) must be below high ({self.high})")
        return self


class PlatformBenchmark(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    basis: Literal["followers", "views"]
    tiers: tuple[Tier, ...] = Field(min_length=1)

    @field_validator("tiers")
    @classmethod
    def _from_zero_upwards(cls, tiers: tuple[Tier, ...]) -> tuple[Tier, ...]:
        starts = [tier.min_followers for tier in tiers]
        if starts[0] != 0:
            raise ValueError("the first tier must start at 0 followers")
        if any(later <= earlier for earlier, later in itertools.pairwise(starts)):
            raise ValueError("tiers must be in increasing order of min_followers")
        return tiers

    def tier(self, followers: int) -> Tier:
        return [tier for tier in self.tiers if tier.min_followers <= followers][-1]


class Benchmarks(BaseModel):
    """``data/engagement_benchmarks.toml``, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str
    sources: tuple[str, ...] = Field(min_length=1)
    aliases: dict[str, str] = Field(default_factory=dict)
    platforms: dict[str, PlatformBenchmark] = Field(min_length=1)

    @model_validator(mode="after")
    def _aliases_name_platforms(self) -> Benchmarks:
        unknown = sorted(target for target in self.aliases.values() if target not in self.platforms)
        if unknown:
            raise ValueError(f"aliases name platforms without benchmarks: {', '.join(unknown)}")
        return self

    def platform(self, name: str) -> PlatformBenchmark | None:
        key = platform_key(name)
        return self.platforms.get(self.aliases.get(key, key))


def load_benchmarks(path: Path) -> Benchmarks:
    """Read and validate a benchmarks file; a bad file is one clear :class:`BenchmarkError` line."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return Benchmarks.model_validate(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BenchmarkError(f"{path}: cannot be read ({exc})") from None
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BenchmarkError(f"{path}: {where}: {first['msg']}") from None


@cache
def benchmarks() -> Benchmarks:
    """The bundled benchmarks, read once."""
    return load_benchmarks(data_dir() / BENCHMARKS_FILE)


def expected_engagement_range(platform: str, followers: int) -> tuple[float, float] | None:
    """The expected engagement rate per post (low, high) for an account of ``followers`` on ``platform``.

    ``None`` on a platform without published benchmarks. The rate's basis (followers or views) is the
    platform's: see :func:`post_engagement_rates`.
    """
    benchmark = benchmarks().platform(platform)
    if benchmark is None:
        return None
    tier = benchmark.tier(max(0, followers))
    return tier.low, tier.high


def follower_count(account: Account, platform: str) -> int | None:
    """The account's followers on ``platform``: the latest snapshot that gives them, else the profile's."""
    key = platform_key(platform)
    snapshots = [(snapshot.at, snapshot.followers) for snapshot in account.snapshots
                 if platform_key(snapshot.platform) == key and snapshot.followers is not None]
    if snapshots:
        return max(snapshots, key=lambda item: item[0])[1]
    counts = [profile.followers for profile in account.profiles
              if platform_key(profile.platform) == key and profile.followers is not None]
    # Two profiles on one platform (a person and their brand): the larger audience is the one the posts reach.
    return max(counts) if counts else None


def comment_count(post: Post) -> int | None:
    """The post's comments: the platform's counter (``replies``), else the comments the source lists."""
    if post.replies is not None:
        return post.replies
    return len(post.comments) if post.comments is not None else None


def _engagements(post: Post) -> int:
    return (post.likes or 0) + (comment_count(post) or 0) + (post.reposts or 0)


def post_engagement_rates(account: Account) -> list[tuple[int, float]]:
    """(post index, engagement rate) for every post of the account's own with counters, in the posts' order.

    The rate is (likes + comments + reposts) over the platform's follower count (:func:`follower_count`),
    or over the post's views on a view-driven platform (``basis = "views"`` in the benchmarks). A post
    without likes, on a platform whose follower count (or with no views) is unknown or zero, has no rate.
    """
    return [(index, engagements / base) for index, engagements, base in _counted(account)]


# Each live account's counted posts, by identity: the engagement signal and the batch row's agency figures (through
# post_engagement_rates) count an account's posts once. An entry goes with its account (a weak reference).
_counted_memo: dict[int, tuple[weakref.ref[Account], list[tuple[int, int, int]]]] = {}


def _counted(account: Account) -> list[tuple[int, int, int]]:
    """(post index, engagements, base) of the posts with a rate (see :func:`post_engagement_rates`); not to be
    changed by the caller (it is remembered for the account)."""
    key = id(account)
    known = _counted_memo.get(key)
    if known is not None and known[0]() is account:
        return known[1]
    counted = _count(account)

    def forget(_: weakref.ref[Account]) -> None:
        _counted_memo.pop(key, None)

    _counted_memo[key] = (weakref.ref(account, forget), counted)
    return counted


def _count(account: Account) -> list[tuple[int, int, int]]:
    counted = []
    followers_of: dict[str, int | None] = {}
    # Each platform name looked up once: an account's posts name a few platforms, thousands of times.
    platform_of: dict[str, tuple[str, PlatformBenchmark | None]] = {}
    for index, post in enumerate(account.posts):
        if post.kind not in OWN_KINDS or post.likes is None:
            continue
        known = platform_of.get(post.platform)
        if known is None:
            key = platform_key(post.platform)
            known = platform_of[post.platform] = (key, benchmarks().platform(key))
        key, benchmark = known
        if benchmark is not None and benchmark.basis == "views":
            base = post.views
        else:
            if key not in followers_of:
                followers_of[key] = follower_count(account, key)
            base = followers_of[key]
        if base:
            counted.append((index, _engagements(post), base))
    return counted


@dataclass(frozen=True, slots=True)
class _Shortfall:
    value: float
    posts: tuple[int, ...]
    """The posts below the low bound, lowest rate first."""


def _shortfall(account: Account) -> _Shortfall | None:
    by_platform: dict[str, list[tuple[int, int, int]]] = {}
    for index, engagements, base in _counted(account):
        by_platform.setdefault(platform_key(account.posts[index].platform), []).append((index, engagements, base))
    weighted, weight, below = 0.0, 0, []
    for platform, measured in sorted(by_platform.items()):
        followers = follower_count(account, platform)
        expected = expected_engagement_range(platform, followers or 0) if followers is not None else None
        if expected is None or len(measured) < MIN_POSTS_FOR_RATE:
            continue
        low = expected[0]
        if low * statistics.median(base for _, _, base in measured) < MIN_INTERACTIONS_AT_LOW:
            continue  # the low bound is a fraction of an interaction: a post with none is not below it
        # Half an interaction for a count of none: a count cannot tell 0 from "less than one".
        median = statistics.median((engagements + CONTINUITY) / base for _, engagements, base in measured)
        weighted += len(measured) * max(0.0, math.log10(low / median))
        weight += len(measured)
        below += [(engagements / base, index) for index, engagements, base in measured if engagements / base < low]
    if not weight:
        return None
    return _Shortfall(weighted / weight, tuple(index for _, index in sorted(below)))


def _uniformity(account: Account) -> tuple[float, tuple[int, ...]] | None:
    """The post-weighted ``1 - min(1, CV / ORGANIC_MIN_CV)`` of likes over the platforms where it can be measured."""
    by_platform: dict[str, list[tuple[int, int]]] = {}
    for index, post in enumerate(account.posts):
        if post.kind in OWN_KINDS and post.likes is not None:
            by_platform.setdefault(platform_key(post.platform), []).append((index, post.likes))
    weighted, weight, cited_posts = 0.0, 0, []
    for _, likes in sorted(by_platform.items()):
        counts = [count for _, count in likes]
        mean = statistics.fmean(counts)
        if len(counts) < MIN_POSTS_FOR_UNIFORMITY or mean < MIN_MEAN_LIKES:
            continue
        variation = statistics.pstdev(counts) / mean
        weighted += len(counts) * (1.0 - min(1.0, variation / ORGANIC_MIN_CV))
        weight += len(counts)
        # The posts closest to the mean show the evenness best.
        cited_posts += [index for _, index in sorted((abs(count - mean), index) for index, count in likes)]
    if not weight:
        return None
    return weighted / weight, tuple(cited_posts)


def _comments_per_like(account: Account) -> tuple[float, tuple[int, ...]] | None:
    counted = [(index, post.likes, comments) for index, post in enumerate(account.posts)
               if post.kind in OWN_KINDS and post.likes is not None and (comments := comment_count(post)) is not None]
    likes = sum(count for _, count, _ in counted)
    if len(counted) < MIN_POSTS_FOR_RATE or likes < MIN_LIKES_FOR_RATIO:
        return None
    comments = sum(count for _, _, count in counted)
    # The silent posts: the most likes for the fewest comments first.
    silent = tuple(index for _, _, index in sorted(((comments_of + 1) / (likes_of + 1), -likes_of, index)
                                                   for index, likes_of, comments_of in counted))
    return min(ORGANIC_COMMENTS_PER_LIKE, comments / likes), silent


@signal(NAME, [
    Feature("engagement_shortfall", "How far the account's engagement per post falls below the range published for "
            "accounts of its size on its platform (0 inside the range, 1 at a tenth of its low end)",
            "À quel point l'engagement par publication du compte tombe sous la fourchette publiée pour les comptes "
            "de sa taille sur sa plateforme (0 dans la fourchette, 1 au dixième de son bas)",
            towards="fake", family="engagement"),
    Feature("likes_uniformity", "How much more even the likes are from post to post than a real audience's (1 when "
            "every post gets the same number, 0 when they vary at least as much as organic likes do)",
            "À quel point les mentions « J'aime » sont plus égales d'une publication à l'autre que celles d'un vrai "
            "public (1 quand chaque publication en reçoit autant, 0 quand elles varient au moins autant que des "
            "mentions spontanées)",
            towards="fake", family="engagement"),
    Feature("comments_per_like", "Comments the account's posts receive per like (up to one per ten likes: more is "
            "no more evidence)",
            "Commentaires reçus par les publications du compte, par mention « J'aime » (jusqu'à un pour dix : "
            "au-delà, ce n'est pas une preuve de plus)",
            towards="genuine", family="engagement"),
])
def engagement(account: AnalysedAccount) -> SignalResult:
    """Engagement per post against the range for the follower tier, evenness of likes, comments per like.

    Each feature is ``NaN`` when its data are absent (no follower count, no benchmark for the platform,
    too few posts with counters); not measurable when all three are.
    """
    document = account.account
    shortfall = _shortfall(document)
    uniformity = _uniformity(document)
    ratio = _comments_per_like(document)
    if shortfall is None and uniformity is None and ratio is None:
        with_likes = sum(1 for post in document.posts if post.kind in OWN_KINDS and post.likes is not None)
        if not with_likes:
            return not_measurable(NAME, "no post with its counters (likes, comments)")
        if with_likes < MIN_POSTS_FOR_RATE:
            return not_measurable(NAME, f"fewer than {MIN_POSTS_FOR_RATE} posts with their counters")
        return not_measurable(NAME, "no follower count, engagement benchmark or audience large enough to compare "
                                    "with, and too few likes to judge their spread")
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "engagement_shortfall": shortfall.value if shortfall else math.nan,
            "likes_uniformity": uniformity[0] if uniformity else math.nan,
            "comments_per_like": ratio[0] if ratio else math.nan,
        },
        evidence={
            "engagement_shortfall": cited(post_evidence, account, shortfall.posts) if shortfall else (),
            "likes_uniformity": cited(post_evidence, account, uniformity[1]) if uniformity else (),
            "comments_per_like": cited(post_evidence, account, ratio[1]) if ratio else (),
        },
    )


def rates_over_time(account: Account) -> list[tuple[datetime, str, float]]:
    """(time, platform, rate) of every dated post with a rate, oldest first: the report's engagement plot."""
    dated = [(account.posts[index].created_at, account.posts[index].platform, rate)
             for index, rate in post_engagement_rates(account) if account.posts[index].created_at is not None]
    return sorted((when, platform, rate) for when, platform, rate in dated if when is not None)


def platform_benchmarks() -> Mapping[str, PlatformBenchmark]:
    """Every platform with benchmarks (for the report's legend)."""
    return dict(benchmarks().platforms)
