"""Per-archetype behaviour: which platforms, how much, how often, which habits.

Each behaviour receives a :class:`~credscore.synth.draft.Draft` whose phrasing set is already
chosen (its family) and fills it. Where a habit comes from in the domain knowledge (the seed
articles in ``shared/seeds``) is said beside it; the numbers are the generator's assumptions.

Overlap is deliberate: genuine behaviours call :func:`_fake_like_habits` (a cross-post, a
link-only post, a scheduled burst) and fake ones :func:`_genuine_habit` (a real reply, a figure,
a bit of life), so that no single habit separates the labels.

Genuine people never post a text of theirs again (issue #11 item 8: evergreen recycling is a fake
habit): their posts and answers come from :meth:`Draft.say` and :meth:`Draft.reply`, which never
repeat the core of what the account already said; a person with nothing new left posts (and
answers) less. What stays repeated is part of a design: announcements and headlines copied to
*other* platforms, a shop's templated welcome DM, and the one or two fake-like habits.

The hard cases of issue #11 go further. Hard genuine behaviours (a newspaper's feed, a researcher
copying her own links, a shop's welcome DM, an engineer's copied announcements, an association's
scheduler, a real social-media professional) show one family of the checklist's clues in full;
gaming fakes (mention stuffing, canned replies, boilerplate figures, per-platform paraphrase,
evergreen recycling, disguised letters, polished prose) keep the hollow talk under a trick that
imitates a genuine trait.

The funnel guru of 2024-26 (``funnel_guru``: bait posts that dangle a free guide for a comment, its
own link under them a minute later, the link DMed to commenters) has its genuine counterpart in
``course_teacher``: a trainer, teacher or small software team that sells a real course or product
and sometimes gives a template away or announces a free webinar, "link in the first comment"
included, but otherwise posts lessons, its own figures and failures, and answers people.

The dream seller (``dream_seller``: a trading "mentor" selling VIP signals, an e-commerce or "AI agency"
coach, a real-estate or mindset coach) is a fake expert of getting rich rather than of social media: earnings
claims about itself and its students, before/after stories, scarcity and calls to DM, screenshots of
"results"; its mechanics (cross-posting, pitch DMs, "check your DMs" answers, bought followers) vary per
account. Its genuine counterpart, ``money_educator`` (a founder building in public, a budget or debt adviser,
a real estate agent), talks about money and shows its numbers too, with costs, bad months and warnings
against get-rich-quick schemes, and answers people.
"""

from __future__ import annotations

import calendar
import math
import random
import re
import string
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from credscore.synth.draft import DM_PLATFORMS, REPLY_PLATFORMS, Draft
from credscore.synth.fillers import EMOJI, counterpart_handle, name_handle, short_link, website
from credscore.synth.influence import media_for
from credscore.synth.influencers import INFLUENCER_BEHAVIOURS
from credscore.synth.noise import DISGUISES, disguise
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


def _say(d: Draft, platform: str, slot: str, t: float, *, frame: bool = False, **fixed: str) -> None:
    """A genuine person's post of something they never said before; none when they have nothing new to say."""
    text = d.say(slot, frame=frame, **fixed)  # type: ignore[arg-type]  # fixed holds slot words only, never a flag
    if text is not None:
        d.post(platform, text, t)


def _respond(d: Draft, platform: str, slot: str, t: float, **fixed: str) -> None:
    """A genuine person's answer (see Draft.reply); none when they have nothing new to say."""
    text = d.reply(slot, **fixed)  # type: ignore[arg-type]  # fixed holds slot words only, never a flag
    if text is not None:
        d.answer(platform, text, t)


def _split(mix: Sequence[tuple[str, float]]) -> tuple[list[str], list[float]]:
    """The kinds of a mix and their weights, as ``random.choices`` takes them."""
    return [kind for kind, _ in mix], [weight for _, weight in mix]


def _answer_ratio(mix: Sequence[tuple[str, float]], answers: Sequence[str]) -> float:
    """Answers per post of one's own in a behaviour's mix of kinds (what Draft.say keeps when it skips posts)."""
    said = sum(weight for kind, weight in mix if kind in answers)
    return said / max(sum(weight for _kind, weight in mix) - said, 1e-9)


# --- fakes ------------------------------------------------------------------------------------

# A fake expert's audience is partly real (peers, follow-backs, people who like platitudes): the counters under
# its posts span a real professional's range, so that organic-looking likes and comments never tell a genuine
# account from a fake by themselves (a model would learn that artefact, and a guru with real fans would escape).
# Bought followers and engagement are the influencer archetypes' (credscore.synth.influencers).
FAKE_EXPERT_MEAN_LIKES = (0.5, 40.0)


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
    d.mean_likes = rng.uniform(*FAKE_EXPERT_MEAN_LIKES)


def subtle_fake(d: Draft, handle: str) -> None:
    """Near-duplicate cross-posts whose hashtags and emoji vary (seed 004: identical content
    everywhere, disguised); ROI and conversion as slogans with no figure (seed 004: no business
    metrics; seed 001: ROI vocabulary); generic praise replies (seed 000 comments such as short
    praise); templated DMs with the first name swapped; off-topic filler."""
    rng = d.rng
    platforms = rng.sample(("twitter", "linkedin", "facebook", "instagram", "blog"), rng.randint(2, 4))
    n = _count(rng, 26, 0.8, 2, 260)
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
    d.mean_likes = rng.uniform(*FAKE_EXPERT_MEAN_LIKES)


def content_farm(d: Draft, handle: str) -> None:
    """An automated feed: a post every fixed interval, many posts, reposts and links, the same
    text on several platforms at once (seed 004: posting only links, same feed everywhere;
    seed 002: the "faiseur de buzz")."""
    rng = d.rng
    platforms = rng.sample(("twitter", "facebook", "linkedin", "tumblr", "blog", "pinterest", "mastodon"),
                           rng.randint(2, 4))
    n = min(_count(rng, 80, 0.6, 25, 500), 900 // len(platforms))
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
    n = _count(rng, 18, 0.8, 2, 200)
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
    d.mean_likes = rng.uniform(*FAKE_EXPERT_MEAN_LIKES)


# --- genuine ----------------------------------------------------------------------------------

_EXPERT_MIX = (("work", 0.16), ("metric", 0.12), ("customer", 0.10), ("life", 0.12), ("opinion", 0.08),
               ("reply", 0.26), ("link_comment", 0.09), ("news", 0.07))
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
    n = _count(rng, 32, 0.95, 1, 450)
    d.timeline(n, (0.15, 1.5))
    kinds, weights = _split(_EXPERT_MIX)
    d.answers_per_post = _answer_ratio(_EXPERT_MIX, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        platform = rng.choice(platforms)
        if kind == "news":
            subject = d.fill(d.template("subject"))
            for i, where in enumerate(rng.sample(platforms, min(len(platforms), 2))):
                slot = "news_short" if where in _SHORT_FORM else "news_long"
                text = d.say(slot, mixed=False, subject=subject)
                if text is not None:
                    d.post(where, text, t + i * rng.uniform(0.1, 2.0) * DAY)
        elif kind == "reply":
            _respond(d, platform if platform != "blog" else rng.choice(platforms), "reply", t)
        else:
            _say(d, platform, kind, t, frame=kind in _FRAMED)
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
    n = _count(rng, 42, 0.9, 2, 450)
    d.timeline(n, (0.3, 2.5))
    times = scheduled_times(rng, n, d.start, d.days, slots=2, jitter=600) if rng.random() < 0.35 \
        else d.human_times(n)
    mix = (("comment_link", 0.64), ("comment_short", 0.1), ("reply", 0.2), ("life", 0.06))
    d.answers_per_post = _answer_ratio(mix, ("reply",))
    kinds = rng.choices(*_split(mix), k=n)
    for t, kind in zip(times, kinds, strict=True):
        platform = rng.choice(platforms)
        if kind == "reply":
            _respond(d, platform, "reply", t)
        else:
            _say(d, platform, kind, t, frame=kind in _FRAMED)
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
    n = _count(rng, 38, 0.9, 3, 450)
    d.timeline(n, (0.3, 2.5))
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    identical_rate = rng.uniform(0.3, 0.8)
    mix = (("announcement", 0.14), ("customer_reply", 0.34), ("figures", 0.1), ("behind", 0.16),
           ("question", 0.1), ("customer_reply", 0.16))
    kinds, weights = _split(mix)
    d.answers_per_post = _answer_ratio(mix, ("customer_reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        if kind == "announcement" and rng.random() < identical_rate:
            text = d.say(kind, frame=True)
            if text is not None:
                d.cross_post(text, rng.sample(platforms, len(platforms)), t, (5, 600))
        elif kind == "customer_reply":
            _respond(d, rng.choice(platforms), kind, t, order=str(rng.randint(10000, 99999)))
        else:
            _say(d, rng.choice(platforms), kind, t, frame=kind in _FRAMED)
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
    mix = (("everyday", 0.7), ("reply", 0.22), ("link_share", 0.08))
    d.answers_per_post = _answer_ratio(mix, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(*_split(mix), k=n), strict=True):
        platform = rng.choice(platforms)
        if kind == "reply":
            _respond(d, platform, kind, t)
        else:
            _say(d, platform, kind, t, frame=kind == "everyday")
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


# --- hard genuine cases: broadcasting mechanics, no hollow talk (issue #11: one family of habits
# alone must not make a fake) ---------------------------------------------------------------------

# Networks that take a link in a post (an RSS-to-social tool posts headlines there).
_LINK_NETWORKS = ("twitter", "facebook", "linkedin", "mastodon", "bluesky", "threads")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def _slug(text: str, words: int = 7) -> str:
    """The URL slug a CMS derives from a title: ascii, lower case, hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(_SLUG_DROP.sub(" ", plain).split()[:words]) or "article"


# Where each platform keeps an uploaded photo (``{code}`` is the file's random name).
_MEDIA_URLS = {
    "twitter": "https://pbs.twimg.com/media/{code}.jpg",
    "instagram": "https://scontent.cdninstagram.com/v/t51.2885-15/{code}_n.jpg",
    "facebook": "https://scontent.xx.fbcdn.net/v/t39.30808-6/{code}_n.jpg",
    "mastodon": "https://files.mastodon.social/media_attachments/files/{code}/original.jpg",
    "bluesky": "https://cdn.bsky.app/img/feed_fullsize/plain/{code}@jpeg",
}
_CODE = string.ascii_letters + string.digits


def _photo(platform: str, rng: random.Random) -> list[dict[str, str]]:
    """A photo attached to a post (format 1.1 ``media``), hosted where the platform keeps it."""
    template = _MEDIA_URLS.get(platform, "https://media.example-cdn.net/{code}.jpg")
    return [{"kind": "image", "url": template.format(code="".join(rng.choices(_CODE, k=15)))}]


def _photo_post(d: Draft, platform: str, caption: str, t: float, *, caption_share: float) -> None:
    """A photo post: now and then without a caption; on X the text also carries the photo's
    t.co link, as X exports write it (a media post, not an outbound link)."""
    text = caption if d.rng.random() < caption_share else ""
    if platform == "twitter":
        text = f"{text} https://t.co/{''.join(d.rng.choices(_CODE, k=10))}".strip()
    d.post(platform, text, t, media=_photo(platform, d.rng))


def news_outlet(d: Draft, handle: str) -> None:
    """A newspaper's publishing tool posts every headline with its link on four networks within
    a minute or two (the "identical content everywhere" mechanics of seed 004), but the subjects
    are the town's news, the links go to its own site, nobody gets a welcome DM, and the newsroom
    answers readers, corrects mistakes and calls for witnesses."""
    rng = d.rng
    platforms = rng.sample(_LINK_NETWORKS, 4)
    n = _count(rng, 20, 0.7, 4, 100)
    d.timeline(n, (1.0, 6.0))
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    site = website(handle, d.lang, www=True)
    times = (scheduled_times(rng, n, d.start, d.days, slots=rng.randint(3, 6), jitter=40)
             if rng.random() < 0.5 else d.human_times(n))
    order = rng.sample(platforms, len(platforms))  # a tool posts to its networks in a fixed order
    for t in times:
        headline = d.say("headline", mixed=False, noisy=False)
        if headline is None:  # no news left to tell: the feed posts less
            continue
        own = f"{site}/{d.fill(d.template('section'))}/{_slug(headline)}-{rng.randrange(10**5, 10**6)}"
        d.cross_post(d.fill(d.template("feed"), headline=headline, own=own), order, t, (2, 90))
    newsroom = (("reader_reply", 0.5), ("correction", 0.15), ("witness", 0.15), ("photo", 0.2))
    d.answers_per_post = _answer_ratio(newsroom, ("reader_reply",))
    told = len(d.posts) // len(platforms)  # the headlines the feed posted
    for t, kind in zip(d.human_times(max(1, round(told * rng.uniform(0.08, 0.3)))),
                       rng.choices(*_split(newsroom), k=n), strict=False):
        platform = rng.choice(platforms)
        if kind == "reader_reply":
            _respond(d, platform, kind, t)
        elif kind == "photo":
            caption = d.say(kind)
            if caption is not None:
                _photo_post(d, platform, caption, t, caption_share=1.0)
        else:
            _say(d, platform, kind, t)
    _people_around(d, platforms, conversation_rate=0.35, delay=(8.0, 1.3))
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False), followers=9000,
                   following_ratio=(0.01, 0.2), url=site, verified=0.4, url_share=0.95)
    d.mean_likes = rng.uniform(2, 40)


def own_work_sharer(d: Draft, handle: str) -> None:
    """A researcher or creator copies each announcement of their own work (a paper, an episode,
    a print), with the link to their own site, to Mastodon, Bluesky and LinkedIn minutes apart;
    otherwise discusses with peers, posts fieldwork or studio photos, reads others' work."""
    rng = d.rng
    platforms = ["mastodon", "bluesky", "linkedin", *(["twitter"] if rng.random() < 0.25 else [])]
    n = _count(rng, 32, 1.0, 1, 220)
    d.timeline(n, (0.2, 1.5))
    site = website(handle, d.lang)
    mix = (("announce", 0.22), ("reply", 0.33), ("field", 0.16), ("other", 0.12), ("life", 0.17))
    kinds, weights = _split(mix)
    d.answers_per_post = _answer_ratio(mix, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        platform = rng.choice(platforms)
        if kind == "announce":
            own = f"{site}/{d.fill(d.template('path'))}/{rng.randint(2015, 2024)}-{rng.randint(1, 60):02d}"
            text = d.say("announce", mixed=False, own=own)
            if text is not None:
                targets = rng.sample(platforms, len(platforms) if rng.random() < 0.8 else 2)
                d.cross_post(text, targets, t, (20, 1800))
        elif kind == "reply":
            _respond(d, platform, kind, t)
        elif kind == "field" and rng.random() < 0.7:
            caption = d.say(kind)
            if caption is not None:
                _photo_post(d, platform, caption, t, caption_share=0.9)
        else:
            _say(d, platform, kind, t)
    _people_around(d, platforms, conversation_rate=0.5, delay=(8.5, 1.4))
    d.profiles_for(platforms, handle, bio=None, followers=900, following_ratio=(0.3, 1.5), url=site,
                   url_share=0.9)
    d.mean_likes = rng.uniform(2, 30)


def welcome_shop(d: Draft, handle: str) -> None:
    """A shop or a club whose messaging tool sends each new follower the same welcome DM within
    minutes (seed 004's automatic DM, without the pitch); otherwise real figures of its own
    activity, photos of what arrived, answers to customers and members one by one."""
    rng = d.rng
    platforms = ["instagram", "facebook", *rng.sample(("twitter", "tiktok", "mastodon"), rng.choice((0, 0, 1)))]
    n = _count(rng, 36, 1.0, 1, 300)
    d.timeline(n, (0.2, 1.5))
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    site = website(handle, d.lang, www=True)
    mix = (("figures", 0.16), ("arrival", 0.28), ("practical", 0.12), ("customer_reply", 0.44))
    kinds, weights = _split(mix)
    d.answers_per_post = _answer_ratio(mix, ("customer_reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        if kind == "customer_reply":
            _respond(d, rng.choice(platforms), kind, t)
        elif kind == "arrival":
            platform = "instagram" if rng.random() < 0.6 else rng.choice(platforms)
            caption = d.say(kind)
            if caption is not None:
                _photo_post(d, platform, caption, t, caption_share=0.85)
        else:
            _say(d, rng.choice(platforms), kind, t)
    dm_platforms = _dm_capable(platforms)
    d.welcome_dms(dm_platforms, _count(rng, 30, 0.8, 5, 200), "welcome", share=rng.uniform(0.8, 1.0),
                  delay=(20, 600))
    if rng.random() < 0.7:
        d.conversations(dm_platforms, _count(rng, 6, 0.8, 1, 40), delay=(8.0, 1.2))
    _fake_like_habits(d, platforms, 0.25)
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False), followers=1200,
                   following_ratio=(0.1, 0.8), url=site)
    d.mean_likes = rng.uniform(4, 50)


# Where the link goes until the words around it (and so its slug) are known; not a word, so no
# typo touches it.
_OWN_LINK = "§own§"
_COPY_PAIRS = (("linkedin", "mastodon"), ("twitter", "mastodon"), ("linkedin", "bluesky"), ("mastodon", "bluesky"),
               ("linkedin", "twitter"))


def announcement_copier(d: Draft, handle: str) -> None:
    """An engineer pastes each announcement (release, talk, post, job) on two networks word for
    word, minutes to hours apart; discussion, questions and life stay on one network or the other."""
    rng = d.rng
    first, second = rng.choice(_COPY_PAIRS)
    platforms = [first, second]
    n = _count(rng, 32, 1.0, 1, 220)
    d.timeline(n, (0.2, 1.2))
    site = website(handle, d.lang)
    mix = (("announce", 0.2), ("reply", 0.35), ("tech", 0.2), ("question", 0.08), ("life", 0.17))
    kinds, weights = _split(mix)
    d.answers_per_post = _answer_ratio(mix, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        if kind == "announce":
            text = d.say("announce", own=_OWN_LINK)  # the CMS slug comes from the words
            if text is None:
                continue
            slug = _slug(text.replace(_OWN_LINK, ""), 6)
            text = text.replace(_OWN_LINK, f"{site}/{d.fill(d.template('path'))}/{slug}")
            d.post(first, text, t)
            if rng.random() < 0.9:  # now and then the copy is forgotten
                d.post(second, text, t + rng.uniform(60, 8 * 3600))
        elif kind == "reply":
            _respond(d, rng.choice(platforms), kind, t)
        else:
            _say(d, rng.choice(platforms), kind, t)
    _people_around(d, platforms, conversation_rate=0.45, delay=(8.5, 1.4))
    d.profiles_for(platforms, handle, bio=None, followers=700, following_ratio=(0.3, 1.5),
                   url=site if rng.random() < 0.7 else None)
    d.mean_likes = rng.uniform(2, 25)


def scheduled_association(d: Draft, handle: str) -> None:
    """A food bank or association whose volunteers load the week's posts into a scheduler: round
    minutes, the same slots every week, often the same post on Facebook and Instagram at once
    (seed 004's clockwork and identical content); but the posts are practical and concrete, and
    volunteers answer questions by hand."""
    rng = d.rng
    platforms = ["facebook", "instagram", *(["twitter"] if rng.random() < 0.35 else [])]
    n = _count(rng, 35, 0.7, 4, 200)
    d.timeline(n, (0.3, 1.5))
    d.name = d.write("name", mixed=False, noisy=False)
    handle = name_handle(d.name, rng)
    site = website(handle, d.lang)
    cross_rate = rng.uniform(0.4, 0.9)
    mix = (("schedule", 0.3), ("need", 0.25), ("result", 0.25), ("thanks", 0.2))
    kinds, weights = _split(mix)
    times = scheduled_times(rng, n, d.start, d.days, slots=rng.randint(2, 3), jitter=rng.uniform(0, 55))
    said = 0  # posts the scheduler held (the answers come in proportion)
    for t, kind in zip(times, rng.choices(kinds, weights, k=n), strict=True):
        text = d.say(kind)
        if text is None:  # the week's news is told already: the scheduler stays empty this time
            continue
        said += 1
        media = _photo("facebook", rng) if kind in ("result", "thanks") and rng.random() < 0.5 else None
        if rng.random() < cross_rate:
            d.cross_post(text, platforms, t, (0, 5), media=media)
        else:
            d.post(rng.choice(platforms), text, t, media=media)
    for t in d.human_times(max(1, round(said * rng.uniform(0.1, 0.35)))):
        _respond(d, rng.choice(platforms), "reply", t)
    _people_around(d, platforms, conversation_rate=0.5, delay=(9.0, 1.3))
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False), followers=1500,
                   following_ratio=(0.05, 0.5), url=site if rng.random() < 0.8 else None)
    d.mean_likes = rng.uniform(3, 40)


def social_media_pro(d: Draft, handle: str) -> None:
    """A real social-media professional: talks about engagement and community like the fakes, but
    with the figures of real campaigns tied to a business (orders, bookings, cost per customer;
    seed 004: business metrics; seed 001: business indicators), says what failed, and argues with
    peers and clients in real exchanges (seed 003)."""
    rng = d.rng
    platforms = rng.sample(("linkedin", "instagram", "twitter", "facebook", "mastodon", "bluesky"),
                           rng.choice((1, 2, 2, 3)))
    n = _count(rng, 40, 1.0, 1, 350)
    d.timeline(n, (0.2, 1.5))
    mix = (("case", 0.2), ("lesson", 0.12), ("reply", 0.32), ("question", 0.08), ("link", 0.14), ("life", 0.14))
    kinds, weights = _split(mix)
    d.answers_per_post = _answer_ratio(mix, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        if kind == "reply":
            _respond(d, rng.choice(platforms), kind, t)
        else:
            _say(d, rng.choice(platforms), kind, t)
    _people_around(d, platforms, conversation_rate=0.6, delay=(8.5, 1.3))
    _fake_like_habits(d, platforms, 0.35)
    d.profiles_for(platforms, handle, bio=None, followers=1400, following_ratio=(0.3, 1.2),
                   url=website(handle, d.lang) if rng.random() < 0.6 else None)
    d.mean_likes = rng.uniform(3, 30)


# The funnel guru's era: the AI and solopreneur funnels of LinkedIn and Instagram followed ChatGPT's release (late
# 2022). Its genuine counterpart lives in the same years (its tools are recent too), so that the date tells nothing.
_FUNNEL_ERA = calendar.timegm((2023, 1, 1, 0, 0, 0))
_FREEBIE_SHARE = (0.10, 0.25)  # share of a real trainer's posts that give something away (issue #11 hard case)
_FIRST_COMMENT_SHARE = 0.4     # of those on LinkedIn: the link in the first comment (the feed is said to hide links)
_FIRST_COMMENT_DELAY = (40, 900)  # seconds: a person adds that comment by hand, a minute to a quarter of an hour later


def course_teacher(d: Draft, handle: str) -> None:
    """A real trainer, teacher or small SaaS team that sells a real course, product or service and,
    now and then, gives a resource away or announces a free webinar, with the link to its own site
    (on LinkedIn sometimes "link in the first comment", posted by hand a few minutes later: the
    funnel guru's mechanics, without the funnel); otherwise substance: specific lessons, figures of
    its own sessions and customers, what failed, questions, and answers to students and peers."""
    rng = d.rng
    platforms = ["linkedin", *rng.sample(("twitter", "instagram", "youtube", "mastodon", "bluesky", "facebook"),
                                         rng.choice((0, 1, 1, 2)))]
    n = _count(rng, 36, 1.0, 1, 350)
    d.timeline(n, (0.2, 1.5), since=_FUNNEL_ERA)
    site = website(handle, d.lang)
    freebie = rng.uniform(*_FREEBIE_SHARE)
    rest = 1.0 - freebie
    mix = (("freebie", freebie), ("lesson", 0.2 * rest), ("numbers", 0.13 * rest), ("failure", 0.08 * rest),
           ("course", 0.07 * rest), ("question", 0.06 * rest), ("reply", 0.34 * rest), ("life", 0.12 * rest))
    kinds, weights = _split(mix)
    d.answers_per_post = _answer_ratio(mix, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        platform = rng.choice(platforms)
        if kind == "reply":
            _respond(d, platform, kind, t)
        elif kind in ("freebie", "course"):
            section = f"{site}/{d.fill(d.template('path'))}"
            if (kind == "freebie" and platform == "linkedin" and rng.random() < _FIRST_COMMENT_SHARE
                    and _first_comment_post(d, section, t)):
                continue
            text = d.say(kind, own=_OWN_LINK)  # the page's slug comes from the words, as a CMS makes it
            if text is not None:
                d.post(platform, text.replace(_OWN_LINK, f"{section}/{_slug(text.replace(_OWN_LINK, ''), 6)}"), t)
        else:
            _say(d, platform, kind, t, frame=kind in ("lesson", "numbers"))
    _people_around(d, platforms, conversation_rate=0.6, delay=(8.5, 1.3))
    _fake_like_habits(d, platforms, 0.2)
    d.profiles_for(platforms, handle, bio=None, followers=1800, following_ratio=(0.2, 1.2), url=site,
                   url_share=0.8)
    d.mean_likes = rng.uniform(3, 35)


def _first_comment_post(d: Draft, section: str, t: float) -> bool:
    """A LinkedIn post that says the link is in the first comment, and that comment, added by hand
    a minute to a quarter of an hour later (when nothing new is left to say, the link stays in the post);
    False when no such post is left to write."""
    teaser = d.say("teaser")
    if teaser is None:
        return False
    own = f"{section}/{_slug(teaser, 6)}"
    comment = d.say("first_comment", own=_OWN_LINK)
    if comment is None:
        d.post("linkedin", f"{teaser}\n{own}", t)
        return True
    d.post("linkedin", teaser, t)
    d.answer("linkedin", comment.replace(_OWN_LINK, own), t + d.rng.uniform(*_FIRST_COMMENT_DELAY))
    return True


# --- fakes that game the signals (issue #11: cheap tricks must not rescue a fake) ---------------

def _broadcast_platforms(d: Draft, first: str, pool: Sequence[str], k: tuple[int, int]) -> list[str]:
    return [first, *d.rng.sample([p for p in pool if p != first], d.rng.randint(*k))]


def _broadcast_times(d: Draft, n: int, scheduled_share: float) -> list[float]:
    """A fake's rhythm: a scheduler's slots for most, irregular for the others."""
    if d.rng.random() < scheduled_share:
        return scheduled_times(d.rng, n, d.start, d.days, slots=d.rng.randint(1, 3), jitter=d.rng.uniform(20, 600))
    return d.human_times(n)


def _auto_welcome(d: Draft, platforms: Sequence[str], probability: float, slot: str = "welcome_dm") -> None:
    dm_platforms = _dm_capable(platforms)
    if dm_platforms and d.rng.random() < probability:
        d.welcome_dms(dm_platforms, _count(d.rng, 18, 0.8, 3, 120), slot, share=d.rng.uniform(0.75, 1.0),
                      delay=(60, 400), slow_share=d.rng.uniform(0.0, 0.3))


def _fake_profiles(d: Draft, platforms: Sequence[str], handle: str, *, bio: str | None = None) -> None:
    rng = d.rng
    d.profiles_for(platforms, handle, bio=bio or d.write("bio", mixed=False, noisy=False), followers=2500,
                   following_ratio=(0.6, 1.4), url=short_link(rng) if rng.random() < 0.5 else None)
    d.mean_likes = rng.uniform(*FAKE_EXPERT_MEAN_LIKES)


def mention_stuffer(d: Draft, handle: str) -> None:
    """Appends "cc @a @b" to its broadcasts so they look addressed: a handful of big accounts it
    wants noticed by, tagged again and again, never answered; the rest is the seed-004 guru."""
    rng = d.rng
    platforms = _broadcast_platforms(d, "twitter", ("linkedin", "instagram", "facebook", "threads"), (1, 3))
    n = _count(rng, 32, 0.8, 2, 300)
    d.timeline(n, (0.6, 3.0))
    targets = ["@" + counterpart_handle(rng, d.lang)[0] for _ in range(rng.randint(4, 9))]
    stuff_rate, link_rate, cross_rate = rng.uniform(0.6, 0.95), rng.uniform(0.15, 0.45), rng.uniform(0.3, 0.7)
    for t in _broadcast_times(d, n, 0.6):
        text = d.write("link_post" if rng.random() < link_rate else "broadcast")
        if rng.random() < stuff_rate:
            cc = " ".join(rng.sample(targets, rng.randint(2, min(4, len(targets)))))
            text = f"{text} {d.fill(d.template('cc'), cc=cc)}"
        if rng.random() < cross_rate:
            d.cross_post(text, rng.sample(platforms, rng.randint(2, len(platforms))), t, (15, 600))
        else:
            d.post(rng.choice(platforms), text, t)
    _genuine_habit(d, 0.3)
    _auto_welcome(d, platforms, 0.75)
    _fake_profiles(d, platforms, handle)


def canned_replier(d: Draft, handle: str) -> None:
    """"Takes part in conversations" with one canned 10–15-word thank-you reply pasted under many
    people's posts (seed 000's generic praise, industrialised); broadcasts hollow talk."""
    rng = d.rng
    platforms = _broadcast_platforms(d, rng.choice(("linkedin", "instagram")),
                                     ("twitter", "facebook", "linkedin", "instagram", "threads"), (1, 2))
    n = _count(rng, 40, 0.8, 2, 300)
    d.timeline(n, (0.6, 3.0))
    canned = d.fill(d.template("canned"))
    reply_share, cross_rate = rng.uniform(0.3, 0.55), rng.uniform(0.3, 0.6)
    for t in _broadcast_times(d, n, 0.5):
        if rng.random() < reply_share:
            platform = rng.choice(platforms)
            text = canned if rng.random() < 0.85 else f"{canned} {rng.choice(EMOJI['hype'])}"
            if platform in REPLY_PLATFORMS:
                text = f"@{d.someone()[0]} {text}"
            d.answer(platform, text, t + rng.uniform(0, 3600))
            continue
        text = d.write("link_post" if rng.random() < 0.25 else "broadcast")
        if rng.random() < cross_rate:
            d.cross_post(text, rng.sample(platforms, rng.randint(2, len(platforms))), t, (30, 900))
        else:
            d.post(rng.choice(platforms), text, t)
    _genuine_habit(d, 0.3)
    _auto_welcome(d, platforms, 0.7)
    _fake_profiles(d, platforms, handle)


def figure_faker(d: Draft, handle: str) -> None:
    """One or two invented, boilerplate figure lines repeated again and again (figures that are
    no business measure), a stream of "merci !" replies, and hollow broadcasts."""
    rng = d.rng
    platforms = _broadcast_platforms(d, "linkedin", ("twitter", "instagram", "facebook", "blog"), (1, 3))
    n = _count(rng, 38, 0.8, 2, 300)
    d.timeline(n, (0.5, 2.5))
    figures = [d.fill(template) for template in rng.sample(list(d.slots["figure"]), rng.randint(1, 2))]
    figure_rate, thanks_rate = rng.uniform(0.12, 0.3), rng.uniform(0.15, 0.35)
    for t in _broadcast_times(d, n, 0.5):
        r = rng.random()
        if r < figure_rate:
            d.cross_post(rng.choice(figures), rng.sample(platforms, rng.randint(1, 2)), t, (30, 900))
        elif r < figure_rate + thanks_rate:
            platform = rng.choice(platforms)
            thanks = d.write("thanks", noisy=False)
            d.answer(platform, f"@{d.someone()[0]} {thanks}" if platform in REPLY_PLATFORMS else thanks,
                     t + rng.uniform(0, 7200))
        else:
            text = d.write("link_post" if rng.random() < 0.25 else "broadcast")
            d.post(rng.choice(platforms), text, t)
    _genuine_habit(d, 0.3)
    _auto_welcome(d, platforms, 0.7)
    _fake_profiles(d, platforms, handle)


_LONG_FORM = frozenset({"linkedin", "facebook", "blog"})


def paraphrase_scheduler(d: Draft, handle: str) -> None:
    """A scheduler "adapts" each message per network: a fixed opener and closer per platform,
    spintax synonyms drawn again for each copy, hashtags rotated from a pool; a few thank-you
    replies. Near-duplicates everywhere (seed 004), disguised."""
    rng = d.rng
    platforms = rng.sample(("linkedin", "twitter", "facebook", "instagram", "threads", "bluesky"), rng.randint(3, 4))
    frames = {p: (d.fill(d.template("open_long" if p in _LONG_FORM else "open_short")),
                  d.fill(d.template("close_long" if p in _LONG_FORM else "close_short"))) for p in platforms}
    tags = list(d.slots["tag"])
    n = _count(rng, 18, 0.8, 2, 150)
    d.timeline(n, (0.5, 2.0))
    for t in scheduled_times(rng, n, d.start, d.days, slots=rng.randint(2, 3), jitter=rng.uniform(20, 300)):
        template = d.template("message")
        targets = rng.sample(platforms, rng.randint(max(2, len(platforms) - 1), len(platforms)))
        variants = []
        for p in targets:
            opener, closer = frames[p]
            body = d.fill(template)
            hashtags = " ".join(rng.sample(tags, rng.randint(1, 3)))
            sep = "\n\n" if p in _LONG_FORM else " "
            variants.append(f"{opener}{sep}{body}{sep}{closer} {hashtags}")
        d.cross_post(variants, targets, t, (30, 900))
    for t in d.human_times(max(1, round(n * rng.uniform(0.1, 0.4)))):
        platform = rng.choice(platforms)
        thanks = d.write("thanks", noisy=False)
        d.answer(platform, f"@{d.someone()[0]} {thanks}" if platform in REPLY_PLATFORMS else thanks, t)
    _genuine_habit(d, 0.3)
    _auto_welcome(d, platforms, 0.75)
    _fake_profiles(d, platforms, handle)


# An evergreen library holds 6 to 26 texts, each re-posted about four times over the history.
_EVERGREEN_MIN, _EVERGREEN_MAX, _EVERGREEN_RETURNS = 6, 26, 4


def evergreen_recycler(d: Draft, handle: str) -> None:
    """A library of a couple of dozen "evergreen" tips and links that a tool re-posts in rotation
    on the same platform for months (self-duplication over time rather than across networks)."""
    rng = d.rng
    platforms = rng.sample(("twitter", "linkedin", "facebook", "instagram", "tiktok"), rng.randint(1, 3))
    n = _count(rng, 55, 0.6, 20, 250)
    d.timeline(n, (0.3, 1.2))
    # A library small enough that each text comes back several times over the history.
    size = max(_EVERGREEN_MIN, min(_EVERGREEN_MAX, n // _EVERGREEN_RETURNS))
    library = list(dict.fromkeys(d.write("evergreen", noisy=False) for _ in range(size)))
    home = {text: rng.choice(platforms) for text in library}
    queue: list[str] = []
    for t in scheduled_times(rng, n, d.start, d.days, slots=rng.randint(1, 2), jitter=rng.uniform(10, 120)):
        if not queue:  # one pass through the library, shuffled, then again
            queue = rng.sample(library, len(library))
        text = queue.pop()
        if len(platforms) > 1 and rng.random() < 0.15:
            d.cross_post(text, rng.sample(platforms, 2), t, (30, 600))
        else:
            d.post(home[text], text, t)
    _genuine_habit(d, 0.25)
    _auto_welcome(d, platforms, 0.6)
    _fake_profiles(d, platforms, handle)


def obfuscating_guru(d: Draft, handle: str) -> None:
    """The seed-004 guru who disguises his buzzwords (look-alike letters, zero-width characters,
    math-bold letters) so that word lists miss them; readers see the same hollow talk."""
    rng = d.rng
    platforms = _broadcast_platforms(d, "twitter", ("facebook", "linkedin", "instagram", "blog"), (1, 3))
    ways = rng.sample(DISGUISES, rng.randint(1, 2))
    rate = rng.uniform(0.6, 1.0)
    buzz = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, d.slots["buzz"]), key=len, reverse=True))
                      + r")(?!\w)", re.IGNORECASE)

    def disguised(text: str) -> str:
        return buzz.sub(lambda m: disguise(m.group(0), rng, rng.choice(ways)) if rng.random() < rate
                        else m.group(0), text)

    n = _count(rng, 30, 0.8, 2, 260)
    d.timeline(n, (0.6, 3.0))
    cross_rate = rng.uniform(0.4, 0.85)
    for t in _broadcast_times(d, n, 0.6):
        text = disguised(d.write("link_post" if rng.random() < 0.3 else "broadcast"))
        if rng.random() < cross_rate:
            d.cross_post(text, rng.sample(platforms, rng.randint(2, len(platforms))), t, (15, 420))
        else:
            d.post(rng.choice(platforms), text, t)
    _genuine_habit(d, 0.3)
    _auto_welcome(d, platforms, 0.8)
    title = d.fill(d.template("title"))
    title = disguise(title, rng, "math_bold") if rng.random() < 0.6 else disguised(title)
    _fake_profiles(d, platforms, handle, bio=d.fill(d.template("bio"), title=title))


def polished_guru(d: Draft, handle: str) -> None:
    """Hollow expertise in fluent, varied prose (what a language model turns the guru's lines
    into): never a business measure, always engagement, storytelling and community; the same long
    post on several networks, a one-line version elsewhere, a courteous automatic DM."""
    rng = d.rng
    platforms = _broadcast_platforms(d, "linkedin", ("twitter", "facebook", "instagram", "threads", "blog"), (1, 3))
    long_form = [p for p in platforms if p in _LONG_FORM or p == "instagram"]
    short_form = [p for p in platforms if p not in long_form]
    n = _count(rng, 26, 0.8, 1, 200)
    d.timeline(n, (0.3, 1.5))
    cross_rate = rng.uniform(0.5, 0.9)
    for t in _broadcast_times(d, n, 0.6):
        if short_form and rng.random() < 0.3:
            d.post(rng.choice(short_form), d.write("short", noisy=False, fresh=True), t)
            continue
        text = d.write("post", noisy=False, fresh=True)
        if len(long_form) > 1 and rng.random() < cross_rate:
            d.cross_post(text, rng.sample(long_form, len(long_form)), t, (60, 1800))
        else:
            d.post(rng.choice(long_form), text, t)
    _genuine_habit(d, 0.25)
    _auto_welcome(d, platforms, 0.75)
    _fake_profiles(d, platforms, handle)


# Where a funnel's free thing lives: a link-in-bio page or a landing page of a creator platform ({h} the handle,
# {c} a page code); LinkedIn shortens most links to lnkd.in.
_LANDING_PAGES = ("https://{h}.gumroad.com/l/{c}", "https://{h}.beehiiv.com/subscribe", "https://stan.store/{h}",
                  "https://{h}.systeme.io/{c}", "https://{h}.notion.site/{c}", "https://{h}.kit.com/{c}",
                  "https://{h}.podia.com/{c}")
_LINKEDIN_SHORT = "https://lnkd.in/{c}"
_BIO_PAGES = ("https://linktr.ee/{h}", "https://stan.store/{h}", "https://beacons.ai/{h}", "https://{h}.kit.com")
_FUNNEL_BAIT = (0.4, 0.9)        # share of an account's posts that dangle a free thing (issue #11 hard fake)
_FUNNEL_KEYWORD = (0.2, 0.8)     # of those, "comment WORD to get it" rather than "link in the first comment"
_FUNNEL_SELF_REPLY = (0.7, 1.0)  # share of the bait answered by the account itself with the link
_FUNNEL_X_COPY = (0.3, 0.9)      # share of the bait copied to X or Threads with "link in the reply"
_FUNNEL_DELIVER = 0.6            # accounts whose tool DMs the link to the people who commented the word
_FUNNEL_REPLY_DELAY = (20, 150)  # seconds before the account's own answer with the link: a tool, or a ritual
_FUNNEL_COPY_DELAY = (5, 600)    # seconds between the bait and its copy on X
_FUNNEL_DM_DELAY = (120, 6 * 3600)  # seconds before the tool's DM reaches a commenter
_LNKD_SHARE = 0.5                # LinkedIn links written as lnkd.in (the rest pasted as the landing page)


def _landing(d: Draft, handle: str, pages: Sequence[str]) -> str:
    host = "".join(c for c in handle.lower() if c.isascii() and c.isalnum()) or "page"
    code = "".join(d.rng.choices(string.ascii_lowercase + string.digits, k=d.rng.randint(5, 8)))
    return d.rng.choice(pages).format(h=host, c=code)


def funnel_guru(d: Draft, handle: str) -> None:
    """The 2024-26 LinkedIn/Instagram guru (AI, productivity, solopreneur, "coach LinkedIn") whose feed
    is a sales funnel: most posts are bait (a hook in short lines, an unverifiable result, a free guide,
    prompt pack, template, masterclass or challenge to get by commenting a word or in the first comment,
    often "free for 48 h"), the rest motivational or contrarian one-liners. The account answers its own
    bait within a minute or two with the link, copies it to X with "link in the reply", DMs the link to
    the commenters with one template, posts on a scheduler's clock, and hardly talks with anyone."""
    rng = d.rng
    platforms = _broadcast_platforms(d, rng.choice(("linkedin", "instagram")),
                                     ("linkedin", "instagram", "twitter", "threads", "facebook"), (0, 2))
    short = [p for p in platforms if p in ("twitter", "threads")]
    home = [p for p in platforms if p not in short]
    n = _count(rng, 34, 0.8, 2, 300)
    d.timeline(n, (0.5, 2.0), since=_FUNNEL_ERA)
    bait_rate, keyword_rate = rng.uniform(*_FUNNEL_BAIT), rng.uniform(*_FUNNEL_KEYWORD)
    reply_rate, copy_rate = rng.uniform(*_FUNNEL_SELF_REPLY), rng.uniform(*_FUNNEL_X_COPY)
    deliver = d.template("deliver_dm") if rng.random() < _FUNNEL_DELIVER else None
    dm_platforms = _dm_capable(platforms)
    for t in _broadcast_times(d, n, 0.75):
        platform = rng.choice(home)
        if rng.random() >= bait_rate:
            d.post(rng.choice(platforms), d.write("oneliner", fresh=True), t)
            continue
        keyword = rng.random() < keyword_rate
        body = d.write("bait", fresh=True)
        text = f"{body}\n\n{d.write('cta_keyword' if keyword else 'cta_first', noisy=False)}"
        link = _landing(d, handle, (_LINKEDIN_SHORT,) if platform == "linkedin" and rng.random() < _LNKD_SHARE
                        else _LANDING_PAGES)
        d.post(platform, text, t)
        if rng.random() < reply_rate:
            d.answer(platform, d.write("link_reply", noisy=False, link=link), t + rng.uniform(*_FUNNEL_REPLY_DELAY))
        if short and rng.random() < copy_rate:
            where, later = rng.choice(short), t + rng.uniform(*_FUNNEL_COPY_DELAY)
            d.post(where, f"{body}\n\n{d.write('x_suffix', noisy=False)}", later)
            d.answer(where, d.write("link_reply", noisy=False, link=link), later + rng.uniform(*_FUNNEL_REPLY_DELAY))
        if keyword and deliver is not None and platform in dm_platforms:
            for _ in range(_count(rng, 4, 0.8, 1, 30)):  # the tool answers each commenter with the same words
                other, first = d.someone()
                d.message(platform, t + rng.uniform(*_FUNNEL_DM_DELAY), "sent",
                          d.fill(deliver, link=link, first=first), other)
    _genuine_habit(d, 0.25)
    _auto_welcome(d, platforms, 0.45)
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False), followers=6000,
                   following_ratio=(0.1, 0.9), url=_landing(d, handle, _BIO_PAGES), url_share=0.85)
    d.mean_likes = rng.uniform(*FAKE_EXPERT_MEAN_LIKES)


# --- the dream seller and the money educator (issue #11 point 8: money and results, sold or told) ------------

# Where the dream seller sends people: a link-in-bio page, a paid community, a chat group, a booking page.
_DREAM_PAGES = ("https://linktr.ee/{h}", "https://stan.store/{h}", "https://whop.com/{h}", "https://t.me/{h}vip",
                "https://discord.gg/{c}", "https://{h}.systeme.io/{c}", "https://calendly.com/{h}/{c}",
                "https://beacons.ai/{h}")
# The dream sellers of this corpus are those of the short-video years (trading apps, dropshipping, then "AI
# agencies"); their genuine counterpart lives in the same years, so that the date tells nothing.
_DREAM_ERA = calendar.timegm((2020, 1, 1, 0, 0, 0))
_DREAM_NETWORKS = ("tiktok", "instagram", "youtube", "twitter", "linkedin", "threads")
_DREAM_CROSS = 0.55              # accounts that copy their posts to 2 to 4 networks; the others stay on one or two
_DREAM_CROSS_RATE = (0.4, 0.9)   # of a cross-poster's posts, the share copied to its other networks
_DREAM_CROSS_GAP = (20, 1800)    # seconds between two copies: a scheduler, or the same phone a few minutes later
_DREAM_SALES = (0.35, 0.65)      # share of an account's posts that sell (story, claims, offer, scarcity, call)
_DREAM_PROOF = (0.1, 0.35)       # share that are screenshots of "results"; the rest are motivational one-liners
_DREAM_CAPTION = (0.0, 0.7)      # of the screenshots, the share with a caption (many have none)
_DREAM_VIDEO = (0.0, 0.7)        # of the media where the network takes video, the share that are videos
# How an account answers the comments under its posts: "go to the DMs" on a share of its posts (1 to 4 answers
# each, within hours), or not at all; most answer nobody.
_DREAM_DM_ME = 0.35
_DREAM_DM_ME_POSTS = (0.2, 0.6)
_DREAM_DM_ME_DELAY = (120, 8 * 3600)
# What happens to new followers: one templated pitch sent by a tool, a pitch reworded for each of them (an
# assistant or the seller, within hours), or nothing.
_DREAM_TEMPLATED, _DREAM_PERSONAL = 0.4, 0.25
_DREAM_PERSONAL_DELAY = (600, 12 * 3600)
# Accounts whose calls to "DM me the word" bring messages in, each answered within minutes with one template.
_DREAM_KEYWORD_DMS = 0.5
_DREAM_KEYWORD_DELAY = (30, 900)
# Some dream sellers bought their audience: a count far above what their engagement supports, following few back.
_DREAM_BOUGHT = 0.3
_DREAM_FOLLOWERS, _DREAM_FOLLOWING = 4000, (0.2, 1.2)              # median followers, following per follower
_DREAM_BOUGHT_FOLLOWERS, _DREAM_BOUGHT_FOLLOWING = 30000, (0.01, 0.15)
_DREAM_SCHEDULED = 0.5           # accounts that post from a scheduler's slots
_DREAM_PITCH_DELAY = (60, 900)   # seconds before a tool's pitch reaches a new follower
_LINKEDIN_IMAGE = "https://media.licdn.com/dms/image/v2/{code}/feedshare-shrink_2048_1536/0/"
_VIDEO_NETWORKS = frozenset({"instagram", "tiktok", "youtube", "threads", "facebook"})


def _own_media(d: Draft, platform: str, handle: str, video_share: float) -> list[dict[str, str]]:
    """A photo, screenshot or video the account uploads, hosted where the network keeps it."""
    if platform in _VIDEO_NETWORKS:
        return media_for(d, platform, handle, video_share=video_share)
    if platform == "linkedin":
        return [{"kind": "image", "url": _LINKEDIN_IMAGE.format(code="".join(d.rng.choices(_CODE, k=15)))}]
    return _photo(platform, d.rng)


def _media_post(d: Draft, platform: str, caption: str, t: float, handle: str, *, caption_share: float,
                video_share: float) -> None:
    """A media post, now and then without a caption (on X the text carries the media's t.co link)."""
    text = caption if d.rng.random() < caption_share else ""
    if platform == "twitter":
        text = f"{text} https://t.co/{''.join(d.rng.choices(_CODE, k=10))}".strip()
    d.post(platform, text, t, media=_own_media(d, platform, handle, video_share))


def dream_seller(d: Draft, handle: str) -> None:
    """The fake expert of getting rich or transformed (a trading "mentor" selling VIP signals, an e-commerce or
    "AI agency" coach, a real-estate or mindset coach): a feed that sells a dream, with earnings claims about
    itself and "my students", before/after stories, "no experience needed", places that run out and doors that
    close, calls to DM or comment a word, screenshots of "results" (often without a caption) and motivational
    one-liners. Mechanics vary per account: some copy everything to 2 to 4 networks, some pitch every new
    follower (with one template, or reworded), some answer comments only with "check your DMs", many answer
    nobody; the people who DM the word get one templated answer with the link; some bought their followers."""
    rng = d.rng
    main = rng.choice(_DREAM_NETWORKS)
    cross = rng.random() < _DREAM_CROSS
    platforms = _broadcast_platforms(d, main, _DREAM_NETWORKS, (1, 3) if cross else (0, 1))
    n = _count(rng, 30, 0.8, 2, 260)
    d.timeline(n, (0.4, 2.5), since=_DREAM_ERA)
    sales, proof = rng.uniform(*_DREAM_SALES), rng.uniform(*_DREAM_PROOF)
    cross_rate = rng.uniform(*_DREAM_CROSS_RATE) if cross else 0.0
    caption_share, video_share = rng.uniform(*_DREAM_CAPTION), rng.uniform(*_DREAM_VIDEO)
    dm_me = rng.uniform(*_DREAM_DM_ME_POSTS) if rng.random() < _DREAM_DM_ME else 0.0
    for t in _broadcast_times(d, n, _DREAM_SCHEDULED):
        r = rng.random()
        targets = (rng.sample(platforms, rng.randint(2, len(platforms))) if rng.random() < cross_rate
                   else [rng.choice(platforms)])
        if r < proof:
            caption = d.write("proof_caption", fresh=True)
            for i, where in enumerate(targets):
                _media_post(d, where, caption, t + i * rng.uniform(*_DREAM_CROSS_GAP), handle,
                            caption_share=caption_share, video_share=video_share)
        else:
            text = d.write("dream" if r < proof + sales else "oneliner", fresh=True)
            d.cross_post(text, targets, t, _DREAM_CROSS_GAP)
        if dm_me and rng.random() < dm_me:
            for _ in range(rng.randint(1, 4)):
                where = rng.choice(targets)
                text = d.write("dm_me", mixed=False, noisy=False)
                d.answer(where, f"@{d.someone()[0]} {text}" if where in REPLY_PLATFORMS else text,
                         t + rng.uniform(*_DREAM_DM_ME_DELAY))
    _genuine_habit(d, 0.25)
    dm_platforms = _dm_capable(platforms)
    pitch = rng.random()
    if dm_platforms and pitch < _DREAM_TEMPLATED:
        d.welcome_dms(dm_platforms, _count(rng, 20, 0.8, 3, 150), "pitch_dm", share=rng.uniform(0.7, 1.0),
                      delay=_DREAM_PITCH_DELAY, slow_share=rng.uniform(0.0, 0.3))
    elif dm_platforms and pitch < _DREAM_TEMPLATED + _DREAM_PERSONAL:
        for _ in range(_count(rng, 12, 0.8, 2, 80)):
            platform, t = rng.choice(dm_platforms), d.some_time()
            other, first = d.follow_in(platform, t)
            d.message(platform, t + rng.uniform(*_DREAM_PERSONAL_DELAY), "sent",
                      d.write("pitch_personal", mixed=False, first=first), other)
    elif dm_platforms and rng.random() < 0.5:
        d.quiet_follows(dm_platforms, _count(rng, 10, 0.9, 1, 80))
    page = _landing(d, handle, _DREAM_PAGES)  # where everything leads: the bio's link, the answers to the word
    if dm_platforms and rng.random() < _DREAM_KEYWORD_DMS:
        answer = d.template("keyword_reply")
        for _ in range(_count(rng, 6, 0.9, 1, 60)):
            platform, t = rng.choice(dm_platforms), d.some_time()
            other, first = d.someone()
            d.message(platform, t, "received", d.write("keyword_in", mixed=False, noisy=False), other)
            d.message(platform, t + rng.uniform(*_DREAM_KEYWORD_DELAY), "sent",
                      d.fill(answer, first=first, link=page), other)
    bought = rng.random() < _DREAM_BOUGHT
    d.profiles_for(platforms, handle, bio=d.write("bio", mixed=False, noisy=False),
                   followers=_DREAM_BOUGHT_FOLLOWERS if bought else _DREAM_FOLLOWERS,
                   following_ratio=_DREAM_BOUGHT_FOLLOWING if bought else _DREAM_FOLLOWING,
                   url=page, url_share=0.85)
    # Bought followers do not like anything: the likes stay those of the real fans.
    d.mean_likes = rng.uniform(*FAKE_EXPERT_MEAN_LIKES)


_MONEY_NETWORKS = ("linkedin", "twitter", "instagram", "youtube", "tiktok", "threads", "bluesky", "facebook",
                   "mastodon")
_MONEY_MIX = (("numbers", 0.14), ("failure", 0.07), ("lesson", 0.15), ("warning", 0.06), ("offer", 0.06),
              ("screenshot", 0.08), ("question", 0.05), ("reply", 0.3), ("life", 0.09))
_MONEY_CAPTION = 0.9      # a real person's screenshot says what it shows, nearly always
_MONEY_VIDEO = (0.0, 0.5)


def money_educator(d: Draft, handle: str) -> None:
    """The hard genuine counterpart of the dream seller: a founder sharing real revenue (good and bad months,
    costs, margins, what failed), a budget or debt adviser, a real estate agent posting the numbers of her own
    sales. Money, figures and screenshots of results like the dream seller, and now and then a product or a
    free resource on their own site; but the figures come with costs and failures, the warnings go against
    get-rich-quick schemes, and the person answers people in varied words."""
    rng = d.rng
    platforms = rng.sample(_MONEY_NETWORKS, rng.choice((1, 2, 2, 3, 4)))
    n = _count(rng, 36, 1.0, 1, 350)
    d.timeline(n, (0.2, 1.5), since=_DREAM_ERA)
    site = website(handle, d.lang)
    video_share = rng.uniform(*_MONEY_VIDEO)
    kinds, weights = _split(_MONEY_MIX)
    d.answers_per_post = _answer_ratio(_MONEY_MIX, ("reply",))
    for t, kind in zip(d.human_times(n), rng.choices(kinds, weights, k=n), strict=True):
        platform = rng.choice(platforms)
        if kind == "reply":
            _respond(d, platform, kind, t)
        elif kind == "offer":
            text = d.say(kind, own=_OWN_LINK)  # the page's slug comes from the words, as a CMS makes it
            if text is not None:
                page = f"{site}/{d.fill(d.template('path'))}/{_slug(text.replace(_OWN_LINK, ''), 6)}"
                d.post(platform, text.replace(_OWN_LINK, page), t)
        elif kind == "screenshot":
            caption = d.say(kind)
            if caption is not None:
                _media_post(d, platform, caption, t, handle, caption_share=_MONEY_CAPTION, video_share=video_share)
        else:
            _say(d, platform, kind, t, frame=kind in ("numbers", "lesson"))
    _people_around(d, platforms, conversation_rate=0.55, delay=(8.5, 1.3))
    _fake_like_habits(d, platforms, 0.2)
    d.profiles_for(platforms, handle, bio=None, followers=2500, following_ratio=(0.1, 1.2), url=site,
                   url_share=0.7)
    d.mean_likes = rng.uniform(3, 40)


@dataclass(frozen=True, slots=True)
class _Archetype:
    label: str
    weight: float
    behaviour: Behaviour


# Weights: half fakes, half genuine; every family (archetype / phrasing set) gets at least 1.6 % of
# a draw, so that the committed corpus of 1,300 accounts expects 21 or more accounts per family.
_TABLE = {
    "blatant_guru": _Archetype("fake", 0.05, blatant_guru),
    "subtle_fake": _Archetype("fake", 0.05, subtle_fake),
    "content_farm": _Archetype("fake", 0.05, content_farm),
    "unlimited_seller": _Archetype("fake", 0.05, unlimited_seller),
    "mention_stuffer": _Archetype("fake", 0.045, mention_stuffer),
    "canned_replier": _Archetype("fake", 0.04, canned_replier),
    "figure_faker": _Archetype("fake", 0.04, figure_faker),
    "paraphrase_scheduler": _Archetype("fake", 0.045, paraphrase_scheduler),
    "evergreen_recycler": _Archetype("fake", 0.04, evergreen_recycler),
    "obfuscating_guru": _Archetype("fake", 0.045, obfuscating_guru),
    "polished_guru": _Archetype("fake", 0.045, polished_guru),
    "real_expert": _Archetype("genuine", 0.06, practitioner),
    "link_curator": _Archetype("genuine", 0.05, link_curator),
    "brand_community_manager": _Archetype("genuine", 0.05, brand_community_manager),
    "casual_user": _Archetype("genuine", 0.06, casual_user),
    "non_native_writer": _Archetype("genuine", 0.05, practitioner),
    "news_outlet": _Archetype("genuine", 0.035, news_outlet),
    "own_work_sharer": _Archetype("genuine", 0.04, own_work_sharer),
    "welcome_shop": _Archetype("genuine", 0.04, welcome_shop),
    "announcement_copier": _Archetype("genuine", 0.035, announcement_copier),
    "scheduled_association": _Archetype("genuine", 0.035, scheduled_association),
    "social_media_pro": _Archetype("genuine", 0.045, social_media_pro),
    # the funnel guru of 2024-26 and its genuine counterpart, a trainer who gives a resource away now and then
    "funnel_guru": _Archetype("fake", 0.04, funnel_guru),
    "course_teacher": _Archetype("genuine", 0.04, course_teacher),
    # the seller of a dream (getting rich or transformed) and its genuine counterpart, who talks money honestly
    "dream_seller": _Archetype("fake", 0.04, dream_seller),
    "money_educator": _Archetype("genuine", 0.04, money_educator),
    # influencers (issue #13, credscore.synth.influencers): 0.135 of fakes and 0.135 of genuine accounts more,
    # so that the labels stay in balance; every family still gets more than 1.1 % of a draw (1,700 accounts
    # expect 20 or more per family).
    **{name: _Archetype(label, weight, behaviour)
       for name, (label, weight, behaviour) in INFLUENCER_BEHAVIOURS.items()},
}

#: archetype name -> label ("fake" or "genuine")
ARCHETYPES: Mapping[str, str] = MappingProxyType({name: a.label for name, a in _TABLE.items()})
#: archetype name -> share of a corpus drawn over all families
WEIGHTS: Mapping[str, float] = MappingProxyType({name: a.weight for name, a in _TABLE.items()})
BEHAVIOURS: Mapping[str, Behaviour] = MappingProxyType({name: a.behaviour for name, a in _TABLE.items()})
