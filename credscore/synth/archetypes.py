"""Per-archetype behaviour: which platforms, how much, how often, which habits.

Each behaviour receives a :class:`~credscore.synth.draft.Draft` whose phrasing set is already
chosen (its family) and fills it. Where a habit comes from in the domain knowledge (the seed
articles in ``shared/seeds``) is said beside it; the numbers are the generator's assumptions.

Overlap is deliberate: genuine behaviours call :func:`_fake_like_habits` (a cross-post, a
link-only post, a scheduled burst) and fake ones :func:`_genuine_habit` (a real reply, a figure,
a bit of life), so that no single habit separates the labels.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from credscore.synth.draft import DM_PLATFORMS, REPLY_PLATFORMS, Draft
from credscore.synth.fillers import EMOJI, counterpart_handle, name_handle, short_link, website
from credscore.synth.timing import DAY, regular_times, scheduled_times

__all__ = ["ARCHETYPES", "BEHAVIOURS", "WEIGHTS", "Behaviour"]

Behaviour = Callable[[Draft, str], None]  # (draft, owner's handle) -> None


def _count(rng: random.Random, median: float, sigma: float, lo: int, hi: int) -> int:
    """A long-tailed count: log-normal around ``median``, clipped to [lo, hi]."""
    return max(lo, min(hi, round(rng.lognormvariate(math.log(median), sigma))))


def _dm_capable(platforms: Sequence[str]) -> list[str]:
    return [p for p in platforms if p in DM_PLATFORMS]


def _genuine_habit(d: Draft, probability: float) -> None:
    """A fake that still, once or twice, writes like a person: a real reply, a number, a bit of life."""
    if d.rng.random() >= probability:
        return
    platforms = sorted({p["platform"] for p in d.posts} - {"blog"}) or ["twitter"]
    for t in d.human_times(d.rng.randint(1, 2)):
        text = d.write("genuine_habit")
        platform = d.rng.choice(platforms)
        if text.startswith("@"):
            d.answer(platform, text, t)
        else:
            d.post(platform, text, t)


def _fake_like_habits(d: Draft, platforms: Sequence[str], probability: float) -> None:
    """A genuine account with one or two habits of the fakes: an identical cross-post, and/or
    one to three scheduled posts from its ``fake_habit`` slot (a bare link, a buzzword line)."""
    if d.rng.random() >= probability:
        return
    rng = d.rng
    for habit in rng.sample(("cross_post", "fake_habit"), rng.randint(1, 2)):
        if habit == "cross_post" and len(platforms) > 1:
            originals = [p for p in d.posts if p.get("kind", "post") == "post" and p["_t"] is not None]
            for original in rng.sample(originals, min(len(originals), rng.randint(1, 2))):
                other = rng.choice([p for p in platforms if p != original["platform"]])
                d.post(other, original["text"], original["_t"] + rng.uniform(30, 600))
        else:
            for t in scheduled_times(rng, rng.randint(1, 3), d.start, d.days, slots=1):
                d.post(rng.choice(platforms), d.write("fake_habit"), t)


# --- fakes ------------------------------------------------------------------------------------

def blatant_guru(d: Draft, handle: str) -> None:
    """Seed 004 checklist: link-only posts (shortened), identical content on Twitter, Facebook and
    the blog, automatic DMs to new followers, buzzwords with no business reason, everything about
    social media, self-titles (gourou, ninja)."""
    rng = d.rng
    platforms = ["twitter", *rng.sample(("facebook", "linkedin", "blog", "instagram"), rng.randint(2, 4))]
    n = _count(rng, 26, 0.8, 2, 260)
    d.timeline(n, (0.6, 3.0))
    cross_rate, link_rate = rng.uniform(0.55, 0.95), rng.uniform(0.5, 0.85)
    empty_text = rng.random() < 0.2  # some exports keep the link apart and leave the text empty
    for t in scheduled_times(rng, n, d.start, d.days, slots=rng.randint(2, 4)):
        if rng.random() < link_rate:
            text = d.write("link_post")
            if empty_text and text.startswith("http") and " " not in text:
                d.post(rng.choice(platforms), "", t, links=[text])
                continue
        else:
            text = d.write("hype")
        if rng.random() < cross_rate:
            d.cross_post(text, rng.sample(platforms, rng.randint(2, len(platforms))), t, (15, 420))
        else:
            d.post(rng.choice(platforms), text, t)
    _genuine_habit(d, 0.3)
    dm_platforms = _dm_capable(platforms)
    if rng.random() < 0.85:
        d.welcome_dms(dm_platforms, _count(rng, 25, 0.7, 4, 150), "welcome_dm", share=rng.uniform(0.85, 1.0),
                      delay=(60, 300))
    bio = d.write("bio", mixed=False, noisy=False)
    d.profiles_for(platforms, handle, bio=bio, followers=3000, following_ratio=(0.8, 1.2),
                   url=short_link(rng) if rng.random() < 0.6 else None)
    d.mean_likes = rng.uniform(0.3, 4)


def subtle_fake(d: Draft, handle: str) -> None:
    """Near-duplicate cross-posts whose hashtags and emoji vary (seed 004: identical content
    everywhere, disguised); ROI and conversion as slogans with no figure (seed 004: no business
    metrics; seed 001: ROI vocabulary); generic praise replies (seed 000 comments such as short
    praise); templated DMs with the first name swapped; off-topic filler."""
    rng = d.rng
    platforms = rng.sample(("twitter", "linkedin", "facebook", "instagram", "blog"), rng.randint(2, 4))
    n = _count(rng, 32, 0.8, 2, 260)
    d.timeline(n, (0.4, 2.0))
    times = (scheduled_times(rng, n, d.start, d.days, slots=rng.randint(1, 3), jitter=1200)
             if rng.random() < 0.5 else d.human_times(n))
    cross_rate = rng.uniform(0.35, 0.8)
    tags = d.slots["tag"]
    for t in times:
        r = rng.random()
        if r < 0.65:
            base = d.write("post") if r < 0.45 else d.write("slogan")
            if rng.random() < cross_rate and len(platforms) > 1:
                targets = rng.sample(platforms, rng.randint(2, len(platforms)))
                variants = [f"{base} {' '.join(rng.sample(tags, rng.randint(1, 3)))}"
                            + (f" {rng.choice(EMOJI['hype'])}" if rng.random() < 0.5 else "") for _ in targets]
                d.cross_post(variants, targets, t, (60, 2400))
            else:
                d.post(rng.choice(platforms), base, t)
        elif r < 0.85:
            text = d.write("praise")
            platform = rng.choice(platforms)
            if platform in REPLY_PLATFORMS:
                text = f"@{counterpart_handle(rng, d.lang)[0]} {text}"
            d.answer(platform, text, t)
        else:
            d.post(rng.choice(platforms), d.write("offtopic"), t)
    _genuine_habit(d, 0.35)
    dm_platforms = _dm_capable(platforms)
    if dm_platforms and rng.random() < 0.8:
        d.welcome_dms(dm_platforms, _count(rng, 14, 0.7, 3, 80), "dm", share=rng.uniform(0.6, 1.0),
                      delay=(60, 300), slow_share=rng.uniform(0.0, 0.3))
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False) if rng.random() < 0.7 else None,
                   followers=1800, following_ratio=(0.5, 1.1), url=short_link(rng) if rng.random() < 0.3 else None)
    d.mean_likes = rng.uniform(1, 8)


def content_farm(d: Draft, handle: str) -> None:
    """An automated feed: a post every fixed interval, many posts, reposts and links, the same
    text on several platforms at once (seed 004: posting only links, same feed everywhere;
    seed 002: the "faiseur de buzz")."""
    rng = d.rng
    platforms = rng.sample(("twitter", "facebook", "linkedin", "tumblr", "blog", "pinterest", "mastodon"),
                           rng.randint(2, 4))
    n = min(_count(rng, 110, 0.6, 25, 500), 900 // len(platforms))
    interval = rng.choice((900, 1200, 1800, 2700, 3600, 5400, 7200, 10800))
    quiet = (0, 6) if rng.random() < 0.4 else None
    d.set_timeline(n * interval * (1.4 if quiet else 1.05) / DAY + 1)
    repost_rate = rng.uniform(0.25, 0.7)
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    for t in regular_times(rng, n, d.start, interval, jitter=rng.uniform(2, 60), quiet_hours=quiet):
        if rng.random() < repost_rate:
            source = counterpart_handle(rng, d.lang)[0]
            text = d.write("repost", noisy=False)
            for platform in rng.sample(platforms, rng.randint(1, len(platforms))):
                shown = f"RT @{source}: {text}" if platform in REPLY_PLATFORMS else text
                d.post(platform, shown, t + rng.uniform(0, 20), kind="repost")
        else:
            d.cross_post(d.write("headline", noisy=False), platforms, t, (0, 30))
    if rng.random() < 0.4:
        d.quiet_follows(platforms, _count(rng, 10, 0.8, 1, 60))
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False), followers=800,
                   following_ratio=(1.0, 3.0), url=short_link(rng) if rng.random() < 0.5 else None)
    d.mean_likes = rng.uniform(0.05, 1.0)


_SPRAWL = ("linkedin", "instagram", "pinterest", "tiktok", "youtube", "blog", "tumblr", "viadeo", "snapchat",
           "threads", "mastodon", "bluesky", "flickr", "reddit")


def unlimited_seller(d: Draft, handle: str) -> None:
    """Unlimited posting on ten platforms, packages, sales pitches in DMs, a profile everywhere
    (seed 004: "poster du contenu illimité sur une dizaine de plateformes"; "178 comptes")."""
    rng = d.rng
    platforms = ["facebook", "twitter", *rng.sample(_SPRAWL, rng.randint(4, 9))]
    n = _count(rng, 22, 0.8, 2, 200)
    d.timeline(n, (0.5, 2.5))
    times = scheduled_times(rng, n, d.start, d.days) if rng.random() < 0.5 else d.human_times(n)
    for t in times:
        text = d.write("offer") if rng.random() < 0.7 else d.write("proof")
        if rng.random() < 0.75:
            d.cross_post(text, rng.sample(platforms, rng.randint(3, len(platforms))), t, (10, 300))
        else:
            d.post(rng.choice(platforms), text, t)
    _genuine_habit(d, 0.3)
    dm_platforms = _dm_capable(platforms)
    if rng.random() < 0.85:
        d.welcome_dms(dm_platforms, _count(rng, 12, 0.8, 2, 80), "pitch_dm", share=rng.uniform(0.6, 0.95),
                      delay=(60, 300), slow_share=0.1)
    for _ in range(_count(rng, 6, 0.9, 0, 40) if rng.random() < 0.7 else 0):  # cold pitches
        platform, (other, _first) = rng.choice(dm_platforms), d.someone()
        t = d.some_time()
        d.message(platform, t, "sent", d.write("cold_dm", mixed=False), other)
        if rng.random() < 0.35:
            t += rng.uniform(600, 2 * DAY)
            d.message(platform, t, "received", d.write("dm_in", mixed=False), other)
            d.message(platform, t + rng.uniform(60, 3600), "sent", d.write("followup_dm", mixed=False), other)
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False), followers=450,
                   following_ratio=(1.5, 4.0), url=short_link(rng) if rng.random() < 0.7 else None)
    d.mean_likes = rng.uniform(0.1, 2)


# --- genuine ----------------------------------------------------------------------------------

_EXPERT_MIX = (("work", 0.18), ("metric", 0.12), ("customer", 0.10), ("life", 0.14), ("opinion", 0.08),
               ("reply", 0.20), ("link_comment", 0.10), ("news", 0.08))
_SHORT_FORM = frozenset({"twitter", "mastodon", "bluesky", "instagram"})
# The kinds of post a person sometimes frames with an opener or closer (not life, not replies).
_FRAMED = frozenset({"work", "metric", "customer", "opinion", "comment_link", "announcement", "behind",
                     "figures"})


def practitioner(d: Draft, handle: str) -> None:
    """real_expert and non_native_writer: varied topics (trade, customers, life), substantive
    replies, figures with numbers (seed 004: business metrics such as conversion rate, company
    structure; seed 001: business indicators), wording adapted to each platform (seed 004: "le
    contenu doit être adapté selon la plateforme"; seed 000: a different approach per network),
    irregular timing."""
    rng = d.rng
    platforms = rng.sample(("twitter", "linkedin", "blog", "mastodon", "facebook", "instagram", "bluesky"),
                           rng.choice((1, 2, 2, 3, 3, 4)))
    n = _count(rng, 40, 0.95, 1, 450)
    d.timeline(n, (0.15, 1.5))
    kinds, weights = zip(*_EXPERT_MIX, strict=True)
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        platform = rng.choice(platforms)
        if kind == "news":
            subject = d.fill(d.template("subject"))
            for i, where in enumerate(rng.sample(platforms, min(len(platforms), 2))):
                slot = "news_short" if where in _SHORT_FORM else "news_long"
                text = d.write(slot, mixed=False, fresh=True, subject=subject)
                d.post(where, text, t + i * rng.uniform(0.1, 2.0) * DAY)
        elif kind == "reply":
            d.answer(platform if platform != "blog" else rng.choice(platforms), d.write("reply", fresh=True), t)
        else:
            d.post(platform, d.write(kind, fresh=True, frame=kind in _FRAMED), t)
    _people_around(d, platforms, conversation_rate=0.45, delay=(8.5, 1.4))
    _fake_like_habits(d, platforms, 0.3)
    own_site = website(handle, d.lang)
    d.profiles_for(platforms, handle, bio=None, followers=500, following_ratio=(0.1, 1.2),
                   url=own_site if rng.random() < 0.5 else None)
    d.mean_likes = rng.uniform(2, 30)


def link_curator(d: Draft, handle: str) -> None:
    """Many links, each with the person's own comment (seed 003: field notes shared with tags and
    bookmarks; seed 000: comments that argue versus comments that only drop a link); some use a
    scheduler, a fake-like habit."""
    rng = d.rng
    platforms = rng.sample(("twitter", "mastodon", "linkedin", "bluesky", "blog"), rng.choice((1, 1, 2, 2, 3)))
    n = _count(rng, 55, 0.9, 2, 450)
    d.timeline(n, (0.3, 2.5))
    times = scheduled_times(rng, n, d.start, d.days, slots=2, jitter=600) if rng.random() < 0.35 \
        else d.human_times(n)
    kinds = rng.choices(("comment_link", "comment_short", "reply", "life"), (0.72, 0.1, 0.12, 0.06), k=n)
    for t, kind in zip(times, kinds, strict=True):
        platform = rng.choice(platforms)
        if kind == "reply":
            d.answer(platform, d.write("reply", fresh=True), t)
        else:
            d.post(platform, d.write(kind, fresh=True, frame=kind in _FRAMED), t)
    _people_around(d, platforms, conversation_rate=0.3, delay=(8.0, 1.5))
    _fake_like_habits(d, platforms, 0.3)
    d.profiles_for(platforms, handle, bio=None, followers=1500, following_ratio=(0.2, 1.0))
    d.mean_likes = rng.uniform(2, 25)


def brand_community_manager(d: Draft, handle: str) -> None:
    """A brand's community manager: the same announcement on every platform now and then, but
    answers customers one by one, reports real figures, answers DMs individually (seed 003:
    "on répond aux questions", "on ne vend rien"; seed 001: interaction indicators)."""
    rng = d.rng
    platforms = ["facebook", *rng.sample(("twitter", "instagram", "linkedin", "youtube", "tiktok"), rng.randint(1, 3))]
    n = _count(rng, 48, 0.9, 3, 450)
    d.timeline(n, (0.3, 2.5))
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    identical_rate = rng.uniform(0.3, 0.8)
    mix = (("announcement", 0.14), ("customer_reply", 0.34), ("figures", 0.1), ("behind", 0.16),
           ("question", 0.1), ("customer_reply", 0.16))
    kinds, weights = zip(*mix, strict=True)
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        if kind == "announcement" and rng.random() < identical_rate:
            d.cross_post(d.write(kind, fresh=True, frame=True), rng.sample(platforms, len(platforms)), t, (5, 600))
        elif kind == "customer_reply":
            d.answer(rng.choice(platforms), d.write(kind, fresh=True, order=str(rng.randint(10000, 99999))), t)
        else:
            d.post(rng.choice(platforms), d.write(kind, fresh=True, frame=kind in _FRAMED), t)
    dm_platforms = _dm_capable(platforms)
    if rng.random() < 0.75:
        d.conversations(dm_platforms, _count(rng, 8, 0.9, 1, 60), delay=(7.5, 1.2))
    if rng.random() < 0.5:
        d.quiet_follows(dm_platforms, _count(rng, 15, 0.9, 1, 120))
    _fake_like_habits(d, platforms, 0.3)
    d.profiles_for(platforms, handle, bio=None, followers=6000, following_ratio=(0.01, 0.3), verified=0.3,
                   url=website(handle, d.lang, www=True))
    d.mean_likes = rng.uniform(5, 60)


def casual_user(d: Draft, handle: str) -> None:
    """An ordinary person: a handful of posts (sometimes one), everyday topics, few links."""
    rng = d.rng
    platforms = rng.sample(("facebook", "twitter", "instagram", "tiktok", "mastodon"), rng.choice((1, 1, 2)))
    n = _count(rng, 5, 1.0, 1, 60)
    d.timeline(n, (0.05, 1.0))
    for t, kind in zip(d.human_times(n), rng.choices(("everyday", "reply", "link_share"), (0.7, 0.22, 0.08), k=n),
                       strict=True):
        platform = rng.choice(platforms)
        if kind == "reply":
            d.answer(platform, d.write(kind, fresh=True), t)
        else:
            d.post(platform, d.write(kind, fresh=True, frame=kind == "everyday"), t)
    dm_platforms = _dm_capable(platforms)
    if dm_platforms and rng.random() < 0.2:
        for _ in range(rng.randint(1, 3)):
            other, _first = d.someone()
            platform, t = rng.choice(dm_platforms), d.some_time()
            d.message(platform, t, "received", d.write("dm_in", mixed=False), other)
            d.message(platform, t + rng.uniform(60, 6 * 3600), "sent", d.write("dm", mixed=False), other)
    if dm_platforms and rng.random() < 0.2:
        d.quiet_follows(dm_platforms, rng.randint(1, 6))
    d.profiles_for(platforms, handle, bio=None, followers=90, following_ratio=(0.5, 2.0))
    d.mean_likes = rng.uniform(0.5, 6)


def _people_around(d: Draft, platforms: Sequence[str], *, conversation_rate: float,
                   delay: tuple[float, float]) -> None:
    """Real accounts: DMs are conversations (someone writes, the person answers when they can);
    followers arrive without any DM."""
    dm_platforms = _dm_capable(platforms)
    if not dm_platforms:
        return
    if d.rng.random() < conversation_rate:
        d.conversations(dm_platforms, _count(d.rng, 3, 0.8, 1, 20), delay=delay)
    if d.rng.random() < 0.5:
        d.quiet_follows(dm_platforms, _count(d.rng, 12, 1.0, 1, 150))


@dataclass(frozen=True, slots=True)
class _Archetype:
    label: str
    weight: float
    behaviour: Behaviour


_TABLE = {
    "blatant_guru": _Archetype("fake", 0.14, blatant_guru),
    "subtle_fake": _Archetype("fake", 0.15, subtle_fake),
    "content_farm": _Archetype("fake", 0.09, content_farm),
    "unlimited_seller": _Archetype("fake", 0.07, unlimited_seller),
    "real_expert": _Archetype("genuine", 0.17, practitioner),
    "link_curator": _Archetype("genuine", 0.10, link_curator),
    "brand_community_manager": _Archetype("genuine", 0.10, brand_community_manager),
    "casual_user": _Archetype("genuine", 0.12, casual_user),
    "non_native_writer": _Archetype("genuine", 0.06, practitioner),
}

#: archetype name -> label ("fake" or "genuine")
ARCHETYPES: Mapping[str, str] = MappingProxyType({name: a.label for name, a in _TABLE.items()})
#: archetype name -> share of a corpus drawn over all families
WEIGHTS: Mapping[str, float] = MappingProxyType({name: a.weight for name, a in _TABLE.items()})
BEHAVIOURS: Mapping[str, Behaviour] = MappingProxyType({name: a.behaviour for name, a in _TABLE.items()})
