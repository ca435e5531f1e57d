import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.comment_authenticity import comment_authenticity, is_generic_comment
from tests.conftest import analysed, post


@pytest.mark.parametrize(("text", "generic"), [
    # French stock praise, emoji, self-promotion
    ("Super article !", True),
    ("Trop beau 😍", True),
    ("Bon résumé !", True),
    ("J’adore", True),
    ("Magnifique photo 👏👏", True),
    ("Va voir mon profil stp", True),
    ("Très jolie, continue comme ça !", True),
    # English
    ("🔥🔥", True),
    ("Great post, check my profile", True),
    ("Wow this is amazing", True),
    ("Love this!! 💯", True),
    ("DM us to collab 📩", True),
    ("#love #instagood", True),
    ("!!!", True),
    ("https://bit.ly/promo-code 🔥", True),
    # Disguised: a Cyrillic а, an accent dropped, a zero-width space, mathematical bold.
    ("Super аrticle !", True),
    ("Super arti\u200bcle", True),
    ("𝐆𝐫𝐞𝐚𝐭 𝐩𝐨𝐬𝐭", True),
    ("magnifique", True),
    # Comments about the post say something: not generic.
    ("Où as-tu trouvé cette lampe ? Elle irait bien dans notre salon", False),
    ("Super article, mais le chiffre de 2019 me semble faux : l'Insee donne 12 %", False),
    ("Where was this taken? The light is amazing", False),
    ("Great post, but where is the source for the 2019 figure?", False),
    ("I don't agree with the third point, the price doubled last year", False),
    ("Merci !", False),
    ("Trop beau, tu l'as acheté où ?", False),
    # Tagging a friend shares the post: not generic.
    ("@julie regarde ça 👀", False),
    ("@tom @sam", False),
])
def test_is_generic_comment(text, generic):
    assert is_generic_comment(text) is generic


def comment(text, author=None, **fields):
    return {"text": text, **({"author": author} if author else {}), **fields}


def commented(caption, comments, platform="instagram"):
    return post(caption, platform, comments=comments)


# What real followers write: each about its post, none like another.
FR_TALK = ["Où as-tu acheté ce pull ? Je cherche le même en bleu", "La recette marche aussi avec des poires ?",
           "On était au même concert samedi, quelle ambiance", "Tu conseilles quel objectif pour débuter ?",
           "Le marché de la Croix-Rousse est plus calme le jeudi", "Ça me rappelle nos vacances à Quiberon",
           "Tu as mis combien de temps pour peindre le mur ?", "Mon fils a lu ce livre en une nuit",
           "Il reste des places pour l'atelier de mars ?", "La lumière du matin change tout sur cette façade",
           "J'ai testé avec du beurre demi-sel, encore meilleur", "Quel est le nom du café au fond de la rue ?"]
EN_TALK = ["Which lens did you use for the second shot?", "We tried the recipe, it needed ten more minutes",
           "Is the studio open to visitors on weekends?", "That bridge is where we got engaged, lovely memory",
           "My cat does exactly the same with boxes", "Any tips for keeping basil alive indoors?",
           "The blue paint looks darker than in your last video", "How long did the hike take from the car park?"]

# Distinct comments for larger sections: two real remarks each, no two comments the same pair (never templates).
TALK_PAIRS = {"en": [(f"{a} {b}", f"{b} {a}") for a, b in itertools.combinations(EN_TALK, 2)]}
# A family that follows a creator everywhere, each member with their own words.
FAMILY = {"maman": "Papa et moi on a regardé ça trois fois au petit déjeuner", "soeur": "Tu me prêtes l'appareil "
          "le week-end prochain pour le mariage de Léa", "amie": "On se voit toujours mercredi pour la répétition ?"}

CASES = [
    # (lang, posts, expected generic share, templated share, pod share)
    # A real audience: different people, asking about the post.
    ("fr", [commented(f"Photo {k}", [comment(FR_TALK[3 * k + j], f"fan{k}_{j}") for j in range(3)])
            for k in range(4)], 0.0, 0.0, 0.0),
    # An engagement pod: the same five members under every post, with stock praise; one outsider asks a question.
    ("en", [commented(f"Post {k}", [comment(text, f"pod{j}") for j, text in
                                    enumerate(["Great post!", "🔥🔥🔥", "Love this", "So inspiring 🙌", "Amazing"])]
                      + [comment(EN_TALK[k], f"visitor{k}")]) for k in range(5)], 25 / 30, 0.0, 1.0),
    # Templated: one sentence, by a different bot under each post; the real comments are not templated.
    ("en", [commented(f"Post {k}", [comment(f"Amazing content, check out my page for more {tip}", f"bot{k}"),
                                    comment(EN_TALK[k], f"fan{k}")])
            for k, tip in enumerate(["tips", "ideas", "tips", "tricks", "tips"])], 0.5, 0.5, 0.0),
    # A pod that follows the account across networks under other handles on each: regulars of each network.
    ("en", [commented(f"{network} post {k}", [comment(TALK_PAIRS["en"][8 * n + 2 * k + (j % 2)][j // 2],
                                                      f"{network[:2]}{j}") for j in range(4)],
                      platform=network) for n, network in enumerate(("linkedin", "instagram")) for k in range(4)],
     0.0, 0.0, 1.0),
    # Three loyal fans on each of two networks, under the same handles: three loyal fans, not a pod.
    ("fr", [commented(f"{network} photo {k}", [comment(text, name) for name, text in FAMILY.items()]
                      + [comment(FR_TALK[4 * n + k], f"passant{n}{k}")], platform=network)
            for n, network in enumerate(("instagram", "facebook")) for k in range(4)], 0.0, 0.0, 0.0),
    # The same fan writing the same kind words under every post, and a thread of identical congratulations under
    # one post, are no template.
    ("fr", [commented(f"Photo {k}", [comment("Toujours un plaisir de lire tes carnets de voyage", "mamie_jo"),
                                     comment(FR_TALK[k], f"lecteur{k}")]) for k in range(4)]
     + [commented("Nous avons gagné le prix régional !", [comment("Félicitations à toute l'équipe de Lyon", f"c{j}")
                                                          for j in range(4)])], 0.0, 0.0, 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "generic", "templated", "pods"), CASES)
def test_comment_authenticity_values(lang, posts, generic, templated, pods):
    result = comment_authenticity(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["generic_comment_share"] == pytest.approx(generic)
    assert result.values["templated_comment_share"] == pytest.approx(templated)
    assert result.values["pod_share"] == pytest.approx(pods)


def test_the_evidence_quotes_the_comments_with_their_place_and_author():
    result = comment_authenticity(analysed(CASES[2][1], lang="en"))
    items = result.evidence["templated_comment_share"]
    assert [(item.kind, item.index, item.comment) for item in items] == [("comment", k, 0) for k in range(5)]
    assert items[0].ref == "posts[0].comments[0]"
    assert items[0].excerpt == "@bot0: Amazing content, check out my page for more tips"
    pods = comment_authenticity(analysed(CASES[1][1], lang="en")).evidence["pod_share"]
    assert {item.excerpt.split(":")[0] for item in pods} == {f"@pod{j}" for j in range(5)}


def test_three_loyal_fans_are_no_pod():
    posts = [commented(f"Photo {k}", [comment("Trop beau 😍", "maman"), comment("Bravo ma belle", "soeur"),
                                      comment("Top !", "meilleure_amie"), comment(FR_TALK[k], f"x{k}")])
             for k in range(4)]
    assert comment_authenticity(analysed(posts, lang="fr")).values["pod_share"] == 0.0


def test_the_pod_share_is_missing_when_comments_name_no_author():
    posts = [commented(f"Post {k}", [comment(text) for text in EN_TALK]) for k in range(3)]
    result = comment_authenticity(analysed(posts, lang="en"))
    assert result.measurable and math.isnan(result.values["pod_share"])
    assert result.values["generic_comment_share"] == 0.0


@pytest.mark.parametrize("posts", [
    [],
    [post("Nouvelle collection", "instagram")] * 5,
    [commented("Post", [comment("Great post!", f"a{j}") for j in range(12)])],  # one post only
    [commented(f"Post {k}", [comment("Trop beau", "a")]) for k in range(6)],  # six comments only
])
def test_not_measurable_without_enough_comments(posts):
    result = comment_authenticity(analysed(posts))
    assert not result.measurable and result.values == {}
    assert "comments under" in result.note


TEXTS = ["Great post!", "🔥🔥", "Trop beau 😍", "Which lens did you use for the second shot?",
         "Amazing content, check out my page for more tips", "Où as-tu acheté ce pull ?", "@julie regarde"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(TEXTS), st.sampled_from(["a", "b", "c", "d", "e", "f"])),
                         min_size=1, max_size=6), min_size=3, max_size=7), st.randoms(use_true_random=False))
def test_shares_are_in_range_and_order_does_not_matter(sections, rng):
    posts = [commented(f"Post {k}", [comment(text, author) for text, author in section])
             for k, section in enumerate(sections)]
    shuffled = [commented(item["text"], rng.sample(item["comments"], len(item["comments"]))) for item in posts]
    rng.shuffle(shuffled)
    first = comment_authenticity(analysed(posts, lang="en"))
    second = comment_authenticity(analysed(shuffled, lang="en"))
    assert first.measurable == second.measurable
    for name, value in first.values.items():
        assert 0 <= value <= 1
        assert second.values[name] == pytest.approx(value), name


def test_the_new_evidence_kinds_reach_the_verdict_json_the_terminal_and_the_report():
    # Comments, followers, follows and snapshots cited by a reason: valid against the published schema, and
    # shown in both languages by the terminal view and the HTML report.
    import dataclasses

    import jsonschema

    from credscore.reader import load_account
    from credscore.render import render_text
    from credscore.report.render import render_report
    from credscore.resources import data_dir
    from credscore.scoring import Scorer
    from credscore.signals.base import audience_evidence, comment_evidence, follow_evidence, snapshot_evidence
    from credscore.verdict import published_verdict_schema

    history = analysed(CASES[2][1], lang="en", audience=[{"platform": "instagram", "handle": "farm_01", "followers": 2,
                                                         "following": 7_000, "posts_count": 0, "has_avatar": False}],
                       follows=[{"platform": "instagram", "direction": "out", "counterpart": "x",
                                 "created_at": "2024-01-01T00:00:00Z", "ended_at": "2024-01-02T00:00:00Z"}],
                       snapshots=[{"platform": "instagram", "at": "2024-02-01T00:00:00Z", "followers": 12_000}])
    cited = (comment_evidence(history, (1, 0)), audience_evidence(history, 0), follow_evidence(history, 0),
             snapshot_evidence(history, 0))
    verdict = Scorer().score(load_account(sorted((data_dir() / "examples").glob("*.json"))[0]))
    verdict = dataclasses.replace(verdict, reasons=(dataclasses.replace(verdict.reasons[0], evidence=cited),
                                                    *verdict.reasons[1:]))
    document = verdict.to_dict()
    assert not list(jsonschema.Draft202012Validator(published_verdict_schema()).iter_errors(document))
    quoted = document["reasons"][0]["evidence"]
    assert [item["ref"] for item in quoted] == ["posts[1].comments[0]", "audience[0]", "follows[0]", "snapshots[0]"]
    assert quoted[0]["comment"] == 0 and "comment" not in quoted[1]
    for lang, label, follower in (("en", "comment", "@farm_01 · followers 2 · following 7000"),
                                  ("fr", "commentaire", "@farm_01 · 2 abonnés · 7000 abonnements")):
        assert "@bot1: Amazing content" in render_text(verdict, lang)
        html = render_report([verdict], lang=lang)
        assert follower in html and label in html, lang


def test_short_stock_praise_recurring_under_posts_is_generic_not_templated():
    # Different fans writing "Love this so much" under different posts: common chatter, counted as generic only.
    posts = [commented(f"Post {k}", [comment("Love this so much!", f"fan{k}"), comment(EN_TALK[k], f"asker{k}")])
             for k in range(5)]
    result = comment_authenticity(analysed(posts, lang="en"))
    assert result.values["generic_comment_share"] == pytest.approx(0.5)
    assert result.values["templated_comment_share"] == 0.0
