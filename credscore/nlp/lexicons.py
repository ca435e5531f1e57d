"""Word lists as data: the lexicons under ``data/lexicons/*.toml``, validated when loaded.

Each file is one lexicon::

    description = "what the terms have in common"
    sources = ["where the terms come from"]
    fr = ["communauté", "engagement", ...]
    en = ["community", "engagement", ...]

Terms are matched case-insensitively (except acronyms written in capitals, such as ``ROI``),
as whole words or phrases, in French and English texts alike (social-media French borrows
"storytelling" and "growth hacking" as they are).
Each term is expanded to its inflected forms with the lemma tables of ``spacy-lookups-data``
(``communautés`` matches ``communauté``) and to its accent-free spelling, because social-media
writing often drops accents.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from credscore.errors import LexiconError

__all__ = ["LANGUAGES", "ContextWords", "Lexicon", "any_written", "context_terms", "expand_term", "fold",
           "forms_by_lemma", "load_lexicons", "strip_accents", "whole_words", "written_pattern"]

logger = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
# A multi-word term whose words each have several forms could explode combinatorially;
# beyond this many variants per term the rarer combinations are not worth matching.
MAX_VARIANTS_PER_TERM = 32


class ContextWords(BaseModel):
    """Words around a lexicon term that change what it means (read by the signal, never matched on their own)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = ""
    fr: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    @field_validator("fr", "en")
    @classmethod
    def _clean_words(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(dict.fromkeys(" ".join(word.lower().replace("\u2019", "'").split()) for word in words))
        if any(not word for word in cleaned):
            raise ValueError("empty context word")
        return cleaned

    def words(self) -> tuple[str, ...]:
        """French and English words together: bios mix both."""
        return tuple(dict.fromkeys(self.fr + self.en))


class Lexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = ""
    description: str
    sources: tuple[str, ...] = ()
    fr: tuple[str, ...] = Field(default=(), min_length=0)
    en: tuple[str, ...] = ()
    contexts: dict[str, ContextWords] = Field(default_factory=dict)
    """Optional ``[contexts.NAME]`` tables: words around a term that change its meaning (see self_titles.toml)."""

    @field_validator("fr", "en")
    @classmethod
    def _clean_terms(cls, terms: tuple[str, ...]) -> tuple[str, ...]:
        # An all-capitals term is an acronym and keeps its case: "ROI" must not match the French "roi" (king).
        cleaned = tuple(dict.fromkeys(" ".join((term if term.isupper() else term.lower()).split()) for term in terms))
        if any(not term for term in cleaned):
            raise ValueError("empty term")
        return cleaned

    def terms(self) -> Iterable[tuple[str, str]]:
        """Every ``(language, term)`` pair of the lexicon."""
        for lang in LANGUAGES:
            for term in getattr(self, lang):
                yield lang, term


def load_lexicons(folder: Path) -> dict[str, Lexicon]:
    """Load and validate every ``*.toml`` lexicon of ``folder``, keyed by file stem."""
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise LexiconError(f"{folder}: no lexicon files (*.toml)")
    lexicons = {}
    for path in files:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
            lexicon = Lexicon.model_validate({**raw, "name": path.stem})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise LexiconError(f"{path}: cannot be read ({exc})") from None
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in first["loc"])
            raise LexiconError(f"{path}: {where}: {first['msg']}") from None
        # A lexicon whose signal reads only its [contexts] (the shape of a sentence, not a term: reframes.toml)
        # matches nothing on its own; one with neither terms nor contexts is a mistake.
        if not lexicon.fr and not lexicon.en and not lexicon.contexts:
            raise LexiconError(f"{path}: the lexicon has no terms (give `fr` and/or `en` lists, or [contexts])")
        lexicons[path.stem] = lexicon
    return lexicons


_WORD = re.compile(r"\w+")


def written_pattern(phrase: str) -> str:
    """A phrase as the signals that read text *as written* match it, on lower-case, accent-free text: its words in
    order, anything but a word character between them ("follow back" matches "Follow-back" and "follow, back")."""
    return r"\W+".join(re.escape(word) for word in _WORD.findall(strip_accents(phrase.lower())))


def any_written(phrases: Iterable[str]) -> str:
    """Any of ``phrases`` as :func:`written_pattern`, the longest first (so "follow back" wins over "follow")."""
    return "|".join(sorted((written_pattern(phrase) for phrase in phrases), key=len, reverse=True))


def whole_words(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words on folded text (see :func:`fold`), as :func:`written_pattern` spells each; an
    elided form ("n'", "qu'") ends on its apostrophe and runs into the next word ("n'envoyez")."""
    phrases = list(phrases)
    elided = [re.escape(fold(phrase)) for phrase in phrases if phrase.endswith("'")]
    plain = any_written([phrase for phrase in phrases if not phrase.endswith("'")])
    alternatives = "|".join(filter(None, [f"(?:{plain})(?![\\w'])" if plain else "", *elided]))
    return re.compile(rf"(?<!\w)(?:{alternatives})")


def context_terms(lexicon: Lexicon, name: str, context: str, terms: set[str]) -> frozenset[str]:
    """The words of a lexicon's ``[contexts.<context>]`` that name its own terms (lexicon ``name``): a word that is
    no term would silently never count, so it is an error."""
    named = set(lexicon.contexts[context].words())
    if not named <= terms:
        raise LexiconError(f"{name}.toml: [contexts.{context}] names {sorted(named - terms)}, not terms of the lexicon")
    return frozenset(named)


# Distinct characters whose accent-free form is remembered: far more than French and English texts use.
ACCENT_FREE_CHARACTERS_REMEMBERED = 65_536


class _AccentFreeCharacters(dict[int, str]):
    """The accent-free form of each character met so far, as a ``str.translate`` table: a character's NFKD
    decomposition without its combining marks, worked out the first time the character is met.

    The same as decomposing the whole text: decomposition is character by character, and the canonical reordering
    NFKD adds only moves combining marks, which are all dropped. The translation then runs in C, where a
    generator over the decomposed text cost a Python step per character.
    """

    def __missing__(self, code: int) -> str:
        if len(self) >= ACCENT_FREE_CHARACTERS_REMEMBERED:
            self.clear()  # a text of every character of Unicode must not keep them all in memory
        decomposed = unicodedata.normalize("NFKD", chr(code))
        plain = self[code] = "".join(char for char in decomposed if not unicodedata.combining(char))
        return plain


_ACCENT_FREE = _AccentFreeCharacters()


def strip_accents(text: str) -> str:
    """``text`` decomposed (NFKD) without its combining marks: "stratégie" -> "strategie", "ﬁ" -> "fi"."""
    # ASCII has no accent and no compatibility form (NFKD leaves it as it is): most words and comments.
    if text.isascii():
        return text
    return text.translate(_ACCENT_FREE)


def fold(text: str) -> str:
    """``text`` as the signals that read it as written compare it with context words: lower case, straight
    apostrophes, accents aside ("C\u2019est Stratégique" -> "c'est strategique"). Lower case once more after the
    accents: a styled capital ("𝗨𝗦𝗗𝗧") has no lower case of its own and becomes a plain capital only then."""
    return strip_accents(text.lower().replace("\u2019", "'")).lower()


@cache
def forms_by_lemma(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Invert the lookup lemma table of ``spacy-lookups-data``: lemma -> its inflected forms."""
    try:
        import spacy_lookups_data
    except ImportError:
        logger.warning("spacy-lookups-data is not installed: lexicon terms match their exact form only")
        return {}
    table_path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    if not table_path.exists():
        return {}
    # Inverting a table takes half a second: done once, then read from the user's cache (see credscore.nlp.cache).
    from credscore.nlp.cache import cached, files_digest, package_version

    key = (package_version("spacy-lookups-data"), table_path.stat().st_size, files_digest([Path(__file__)]))
    return cached(f"lemma-forms-{lang}", key, lambda: _invert_table(table_path), check=_is_forms_table)


def _is_forms_table(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(forms, tuple) for forms in value.values())


def _invert_table(table_path: Path) -> dict[str, tuple[str, ...]]:
    with gzip.open(table_path, "rt", encoding="utf-8") as stream:
        table: dict[str, str | list[str]] = json.load(stream)
    forms: dict[str, list[str]] = {}
    for form, lemmas in table.items():
        for lemma in [lemmas] if isinstance(lemmas, str) else lemmas:
            forms.setdefault(lemma.lower(), []).append(form.lower())
    return {lemma: tuple(dict.fromkeys(values)) for lemma, values in forms.items()}


def expand_term(term: str, lang: str) -> tuple[str, ...]:
    """The term, its inflected forms (word by word; numerals as written) and their accent-free spellings."""
    if term.isupper():
        return (term,)
    forms = forms_by_lemma(lang)
    # A word with a digit is matched as written: the lemma table reads "first" as a form of "1", which
    # would make "Numbers first" a rank claim ("number 1").
    per_word = [(word,) if any(char.isdigit() for char in word) else (word, *forms.get(word, ()))
                for word in term.split()]
    variants = [" ".join(combo) for combo in itertools.islice(itertools.product(*per_word), MAX_VARIANTS_PER_TERM)]
    variants += [strip_accents(variant) for variant in variants]
    return tuple(dict.fromkeys(variants))
