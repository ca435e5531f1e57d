import pytest

from credscore.signals.topic_monoculture import topic_monoculture
from tests.conftest import analysed, post

ORDINARY_FR = [
    "Nos clients boulangers ont vu leurs ventes de pain augmenter",  # 10 words
    "Ce matin nous avons livré la nouvelle cuisine du restaurant",  # 10 words
]
ORDINARY_EN = [
    "We shipped the new billing system to our customers today",  # 10 words
    "My daughter started school this morning and I cried a bit",  # 11 words
    "Our bakery sold out of croissants before nine again",  # 9 words
]

CASES = [
    # (lang, posts, expected topic_share, expected topic_term_rate)
    ("fr", [
        "Comment gagner des abonnés sur Instagram sans payer",  # 8 words, 2 terms
        "Le community management demande du temps et des ressources",  # 9 words, 1 term
        *ORDINARY_FR,
        "Le SEO reste la base du marketing digital en 2024",  # 9 words, 2 terms ("marketing digital" is one)
    ], 3 / 5, 5 / 46),
    ("en", [
        "Five tips to grow your followers on LinkedIn this week",  # 10 words, 2 terms
        "Why your content calendar matters more than ever #socialmedia",  # 8 words + 1 hashtag, 2 terms
        *ORDINARY_EN,
    ], 2 / 5, 4 / 49),
    # Ordinary words that look like the trade but are not: the verb "likes", "the likes of", "reach",
    # "audience", "impressions", "algorithm".
    ("en", [
        "She likes the likes of Google but we never reach that scale",
        "The audience at the concert loved the new algorithm for lights",
        "My first impressions of the city were good despite the rain",
        *ORDINARY_EN[:2],
    ], 0.0, 0.0),
    # A platform named where to find the account is its address, not a topic (and so is the next one of a list);
    # what follows still counts.
    ("fr", [
        "Retrouvez-nous aussi sur Facebook et Instagram pour les horaires",  # 9 words, no term
        "Suivez-nous sur Instagram, TikTok : photos du match de samedi",  # 9 words, no term
        *ORDINARY_FR,
        "Les horaires de la fête du club sont sur notre page Facebook",  # 12 words, no term
    ], 0.0, 0.0),
    ("en", [
        "Follow me on LinkedIn to grow your followers every week",  # 10 words, 1 term ("followers")
        "Find us on Facebook for the opening hours of the shop",  # 11 words, no term
        *ORDINARY_EN,
    ], 1 / 5, 1 / 51),
    # Posts too short to have a topic, and reposts, are left out.
    ("fr", [
        "Les réseaux sociaux ne remplacent pas un vrai service client",  # 10 words, 1 term
        post("LinkedIn 🔥 https://example.com/a"),
        post("RT @x: tout sur TikTok et Instagram pour les marques", kind="repost"),
        *ORDINARY_FR,
        "Nous recrutons un pâtissier pour la boutique de Villeurbanne",  # 9 words
        "Les travaux de la rue Garibaldi bloquent les livraisons depuis lundi",  # 11 words
    ], 1 / 5, 1 / 50),
]


@pytest.mark.parametrize(("lang", "posts", "topic_share", "term_rate"), CASES)
def test_topic_monoculture_values(lang, posts, topic_share, term_rate):
    result = topic_monoculture(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["topic_share"] == pytest.approx(topic_share)
    assert result.values["topic_term_rate"] == pytest.approx(term_rate)


def test_topic_monoculture_evidence_points_at_the_posts_about_social_media():
    posts = [
        ORDINARY_EN[0],
        "Growing your followers is not a business plan for anyone",  # 1 term in 10 words
        ORDINARY_EN[1],
        "Social media marketing on TikTok and Instagram for followers",  # 4 terms in 9 words: the densest
        ORDINARY_EN[2],
    ]
    result = topic_monoculture(analysed(posts, lang="en"))
    assert [item.index for item in result.evidence["topic_share"]] == [1, 3]
    assert [item.index for item in result.evidence["topic_term_rate"]] == [3, 1]


@pytest.mark.parametrize("posts", [
    [],
    [*ORDINARY_FR, "Les abonnés Instagram ne paient pas les factures"],  # three posts only
    # Five posts, but one is too short to have a topic.
    [*ORDINARY_EN, "Followers on LinkedIn", "Our new office in Nantes opens on Monday"],
])
def test_topic_monoculture_not_measurable_with_few_posts(posts):
    result = topic_monoculture(analysed(posts))
    assert not result.measurable
    assert result.values == {}
