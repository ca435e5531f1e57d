import math
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import AudienceMember
from credscore.signals.audience_quality import audience_composition, audience_quality, creation_batches, member_flags
from tests.conftest import analysed

START = datetime(2012, 1, 1, tzinfo=UTC)


def member(handle, followers=None, following=None, posts=None, avatar=None, created=None, bio=None,
           platform="instagram"):
    fields = {"followers": followers, "following": following, "posts_count": posts, "has_avatar": avatar,
              "created_at": created.isoformat() if isinstance(created, datetime) else created, "bio": bio}
    return {"platform": platform, "handle": handle,
            **{key: value for key, value in fields.items() if value is not None}}


def real_people(count, bio="Photographe amateur, Lyon"):
    """Followers who use their accounts, created over a decade at scattered times of day."""
    return [member(f"ami{i}", 80 + 13 * i, 150 + 7 * i, 12 + i, True,
                   START + timedelta(days=61 * i, hours=(7 * i) % 24, minutes=(11 * i) % 60), bio)
            for i in range(count)]


def bought(count, at=datetime(2024, 3, 1, 10, tzinfo=UTC)):
    """A farm's accounts: made minutes apart, no photo, no post, following thousands."""
    return [member(f"user{938_400 + i}", 2, 4_200 + i, 0, False, at + timedelta(minutes=2 * i)) for i in range(count)]


@pytest.mark.parametrize(("data", "flags"), [
    (member("a", 12, 7_500, 0, False), {"mass_follower", "no_avatar", "no_posts", "empty"}),
    # Following many, but followed by more: a popular account that follows back.
    (member("b", 50_000, 2_000, 400, True), set()),
    # Following 1,499: under HypeAuditor's mark, however few follow back.
    (member("c", 10, 1_499, 3, True), set()),
    (member("d", 10, 1_500, 3, True), {"mass_follower"}),
    # Ten times exactly is not *more* than ten times.
    (member("e", 200, 2_000, 3, True), set()),
    (member("f", None, 9_000, 0, None), {"no_posts"}),
    (member("g", 3, 40, 0, True), {"no_posts"}),
    (member("h"), set()),
])
def test_member_flags(data, flags):
    assert member_flags(AudienceMember.model_validate(data)) == frozenset(flags)


CASES = [
    # (lang, audience, expected mass follower share, empty share, batch-created share)
    ("fr", real_people(60), 0.0, 0.0, 0.0),
    ("en", real_people(60, "Runner, coffee, Leeds") + bought(20), 0.25, 0.25, 0.25),
    # Idle accounts, created at scattered times: empty, but no batch.
    ("fr", real_people(45) + [member(f"vide{i}", 0, 30, 0, False, START + timedelta(days=97 * i, hours=i))
                              for i in range(15)], 0.0, 0.25, 0.0),
]


@pytest.mark.parametrize(("lang", "audience", "mass", "empty", "batched"), CASES)
def test_audience_quality_values(lang, audience, mass, empty, batched):
    result = audience_quality(analysed(["Nouvelle série de photos", "New photo series"], lang=lang, audience=audience))
    assert result.measurable
    assert result.values["mass_follower_share"] == pytest.approx(mass)
    assert result.values["empty_share"] == pytest.approx(empty)
    assert result.values["batch_created_share"] == pytest.approx(batched)


def test_the_evidence_names_the_flagged_followers():
    result = audience_quality(analysed([], audience=real_people(60) + bought(20)))
    items = result.evidence["mass_follower_share"]
    assert [item.ref for item in items] == [f"audience[{i}]" for i in range(60, 65)]
    assert items[0].kind == "audience"
    assert items[0].excerpt == "@user938400 · followers 2 · following 4200 · posts 0 · no avatar"
    assert items[0].created_at == "2024-03-01T10:00:00+00:00"


def test_a_platforms_rush_of_sign_ups_is_no_batch():
    # Mastodon, November 2022: followers joined a day at a time (date-only), many on the busiest days.
    rush = datetime(2022, 10, 25, tzinfo=UTC)
    members = [member(f"m{i}", 40, 90, 30, True, (rush + timedelta(days=i % 30)).date().isoformat(),
                      platform="mastodon") for i in range(50)]
    members += [member(f"n{i}", 40, 90, 30, True, "2022-11-06", platform="mastodon") for i in range(5)]
    assert creation_batches([AudienceMember.model_validate(m) for m in members]) == []
    assert audience_quality(analysed([], audience=members)).values["batch_created_share"] == 0.0


def test_creation_batches_name_the_members_created_together():
    members = [AudienceMember.model_validate(m) for m in bought(8) + real_people(40)]
    batches = creation_batches(members)
    assert len(batches) == 1
    assert batches[0].members == tuple(range(8))
    assert batches[0].start == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert audience_composition(members) == {"mass_follower": 8, "empty": 8, "no_avatar": 8, "no_posts": 8,
                                             "batch_created": 8, "sample": 48}


def test_a_share_without_its_data_is_missing_not_zero():
    # Counters only (as a connector's sample without creation dates or avatars).
    audience = [member(f"u{i}", 100 + i, 200, None, None) for i in range(40)]
    result = audience_quality(analysed([], audience=audience))
    assert result.values["mass_follower_share"] == 0.0
    assert math.isnan(result.values["empty_share"]) and math.isnan(result.values["batch_created_share"])
    assert result.evidence["empty_share"] == ()


@pytest.mark.parametrize(("audience", "why"), [
    ([], "no audience sample"),
    (real_people(29), "fewer than 30 followers in the audience sample"),
])
def test_not_measurable_without_a_sample(audience, why):
    result = audience_quality(analysed(["Bonjour"], audience=audience))
    assert not result.measurable and result.values == {}
    assert why in result.note


MEMBERS = st.builds(
    lambda i, followers, following, posts, avatar, minutes: member(
        f"h{i}", followers, following, posts, avatar, START + timedelta(minutes=minutes)),
    st.integers(0, 10**6), st.integers(0, 10_000), st.integers(0, 20_000), st.integers(0, 50), st.booleans(),
    st.integers(0, 60 * 24 * 365 * 5))


@settings(max_examples=30, deadline=None)
@given(st.lists(MEMBERS, min_size=30, max_size=60), st.randoms(use_true_random=False))
def test_shares_are_in_range_and_the_order_of_the_sample_does_not_matter(audience, rng):
    shuffled = list(audience)
    rng.shuffle(shuffled)
    first = audience_quality(analysed([], audience=audience))
    second = audience_quality(analysed([], audience=shuffled))
    for name, value in first.values.items():
        assert 0 <= value <= 1
        assert second.values[name] == pytest.approx(value), name
