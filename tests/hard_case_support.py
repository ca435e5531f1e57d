"""What the tests of the hand-written hard cases (``tests/hard_cases/*.json``) share: one scorer, each case read and
scored once."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from datetime import datetime, timedelta
from functools import cache

import pytest

from credscore.account import parse_account
from credscore.scoring import Scorer
from credscore.verdict import Verdict
from tests.conftest import REPO

HARD_CASES = REPO / "tests" / "hard_cases"
ALL_CASES = sorted(path.stem for path in HARD_CASES.glob("*.json"))


@cache
def scorer() -> Scorer:
    return Scorer()


def document(name: str) -> dict:
    return json.loads((HARD_CASES / f"{name}.json").read_text(encoding="utf-8"))


@cache
def verdict(name: str) -> Verdict:
    return scorer().score(parse_account(document(name)))


def rules_fired(scored: Verdict) -> set[str]:
    return {reason.id for reason in scored.reasons if reason.source == "rule"}


# The rules that name a blatant habit: a genuine account must not be accused of one.
BLATANT_HABIT_RULES = frozenset({"auto-dm-new-followers", "link-only-feed", "identical-cross-posting",
                                 "asks-for-credentials", "asks-for-untraceable-payment",
                                 "pitches-a-recruitment-scheme"})


def variant(name: str, *, platform: str | None = None, first: int | None = None, bios: bool = True,
            messages: bool = True) -> Verdict:
    """The verdict on a thinner history of a case: one platform only, its first posts only, without its bios or
    without its direct messages."""
    thinner = copy.deepcopy(document(name))
    if platform is not None:
        # Everything the account holds is on some platform: seen through one, its other platforms' follows,
        # audience and counters are not there either (a follower rush on Instagram has no TikTok post to explain it).
        for key in ("posts", "profiles", "messages", "follows", "audience", "snapshots"):
            if thinner.get(key):
                thinner[key] = [item for item in thinner[key] if item["platform"] == platform]
    if first is not None:
        thinner["posts"] = sorted(thinner["posts"], key=lambda item: item["created_at"])[:first]
    if not bios:
        for profile in thinner["profiles"]:
            profile.pop("bio", None)
    if not messages:
        thinner["messages"] = []
    return scorer().score(parse_account(thinner))


def assert_band(name: str, band: str) -> None:
    """The case gets ``band`` (the auditor's)."""
    scored = verdict(name)
    assert scored.band == band, (name, scored.score)


def assert_not_accused(name: str) -> None:
    """A genuine case is neither ``likely_fake`` nor accused of a blatant habit by a rule."""
    scored = verdict(name)
    assert scored.band != "likely_fake", (name, scored.score)
    assert not BLATANT_HABIT_RULES & rules_fired(scored), name


def assert_not_passed(name: str) -> None:
    """A fake case is not ``likely_genuine``."""
    scored = verdict(name)
    assert scored.band != "likely_genuine", (name, scored.score)


def thinner_histories(first: int) -> list:
    """The thinner views of a case the rounds check a genuine account against: its first posts only, no bio, no
    direct message, all three (as ``pytest.param``, each named)."""
    return [pytest.param({"first": first}, id=f"first-{first}-posts"), pytest.param({"bios": False}, id="no-bio"),
            pytest.param({"messages": False}, id="no-dm"),
            pytest.param({"first": first, "bios": False, "messages": False}, id="all-three")]


def assert_thinner_not_accused(name: str, thinner: dict) -> None:
    """A thinner view of a genuine case (see :func:`thinner_histories`) is not ``likely_fake``."""
    scored = variant(name, **thinner)
    assert scored.band != "likely_fake", (name, thinner, scored.score)


def assert_no_platform_accused(name: str) -> None:
    """No platform of a genuine case, seen alone, is ``likely_fake``."""
    for platform in sorted({post["platform"] for post in document(name)["posts"]}):
        scored = variant(name, platform=platform)
        assert scored.band != "likely_fake", (name, platform, scored.score)


def assert_format_1_1_history(name: str) -> None:
    """A case of the rounds that test format 1.1: 15 to 60 dated posts, follower counts on every profile, likes on
    most posts."""
    case = document(name)
    assert case["format"] == "credscore.account/1.1", name
    assert 15 <= len(case["posts"]) <= 60, name
    assert all(post.get("created_at") for post in case["posts"]), name
    assert all("followers" in profile for profile in case["profiles"]), name
    assert sum("likes" in post for post in case["posts"]) >= len(case["posts"]) / 2, name


# Where influencers live, and the other networks a round's brief names.
INFLUENCER_PLATFORMS = frozenset({"instagram", "tiktok", "youtube", "threads", "bluesky"})
OTHER_PLATFORMS = frozenset({"twitter", "linkedin", "facebook", "mastodon", "blog"})


def assert_round_of_twelve(cases: list[str], genuine: tuple[str, ...], fake: tuple[str, ...], *,
                           max_posts: int | None = None) -> None:
    """A round as the auditor's brief of rounds 15 on asks: six genuine and six fake accounts, three of each in French,
    each with 15 posts of its own or more over two months at least, on two networks or more, with replies, DMs both
    ways and others' comments with their authors; and over the round, eight on influencers' networks, dated follows,
    unfollows and counters over time on three, and two audience samples of 30 to 45 followers. No text is posted twice
    on one platform (of a fake, its own posts only), and no comment twice under a genuine account's posts."""
    assert sorted(genuine + fake) == cases
    assert len(genuine) == len(fake) == 6
    for group in (genuine, fake):
        languages = [document(name)["lang"] for name in group]
        assert languages.count("fr") == languages.count("en") == 3
    for name in cases:
        assert_format_1_1_history(name)
        assert profile_platforms(name) <= INFLUENCER_PLATFORMS | OTHER_PLATFORMS, name
        assert len(profile_platforms(name)) >= 2, name
        assert 15 <= len(own_posts(name)) <= (max_posts or len(own_posts(name))), name
        times = sorted(moment(post["created_at"]) for post in document(name)["posts"])
        assert times[-1] - times[0] >= timedelta(days=60), name
        assert own_replies(name), name
        messages = document(name)["messages"]
        assert {message["direction"] for message in messages} == {"sent", "received"}, name
        assert all(message.get("counterpart") for message in messages), name
        assert all(comment.get("author") for comment in comments_of(name)), name
    assert sum(bool(profile_platforms(name) & INFLUENCER_PLATFORMS) for name in cases) >= 8
    assert sum(bool(document(name).get("follows")) for name in cases) >= 3
    assert sum(any(follow.get("ended_at") for follow in document(name).get("follows", [])) for name in cases) >= 3
    assert sum(bool(document(name).get("snapshots")) for name in cases) >= 3
    samples = [document(name)["audience"] for name in cases if document(name).get("audience")]
    assert len(samples) >= 2 and all(30 <= len(sample) <= 45 for sample in samples)
    for name in cases:
        assert_no_text_reused_within_a_platform(name, genuine=name in genuine)
    for name in genuine:
        assert_no_comment_reused(name)


def assert_no_comment_reused(name: str) -> None:
    """No comment text under a case's posts is written twice: real commenters write different things."""
    texts = [comment["text"] for post in document(name)["posts"] for comment in post.get("comments", [])]
    assert len(texts) == len(set(texts)), name


def assert_no_text_reused_within_a_platform(name: str, *, genuine: bool) -> None:
    """No text is posted twice on one platform: people write a new text for each post, and copies go to another
    network. Of a fake, only its own posts count: repeating its canned replies is its habit."""
    seen = [(post["platform"], post["text"]) for post in document(name)["posts"]
            if genuine or post.get("kind", "post") == "post"]
    assert len(set(seen)) == len(seen), name


def own_posts(name: str) -> list[dict]:
    """The case's posts of its own (not replies, comments or reposts), as written in its document."""
    return [post for post in document(name)["posts"] if post.get("kind", "post") == "post"]


def own_replies(name: str) -> list[dict]:
    return [post for post in document(name)["posts"] if post.get("kind") == "reply"]


def profile_platforms(name: str) -> set[str]:
    return {profile["platform"] for profile in document(name)["profiles"]}


def moment(text: str) -> datetime:
    """A document's timestamp, as the cases write them (ISO 8601, "Z" for UTC)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def follows_of(name: str, direction: str) -> list[dict]:
    """A case's follows of one direction (``in``: others following it; ``out``: accounts it followed)."""
    return [follow for follow in document(name).get("follows", []) if follow["direction"] == direction]


def messages_of(name: str, direction: str) -> list[dict]:
    """A case's DMs of one direction, in time order."""
    return sorted((message for message in document(name).get("messages", []) if message["direction"] == direction),
                  key=lambda message: moment(message["created_at"]))


def first_sent_to(name: str, counterpart: str) -> dict:
    """The first DM the account sent to ``counterpart``."""
    return next(message for message in messages_of(name, "sent") if message["counterpart"] == counterpart)


def wrote_first(name: str, counterpart: str) -> bool:
    """Whether the counterpart wrote to the account before the account wrote to them."""
    received = [message for message in messages_of(name, "received") if message["counterpart"] == counterpart]
    return bool(received) and moment(received[0]["created_at"]) < moment(first_sent_to(name, counterpart)["created_at"])


def comments_of(name: str) -> list[dict]:
    """What others wrote under the account's own posts."""
    return [comment for post in own_posts(name) for comment in post.get("comments", [])]


def addressed(reply: dict, author: str) -> bool:
    """Whether a reply is addressed to a comment's author ("@handle …" or, on Facebook and LinkedIn, "First Last …")."""
    return reply["text"].lstrip("@").startswith(author.lstrip("@"))


def answered_after(name: str, comment: dict) -> bool:
    """Whether the account replied in public to a comment's author after that comment."""
    return any(addressed(reply, comment["author"]) and moment(reply["created_at"]) > moment(comment["created_at"])
               for reply in own_replies(name))


def comments_matching(name: str, pattern: str | re.Pattern[str]) -> list[dict]:
    """Others' comments under a case's posts that a pattern finds (a string is read without case)."""
    found = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
    return [comment for comment in comments_of(name) if found.search(comment["text"])]


def same_dm_to_many(name: str) -> tuple[str, set[str]]:
    """The text the account sent most often, and the people it was sent to."""
    sent = messages_of(name, "sent")
    text, _ = Counter(message["text"] for message in sent).most_common(1)[0]
    return text, {message["counterpart"] for message in sent if message["text"] == text}


def genuine_and_unaccused(name: str) -> None:
    """The case is ``likely_genuine`` and no rule fires on it."""
    scored = verdict(name)
    assert not rules_fired(scored), name
    assert scored.band == "likely_genuine", (name, scored.score)
