import pytest

from credscore.nlp.quotes import without_quotes
from credscore.signals.earnings_claims import makes_a_claim
from credscore.signals.reframes import is_reframe


@pytest.mark.parametrize(("text", "expected"), [
    # Quotations of two words or more, whatever the marks, are taken out.
    ('He said: "you will never work again" and left.', "He said:   and left."),
    ("Elle m'a dit « tu vas gagner 3 000 € par mois ». C'était faux.", "Elle m'a dit  . C'était faux."),
    ("Le slogan „Sei dein eigener Chef“ est partout.", "Le slogan   est partout."),
    ("What an 'earnings claim' is, and why 'I made $10k' counts.", "What an   is, and why   counts."),
    ("‘I don’t need a niche’ is what they say", "  is what they say"),
    # Apostrophes open nothing; one quoted word is a word, not speech reported.
    ("I'm here and it's fine, l'entrée est à 5 €", "I'm here and it's fine, l'entrée est à 5 €"),
    ('He said "wow" twice.', 'He said "wow" twice.'),
    ("Rock 'n' roll", "Rock 'n' roll"),
    # An unclosed mark takes nothing out.
    ('He said "you will never work again', 'He said "you will never work again'),
])
def test_without_quotes(text, expected):
    assert without_quotes(text) == expected


@pytest.mark.parametrize(("text", "claims"), [
    # The author's own claim counts; the same words quoted to warn or explain do not.
    ("I made $10,000 last month with this method.", True),
    ("Pitch I heard last week, word for word: \"I made $10,000 last month, and you can too.\" Ask to see the "
     "income disclosure.", False),
    ("Pourquoi « j'ai fait 10 000 € ce mois-ci » est une allégation de gains au sens de la loi.", False),
])
def test_a_quoted_earnings_claim_is_not_the_authors(text, claims):
    assert makes_a_claim(text) is claims


@pytest.mark.parametrize(("text", "reframe"), [
    ("It's not a content problem. It's a positioning problem.", True),
    ("\"It's not a pyramid. It's a community.\" Every upline, every time.", False),
])
def test_a_quoted_reframe_is_not_the_authors(text, reframe):
    assert is_reframe(text) is reframe
