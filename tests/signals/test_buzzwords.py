import pytest

from credscore.signals.buzzwords import buzzwords
from tests.conftest import analysed, post

# Ten and eleven plain words with no buzzword: the rest of an ordinary history.
FILLER_FR = "nous avons livré la nouvelle version du logiciel hier soir"
FILLER_EN = "we shipped the new billing page to all customers last night"
# 11 tokens, 3 buzzwords: "construire une communauté" (the "communauté" inside counts once),
# "créer de la valeur", "storytelling".
BUZZ_FR = "construire une communauté et créer de la valeur grâce au storytelling"
# 9 tokens, 4 buzzwords: "build a community", "go viral", "authentic", "storytelling".
BUZZ_EN = "Build a community and go viral with authentic storytelling"

CASES = [
    # (posts, profiles, expected density per 1,000 tokens, expected post_share)
    ([BUZZ_FR] + [FILLER_FR] * 4, [], 1000 * 3 / 51, 1 / 5),
    ([BUZZ_EN] + [FILLER_EN] * 4, [], 1000 * 4 / 53, 1 / 5),
    ([BUZZ_FR, BUZZ_FR.upper() + " !", FILLER_FR, FILLER_FR, FILLER_FR], [], 1000 * 6 / 52, 2 / 5),
    # Hashtags count as tokens, and a hashtag that spells a buzzword as a buzzword (4 words, 2 hashtags).
    (["Nouvelle vidéo en ligne #growthhacking #storytelling"] + [FILLER_FR] * 5, [], 1000 * 2 / 56, 1 / 6),
    # A hashtag that spells two terms ("game changer", "game-changer") is one buzzword; used twice, two (4 + 2 tokens).
    (["Un vrai #gamechanger pour nous #gamechanger"] + [FILLER_FR] * 5, [], 1000 * 2 / 56, 1 / 6),
    # The bio counts in the density (6 tokens, 2 buzzwords), not in the share of posts.
    ([FILLER_EN] * 5, [{"platform": "twitter", "bio": "Expert in storytelling and personal branding"}],
     1000 * 2 / 61, 0.0),
    # A repost carries someone else's words.
    ([post(BUZZ_EN, kind="repost")] + [FILLER_EN] * 5, [], 0.0, 0.0),
    # An ordinary history.
    (["la réunion avec le comptable est prévue mardi matin au bureau"] + [FILLER_FR] * 4, [], 0.0, 0.0),
]


@pytest.mark.parametrize(("posts", "profiles", "density", "with_buzzwords"), CASES)
def test_buzzwords_values(posts, profiles, density, with_buzzwords):
    result = buzzwords(analysed(posts, profiles=profiles))
    assert result.measurable
    assert result.values["density"] == pytest.approx(density)
    assert result.values["post_share"] == pytest.approx(with_buzzwords)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "engagement" as a commitment, "communauté" as a town's association: no marketing talk.
    ("Merci à nos bénévoles pour leur engagement auprès des familles du quartier", "fr", 0),
    ("La communauté de communes finance le nouveau gymnase", "fr", 0),
    ("Nos élus tiennent leurs engagements de campagne : la cantine passe au bio", "fr", 0),
    ("Her speaking engagement at the library covered civic engagement in small towns", "en", 0),
    # Thanking volunteers for their engagement is thanking them for their commitment.
    ("Merci pour votre engagement ! La collecte a rassemblé 8 tonnes de denrées", "fr", 0),
    ("Les bénévoles du lundi sont fidèles au poste. Merci de ton engagement, Josiane", "fr", 0),
    ("Un grand merci aux équipes pour leur engagement pendant les fêtes", "fr", 0),
    # The same words in a fake expert's sense still count.
    ("Boostez l'engagement de votre communauté dès aujourd'hui", "fr", 3),
    ("Engagement is everything: boost your engagement and grow your community", "en", 4),
    # Both senses in one text: only the marketing one counts.
    ("Leur engagement bénévole est précieux, mais boostez votre engagement en ligne", "fr", 2),
    # The thank-you is not counted; "boostez votre engagement" is ("boostez" and "engagement": 2).
    ("Merci pour votre engagement ! Et maintenant, boostez votre engagement sur LinkedIn", "fr", 2),
])
def test_a_buzzword_in_its_everyday_sense_is_not_counted(text, lang, expected):
    from credscore.signals.buzzwords import _occurrences

    assert _occurrences(analysed([text], lang=lang).posts[0]) == expected


def test_buzzwords_density_is_scale_free():
    # The same history twice over has the same density and the same share.
    once = buzzwords(analysed([BUZZ_EN] + [FILLER_EN] * 4))
    twice = buzzwords(analysed(([BUZZ_EN] + [FILLER_EN] * 4) * 2))
    assert twice.values == pytest.approx(once.values)


def test_buzzwords_evidence_points_at_the_densest_texts():
    posts = [FILLER_EN, "Engagement is what we sell", FILLER_EN, BUZZ_EN, FILLER_EN, FILLER_EN]
    profiles = [{"platform": "linkedin", "bio": "Growth hacker, storytelling"}]
    result = buzzwords(analysed(posts, profiles=profiles))
    assert [(item.kind, item.index) for item in result.evidence["density"]] == [
        ("post", 3), ("profile", 0), ("post", 1)]
    assert [item.index for item in result.evidence["post_share"]] == [1, 3]


@pytest.mark.parametrize(("posts", "profiles"), [
    ([], []),
    (["construire une communauté engagée, c'est du storytelling"], []),
    ([post(FILLER_FR, kind="repost")] * 6, [{"platform": "twitter", "bio": "Growth hacker"}]),
])
def test_buzzwords_not_measurable_on_too_little_text(posts, profiles):
    result = buzzwords(analysed(posts, profiles=profiles))
    assert not result.measurable
    assert result.values == {}
    assert result.note
