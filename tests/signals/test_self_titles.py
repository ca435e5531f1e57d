import pytest

from credscore.signals.self_titles import self_titles
from tests.conftest import analysed


def bios(*pairs):
    return [{"platform": platform, "bio": bio} if bio is not None else {"platform": platform}
            for platform, bio in pairs]


CASES = [
    # (lang, profiles, expected distinct_titles, expected titled_bio_share)
    ("fr", bios(("linkedin", "Gourou des réseaux sociaux et ninja du SEO"),
                ("twitter", "Consultante en stratégie commerciale pour les PME de la région lyonnaise")), 2, 1 / 2),
    ("en", bios(("linkedin", "Serial entrepreneur | Thought leader | LinkedIn Top Voice"),
                ("twitter", "Growth ninja and #1 expert on personal branding")), 5, 1.0),
    # "n°1" inside "expert n°1" is one claim, not two.
    ("fr", bios(("linkedin", "Expert n°1 du community management en France")), 1, 1.0),
    # Spelling variants are one title; a profile without a bio does not count.
    ("fr", bios(("instagram", "Rock star du marketing"), ("tiktok", "La rockstar des vidéos courtes"),
                ("facebook", None)), 1, 1.0),
    ("en", bios(("x", None), ("mastodon", "Digital evangelist, wizard of funnels")), 2, 1.0),
    # Real jobs are not titles.
    ("fr", bios(("linkedin", "Responsable marketing chez Decathlon, ancienne de Danone"),
                ("twitter", "Maître de conférences en sciences de gestion")), 0, 0.0),
    ("en", bios(("linkedin", "Head of growth at Acme. Previously at Stripe. Coach of the under-12 team.")), 0, 0.0),
]


@pytest.mark.parametrize(("lang", "profiles", "distinct", "titled_share"), CASES)
def test_self_titles_values(lang, profiles, distinct, titled_share):
    result = self_titles(analysed([], profiles=profiles, lang=lang))
    assert result.measurable
    assert result.values["distinct_titles"] == distinct
    assert result.values["titled_bio_share"] == pytest.approx(titled_share)


def test_self_titles_evidence_points_at_the_titled_profiles():
    profiles = bios(("linkedin", "Product manager at a logistics company"),
                    ("twitter", "Social media guru and ninja"),
                    ("instagram", "Guru of reels"),
                    ("tiktok", "Guru, ninja and visionary"))
    result = self_titles(analysed([], profiles=profiles, lang="en"))
    assert result.values["distinct_titles"] == 3
    # Each profile that adds a new title: the fourth adds "visionary", the third nothing new.
    assert [item.index for item in result.evidence["distinct_titles"]] == [1, 3]
    assert [item.index for item in result.evidence["titled_bio_share"]] == [1, 2, 3]
    assert result.evidence["titled_bio_share"][0].kind == "profile"
    assert result.evidence["titled_bio_share"][0].platform == "twitter"


@pytest.mark.parametrize("profiles", [[], bios(("linkedin", None)), bios(("twitter", "   "), ("linkedin", ""))])
def test_self_titles_not_measurable_without_a_bio(profiles):
    result = self_titles(analysed(["Gourou et ninja du marketing, expert n°1"], profiles=profiles))
    assert not result.measurable
    assert result.values == {}
