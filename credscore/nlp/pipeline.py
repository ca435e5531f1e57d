"""The spaCy pipelines: a blank French or English tokenizer plus the lexicon matcher.

The matcher is a registered spaCy component (``credscore_lexicons``). It runs a
``PhraseMatcher`` over the lexicon terms expanded to their inflected forms (see
:mod:`credscore.nlp.lexicons`) and stores what it found on ``Doc._.credscore_matches`` as
``(lexicon, term, start, end)`` tuples. Matching on pre-expanded forms, rather than
lemmatising every token, keeps the per-token cost at the tokenizer's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import IS_ALPHA, IS_CURRENCY, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from credscore.nlp import lexicons as lexicons_module
from credscore.nlp import tokenizer as tokenizer_module
from credscore.nlp.cache import cached, files_digest, package_version
from credscore.nlp.lexicons import Lexicon, expand_term, forms_by_lemma, load_lexicons
from credscore.nlp.respell import Respeller, real_words
from credscore.nlp.tokenizer import FactoredPattern, install_french_exceptions
from credscore.resources import data_dir

__all__ = ["EXTENSION", "LexiconMatcher", "Pipelines", "build_pipeline", "default_pipelines", "lexicon_patterns"]

EXTENSION = "credscore_matches"
# One term of a lexicon: (lexicon, term, matched by its lower-case tokens, the tokens of each of its forms).
TermPattern = tuple[str, str, bool, list[tuple[str, ...]]]
_KEY_SEPARATOR = "\x1f"

# The lexeme attributes credscore reads (the analysis's word kinds, the matcher's LOWER, the figures of
# ``business_metrics``). spaCy computes some twenty (shape, prefix, suffix, norm, stop word…) for every spelling it
# meets for the first time, each by a Python call: a tenth of the tokenizer's time in a batch, for values never read.
LEXEME_ATTRIBUTES = frozenset({LOWER, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, IS_CURRENCY})

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=())


class LexiconMatcher:
    """spaCy component: find lexicon terms in a doc (case-insensitive; acronyms by exact case)."""

    def __init__(self, nlp: Language, lexicons: Mapping[str, Lexicon],
                 patterns: Sequence[TermPattern] | None = None, real_words: Sequence[str] | None = None) -> None:
        """``patterns`` (from :func:`lexicon_patterns`) saves tokenising every form again, ``real_words`` (from
        :func:`respell_exceptions`) reading the lemma tables."""
        self._by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._by_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._strings = nlp.vocab.strings
        self._terms: list[tuple[str, str]] = []
        patterns = lexicon_patterns(nlp, lexicons) if patterns is None else patterns
        for name, term, by_lower, forms in patterns:
            self._terms.append((name, term))
            matcher = self._by_lower if by_lower else self._by_orth
            # The same tokens as the tokenizer gave for each form: the matcher compares their LOWER or ORTH.
            matcher.add(f"{name}{_KEY_SEPARATOR}{term}", [Doc(nlp.vocab, words=list(words)) for words in forms])
        word_forms = _lower_word_forms(patterns)
        if real_words is None:
            real_words = respell_exceptions(word_forms)
        self.respell = Respeller(word_forms, real_words)
        """Gives back the terms a text hides by an added accent or cut-in hyphens: apply before tokenizing."""

    def lexicon_terms(self) -> list[tuple[str, str]]:
        """Every ``(lexicon, term)`` pair the matcher looks for."""
        return list(self._terms)

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc)
        if found:
            doc._.set(EXTENSION, found)
        return doc

    def find(self, doc: Doc) -> tuple[tuple[str, str, int, int], ...]:
        """The ``(lexicon, term, start, end)`` matches in ``doc``, by start (what ``__call__`` stores on the doc)."""
        found = self._by_lower(doc) + self._by_orth(doc) if len(self._by_orth) else self._by_lower(doc)
        matches = []
        for match_id, start, end in sorted(found, key=lambda match: match[1]):
            lexicon, term = self._strings[match_id].split(_KEY_SEPARATOR, 1)
            matches.append((lexicon, term, start, end))
        return tuple(matches)


# Words of a term of several words that a trick may hide ("ma commu-nauté"): content words only, so that no
# "à" is read as "a".
MIN_RESPELLED_WORD = 5


def _word_forms(forms: list[tuple[str, ...]]) -> set[str]:
    """The words a term's forms are made of, as :class:`~credscore.nlp.respell.Respeller` knows them: each form of
    one word or one hyphenated word ("e-réputation", cut at its hyphens by the tokenizer), and the content words of
    the others."""
    words: set[str] = set()
    for tokens in forms:
        if len(tokens) == 1 or all(token == "-" for token in tokens[1::2]):
            words.add("".join(tokens).lower())
        else:
            words.update(token.lower() for token in tokens if len(token) >= MIN_RESPELLED_WORD and token.isalpha())
    return words


def respell_exceptions(word_forms: set[str]) -> list[str]:
    """The real French and English words (spaCy's lemma tables) that an accent-free reading would turn into one of
    ``word_forms``: the :class:`~credscore.nlp.respell.Respeller` leaves them as written."""
    tables = [forms_by_lemma(lang) for lang in ("fr", "en")]
    return real_words(word_forms, [(word for lemma, forms in table.items() for word in (lemma, *forms))
                                   for table in tables])


def lexicon_patterns(nlp: Language, lexicons: Mapping[str, Lexicon]) -> list[TermPattern]:
    """Per term of every lexicon, in order: ``(lexicon, term, by_lower, token texts of each form)``.

    Case-insensitive terms are matched by their lower-case tokens, acronyms (all capitals) exactly.
    """
    patterns = []
    for name, lexicon in sorted(lexicons.items()):
        for lang, term in lexicon.terms():
            by_lower = not term.isupper()
            patterns.append((name, term, by_lower, _pattern_words(nlp, expand_term(term, lang), by_lower=by_lower)))
    return patterns


def _pattern_words(nlp: Language, forms: tuple[str, ...], *, by_lower: bool) -> list[tuple[str, ...]]:
    """The token sequences of each form; for case-insensitive terms also as capitalised and in capitals,
    because the tokenizer splits some spellings by case: "n°1" is ``n° 1`` but "N°1" is ``N ° 1``."""
    docs: dict[tuple[str, ...], tuple[str, ...]] = {}
    for form in forms:
        # Only spellings with signs or digits split differently by case; plain words cost a make_doc each.
        plain = all(char.isalpha() or char in " -'" for char in form)
        for spelling in (form,) if plain or not by_lower else (form, form.capitalize(), form.upper()):
            doc = nlp.make_doc(spelling)
            docs.setdefault(tuple(token.lower_ if by_lower else token.text for token in doc),
                            tuple(token.text for token in doc))
    return list(docs.values())


def _cache_key(nlp: Language, folder: Path) -> tuple[str | None, ...]:
    """What the tables derived from the lexicons depend on: language, library versions, lexicon files and code."""
    sources = [Path(__file__), Path(lexicons_module.__file__), Path(tokenizer_module.__file__)]
    return (nlp.lang, package_version("spacy"), package_version("spacy-lookups-data"),
            files_digest(sorted(folder.glob("*.toml"))), files_digest(sources))


def _cached_patterns(nlp: Language, lexicons: Mapping[str, Lexicon], folder: Path) -> list[TermPattern]:
    """:func:`lexicon_patterns`, built once per lexicons, code and library versions, then read from the cache."""
    return cached(f"lexicon-patterns-{nlp.lang}", _cache_key(nlp, folder), lambda: lexicon_patterns(nlp, lexicons),
                  check=_is_patterns)


def _cached_respell_exceptions(nlp: Language, folder: Path, patterns: Sequence[TermPattern]) -> list[str]:
    """:func:`respell_exceptions` of the patterns' word forms, built once per lexicons, code and versions."""
    return cached(f"respell-exceptions-{nlp.lang}", _cache_key(nlp, folder),
                  lambda: respell_exceptions(_lower_word_forms(patterns)),
                  check=lambda value: isinstance(value, list) and all(isinstance(word, str) for word in value))


def _lower_word_forms(patterns: Sequence[TermPattern]) -> set[str]:
    return {word for _, _, by_lower, forms in patterns if by_lower for word in _word_forms(forms)}


def _is_patterns(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(entry, tuple) and len(entry) == 4 and isinstance(entry[3], list) for entry in value)


@Language.factory("credscore_lexicons", default_config={"lexicons_path": None})
def _make_lexicon_matcher(nlp: Language, name: str, lexicons_path: str | None) -> LexiconMatcher:
    folder = Path(lexicons_path) if lexicons_path else data_dir() / "lexicons"
    lexicons = load_lexicons(folder)
    patterns = _cached_patterns(nlp, lexicons, folder)
    return LexiconMatcher(nlp, lexicons, patterns, _cached_respell_exceptions(nlp, folder, patterns))


def build_pipeline(lang: str, lexicons_path: Path | None = None) -> Language:
    """A blank ``lang`` pipeline with the lexicon matcher over ``lexicons_path`` (default: bundled).

    Its lexemes carry the attributes of :data:`LEXEME_ATTRIBUTES` only (a token's ``is_stop`` reads False, its
    ``shape_`` "").
    """
    if lang == "fr":
        # The same French tokenizer as spaCy's, without the seconds its exception pattern takes to compile.
        install_french_exceptions()
    nlp = spacy.blank(lang)
    # Only what is read is computed for each new spelling (the language's own getters: its ``like_num``).
    vocab: Any = nlp.vocab  # spaCy's Vocab (a compiled class whose stubs omit its getters)
    vocab.lex_attr_getters = {attribute: getter for attribute, getter in vocab.lex_attr_getters.items()
                              if attribute in LEXEME_ATTRIBUTES}
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (a compiled class without type stubs)
    owner = getattr(tokenizer.token_match, "__self__", None)
    if isinstance(owner, FactoredPattern):
        # The compiled pattern's own ``match``: the same matches without a Python call per token (a tenth of the
        # French tokenizer's time). Saved pipelines still read its ``pattern``: the factored one.
        tokenizer.token_match = owner.compiled().match
    nlp.add_pipe("credscore_lexicons", config={"lexicons_path": str(lexicons_path) if lexicons_path else None})
    return nlp


class Pipelines(Mapping[str, Language]):
    """The French and English pipelines over one lexicon folder, each built the first time it is asked for: one
    verdict on a French account does not wait for the English pipeline (a quarter of a second), nor an English one
    for the French (half a second)."""

    LANGUAGES = ("fr", "en")

    def __init__(self, lexicons_path: Path | None) -> None:
        self._lexicons_path = lexicons_path
        self._built: dict[str, Language] = {}

    def __getitem__(self, lang: str) -> Language:
        nlp = self._built.get(lang)
        if nlp is None:
            if lang not in self.LANGUAGES:
                raise KeyError(lang)
            nlp = self._built[lang] = build_pipeline(lang, self._lexicons_path)
        return nlp

    def __iter__(self) -> Iterator[str]:
        return iter(self.LANGUAGES)

    def __len__(self) -> int:
        return len(self.LANGUAGES)

    def built(self) -> list[Language]:
        """The pipelines built so far (asking for the others would build them)."""
        return list(self._built.values())


def default_pipelines(lexicons_path: Path | None = None) -> Pipelines:
    """The French and English pipelines, each built once per process when first used (``cache_clear()`` drops
    them)."""
    # One key for one folder: `default_pipelines()` and `default_pipelines(None)` must not build them twice.
    return _pipelines(None if lexicons_path is None else Path(lexicons_path))


@cache
def _pipelines(lexicons_path: Path | None) -> Pipelines:
    return Pipelines(lexicons_path)


default_pipelines.cache_clear = _pipelines.cache_clear  # type: ignore[attr-defined]
