"""The plain-text fast paths change no result: normalising, splitting, identifying and tokenising a text give the
same answer with and without them (French and English texts, and what hypothesis makes of their characters)."""

from __future__ import annotations

import sys
import unicodedata
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.nlp import language as language_module
from credscore.nlp import normalise as normalise_module
from credscore.nlp import text as text_module
from credscore.nlp.normalise import normalise, plain_characters
from credscore.nlp.pipeline import build_pipeline
from credscore.nlp.text import split_text
from credscore.nlp.tokenizer import FactoredPattern

# Letters that compose with the letter before them without being combining marks (ccc 0): Hangul's vowels and
# final consonants. No plain character may be one of them.
HANGUL_JAMO = ((0x1100, 0x1200), (0xA960, 0xA980), (0xD7B0, 0xD800))


def _slow_normalise(text: str) -> str:
    with mock.patch.object(normalise_module, "plain_characters", lambda: frozenset()):
        return normalise(text)


def _slow_split(text: str):
    with mock.patch.object(text_module, "_without_emoji", lambda: frozenset()):
        return split_text(text)


def test_no_plain_character_composes_with_the_one_before_it():
    seconds = set()
    for code in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<") and len(decomposition.split()) == 2:
            seconds.add(chr(int(decomposition.split()[1], 16)))
    plain = plain_characters()
    assert not seconds & plain
    assert not any(chr(code) in plain for first, end in HANGUL_JAMO for code in range(first, end))
    assert all(unicodedata.combining(char) == 0 and unicodedata.is_normalized("NFKC", char) for char in plain)


def test_the_plain_characters_are_those_of_french_and_english_posts():
    plain = plain_characters()
    assert set("éèêëàâäçîïôöùûüÿœæÉÀÇŒ«»’“”–—€£•·°") <= plain
    assert set("🚀👉🔥✅💡") <= plain
    # What normalise changes is not plain: a no-break space, a ligature, an ellipsis (three full stops to NFKC), a
    # look-alike, an invisible character, a styled letter, a small capital, a combining accent, a variation selector.
    assert not set("\u00a0\ufb01\u2026\u0430\u200b\U0001d41a\u1d0d\u0301\ufe0f") & plain


@pytest.mark.parametrize(("text", "expected"), [
    ("Ma stratégie : l’authenticité avant tout !", "Ma stratégie : l’authenticité avant tout !"),
    ("Nouvel article 👉 « Comment j’ai doublé mon CA »", "Nouvel article 👉 « Comment j’ai doublé mon CA »"),
    ("Café, crème brûlée — 12 € • ouvert 7/7", "Café, crème brûlée — 12 € • ouvert 7/7"),
    ("Our résumé tips 🚀 – naïve “growth” hacks", "Our résumé tips 🚀 – naïve “growth” hacks"),
    # Not plain: the slow path still does its work.
    ("ﬁdélité", "fidélité"),
    ("mаrketing", "marketing"),  # a Cyrillic а
    ("mar\u200bketing 🚀", "marketing 🚀"),
    ("12\u00a0000 € par mois", "12 000 € par mois"),
    ("Et après…", "Et après..."),
    ("ᴍᴀʀᴋᴇᴛɪɴɢ", "marketing"),
    ("cafe\u0301", "café"),
])
def test_normalise_with_and_without_the_fast_path(text, expected):
    assert normalise(text) == expected
    assert _slow_normalise(text) == expected


# The characters of French and English posts, the tricks normalise undoes, and anything else.
_TRICKY = st.sampled_from("aeoéèàçœﬁ’«» .,!?-'#@/\u00a0\u202f\u200b\u200d\ufe0f\u0301\u0308\u0332"
                          "аеορ𝐦ｍᴍ🚀👩💻©™ℹ가\u1161\u11a8")


@given(st.text(alphabet=_TRICKY | st.sampled_from(sorted(plain_characters())) | st.characters(), max_size=40))
def test_the_fast_path_never_changes_a_normalised_text(text):
    assert normalise(text) == _slow_normalise(text)


@pytest.mark.parametrize(("text", "emoji", "words"), [
    ("Une équipe soudée, des clients fidèles.", 0, "Une équipe soudée, des clients fidèles."),
    ("Lancement 🚀🚀 de la formation !", 1, "Lancement de la formation !"),
    ("Big news ❤️ from the team © 2024", 2, "Big news from the team 2024"),
    ("Drapeaux 🇫🇷 et 🇬🇧 « bilingue »", 2, "Drapeaux et « bilingue »"),
])
def test_split_with_and_without_the_emoji_shortcut(text, emoji, words):
    for split in (split_text(text), _slow_split(text)):
        assert (split.emoji, split.words_text) == (emoji, words)


@given(st.text(alphabet=_TRICKY | st.sampled_from(sorted(plain_characters())) | st.characters(), max_size=40))
def test_the_emoji_shortcut_never_changes_a_split(text):
    assert split_text(text) == _slow_split(text)


@pytest.mark.parametrize(("text", "votes"), [
    ("The coach said that we should build a community", {"en": 3}),
    ("Le coach a dit que nous devons bâtir une communauté", {"fr": 4}),
    ("Das ist die Frage und wir wissen es nicht", {"de": 3}),
    ("Это не так просто", {}),
])
def test_foreign_findings_are_asked_of_lingua_only_when_backed(text, votes):
    # The shortcut skips lingua for a text of Latin letters without a foreign function word; the answer is the
    # one lingua would give there (none), and lingua is still asked otherwise.
    with mock.patch.object(language_module, "_lingua_foreign", return_value="xx") as lingua:
        found = language_module._confident_foreign(text, votes)
    backed = any(votes.get(code) for code in language_module.FUNCTION_WORD_LANGUAGES)
    non_latin = language_module._NON_LATIN_LETTER.search(text) is not None
    assert lingua.called is (backed or non_latin)
    assert found == ("xx" if backed or non_latin else None)


@pytest.fixture(scope="module")
def french_pipelines():
    """A built French pipeline, and the same with the factored pattern's wrapper as its ``token_match``."""
    direct, wrapped = build_pipeline("fr"), build_pipeline("fr")
    wrapped.tokenizer.token_match = FactoredPattern(direct.tokenizer.token_match.__self__.pattern).match
    return direct, wrapped


@pytest.mark.parametrize("text", [
    "Le porte-monnaie d'aujourd'hui est anti-gaspi",
    "Qu'est-ce que l'e-réputation ? Peut-être un week-end",
    "Rendez-vous au Val-de-Marne, entr'ouvert",
])
def test_the_pipeline_matches_french_exceptions_as_the_factored_pattern_does(french_pipelines, text):
    direct, wrapped = french_pipelines
    assert not isinstance(getattr(direct.tokenizer.token_match, "__self__", None), FactoredPattern)
    # What spaCy serialises (``token_match.__self__.pattern``) is still the factored pattern of spacy.blank("fr").
    import spacy

    assert direct.tokenizer.token_match.__self__.pattern == spacy.blank("fr").tokenizer.token_match.__self__.pattern
    assert [token.text for token in direct.make_doc(text)] == [token.text for token in wrapped.make_doc(text)]
    for word in text.split():
        assert bool(direct.tokenizer.token_match(word)) is bool(wrapped.tokenizer.token_match(word))


# Long enough to be identified alone, in French, English and a language read through the English pipeline.
IDENTIFIED = [
    "Le chiffre d'affaires a augmenté de huit pour cent ce trimestre, merci à toute l'équipe pour ce travail.",
    "Our third quarter revenue grew by twelve percent and the churn fell thanks to the whole support team.",
    "Vi har åbnet et nyt bageri i byen, og det er den bedste dag for hele holdet, som har arbejdet hårdt.",
    "Merci !",
]


def test_the_votes_remembered_across_chunks_identify_as_when_read_first(monkeypatch):
    from credscore.nlp import analysis
    from credscore.nlp.analysis import analyse_accounts
    from tests.conftest import account, post

    accounts = [account([post(text) for text in IDENTIFIED[number % 4:] + IDENTIFIED[:number % 4]],
                        id=f"acct-{number}") for number in range(6)]

    def analyse_each() -> list:
        analysis._votes_memo.clear()
        analysis._language_memo.clear()
        return [analyse_accounts([one])[0] for one in accounts]

    first = analyse_each()
    assert {text.lang for one in first for text in one.posts} >= {"fr", "en", "da"}
    # Every account's votes met again (the memo full of them), then a memo of three texts emptied half by half.
    again = [analyse_accounts([one])[0] for one in accounts[::-1]][::-1]
    monkeypatch.setattr(analysis, "VOTES_MEMO_SIZE", 3)
    small = analyse_each()
    assert first == again == small
    assert len(analysis._votes_memo) <= 3 + len(IDENTIFIED)
