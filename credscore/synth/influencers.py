"""Influencer behaviours (issue #13): the accounts agencies audit, real and bought.

Each behaviour fills a :class:`~credscore.synth.draft.Draft` with posts on Instagram, TikTok, YouTube or
Threads (captions from its family's phrasing set, sponsored posts disclosed with #ad / #sponsorisé) and the
numbers an audit reads (:mod:`credscore.synth.influence`): counters per post, a sample of comments with their
authors, the followers over weeks, timestamped follows both ways and, on a share of accounts, a sample of the
audience.

Fakes buy what they show. **bought_followers**: a follower count far above what engagement supports, an audience
full of mass-followers and empty accounts made in bursts, follower jumps that no post explains.
**engagement_pod**: the same few creators comment on every post within the hour with generic praise, likes even
from post to post. **follow_for_follow**: sprees of follows undone within days, followers in steps.
**bought_engagement** (the hard fake): bought followers *and* bought likes and "real-looking" comments, so that
the rate looks fine. Genuine accounts: **micro_influencer** (5k–50k, varied comments from many people about the
content, growth around viral posts), **creator** (a large channel, views-driven), **brand_account** (a company:
scheduled, promotional, cross-posted, a real audience) and **viral_creator** (the hard genuine case: one post
took off and brought a real burst of followers, which that post explains).

No habit is exclusive: genuine audiences hold some mass-followers and every real account gets its "🔥" and a bot's
"check my profile"; fakes do not all have every habit (a purchase older than the history shows no jump, some
pods' likes are not that even, some buyers bought better-looking accounts). Which fields a document carries
(counters, comments, snapshots, follows, audience) is drawn at the same rates for every influencer archetype,
fake or genuine, so that having a field never tells the label.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from credscore.synth.draft import Draft
from credscore.synth.fillers import name_handle, website
from credscore.synth.influence import (
    FOLLOW_EVENTS_MAX,
    LIKES_PER_VIEW,
    CommentMix,
    Growth,
    Person,
    add_comments,
    audience_sample,
    creator_person,
    draw_rate,
    engagement_rate_range,
    mass_follower,
    media_for,
    real_person,
    set_counters,
    snapshot_times,
)
from credscore.synth.timing import DAY, iso, scheduled_times

__all__ = ["INFLUENCER_BEHAVIOURS"]

# How often a document carries each 1.1 field: the same for every influencer archetype, fake or genuine (what a
# fetch, an export or an agency's tracking gives does not depend on whether the followers were bought).
HAS_COUNTERS = 0.92
HAS_COMMENTS = 0.85
HAS_AUTHOR_COUNTS = 0.35  # the comments' authors' own counters (some tools give them)
HAS_SNAPSHOTS = 0.6
HAS_FOLLOWS = 0.7
HAS_AUDIENCE = 0.55       # agencies do not always have an audience sample
FOLLOWED_AT = 0.7         # the audience sample says when each member followed
# Comments as a share of likes + comments, by platform (a comment costs more than a like).
COMMENT_SHARE = {"instagram": (0.01, 0.05), "tiktok": (0.005, 0.03), "youtube": (0.02, 0.08),
                 "threads": (0.05, 0.2), "facebook": (0.03, 0.12)}
# Shares (reposts) per like.
SHARE_PER_LIKE = (0.005, 0.08)
# Post-to-post spread (sigma of the log) of genuine engagement: real posts differ a lot.
GENUINE_SPREAD = (0.5, 0.9)
# A real audience: shares of mass-followers and of empty accounts in a genuine account's followers.
REAL_MASS, REAL_EMPTY = (0.03, 0.12), (0.03, 0.1)
# How far back the follower counts go, in days, when the posts given cover less.
TRACKED_DAYS = (90.0, 200.0)
# A purchase lands with no post of the account in the days before it or the day after (up to this many tries).
QUIET_TRIES, QUIET_BEFORE, QUIET_AFTER = 30, 4 * DAY, 2 * DAY
# Audience sample sizes: a few dozen followers, never fewer than the 30 the audience signal needs for a share.
AUDIENCE_SIZE = (30, 45)


@dataclass(slots=True)
class _Item:
    post: dict[str, Any]
    t: float
    platform: str
    subject: str
    video: bool
    kind: str  # caption, sponsored, coaching, promo


@dataclass(slots=True)
class _Shape:
    """What the behaviour decided about the numbers, before they are drawn."""

    rate: float                      # base engagement (likes + comments) per follower, main platform
    spread: float                    # sigma of the post-to-post multiplier
    even: float = 0.0                # extra engagement that is the same on every post (pods, bought likes)
    even_noise: float = 0.05
    even_comment_share: float = 0.1
    boost: dict[int, float] | None = None  # post index -> multiplier (viral posts, a giveaway)
    engaged: float | None = None     # the followers who can engage, when not all can (bought ones never do)


class _Account:
    """One influencer being generated: platforms, posts, growth, then the numbers."""

    def __init__(self, d: Draft, handle: str, main: str, extras: Sequence[str]) -> None:
        self.d, self.rng, self.handle = d, d.rng, handle
        self.main = main
        self.platforms = [main, *extras]
        self.items: list[_Item] = []
        self.fake = False
        rng = d.rng
        self.flags = {"counters": rng.random() < HAS_COUNTERS, "comments": rng.random() < HAS_COMMENTS,
                      "snapshots": rng.random() < HAS_SNAPSHOTS, "follows": rng.random() < HAS_FOLLOWS,
                      "audience": rng.random() < HAS_AUDIENCE}
        self.mix = CommentMix(author_counts=rng.random() < HAS_AUTHOR_COUNTS)
        self.voice = 0
        self.growth: Growth | None = None
        self.side_followers: dict[str, int] = {}
        self.following = 0
        self.keep_rate = 1.0
        self.posts_before = 0  # posts published before the history given (the profile's posts_count counts them)
        self.track_start = 0.0  # when the follower counts start being known (see track())

    # --- posts ------------------------------------------------------------------------------------------------
    def publish(self, times: Sequence[float], kinds: Sequence[str], *, video_share: float,
                cross_post: float = 0.0) -> None:
        d, rng = self.d, self.rng
        subjects = list(d.slots["subject"])
        for t, kind in zip(times, kinds, strict=True):
            subject = d.fill(rng.choice(subjects))
            text = d.write(kind, subject=subject) if self.fake else d.say(kind, subject=subject)
            if text is None:  # nothing new to say: a real person posts less
                continue
            platform = self.main if rng.random() < 0.8 else rng.choice(self.platforms)
            targets = [platform]
            if cross_post and len(self.platforms) > 1 and rng.random() < cross_post:
                targets = rng.sample(self.platforms, rng.randint(2, len(self.platforms)))
            when = t
            for where in targets:
                media = media_for(d, where, self.handle, video_share=video_share) if where != "threads" \
                    or rng.random() < 0.4 else None
                post = d.post(where, text, when, media=media)
                video = media is not None and bool(media) and media[0]["kind"] == "video"
                self.items.append(_Item(post, when, where, subject, video, kind))
                when += rng.uniform(30, 1800)

    # --- followers --------------------------------------------------------------------------------------------
    def track(self) -> float:
        """Decide how far back the follower counts go (an agency tracks a few months, often longer than the recent
        posts given) and return that span in weeks."""
        d = self.d
        self.track_start = min(d.start, d.end - self.rng.uniform(*TRACKED_DAYS) * DAY)
        return (d.end - self.track_start) / (7 * DAY)

    def start_growth(self, followers_before: int) -> Growth:
        self.growth = Growth(self.rng, self.main, self.track_start, self.d.end + DAY, followers_before)
        return self.growth

    def followers(self, platform: str, t: float) -> int:
        if platform == self.main and self.growth is not None:
            return self.growth.followers_at(t)
        return self.side_followers[platform]

    # --- numbers ----------------------------------------------------------------------------------------------
    def engage(self, shape: _Shape) -> None:
        """Counters and comment samples for every post."""
        d, rng = self.d, self.rng
        for index, item in enumerate(self.items):
            followers = max(self.followers(item.platform, item.t), 1)
            rate = shape.rate if item.platform == self.main else draw_rate(rng, item.platform, followers)
            if shape.engaged is not None and item.platform == self.main:
                followers = max(round(shape.engaged), 1)
            # The base rate is the median post's: most posts near it, a few far above (heavy tail).
            multiplier = rng.lognormvariate(0.0, shape.spread) * (shape.boost or {}).get(index, 1.0)
            organic = followers * rate * multiplier
            low, high = COMMENT_SHARE.get(item.platform, COMMENT_SHARE["instagram"])
            comment_share = rng.uniform(low, high)
            even = shape.even * max(0.0, rng.gauss(1.0, shape.even_noise)) if item.platform == self.main else 0.0
            likes = organic * (1 - comment_share) + even * (1 - shape.even_comment_share)
            comments = organic * comment_share + even * shape.even_comment_share
            views = None
            if item.video:
                views = likes / rng.uniform(*LIKES_PER_VIEW.get(item.platform, (0.03, 0.08)))
            item.post["_counted"] = True  # an influencer's counters are drawn here, or absent
            if self.flags["counters"]:
                set_counters(item.post, likes=likes, comments=comments, shares=likes * rng.uniform(*SHARE_PER_LIKE),
                             views=views)
            if self.flags["comments"] and comments >= 1:
                mix = self.mix
                if self.mix.pod_members or self.mix.bought_texts:
                    total = max(comments, 1.0)
                    paid = even * shape.even_comment_share if item.platform == self.main else 0.0
                    share = min(0.95, paid / total)
                    rest = 1.0 - share
                    mix = CommentMix(specific=self.mix.specific * rest, generic=self.mix.generic * rest,
                                     spam=self.mix.spam * rest, pod=share if self.mix.pod_members else 0.0,
                                     bought=share if self.mix.bought_texts else 0.0,
                                     pod_members=self.mix.pod_members, pod_rate=self.mix.pod_rate,
                                     bought_texts=self.mix.bought_texts,
                                     regulars=self.mix.regulars, regular_rate=self.mix.regular_rate,
                                     author_counts=self.mix.author_counts)
                add_comments(d, item.post, item.t, round(comments), mix, self.voice, subject=item.subject)
                if "replies" in item.post:  # the count shown covers at least the comments given
                    item.post["replies"] = max(item.post["replies"], len(item.post.get("comments", ())))

    def answer_comments(self, share: float, slot: str = "answer") -> None:
        """The account answers some of the comments under its posts (kind ``comment``/``reply``)."""
        d, rng = self.d, self.rng
        for item in list(self.items):
            for comment in item.post.get("comments", []):
                if rng.random() >= share:
                    continue
                text = d.write(slot, subject=item.subject) if self.fake else d.say(slot, subject=item.subject)
                if text is not None:
                    when = comment["_t"] + rng.uniform(600, 2 * DAY)
                    reply = d.answer(item.platform, f"@{comment['author']} {text}", when)
                    reply["_counted"] = True  # exports give no counters on one's own comments

    def follows(self, lang: str, *, who_in: dict[str, Callable[..., Person]], spree_backs: float = 0.0,
                back_leave: float = 0.0) -> None:
        """Timestamped follows both ways, sampled at one rate: new followers (the growth's waves, by ``who_in``
        kind) and the account's own follows (some undone); with ``spree_backs``, that share of its follows are
        followed back within a day or two, and ``back_leave`` of those leave again."""
        growth, rng, d = self.growth, self.rng, self.d
        assert growth is not None  # start_growth() comes first
        if not self.flags["follows"]:
            return
        self.keep_rate = min(1.0, FOLLOW_EVENTS_MAX / max(growth.total_new(), len(growth.outgoing), 1.0))
        events = growth.follow_events(self.keep_rate, lang, who_in)
        for handle, when, ended in events:
            d.follows.append({"platform": self.main, "direction": "in", "counterpart": handle, "_t": when,
                              **({"_ended": ended} if ended is not None else {})})
        for made, undone in growth.outgoing:
            if rng.random() >= self.keep_rate:
                continue
            person = mass_follower(rng, lang) if spree_backs else real_person(rng, lang)
            d.follows.append({"platform": self.main, "direction": "out", "counterpart": person.handle, "_t": made,
                              **({"_ended": undone} if undone is not None else {})})
            if spree_backs and rng.random() < spree_backs:  # they follow back, some leave again later
                back = made + rng.uniform(0.05, 2.0) * DAY
                left = back + rng.uniform(3, 30) * DAY if rng.random() < back_leave else None
                if back < d.end + DAY:
                    d.follows.append({"platform": self.main, "direction": "in", "counterpart": person.handle,
                                      "_t": back, **({"_ended": left} if left is not None and left < d.end + DAY
                                                     else {})})

    def snapshots(self) -> None:
        growth, rng, d = self.growth, self.rng, self.d
        if growth is None or not self.flags["snapshots"]:
            return
        own = sorted(item.t for item in self.items if item.platform == self.main)
        earlier = self.posts_before
        for t in snapshot_times(rng, self.track_start, d.end):
            posted = sum(1 for x in own if x <= t)
            d.snapshots.append({"platform": self.main, "_t": t, "followers": growth.followers_at(t),
                                "following": growth.following_at(t, 1.0) if growth.outgoing
                                else max(0, self.following + rng.randint(-3, 3)),
                                "posts_count": earlier + posted})

    def audience(self, *, mass: float, empty: float, bought: float = 0.0, batches: Sequence[float] = (),
                 bot_avatar: float = 0.3) -> None:
        if not self.flags["audience"]:
            return
        d, rng = self.d, self.rng
        audience_sample(d, self.main, rng.randint(*AUDIENCE_SIZE), mass=mass, empty=empty, bought=bought,
                        batches=batches, end=d.end, timed=rng.random() < FOLLOWED_AT,
                        bot_avatar=bot_avatar, followed_window=(d.start - 200 * DAY, d.end))

    def profiles(self, bio: str, *, url: str | None = None, verified: float = 0.0) -> None:
        d, rng = self.d, self.rng
        for platform in self.platforms:
            followers = self.followers(platform, d.end)
            following = (self.growth.following_at(d.end, 1.0) if self.growth is not None and self.growth.outgoing
                         and platform == self.main else self.following if platform == self.main
                         else round(self.following * rng.uniform(0.2, 1.0)))
            given = sum(1 for item in self.items if item.platform == platform)
            profile: dict[str, Any] = {
                "platform": platform, "handle": self.handle, "bio": bio, "followers": followers,
                "following": following,
                "posts_count": given + (self.posts_before if platform == self.main else rng.randint(0, 200)),
                "has_avatar": rng.random() < 0.97,
            }
            if url and rng.random() < 0.8:
                profile["url"] = url
            if rng.random() < 0.3:
                profile["created_at"] = _iso_days_before(d.start, rng.uniform(60, 2500))
            if verified and rng.random() < verified:
                profile["verified"] = True
            d.profiles.append(profile)


def _iso_days_before(t: float, days: float) -> str:
    return iso(t - days * DAY)


def _count(rng: random.Random, median: float, sigma: float, lo: int, hi: int) -> int:
    return max(lo, min(hi, round(rng.lognormvariate(math.log(median), sigma))))


def _quiet_time(rng: random.Random, posted: Sequence[float], start: float, end: float) -> float:
    """A time in [start, end] with no post in the days before it or the day after (a delivery that no post
    explains), if a few tries find one; else any time."""
    t = rng.uniform(start, end)
    for _ in range(QUIET_TRIES):
        i = bisect.bisect_left(posted, t - QUIET_BEFORE)
        if i == len(posted) or posted[i] > t + QUIET_AFTER:
            return t
        t = rng.uniform(start, end)
    return t


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _kinds(rng: random.Random, n: int, mix: Sequence[tuple[str, float]]) -> list[str]:
    return rng.choices([k for k, _ in mix], [w for _, w in mix], k=n)


def _times(d: Draft, n: int, scheduled: float) -> list[float]:
    if d.rng.random() < scheduled:
        return scheduled_times(d.rng, n, d.start, d.days, slots=d.rng.randint(1, 2), jitter=d.rng.uniform(60, 900))
    return d.human_times(n)


def _side(a: _Account, main_followers: int) -> None:
    """Followers on the other platforms: a fraction of the main one's."""
    for platform in a.platforms[1:]:
        a.side_followers[platform] = max(10, round(main_followers * a.rng.uniform(0.03, 0.5)))


def _genuine_comments(a: _Account, generic: tuple[float, float] = (0.1, 0.35)) -> None:
    rng = a.rng
    a.mix.generic = rng.uniform(*generic)
    a.mix.spam = rng.uniform(0.0, 0.06)
    a.mix.specific = 1.0 - a.mix.generic - a.mix.spam
    a.mix.regulars = [real_person(rng, a.d.lang) for _ in range(rng.randint(3, 12))]
    a.mix.regular_rate = rng.uniform(0.03, 0.15)


def _organic_in(_rng: random.Random, lang: str) -> Person:
    return real_person(_rng, lang) if _rng.random() > 0.08 else mass_follower(_rng, lang)


_WHO_GENUINE: dict[str, Callable[..., Person]] = {"organic": _organic_in, "viral": _organic_in}


def _bot(rng: random.Random, lang: str) -> Person:
    return mass_follower(rng, lang)


# --- genuine ------------------------------------------------------------------------------------------------------

def _genuine(d: Draft, handle: str, main: str, extras: Sequence[str], *, n: int, per_day: tuple[float, float],
             followers: tuple[float, float], mix: Sequence[tuple[str, float]], video_share: float,
             scheduled: float = 0.1, cross_post: float = 0.0, rate_where: tuple[float, float] = (0.08, 1.0),
             viral: tuple[int, int] = (0, 2), viral_gain: tuple[float, float] = (0.01, 0.08),
             big_viral: tuple[float, float] | None = None, generic: tuple[float, float] = (0.1, 0.35),
             answers: float = 0.08, audience_mass: tuple[float, float] = REAL_MASS) -> _Account:
    """The common genuine influencer: real audience, heavy-tailed engagement inside the tier's range, growth
    that follows the posts (bumps after the ones that took off; with ``big_viral``, one post whose wave of new
    followers is that share of the followers it had)."""
    rng = d.rng
    a = _Account(d, handle, main, extras)
    a.voice = d.voice
    d.timeline(n, per_day)
    a.publish(_times(d, n, scheduled), _kinds(rng, n, mix), video_share=video_share, cross_post=cross_post)
    end_followers = round(_log_uniform(rng, *followers))
    weekly = rng.uniform(0.002, 0.02)  # organic growth per week
    growth = a.start_growth(max(50, round(end_followers / (1 + weekly) ** a.track())))
    growth.organic(end_followers * weekly / 7 * 0.85)
    rate = draw_rate(rng, main, end_followers, where=rate_where)
    main_items = [i for i, item in enumerate(a.items) if item.platform == main]
    boost: dict[int, float] = {}
    for index in rng.sample(main_items, min(len(main_items), rng.randint(*viral))):
        boost[index] = rng.uniform(4, 15)
        gained = end_followers * rng.uniform(*viral_gain)
        growth.wave(a.items[index].t + rng.uniform(600, 7200), gained, rng.uniform(24, 72), "viral", 0.05, (5, 40))
    # The post that took off: in the first half of the history, so that the posts after it meet the new audience.
    early = [i for i in main_items if a.items[i].t < min(d.start + d.days * DAY / 2, d.end - 10 * DAY)]
    if big_viral and early:
        index = rng.choice(early)
        before = growth.followers_at(a.items[index].t)
        gained = before * rng.uniform(*big_viral)
        growth.wave(a.items[index].t + rng.uniform(600, 7200), gained, rng.uniform(24, 96), "viral", 0.08, (5, 40))
        conversion = rng.uniform(0.02, 0.12)  # new followers per like of the post that took off
        boost[index] = max(10.0, gained / conversion / max(before * rate, 1.0))
    a.following = _count(rng, 450, 0.7, 30, 3000)
    growth.following_before = a.following
    for _ in range(_count(rng, 12, 0.8, 0, 60)):
        made = d.some_time()
        growth.outgoing.append((made, made + rng.uniform(5, 200) * DAY if rng.random() < 0.08 else None))
    _side(a, end_followers)
    a.posts_before = _count(rng, 250, 0.8, 10, 3000)
    _genuine_comments(a, generic)
    a.engage(_Shape(rate=rate, spread=rng.uniform(*GENUINE_SPREAD), boost=boost))
    a.answer_comments(answers)
    a.follows(d.lang, who_in=_WHO_GENUINE)
    a.snapshots()
    a.audience(mass=rng.uniform(*audience_mass), empty=rng.uniform(*REAL_EMPTY))
    return a


_GENUINE_MIX = (("caption", 0.85), ("sponsored", 0.15))


def micro_influencer(d: Draft, handle: str) -> None:
    """5k–50k followers on Instagram (sometimes TikTok or Threads too), engagement inside the tier's range,
    comments from many different people about the dish, the place, the outfit; now and then a disclosed
    partnership; growth that follows the posts that took off."""
    rng = d.rng
    extras = rng.sample(("tiktok", "threads", "facebook"), rng.choice((0, 0, 1, 1, 2)))
    a = _genuine(d, handle, "instagram", extras, n=_count(rng, 17, 0.5, 8, 40), per_day=(0.15, 0.8),
                 followers=(5_000, 50_000), mix=_GENUINE_MIX, video_share=0.35)
    a.profiles(d.write("bio", mixed=False, noisy=False))


def creator(d: Draft, handle: str) -> None:
    """A larger channel (50k–1.5M), views-driven: YouTube or TikTok first, Instagram beside; a lower rate than a
    micro-influencer's, inside its tier's range; comments that ask about what the video showed."""
    rng = d.rng
    main = rng.choice(("youtube", "tiktok", "youtube"))
    extras = rng.sample(("instagram", "threads", "tiktok" if main == "youtube" else "youtube"), rng.randint(0, 2))
    a = _genuine(d, handle, main, extras, n=_count(rng, 17, 0.5, 8, 40), per_day=(0.05, 0.6),
                 followers=(50_000, 1_500_000), mix=_GENUINE_MIX, video_share=0.9, answers=0.04,
                 generic=(0.15, 0.4))
    a.profiles(d.write("bio", mixed=False, noisy=False), verified=0.3)


def viral_creator(d: Draft, handle: str) -> None:
    """The hard genuine case: a small creator one of whose posts took off, with a real burst of new followers in
    the days after it (the post explains the jump: its views and likes are many times the usual); the wave
    brings a few more passers-by and follow-back players into the audience than usual."""
    rng = d.rng
    main = rng.choice(("tiktok", "instagram"))
    extras = rng.sample(("instagram" if main == "tiktok" else "tiktok", "threads"), rng.choice((0, 1)))
    a = _genuine(d, handle, main, extras, n=_count(rng, 17, 0.5, 10, 40), per_day=(0.1, 0.7),
                 followers=(1_500, 40_000), mix=_GENUINE_MIX, video_share=0.8, viral=(0, 1),
                 big_viral=(0.3, 2.0), audience_mass=(0.06, 0.16))
    a.profiles(d.write("bio", mixed=False, noisy=False))


def brand_account(d: Draft, handle: str) -> None:
    """A company's account: scheduled, promotional posts cross-posted to Instagram, Facebook, Threads (and
    TikTok), launches and offers and a giveaway now and then, customer questions answered in the comments, a
    real audience with a brand's engagement (the low part of the range, as brand benchmarks report). Mechanics
    alone must not make it a fake."""
    rng = d.rng
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    extras = ["facebook", *rng.sample(("threads", "tiktok"), rng.randint(0, 2))]
    a = _genuine(d, handle, "instagram", extras, n=_count(rng, 14, 0.5, 6, 35), per_day=(0.3, 1.2),
                 followers=(8_000, 400_000), mix=(("caption", 0.8), ("sponsored", 0.2)), video_share=0.3,
                 scheduled=0.8, cross_post=rng.uniform(0.4, 0.9), rate_where=(0.0, 0.5), answers=0.25,
                 generic=(0.1, 0.3))
    a.profiles(d.write("bio", mixed=False, noisy=False), url=website(handle, d.lang, www=True), verified=0.4)


# --- fakes --------------------------------------------------------------------------------------------------------

def _fake(d: Draft, handle: str, main: str, extras: Sequence[str], *, n: int, per_day: tuple[float, float],
          coaching: bool) -> _Account:
    rng = d.rng
    a = _Account(d, handle, main, extras)
    a.fake = True
    a.voice = d.voice
    d.timeline(n, per_day)
    coach = rng.uniform(0.1, 0.3) if coaching and rng.random() < 0.6 else 0.0
    mix = (("caption", 0.85 - coach), ("sponsored", 0.15), ("coaching", coach))
    a.publish(_times(d, n, 0.35), _kinds(rng, n, mix), video_share=0.4 if main == "instagram" else 0.9)
    return a


def _buy_followers(a: _Account, growth_end: int, inflation: float) -> tuple[Growth, list[float], float]:
    """A purchase: real followers ``growth_end / inflation``, the rest bought in batches, some of them
    (sometimes all) before the history starts, so that no jump shows; returns the growth, the batch times and
    the bought share of the followers."""
    d, rng = a.d, a.rng
    real_end = growth_end / inflation
    bought = growth_end - real_end
    before_share = rng.uniform(0.5, 1.0) if rng.random() < 0.35 else rng.uniform(0.0, 0.4)
    weekly = rng.uniform(0.0, 0.012)
    real_start = real_end / (1 + weekly) ** a.track()
    growth = a.start_growth(round(real_start + bought * before_share))
    growth.organic(real_end * weekly / 7)
    batches = [a.track_start - rng.uniform(20, 400) * DAY]
    in_window = bought * (1 - before_share)
    if in_window > 1:
        parts = rng.randint(1, 4)
        posted = sorted(item.t for item in a.items)
        for _ in range(parts):
            t = _quiet_time(rng, posted, a.track_start + 3 * DAY, d.end - DAY)
            growth.wave(t, in_window / parts, rng.uniform(2, 18), "bought", rng.uniform(0.03, 0.3), (5, 60))
            batches.append(t)
    return growth, batches, bought / growth_end


_WHO_BOUGHT: dict[str, Callable[..., Person]] = {"organic": _organic_in, "viral": _organic_in, "bought": _bot}


def bought_followers(d: Draft, handle: str) -> None:
    """A follower count far above what its engagement supports: an ordinary lifestyle account's real audience
    plus thousands of bought accounts (mass-followers and empty ones made in bursts), arriving in jumps that no
    post explains; some sell "coaching to grow your audience"."""
    rng = d.rng
    main = rng.choice(("instagram", "instagram", "tiktok"))
    extras = rng.sample(("threads", "facebook", "tiktok" if main == "instagram" else "instagram"), rng.randint(0, 2))
    a = _fake(d, handle, main, extras, n=_count(rng, 17, 0.5, 8, 40), per_day=(0.2, 1.0),
              coaching=True)
    shown = round(_log_uniform(rng, 8_000, 250_000))
    inflation = _log_uniform(rng, 3.0, 40.0)  # two thirds to 97 % of the followers bought
    growth, batches, bought = _buy_followers(a, shown, inflation)
    a.following = _count(rng, 700, 0.7, 50, 7500)
    growth.following_before = a.following
    _side(a, round(shown / inflation))
    a.posts_before = _count(rng, 200, 0.8, 10, 3000)
    real_rate = draw_rate(rng, main, round(shown / inflation), where=(0.0, 0.5))  # weak content, weak rate
    _genuine_comments(a, (0.25, 0.5))
    a.engage(_Shape(rate=real_rate, spread=rng.uniform(0.35, 0.8), engaged=shown / inflation))
    a.answer_comments(0.03)
    a.follows(d.lang, who_in=_WHO_BOUGHT)
    a.snapshots()
    real_share = 1.0 - bought
    a.audience(mass=real_share * rng.uniform(*REAL_MASS), empty=real_share * rng.uniform(*REAL_EMPTY),
               bought=bought, batches=batches, bot_avatar=rng.choice((0.2, 0.3, 0.8)))
    a.profiles(d.write("bio", mixed=False, noisy=False))


def bought_engagement(d: Draft, handle: str) -> None:
    """The hard fake: bought followers *and* bought likes and "real-looking" comments (a seller's short list of
    plausible sentences, pasted under post after post by mass-following accounts within hours), so that the
    rate sits near the tier's range; the audience and the comments' authors still tell."""
    rng = d.rng
    main = rng.choice(("instagram", "instagram", "tiktok"))
    extras = rng.sample(("threads", "facebook"), rng.randint(0, 1))
    a = _fake(d, handle, main, extras, n=_count(rng, 17, 0.5, 8, 40), per_day=(0.2, 1.0), coaching=False)
    shown = round(_log_uniform(rng, 10_000, 200_000))
    inflation = _log_uniform(rng, 2.5, 25.0)
    growth, batches, bought = _buy_followers(a, shown, inflation)
    a.following = _count(rng, 600, 0.7, 50, 7500)
    growth.following_before = a.following
    _side(a, round(shown / inflation))
    a.posts_before = _count(rng, 200, 0.8, 10, 3000)
    real_rate = draw_rate(rng, main, round(shown / inflation), where=(0.0, 0.6))
    low, _high = engagement_rate_range(main, shown)
    even = shown * low * rng.uniform(0.6, 1.6)  # likes bought up to about the tier's low bound, or a little more
    subjects = list(d.slots["subject"])
    a.mix.bought_texts = [d.fill(d.template("comment"), subject=d.fill(rng.choice(subjects)))
                          for _ in range(rng.randint(4, 9))]
    _genuine_comments(a, (0.2, 0.4))
    a.engage(_Shape(rate=real_rate, spread=rng.uniform(0.4, 0.8), engaged=shown / inflation, even=even,
                    even_noise=rng.uniform(0.05, 0.2), even_comment_share=rng.uniform(0.03, 0.1)))
    a.answer_comments(0.04)
    a.follows(d.lang, who_in=_WHO_BOUGHT)
    a.snapshots()
    real_share = 1.0 - bought
    a.audience(mass=real_share * rng.uniform(*REAL_MASS), empty=real_share * rng.uniform(*REAL_EMPTY),
               bought=bought, batches=batches, bot_avatar=rng.choice((0.3, 0.6, 0.85)))
    a.profiles(d.write("bio", mixed=False, noisy=False))


_WHO_POD: dict[str, Callable[..., Person]] = {"organic": _organic_in, "viral": _organic_in}


def engagement_pod(d: Draft, handle: str) -> None:
    """An engagement pod: a group of creators who like and comment on each other's every post within the hour
    with generic praise and emoji; the same few names under most posts, likes unusually even from post to post
    (most come from the pod, not from the audience)."""
    rng = d.rng
    main = rng.choice(("instagram", "instagram", "tiktok"))
    extras = rng.sample(("threads", "facebook"), rng.choice((0, 1)))
    a = _fake(d, handle, main, extras, n=_count(rng, 17, 0.5, 8, 40), per_day=(0.3, 1.2), coaching=False)
    shown = round(_log_uniform(rng, 2_000, 30_000))
    weekly = rng.uniform(0.0, 0.015)
    growth = a.start_growth(round(shown / (1 + weekly) ** a.track()))
    growth.organic(shown * weekly / 7)
    a.following = _count(rng, 1200, 0.6, 200, 7500)
    growth.following_before = a.following
    _side(a, shown)
    a.posts_before = _count(rng, 300, 0.8, 10, 3000)
    organic = draw_rate(rng, main, shown) * rng.uniform(0.15, 0.6)  # the audience barely sees the posts
    even = shown * organic * rng.uniform(1.5, 5.0) + rng.uniform(20, 200)
    a.mix.pod_members = [creator_person(rng, d.lang) for _ in range(rng.randint(5, 9))]
    loose = rng.random() < 0.25  # some pods are looser: likes less even, members who skip posts
    a.mix.pod_rate = rng.uniform(0.3, 0.55) if loose else rng.uniform(0.65, 0.95)
    _genuine_comments(a, (0.3, 0.5))
    a.engage(_Shape(rate=organic, spread=rng.uniform(0.3, 0.6), even=even,
                    even_noise=rng.uniform(0.12, 0.25) if loose else rng.uniform(0.03, 0.1),
                    even_comment_share=rng.uniform(0.08, 0.2)))
    a.answer_comments(0.12)
    a.follows(d.lang, who_in=_WHO_POD)
    a.snapshots()
    a.audience(mass=rng.uniform(0.08, 0.25), empty=rng.uniform(*REAL_EMPTY))
    a.profiles(d.write("bio", mixed=False, noisy=False))


# Follow-backs are drawn with the account's own follows (Account.follows), not as waves of strangers.
_WHO_F4F: dict[str, Callable[..., Person]] = {"organic": _organic_in, "viral": _organic_in}


def follow_for_follow(d: Draft, handle: str) -> None:
    """Growth by follow-for-follow: sprees of hundreds of follows, a share of them followed back within a day or
    two, then most follows undone within days; followers rise in steps, the following count swings, the
    audience is full of other follow-back players; some sell the method as coaching."""
    rng = d.rng
    main = rng.choice(("instagram", "instagram", "threads", "tiktok"))
    extras = rng.sample(("threads" if main != "threads" else "instagram", "facebook"), rng.choice((0, 1)))
    a = _fake(d, handle, main, extras, n=_count(rng, 17, 0.5, 8, 40), per_day=(0.3, 1.5), coaching=True)
    shown = round(_log_uniform(rng, 1_500, 25_000))
    back_share, undo = rng.uniform(0.12, 0.35), rng.uniform(0.6, 0.95)
    back_leave = rng.uniform(0.1, 0.5)
    spree_every = rng.uniform(4, 20) * DAY
    sprees = []
    a.track()
    t = a.track_start + rng.uniform(0, spree_every)
    while t < d.end:
        sprees.append((t, _count(rng, 350, 0.6, 40, 1500)))
        t += spree_every * rng.uniform(0.6, 1.4)
    gained = sum(size * back_share * (1 - back_leave / 2) for _t, size in sprees)
    growth = a.start_growth(max(100, round(shown - gained)))
    growth.organic(shown * rng.uniform(0.0, 0.002) / 7)  # almost all of the growth comes from the sprees
    a.following = _count(rng, 0.5 * shown + 300, 0.4, 200, 7500)
    growth.following_before = a.following
    for start, size in sprees:
        growth.wave(start + 3600, size * back_share, 48, "followback", back_leave, (3, 30))
        for _ in range(size):
            made = start + rng.uniform(0, 6 * 3600)
            growth.outgoing.append((made, made + rng.uniform(1, 7) * DAY if rng.random() < undo else None))
    _side(a, shown)
    a.posts_before = _count(rng, 250, 0.8, 10, 3000)
    rate = draw_rate(rng, main, shown, where=(0.0, 0.5)) * rng.uniform(0.15, 0.6)  # follow-backs do not engage
    _genuine_comments(a, (0.35, 0.6))
    a.engage(_Shape(rate=rate, spread=rng.uniform(0.4, 0.8)))
    a.answer_comments(0.05)
    a.follows(d.lang, who_in=_WHO_F4F, spree_backs=back_share, back_leave=back_leave)
    a.snapshots()
    a.audience(mass=rng.uniform(0.25, 0.55), empty=rng.uniform(0.05, 0.15))
    a.profiles(d.write("bio", mixed=False, noisy=False))


INFLUENCER_BEHAVIOURS: dict[str, tuple[str, float, Callable[[Draft, str], None]]] = {
    # name: (label, weight, behaviour)
    "bought_followers": ("fake", 0.04, bought_followers),
    "engagement_pod": ("fake", 0.035, engagement_pod),
    "follow_for_follow": ("fake", 0.03, follow_for_follow),
    "bought_engagement": ("fake", 0.03, bought_engagement),
    "micro_influencer": ("genuine", 0.04, micro_influencer),
    "creator": ("genuine", 0.035, creator),
    "brand_account": ("genuine", 0.03, brand_account),
    "viral_creator": ("genuine", 0.03, viral_creator),
}
