"""The funnel guru (fake) and its genuine counterpart, the course teacher (issue #11, point 8).

What every pair of archetypes holds is tested in ``test_archetype_pairs.py``; here, each one's habits: the
funnel guru must carry its mechanics (bait that dangles a free thing, its own link under it within
minutes, the same bait on X with "link in the reply", one templated DM to the commenters, a
scheduler's clock, hardly any conversation) and the course teacher its genuine traits next to the
same kind of giveaway (its own site, figures, varied answers to people, no welcome DM).
"""

from __future__ import annotations

import calendar
import re
import statistics
from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests.synth.synth_support import answers as _answers
from tests.synth.synth_support import broadcasts as _broadcasts
from tests.synth.synth_support import docs_of as _docs
from tests.synth.synth_support import post_time as _time

FUNNEL, TEACHER = "funnel_guru", "course_teacher"
URL = re.compile(r"https?://\S+")
# A capitalised word (a follower's first name, where a template puts one), to compare templated DMs.
NAME = re.compile(r"(?<![\w'])[A-ZÀ-Ý]\w*")
# What a giveaway says, in either language (the generator's own words, not a lexicon of the signals).
FREE = re.compile(r"\bfree\b|gratuit|offert", re.IGNORECASE)
ERA = calendar.timegm((2023, 1, 1, 0, 0, 0))
DAY = 86_400
QUARTER = 900
# How soon the funnel guru answers its own bait with the link, and how late a trainer's first comment may come.
SELF_REPLY_WITHIN = 150
FIRST_COMMENT_WITHIN = 900


def _timed(posts: list[dict]) -> list[dict]:
    return [p for p in posts if "created_at" in p]


def _answered_within(doc: dict, seconds: float) -> list[dict]:
    """The account's own posts that it answered itself, with a link, within ``seconds`` on the same platform."""
    answers = [(a["platform"], _time(a["created_at"])) for a in _timed(_answers(doc)) if URL.search(a["text"])]
    return [p for p in _timed(_broadcasts(doc))
            if any(platform == p["platform"] and 0 < t - _time(p["created_at"]) <= seconds for platform, t in answers)]


def _site(doc: dict) -> str | None:
    return next((urlsplit(p["url"]).hostname for p in doc["profiles"] if p.get("url")), None)


# --- the era (the table, the sets, both languages and determinism: test_archetype_pairs.py) --------

@pytest.mark.parametrize("archetype", [FUNNEL, TEACHER])
def test_both_live_in_the_years_of_the_funnels(archetype):
    # The genuine counterpart shares the era, so that the date alone tells nothing.
    times = [_time(p["created_at"]) for d in _docs(archetype, 30, 90) for p in _timed(d["posts"])]
    assert times and min(times) >= ERA


# --- the funnel guru ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gurus() -> list[dict]:
    return [d for d in _docs(FUNNEL, 60, 91) if len(_timed(_broadcasts(d))) >= 8]


def test_funnel_gurus_mostly_dangle_a_free_thing_in_short_lines(gurus):
    assert len(gurus) > 30
    shares = [sum(bool(FREE.search(p["text"])) for p in _broadcasts(d)) / len(_broadcasts(d)) for d in gurus]
    assert statistics.mean(shares) > 0.45
    assert min(shares) > 0.15
    for d in gurus:  # the bait is "broetry": many short lines
        bait = [p for p in _broadcasts(d) if FREE.search(p["text"])]
        assert bait and statistics.median(p["text"].count("\n") for p in bait) >= 4


def test_funnel_gurus_answer_their_own_bait_with_the_link_within_minutes(gurus):
    shares = [len(_answered_within(d, SELF_REPLY_WITHIN)) / len(_timed(_broadcasts(d))) for d in gurus]
    assert statistics.mean(shares) > 0.3
    assert sum(share > 0 for share in shares) / len(shares) > 0.9
    # and hardly talk with anyone: nearly every answer of theirs is a link under their own post
    answers = [a for d in gurus for a in _answers(d)]
    assert sum(bool(URL.search(a["text"])) for a in answers) / len(answers) > 0.9


def test_funnel_gurus_copy_the_bait_to_x_with_link_in_the_reply(gurus):
    copied = 0
    for d in gurus:
        home = [p["text"] for p in _broadcasts(d) if p["platform"] not in ("twitter", "threads")]
        for p in _broadcasts(d):
            if p["platform"] in ("twitter", "threads") and "\n\n" in p["text"]:
                body = p["text"].rsplit("\n\n", 1)[0]
                assert any(text.startswith(body) and text != p["text"] for text in home)
                copied += 1
    assert copied > 50


def test_funnel_gurus_dm_the_link_to_commenters_with_one_template(gurus):
    with_dms = 0
    for d in gurus:
        followers = {f["counterpart"] for f in d.get("follows", [])}
        sent = [m for m in d.get("messages", []) if m["direction"] == "sent"]
        deliveries = [m for m in sent if m["counterpart"] not in followers]
        welcomes = [m for m in sent if m["counterpart"] in followers]
        for one_tool in (deliveries, welcomes):
            assert len({URL.sub("", NAME.sub("", m["text"])) for m in one_tool}) <= 1  # one tool, one message
            assert all(URL.search(m["text"]) for m in one_tool)
        # nobody wrote first, except people answering the tool
        first = {}
        for m in d.get("messages", []):
            first.setdefault(m["counterpart"], m["direction"])
        assert set(first.values()) <= {"sent"}
        with_dms += bool(deliveries)
    assert 0.3 < with_dms / len(gurus) < 0.9


def _clockwork(d: dict) -> bool:
    """Most of the account's posts fall in six quarter-hours of the day (a scheduler's slots)."""
    quarters = Counter(int(_time(p["created_at"]) % DAY // QUARTER) for p in _timed(_broadcasts(d)))
    return sum(count for _, count in quarters.most_common(6)) / quarters.total() >= 0.7


def test_most_funnel_gurus_post_on_a_schedulers_clock(gurus):
    assert sum(_clockwork(d) for d in gurus) / len(gurus) > 0.55


# --- the course teacher ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def teachers() -> list[dict]:
    return [d for d in _docs(TEACHER, 60, 92) if len(_broadcasts(d)) >= 12]


def test_teachers_give_something_away_now_and_then_from_their_own_site(teachers):
    assert len(teachers) > 25
    shares = [sum(bool(FREE.search(p["text"])) for p in _broadcasts(d)) / len(_broadcasts(d)) for d in teachers]
    assert 0.05 < statistics.mean(shares) < 0.3
    assert max(shares) <= 0.5  # never most of the feed
    links = [(d, u) for d in teachers for p in d["posts"] for u in URL.findall(p["text"])]
    own = [u for d, u in links if urlsplit(u).hostname == _site(d)]
    assert len(own) / len(links) > 0.7  # its own pages, a stray bare link aside


def test_some_teachers_put_the_link_in_the_first_comment_on_linkedin(teachers):
    with_first_comment = 0
    for d in teachers:
        answered = [p for p in _answered_within(d, FIRST_COMMENT_WITHIN) if p["platform"] == "linkedin"]
        assert all(URL.search(p["text"]) is None for p in answered)  # the post itself says where the link is
        with_first_comment += bool(answered)
    assert 0.2 < with_first_comment / len(teachers) < 0.95


def test_teachers_post_when_they_can_not_on_a_clock(teachers):
    assert sum(_clockwork(d) for d in teachers) / len(teachers) < 0.2


def test_teachers_answer_people_in_varied_words_and_never_welcome_followers(teachers):
    for d in teachers:
        replies = [p["text"] for p in _answers(d) if not URL.search(p["text"])]
        assert replies
        worded = [t for t in replies if len(t.split()) > 4]
        assert len(set(worded)) == len(worded)
        first = {}
        for m in d.get("messages", []):
            first.setdefault(m["counterpart"], m["direction"])
        assert set(first.values()) <= {"received"}
    figures = [sum(bool(re.search(r"\d", URL.sub("", p["text"]))) for p in _broadcasts(d)) / len(_broadcasts(d))
               for d in teachers]
    assert statistics.mean(figures) > 0.15
