"""Language identification's shortcuts give what the plain computation gives (same votes, same foreign findings)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.nlp import language
from credscore.nlp.language import (
    _confident_foreign,
    _function_words,
    _lingua_foreign,
    _votes,
    detect_account_language,
    detect_languages,
)


def _plain_votes(text: str) -> dict[str, int]:
    """Every word found by the Unicode pattern, counted for each language it is a function word of."""
    votes: dict[str, int] = {}
    for word in language._WORD.findall(text.lower()):
        for code in _function_words().get(word, ()):
            votes[code] = votes.get(code, 0) + 1
    return votes


@pytest.mark.parametrize(("text", "expected"), [
    ("Nous avons lancé une nouvelle offre pour les indépendants cette semaine", None),
    ("We shipped the new dashboard for our customers after three weeks of testing", None),
    ("Very Cool Star Trek Pizza Cutter! Best Gift Ever For Fans Of The Show", None),  # lingua alone says Danish
    ("Vi har lanceret en ny hjemmeside til vores kunder i dag, og det er vi glade for", "da"),
    ("Wir haben heute ein neues Produkt für unsere Kunden vorgestellt und freuen uns sehr", "de"),
    ("Это очень интересная статья о маркетинге и социальных сетях сегодня", "ru"),
    ("Η στρατηγική μάρκετινγκ για μικρές επιχειρήσεις είναι πολύ σημαντική σήμερα", "el"),
    ("mаrketing strаtegy for the wееk аhead", None),  # Cyrillic look-alikes in English words
    ("2024 — 2025 : 12 % / 45 € / 3,5 M / 100 000 +", None),  # no letter at all
])
def test_a_foreign_finding_is_lingua_s_with_or_without_the_shortcut(text, expected):
    votes = _votes(text)
    assert _confident_foreign(text, votes) == expected
    assert _lingua_foreign(text, votes) == expected


_LATIN_TEXT = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ABCXYZ éèàçœñøåäößı'’-.,!?0123456789"),
                      min_size=40, max_size=160)


@settings(max_examples=60, deadline=None)
@given(_LATIN_TEXT | st.lists(st.sampled_from(["og", "det", "und", "nicht", "the", "les", "por", "que", "ikke",
                                                "marketing", "growth", "stratégie", "hygge", "vækst"]),
                              min_size=8, max_size=30).map(" ".join))
def test_the_shortcut_never_drops_what_lingua_would_keep(text):
    votes = _votes(text)
    assert _confident_foreign(text, votes) == _lingua_foreign(text, votes)


@pytest.mark.parametrize("text", [
    "The team's plan, and l'équipe d'Anne: ils n'ont pas dit qu'ils viendraient.",
    "rock'n'roll ''quoted'' it's -- don't 'twas",
    "ÉTÉ À L'ÉCOLE avec ÇA",
    "m² ½ Ⅻ ﬁ e\u0301te\u0301",
    "",
])
def test_votes_count_the_same_words_on_ascii_and_other_texts(text):
    assert _votes(text) == _plain_votes(text)


@given(st.text(max_size=80) | st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_votes_are_the_plain_count(text):
    assert _votes(text) == _plain_votes(text)


_SAMPLED_CHARS = st.sampled_from("abcΣσςΑ ΟΣ'’-.\nİıéÉ the les und og ") | st.characters()


@given(st.lists(st.text(alphabet=_SAMPLED_CHARS, max_size=30), max_size=6))
def test_a_sample_s_votes_are_its_texts_votes_added_up(texts):
    added: dict[str, int] = {}
    for text in texts:
        for code, count in _votes(text).items():
            added[code] = added.get(code, 0) + count
    assert added == _votes("\n".join(texts))


@pytest.mark.parametrize(("texts", "expected"), [
    (["Nous avons lancé une nouvelle offre pour les indépendants", "Merci à tous pour vos retours !"], "fr"),
    (["We shipped the new dashboard for our customers this week", "Thanks for all the feedback!"], "en"),
    (["Vi har lanceret en ny hjemmeside til vores kunder i dag og det er godt", "Tak for det"], "da"),
])
def test_an_account_s_texts_are_identified_alike_with_or_without_shared_votes(texts, expected):
    shared: dict[str, dict[str, int]] = {}
    assert detect_account_language(texts, shared) == detect_account_language(texts) == expected
    assert set(shared) <= set(texts)
    assert detect_languages(texts, expected, votes_memo=shared) == detect_languages(texts, expected)
