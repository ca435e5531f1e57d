"""strip_accents translates character by character through a table filled as characters are met: the same result as
decomposing the whole text and dropping its combining marks."""

from __future__ import annotations

import sys
import unicodedata

from credscore.nlp import lexicons
from credscore.nlp.lexicons import strip_accents


def _decomposed_whole(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def test_every_character_of_unicode_is_stripped_as_its_whole_decomposition():
    # A table of its own, so that the module's stays small.
    table = lexicons._AccentFreeCharacters()
    every = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    assert [char.translate(table) for char in every] == [_decomposed_whole(char) for char in every]


def test_marks_reordered_by_nfkd_are_all_dropped():
    # NFKD reorders a cedilla before an acute; both go, in any order they were written.
    for text in ("c\u0301\u0327a", "c\u0327\u0301a", "Ç\u0301a va", "ạ\u0308\u0323"):
        assert strip_accents(text) == _decomposed_whole(text)


def test_the_table_stays_bounded(monkeypatch):
    monkeypatch.setattr(lexicons, "ACCENT_FREE_CHARACTERS_REMEMBERED", 100)
    table = lexicons._AccentFreeCharacters()
    text = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 1000))
    assert text.translate(table) == _decomposed_whole(text)
    assert len(table) <= 100
    assert "éèà".translate(table) == "eea"
