from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.automation_cadence import BURST_SECONDS, MIN_WORDS_OF_A_BURST, automation_cadence
from tests.conftest import analysed, post

START = datetime(2024, 3, 4, 9, 7, 13, tzinfo=UTC)  # a Monday, 09:07:13: not a round minute


def at(text, minutes, platform="twitter", **fields):
    """A post ``minutes`` after :data:`START`."""
    return post(text, platform, created_at=(START + timedelta(minutes=minutes)).isoformat(), **fields)


FR_TEXTS = ["Inventaire de printemps terminé à l'entrepôt", "Nouvelle recette de brioche testée ce matin",
            "Réunion avec les fournisseurs de farine bio", "Le four numéro deux est enfin réparé",
            "Nous recrutons un apprenti pour la rentrée", "Livraison spéciale pour le marché de Noël"]
EN_TEXTS = ["Spring inventory done at the warehouse", "Tested a new brioche recipe this morning",
            "Meeting with the organic flour suppliers", "Oven number two is finally fixed",
            "We are hiring an apprentice for September", "Special delivery for the Christmas market"]
SAME = "Nouvel article sur la gestion des stocks en boulangerie"

CASES = [
    # (lang, posts, expected interval_dispersion, expected round_minute_share, expected burst_share)
    # Clockwork: every three hours on the hour.
    ("en", [post(text, created_at=f"2024-03-04T{6 + 3 * k:02d}:00:00Z") for k, text in enumerate(EN_TEXTS)],
     0.0, 1.0, 0.0),
    # Gaps of 60, 120, 180, 240 and 300 minutes: quartiles 120 and 240, at 7 minutes past.
    ("fr", [at(text, minutes) for text, minutes in zip(FR_TEXTS, [0, 60, 180, 360, 600, 900], strict=True)],
     (240 - 120) / (240 + 120), 0.0, 0.0),
    # One text on Twitter and LinkedIn 90 seconds apart (one moment, a burst), then on Facebook 40 minutes later
    # (too late to be a burst). Gaps between moments: 40, 142, 166 and 205 minutes.
    ("fr", [
        post(SAME, "twitter", created_at="2024-03-04T10:00:00Z"),
        post(SAME, "linkedin", created_at="2024-03-04T10:01:30Z"),
        post(SAME, "facebook", created_at="2024-03-04T10:40:00Z"),
        post(FR_TEXTS[0], created_at="2024-03-04T13:02:00Z"),
        post(FR_TEXTS[1], created_at="2024-03-04T15:48:00Z"),
        post(FR_TEXTS[2], "linkedin", created_at="2024-03-04T19:13:00Z"),
    ], (175.75 - 116.5) / (175.75 + 116.5), 2 / 6, 2 / 6),
    # The same text twice on one platform is not a cross-platform burst; a short text is not one either;
    # a repost does not count at all.
    ("en", [
        at(EN_TEXTS[0], 0), at(EN_TEXTS[0], 2),
        at("Thanks!", 30, "twitter"), at("Thanks!", 31, "linkedin"),
        at(EN_TEXTS[1], 200), at(EN_TEXTS[2], 500), at(EN_TEXTS[3], 900),
        at(EN_TEXTS[1], 201, "linkedin", kind="repost"),
    ], (325 - 135) / (325 + 135), 0.0, 0.0),  # moments at 0, 30, 200, 500, 900: gaps 30, 170, 300, 400
    # A cross-posting tool at round minutes: three platforms at once, every day at 9:00.
    ("en", [post(text, platform, created_at=f"2024-03-{4 + day:02d}T09:00:{second:02d}Z")
            for day, text in enumerate(EN_TEXTS[:5])
            for second, platform in enumerate(["twitter", "linkedin", "facebook"])],
     0.0, 1.0, 1.0),
]


@pytest.mark.parametrize(("lang", "posts", "dispersion", "round_share", "burst_share"), CASES)
def test_automation_cadence_values(lang, posts, dispersion, round_share, burst_share):
    result = automation_cadence(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["interval_dispersion"] == pytest.approx(dispersion)
    assert result.values["round_minute_share"] == pytest.approx(round_share)
    assert result.values["burst_share"] == pytest.approx(burst_share)


def test_automation_cadence_evidence_points_at_the_bursts_in_time_order():
    posts = [
        at(EN_TEXTS[0], 0),
        at(SAME, 301, "linkedin"),
        at(EN_TEXTS[1], 100),
        at(SAME, 300, "twitter"),
        at(EN_TEXTS[2], 800),
        at(EN_TEXTS[3], 1300),
        post(EN_TEXTS[4], created_at="2024-03-05T12:15:00Z"),
    ]
    result = automation_cadence(analysed(posts, lang="en"))
    assert result.values["burst_share"] == pytest.approx(2 / 7)
    assert [item.index for item in result.evidence["burst_share"]] == [3, 1]
    assert [item.index for item in result.evidence["round_minute_share"]] == [6]
    assert result.evidence["burst_share"][0].created_at is not None


@pytest.mark.parametrize("posts", [
    [],
    # The PAN tweets: no timestamps at all.
    [post(text) for text in EN_TEXTS],
    # Four timestamped posts only.
    [at(text, 60 * k) for k, text in enumerate(EN_TEXTS[:4])] + [post(EN_TEXTS[4])],
    # Dates without a time of day.
    [post(text, created_at=f"2024-03-{4 + k:02d}") for k, text in enumerate(EN_TEXTS)],
    # Six posts but only three moments of posting.
    [at(text, 500 * (k // 2) + k % 2) for k, text in enumerate(EN_TEXTS)],
])
def test_automation_cadence_not_measurable(posts):
    result = automation_cadence(analysed(posts, lang="en"))
    assert not result.measurable
    assert result.values == {}


ORDER_TEST_POSTS = [
    at(SAME, 0, "twitter"), at(SAME, 1, "linkedin"), at(EN_TEXTS[0], 47), at(EN_TEXTS[1], 173, "facebook"),
    post(EN_TEXTS[2], created_at="2024-03-04T15:30:00Z"), at(EN_TEXTS[3], 611), at(EN_TEXTS[4], 950, "linkedin"),
    at(EN_TEXTS[5], 1430), post("No time on this one"),
]
ORDER_TEST_EXPECTED = automation_cadence(analysed(ORDER_TEST_POSTS, lang="en")).values


@settings(max_examples=25, deadline=None)
@given(st.permutations(ORDER_TEST_POSTS))
def test_automation_cadence_does_not_depend_on_the_order_of_posts(posts):
    assert automation_cadence(analysed(posts, lang="en")).values == pytest.approx(ORDER_TEST_EXPECTED)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3000), st.sampled_from(["twitter", "linkedin", "facebook"]),
                          st.sampled_from([SAME, EN_TEXTS[0], "Thanks so much"])), min_size=5, max_size=12,
                unique=True))  # the same text at the same second on one platform is one post, seen twice
def test_automation_cadence_bursts_match_a_brute_force_count(items):
    items = list(dict.fromkeys(items))  # one platform, time and text is one post, loaded once (credscore.duplicates)
    posts = [at(text, minutes, platform) for minutes, platform, text in items]
    result = automation_cadence(analysed(posts, lang="en"))
    if not result.measurable:
        return
    burst = [i for i, (minutes, platform, text) in enumerate(items)
             if len(text.split()) >= MIN_WORDS_OF_A_BURST and any(
                 other_text == text and other_platform != platform and abs(other - minutes) * 60 <= BURST_SECONDS
                 for other, other_platform, other_text in items)]
    assert result.values["burst_share"] == pytest.approx(len(burst) / len(items))


CORE_FR = "Cinq conseils pour construire une communauté autour de votre marque cette année"
CORE_EN = "Why we stopped discounting our annual plan and what it did to renewals over two quarters"

BURST_CASES = [
    # (lang, posts, expected burst_share)
    # A scheduler frames one text per platform (opener, closer, spun word, hashtags): still a burst.
    ("fr", [at("Nouveau sur le blog : " + CORE_FR, 0, "blog"),
            at(CORE_FR + " 👉 lien en bio #marketing", 1, "instagram"),
            at("Super conseil : " + CORE_FR + " via @buffer", 2, "twitter"),
            *(at(text, 200 + 300 * k) for k, text in enumerate(FR_TEXTS[:4]))], 3 / 7),
    ("en", [at("New on the blog: " + CORE_EN, 0, "linkedin"), at("ICYMI " + CORE_EN + " Link in bio!", 1, "instagram"),
            *(at(text, 200 + 300 * k) for k, text in enumerate(EN_TEXTS[:4]))], 2 / 6),
    # The same answer to two people on two platforms within a minute is not a burst: replies are said to someone.
    ("en", [at("@anna thanks a lot, the full pricing study is on our site with every figure", 0, "twitter",
               kind="reply"),
            at("@bob thanks a lot, the full pricing study is on our site with every figure", 1, "linkedin",
               kind="comment"),
            *(at(text, 200 + 300 * k) for k, text in enumerate(EN_TEXTS[:4]))], 0.0),
    # "Twitter" and "twitter" are one platform: the same text there twice is no cross-platform burst.
    ("fr", [at(SAME, 0, "Twitter"), at(SAME, 1, "twitter"),
            *(at(text, 200 + 300 * k) for k, text in enumerate(FR_TEXTS[:4]))], 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "burst_share"), BURST_CASES)
def test_automation_cadence_bursts_see_through_framing_and_skip_replies(lang, posts, burst_share):
    result = automation_cadence(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["burst_share"] == pytest.approx(burst_share)
