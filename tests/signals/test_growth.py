import math
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.bursts import poisson_tail, time_bursts
from credscore.signals.growth import (
    MIN_FOLLOW_BURST,
    MIN_OUT_FOLLOWS,
    MIN_SNAPSHOTS,
    follower_bursts,
    follower_series,
    growth,
)
from tests.conftest import account, analysed, post

D0 = datetime(2024, 1, 1, tzinfo=UTC)


def day(n, hours=0):
    return (D0 + timedelta(days=n, hours=hours)).isoformat()


def weekly(counts, platform="instagram"):
    return [{"platform": platform, "at": day(7 * k), "followers": count} for k, count in enumerate(counts)]


def dated(text, n, likes=None, platform="instagram"):
    return post(text, platform, created_at=day(n), **({"likes": likes} if likes is not None else {}))


FR_POSTS = [dated(text, 14 * k, 120) for k, text in enumerate(
    ["Atelier poterie du samedi", "Nouveau four, premières cuissons", "Les bols bleus sont en boutique",
     "Marché de Noël à Annecy", "Cours pour débutants en mars", "Visite de l'atelier en vidéo"])]
EN_POSTS = [dated(text, 14 * k, 120) for k, text in enumerate(
    ["Saturday pottery class", "New kiln, first firings", "Blue bowls now in the shop", "Christmas market in York",
     "Beginners' course in March", "Studio tour on video"])]
STEADY = [5_000 + 70 * k for k in range(10)]
JUMP = [5_000 + 70 * k + (8_000 if k >= 6 else 0) for k in range(10)]


def follow(counterpart, created, direction="in", ended=None):
    return {"platform": "instagram", "direction": direction, "counterpart": counterpart, "created_at": created,
            **({"ended_at": ended} if ended else {})}


def steady_followers(count=120):
    """A new follower every 50 hours."""
    return [follow(f"f{i}", (D0 + timedelta(hours=50 * i)).isoformat()) for i in range(count)]


def delivery(count=200, at=D0 + timedelta(hours=2425)):
    """A bought package: one follower every three seconds, halfway between two ordinary new followers."""
    return [follow(f"b{i}", (at + timedelta(seconds=3 * i)).isoformat()) for i in range(count)]


def f4f(count=40, undone_every=2):
    """Outgoing follows, one in ``undone_every`` undone two days later."""
    return [follow(f"o{i}", day(i), "out", day(i + 2) if i % undone_every == 0 else None) for i in range(count)]


CASES = [
    # (lang, posts, snapshots, follows, expected unexplained growth share, churn share)
    # Steady growth: no burst.
    ("fr", FR_POSTS, weekly(STEADY), [], 0.0, math.nan),
    # A flat account gaining 150 in a week: a good week for 40,000 followers (under 5 %), not a delivery.
    ("en", EN_POSTS, weekly([40_000] * 5 + [40_150] * 5), [], 0.0, math.nan),
    # 8,000 followers in a week after an ordinary post (120 likes, like all the others): unexplained.
    ("en", EN_POSTS, weekly(JUMP), [], 8_070 / (JUMP[-1] - JUMP[0]), math.nan),
    # The same jump after a post that travelled (2,400 likes, twenty times the usual): explained.
    ("fr", [*FR_POSTS[:3], dated("La vidéo du tour de main qui a fait le tour", 38, 2_400), *FR_POSTS[3:]],
     weekly(JUMP), [], 0.0, math.nan),
    # Twenty warm answers to comments with a few likes each, around the same ordinary posts: the answers do not lower
    # what "travelled" means (twice the posts' median likes), so the ordinary post before the jump explains nothing.
    ("en", [*EN_POSTS, *(dated(f"Thank you {name}, so glad it helped!", 38 + k % 3, 3) | {"kind": "reply"}
                         for k, name in enumerate(["Amy", "Ben", "Cara", "Dan", "Eve"] * 4))],
     weekly(JUMP), [], 8_070 / (JUMP[-1] - JUMP[0]), math.nan),
    # A reply that itself travelled (2,400 likes) brings followers like a post: it explains the jump.
    ("fr", [*FR_POSTS, dated("Réponse à la question du jour : oui, le grès se répare", 38, 2_400) | {"kind": "reply"}],
     weekly(JUMP), [], 0.0, math.nan),
    # Ordinary videos of its TikTok (20,000 likes each, as usual there) do not explain 8,000 new Instagram followers,
    # however many more likes they draw than its Instagram posts: likes are measured against their own platform.
    ("en", [*EN_POSTS, *(dated(f"Throwing clip {k}", 7 + 14 * k, 20_000, "tiktok") for k in range(5))],
     weekly(JUMP), [], 8_070 / (JUMP[-1] - JUMP[0]), math.nan),
    # A TikTok video that travelled there (twenty times its usual likes) explains Instagram followers: people cross.
    ("fr", [*FR_POSTS, *(dated(f"Tournage {k}", 7 + 14 * k, 40_000 if k == 2 else 2_000, "tiktok") for k in range(5))],
     weekly(JUMP), [], 0.0, math.nan),
    # Follow events: a delivery of 200 new followers within minutes, on day 101, long after the last post.
    ("en", EN_POSTS, [], steady_followers() + delivery(), 200 / 320, math.nan),
    # Follow-for-follow: half the followed accounts unfollowed within two days.
    ("fr", FR_POSTS, [], f4f(), math.nan, 0.5),
    # Unfollowing months later is no churn.
    ("en", EN_POSTS, [], [follow(f"o{i}", day(i), "out", day(i + 90) if i % 2 else None) for i in range(40)],
     math.nan, 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "snapshots", "follows", "unexplained", "churn"), CASES)
def test_growth_values(lang, posts, snapshots, follows, unexplained, churn):
    result = growth(analysed(posts, lang=lang, snapshots=snapshots, follows=follows))
    assert result.measurable
    for name, expected in (("unexplained_growth_share", unexplained), ("follow_churn_share", churn)):
        if math.isnan(expected):
            assert math.isnan(result.values[name]), name
        else:
            assert result.values[name] == pytest.approx(expected), name


def test_the_evidence_cites_the_snapshots_around_the_jump_and_the_undone_follows():
    result = growth(analysed(EN_POSTS, snapshots=weekly(JUMP)))
    assert [(item.ref, item.excerpt) for item in result.evidence["unexplained_growth_share"]] == [
        ("snapshots[5]", "followers 5350"), ("snapshots[6]", "followers 13420")]
    churned = growth(analysed(FR_POSTS, follows=f4f())).evidence["follow_churn_share"]
    assert [item.ref for item in churned] == ["follows[0]", "follows[2]", "follows[4]", "follows[6]", "follows[8]"]
    assert churned[0].excerpt == "followed @o0, undone 2024-01-03T00:00:00+00:00"


def test_follower_series_from_snapshots_and_from_follows():
    shuffled = weekly([100, 150, 170])[::-1] + weekly([9, 9, 9, 9], "tiktok")
    # The platform with the most snapshots, oldest first.
    assert follower_series(account([], snapshots=shuffled)) == [(D0 + timedelta(days=7 * k), 9) for k in range(4)]
    follows = [follow("a", day(1)), follow("b", day(2), ended=day(5)), follow("c", day(3)),
               follow("d", day(4), "out"), {"platform": "instagram", "direction": "in", "counterpart": "e"}]
    assert follower_series(account([], follows=follows)) == [
        (D0 + timedelta(days=1), 1), (D0 + timedelta(days=2), 2), (D0 + timedelta(days=3), 3),
        (D0 + timedelta(days=5), 2)]
    assert follower_series(account([])) == []


def test_follower_bursts_say_what_explains_them():
    bursts = follower_bursts(account(EN_POSTS, follows=steady_followers() + delivery()))
    assert len(bursts) == 1
    assert (bursts[0].source, bursts[0].gained, bursts[0].explained) == ("follows", 200, False)
    explained = follower_bursts(account([*EN_POSTS, dated("Featured on the BBC", 99, 5_000)],
                                        follows=steady_followers() + delivery()))
    assert explained[0].explained_by == (6,)


@pytest.mark.parametrize(("posts", "snapshots", "follows"), [
    ([], [], []),
    (FR_POSTS, weekly([100, 200]), []),  # two snapshots: no usual pace to stand out from
    ([post("Sans date", "instagram")] * 5, weekly(JUMP), []),  # no dated post: nothing could explain anything
    (EN_POSTS, [], f4f(10)),  # too few outgoing follows
    (EN_POSTS, [], [follow(f"o{i}", day(i), "out") for i in range(40)]),  # the source records no unfollow
])
def test_not_measurable_without_counts_over_time_or_unfollows(posts, snapshots, follows):
    result = growth(analysed(posts, snapshots=snapshots, follows=follows))
    assert not result.measurable and result.values == {}
    # The note says what each reading needs, not that a history with a few unfollows has none.
    assert result.note.startswith("too few follower counts over time")
    assert f"at least {MIN_SNAPSHOTS} snapshots or {MIN_FOLLOW_BURST} dated new followers" in result.note
    assert f"at least {MIN_OUT_FOLLOWS}, where the source records unfollows" in result.note


@pytest.mark.parametrize(("k", "mean", "expected"), [
    (0, 2.0, 1.0),
    (1, 1.0, 1 - math.exp(-1)),
    (2, 1.0, 1 - 2 * math.exp(-1)),
    (5, 0.1, sum(math.exp(-0.1) * 0.1**j / math.factorial(j) for j in range(5, 30))),
    (3, 0.0, 0.0),
])
def test_poisson_tail(k, mean, expected):
    assert poisson_tail(k, mean) == pytest.approx(expected, rel=1e-9)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 60 * 24 * 90), min_size=0, max_size=80), st.randoms(use_true_random=False))
def test_bursts_do_not_depend_on_the_order_of_the_times(minutes, rng):
    times = [D0 + timedelta(minutes=m) for m in minutes]
    shuffled = list(times)
    rng.shuffle(shuffled)
    found = time_bursts(times, window=timedelta(hours=1), baseline=timedelta(days=7), min_count=5)
    again = time_bursts(shuffled, window=timedelta(hours=1), baseline=timedelta(days=7), min_count=5)
    assert [(b.start, b.end, len(b.members)) for b in found] == [(b.start, b.end, len(b.members)) for b in again]
    assert all(sorted(times[i] for i in b.members) == [t for t in sorted(times) if b.start <= t <= b.end]
               for b in found)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 20_000), min_size=4, max_size=12), st.randoms(use_true_random=False))
def test_growth_shares_are_in_range_and_the_order_of_snapshots_does_not_matter(counts, rng):
    snapshots = weekly(counts)
    shuffled = list(snapshots)
    rng.shuffle(shuffled)
    first = growth(analysed(EN_POSTS, snapshots=snapshots)).values["unexplained_growth_share"]
    second = growth(analysed(EN_POSTS, snapshots=shuffled)).values["unexplained_growth_share"]
    assert 0 <= first <= 1 and first == pytest.approx(second)
