import pytest

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
