import pytest

from credscore.signals.conversation import conversation
from tests.conftest import analysed, post

CASES = [
    # (lang, posts, expected reply_share, expected addressing_share, expected generic_reply_share)
    ("fr", [
        post("Super article !", kind="comment"),
        post("Bon résumé !", kind="comment"),
        "@marie je ne suis pas d'accord sur le coût, nous avons mesuré l'inverse chez nous",
        "Nous lançons une nouvelle gamme de pains bio",
        "Merci @paul pour la visite de l'atelier hier",
    ], 3 / 5, 2 / 5, 2 / 3),
    ("en", [
        post("Great post! 🙌", kind="reply"),
        post("🔥🔥🔥", kind="comment"),
        post("Thanks, we measured churn weekly and the drop came from onboarding", kind="reply"),
        "Shipping the new pricing page today",
        "Hiring a backend engineer in Lyon",
        "Quarterly numbers are in: margin up two points",
    ], 3 / 6, 0.0, 2 / 3),
    # A long reply that praises goes on to say something: not generic.
    ("en", [
        post("Great post, the part about cohort retention matched what we saw in our own data", kind="reply"),
        post("So true 🙌", kind="reply"),
        post("Totally agree", kind="comment"),
        "Back from the trade fair in Milan with a full notebook",
        "Our warehouse team broke the shipping record this week",
    ], 3 / 5, 0.0, 2 / 3),
    ("fr", [
        post("Tout à fait d'accord !", kind="comment"),
        post("Merci pour le partage", kind="comment"),
        post("Un sujet très intéressant !", kind="comment"),
        post("Et comment mesurez-vous le panier moyen sur la boutique en ligne ?", kind="comment"),
        "Inventaire annuel terminé, merci à toute l'équipe",
    ], 4 / 5, 0.0, 3 / 4),
    # No reply at all: a broadcaster. Reposts are left out.
    ("fr", [
        "Nouvel article sur le blog",
        "Les 5 erreurs à éviter sur LinkedIn",
        "Découvrez ma méthode en trois étapes",
        "Mon avis sur les tendances de la semaine",
        "Le thread à ne pas manquer ce soir",
        post("RT @agence: Super article !", kind="repost"),
    ], 0.0, 0.0, 0.0),
    # A mention at the start makes a reply; a mention elsewhere only addresses someone.
    ("en", [
        "  @sam thanks, the invoice template is in the shared folder now",
        "Lunch with @kim and the sales team to plan the autumn launch",
        "A quiet day at the office, finally",
        "Reading about supply chains on the train home",
        "The @ sign in our new logo confused the printers",
    ], 1 / 5, 2 / 5, 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "reply_share", "addressing_share", "generic_share"), CASES)
def test_conversation_values(lang, posts, reply_share, addressing_share, generic_share):
    result = conversation(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["reply_share"] == pytest.approx(reply_share)
    assert result.values["addressing_share"] == pytest.approx(addressing_share)
    assert result.values["generic_reply_share"] == pytest.approx(generic_share)


def test_conversation_evidence_points_at_the_generic_replies():
    posts = [
        "Our new plant in Lyon opens in May",
        post("Love this", kind="reply"),
        post("We tried the same pricing change and lost our smallest customers", kind="reply"),
        post("👏👏", kind="comment"),
        "@ana welcome to the team!",
    ]
    result = conversation(analysed(posts, lang="en"))
    assert [item.index for item in result.evidence["generic_reply_share"]] == [1, 3]
    assert [item.index for item in result.evidence["reply_share"]] == [1, 2, 3, 4]
    assert [item.index for item in result.evidence["addressing_share"]] == [4]


@pytest.mark.parametrize("posts", [
    [],
    [post("Super article !", kind="comment")] * 4,
    ["Un", "Deux", "Trois", "Quatre", post("RT @x: Cinq", kind="repost")],
])
def test_conversation_not_measurable_with_few_posts(posts):
    result = conversation(analysed(posts))
    assert not result.measurable
    assert result.values == {}
