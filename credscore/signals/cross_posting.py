"""Identical cross-posting.

"Postent-ils le même contenu sur Facebook, Twitter et leur blog ?" A fake expert pushes one
text everywhere at once, through a tool that posts the same content to a dozen platforms; a
real professional adapts what they say to each platform and to the people who read it there.
The same text posted again and again on one platform (a scheduler's "evergreen" queue) is the
same habit, measured apart.

Two of the account's own posts (reposts carry someone else's words) are *twins* when their
fingerprints (their words, up to hashtags, emoji, links, mentions, numbers, punctuation and
case) are identical, or near-identical: the Jaccard similarity of their sets of word bigrams is
at least :data:`NEAR_DUPLICATE_JACCARD` (a greeting added, a truncated ending). Posts of fewer
than :data:`MIN_WORDS` words are left out altogether, neither counted nor compared: "Merci !"
twice is not cross-posting.

Twins are taken transitively: a post edited a little on each platform is still one post.
Finding them is near-linear in the number of posts: identical fingerprints are bucketed in a
dict; near-identical ones are found among the distinct fingerprints by prefix filtering (each
bigram set is indexed under its few rarest bigrams, and two sets similar enough must share one
of them), and the Jaccard similarity is computed exactly on those candidates only. The search
misses no pair, so adding a post can only add twins: adding a cross-posted copy of a post never
lowers the cross-platform share.

An account that posts on a single platform cannot cross-post: its cross-platform share is 0.0,
not "not measurable", so that its self-duplicates are still measured (counting the platforms is
the job of the ``platform_sprawl`` signal).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from fractions import Fraction

from credscore.nlp.analysis import AnalysedAccount
from credscore.signals.base import (
    EVIDENCE_PER_FEATURE,
    Feature,
    SignalResult,
    not_measurable,
    post_evidence,
    share,
    signal,
)

NAME = "cross_posting"
# Below this many words a repeated text is a formula ("Merci !", "Bonne semaine à tous"), not a copied post.
MIN_WORDS = 4
# Fewer comparable posts than this and no post can have a twin.
MIN_POSTS = 2
# Word bigrams keep the word order: the same words said in another order are not the same post.
SHINGLE_WORDS = 2
# Bigram sets this similar differ by a word or two (a greeting, a truncation): the same post. A fraction: exact bounds.
NEAR_DUPLICATE_JACCARD = Fraction(4, 5)


@signal(NAME, [
    Feature("cross_platform_share", "Share of the account's own posts whose text (or nearly) is also posted on "
            "another platform", "Part des publications dont le texte (ou presque) est aussi publié sur une autre "
            "plateforme"),
    Feature("self_duplicate_share", "Share of the account's own posts whose text (or nearly) is posted again on "
            "the same platform", "Part des publications dont le texte (ou presque) est republié sur la même "
            "plateforme"),
])
def cross_posting(account: AnalysedAccount) -> SignalResult:
    """Share of posts with a (near-)identical twin on another platform, and on the same platform.

    Only the account's own posts of at least :data:`MIN_WORDS` words count. Not measurable with
    fewer than :data:`MIN_POSTS` of them; the cross-platform share is 0.0 on a single platform.
    """
    posts = account.account.posts
    own = [i for i, post in enumerate(posts) if post.kind != "repost" and len(account.posts[i].words) >= MIN_WORDS]
    if len(own) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own of {MIN_WORDS} words or more")

    by_fingerprint: dict[str, list[int]] = {}
    for i in own:
        by_fingerprint.setdefault(account.posts[i].fingerprint, []).append(i)
    cluster_of_text = _near_duplicate_clusters([fingerprint.split() for fingerprint in by_fingerprint])
    clusters: dict[int, list[int]] = {}
    for text, members in enumerate(by_fingerprint.values()):
        clusters.setdefault(cluster_of_text[text], []).extend(members)
    cluster_of = {i: cluster for cluster, members in clusters.items() for i in members}
    platforms = {cluster: Counter(posts[i].platform for i in members) for cluster, members in clusters.items()}

    cross, repeated = [], []
    for i in own:
        counts = platforms[cluster_of[i]]
        if len(counts) > 1:
            cross.append(i)
        if counts[posts[i].platform] > 1:
            repeated.append(i)

    def twin(i: int, same_platform: bool) -> int:
        """The first other post of ``i``'s cluster on the same platform (or on another one)."""
        return min(j for j in clusters[cluster_of[i]]
                   if j != i and (posts[j].platform == posts[i].platform) == same_platform)

    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "cross_platform_share": share(len(cross), len(own)),
            "self_duplicate_share": share(len(repeated), len(own)),
        },
        evidence={
            "cross_platform_share": tuple(post_evidence(account, i) for i in _with_twins(cross, twin, False)),
            "self_duplicate_share": tuple(post_evidence(account, i) for i in _with_twins(repeated, twin, True)),
        },
    )


def _with_twins(flagged: list[int], twin: Callable[[int, bool], int], same_platform: bool) -> list[int]:
    """The first flagged posts, each followed by its twin, so that the evidence shows both copies."""
    shown: dict[int, None] = {}
    for i in flagged:
        if len(shown) >= EVIDENCE_PER_FEATURE:
            break
        shown.setdefault(i)
        shown.setdefault(twin(i, same_platform))
    return list(shown)[:EVIDENCE_PER_FEATURE]


def _shingles(words: list[str]) -> frozenset[tuple[str, ...]]:
    # Tuples of consecutive words, built by zip (in C): this runs on every post of every account.
    return frozenset(zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False))


def _prefix_length(size: int) -> int:
    """How many of a set's rarest bigrams to index: two sets similar enough share one of them."""
    return size - math.ceil(NEAR_DUPLICATE_JACCARD * size) + 1


def _similar(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    # Exact comparisons in integers: Jaccard >= n/d  <=>  common * d >= n * union.
    low, high = NEAR_DUPLICATE_JACCARD.numerator, NEAR_DUPLICATE_JACCARD.denominator
    if min(len(a), len(b)) * high < low * max(len(a), len(b)):
        return False
    common = len(a & b)
    return common * high >= low * (len(a) + len(b) - common)


def _near_duplicate_clusters(texts: list[list[str]]) -> list[int]:
    """A cluster number for each distinct text: texts joined by a chain of near-identical pairs.

    Prefix filtering (the "all pairs" similarity join): the bigrams of every set are ordered
    rarest first (ties by the bigram itself, a global order), and a set is indexed under its
    first :func:`_prefix_length` bigrams only. Two sets with a Jaccard similarity of at least
    :data:`NEAR_DUPLICATE_JACCARD` share one of those, so no pair is missed; ordering by rarity
    keeps the buckets small (common phrases sit at the end of the sets, unindexed); sets too
    small to be similar are skipped (size filtering), and a candidate already in the same
    cluster is not compared again.
    """
    sets = [_shingles(words) for words in texts]
    frequency = Counter(bigram for bigrams in sets for bigram in bigrams)
    parent = list(range(len(sets)))

    def root(text: int) -> int:
        while parent[text] != text:
            parent[text] = parent[parent[text]]
            text = parent[text]
        return text

    # Sets are taken by increasing size, so each bucket lists them by size and the sets too small to be
    # similar to the current one (and to every later one) are skipped for good from the bucket's front.
    index: dict[tuple[str, ...], list[int]] = {}
    too_small: dict[tuple[str, ...], int] = {}
    for current in sorted(range(len(sets)), key=lambda text: len(sets[text])):
        bigrams = sets[current]
        smallest = NEAR_DUPLICATE_JACCARD * len(bigrams)
        prefix = sorted(bigrams, key=lambda bigram: (frequency[bigram], bigram))[:_prefix_length(len(bigrams))]
        candidates: set[int] = set()
        for bigram in prefix:
            bucket = index.setdefault(bigram, [])
            start = too_small.get(bigram, 0)
            while start < len(bucket) and len(sets[bucket[start]]) < smallest:
                start += 1
            too_small[bigram] = start
            candidates.update(bucket[start:])
            bucket.append(current)
        for other in sorted(candidates):
            if root(other) != root(current) and _similar(sets[other], bigrams):
                parent[root(other)] = root(current)
    return [root(text) for text in range(len(sets))]
