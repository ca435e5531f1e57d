"""Influencers' numbers (format 1.1): engagement per post, comments, follower growth, audience samples.

What an agency's audit reads besides the posts: the counters under each post (``likes``, ``replies`` as the
comment count, ``reposts`` as shares, ``views`` on video), a sample of the comments with their authors, the
profile's counters over weeks (``snapshots``), timestamped follows both ways (``ended_at`` for an unfollow) and a
sample of the followers' public profiles (``audience``). The influencer behaviours
(:mod:`credscore.synth.influencers`) draw them with the helpers here.

Engagement rates follow the published benchmarks by follower tier (:data:`ER_RANGES`): a genuine account's base
rate is drawn inside its tier's range (a few just below: real accounts have weak seasons), bought followers pull it
below, pods lift it while making it even. Counts are heavy-tailed for genuine accounts (most posts do modestly,
a few do much better), as real engagement is.

Everything here draws from the draft's own :class:`random.Random`; exports keep only samples (a few comments per
post, a bounded list of follows, a sample of the audience), scaled so that proportions survive the sampling.
"""

from __future__ import annotations

import bisect
import math
import random
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from credscore.synth.draft import Draft
from credscore.synth.fillers import FIRST_NAMES, LAST_NAMES, counterpart_handle
from credscore.synth.phrasings.comments import ASIDES, AUDIENCE_BIOS, GENERIC, OPENERS, POD, SPAM
from credscore.synth.timing import DAY

__all__ = ["ER_RANGES", "Growth", "add_comments", "audience_sample", "draw_rate", "engagement_rate_range",
           "media_for", "set_counters"]

# Expected engagement per post by platform and follower tier, (likes + comments + reposts) / followers: (tier
# floor, low, high). The same figures as data/engagement_benchmarks.toml, which the engagement signal reads
# (HypeAuditor's "State of Influencer Marketing" 2023 and 2026 editions, Later and Fohr 2021, Rival IQ 2024;
# ``low`` is about a third of the lowest tier average those reports give, ``high`` generous): the corpus draws
# genuine accounts inside, bought audiences below, with overlap at the edges. A test checks that the two agree.
ER_RANGES: Mapping[str, tuple[tuple[int, float, float], ...]] = MappingProxyType({
    "instagram": ((0, 0.006, 0.15), (1_000, 0.005, 0.10), (10_000, 0.002, 0.06), (50_000, 0.0015, 0.05),
                  (500_000, 0.0012, 0.04), (1_000_000, 0.001, 0.03)),
    "threads": ((0, 0.006, 0.15), (1_000, 0.005, 0.10), (10_000, 0.002, 0.06), (50_000, 0.0015, 0.05),
                (500_000, 0.0012, 0.04), (1_000_000, 0.001, 0.03)),
    "tiktok": ((0, 0.02, 0.40), (1_000, 0.02, 0.30), (10_000, 0.015, 0.20), (50_000, 0.01, 0.15),
               (500_000, 0.008, 0.12), (1_000_000, 0.005, 0.10)),
    "facebook": ((0, 0.0002, 0.05),),
    # YouTube's benchmark reads a video's likes against its views (a subscriber sees few uploads); the generator
    # draws a video's engagement per subscriber (this row, its own assumption: 10-40 % of subscribers view a
    # video, 2-5 % of viewers like it) and its views from its likes (LIKES_PER_VIEW).
    "youtube": ((0, 0.004, 0.03),),
})
# Where a genuine account's median rate falls: between the low bound and this many times it (the tier averages
# the sources publish sit near three times the low bound; real accounts spread a few times either side).
GENUINE_SPAN = 9.0
# A genuine account's median rate falls just below its tier's range this often (a weak season, an ageing audience).
GENUINE_LOW_EDGE = 0.06
# Likes per view on video, by platform: what a watched video gets.
LIKES_PER_VIEW = MappingProxyType({"tiktok": (0.04, 0.12), "youtube": (0.02, 0.05), "instagram": (0.03, 0.08),
                                   "facebook": (0.01, 0.04), "threads": (0.03, 0.08)})
# Followers seen per follow event kept: exports and fetches keep at most this many follow events in each
# direction; more are sampled at one rate so that bursts keep their shape.
FOLLOW_EVENTS_MAX = 32
# Snapshots kept: the last half-year of weekly readings.
SNAPSHOTS_KEPT = 26
# Comments kept per post in the document (a fetch or an export gives the first page, not all).
COMMENTS_KEPT = (1, 3)

_MEDIA = MappingProxyType({
    "instagram": ("https://scontent.cdninstagram.com/v/t51.2885-15/{code}_n.jpg",
                  "https://scontent.cdninstagram.com/o1/v/t16/f2/m86/{code}.mp4"),
    "tiktok": (None, "https://www.tiktok.com/@{owner}/video/{num}"),
    "youtube": (None, "https://www.youtube.com/watch?v={code11}"),
    "threads": ("https://scontent.cdninstagram.com/v/t51.29350-15/{code}_n.jpg", None),
    "facebook": ("https://scontent.xx.fbcdn.net/v/t39.30808-6/{code}_n.jpg",
                 "https://video.xx.fbcdn.net/v/t42.1790-2/{code}_n.mp4"),
})
_CODE = string.ascii_letters + string.digits


def engagement_rate_range(platform: str, followers: int) -> tuple[float, float]:
    """The typical (low, high) engagement per post for an account of ``followers`` on ``platform``."""
    tiers = ER_RANGES.get(platform, ER_RANGES["instagram"])
    floors = [tier[0] for tier in tiers]
    _floor, low, high = tiers[max(0, bisect.bisect_right(floors, followers) - 1)]
    return low, high


def draw_rate(rng: random.Random, platform: str, followers: int, *, where: tuple[float, float] = (0.08, 1.0),
              low_edge: float = GENUINE_LOW_EDGE) -> float:
    """A genuine median engagement rate for the tier: log-uniform over the ``where`` fractions of the span from
    the low bound to :data:`GENUINE_SPAN` times it (never above the high bound); with probability ``low_edge``,
    just below the range instead (0.6 to 1 times its low bound)."""
    low, high = engagement_rate_range(platform, followers)
    if rng.random() < low_edge:
        return low * rng.uniform(0.6, 1.0)
    span = math.log(min(high, low * GENUINE_SPAN) / low)
    return low * math.exp(span * rng.uniform(*where))


def heavy_tail(rng: random.Random, sigma: float) -> float:
    """A multiplier of mean 1: log-normal, most posts near the median, a few far above."""
    return rng.lognormvariate(-sigma * sigma / 2, sigma)


def media_for(d: Draft, platform: str, owner: str, *, video_share: float) -> list[dict[str, str]]:
    """What a post carries: a video or a photo, hosted where the platform keeps it."""
    image, video = _MEDIA.get(platform, _MEDIA["instagram"])
    rng = d.rng
    kind = "video" if video and (image is None or rng.random() < video_share) else "image"
    template = video if kind == "video" else image
    assert template is not None  # every platform above has one of the two
    code = "".join(rng.choices(_CODE, k=11))
    url = template.format(code=code, code11=code, owner=owner, num=rng.randrange(10**18, 10**19))
    return [{"kind": kind, "url": url}]


def set_counters(post: dict[str, Any], *, likes: float, comments: float, shares: float,
                 views: float | None) -> None:
    """Write a post's counters (``replies`` is the number of comments the platform shows)."""
    post["_counted"] = True
    post["likes"] = max(0, round(likes))
    post["replies"] = max(0, round(comments))
    post["reposts"] = max(0, round(shares))
    if views is not None:
        post["views"] = max(post["likes"], round(views))


# --- people -----------------------------------------------------------------------------------------------------

def bot_handle(rng: random.Random, lang: str) -> str:
    """What a bought account is called: a name and a run of digits, or letters and digits."""
    first = rng.choice(FIRST_NAMES[lang]).lower()
    last = rng.choice(LAST_NAMES[lang]).lower()
    plain = "".join(c for c in f"{first}{rng.choice(('_', '.', ''))}{last}" if c.isascii() and (c.isalnum() or c in
                                                                                                 "._"))
    style = rng.randrange(3)
    if style == 0:
        return f"{plain}{rng.randrange(1000, 999999)}"
    if style == 1:
        return f"{plain[:6]}_{''.join(rng.choices(string.ascii_lowercase + string.digits, k=rng.randint(4, 7)))}"
    return f"user{rng.randrange(10**6, 10**10)}"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who comments or follows: handle and public counters."""

    handle: str
    followers: int
    following: int


def _count(rng: random.Random, median: float, sigma: float, lo: int, hi: int) -> int:
    return max(lo, min(hi, round(rng.lognormvariate(math.log(median), sigma))))


def real_person(rng: random.Random, lang: str) -> Person:
    return Person(counterpart_handle(rng, lang)[0], _count(rng, 240, 1.3, 0, 400_000), _count(rng, 330, 0.9, 3, 7500))


def mass_follower(rng: random.Random, lang: str) -> Person:
    """An account that follows thousands and is followed by few: a follow-back player or a bought one."""
    return Person(bot_handle(rng, lang), _count(rng, 60, 1.1, 0, 3000), rng.randint(1500, 7500))


def creator_person(rng: random.Random, lang: str) -> Person:
    """Another creator (a pod member): a real-looking account of a few thousand followers."""
    return Person(counterpart_handle(rng, lang)[0] + rng.choice(("", "_", ".")) + rng.choice(
        ("", "official", "creates", "daily", "life", "_co")), _count(rng, 6000, 0.9, 800, 120_000),
        _count(rng, 1200, 0.6, 200, 7500))


# --- comments ---------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class CommentMix:
    """Who comments and how: shares of the kinds of comment (specific, generic, spam, pod, bought), the pod's
    members (the same few under every post), a bought account's small list of comments pasted again and again."""

    specific: float = 0.7
    generic: float = 0.25
    spam: float = 0.05
    pod: float = 0.0
    bought: float = 0.0
    pod_members: list[Person] = field(default_factory=list)
    pod_rate: float = 0.0  # each pod member comments on this share of the posts, always among the first
    bought_texts: list[str] = field(default_factory=list)
    regulars: list[Person] = field(default_factory=list)  # fans who come back under many posts
    regular_rate: float = 0.1
    author_counts: bool = True  # the source gives the commenters' counters


def add_comments(d: Draft, post: dict[str, Any], t: float, shown: int, mix: CommentMix, voice: int,
                 **fixed: str) -> list[Person]:
    """Attach a sample of ``shown`` comments (at most :data:`COMMENTS_KEPT`) to ``post``; returns their authors."""
    rng = d.rng
    lang = d.lang
    keep = min(shown, rng.randint(*COMMENTS_KEPT))
    kinds = ("specific", "generic", "spam", "bought")
    weights = (mix.specific, mix.generic, mix.spam, mix.bought)
    comments, authors = [], []
    if mix.pod and mix.pod_members:
        # The pod's rule: every member comments within the first hour, so they fill the first page a source gives.
        for author in mix.pod_members:
            if rng.random() < mix.pod_rate:
                comments.append(_comment(author, rng.choice(POD[lang][voice % len(POD[lang])]),
                                         t + rng.uniform(60, 3600), rng.randint(0, 3), mix.author_counts))
                authors.append(author)
    for kind in rng.choices(kinds, weights, k=keep):
        if kind == "bought" and mix.bought_texts:
            author = mass_follower(rng, lang)
            text = rng.choice(mix.bought_texts)
            delay = rng.uniform(300, 3 * 3600)  # delivered in a batch after posting
            likes = rng.randint(0, 1)
        else:
            if kind == "spam":
                author = mass_follower(rng, lang)
                text = rng.choice(SPAM[lang])
            else:
                author = (rng.choice(mix.regulars) if mix.regulars and rng.random() < mix.regular_rate
                          else real_person(rng, lang))
                if kind == "specific":
                    text = _specific(d, lang, **fixed)
                else:
                    text = rng.choice(GENERIC[lang][voice % len(GENERIC[lang])])
            delay = min(rng.lognormvariate(math.log(3 * 3600), 1.5), 20 * DAY)
            likes = int(rng.lognormvariate(0, 1.3)) - 1
        comments.append(_comment(author, text, t + delay, max(0, likes), mix.author_counts))
        authors.append(author)
    comments.sort(key=lambda c: c["_t"])
    if comments:
        post["comments"] = comments
    return authors


def _comment(author: Person, text: str, t: float, likes: int, author_counts: bool) -> dict[str, Any]:
    comment: dict[str, Any] = {"author": author.handle, "text": text, "_t": t, "likes": likes}
    if author_counts:
        comment["author_followers"] = author.followers
        comment["author_following"] = author.following
    return comment


# How a real commenter words a comment about the post: the family's sentence, often with an opener and an aside
# of their own (see phrasings.comments), so that two people asking the same thing rarely write the same words.
SPECIFIC_OPENER, SPECIFIC_ASIDE, SPECIFIC_SECOND_ASIDE, SPECIFIC_LOWER = 0.5, 0.9, 0.45, 0.15


def _specific(d: Draft, lang: str, **fixed: str) -> str:
    rng = d.rng
    text = d.fill(d.template("comment"), **fixed)
    asides = rng.sample(ASIDES[lang], 2 if rng.random() < SPECIFIC_SECOND_ASIDE else 1) \
        if rng.random() < SPECIFIC_ASIDE else []
    for aside in asides:
        if rng.random() < 0.5:
            text = f"{text.rstrip()} ({aside})" if rng.random() < 0.4 else f"{text.rstrip(' .!')}, {aside}."
        else:
            text = f"{aside[:1].upper()}{aside[1:]}. {text}"
    if rng.random() < SPECIFIC_OPENER:
        text = f"{rng.choice(OPENERS[lang])} {text[:1].lower()}{text[1:]}"
    return text.lower() if rng.random() < SPECIFIC_LOWER else text


# --- follower growth --------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Wave:
    start: float
    hours: float     # how long the arrivals last
    count: float     # followers who arrive
    kind: str        # "organic", "viral", "bought", "followback"
    leave_share: float = 0.0  # of those, the share who unfollow later
    leave_days: tuple[float, float] = (1.0, 10.0)


class Growth:
    """One platform's followers over the history: organic days, waves (a viral post's, a purchase, follow-backs),
    departures; what the snapshots, the profile and the follow events show."""

    def __init__(self, rng: random.Random, platform: str, start: float, end: float, followers_before: int) -> None:
        self.rng, self.platform, self.start, self.end = rng, platform, start, end
        self.before = followers_before
        self.waves: list[_Wave] = []
        self.outgoing: list[tuple[float, float | None]] = []  # this account's own follows: (when, undone when)
        self.following_before = 0

    def organic(self, per_day: float, noise: float = 0.5, leave_share: float = 0.04) -> None:
        """New followers every day, around ``per_day``."""
        t = self.start
        while t < self.end:
            self.waves.append(_Wave(t, 24.0, per_day * heavy_tail(self.rng, noise), "organic", leave_share,
                                    (3.0, 60.0)))
            t += DAY

    def wave(self, t: float, count: float, hours: float, kind: str, leave_share: float = 0.0,
             leave_days: tuple[float, float] = (1.0, 10.0)) -> None:
        self.waves.append(_Wave(t, hours, count, kind, leave_share, leave_days))

    def followers_at(self, t: float) -> int:
        total = float(self.before)
        for w in self.waves:
            if t <= w.start:
                continue
            arrived = w.count * min(1.0, (t - w.start) / (w.hours * 3600))
            if w.leave_share:
                gone_by = (t - w.start) / DAY
                low, high = w.leave_days
                left = w.leave_share * min(1.0, max(0.0, (gone_by - low) / (high - low)))
                arrived *= 1.0 - left
            total += arrived
        return max(0, round(total))

    def following_at(self, t: float, scale: float) -> int:
        active = sum(1 for made, undone in self.outgoing if made <= t and (undone is None or undone > t))
        return max(0, round(self.following_before + active * scale))

    def total_new(self) -> float:
        return sum(w.count for w in self.waves)

    def follow_events(self, keep_rate: float, lang: str,
                      who: Mapping[str, Any]) -> list[tuple[str, float, float | None]]:
        """Incoming follow events, sampled at ``keep_rate``: (handle, when, unfollowed when)."""
        rng = self.rng
        out = []
        for w in self.waves:
            if w.kind not in who:  # drawn elsewhere (follow-backs go with the account's own follows)
                continue
            expected = w.count * keep_rate
            n = int(expected) + (rng.random() < expected - int(expected))
            for _ in range(n):
                when = w.start + (rng.uniform(0, w.hours * 3600) if w.kind != "viral"
                                  else min(rng.expovariate(1.0 / (w.hours * 1200)), w.hours * 3600))
                if when >= self.end:
                    continue
                ended = None
                if w.leave_share and rng.random() < w.leave_share:
                    ended = when + rng.uniform(*w.leave_days) * DAY
                    ended = ended if ended < self.end else None
                person = who[w.kind](rng, lang)
                out.append((person.handle, when, ended))
        return out


def snapshot_times(rng: random.Random, start: float, end: float) -> list[float]:
    """When an agency's tool (weekly) or repeated fetches (every few days) read the counters."""
    step = 7 * DAY if rng.random() < 0.6 else rng.uniform(2, 6) * DAY
    times, t = [], start + rng.uniform(0, step)
    while t < end:
        if rng.random() > 0.08:  # a missed reading now and then
            times.append(t + rng.uniform(-3, 3) * 3600)
        t += step
    return times[-SNAPSHOTS_KEPT:]


# --- audience ---------------------------------------------------------------------------------------------------

def _member(rng: random.Random, platform: str, lang: str, kind: str, end: float, followed: float | None,
            created: float | None = None, avatar: float = 0.3, spread_hours: float = 2.0) -> dict[str, Any]:
    if kind == "real":
        p = real_person(rng, lang)
        member: dict[str, Any] = {"platform": platform, "handle": p.handle, "followers": p.followers,
                                  "following": p.following,
                  "posts_count": _count(rng, 70, 1.4, 0, 30_000), "has_avatar": rng.random() < 0.94,
                  "_created": end - rng.uniform(60, 4500) * DAY}
        if rng.random() < 0.45:
            member["bio"] = rng.choice(AUDIENCE_BIOS[lang])
    elif kind == "mass":
        p = mass_follower(rng, lang)
        member = {"platform": platform, "handle": p.handle, "followers": p.followers, "following": p.following,
                  "posts_count": _count(rng, 8, 1.2, 0, 400), "has_avatar": rng.random() < 0.75,
                  "_created": end - rng.uniform(30, 2500) * DAY}
    elif kind == "empty":
        member = {"platform": platform, "handle": bot_handle(rng, lang), "followers": _count(rng, 3, 1.0, 0, 40),
                  "following": _count(rng, 150, 0.9, 1, 3000),
                  "posts_count": 0 if rng.random() < 0.8 else rng.randint(1, 3), "has_avatar": rng.random() < 0.15,
                  "_created": end - rng.uniform(10, 1500) * DAY}
    else:  # "bot": a bought account, made in a batch with the others
        member = {"platform": platform, "handle": bot_handle(rng, lang), "followers": _count(rng, 8, 1.2, 0, 300),
                  "following": _count(rng, 900, 0.8, 50, 7500),
                  "posts_count": 0 if rng.random() < 0.6 else _count(rng, 3, 1.0, 1, 60),
                  "has_avatar": rng.random() < avatar,
                  "_created": (created if created is not None else end - rng.uniform(10, 900) * DAY)
                  + rng.uniform(0, spread_hours) * 3600}
    if followed is not None:
        member["_followed"] = max(followed, member["_created"] + 3600)
    return member


def audience_sample(d: Draft, platform: str, size: int, *, mass: float, empty: float, bought: float,
                    batches: Sequence[float], end: float, timed: bool, bot_avatar: float = 0.3,
                    followed_window: tuple[float, float] | None = None) -> None:
    """``size`` followers' public profiles: real people, mass-followers, empty accounts in the given shares, and a
    share ``bought`` of bought accounts, following at the ``batches`` times (the purchases) and created in bursts
    (a seller makes its accounts by the hundred, days or weeks before selling them)."""
    rng = d.rng
    first, last = followed_window or (end - 365 * DAY, end)
    made = [batch - rng.uniform(5, 60) * DAY for batch in batches]
    # A seller's script makes its accounts within an hour or two; some make them over a day.
    spread = [rng.choice((0.5, 1.0, 2.0, 6.0, 24.0)) for _ in batches]
    for _ in range(size):
        r = rng.random()
        if r < bought and batches:
            i = rng.randrange(len(batches))
            member = _member(rng, platform, d.lang, "bot", end,
                             batches[i] + rng.uniform(0, 12) * 3600 if timed else None, created=made[i],
                             avatar=bot_avatar, spread_hours=spread[i])
        else:
            kind = "mass" if r < bought + mass else "empty" if r < bought + mass + empty else "real"
            member = _member(rng, platform, d.lang, kind, end, rng.uniform(first, last) if timed else None)
        d.audience.append(member)
