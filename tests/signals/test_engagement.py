import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.errors import CredscoreError
from credscore.signals.engagement import (
    ORGANIC_MIN_CV,
    BenchmarkError,
    engagement,
    expected_engagement_range,
    load_benchmarks,
    post_engagement_rates,
)
from tests.conftest import account, analysed, post

FR_CAPTIONS = ["Balade au marché de Lyon ce matin", "Ma recette de tarte aux pommes", "Nouvelle boutique à Nantes",
               "Coucher de soleil sur la Loire"]
EN_CAPTIONS = ["Morning run along the river", "My sourdough recipe, step by step", "New studio tour",
               "Behind the scenes of the shoot"]


def counted(text, likes, replies=None, platform="instagram", **fields):
    return post(text, platform, likes=likes, **({"replies": replies} if replies is not None else {}), **fields)


def feed(captions, likes, replies, platform="instagram", **fields):
    return [counted(captions[i % len(captions)], count, comments, platform, **fields)
            for i, (count, comments) in enumerate(zip(likes, replies, strict=True))]


def profile(followers, platform="instagram"):
    return [{"platform": platform, "followers": followers}]


CASES = [
    # (lang, profiles, posts, snapshots, expected shortfall, uniformity, comments per like)
    # A genuine micro-influencer: 8,000 followers, 100 to 300 likes (CV 0.5, an organic spread), a comment per 20 likes.
    ("fr", profile(8_000), feed(FR_CAPTIONS, [100, 300] * 4, [5, 15] * 4), [], 0.0, 0.0, 0.05),
    # A local shop's loyal audience: 50 to 90 likes (CV 0.29) is still an organic spread, not even.
    ("fr", profile(2_000), feed(FR_CAPTIONS, [50, 90] * 4, [3, 5] * 4), [], 0.0, 0.0, 4 / 70),
    # A pod liking every post: 190 to 210 likes (CV 0.05), a fifth of the organic spread.
    ("en", profile(8_000), feed(EN_CAPTIONS, [190, 210] * 4, [8, 12] * 4), [], 0.0, 0.8, 0.05),
    # Bought followers: 200,000 followers and 21 interactions a post, far below the tier's 0.15 % low bound.
    ("en", profile(200_000), feed(EN_CAPTIONS, [20] * 8, [1] * 8), [], math.log10(0.0015 / (21.5 / 200_000)),
     math.nan, 1 / 20),
    # Bought likes: the same 500 likes under every post, not one comment.
    ("fr", profile(10_000), feed(FR_CAPTIONS, [500] * 8, [0] * 8), [], 0.0, 1.0, 0.0),
    # The latest snapshot's follower count wins over the profile's and over older snapshots.
    ("en", profile(1_000), feed(EN_CAPTIONS, [100, 300] * 4, [5, 15] * 4),
     [{"platform": "instagram", "at": "2024-01-01T00:00:00Z", "followers": 2_000},
      {"platform": "instagram", "at": "2024-06-01T00:00:00Z", "followers": 1_000_000}],
     math.log10(0.001 / (210.5 / 1_000_000)), 0.0, 0.05),
    # YouTube is read against views: 10 likes for 100,000 views, about a fiftieth of the 0.5 % low bound.
    ("en", profile(50_000, "youtube"), feed(EN_CAPTIONS, [10] * 6, [0] * 6, "youtube", views=100_000), [],
     math.log10(0.005 / (10.5 / 100_000)), math.nan, math.nan),
    # Half an interaction for none: a post nobody touched is "fewer than one", not infinitely far below.
    ("fr", profile(1_000_000), feed(FR_CAPTIONS, [0] * 6, [0] * 6), [], math.log10(0.001 / (0.5 / 1_000_000)),
     math.nan, math.nan),
    # Engagement bait or a pod: a comment for every two likes counts as one per ten (more is no more evidence).
    ("fr", profile(8_000), feed(FR_CAPTIONS, [100, 300] * 4, [50, 150] * 4), [], 0.0, 0.0, 0.1),
    ("en", profile(8_000), feed(EN_CAPTIONS, [100, 300] * 4, [10, 30] * 4), [], 0.0, 0.0, 0.1),
    # Reposts carry someone else's counters: left out.
    ("fr", profile(8_000), feed(FR_CAPTIONS, [100, 300] * 4, [5, 15] * 4)
     + [post("RT", "instagram", kind="repost", likes=90_000, replies=0)] * 3, [], 0.0, 0.0, 0.05),
]


@pytest.mark.parametrize(("lang", "profiles", "posts", "snapshots", "shortfall", "uniformity", "per_like"), CASES)
def test_engagement_values(lang, profiles, posts, snapshots, shortfall, uniformity, per_like):
    result = engagement(analysed(posts, lang=lang, profiles=profiles, snapshots=snapshots))
    assert result.measurable
    for name, expected in (("engagement_shortfall", shortfall), ("likes_uniformity", uniformity),
                           ("comments_per_like", per_like)):
        if math.isnan(expected):
            assert math.isnan(result.values[name]), name
        else:
            assert result.values[name] == pytest.approx(expected), name


def test_engagement_evidence_points_at_the_posts_behind_each_feature():
    likes = [20, 20, 20, 20, 20, 20, 4_000, 20]
    posts = feed(EN_CAPTIONS, likes, [1, 1, 1, 1, 1, 1, 300, 1])
    result = engagement(analysed(posts, lang="en", profiles=profile(200_000)))
    below = [item.index for item in result.evidence["engagement_shortfall"]]
    assert 6 not in below and len(below) == 5
    assert all(item.kind == "post" and item.ref == f"posts[{item.index}]"
               for item in result.evidence["comments_per_like"])


def test_a_low_bound_of_less_than_a_few_interactions_is_not_judged():
    # X: 2,000 followers and a 0.01 % low bound is a fifth of a like; posts with no like are below nothing.
    result = engagement(analysed(feed(EN_CAPTIONS, [0] * 8, [0] * 8, "twitter"), lang="en",
                                 profiles=profile(2_000, "twitter")))
    assert not result.measurable and "no follower count, engagement benchmark or audience large enough" in result.note
    many = engagement(analysed(feed(EN_CAPTIONS, [0] * 8, [0] * 8, "twitter"), lang="en",
                               profiles=profile(500_000, "twitter")))
    assert many.values["engagement_shortfall"] == pytest.approx(math.log10(0.0001 * 500_000 / 0.5))


@pytest.mark.parametrize(("lang", "posts", "profiles", "why"), [
    ("fr", [post(text, "instagram") for text in FR_CAPTIONS * 2], profile(8_000), "no post with its counters"),
    ("en", feed(EN_CAPTIONS, [300] * 4, [10] * 4), profile(8_000), "fewer than 5 posts with their counters"),
    # LinkedIn has no published benchmark and no follower count here; ten likes a post are too few to judge.
    ("en", feed(EN_CAPTIONS, [10] * 6, [1] * 6, "linkedin"), [],
     "no follower count, engagement benchmark or audience large enough"),
])
def test_engagement_not_measurable_without_counters(lang, posts, profiles, why):
    result = engagement(analysed(posts, lang=lang, profiles=profiles))
    assert not result.measurable and result.values == {}
    assert why in result.note


def test_a_feature_without_its_data_is_missing_not_zero():
    # LinkedIn: no benchmark, so no shortfall; but the likes' spread and the comments are measured.
    result = engagement(analysed(feed(FR_CAPTIONS, [190, 210] * 4, [5, 15] * 4, "linkedin"), lang="fr",
                                 profiles=profile(5_000, "linkedin")))
    assert math.isnan(result.values["engagement_shortfall"])
    assert result.values["likes_uniformity"] == pytest.approx(0.8)
    assert result.evidence["engagement_shortfall"] == ()


@pytest.mark.parametrize(("platform", "followers", "expected"), [
    ("instagram", 500, (0.006, 0.15)),
    ("Instagram", 25_000, (0.002, 0.06)),
    ("instagram", 2_000_000, (0.001, 0.03)),
    ("tiktok", 5_000, (0.02, 0.30)),
    ("x", 10, (0.0001, 0.05)),
    ("linkedin", 10_000, None),
    ("mastodon", 300, None),
])
def test_expected_engagement_range(platform, followers, expected):
    assert expected_engagement_range(platform, followers) == expected


def test_the_ranges_fall_as_the_tiers_grow():
    for platform in ("instagram", "tiktok"):
        lows = [expected_engagement_range(platform, followers)[0] for followers in (0, 1_000, 10_000, 50_000,
                                                                                    500_000, 1_000_000)]
        assert lows == sorted(lows, reverse=True)


def test_post_engagement_rates_give_each_counted_post_its_rate():
    posts = [counted("a", 100, 10), post("no counters", "instagram"), counted("b", 50, None, reposts=50),
             post("RT", "instagram", kind="repost", likes=10), counted("c", 10, 0, "mastodon")]
    rates = post_engagement_rates(account(posts, profiles=profile(1_000)))
    # Mastodon has no follower count here: no rate. Comments count from the listed comments when no counter.
    assert rates == [(0, pytest.approx(0.11)), (2, pytest.approx(0.1))]
    with_comments = [counted("d", 10, None, comments=[{"text": "Super !"}, {"text": "Où est-ce ?"}])]
    assert post_engagement_rates(account(with_comments, profiles=profile(100))) == [(0, pytest.approx(0.12))]


@pytest.mark.parametrize(("text", "where"), [
    ('description = "x"\nsources = ["s"]\n[platforms.a]\nbasis = "followers"\n'
     'tiers = [{ min_followers = 0, low = 0.5, high = 0.1 }]\n', "platforms.a.tiers.0"),
    ('description = "x"\nsources = ["s"]\n[platforms.a]\nbasis = "likes"\ntiers = [{ min_followers = 0, low = 0.1, '
     'high = 0.5 }]\n', "platforms.a.basis"),
    ('description = "x"\nsources = ["s"]\n[platforms.a]\nbasis = "followers"\n'
     'tiers = [{ min_followers = 10, low = 0.1, high = 0.5 }]\n', "platforms.a.tiers"),
    ('description = "x"\nsources = ["s"]\n[aliases]\nb = "c"\n[platforms.a]\nbasis = "followers"\n'
     'tiers = [{ min_followers = 0, low = 0.1, high = 0.5 }]\n', "aliases name platforms"),
    ("not toml [", "cannot be read"),
])
def test_a_bad_benchmarks_file_is_one_clear_error(tmp_path, text, where):
    path = tmp_path / "benchmarks.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BenchmarkError) as raised:
        load_benchmarks(path)
    assert isinstance(raised.value, CredscoreError)
    assert where in str(raised.value) and "\n" not in str(raised.value)


COUNTS = st.tuples(st.integers(0, 5_000), st.integers(0, 300))


@settings(max_examples=40, deadline=None)
@given(st.lists(COUNTS, min_size=1, max_size=14), st.integers(0, 3_000_000), st.randoms(use_true_random=False))
def test_values_are_in_range_and_the_order_of_posts_does_not_matter(counts, followers, rng):
    posts = feed(EN_CAPTIONS, [likes for likes, _ in counts], [comments for _, comments in counts])
    shuffled = list(posts)
    rng.shuffle(shuffled)
    first = engagement(analysed(posts, lang="en", profiles=profile(followers)))
    second = engagement(analysed(shuffled, lang="en", profiles=profile(followers)))
    assert first.measurable == second.measurable
    if not first.measurable:
        return
    for name, value in first.values.items():
        other = second.values[name]
        assert (math.isnan(value) and math.isnan(other)) or value == pytest.approx(other), name
    shortfall, uniformity, per_like = (first.values[name] for name in ("engagement_shortfall", "likes_uniformity",
                                                                       "comments_per_like"))
    assert math.isnan(shortfall) or shortfall >= 0
    assert math.isnan(uniformity) or 0 <= uniformity <= 1
    assert math.isnan(per_like) or 0 <= per_like <= 1
    if not math.isnan(uniformity):
        likes = [likes for likes, _ in counts]
        assert uniformity == pytest.approx(
            1 - min(1, statistics.pstdev(likes) / statistics.fmean(likes) / ORGANIC_MIN_CV))


def test_rates_over_time_are_the_dated_rates_oldest_first():
    from datetime import UTC, datetime

    from credscore.signals.engagement import rates_over_time

    posts = [counted("b", 30, 0, created_at="2024-03-02T10:00:00Z"), counted("a", 10, 0, created_at="2024-03-01"),
             counted("undated", 50, 0)]
    assert rates_over_time(account(posts, profiles=profile(1_000))) == [
        (datetime(2024, 3, 1, tzinfo=UTC), "instagram", pytest.approx(0.01)),
        (datetime(2024, 3, 2, 10, tzinfo=UTC), "instagram", pytest.approx(0.03))]
