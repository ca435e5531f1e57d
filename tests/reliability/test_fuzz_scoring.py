"""Scoring weird but valid accounts end to end: a verdict every time, that can be written out, redacted and read."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import parse_account
from credscore.privacy import REDACTED, redact_verdict
from credscore.render import render_text
from credscore.scoring import Scorer
from credscore.verdict import BANDS
from tests.reliability.fuzz import FUZZ, time_limit

EXAMPLES_SCORING = 40

WEIRD_TEXTS = [
    "", " ", "🚀🔥💯", "👍", "https://bit.ly/x", "https://a.example/1 https://b.example/2 www.c.example",
    "#growth #hack", "@marie @paul", "مرحبا بالعالم، هذا منشور عن التسويق", "שלום לכולם",
    "Marketing 日本語 mélangé עברית", "\u200b\u200c\u200d", "\u202eesrever", "a\u0000b", "Ｆｕｌｌｗｉｄｔｈ", "ǅ ǈ ǋ",
    "Boostez votre engagement avec notre communauté !", "Our conversion rate went from 1.8 % to 2.4 % this quarter.",
    "Merci pour le follow ! Découvrez ma formation", "x" * 5000, "mot " * 2000, "\n\n\n", "-50% off today only",
    "1234567890", "   emoji ✨ et espaces   ",
]
PLATFORMS = ["twitter", "linkedin", "facebook", "blog", "mastodon", "myspace", ""]
ZONES = [UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)), None]
moments = st.one_of(
    st.none(),
    st.sampled_from(["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"]),
    st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2025, 1, 1),
                 timezones=st.sampled_from(ZONES)).map(datetime.isoformat),
)
texts = st.one_of(st.sampled_from(WEIRD_TEXTS), st.text(max_size=80))
posts = st.lists(st.fixed_dictionaries(
    {"platform": st.sampled_from(PLATFORMS), "text": texts},
    optional={"created_at": moments, "kind": st.sampled_from(["post", "reply", "repost", "comment"]),
              "links": st.lists(st.sampled_from(["https://bit.ly/x", "", "not a url"]), max_size=2),
              "likes": st.integers(0, 10**12), "id": st.text(max_size=5)}), max_size=40)
messages = st.lists(st.fixed_dictionaries(
    {"platform": st.sampled_from(PLATFORMS), "created_at": moments.filter(bool),
     "direction": st.sampled_from(["sent", "received"]), "text": texts},
    optional={"counterpart": st.sampled_from(["@marie", "paul@social.example", "", "@", "theo_colin"])}), max_size=10)
follows = st.lists(st.fixed_dictionaries(
    {"platform": st.sampled_from(PLATFORMS), "direction": st.sampled_from(["in", "out"])},
    optional={"counterpart": st.sampled_from(["@marie", "paul@social.example", "", "theo_colin"]),
              "created_at": moments}), max_size=10)
accounts = st.fixed_dictionaries({"id": st.text(min_size=1, max_size=20), "posts": posts},
                                 optional={"messages": messages, "follows": follows,
                                           "profiles": st.lists(st.fixed_dictionaries(
                                               {"platform": st.sampled_from(PLATFORMS)},
                                               optional={"bio": texts, "handle": st.text(max_size=10),
                                                         "followers": st.integers(0, 10**9)}), max_size=3),
                                           "lang": st.sampled_from(["fr", "en", "xx", ""])})


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def _check_verdict(account, verdict) -> None:
    assert verdict.id == account.id and verdict.band in BANDS
    if verdict.band == "insufficient_data":
        assert verdict.score is None and verdict.probability is None
    else:
        assert 0 <= verdict.score <= 100 and 0 <= verdict.probability <= 1
    for result in verdict.signals.values():
        # A value is finite, or NaN for a feature its signal could not measure (never an infinity).
        assert all(math.isfinite(value) or math.isnan(value) for value in result.values.values()), result
    json.dumps(verdict.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")
    for lang in ("en", "fr"):
        render_text(verdict, lang).encode("utf-8")
    redacted = redact_verdict(verdict, account).to_dict()
    for reason in redacted["reasons"]:
        assert all(item["excerpt"] == REDACTED for item in reason["evidence"] if item["kind"] == "message")


@settings(FUZZ, max_examples=EXAMPLES_SCORING)
@given(accounts)
def test_scoring_weird_valid_accounts(scorer, document):
    account = parse_account(document)
    with time_limit():
        _check_verdict(account, scorer.score(account))


@pytest.mark.parametrize("document", [
    {"id": "one", "posts": [{"platform": "twitter", "text": "Bonjour"}]},
    {"id": "nothing"},
    {"id": "identical", "posts": [{"platform": "twitter", "text": "Boostez votre engagement https://bit.ly/x",
                                   "created_at": "2024-01-01T09:00:00Z"}] * 10_000},
    {"id": "only-dms", "messages": [{"platform": "twitter", "created_at": "2024-01-01T09:00:00Z",
                                     "direction": "sent", "text": "Merci pour le follow !"}] * 50},
    {"id": "long-texts", "posts": [{"platform": "blog", "text": "mot " * 24_000}] * 6},
], ids=lambda document: document["id"])
def test_scoring_edge_accounts(scorer, document):
    account = parse_account(document)
    with time_limit(120):
        _check_verdict(account, scorer.score(account))
