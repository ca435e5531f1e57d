import math
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import AudienceMember
from credscore.signals.audience_quality import (
    audience_composition,
    audience_quality,
    created_together,
    creation_batches,
    member_flags,
)
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


# --- Watch-first platforms: a follower who never posts is the norm there -------------------------------------------

def viewers(count, platform, bio=None):
    """Real followers of a video creator: they watch, never post, keep the default picture, follow a few hundred
    creators, and joined at scattered times."""
    return [member(f"viewer{i}", 3 + i % 20, 120 + 9 * i, 0, False,
                   START + timedelta(days=53 * i, hours=(5 * i) % 24, minutes=(13 * i) % 60), bio, platform)
            for i in range(count)]


def bought_on(count, platform, following=4_200, created=True):
    """A farm's followers on ``platform``: no picture, no post, no bio, following thousands, made minutes apart."""
    at = datetime(2024, 3, 1, 10, tzinfo=UTC)
    return [member(f"user{938_400 + i}", 2, following + i if following else None, 0, False,
                   at + timedelta(minutes=2 * i) if created else None, platform=platform) for i in range(count)]


def fresh_cohort(count, platform, start=datetime(2025, 8, 18, tzinfo=UTC)):
    """Accounts made over five days, a few hours apart, following a few hundred accounts each: no batch within the
    hour, but a quarter of the sample or more created in one week."""
    return [member(f"u{i}", i % 8, 170 + 37 * i, 0, False, start + timedelta(hours=5 * i + i % 3, minutes=7 * i),
                   platform=platform) for i in range(count)]


def test_members_created_together_are_a_batch_or_a_weeks_cohort():
    spread = [AudienceMember.model_validate(m) for m in viewers(60, "tiktok")]
    assert created_together(spread) == frozenset()
    cohort = [AudienceMember.model_validate(m) for m in viewers(45, "tiktok") + fresh_cohort(15, "tiktok")]
    assert created_together(cohort) == frozenset(range(45, 60))
    assert creation_batches(cohort) == []  # hours apart: no batch, and batch_created_share keeps its meaning
    # Under a quarter of the sample in the week: not a cohort (a few friends who joined together).
    few = [AudienceMember.model_validate(m) for m in viewers(50, "tiktok") + fresh_cohort(10, "tiktok")]
    assert created_together(few) == frozenset()


@pytest.mark.parametrize(("data", "batched", "flags"), [
    # TikTok: no picture, no post, no bio and following a few hundred creators is the typical real viewer.
    (member("v", 4, 310, 0, False, platform="tiktok"), False, {"no_avatar", "no_posts"}),
    (member("v", 4, 310, 0, False, platform="TikTok"), False, {"no_avatar", "no_posts"}),
    (member("v", 4, 310, 0, False, platform="youtube"), False, {"no_avatar", "no_posts"}),
    # ...but one that follows thousands, or was made in a batch with others, is a made account.
    (member("b", 2, 4_000, 0, False, platform="tiktok"), False, {"mass_follower", "no_avatar", "no_posts", "empty"}),
    (member("b", 2, 1_500, 0, False, platform="youtube"), False, {"mass_follower", "no_avatar", "no_posts", "empty"}),
    (member("b", None, None, 0, False, platform="tiktok"), True, {"no_avatar", "no_posts", "empty"}),
    (member("b", 4, 310, 0, False, platform="twitch"), True, {"no_avatar", "no_posts", "empty"}),
    # A bio is a person's line about themselves: not an empty account, however many it follows.
    (member("b", 2, 4_000, 0, False, bio="Fan de rap, Marseille", platform="tiktok"), True,
     {"mass_follower", "no_avatar", "no_posts"}),
    (member("b", 2, 4_000, 0, False, bio="   ", platform="tiktok"), False,
     {"mass_follower", "no_avatar", "no_posts", "empty"}),
    # Instagram and Threads: a lurker with a bio is a person; with nothing at all, the audit tools' suspicious account.
    (member("l", 30, 200, 0, False, bio="Maman de deux, Nantes", platform="instagram"), False,
     {"no_avatar", "no_posts"}),
    (member("l", 30, 200, 0, False, bio="Runner, coffee, Leeds", platform="threads"), False, {"no_avatar", "no_posts"}),
    (member("l", 30, 200, 0, False, platform="instagram"), False, {"no_avatar", "no_posts", "empty"}),
    (member("l", 30, 200, 0, False, platform="threads"), False, {"no_avatar", "no_posts", "empty"}),
    # Where posting is what users do, no picture and no post is enough, bio or not.
    (member("x", 30, 200, 0, False, bio="Dev, Lyon", platform="twitter"), False, {"no_avatar", "no_posts", "empty"}),
    (member("x", 30, 200, 0, False, platform="mastodon"), False, {"no_avatar", "no_posts", "empty"}),
    (member("x", 30, 200, 0, False, platform="bluesky"), False, {"no_avatar", "no_posts", "empty"}),
    (member("x", 30, 200, 0, False, platform="linkedin"), False, {"no_avatar", "no_posts", "empty"}),
    # A picture or a post is never empty, whatever the platform or the batch.
    (member("p", 2, 4_000, 0, True, platform="tiktok"), True, {"mass_follower", "no_posts"}),
    (member("p", 2, 4_000, 1, False, platform="tiktok"), True, {"mass_follower", "no_avatar"}),
])
def test_member_flags_per_platform(data, batched, flags):
    assert member_flags(AudienceMember.model_validate(data), created_together=batched) == frozenset(flags)


PLATFORM_CASES = [
    # (audience, expected mass follower share, empty share, batch-created share)
    # A genuine TikTok singer's audience: silent viewers with the default picture and normal follow counts.
    (viewers(60, "tiktok"), 0.0, 0.0, 0.0),
    (viewers(45, "youtube") + real_people(15), 0.0, 0.0, 0.0),
    # A bought TikTok audience: no picture, no post, following thousands, made minutes apart.
    (viewers(45, "tiktok") + bought_on(15, "tiktok"), 0.25, 0.25, 0.25),
    # Bought followers whose counters the source did not give: made in a batch, still empty.
    (viewers(45, "tiktok") + bought_on(15, "tiktok", following=None), 0.0, 0.25, 0.25),
    # A farm's accounts made over a few days, following a few hundred each: a cohort no real audience shows.
    (viewers(40, "tiktok") + fresh_cohort(20, "tiktok"), 0.0, 1 / 3, 0.0),
    # ...and following thousands, created at no known time: still empty.
    (viewers(45, "youtube") + bought_on(15, "youtube", created=False), 0.25, 0.25, 0.0),
    # Silent viewers on X would be idle accounts: posting is the norm there.
    (viewers(45, "twitter") + real_people(15), 0.0, 0.75, 0.0),
    # Instagram lurkers who wrote a bio are people; without one they are read as before.
    (viewers(45, "instagram", bio="Fan de céramique") + real_people(15), 0.0, 0.0, 0.0),
    (viewers(45, "instagram") + real_people(15), 0.0, 0.75, 0.0),
]


@pytest.mark.parametrize(("audience", "mass", "empty", "batched"), PLATFORM_CASES)
def test_audience_quality_per_platform(audience, mass, empty, batched):
    result = audience_quality(analysed(["Nouveau clip ce soir", "New song out tonight"], audience=audience))
    assert result.values["mass_follower_share"] == pytest.approx(mass)
    assert result.values["empty_share"] == pytest.approx(empty)
    assert result.values["batch_created_share"] == pytest.approx(batched)
    composition = audience_composition([AudienceMember.model_validate(m) for m in audience])
    assert composition["empty"] == round(empty * len(audience))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(MEMBERS, st.sampled_from(["tiktok", "youtube", "twitch", "instagram", "threads"]),
       st.sampled_from([None, "", "Fan de rap"]), st.booleans())
def test_a_watch_first_platform_only_narrows_what_is_empty(data, platform, bio, batched):
    # The same follower on X is empty whenever it is on a watch-first platform: the table only asks for more.
    on_x = AudienceMember.model_validate(data | {"platform": "twitter"})
    here = AudienceMember.model_validate(data | {"platform": platform} | ({"bio": bio} if bio is not None else {}))
    if "empty" in member_flags(here, created_together=batched):
        assert "empty" in member_flags(on_x, created_together=batched)
    others = member_flags(here, created_together=batched) - {"empty"}
    assert others == member_flags(on_x, created_together=batched) - {"empty"}


def test_the_reports_composition_counts_a_cohort_once():
    # The report's "rest" is the members with no mark: a farm's cohort on TikTok is empty, not the rest.
    from credscore.account import parse_account
    from credscore.audience_figures import composition_figures

    audience = viewers(40, "tiktok") + fresh_cohort(20, "tiktok")
    figures = composition_figures(parse_account({"id": "singer", "audience": audience}))
    assert dict(figures.counts) == {"mass_follower": 0, "empty": 20, "batch_created": 0, "rest": 40}
