import random

import pytest

from credscore.nlp import language as language_module
from credscore.nlp.language import detect_account_language, detect_languages, function_word_vote
from credscore.nlp.text import split_text
from tests.conftest import analysed


@pytest.mark.parametrize(("text", "expected"), [
    ("Comment booster votre blog en 21 étapes", "fr"),
    ("Ce qui compte, c'est le ROI. Le reste, c'est du bruit.", "fr"),
    ("The 21 must-have tools to boost your blog", "en"),
    ("Oh no. Not like this...", "en"),
    # One function word is not enough to decide.
    ("Storytelling engagement communauté", None),
    ("Webinar gratuit", None),
    # Words of both languages in similar numbers: left to the identifier.
    ("the best of vous avec nous and with", None),
    # A clear majority still decides a mixed text.
    ("Nous avons lancé notre offre avec vous et pour vous, merci the team", "fr"),
    ("", None),
])
def test_function_word_vote(text, expected):
    assert function_word_vote(text) == expected


def test_a_link_does_not_make_a_short_text_long():
    # 70 characters with the link, 39 without: too short to identify, so the account's language.
    text = "Comment booster votre blog en 21 étapes https://trib.al/Gkqm3YS #astuces"
    assert detect_languages([split_text(text).words_text], "en") == ["en"]
    assert analysed([text, "We write about blogs", "Our weekly tips"], lang=None).posts[0].lang == "en"


@pytest.mark.parametrize(("texts", "account_language", "expected"), [
    (["Merci !"], "fr", ["fr"]),  # short: the account's language
    (["So true"], "en", ["en"]),
    # No function word either way: lingua decides.
    (["Programmatique, prospection automatisée, tunnel, webinaire, stratégie digitale"], "en", ["fr"]),
    (["Bookkeeping software subscriptions, quarterly invoicing, payroll deadlines"], "fr", ["en"]),
])
def test_detect_languages(texts, account_language, expected):
    assert detect_languages(texts, account_language) == expected


def test_account_language_ignores_order():
    texts = ["Nous publions chaque semaine nos résultats trimestriels", "We publish our quarterly results",
             "Notre marge brute a progressé de deux points sur le trimestre"]
    assert detect_account_language(texts) == detect_account_language(texts[::-1]) == "fr"


@pytest.mark.parametrize(("text", "words", "tokens", "numbers"), [
    ("Bonjour à tous, l'engagement !", ("bonjour", "à", "tous", "engagement"), 5, ()),
    ("Marge de 12 % et 10k€ de CA", ("marge", "de", "et", "de", "ca"), 8, (2, 3, 5)),
    ("Growth 2x in Q3: 40 leads", ("growth", "in", "leads"), 6, (1, 3, 5)),
    ("🔥🔥 https://bit.ly/x #growth @someone", (), 0, ()),
])
def test_token_kinds(text, words, tokens, numbers):
    result = analysed([text], lang="fr" if "Bonjour" in text or "Marge" in text else "en").posts[0]
    assert result.words == words
    assert result.tokens == tokens
    assert result.number_positions == numbers


def test_token_kinds_survive_the_memo_being_cleared(monkeypatch):
    import credscore.nlp.analysis as analysis

    expected = analysed(["Nous lançons 3 offres pour 2026"], lang="fr").posts[0]
    monkeypatch.setattr(analysis, "TOKEN_KIND_MEMO_SIZE", 1)
    again = analysed(["Nous lançons 3 offres pour 2026"], lang="fr").posts[0]
    assert again == expected


def test_pipelines_are_rebuilt_when_the_vocabulary_grows_too_large(monkeypatch):
    import credscore.nlp.analysis as analysis
    from credscore.nlp.pipeline import default_pipelines

    texts = ["Notre marge brute progresse de 3 points", "Boost your engagement today"]
    before = default_pipelines()
    expected = analysed(texts, lang="fr").posts
    monkeypatch.setattr(analysis, "MAX_VOCABULARY_STRINGS", 10)
    again = analysed(texts, lang="fr").posts
    assert default_pipelines() is not before
    assert again == expected


@pytest.mark.parametrize(("text", "links", "words"), [
    ("Voir WwW.exemple.fr pour la suite", ("WwW.exemple.fr",), "Voir pour la suite"),
    ("bit.ly/abc et https://x.fr/a?b=1.", ("bit.ly/abc", "https://x.fr/a?b=1"), "et"),
    ("Pas de lien ici", (), "Pas de lien ici"),
    ("@ada merci ! #Growth 🚀🚀", (), "merci !"),
])
def test_the_pre_pass_takes_links_out(text, links, words):
    split = split_text(text)
    assert split.links == links
    assert split.words_text == words


DANISH = [
    "Vi har lige lanceret vores nye kursus i digital markedsføring, og vi glæder os til at se jer",
    "Tak for en fantastisk workshop i går, det var en fornøjelse at møde så mange engagerede mennesker",
    "Husk at tilmelde dig vores nyhedsbrev, hvis du vil have flere gode råd om sociale medier",
    "Hvordan får man flere følgere på Instagram? Her er mine bedste tips til begyndere",
    "Tak!",
]
GERMAN = [
    "Wir haben gerade unseren neuen Kurs für digitales Marketing gestartet und freuen uns auf euch",
    "Vielen Dank für den großartigen Workshop gestern, es war schön, so viele Menschen zu treffen",
    "Wie bekommt man mehr Follower auf Instagram? Hier sind meine besten Tipps für Anfänger",
]
SPANISH = [
    "Acabamos de lanzar nuestro nuevo curso de marketing digital y estamos muy contentos de compartirlo",
    "Muchas gracias por el taller de ayer, fue un placer conocer a tantas personas comprometidas",
    "¿Cómo conseguir más seguidores en Instagram? Aquí están mis mejores consejos para principiantes",
]
FRENCH_AND_ENGLISH = [
    "Nous avons publié nos résultats trimestriels : la marge brute progresse de deux points",
    "Merci à toutes les équipes pour ce lancement, vous avez fait un travail remarquable",
    "Notre nouvelle offre est disponible pour les PME de la région dès la semaine prochaine",
    "We shipped the new billing page to all our customers last night, with fewer steps",
    "Nous recrutons un développeur pour notre équipe de Lyon, candidatures ouvertes",
    "Le bilan de l'année est en ligne, avec le détail de nos ventes par produit",
]


@pytest.mark.parametrize(("posts", "language"), [(DANISH, "da"), (GERMAN, "de"), (SPANISH, "es")])
def test_an_account_in_another_language_says_so(posts, language):
    result = analysed(posts, lang=None)
    assert result.language == language
    assert result.readable_share == 0.0
    # Long texts are identified one by one; a short one takes the account's language.
    assert {text.lang for text in result.posts} == {language}


def test_a_french_and_english_account_with_a_few_foreign_posts_is_mostly_readable():
    posts = [*FRENCH_AND_ENGLISH, GERMAN[0], SPANISH[1]]
    result = analysed(posts, lang=None)
    assert result.language == "fr"
    assert [text.lang for text in result.posts] == ["fr", "fr", "fr", "en", "fr", "fr", "de", "es"]
    foreign = sum(len(text.words) for text in result.posts[-2:])
    total = sum(len(text.words) for text in result.posts)
    assert result.readable_share == pytest.approx((total - foreign) / total)
    assert 0.6 < result.readable_share < 1.0


@pytest.mark.parametrize("posts", [FRENCH_AND_ENGLISH, FRENCH_AND_ENGLISH[3:4] * 3])
def test_an_ordinary_account_is_wholly_readable(posts):
    assert analysed(posts, lang=None).readable_share == 1.0


def test_an_account_of_emoji_has_nothing_unread():
    result = analysed(["🔥🔥🔥", "🚀 👩\u200d💻", "🙌"], lang=None)
    assert result.readable_share == 1.0
    assert result.language == "en"
    assert all(text.words == () for text in result.posts)


def test_the_language_hint_of_an_account_is_respected():
    result = analysed(DANISH, lang="da")
    assert result.language == "da"
    assert {text.lang for text in result.posts} == {"da"}
    assert result.readable_share == 0.0
    # Read through the English pipeline, so that every signal still works.
    assert result.posts[0].words[:3] == ("vi", "har", "lige")
    # A regional or three-letter hint names the same language; an unknown one is identified.
    assert analysed(DANISH, lang="da-DK").language == "da"
    assert analysed(DANISH, lang="dan").language == "da"
    assert analysed(DANISH, lang="und").language == "da"


def test_a_forced_language_wins_over_identification():
    from credscore.nlp.analysis import analyse_account
    from tests.conftest import account

    result = analyse_account(account(DANISH), lang="fr")
    assert result.language == "fr"
    assert {text.lang for text in result.posts} == {"fr"}
    assert result.readable_share == 1.0


def test_a_long_text_without_a_language_is_undetermined():
    result = analysed([*FRENCH_AND_ENGLISH, "12 000 € / 15 % / 2024-2025 / 3 * 4 / 1 000 000 / 42 / 7 / 99"], lang=None)
    assert result.posts[-1].lang == "und"
    assert result.readable_share == 1.0


@pytest.mark.parametrize(("text", "expected"), [
    ("Wir haben gerade unseren Kurs gestartet und das ist nicht alles", "de"),
    ("Vi har lige lanceret vores kursus, og det er ikke alt", None),  # Danish and Norwegian share them
    # A stray word of a third language does not outvote French or English.
    ("Oh no, not like this again", "en"),
    ("Ciao à tous, nous avons une nouvelle offre pour vous", "fr"),
])
def test_function_word_vote_across_languages(text, expected):
    assert function_word_vote(text) == expected


def test_one_text_in_accounts_of_two_languages_is_read_in_each():
    from credscore.nlp.analysis import analyse_accounts
    from tests.conftest import account

    danish, french = analyse_accounts([account(["Super !", *DANISH], id="da", lang="da"),
                                       account(["Super !", *FRENCH_AND_ENGLISH], id="fr", lang="fr")])
    assert (danish.posts[0].lang, french.posts[0].lang) == ("da", "fr")
    assert danish.posts[0].words == french.posts[0].words == ("super",)
    assert (danish.readable_share, french.readable_share) == (0.0, 1.0)


# Long texts no function word places: product listings, in French or English words, each one distinct.
_EN_LISTING = ["vintage", "leather", "messenger", "bag", "brown", "waterproof", "hiking", "boots", "wireless",
               "headphones", "stainless", "steel", "kettle", "cotton", "sweater", "garden", "hose"]
_FR_LISTING = ["chaussures", "randonnée", "imperméables", "cuir", "véritable", "écharpe", "laine", "bouilloire",
               "inoxydable", "casque", "réduction", "bruit", "tondeuse", "électrique", "pantalon", "velours"]


def _listings(words: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.sample(words, 6)) + f" lot {n}" for n in range(count)]


def _lingua_calls(monkeypatch) -> list[str]:
    calls: list[str] = []
    identify = language_module._identify

    def counted(text, votes_memo=None):
        calls.append(text)
        return identify(text, votes_memo)

    monkeypatch.setattr(language_module, "_identify", counted)
    return calls


def test_many_undecided_texts_of_one_language_are_told_from_a_sample(monkeypatch):
    texts = _listings(_EN_LISTING, language_module.UNDECIDED_SAMPLE * 3, seed=1)
    assert all(function_word_vote(text) is None for text in texts)
    calls = _lingua_calls(monkeypatch)
    memo: dict[str, str | None] = {}
    codes = detect_languages(texts, "fr", memo)
    assert len(calls) == language_module.UNDECIDED_SAMPLE
    # The texts of the sample keep what lingua found; the others take the language the sample agrees on.
    assert codes == [memo.get(text, "en") for text in texts]
    assert codes.count("en") >= language_module.UNDECIDED_AGREEMENT * len(texts)
    # Only what lingua identified is shared with the batch's other accounts.
    assert set(memo) == set(calls)
    # The sample is chosen by the texts, not by their order.
    assert detect_languages(texts[::-1], "fr") == codes[::-1]


def test_a_sample_that_disagrees_leaves_every_text_to_be_identified(monkeypatch):
    texts = (_listings(_EN_LISTING, language_module.UNDECIDED_SAMPLE, seed=2)
             + _listings(_FR_LISTING, language_module.UNDECIDED_SAMPLE, seed=3))
    expected = [language_module._identify(text) for text in texts]
    assert expected.count("fr") > len(texts) // 4 and expected.count("en") > len(texts) // 4
    calls = _lingua_calls(monkeypatch)
    assert detect_languages(texts, "en") == expected
    assert len(calls) == len(texts)


def test_a_few_undecided_texts_are_each_identified(monkeypatch):
    texts = (_listings(_EN_LISTING, language_module.UNDECIDED_SAMPLE, seed=4)
             + ["Nous avons publié le rapport annuel avec les comptes de la coopérative"] * 3)
    calls = _lingua_calls(monkeypatch)
    codes = detect_languages(texts, "en")
    assert codes[-3:] == ["fr"] * 3  # function words place it: no lingua
    assert len(calls) == language_module.UNDECIDED_SAMPLE
