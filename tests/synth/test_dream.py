"""The dream seller (fake) and its genuine counterpart, the money educator (issue #11, point 8).

What every pair of archetypes holds is tested in ``test_archetype_pairs.py``; here, each one's habits. The dream
seller sells a dream (claims with figures, screenshots of "results", many without a caption) with mechanics that
vary from one account to the next (cross-posting or not; one templated pitch DM, a reworded one, or none;
"check your DMs" as its only answers, or no answer at all); the money educator shows figures and screenshots
too, but captions them, talks with people in varied words and never writes first to a follower.
"""

from __future__ import annotations

import calendar
import re
import statistics
from collections import defaultdict
from urllib.parse import urlsplit

import pytest

from tests.synth.synth_support import answers as _answers
from tests.synth.synth_support import broadcasts as _broadcasts
from tests.synth.synth_support import docs_of as _docs
from tests.synth.synth_support import post_time as _time

SELLER, EDUCATOR = "dream_seller", "money_educator"
URL = re.compile(r"https?://\S+")
DIGIT = re.compile(r"\d")
# Two copies of one text on two networks this close together are one cross-post.
CROSS_WITHIN = 1800
ERA = calendar.timegm((2020, 1, 1, 0, 0, 0))
# The longest "go to the DMs" answer, in words (a mention aside).
DM_ME_WORDS = 8
# How soon a seller's tool answers the people who DM it the word.
KEYWORD_ANSWER_WITHIN = 900


def _media(doc: dict) -> list[dict]:
    return [p for p in _broadcasts(doc) if p.get("media")]


def _caption(post: dict) -> str:
    return URL.sub("", post["text"]).strip()


def _cross_posts(doc: dict) -> bool:
    """The same non-empty text on two networks within half an hour."""
    seen = defaultdict(list)
    for p in _broadcasts(doc):
        if p["text"] and "created_at" in p:
            seen[p["text"]].append((p["platform"], _time(p["created_at"])))
    return any(len({pl for pl, _ in v}) > 1 and max(t for _, t in v) - min(t for _, t in v) <= CROSS_WITHIN
               for v in seen.values())


def _first_movers(doc: dict) -> set[str]:
    """Who wrote first in each DM thread: "sent" (the account) or "received" (the other person)."""
    first: dict[str, str] = {}
    for m in doc.get("messages", []):
        first.setdefault(m["counterpart"], m["direction"])
    return set(first.values())


def _without_mention(text: str) -> str:
    return re.sub(r"^@\S+\s*", "", text)


# --- the era (the table, the sets, both languages and determinism: test_archetype_pairs.py) --------

@pytest.mark.parametrize("archetype", [SELLER, EDUCATOR])
def test_both_live_in_the_same_years(archetype):
    # The genuine counterpart shares the era, so that the date alone tells nothing.
    times = [_time(p["created_at"]) for d in _docs(archetype, 30, 72) for p in d["posts"] if "created_at" in p]
    assert times and min(times) >= ERA


# --- the dream seller ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sellers() -> list[dict]:
    return [d for d in _docs(SELLER, 80, 75) if len(_broadcasts(d)) >= 8]


def test_dream_sellers_post_figures_and_screenshots_of_results_many_without_a_caption(sellers):
    assert len(sellers) > 40
    figures = [sum(bool(DIGIT.search(URL.sub("", p["text"]))) for p in _broadcasts(d)) / len(_broadcasts(d))
               for d in sellers]
    assert statistics.mean(figures) > 0.2
    with_media = [d for d in sellers if _media(d)]
    assert len(with_media) / len(sellers) > 0.7
    media = [p for d in with_media for p in _media(d)]
    assert all(item["url"].startswith("https://") for p in media for item in p["media"])
    uncaptioned = sum(not _caption(p) for p in media) / len(media)
    assert 0.2 < uncaptioned < 0.9


def test_dream_sellers_mechanics_vary_from_one_account_to_the_next(sellers):
    crossing = sum(_cross_posts(d) for d in sellers) / len(sellers)
    assert 0.3 < crossing < 0.85  # some copy everything to other networks, others do not
    answering = sum(bool(_answers(d)) for d in sellers) / len(sellers)
    assert 0.2 < answering < 0.8  # many answer nobody


def test_dream_sellers_answers_only_send_people_to_the_dms(sellers):
    for d in sellers:
        habit = d["family"]  # a genuine-looking answer now and then is the fakes' overlap (_genuine_habit)
        short = [a for a in _answers(d) if len(_without_mention(a["text"]).split()) <= DM_ME_WORDS]
        assert len(short) >= len(_answers(d)) - 2, habit


def _shape(text: str) -> str:
    """A message without its capitalised words (the addressee's first name) and links: one tool, one shape."""
    return re.sub(r"(?<![\w'])[A-ZÀ-Ý]\w*|https?://\S+", "", text)


def test_dream_sellers_pitch_new_followers_with_a_template_a_reworded_pitch_or_not_at_all(sellers):
    templated = reworded = silent = 0
    for d in sellers:
        followers = {f["counterpart"] for f in d.get("follows", [])}
        sent = [m for m in d.get("messages", []) if m["direction"] == "sent" and m["counterpart"] in followers]
        # a new follower never writes first: the account does
        assert all(m["direction"] == "sent" for m in d.get("messages", []) if m["counterpart"] in followers
                   and m is next(x for x in d["messages"] if x["counterpart"] == m["counterpart"]))
        if not sent:
            silent += 1
        elif len({_shape(m["text"]) for m in sent}) <= 1:
            templated += 1
        else:  # a reworded pitch differs in its words
            reworded += 1
    assert templated and reworded and silent
    assert templated + reworded > silent


def test_people_who_dm_the_word_get_one_templated_answer_with_the_link_within_minutes(sellers):
    answered = 0
    for d in sellers:
        followers = {f["counterpart"] for f in d.get("follows", [])}
        threads = defaultdict(list)
        for m in d.get("messages", []):
            if m["counterpart"] not in followers:
                threads[m["counterpart"]].append(m)
        if not threads:
            continue
        answered += 1
        answers = []
        for thread in threads.values():
            assert [m["direction"] for m in thread] == ["received", "sent"]
            assert 0 < _time(thread[1]["created_at"]) - _time(thread[0]["created_at"]) <= KEYWORD_ANSWER_WITHIN
            answers.append(thread[1]["text"])
        assert len({_shape(a) for a in answers}) == 1 and all(URL.search(a) for a in answers)
    assert 0.2 < answered / len(sellers) < 0.8


# --- the money educator ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def educators() -> list[dict]:
    return [d for d in _docs(EDUCATOR, 60, 76) if len(_broadcasts(d)) >= 10]


def test_money_educators_show_their_figures_and_caption_their_screenshots(educators):
    assert len(educators) > 25
    figures = [sum(bool(DIGIT.search(URL.sub("", p["text"]))) for p in _broadcasts(d)) / len(_broadcasts(d))
               for d in educators]
    assert statistics.mean(figures) > 0.25
    media = [p for d in educators for p in _media(d)]
    assert len(media) > 20
    assert sum(bool(_caption(p)) for p in media) / len(media) > 0.75


def test_money_educators_link_their_own_site(educators):
    def site(doc: dict) -> str | None:
        return next((urlsplit(p["url"]).hostname for p in doc["profiles"] if p.get("url")), None)

    links = [(d, u) for d in educators for p in d["posts"] for u in URL.findall(p["text"])
             if "t.co/" not in u]
    own = [u for d, u in links if site(d) and urlsplit(u).hostname == site(d)]
    assert links and len(own) / len(links) > 0.6  # their own pages, a stray bare link aside


def test_money_educators_answer_people_in_varied_words_and_never_pitch_followers(educators):
    answering = 0
    for d in educators:
        replies = [p["text"] for p in _answers(d) if len(p["text"].split()) > 4]
        assert len(set(replies)) == len(replies)
        assert _first_movers(d) <= {"received"}
        answering += bool(replies)
    assert answering / len(educators) > 0.8
