"""The pipelines compute only the lexeme attributes credscore reads, and those as spaCy's blank pipelines do."""

from __future__ import annotations

from functools import cache

import pytest
import spacy

from credscore.nlp.pipeline import LEXEME_ATTRIBUTES, build_pipeline

TEXTS = [
    ("fr", "Marge brute de 12 % et 10k€ de CA au T3, soit +3,5 points : merci à l'équipe !"),
    ("fr", "Qu'est-ce que l'e-réputation ? Un vingt-et-un, deux mille vingt-six, 1er, 2ème, n°1, 15h30."),
    ("fr", "  Tabulations\tet\nretours   à la ligne… « guillemets » — tirets — (parenthèses) [crochets] ¡¿"),
    ("en", "Growth 2x in Q3: 40 leads, $1.5M ARR, 3rd quarter, twenty-one, 1,000,000 views, 12.5%"),
    ("en", "Don't stop: it's the U.S.A.'s #1 K.P.I. — £5, ¥300, €20, 50¢ and ‰ per mille."),
    ("en", "Hello WORLD, Title Case, lower case, MiXeD, x2, v1.2.3, e-mail, www.example.org, 2024-05-01"),
]
READ = ("orth", "lower", "is_alpha", "is_punct", "is_space", "like_num", "is_currency", "text")


@cache
def _ours(lang: str):
    return build_pipeline(lang)


@cache
def _spacy(lang: str):
    return spacy.blank(lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_the_attributes_read_are_computed(lang):
    assert set(_ours(lang).vocab.lex_attr_getters) == set(LEXEME_ATTRIBUTES)
    assert set(LEXEME_ATTRIBUTES) < set(_spacy(lang).vocab.lex_attr_getters)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_attributes_read_are_spacys(lang, text):
    ours, theirs = _ours(lang).make_doc(text), _spacy(lang).make_doc(text)
    assert [token.text for token in ours] == [token.text for token in theirs]
    for mine, reference in zip(ours, theirs, strict=True):
        assert [getattr(mine, name) for name in READ] == [getattr(reference, name) for name in READ], mine.text

