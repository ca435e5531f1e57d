"""Language identification (French or English): function words first, then lingua.

Most posts settle the question by their function words: "vous", "pour", "avec" are French,
"the", "your", "with" English. A text is counted against the words that are stop words in one
language and not in the other (spaCy's own stop-word lists); when one language has at least
:data:`DECISIVE_FUNCTION_WORDS` of them and clearly dominates, that is the text's language. This
is some ten times quicker than a statistical identifier, and on short marketing posts (a title
and a link) more accurate than lingua's quick mode. The other texts go to lingua, a real
statistical identifier.

Short texts ("Super article !", "So true 🙌") are too short to tell apart reliably, so a
text below :data:`MIN_CHARS_PER_TEXT` takes the language of the whole account, which is
identified once on a sample of its texts with lingua's high-accuracy mode. Longer texts
are identified one by one with the faster low-accuracy mode, which is reliable at that length.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex
from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS

__all__ = [
    "DEFAULT_LANGUAGE",
    "MIN_CHARS_PER_TEXT",
    "detect_account_language",
    "detect_languages",
    "function_word_vote",
]

DEFAULT_LANGUAGE = "en"
MIN_CHARS_PER_TEXT = 40
# Enough text to identify an account's language without reading all of a long history.
ACCOUNT_SAMPLE_CHARS = 2000

# A language wins the vote with this many of its function words when the other has none ...
DECISIVE_FUNCTION_WORDS = 2
# ... or with twice as many and this many times the other's.
FUNCTION_WORD_DOMINANCE = 4

_CODES = {Language.FRENCH: "fr", Language.ENGLISH: "en"}
# One-letter words ("a", "y", "à") are left out: they are too often abbreviations or stray letters.
_FUNCTION_WORDS = {
    **{word: "fr" for word in FRENCH_STOP_WORDS - ENGLISH_STOP_WORDS if len(word) > 1},
    **{word: "en" for word in ENGLISH_STOP_WORDS - FRENCH_STOP_WORDS if len(word) > 1},
}
_WORD = regex.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@cache
def _detector(accurate: bool) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*_CODES)
    return builder.build() if accurate else builder.with_low_accuracy_mode().build()


def detect_account_language(texts: Sequence[str]) -> str:
    """The dominant language of an account, from a sample of its texts."""
    sample, size = [], 0
    # Sorted, so that the sample (and so the verdict) does not depend on the order of the posts.
    for text in sorted(texts, key=lambda text: (-len(text), text)):
        if size >= ACCOUNT_SAMPLE_CHARS:
            break
        sample.append(text)
        size += len(text)
    if not size:
        return DEFAULT_LANGUAGE
    joined = "\n".join(sample)
    # Over a sample this long, function words that dominate four to one settle it; lingua otherwise.
    voted = function_word_vote(joined)
    if voted:
        return voted
    found = _detector(True).detect_language_of(joined)
    return _CODES.get(found, DEFAULT_LANGUAGE) if found else DEFAULT_LANGUAGE


def function_word_vote(text: str) -> str | None:
    """The language whose function words clearly dominate ``text``, or None when they do not settle it."""
    votes = {"fr": 0, "en": 0}
    for word in _WORD.findall(text.lower()):
        language = _FUNCTION_WORDS.get(word)
        if language:
            votes[language] += 1
    for language, other in (("fr", "en"), ("en", "fr")):
        mine, theirs = votes[language], votes[other]
        if mine >= DECISIVE_FUNCTION_WORDS and (
                theirs == 0 or (mine >= 2 * DECISIVE_FUNCTION_WORDS and mine >= FUNCTION_WORD_DOMINANCE * theirs)):
            return language
    return None


def detect_languages(texts: Sequence[str], account_language: str,
                     memo: dict[str, str | None] | None = None) -> list[str]:
    """One language code per text; short texts take ``account_language``.

    Give the texts without their links, mentions and hashtags (:func:`credscore.nlp.text.split_text`):
    a URL's letters are noise to an identifier. ``memo`` keeps what was found for each long text,
    to share between the accounts of a batch (a text cross-posted ten times is identified once).
    """
    memo = {} if memo is None else memo
    codes = []
    for text in texts:
        if len(text) < MIN_CHARS_PER_TEXT:
            codes.append(account_language)
            continue
        if text not in memo:
            memo[text] = _identify(text)
        codes.append(memo[text] or account_language)
    return codes


def _identify(text: str) -> str | None:
    voted = function_word_vote(text)
    if voted:
        return voted
    found = _detector(False).detect_language_of(text)
    return _CODES.get(found) if found else None
