"""The agency figures (credscore.audience_figures): what an agency sorts influencers by, measured on an account.

Each expected engagement rate below is worked out by hand from the counters in the table; the tier's range is
read from the bundled benchmarks, as the engagement signal reads it.
"""

from __future__ import annotations

import random
import statistics
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account, parse_account
from credscore.audience_figures import (
    AGENCY_COLUMNS,
    AgencyFigures,
    agency_figures,
    agency_values,
    audience_figures,
)
from credscore.signals.audience_quality import MASS_FOLLOWING, MASS_RATIO, MIN_SAMPLE
from credscore.signals.engagement import MIN_POSTS_FOR_RATE, expected_engagement_range

START = datetime(2025, 5, 5, 8, tzinfo=UTC)
TEXTS = {"en": "Harbour notes, stage {n}: the morning light on the quay.",
         "fr": "Carnet de route, étape {n} : la lumière du matin sur le quai."}


def posts_on(platform: str, likes: list[int], *, lang: str = "en", **counters: Any) -> list[dict[str, Any]]:
    """One post a day on ``platform`` with ``likes[i]`` likes; ``counters`` set the same value on every post."""
    return [{"platform": platform, "id": f"{platform}-{n}", "text": TEXTS[lang].format(n=n), "likes": count,
             "created_at": (START + timedelta(days=n)).isoformat(), **counters} for n, count in enumerate(likes)]


def document_of(posts: list[dict[str, Any]], followers: dict[str, int] | None = None, *, lang: str = "en",
                **fields: Any) -> dict[str, Any]:
    """An account document with ``posts`` and a profile per platform of ``followers`` giving its follower count."""
    profiles = [{"platform": platform, "handle": f"creator.{platform}", "followers": count}
                for platform, count in (followers or {}).items()]
    return {"id": "creator", "lang": lang, "profiles": profiles, "posts": posts, **fields}


def account_of(posts: list[dict[str, Any]], followers: dict[str, int] | None = None, *, lang: str = "en",
               **fields: Any) -> Account:
    return parse_account(document_of(posts, followers, lang=lang, **fields))


def _low(platform: str, followers: int) -> float:
    expected = expected_engagement_range(platform, followers)
    assert expected is not None
    return expected[0]


FIVE = [90, 100, 110, 120, 130]
# Each case: account, then (platform, followers, engagement rate, the tier's platform or None when no range applies).
CASES = {
    # (likes + 10 comments) / 10,000 followers: 0.010 ... 0.014, median 0.012.
    "counters and followers (en)": (
        account_of(posts_on("instagram", FIVE, replies=10), {"instagram": 10_000}),
        ("instagram", 10_000, 0.012, "instagram")),
    # The comments the source lists count when the platform gives no counter: (200 + 2 + 1) / 20,000.
    "listed comments and a repost (fr)": (
        account_of(posts_on("instagram", [200] * 6, lang="fr", reposts=1,
                            comments=[{"author": "lea", "text": "Superbe !"}, {"author": "marc", "text": "Où ?"}]),
                   {"instagram": 20_000}, lang="fr"),
        ("instagram", 20_000, 203 / 20_000, "instagram")),
    "no counters: followers only": (
        account_of([{"platform": "instagram", "text": TEXTS["en"].format(n=n)} for n in range(6)],
                   {"instagram": 5_000}),
        ("instagram", 5_000, None, None)),
    "zero followers: no rate, no division": (
        account_of(posts_on("instagram", FIVE), {"instagram": 0}),
        ("instagram", 0, None, None)),
    "no follower count anywhere": (
        account_of(posts_on("tiktok", FIVE)),
        (None, None, None, None)),
    "too few posts for a median": (
        account_of(posts_on("instagram", FIVE[:MIN_POSTS_FOR_RATE - 1]), {"instagram": 10_000}),
        ("instagram", 10_000, None, None)),
    # 100, 110, ..., 140 likes over 1,000 followers; no range is published for Mastodon.
    "no published range (fr)": (
        account_of(posts_on("mastodon", [100, 110, 120, 130, 140], lang="fr"), {"mastodon": 1_000}, lang="fr"),
        ("mastodon", 1_000, 0.12, None)),
    # The reposts' counters are the originals': only the five own posts count.
    "reposts are someone else's": (
        account_of(posts_on("instagram", FIVE) + [{**post, "id": f"r{n}", "kind": "repost"}
                                                  for n, post in enumerate(posts_on("instagram", [90_000] * 5))],
                   {"instagram": 10_000}),
        ("instagram", 10_000, 0.011, "instagram")),
    # The latest snapshot's count, not the profile's: 110 / 11,000.
    "latest snapshot over profile": (
        account_of(posts_on("instagram", FIVE), {"instagram": 50_000},
                   snapshots=[{"platform": "instagram", "at": (START + timedelta(days=day)).isoformat(),
                               "followers": count} for day, count in ((30, 11_000), (1, 9_000))]),
        ("instagram", 11_000, 0.01, "instagram")),
    # YouTube's rate is over each video's views: (likes + 20 comments) / 10,000 views; no subscriber count.
    "views on youtube (en)": (
        account_of(posts_on("youtube", FIVE, replies=20, views=10_000)),
        ("youtube", None, 0.013, None)),
    # The platform with the most posts with counters leads, whatever the audience elsewhere: 350 / 2,000.
    "main platform: most posts with counters": (
        account_of(posts_on("tiktok", [100, 200, 300, 400, 500, 600]) + posts_on("instagram", FIVE),
                   {"tiktok": 2_000, "instagram": 900_000}),
        ("tiktok", 2_000, 0.175, "tiktok")),
    "no counters: the largest audience": (
        account_of([{"platform": "blog", "text": TEXTS["fr"].format(n=1)}], {"linkedin": 800, "twitter": 4_200},
                   lang="fr"),
        ("twitter", 4_200, None, None)),
}


@pytest.mark.parametrize(("account", "expected"), CASES.values(), ids=CASES.keys())
def test_agency_figures(account, expected):
    platform, followers, rate, tier = expected
    figures = agency_figures(account)
    assert (figures.platform, figures.followers) == (platform, followers)
    assert figures.engagement_rate == (pytest.approx(rate) if rate is not None else None)
    if tier is None:
        assert figures.engagement_vs_tier is None
    else:
        assert figures.engagement_vs_tier == pytest.approx(rate / _low(tier, followers))
    assert figures.real_audience_share is None, "no audience sample"


# Two platforms with as many posts with counters each: the tie goes to the first by name, on either path.
TIED = account_of(posts_on("tiktok", FIVE) + posts_on("instagram", [10, 20, 30, 40, 50]),
                  {"tiktok": 2_000, "instagram": 1_000})


@pytest.mark.parametrize("account", [*(account for account, _ in CASES.values()), TIED],
                         ids=[*CASES.keys(), "tied platforms"])
def test_a_batch_row_measures_what_the_report_measures(account):
    # A batch row measures the main platform alone; the report measures every platform: the same figures.
    assert agency_figures(account) == agency_figures(account, audience_figures(account))


def followers_sample(ordinary: int, mass: int) -> list[dict[str, Any]]:
    """A followers' sample: ordinary people, and accounts that follow thousands and are followed by almost none."""
    people = [{"platform": "instagram", "handle": f"person{n}", "followers": 150 + 11 * n, "following": 200 + 7 * n,
               "posts_count": 30 + n, "has_avatar": True} for n in range(ordinary)]
    bought = [{"platform": "instagram", "handle": f"mass{n}", "followers": 3 + n,
               "following": max(MASS_FOLLOWING, MASS_RATIO * (3 + n)) + 100 * n, "posts_count": 2, "has_avatar": True}
              for n in range(mass)]
    return people + bought


@pytest.mark.parametrize(("ordinary", "mass", "share"), [
    (MIN_SAMPLE, MIN_SAMPLE, 0.5),
    (3 * MIN_SAMPLE, MIN_SAMPLE, 0.75),
    (MIN_SAMPLE, 0, 1.0),
    (MIN_SAMPLE // 2, MIN_SAMPLE // 2 - 1, None),  # too small a sample for the audience-quality signal
])
def test_real_audience_share(ordinary, mass, share):
    account = account_of(posts_on("instagram", FIVE), {"instagram": 10_000}, audience=followers_sample(ordinary, mass))
    assert agency_figures(account).real_audience_share == (pytest.approx(share) if share is not None else None)


def test_the_reports_figures_give_the_same_agency_figures():
    """Given the report's figures, nothing is measured again, and the figures are the same; the audit's values
    agree with them."""
    comments = [{"author": "lea", "text": "Super article !"}]
    account = account_of(posts_on("instagram", FIVE, replies=10, comments=comments), {"instagram": 10_000},
                         audience=followers_sample(MIN_SAMPLE, 10))
    figures = audience_figures(account)
    measured = agency_figures(account)
    assert agency_figures(account, figures) == measured
    values = agency_values(figures)
    assert tuple(values) == AGENCY_COLUMNS
    assert {column: values[column] for column in ("engagement_rate", "engagement_vs_tier", "real_audience_share")} == {
        "engagement_rate": measured.engagement_rate, "engagement_vs_tier": measured.engagement_vs_tier,
        "real_audience_share": measured.real_audience_share}
    assert measured.engagement_rate is not None and measured.real_audience_share is not None


def test_figures_are_frozen():
    figures = agency_figures(account_of(posts_on("instagram", FIVE), {"instagram": 10_000}))
    assert isinstance(figures, AgencyFigures)
    with pytest.raises(AttributeError):
        figures.followers = 1  # type: ignore[misc]


@settings(max_examples=60, deadline=None)
@given(likes=st.lists(st.integers(0, 10**6), max_size=3 * MIN_POSTS_FOR_RATE),
       comments=st.integers(0, 500), followers=st.integers(0, 10**8), seed=st.integers(0, 2**16))
def test_the_rate_is_the_median_over_followers_whatever_the_order(likes, comments, followers, seed):
    posts = posts_on("instagram", likes, replies=comments)
    random.Random(seed).shuffle(posts)
    figures = agency_figures(account_of(posts, {"instagram": followers}))
    assert (figures.platform, figures.followers) == ("instagram", followers)
    if followers and len(likes) >= MIN_POSTS_FOR_RATE:
        assert figures.engagement_rate == statistics.median((count + comments) / followers for count in likes)
        assert figures.engagement_vs_tier == pytest.approx(figures.engagement_rate / _low("instagram", followers))
    else:
        assert figures.engagement_rate is None and figures.engagement_vs_tier is None
