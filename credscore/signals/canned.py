"""Canned texts: one reply or message sent to many, up to the name, the greeting and a spun word.

Shared by :mod:`credscore.signals.conversation` (canned replies) and :mod:`credscore.signals.auto_dms`
(templated direct messages); it registers no signal of its own.

A tool that writes to many people fills a template: "Merci {prénom} pour ton retour !", "{Hi|Hello|Hey}
{name}, {thanks|merci} for following! …". What survives of the template is its word sequence: links,
mentions, numbers, emoji and punctuation are already gone from a text's words, and the words that spell
the addressee's handle are masked (:func:`masked`). Two texts are then *twins* when

- their words are identical, or
- both have at least ``near_from`` words and their longest common word subsequence covers at least
  :data:`TEMPLATE_SIMILARITY` of their words (``2 * LCS / (len(a) + len(b))``, the Indel similarity of
  the maintained ``rapidfuzz`` library, computed on word sequences). One name substituted in a short
  template, or a greeting and a spun word in a long one, keep them above it; two people writing about
  different things in the same few function words stay below.

Finding near twins is near-linear in practice: the distinct word sequences are taken by increasing
length, each is indexed under the rarest of its words (counted with repetition), enough of them that
two sequences similar enough always share one (the common-words bound of the LCS: prefix filtering
for a Jaccard similarity of ``τ / (2 - τ)``), and only sequences sharing an indexed word are compared.
Per indexed word, only the latest :data:`MAX_REPEATED_CANDIDATES` sequences already known to have a twin
and :data:`MAX_SINGLE_CANDIDATES` others stay comparable: a template sent to thousands is compared a few
times per copy, not with every other copy, and a common word does not make every text a candidate (texts
alike share rarer words too). The search can thus miss a rare pair, never invent one. The result depends
on the set of distinct texts only, never on their order: the same text sent once more makes it and its copy
twins, and changes nothing for any other text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import lru_cache

from rapidfuzz.distance import LCSseq

from credscore.nlp.lexicons import strip_accents

__all__ = ["MAX_COMPARED_WORDS", "TEMPLATE_SIMILARITY", "masked", "normalise_handle", "repeated"]

# Share of their words two texts must keep in common, in order, to be one template: one word in three (a name
# in "merci beaucoup Julie"), or a greeting and a spun word in a 15-word message. A fraction: exact bounds.
TEMPLATE_SIMILARITY = Fraction(2, 3)
# Two texts that agree on this many words are the same template; the cap keeps each comparison cheap.
MAX_COMPARED_WORDS = 40
# Texts already known to have a twin that stay comparable per indexed word: enough to catch another copy of
# a template (copies are alike), few enough that a template sent to thousands costs a few comparisons a copy.
MAX_REPEATED_CANDIDATES = 8
# Texts without a twin yet that stay comparable per indexed word: a word shared by more texts than this is a
# common word ("the", "merci"), and the texts that share it and are alike share rarer words too.
MAX_SINGLE_CANDIDATES = 16
# A word this short inside a handle is chance ("le" in "leblogdemarc"), not the addressee's name.
MIN_NAME_CHARS = 3
# The Jaccard similarity of word multisets implied by TEMPLATE_SIMILARITY (LCS <= common words): the filter bound.
_JACCARD = TEMPLATE_SIMILARITY / (2 - TEMPLATE_SIMILARITY)


def normalise_handle(handle: str | None) -> str:
    """A handle as every source writes it: lower case, without the leading '@' (``@Julie`` -> ``julie``)."""
    return (handle or "").strip().lstrip("@").lower()


def masked(words: Sequence[str], handles: Iterable[str | None]) -> tuple[str, ...]:
    """``words`` without those that spell part of one of ``handles`` (the name a tool fills in)."""
    users = [user for handle in handles if (user := _user(handle))]
    if not users:
        return tuple(words)
    if len(users) == 1:  # a message's counterpart, a reply's addressee: one name to look for
        user = users[0]
        return tuple(word for word in words if len(word) < MIN_NAME_CHARS or _folded(word) not in user)
    kept = []
    for word in words:
        if len(word) >= MIN_NAME_CHARS:
            folded = _folded(word)
            if any(folded in user for user in users):
                continue
        kept.append(word)
    return tuple(kept)


# Handles and words folded once each: the same counterparts and words recur in every message of a batch.
FOLDED_MEMO_SIZE = 65_536


@lru_cache(maxsize=FOLDED_MEMO_SIZE)
def _user(handle: str | None) -> str:
    """The user part of a handle, without accents (``@Zoé@piaille.fr`` -> ``zoe``)."""
    return strip_accents(normalise_handle(handle).split("@")[0])


@lru_cache(maxsize=FOLDED_MEMO_SIZE)
def _folded(word: str) -> str:
    # Plain ASCII has no accent to strip (its NFKD form is itself).
    return word if word.isascii() else strip_accents(word)


def repeated(texts: Sequence[Sequence[str]], near_from: int) -> set[int]:
    """The positions in ``texts`` (word sequences) of those that have a twin among the others.

    Empty sequences are never twins. Identical sequences are twins whatever their length; near-identical
    ones only when both have at least ``near_from`` words. Only the first :data:`MAX_COMPARED_WORDS` words count.
    """
    by_words: dict[tuple[str, ...], list[int]] = {}
    for i, words in enumerate(texts):
        if words:
            by_words.setdefault(tuple(words[:MAX_COMPARED_WORDS]), []).append(i)
    twins = {i for members in by_words.values() if len(members) > 1 for i in members}
    near = [words for words in by_words if len(words) >= max(near_from, 1)]
    for words in _near_twins(near):
        twins.update(by_words[words])
    return twins


def _near_twins(texts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The distinct word sequences among ``texts`` that have a near twin (see the module docstring)."""
    texts = sorted(texts, key=lambda words: (len(words), words))
    # Words counted with repetition ("merci merci" holds ("merci", 0) and ("merci", 1)): LCS <= common multiset.
    bags = [_bag(words) for words in texts]
    frequency = Counter(item for bag in bags for item in bag)
    flagged = [False] * len(texts)
    index: dict[tuple[str, int], list[int]] = {}
    # The Jaccard bound in integers: Fraction arithmetic, once per candidate, costs more than the comparison itself.
    numerator, denominator = _JACCARD.numerator, _JACCARD.denominator
    for current, bag in enumerate(bags):
        size = len(bag)
        smallest = numerator * size  # a candidate needs len * denominator >= _JACCARD * size * denominator
        # An item of this text alone comes first in its prefix (it is the rarest), and its bucket holds this text
        # only, which no other text reads: only the shared items of the prefix are looked at (the same buckets,
        # candidates and comparisons). A text that shares no word (most) has nothing to look at.
        shared = [item for item in bag if frequency[item] > 1]
        if not shared:
            continue
        prefix = sorted(shared, key=lambda item: (frequency[item], item))[
            :max(0, size - -(-smallest // denominator) + 1 - (size - len(shared)))]
        candidates: set[int] = set()
        for item in prefix:
            bucket = index.setdefault(item, [])
            kept, repeated_kept, single_kept = [], 0, 0
            # Newest first: the longest texts so far, the likeliest to stay long enough for the texts to come.
            for other in reversed(bucket):
                # Texts are taken by increasing length: one too short for this text is too short for every later one.
                if len(bags[other]) * denominator < smallest:
                    break
                if flagged[other]:
                    if repeated_kept >= MAX_REPEATED_CANDIDATES:
                        continue
                    repeated_kept += 1
                else:
                    if single_kept >= MAX_SINGLE_CANDIDATES:
                        continue
                    single_kept += 1
                kept.append(other)
            kept.reverse()
            bucket[:] = kept
            candidates.update(kept)
            bucket.append(current)
        for other in sorted(candidates):
            if flagged[other] and flagged[current]:
                continue
            if _similar(texts[other], texts[current]):
                flagged[other] = flagged[current] = True
    return [words for words, twin in zip(texts, flagged, strict=True) if twin]


def _bag(words: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """The words as a multiset: the k-th "merci" of a text is ("merci", k)."""
    # A plain dict: a Counter's missing key goes through a Python method, once per word of every text compared.
    seen: dict[str, int] = {}
    bag = []
    for word in words:
        count = seen.get(word, 0)
        bag.append((word, count))
        seen[word] = count + 1
    return tuple(bag)


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    # Exact comparison in integers: 2 * LCS / (len(a) + len(b)) >= n / d.
    common = LCSseq.similarity(a, b)
    return 2 * common * TEMPLATE_SIMILARITY.denominator >= TEMPLATE_SIMILARITY.numerator * (len(a) + len(b))
