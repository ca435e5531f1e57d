"""The analysis's speed-ups change no result: each fast path against the plain computation it stands for."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.nlp.lexicons import strip_accents


def _stripped_char_by_char(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@pytest.mark.parametrize(("text", "expected"), [
    ("communauté", "communaute"),
    ("stratégie de marque", "strategie de marque"),
    ("growth hacking", "growth hacking"),
    ("ﬁdélité", "fidelite"),  # a ligature: a compatibility form, folded
    ("ｍａｒｋｅｔｉｎｇ", "marketing"),  # full-width letters fold to plain ASCII
    ("Zoë", "Zoe"),
    ("Москва", "Москва"),
    ("", ""),
])
def test_accents_are_stripped_in_french_english_and_other_scripts(text, expected):
    assert strip_accents(text) == expected


@given(st.text(alphabet=st.sampled_from("abcXYZ -'éèàçœﬁＡ\u0301\u0327ñØß🚀д") | st.characters(), max_size=20))
def test_stripping_accents_is_the_character_by_character_strip(text):
    assert strip_accents(text) == _stripped_char_by_char(text)
