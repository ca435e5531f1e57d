import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.errors import LexiconError
from credscore.nlp.lexicons import Lexicon, context_terms
from credscore.signals.hooks import MIN_POSTS, has_hook, hooks
from tests.conftest import analysed, post

# Posts of a bakery, a developer, a newsroom, a lab and an association: substance of their own, in both languages.
PLAIN_EN = [
    post("Shipped the new invoices page today, feedback welcome"),
    post("Our rye now uses flour from the mill in Thirsk, two miles down the road"),
    post("Council approves the 2027 budget: what changes for bin collections"),
    post("New paper 🧵 Here's what we found about heat stress in wheat roots"),
    post("Volunteers needed on Saturday to sort the winter coat donations"),
]
PLAIN_FR = [
    post("Visite du chantier de la rue Nationale ce matin avec le maître d'œuvre"),
    post("La nouvelle carte d'automne arrive jeudi : velouté de potimarron et tarte aux noix"),
    post("5 choses à savoir sur le budget de la métropole pour 2027"),
    post("Nouvel article 🧵 voici ce que nous avons mesuré sur les sols du Gers"),
    post("Merci aux bénévoles de la collecte de samedi, les étagères sont pleines"),
]

CASES = [
    # (lang, posts, expected hook_share)
    # A growth feed: numbered promises, "truths", a fake survey, the stock closers and calls to action.
    ("en", [post("Here are 11 lessons that changed my life 🧵"),
            post("Harsh truths nobody tells you in your 20s:\n\n1. Nobody cares\n2. Start now", "linkedin"),
            post("I asked 100 millionaires for their best advice. Here's what they said:"),
            post("You are not your job title.\n\nRead that again.", "linkedin"),
            post("Consistency beats talent when talent skips the work.\n\nAgree?", "linkedin"),
            post("Repost ♻️ to help your network, and follow me for more", "linkedin"),
            post("Podcast with my friend Dave on Thursday, link in bio")], 6 / 7),
    ("fr", [post("Voici 7 leçons que j'aurais aimé connaître plus tôt 🧵"),
            post("Personne ne te le dira, alors je le fais : ton salaire ne te rendra jamais libre."),
            post("J'ai interrogé 50 millionnaires. Voici ce qu'ils font avant 8 h :"),
            post("Ton réseau vaut plus que ton CV.\n\nRelis ça.", "linkedin"),
            post("Arrête de courir après les clients.\nCommence à les attirer.", "linkedin"),
            post("Enregistre ce post et republie ♻️ pour aider ton réseau", "linkedin"),
            post("Nouvel épisode du podcast avec Julie jeudi")], 6 / 7),
    # A real person who closes one real argument with "Agree?" among posts of substance: a low share.
    ("en", [*PLAIN_EN, post("Rates will stay high until wage growth cools below 3%, and the last two prints say it "
                            "has not. Agree?")], 1 / 6),
    ("fr", [*PLAIN_FR, post("Le tram ne desservira pas la gare avant 2030 : le tracé évite le pont Wilson. "
                            "Vous êtes d'accord ?")], 1 / 6),
    # Plain speech: a thread emoji and numbers alone, a newsroom's "read the full story", a reader who had to read
    # something again, a charity's plea to share, criticism of the genre, news about millionaires, a theft, a shop.
    ("en", [post("5 things to know about the budget 🧵"),
            post("Read the full story on our site: the council's housing plan in numbers"),
            post("I had to read that again: the club sold out its season tickets in an hour"),
            post("Please share to help us reach more families before the winter"),
            post("I'm tired of 'harsh truths nobody tells you' threads, tell me about your customers instead"),
            post("Britain's millionaires paid less tax than nurses last year, the report says"),
            post("Someone tried to steal my bike outside the library today"),
            post("Stop by the shop on Friday for the sale, we open at nine")], 0.0),
    ("fr", [post("5 choses à savoir sur la réforme des retraites 🧵"),
            post("Lire l'article complet sur notre site : le plan logement en chiffres"),
            post("On est d'accord pour jeudi ? Je ramène les plans du chantier"),
            post("Merci de partager pour nous aider à toucher plus de familles avant l'hiver"),
            post("J'en ai marre des posts « relis ça » sur LinkedIn, parlez-nous de vos clients"),
            post("Les millionnaires paient moins d'impôts que les infirmières, selon le rapport"),
            post("Arrête de bouger, la photo est floue ! Bon anniversaire mamie")], 0.0),
    # Replies and posts addressed to someone are conversation; reposts are others' words.
    ("en", [post("@sam read that again, you got the job!", kind="reply"),
            post("Harsh truths nobody tells you 🧵", kind="repost"),
            post("@jo_runs agree? I think the route is too long"),  # opens on a mention: an unmarked reply
            *PLAIN_EN], 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "expected"), CASES)
def test_hook_share(lang, posts, expected):
    result = hooks(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["hook_share"] == pytest.approx(expected)


def _judged(text: str, lang: str = "en") -> bool:
    account = analysed([post(text)], lang=lang)
    return has_hook(account.posts[0], text)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Nobody talks about this:", "en", True),
    ("Most people don’t know this", "en", True),  # a curly apostrophe
    ("This will change how you think about money", "en", True),
    ("Let that sink in.", "en", True),
    ("👉 Save this for later", "en", True),
    ("Steal my framework for cold emails", "en", True),
    ("10 habits of rich people (number 7 will surprise you)", "en", True),
    ("Stop chasing clients.\nStart attracting them.", "en", True),
    ("Found this useful? Repost it", "en", True),
    ("♻️ Repost if this was useful", "en", True),
    ("I asked 100 self-made millionaires one question", "en", True),
    ("Follow @grow_with_max for more 🚀", "en", True),  # a handle inside the formula
    ("Tag someone who needs to hear this.", "en", True),
    ("Stop scrolling. Your morning routine is why you are broke.", "en", True),
    ("Sick of your 9-5? Here are 7 lessons that changed my life", "en", True),  # a bait opener, not a critique
    ("Qu'ajouteriez-vous ?", "fr", True),
    ("Garde ce post, tu me remercieras plus tard.", "fr", True),
    ("Lis ça deux fois : le temps est ton seul actif.", "fr", True),
    ("Tu n'es pas prêt pour ça", "fr", True),
    ("Abonne-toi pour plus de conseils", "fr", True),
    ("Le travail paie.\n\nD'accord ?", "fr", True),
    ("Voici 7 lecons que j'aurais aime connaitre plus tot", "fr", True),  # accents dropped
    # Styled letters, homoglyphs, zero-width characters and full-width letters do not hide it.
    ("𝐑𝐞𝐚𝐝 𝐭𝐡𝐚𝐭 𝐚𝐠𝐚𝐢𝐧.", "en", True),
    ("Let th\u200bat sink in", "en", True),
    ("Lеt that sink in", "en", True),  # a Cyrillic е
    ("Ｈａｒｓｈ ｔｒｕｔｈｓ ｎｏｂｏｄｙ ｔｅｌｌｓ ｙｏｕ", "en", True),
    ("𝓡𝓮𝓵𝓲𝓼 ç𝓪.", "fr", True),
    # Not hooks: the genre's words in plain speech (inflected, in the middle of a sentence, about something else).
    ("We were letting that sink in all evening", "en", False),
    ("I agree with Sam on the budget", "en", False),
    ("I found this useful for planning the trip", "en", False),
    ("♻️ Recycle your batteries at the town hall", "en", False),
    ("Please share ♻️ our appeal for winter coats", "en", False),
    ("Stop the bus, I need to get off", "en", False),
    ("New paper 🧵 Here's what we found", "en", False),
    ("Lessons learned from Tuesday's outage: our failover was never tested", "en", False),
    ("Les millionnaires paient moins d'impôts", "fr", False),
    ("The survey found 99% of people in the county have broadband", "en", False),  # a figure reported
    ("99% of people will never tell you this", "en", True),
    ("What would you add to the agenda for Thursday's meeting?", "en", False),
    ("Relisez ça demain avant la réunion, il manque les chiffres", "fr", False),  # an instruction, not a closer
    ("Read it again tomorrow before the meeting", "en", False),
    ("Relisez bien le contrat avant de signer", "fr", False),
    ("Stop saying 'read that again' on every post, it is engagement bait", "en", False),
    ("« Personne ne te le dira » : le pire bingo LinkedIn, marre des gourous", "fr", False),
])
def test_has_hook(text, lang, expected):
    assert _judged(text, lang) is expected


def test_hook_posts_are_the_evidence():
    result = hooks(analysed([*PLAIN_EN[:4], post("𝐑𝐞𝐚𝐝 𝐭𝐡𝐚𝐭 𝐚𝐠𝐚𝐢𝐧.", "linkedin", id="p5")], lang="en"))
    assert result.values["hook_share"] == pytest.approx(1 / 5)
    assert [(item.kind, item.index, item.id) for item in result.evidence["hook_share"]] == [("post", 4, "p5")]
    assert result.evidence["hook_share"][0].excerpt == "𝐑𝐞𝐚𝐝 𝐭𝐡𝐚𝐭 𝐚𝐠𝐚𝐢𝐧."  # quoted as written


def test_no_hook_no_evidence():
    result = hooks(analysed(PLAIN_FR, lang="fr"))
    assert result.values["hook_share"] == 0.0
    assert not result.evidence.get("hook_share")


def test_a_context_must_name_terms_of_the_lexicon():
    lexicon = Lexicon(description="x", en=("read that again",),
                      contexts={"sentence_start": {"en": ["read that again", "let that sink in"]}})
    terms = {term for _, term in lexicon.terms()}
    with pytest.raises(LexiconError, match="let that sink in"):
        context_terms(lexicon, "hooks", "sentence_start", terms)


@pytest.mark.parametrize("posts", [
    PLAIN_EN[:MIN_POSTS - 1],
    # Posts of fewer than two words, replies and reposts do not count towards the minimum.
    [*PLAIN_FR[:MIN_POSTS - 1], post("Agree?"), post("🧵"), post("https://example.org/a")],
    [*PLAIN_EN[:MIN_POSTS - 1], post("@sam read that again", kind="reply"), post("Let that sink in", kind="repost")],
])
def test_not_measurable_with_too_few_posts(posts):
    result = hooks(analysed(posts, lang="en"))
    assert not result.measurable
    assert "hook_share" not in result.values


# A property pool: posts each of which carries a hook or is plain speech whatever surrounds it.
BAITED = ["Here are 11 lessons that changed my life 🧵", "Read that again.", "Harsh truths nobody tells you:",
          "Relis ça.", "Enregistre ce post pour plus tard", "Repost ♻️ to help your network"]
PLAIN = [p["text"] for p in PLAIN_EN + PLAIN_FR]


def _share(texts: list[str]) -> float | None:
    result = hooks(analysed([post(text) for text in texts], lang="en"))
    return result.values["hook_share"] if result.measurable else None


# The share is a ratio over a set of posts: it does not depend on their order, and adding a hook post
# (k+1)/(n+1) >= k/n never lowers it, while a plain post k/(n+1) <= k/n never raises it.
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(BAITED + PLAIN), min_size=MIN_POSTS, max_size=9, unique=True),
       st.randoms(use_true_random=False),
       st.sampled_from(BAITED), st.sampled_from(PLAIN))
def test_order_does_not_matter_and_added_posts_move_the_share_their_way(texts, random, baited, plain):
    share = _share(texts)
    assert share is not None
    shuffled = list(texts)
    random.shuffle(shuffled)
    assert _share(shuffled) == pytest.approx(share)
    assert _share([*texts, baited]) >= share
    assert _share([*texts, plain]) <= share
