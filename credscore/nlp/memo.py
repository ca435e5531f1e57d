"""Bounded memos of what is computed per distinct text, kept across the chunks of a batch.

A batch meets the same texts over and over, often thousands of accounts apart: a cross-post, a DM template,
a greeting, a pod's stock comment. What is computed from a text alone (its pre-pass, its language, its
reading) is kept in a plain dict keyed on the text; once the dict holds more than its size, its oldest half
(in insertion order) is dropped, so that memory stays flat over millions of accounts while the recent texts
stay remembered. A memo only saves work: a text read again gives the same result.
"""

from __future__ import annotations

from itertools import islice
from typing import TypeVar

__all__ = ["bounded"]

K = TypeVar("K")
V = TypeVar("V")


def bounded(memo: dict[K, V], size: int) -> dict[K, V]:
    """``memo`` itself, its oldest entries dropped first when it holds more than ``size``: it keeps ``size // 2``.

    Called before a chunk's texts are looked up, so that a memo holds at most ``size`` plus one chunk's texts.
    """
    if len(memo) > size:
        for key in list(islice(memo, len(memo) - size // 2)):
            # Another thread may have dropped it already.
            memo.pop(key, None)
    return memo
