import pytest

from credscore.signals.platform_sprawl import COUNTED_NOUNS, LEXICON, platform_sprawl
from tests.conftest import analysed, post


def message(text, direction="sent", platform="linkedin"):
    return {"platform": platform, "created_at": "2024-03-01T10:00:00Z", "direction": direction, "text": text}


CASES = [
    # (lang, posts, fields, expected platform_count, expected promise_share)
    ("fr", [post("Publications illimitées sur toutes vos pages pour 99 € par mois"),
            post("Notre boulangerie ouvre une deuxième boutique à Lyon", "linkedin")],
     {"profiles": [{"platform": p} for p in ("linkedin", "twitter", "facebook", "instagram")]}, 4, 1 / 2),
    # A count noun is a promise after a number only.
    ("fr", [post("Notre plateforme de paiement est enfin en ligne"),
            post("Présent pour vous sur 12 réseaux sociaux, sans effort", "facebook"),
            post("Je gère 10 plateformes pour mes clients chaque jour", "blog")], {}, 3, 2 / 3),
    # A singular noun after a number is no count: a date, an address, a sum.
    ("fr", [post("Le CNRS inaugure le 20 janvier la plateforme de microscopie, financée à 2,4 M€"),
            post("Rendez-vous au 12 rue du Port, la plateforme logistique est au fond", "facebook"),
            post("Présents sur 3 réseaux, on vous répond partout", "linkedin")], {}, 3, 1 / 3),
    ("en", [post("On 20 January the platform goes live for every student", "mastodon"),
            post("Scheduling for 10 platforms at once, no limit on posts")], {}, 2, 1 / 2),
    ("en", [post("We post for you on every platform, done-for-you, no contract", "tiktok"),
            post("Our platform now supports invoices in euros", "youtube"),
            post("Posting on 15+ platforms every single day for our clients", "tiktok"),
            post("Met three customers in Leeds this week")], {}, 3, 2 / 4),
    # Bios and sent messages are the account's own words, received messages are not; reposts do not count.
    ("en", [post("Quarterly review with the finance team today"),
            post("RT @agency: unlimited posts on all social networks!", kind="repost")],
     {"profiles": [{"platform": "linkedin", "bio": "Unlimited content on all your social media"},
                   {"platform": "bluesky"}],
      "messages": [message("Hi! Our posting package covers every social network"),
                   message("Can you do unlimited posts for us?", direction="received")]}, 3, 2 / 3),
    # Platform names are compared in lower case.
    ("fr", [post("Bilan de la saison des vendanges au domaine", "LinkedIn")],
     {"profiles": [{"platform": "linkedin"}]}, 1, 0.0),
    # Measurable with a profile alone: no text of its own, no promise.
    ("en", [], {"profiles": [{"platform": "linkedin"}, {"platform": "youtube"}],
                "follows": [{"platform": "twitter", "direction": "in"}]}, 3, 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "fields", "count", "promise_share"), CASES)
def test_platform_sprawl_values(lang, posts, fields, count, promise_share):
    result = platform_sprawl(analysed(posts, lang=lang, **fields))
    assert result.measurable
    assert result.values["platform_count"] == count
    assert result.values["promise_share"] == pytest.approx(promise_share)


def test_platform_sprawl_evidence_points_at_the_promises_and_the_platforms():
    account = analysed(
        [post("Le bilan du trimestre avec nos clients"),
         post("Contenu illimité sur tous les réseaux sociaux !", "facebook"),
         post("Une dizaine de plateformes gérées pour vous", "facebook")],
        lang="fr",
        profiles=[{"platform": "linkedin", "bio": "Publications illimitées, toutes les plateformes"}],
        messages=[message("Bonjour, je propose des posts illimités", platform="instagram")],
    )
    result = platform_sprawl(account)
    assert result.values["platform_count"] == 4
    assert [(item.kind, item.index) for item in result.evidence["platform_count"]] == [
        ("profile", 0), ("post", 0), ("post", 1), ("message", 0)]
    assert [(item.kind, item.index) for item in result.evidence["promise_share"]] == [
        ("post", 1), ("post", 2), ("message", 0), ("profile", 0)]


def test_platform_sprawl_counted_nouns_are_lexicon_terms():
    from credscore.nlp.lexicons import load_lexicons
    from credscore.resources import data_dir

    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]
    assert set(COUNTED_NOUNS) <= set(lexicon.fr) | set(lexicon.en)


@pytest.mark.parametrize("fields", [{}, {"messages": [message("Publications illimitées sur tous les réseaux")]}])
def test_platform_sprawl_not_measurable_without_profile_or_post(fields):
    result = platform_sprawl(analysed([], **fields))
    assert not result.measurable
    assert result.values == {}


@pytest.mark.parametrize(("lang", "posts", "fields", "count"), [
    # Platform names are one platform whatever their case and surrounding spaces, on every kind of record.
    ("en", [post("Quarterly review with the finance team today", "Twitter"),
            post("Our new warehouse opens in Leeds next month", "twitter ")],
     {"profiles": [{"platform": "TWITTER"}], "messages": [message("Thanks for the order!", platform="Twitter")],
      "follows": [{"platform": "twitter", "direction": "in"}]}, 1),
    ("fr", [post("Bilan des vendanges au domaine", "Mastodon"), post("Ouverture du caveau samedi", "Bluesky")],
     {"profiles": [{"platform": "mastodon"}, {"platform": "bluesky"}],
      "follows": [{"platform": "BlueSky", "direction": "out"}]}, 2),
])
def test_platform_sprawl_compares_platform_names_case_insensitively(lang, posts, fields, count):
    assert platform_sprawl(analysed(posts, lang=lang, **fields)).values["platform_count"] == count
