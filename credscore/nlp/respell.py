"""Undo the spellings that hide a lexicon term from the matcher while a reader still reads the term.

:mod:`credscore.nlp.normalise` folds what Unicode says is the same letter (𝐦𝐚𝐭𝐡 bold, look-alikes, invisible
characters). Two tricks survive it, because they are made of ordinary letters:

- an accent added to a term: "éngagement", "stôrytelling", "vîral" (a reader skips the accent; the matcher, which
  knows the terms with their own accents and without any, sees another word);
- hyphens cut into a term: "commu-nauté", "story-telling", "vi-ra-lité", "mind-set" (the tokenizer splits the word
  at each hyphen, and no piece is a term).

:class:`Respeller` gives the matcher the term back, and only then: a word is respelled when it is not itself one of
the lexicons' word forms and its accent-free (or hyphen-free) spelling is one. A real word keeps its spelling:
"peut-être", "week-end", "engagé", "e-réputation" (a term written with its hyphen) stay as written, because either
the word is a form the lexicons know or what it would become is not. An accent is never taken off a real word of
French or English ("compté" is not "compte", "médical" not "medical"): the words of spaCy's lemma tables that would
be respelled are listed once (:func:`real_words`) and left alone. Evidence quotes the post as written: only the
analysis reads the respelled text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from credscore.nlp.lexicons import strip_accents

__all__ = ["Respeller", "real_words"]

# A word with hyphens inside ("story-telling"), or a word with a letter outside ASCII ("éngagement"; an emoji or a
# typographic sign is no letter).
_HYPHENATED = regex.compile(r"(?<![\p{L}\p{M}-])[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+(?![\p{L}\p{M}])")
# Anchored at the start of a word, and its ASCII letters taken without backtracking: the same words as
# ``[\p{L}\p{M}]*(?:(?![\x00-\x7F])[\p{L}\p{M}])[\p{L}\p{M}]*`` (a test compares them), without trying every
# position of every plain ASCII word again and again (a third of the time it took).
_NON_ASCII_WORD = regex.compile(r"(?<![\p{L}\p{M}])[A-Za-z]*+(?:(?![\x00-\x7F])[\p{L}\p{M}])[\p{L}\p{M}]*+")
# Words respelled (or not) remembered per respeller: the same words recur in every text of a language.
MEMO_SIZE = 50_000


class Respeller:
    """Respell the words of a text that hide one of ``forms`` (the lexicons' word forms, lower case)."""

    def __init__(self, forms: Iterable[str], real: Iterable[str] = ()) -> None:
        """``real``: words of the languages whose accents are their own (see :func:`real_words`)."""
        self.forms = frozenset(forms)
        self.real = frozenset(real)
        self._memo: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if "-" in text:
            text = _HYPHENATED.sub(self._word, text)
        # Most texts with accents hide no term: their words are looked up, and the text is rewritten only when one
        # of them is respelled (the same words, found by the same pattern).
        memo = self._memo
        if not text.isascii() and any((memo.get(word) or self._respelled(word)) != word
                                      for word in _NON_ASCII_WORD.findall(text)):
            text = _NON_ASCII_WORD.sub(self._word, text)
        return text

    def _word(self, match: regex.Match[str]) -> str:
        return self._respelled(match[0])

    def _respelled(self, word: str) -> str:
        known = self._memo.get(word)
        if known is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            known = self._memo[word] = self.respelled(word)
        return known

    def respelled(self, word: str) -> str:
        """``word`` as the lexicons spell it, or as it is when it hides no term."""
        lower = word.lower()
        if lower in self.forms or lower in self.real:
            return word
        for candidate in dict.fromkeys((lower.replace("-", ""), strip_accents(lower.replace("-", "")))):
            if candidate != lower and candidate in self.forms:
                return candidate
        return word


def real_words(forms: Iterable[str], vocabularies: Iterable[Iterable[str]]) -> list[str]:
    """The words of ``vocabularies`` (lower case) that are not among ``forms`` but whose accent-free spelling is: real
    words a :class:`Respeller` must leave as they are. Sorted, so that the list is the same in every process."""
    known = frozenset(forms)
    return sorted({word for words in vocabularies for word in words
                   if not word.isascii() and word not in known and strip_accents(word) in known})
