"""Language identification (French or English) with lingua, a real statistical identifier.

Short texts ("Super article !", "So true 🙌") are too short to tell apart reliably, so a
text below :data:`MIN_CHARS_PER_TEXT` takes the language of the whole account, which is
identified once on a sample of its texts with lingua's high-accuracy mode. Longer texts
are identified one by one with the faster low-accuracy mode, which is reliable at that length.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["DEFAULT_LANGUAGE", "MIN_CHARS_PER_TEXT", "detect_account_language", "detect_languages"]

DEFAULT_LANGUAGE = "en"
MIN_CHARS_PER_TEXT = 40
# Enough text to identify an account's language without reading all of a long history.
ACCOUNT_SAMPLE_CHARS = 2000

_CODES = {Language.FRENCH: "fr", Language.ENGLISH: "en"}


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
    found = _detector(True).detect_language_of("\n".join(sample)) if size else None
    return _CODES.get(found, DEFAULT_LANGUAGE) if found else DEFAULT_LANGUAGE


def detect_languages(texts: Sequence[str], account_language: str) -> list[str]:
    """One language code per text; short texts take ``account_language``."""
    detector = _detector(False)
    codes = []
    for text in texts:
        if len(text) < MIN_CHARS_PER_TEXT:
            codes.append(account_language)
            continue
        found = detector.detect_language_of(text)
        codes.append(_CODES.get(found, account_language) if found else account_language)
    return codes
