"""An account under construction: what the archetype behaviours write into.

A :class:`Draft` holds one account's random generator, language, phrasing set, style and
timeline, and offers the verbs the behaviours need: write a text from a slot (or, for a genuine
person, say something they have not said before), post it (once or cross-posted), receive a
follow, send or receive a DM, open a profile. :meth:`Draft.finish`
turns the draft into an account document (times as ISO 8601, ids, counts, what the export
leaves out).
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from credscore.synth.fillers import base_context, counterpart_handle, short_link
from credscore.synth.grammar import expand
from credscore.synth.noise import Style, decorate
from credscore.synth.phrasings import REACTIONS, PhrasingSet
from credscore.synth.phrasings.replies import VOICES
from credscore.synth.timing import DAY, days_left, history_start, human_times, iso, span_days

__all__ = ["DM_PLATFORMS", "REPLY_PLATFORMS", "Draft"]

# Platforms whose exports carry direct messages and follow events.
DM_PLATFORMS = frozenset({"twitter", "instagram", "linkedin", "facebook", "mastodon", "bluesky", "tiktok"})
# Platforms where an answer is a "reply" (elsewhere it is a "comment").
REPLY_PLATFORMS = frozenset({"twitter", "mastodon", "bluesky", "threads"})
_URL = re.compile(r"https?://\S+")
# Slots drawn once per account and then fixed: a person has one shop, one agency, one brand name.
STICKY_SLOTS = ("shop", "goods", "place", "agency", "brandname")
# What differs between two texts that are still the same words (see Draft.write(fresh=True)).
_REPEAT_NOISE = re.compile(r"https?://\S+|@[\w.]+")
# How a person composes an answer (Draft.reply): the family's own sentence says what is answered; the
# voice's parts vary around it, each drawn independently, as people word each answer afresh.
REPLY_CORE = 0.85    # answers built on the family's sentence; the others answer with a specific alone
REPLY_ACK = 0.6      # opens on a reaction to what the other person said
REPLY_DETAIL = 0.85  # adds a specific (who, where, when)
REPLY_MORE = 0.35    # ... and sometimes a second one
REPLY_FOLLOW = 0.6   # ends on what comes next
REPLY_SHORT = 0.12   # the odd bare thank-you ("Merci !"): people do send those, and they exchange nothing
_MENTION_LEAD = "{mention} "
# Where an answer splits into parts that stand alone (after a sentence or clause mark).
_CLAUSE_END = re.compile(r"(?<=[.!?;:,])\s+")
# The shortest part of an answer worth repeating on its own; a shorter one leaves the answer to the specifics.
_MIN_PART_WORDS = 4
# What a text's core is made of (Draft.say): its words, lower-cased, without links, mentions, hashtags, numbers,
# punctuation or emoji, so that the same sentence with another figure or another framing is the same core.
_CORE_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+|§\w+§")
_CORE_WORD = re.compile(r"[^\W\d_]+")
# How many times a person looks for something new to say before giving up on this post: enough to find what is
# left of a small pool of templates, bounded so that an exhausted pool costs little.
FRESH_TRIES = 12
# Two cores are one when their common word bigrams make up this share of the shorter (the same sentence with a
# word or a name swapped, or one sentence inside another): stricter than any near-duplicate test, as people
# rarely say the same thing twice in nearly the same words.
SAME_CORE_SHARE = 0.5


class Draft:
    """One account being generated (see the module docstring)."""

    def __init__(self, rng: random.Random, lang: str, phrasing: PhrasingSet, style: Style, city: str,
                 first_name: str, voice: int = 0) -> None:
        self.rng = rng
        self.voice = voice % len(VOICES[lang])  # which of the language's answer voices (phrasings.replies)
        self.lang = lang
        self.other_lang = "en" if lang == "fr" else "fr"
        self.slots = phrasing[lang]
        self.other_slots = phrasing[self.other_lang]
        self.context = self._own_context(lang, city, first_name)
        self.other_context = self._own_context(self.other_lang, city, first_name)
        self.style = style
        self._written: set[str] = set()
        self._answered: set[str] = set()  # answer templates already given in full (Draft.reply)
        # What a genuine person already said (Draft.say, Draft.reply): each core's word bigrams, and an index
        # from a bigram to the cores holding it.
        self._cores: list[frozenset[str]] = []
        self._core_words: set[tuple[str, ...]] = set()
        self._core_index: dict[str, list[int]] = {}
        self.answers_per_post = 0.0  # set by a behaviour: its answers per post of its own (see Draft.say)
        self._answers_owed = 0.0
        self._people: set[str] = set()
        self.name: str | None = None
        self.posts: list[dict[str, Any]] = []
        self.messages: list[dict[str, Any]] = []
        self.follows: list[dict[str, Any]] = []
        self.profiles: list[dict[str, Any]] = []
        self.start = 0.0
        self.days = 1.0
        self.mean_likes = 1.0  # engagement: mean likes per post, set by the behaviour
        # Format 1.1, filled by the influencer behaviours (credscore.synth.influence): followers' public profiles
        # and the account's counters over time, with times as POSIX seconds under "_t"-prefixed keys.
        self.audience: list[dict[str, Any]] = []
        self.snapshots: list[dict[str, Any]] = []

    # --- time -----------------------------------------------------------------------------
    def timeline(self, n: int, per_day: tuple[float, float], *, since: float | None = None) -> None:
        """Choose how long the history lasts and when it starts (no earlier than ``since``, when given: a
        habit of recent years has a recent history)."""
        self.days = span_days(self.rng, n, per_day)
        if since is not None:
            self.days = min(self.days, days_left(since))
        self.start = history_start(self.rng, self.days, since=since)

    def set_timeline(self, days: float) -> None:
        self.days = days
        self.start = history_start(self.rng, days)

    @property
    def end(self) -> float:
        return self.start + self.days * DAY

    def some_time(self) -> float:
        return self.rng.uniform(self.start, self.end)

    def human_times(self, n: int) -> list[float]:
        return human_times(self.rng, n, self.start, self.days)

    # --- words ----------------------------------------------------------------------------
    def _own_context(self, lang: str, city: str, first_name: str) -> dict[str, Any]:
        context: dict[str, Any] = {**base_context(lang, city), "me": first_name}
        slots = self.slots if lang == self.lang else self.other_slots
        for name in STICKY_SLOTS:
            if name in slots:
                context[name] = expand(self.rng.choice(slots[name]), slots, context, self.rng)
        return context

    def write(self, slot: str, *, mixed: bool = True, noisy: bool = True, fresh: bool = False,
              frame: bool = False, **fixed: str) -> str:
        """A text from one of the set's templates for ``slot``, with this person's writing habits.

        With the style's small probability, the text is written in the other language (the same
        family's other-language set): mixed-language accounts. ``fresh`` tries a few times not to
        repeat what the account already wrote word for word (links and mentions aside: the same
        comment on two links is a repeat); a fake's varied prose uses it, a genuine person's texts
        come from :meth:`say`, which never repeats a core. ``frame`` sometimes adds one of the set's
        ``opener`` / ``closer`` phrases, as people vary how they start and end a post.
        """
        lang, slots, context = self.lang, self.slots, self.context
        if mixed and self.style.mixed_rate and self.rng.random() < self.style.mixed_rate:
            lang, slots, context = self.other_lang, self.other_slots, self.other_context
        for _attempt in range(5 if fresh else 1):
            text = self.fill(self.rng.choice(slots[slot]), slots, context, **fixed)
            if frame:
                text = self._frame(text, slots, context)
            key = _REPEAT_NOISE.sub("", text) if fresh else ""
            if key not in self._written:
                break
        if fresh:
            self._written.add(key)
        if text[:1].islower() and not text.startswith(("http", "www.")):  # a sentence starts with a capital
            text = text[0].upper() + text[1:]
        return decorate(text, self.rng, self.style, lang) if noisy else text

    def say(self, slot: str, *, mixed: bool = True, noisy: bool = True, frame: bool = False,
            **fixed: str) -> str | None:
        """What a genuine person writes: a text from ``slot`` whose *core* they never said before, or ``None``.

        The core is the text before any opener, closer, hashtag, emoji or typo is added, compared by its words
        alone (no numbers, links, mentions): "Le prix du beurre a pris 42 %" and "Aujourd'hui, le prix du beurre
        a pris 52 % ☕" are one core. People do not post the same sentence again with another figure or another
        opening; when the account's phrasings hold nothing new after :data:`FRESH_TRIES` draws, the person simply
        posts less (``None``: the caller skips the post), and answers less in proportion
        (:attr:`answers_per_post`, see :meth:`reply`), so that the history keeps its mix.
        """
        lang, slots, context = self.lang, self.slots, self.context
        if mixed and self.style.mixed_rate and self.rng.random() < self.style.mixed_rate:
            lang, slots, context = self.other_lang, self.other_slots, self.other_context
        for _attempt in range(FRESH_TRIES):
            core = self.fill(self.rng.choice(slots[slot]), slots, context, **fixed)
            if self._remember(core):
                break
        else:
            self._answers_owed += self.answers_per_post
            return None
        text = self._frame(core, slots, context) if frame else core
        if text[:1].islower() and not text.startswith(("http", "www.")):  # a sentence starts with a capital
            text = text[0].upper() + text[1:]
        return decorate(text, self.rng, self.style, lang) if noisy else text

    def _remember(self, core: str) -> bool:
        """Record ``core`` as said and return True, unless it repeats a core already said (then False)."""
        words = tuple(word.lower() for word in _CORE_WORD.findall(_CORE_NOISE.sub(" ", core)))
        if words in self._core_words:
            return False
        bigrams = frozenset(f"{a} {b}" for a, b in pairwise(words))
        common: dict[int, int] = {}
        for bigram in bigrams:
            for other in self._core_index.get(bigram, ()):
                common[other] = common.get(other, 0) + 1
        for other, count in common.items():
            if count >= SAME_CORE_SHARE * min(len(bigrams), len(self._cores[other])):
                return False
        for bigram in bigrams:
            self._core_index.setdefault(bigram, []).append(len(self._cores))
        self._cores.append(bigrams)
        self._core_words.add(words)
        return True

    def reply(self, slot: str, *, mixed: bool = True, noisy: bool = True, **fixed: str) -> str | None:
        """An answer to one person: the family's sentence for ``slot`` composed with the voice's parts.

        What is answered comes from the family (``reply``, ``customer_reply``, ``reader_reply``); how
        it opens, which specific it adds (a name, a place, a day) and how it ends are drawn afresh for
        each answer, so two answers of one person to different people rarely read alike. Now and then
        the answer is a bare thank-you. Written in the other language as :meth:`write` would.

        Like :meth:`say`, an answer never repeats the core of what the person already said (a bare thank-you
        aside: a formula, not a text); ``None`` when nothing new was found, or when the person, having run out
        of things to post (:meth:`say`), answers less too: the caller skips the answer.
        """
        if self._answers_owed >= 1.0:
            self._answers_owed -= 1.0
            return None
        lang, slots, context = self.lang, self.slots, self.context
        if mixed and self.style.mixed_rate and self.rng.random() < self.style.mixed_rate:
            lang, slots, context = self.other_lang, self.other_slots, self.other_context
        parts = VOICES[lang][self.voice]
        for _attempt in range(FRESH_TRIES):
            template = self.rng.choice(slots[slot])
            lead = template.startswith(_MENTION_LEAD)
            full = None  # the answer template, when this answer gives it in full
            short = self.rng.random() < REPLY_SHORT
            if short:
                text = self.fill(self.rng.choice(parts["short"]), slots, context, **fixed)
            else:
                core: str | None = template[len(_MENTION_LEAD):] if lead else template
                if self.rng.random() >= REPLY_CORE:
                    core = None
                elif core in self._answered:  # said in full before: this time, only part of it
                    core = self._part_of(core)
                else:
                    full = core
                text = self._compose(core, parts, slots, context, ack=True, **fixed)
            if short or self._remember(text):
                break
        else:
            return None
        if lead:
            text = f"{self.fill('{mention}', slots, context, **fixed)} {text}"
        if full is not None:
            self._answered.add(full)
        if text[:1].islower():
            text = text[0].upper() + text[1:]
        return decorate(text, self.rng, self.style, lang) if noisy else text

    def _part_of(self, core: str) -> str | None:
        """One clause or sentence of an answer already given in full (none if it has no part long enough).

        A person who gave an answer once says it again in fewer, other words: the gist, with the specifics of
        the new case around it, not the same sentence pasted under every question.
        """
        clauses = [clause for clause in _CLAUSE_END.split(core) if clause]
        spans = [" ".join(clauses[i:j]) for i in range(len(clauses)) for j in range(i + 1, len(clauses) + 1)
                 if j - i < len(clauses)]
        spans = [span for span in spans if len(span.split()) >= _MIN_PART_WORDS]
        if not spans:
            return None
        part = self.rng.choice(spans)
        # A part that stopped at a comma or a colon ends there as a sentence of its own.
        return part.rstrip(",;: ") + "." if part.endswith((",", ";", ":")) else part

    def _compose(self, core: str | None, parts: Any, slots: Any, context: Any, *, ack: bool, **fixed: str) -> str:
        """``core`` (a template, or none) with an opening reaction, specifics and a follow-up drawn independently."""
        rng = self.rng
        # (template, whether it may take a lower-case first letter, whether it is the answer itself)
        pieces: list[tuple[str, bool, bool]] = []
        # An answer that already opens on a reaction ("merci !", "good question:") takes no other.
        opens_on_reaction = core is not None and len(_CLAUSE_END.split(core, maxsplit=1)[0].split()) <= 2
        if ack and not opens_on_reaction and rng.random() < REPLY_ACK:
            pieces.append((rng.choice(parts["ack"]), False, False))
        if core is not None:
            pieces.append((core, not core.startswith("{"), True))
        details = rng.sample(parts["detail"], 2 if rng.random() < REPLY_MORE else 1)
        if core is None or rng.random() < REPLY_DETAIL:
            pieces.extend((detail, not detail.startswith("{"), False) for detail in details)
        if core is None or rng.random() < REPLY_FOLLOW:
            follow = rng.choice(parts["follow"])
            pieces.append((follow, not follow.startswith("{"), False))
        text = ""
        for template, lowerable, answer in pieces:
            # The fixed values (the addressee's first name, their order) belong to the answer; the colleague or
            # neighbour a part names is someone else.
            piece = self.fill(template, slots, context, **(fixed if answer else {}))
            if not text:
                text = piece
                continue
            if text.endswith((",", ":")) and lowerable and not piece[1:2].isupper():
                piece = piece[:1].lower() + piece[1:]
            elif text.endswith((".", "!", "?", ")")) and piece[:1].islower():
                piece = piece[:1].upper() + piece[1:]
            text = f"{text} {piece}"
        return text

    def _frame(self, text: str, slots: Any, context: Any) -> str:
        if ("opener" in slots and self.rng.random() < 0.25 and not text.startswith(("@", "http"))
                and ":" not in text[:30]):
            opener = self.fill(self.rng.choice(slots["opener"]), slots, context)
            if opener.endswith((":", ",")) and not text[1:2].isupper():
                text = text[:1].lower() + text[1:]
            text = f"{opener} {text}"
        if "closer" in slots and self.rng.random() < 0.2:
            text = f"{text} {self.fill(self.rng.choice(slots['closer']), slots, context)}"
        return text

    def fill(self, template: str, slots: Any = None, context: Any = None, **fixed: str) -> str:
        context = self.context if context is None else context
        if fixed:
            context = {**context, **fixed}
        return expand(template, self.slots if slots is None else slots, context, self.rng)

    def template(self, slot: str) -> str:
        return self.rng.choice(self.slots[slot])

    # --- publishing -----------------------------------------------------------------------
    def post(self, platform: str, text: str, t: float | None, *, kind: str = "post",
             links: Sequence[str] | None = None, media: Sequence[dict[str, str]] | None = None) -> dict[str, Any]:
        """One post; ``media`` (format 1.1) lists what it carries besides its text (a photo, a video)."""
        record: dict[str, Any] = {"platform": platform, "text": text, "_t": t}
        if kind != "post" or self.rng.random() < 0.1:
            record["kind"] = kind
        if links is not None:
            record["links"] = list(links)
        if media:
            record["media"] = [dict(item) for item in media]
        self.posts.append(record)
        return record

    def answer(self, platform: str, text: str, t: float) -> dict[str, Any]:
        """A reply (twitter-like platforms) or comment (elsewhere)."""
        return self.post(platform, text, t, kind="reply" if platform in REPLY_PLATFORMS else "comment")

    def cross_post(self, text: str | Sequence[str], platforms: Sequence[str], t: float,
                   gap: tuple[float, float], *, media: Sequence[dict[str, str]] | None = None) -> None:
        """The same text (or one variant per platform) on several platforms, ``gap`` seconds apart."""
        for i, platform in enumerate(platforms):
            self.post(platform, text if isinstance(text, str) else text[i], t, media=media)
            t += self.rng.uniform(*gap)

    # --- follows and messages -------------------------------------------------------------
    def someone(self) -> tuple[str, str]:
        """A person this account has not met yet: (handle, first name); handles are unique."""
        handle, first = counterpart_handle(self.rng, self.lang)
        while handle in self._people:
            handle = f"{handle}{self.rng.randint(0, 9)}"
        self._people.add(handle)
        return handle, first

    def follow_in(self, platform: str, t: float) -> tuple[str, str]:
        """Someone follows this account; returns their handle and first name."""
        handle, first = self.someone()
        self.follows.append({"platform": platform, "direction": "in", "counterpart": handle, "_t": t})
        return handle, first

    def message(self, platform: str, t: float, direction: str, text: str, counterpart: str | None) -> None:
        record = {"platform": platform, "_t": t, "direction": direction, "text": text}
        if counterpart is not None:
            record["counterpart"] = counterpart
        self.messages.append(record)

    def quiet_follows(self, platforms: Sequence[str], n: int) -> None:
        """Follow events with no DM attached (what most real accounts have)."""
        for _ in range(n):
            self.follow_in(self.rng.choice(platforms), self.some_time())

    def welcome_dms(self, platforms: Sequence[str], n: int, slot: str, *, share: float,
                    delay: tuple[float, float], slow_share: float = 0.0) -> None:
        """``n`` new followers, most of whom get the same automatic DM ``delay`` seconds later.

        One template and one link per account (a tool sends one message); ``{first}`` and
        ``{handle}`` are filled per follower. A share ``slow_share`` of the DMs go out later
        (up to half an hour), as a human-looking delay would. Some followers answer back.
        """
        template, link = self.template(slot), short_link(self.rng)
        for _ in range(n):
            platform = self.rng.choice(platforms)
            t = self.some_time()
            handle, first = self.follow_in(platform, t)
            if self.rng.random() >= share:
                continue
            wait = self.rng.uniform(300, 1800) if self.rng.random() < slow_share else self.rng.uniform(*delay)
            text = self.fill(template, link=link, first=first, handle="@" + handle)
            self.message(platform, t + wait, "sent", text, handle)
            if self.rng.random() < 0.12:
                self.message(platform, t + wait + self.rng.uniform(600, 3 * DAY), "received",
                             self.rng.choice(REACTIONS[self.lang]), handle)

    def conversations(self, platforms: Sequence[str], n: int, *, delay: tuple[float, float]) -> None:
        """``n`` exchanges: someone writes (``dm_in``), the person answers them individually."""
        questions, answers = self.slots["dm_in"], self.slots["dm_reply"]
        for _ in range(n):
            platform = self.rng.choice(platforms)
            handle, first = self.someone()
            order = str(self.rng.randint(10000, 99999))
            t = self.some_time()
            # The phrasing sets list questions and their answers in the same order.
            pick = self.rng.randrange(len(questions))
            question = decorate(self.fill(questions[pick], order=order), self.rng, self.style, self.lang)
            self.message(platform, t, "received", question, handle)
            # Each answer is the family's answer to that question, worded for that person (see reply()).
            given: str = answers[pick % len(answers)]
            core: str | None = given
            if given in self._answered:
                core = self._part_of(given)
            else:
                self._answered.add(given)
            answer = self._compose(core, VOICES[self.lang][self.voice], self.slots, self.context, ack=False,
                                   first=first, order=order)
            answer = decorate(answer, self.rng, self.style, self.lang)
            self.message(platform, t + self.rng.lognormvariate(*delay), "sent", answer, handle)

    # --- profiles -------------------------------------------------------------------------
    def profiles_for(self, platforms: Sequence[str], handle: str, *, bio: str | None, followers: float,
                     following_ratio: tuple[float, float], url: str | None = None,
                     verified: float = 0.0, url_share: float = 0.7) -> None:
        """One profile per platform. A string ``bio`` is pasted everywhere (what cross-posters
        do); ``bio=None`` reuses one main bio on about half the platforms and words the others
        afresh, as people do. ``url`` appears on a share ``url_share`` of the profiles."""
        main_bio = self.write("bio", mixed=False) if bio is None else bio
        for platform in platforms:
            count = max(0, int(self.rng.lognormvariate(0.0, 0.9) * followers))
            profile: dict[str, Any] = {
                "platform": platform,
                "handle": handle if platform != "blog" and self.rng.random() < 0.8 else _variant(handle, self.rng),
                "bio": bio or (main_bio if self.rng.random() < 0.5 else self.write("bio", mixed=False)),
                "followers": count,
                "following": max(0, int(count * self.rng.uniform(*following_ratio))),
            }
            if url and self.rng.random() < url_share:
                profile["url"] = url
            if self.rng.random() < 0.3:
                profile["created_at"] = iso(self.start - self.rng.uniform(30, 1500) * DAY)
            if verified and self.rng.random() < verified:
                profile["verified"] = True
            self.profiles.append(profile)

    # --- the document ---------------------------------------------------------------------
    def finish(self) -> dict[str, Any]:
        """The account's ``profiles``, ``posts``, ``messages``, ``follows`` as plain JSON values."""
        rng, style = self.rng, self.style
        if rng.random() < 0.5:
            self.posts.sort(key=lambda p: (p["platform"], p["_t"] or 0.0))
        else:
            self.posts.sort(key=lambda p: p["_t"] or 0.0)
        posts = []
        for post in self.posts:
            t = post.pop("_t")
            record = {"platform": post.pop("platform"), "text": post.pop("text")}
            if t is not None and not (style.missing_time_rate and rng.random() < style.missing_time_rate):
                record["created_at"] = iso(t)
            if style.post_ids:
                record["id"] = _post_id(record["platform"], rng)
            record.update(post)
            if style.explicit_links and "links" not in record:
                found = _URL.findall(record["text"])
                if found:
                    record["links"] = found
            if "_counted" in record:  # counters (and comments) the behaviour drew itself: an influencer's
                del record["_counted"]
                if "comments" in record:
                    record["comments"] = [_timed(comment, "_t", "created_at") for comment in record["comments"]]
            elif style.counts:
                likes = int(rng.expovariate(1.0 / max(self.mean_likes, 0.05)))
                record["likes"] = likes
                record["reposts"] = int(likes * rng.uniform(0.0, 0.35))
                record["replies"] = int(likes * rng.uniform(0.0, 0.2))
            posts.append(record)
        self.messages.sort(key=lambda m: m["_t"])
        messages = []
        for message in self.messages:
            t = message.pop("_t")
            messages.append({"platform": message.pop("platform"), "created_at": iso(t), **message})
        follows = []
        for follow in sorted(self.follows, key=lambda f: f["_t"]):
            t, ended = follow.pop("_t"), follow.pop("_ended", None)
            if style.follows_timed:
                follow = {**follow, "created_at": iso(t), **({"ended_at": iso(ended)} if ended is not None else {})}
            follows.append(follow)
        document: dict[str, Any] = {}
        if self.profiles:
            document["profiles"] = self.profiles
        document["posts"] = posts
        if messages:
            document["messages"] = messages
        if follows:
            document["follows"] = follows
        if self.audience:
            document["audience"] = [_timed(_timed(member, "_created", "created_at"), "_followed", "followed_at")
                                    for member in self.audience]
        if self.snapshots:
            document["snapshots"] = [{"platform": s["platform"], "at": iso(s["_t"]),
                                      **{k: v for k, v in s.items() if k not in ("platform", "_t")}}
                                     for s in sorted(self.snapshots, key=lambda s: (s["platform"], s["_t"]))]
        return document


def _timed(record: dict[str, Any], key: str, field: str) -> dict[str, Any]:
    """``record`` with its POSIX time under ``key`` written as ISO 8601 under ``field`` (dropped when None)."""
    out = {k: v for k, v in record.items() if k != key}
    if record.get(key) is not None:
        out[field] = iso(record[key])
    return out


def _variant(handle: str, rng: random.Random) -> str:
    return rng.choice((handle.lower(), handle + "_", handle.replace("_", ""), handle + str(rng.randint(1, 99))))


def _post_id(platform: str, rng: random.Random) -> str:
    if platform == "twitter":
        return str(rng.randrange(10**17, 10**19))
    if platform == "linkedin":
        return f"urn:li:share:{rng.randrange(10**18, 10**19)}"
    if platform == "facebook":
        return f"{rng.randrange(10**14, 10**15)}_{rng.randrange(10**15, 10**16)}"
    if platform == "bluesky":
        return "at://did:plc:" + "".join(rng.choices(string.ascii_lowercase + string.digits, k=24))
    if platform == "mastodon":
        return str(rng.randrange(10**17, 10**18))
    return "".join(rng.choices(string.ascii_lowercase + string.digits, k=12))
