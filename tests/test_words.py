"""The words files: complete in both languages, correct French typography and plurals."""

from __future__ import annotations

import re
import string
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.resources import data_dir
from credscore.signals import SIGNAL_MODULES
from credscore.words import LANGUAGES, PLURAL_FORMS, flatten, french_typography, plural_form, words

NBSP, NNBSP = "\u00a0", "\u202f"


def _raw(lang: str) -> dict:
    with (data_dir() / "words" / f"{lang}.toml").open("rb") as stream:
        return flatten(tomllib.load(stream))


def _texts(value) -> list[str]:
    return [value] if isinstance(value, str) else [value[form] for form in PLURAL_FORMS]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_keys_and_no_empty_value():
    english, french = _raw("en"), _raw("fr")
    assert set(english) == set(french), set(english) ^ set(french)
    for lang, values in (("en", english), ("fr", french)):
        for key, value in values.items():
            assert isinstance(value, str | dict), (lang, key)
            if isinstance(value, dict):
                assert set(value) == set(PLURAL_FORMS), (lang, key, "a plural table has exactly one and other")
                assert isinstance(french[key], dict) and isinstance(english[key], dict), (key, "plural in both")
            assert all(text.strip() for text in _texts(value)), (lang, key, "empty")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_signal_has_a_title_for_its_not_measurable_notes(lang):
    titles = _raw(lang)
    assert [name for name in SIGNAL_MODULES if f"signal.{name}" not in titles] == []


def test_every_language_fills_the_same_placeholders():
    english, french = _raw("en"), _raw("fr")
    for key, value in english.items():
        for en_text, fr_text in zip(_texts(value), _texts(french[key]), strict=True):
            assert _placeholders(en_text) == _placeholders(fr_text), key
        if isinstance(value, dict):
            assert all("{count}" in text for text in (*_texts(value), *_texts(french[key]))), key


def test_french_words_use_french_typography():
    for key, value in words("fr").values.items():
        for text in _texts(value):
            assert not re.search(r"[ \u202f][:»]", text), (key, "no-break space before : and »")
            assert not re.search(r"[ \u00a0][;!?%]", text), (key, "narrow no-break space before ; ! ? %")
            assert not re.search(r"\S[:;!?]\s", text), (key, "a space before the mark")
            assert "« " not in text and '"' not in text, (key, "guillemets with a no-break space")
            assert "(s)" not in text, (key, "plurals are tables, not (s)")
    assert words("fr")(":") == NBSP + ":"
    assert words("fr")("report.probability", probability="0,9") == \
        f"Probabilité «{NBSP}faux expert{NBSP}» selon le modèle, avant les règles{NBSP}: 0,9"


def test_english_words_use_no_french_spacing():
    for key, value in words("en").values.items():
        for text in _texts(value):
            assert not re.search(r" [:;!?]", text), key
            # The source notes are patterns that must match what the importers write, "(s)" included.
            assert "(s)" not in text or key.startswith("source_notes."), (key, "plurals are tables, not (s)")


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("fr", 0, "0 message privé envoyé"),
    ("fr", 1, "1 message privé envoyé"),
    ("fr", 2, "2 messages privés envoyés"),
    ("fr", 1000, "1000 messages privés envoyés"),
    ("en", 0, "0 direct messages sent"),
    ("en", 1, "1 direct message sent"),
    ("en", 2, "2 direct messages sent"),
])
def test_plurals_follow_each_language(lang, count, expected):
    assert words(lang)("coverage.messages_sent", count=count) == expected


@pytest.mark.parametrize(("lang", "key", "count", "expected"), [
    ("fr", "coverage.follows", 1, "1 abonné ou abonnement enregistré"),
    ("fr", "coverage.follows", 7, "7 abonnés ou abonnements enregistrés"),
    ("fr", "coverage.reposts", 1, "1 repartage"),
    ("fr", "coverage.timestamped", 3, "3 datées"),
    ("en", "coverage.posts", 1, "1 post"),
    ("en", "report.audit_accounts", 6, "6 accounts"),
])
def test_counted_words(lang, key, count, expected):
    assert words(lang)(key, count=count) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Verdict : faux", f"Verdict{NBSP}: faux"),
    ("vrai ; faux ! non ? 95 %", f"vrai{NNBSP}; faux{NNBSP}! non{NNBSP}? 95{NNBSP}%"),
    ("« faux expert »", f"«{NBSP}faux expert{NBSP}»"),
    ("à 17:48, https://example.org/a?b", "à 17:48, https://example.org/a?b"),
    (f"déjà{NBSP}: fait", f"déjà{NBSP}: fait"),
])
def test_french_typography(text, expected):
    assert french_typography(text) == expected


@given(st.text())
def test_french_typography_is_idempotent_and_keeps_the_words(text):
    once = french_typography(text)
    assert french_typography(once) == once
    assert once.split() == text.split(), "only spaces change"


@pytest.mark.parametrize(("lang", "count", "form"), [("fr", 0, "one"), ("fr", 1, "one"), ("fr", 2, "other"),
                                                     ("en", 0, "other"), ("en", 1, "one"), ("en", 2, "other")])
def test_plural_form(lang, count, form):
    assert plural_form(lang, count) == form


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language 'de'"):
        words("de")
    assert LANGUAGES == ("en", "fr")


@pytest.mark.parametrize(("languages", "expected"), [
    ({"fr": 12, "en": 3}, "fr"),
    ({"fr": 5, "en": 5}, "en"),                 # a tie: English
    ({}, "en"),
    ({"tr": 35, "fr": 3}, "en"),                # a Turkish account with a few posts mistaken for French
    ({"da": 20, "en": 4}, "en"),
    ({"fr": 20, "en": 18, "und": 2}, "fr"),      # a bilingual account, mostly French
])
def test_an_account_is_explained_in_french_only_when_mostly_french(languages, expected):
    from credscore.words import explanation_language

    assert explanation_language(languages) == expected
