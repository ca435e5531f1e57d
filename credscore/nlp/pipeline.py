"""The spaCy pipelines: a blank French or English tokenizer plus the lexicon matcher.

The matcher is a registered spaCy component (``credscore_lexicons``). It runs a
``PhraseMatcher`` over the lexicon terms expanded to their inflected forms (see
:mod:`credscore.nlp.lexicons`) and stores what it found on ``Doc._.credscore_matches`` as
``(lexicon, term, start, end)`` tuples. Matching on pre-expanded forms, rather than
lemmatising every token, keeps the per-token cost at the tokenizer's.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from credscore.nlp.lexicons import Lexicon, expand_term, load_lexicons
from credscore.resources import data_dir

__all__ = ["EXTENSION", "LexiconMatcher", "build_pipeline", "default_pipelines"]

EXTENSION = "credscore_matches"
_KEY_SEPARATOR = "\x1f"

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=())


class LexiconMatcher:
    """spaCy component: find lexicon terms in a doc (case-insensitive; acronyms by exact case)."""

    def __init__(self, nlp: Language, lexicons: Mapping[str, Lexicon]) -> None:
        self._by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._by_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._strings = nlp.vocab.strings
        self._terms: list[tuple[str, str]] = []
        for name, lexicon in sorted(lexicons.items()):
            for lang, term in lexicon.terms():
                key = f"{name}{_KEY_SEPARATOR}{term}"
                self._terms.append((name, term))
                matcher = self._by_orth if term.isupper() else self._by_lower
                matcher.add(key, _pattern_docs(nlp, expand_term(term, lang), by_lower=matcher is self._by_lower))

    def lexicon_terms(self) -> list[tuple[str, str]]:
        """Every ``(lexicon, term)`` pair the matcher looks for."""
        return list(self._terms)

    def __call__(self, doc: Doc) -> Doc:
        found = self._by_lower(doc) + self._by_orth(doc) if len(self._by_orth) else self._by_lower(doc)
        if found:
            doc._.set(EXTENSION, tuple(
                (*self._strings[match_id].split(_KEY_SEPARATOR, 1), start, end)
                for match_id, start, end in sorted(found, key=lambda match: match[1])
            ))
        return doc


def _pattern_docs(nlp: Language, forms: tuple[str, ...], *, by_lower: bool) -> list[Doc]:
    """The token sequences of each form; for case-insensitive terms also as capitalised and in capitals,
    because the tokenizer splits some spellings by case: "n°1" is ``n° 1`` but "N°1" is ``N ° 1``."""
    docs: dict[tuple[str, ...], Doc] = {}
    for form in forms:
        # Only spellings with signs or digits split differently by case; plain words cost a make_doc each.
        plain = all(char.isalpha() or char in " -'" for char in form)
        for spelling in (form,) if plain or not by_lower else (form, form.capitalize(), form.upper()):
            doc = nlp.make_doc(spelling)
            docs.setdefault(tuple(token.lower_ if by_lower else token.text for token in doc), doc)
    return list(docs.values())


@Language.factory("credscore_lexicons", default_config={"lexicons_path": None})
def _make_lexicon_matcher(nlp: Language, name: str, lexicons_path: str | None) -> LexiconMatcher:
    folder = Path(lexicons_path) if lexicons_path else data_dir() / "lexicons"
    return LexiconMatcher(nlp, load_lexicons(folder))


def build_pipeline(lang: str, lexicons_path: Path | None = None) -> Language:
    """A blank ``lang`` pipeline with the lexicon matcher over ``lexicons_path`` (default: bundled)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("credscore_lexicons", config={"lexicons_path": str(lexicons_path) if lexicons_path else None})
    return nlp


@cache
def default_pipelines(lexicons_path: Path | None = None) -> Mapping[str, Language]:
    """The French and English pipelines, built once per process."""
    return {lang: build_pipeline(lang, lexicons_path) for lang in ("fr", "en")}
