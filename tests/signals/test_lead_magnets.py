import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.signals import lead_magnets as lead_magnets_module
from credscore.signals.lead_magnets import calls_for_a_keyword, gives_a_magnet, lead_magnets
from tests.conftest import analysed, post

CASES = [
    # (lang, posts, expected bait_share)
    ("en", [post("I put my 40 best prompts in a free checklist. Grab it in the first comment 👇", "linkedin"),
            post("Stop trading hours for dollars.\n\nComment PROMPT and I'll send you the guide.", "linkedin"),
            post("We closed Q3 at 212 paying customers, churn down to 2.1% after the onboarding rewrite")],
     2 / 3),
    ("fr", [post("Mon guide gratuit pour écrire des posts qui convertissent est prêt. Commente « GUIDE » 👇",
                 "linkedin"),
            post("Commentez « IA » et je vous l'envoie en privé", "linkedin"),
            post("Bilan de la saison : 38 mariages, 4 200 € de fleurs perdues en juillet avec la canicule")],
     2 / 3),
    # A quoted keyword needs no promise; an unquoted one does ("and I'll send it").
    ("en", [post("Type 'YES' below", "instagram"), post("Comment AI below and I'll send the whole pack", "instagram"),
            post("Comment ROI is up: our numbers for May", "instagram")], 2 / 3),
    # Ordinary posts: a shop's promo code, a library's free workshop, a newspaper's link in bio, a French "comment"
    # ("how") before an acronym, a sports feed's "commente" before a score.
    ("fr", [post("Code promo PRINTEMPS : -15 % sur les bouquets jusqu'à dimanche", "instagram"),
            post("Atelier gratuit samedi à la médiathèque : initiation à la couture, sur inscription", "facebook"),
            post("Comment SNCF Réseau prépare les travaux de l'été, notre enquête. Lien en bio", "instagram"),
            post("Le coach commente OM-PSG en conférence de presse", "twitter")], 0.0),
    ("en", [post("Our free workshop on tax returns is back at the library on Saturday", "facebook"),
            post("New paper out on energy storage, link in bio", "instagram"),
            post("Reply ALL to the thread if you were at the meetup", "mastodon")], 0.0),
    # Replies and reposts are not the feed's own posts: the link delivered in a reply is not the bait.
    ("en", [post("Free checklist in the first comment!", "linkedin", kind="comment"),
            post("RT @guru: grab my free template", kind="repost"),
            post("Shipped the new invoices page today, feedback welcome")], 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "expected"), CASES)
def test_bait_share(lang, posts, expected):
    result = lead_magnets(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["bait_share"] == pytest.approx(expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Comment « PROMPT » 👇", "en", True),
    ("Commente “CV” et je t'envoie mon modèle", "fr", True),
    ("DM me GROWTH to get the playbook", "en", True),
    ("Écris-moi « VISIBLE » en privé", "fr", True),
    ("Comment IA et automatisation changent la compta", "fr", False),  # "comment" is the French "how"
    ("Comment ROI works in practice", "en", False),  # no quote and no promise to send
    ("comment below if you agree", "en", False),  # no keyword
    ("Comment INBOX for the exact setup", "en", True),  # what the keyword is for
    ("Comment AGENT 👇", "en", True),  # a bare keyword that ends its sentence
    ("Commente IA pour le programme 👇", "fr", True),
    ("Le coach commente OM-PSG en conférence de presse", "fr", False),  # a score, not a keyword to comment
    ("Reply ALL to the thread if you were at the meetup", "en", False),
])
def test_calls_for_a_keyword(text, lang, expected):
    assert calls_for_a_keyword(text, lang) is expected


def test_bait_posts_are_the_evidence():
    result = lead_magnets(analysed([
        post("Quarterly numbers: 3 new clients, margin at 31%", "linkedin"),
        post("My free masterclass is live for the next 48 hours, link below", "linkedin", id="p2"),
    ], lang="en"))
    assert [(item.kind, item.index, item.id) for item in result.evidence["bait_share"]] == [("post", 1, "p2")]


def test_not_measurable_without_a_post_of_its_own():
    result = lead_magnets(analysed([post("Grab my free guide", kind="reply"), post("free template", kind="repost")],
                                   lang="en"))
    assert not result.measurable


# Texts made of the words the patterns look for, in any case, with the letters Python's case-insensitive matching
# equates with ASCII ones: the shortcuts that skip most posts must never change an answer.
_PIECES = ["Comment", "comment", "COMMENTEZ", "Commente", "type", "DM me", "écris", "ſ", "ı", "İ", "K", "AI", "PROMPT",
           "«", "»", "'", "GUIDE", "for", "pour", "and I'll send it", "free", "FREE", "gratuit", "offert", "guide",
           "template", "masterclass", "feel free", ".", "\n", "👇", "48", "the", "notre", " "]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join), st.sampled_from(["fr", "en"]))
def test_the_shortcuts_never_change_an_answer(text, lang):
    calls = lead_magnets_module._keyword_calls()[lang]
    assert calls_for_a_keyword(text, lang) is bool(calls.quoted.search(text) or calls.bare.search(text))
    phrases = lead_magnets_module._gift_phrases()
    every_sentence = [f" {' '.join(lead_magnets_module.WORD.findall(sentence))} "
                      for sentence in lead_magnets_module.SENTENCE_END.split(text.lower().replace("’", "'"))]
    assert gives_a_magnet(text) is any(
        any(gift in padded for gift in phrases.gifts) and any(thing in padded for thing in phrases.magnets)
        and not any(phrase in padded for phrase in phrases.not_gifts) for padded in every_sentence)
