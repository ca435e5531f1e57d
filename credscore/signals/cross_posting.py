"""Identical cross-posting, and evergreen re-posting of one's own texts.

"Postent-ils le même contenu sur Facebook, Twitter et leur blog ?" A fake expert pushes one
text everywhere at once, through a tool that posts the same content to a dozen platforms; a
real professional adapts what they say to each platform and to the people who read it there.
The same text posted again and again on one platform (a scheduler's "evergreen" queue) is the
same habit of recycling instead of saying something new: both shares count towards fake.

Only the account's own posts count: a repost carries someone else's words, and a reply or a
comment is said to someone (the same answer to two people is not one text pushed to two
platforms). Platform names are compared case-insensitively ("Twitter" is "twitter").

Two posts are *twins* when their fingerprints (their words, up to hashtags, emoji, links,
mentions, numbers, punctuation and case) are identical, or when they share a *core*: a
scheduler frames one text differently on each platform ("Nouveau sur le blog : …", "… 👉 lien
en bio", "… via @buffer"), spintax swaps a word or two ("{Super|Génial} conseil : …"), and
hashtags rotate. On sets of word bigrams (which keep the word order), a shorter post A and a
longer post B share a core when their common bigrams

- number at least :data:`MIN_CORE_SHINGLES` (a core of a few words is a formula, not a text),
- cover at least :data:`CORE_OF_SHORTER` of A (A is B's text up to its framing or a few spun
  words), and
- cover at least :data:`CORE_OF_LONGER` of B (a signature shared by long, different posts does
  not make them one post).

Twins are one post only where their links allow it: a template filled in anew (a job offer, a match day, an
event) points each time to another page, and is another post, neither cross-posted nor re-posted; twins without
links, or with a link through a URL shortener (whose target cannot be told), are one post.

Posts of fewer than :data:`MIN_WORDS` words are left out altogether, neither counted nor
compared: "Merci à tous !" or "Nouvel article sur le blog" twice is a formula, not cross-posting.
Twins are taken transitively: a post edited a little on each platform is still one post.

Cost is bounded whatever the text. Identical fingerprints are bucketed in a dict. Near-identical
ones are found by prefix filtering: bigrams are ranked rarest first, each distinct text is
indexed under the first third or so of its bigrams and probes the index with the first half or
so (two texts sharing a core must meet there), and the similarity is checked exactly, in
integers, on those candidates only. On ordinary text the buckets are tiny and the search misses
no pair; on text with a very small vocabulary every bigram is common and the buckets grow with
the account, so a probe reads the :data:`MAX_CANDIDATES_PER_SHINGLE` texts indexed last in a
bucket (the closest in size), and a text is compared with :data:`MAX_CANDIDATES_PER_TEXT`
candidates at most: the search stays linear (a 50,000-post account in about three seconds, see
``benchmarks/worst_case.py``) at the price of possibly missing a pair among texts that are all
alike. The order of the work depends on the texts, never on the order
of the posts, so shuffling the posts never changes a value; adding an identical copy of a post
adds no distinct text, so it can only add twins: it never lowers the cross-platform share.

An account whose own posts are all on a single platform cannot be seen cross-posting: its
cross-platform share is ``NaN`` (unmeasured: it counts neither way, as an unmeasured feature does),
while its self-duplicates are still measured. A 0.0 there would read as "never pushes one text
everywhere", evidence towards genuine that one platform's history cannot give.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from functools import lru_cache

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

__all__ = ["comparable", "cross_posting", "near_duplicate_clusters", "platform_key", "pushed_twin_clusters",
           "shares_a_core", "twin_clusters"]

NAME = "cross_posting"
# Up to five words a repeated text is a formula ("Merci pour le partage !", "Nouvel article sur le blog"),
# not a copied post.
MIN_WORDS = 6
# Fewer comparable posts than this and no post can have a twin.
MIN_POSTS = 2
# Only posts are pushed to an audience; replies and comments answer someone, reposts carry others' words.
PUSHED_KINDS = frozenset({"post"})
# Shingles are word bigrams (see _shingles): they keep the word order, so the same words said in another order are
# not the same post.
# A shared core of at least this many bigrams (about nine words): shorter common runs are formulas ("Nouvel
# article sur le blog", "Thanks for sharing, great post"), and one word changed in a short post makes another post.
MIN_CORE_SHINGLES = 8
# The core is at least two thirds of the shorter post: what is left is a platform's framing or a few spun words
# (each swapped word breaks two bigrams). Fractions: the thresholds are compared exactly, in integers.
CORE_OF_SHORTER = Fraction(2, 3)
# ...and at least half of the longer one: a long post is not a copy of a line it merely quotes or ends with.
CORE_OF_LONGER = Fraction(1, 2)
# Beyond this many texts indexed under one bigram, the bigram is common in this account's low vocabulary: a probe
# looks at the texts indexed last (the closest in size) only, so that no input costs quadratic time.
MAX_CANDIDATES_PER_SHINGLE = 8
# ...and compares a text with this many candidates at most, found under its rarest bigrams first. Far more than
# the look-alikes of a text in ordinary writing; what bounds the work at a few comparisons per post.
MAX_CANDIDATES_PER_TEXT = 16


@signal(NAME, [
    Feature("cross_platform_share", "Share of the account's own posts whose text (or nearly) is also posted on "
            "another platform", "Part des publications dont le texte (ou presque) est aussi publié sur une autre "
            "plateforme",
            towards="fake", family="broadcasting"),
    Feature("self_duplicate_share", "Share of the account's own posts whose text (or nearly) is posted again on "
            "the same platform (evergreen re-posting)", "Part des publications dont le texte (ou presque) est "
            "republié sur la même plateforme (republication en boucle)",
            towards="fake", family="broadcasting"),
])
def cross_posting(account: AnalysedAccount) -> SignalResult:
    """Share of posts with a (near-)identical twin on another platform, and on the same platform.

    Both count towards fake: pushing one text to every platform, and re-posting one's own texts on
    the same platform (evergreen recycling). Only the account's own posts (no replies, comments or
    reposts) of at least :data:`MIN_WORDS` words count. Not measurable with fewer than
    :data:`MIN_POSTS` of them; the cross-platform share is unmeasured (``NaN``) on a single platform.
    """
    posts = account.account.posts
    cluster_of = pushed_twin_clusters(account)
    own = list(cluster_of)
    if len(own) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own of {MIN_WORDS} words or more")

    platform = {i: platform_key(posts[i].platform) for i in own}
    clusters: dict[int, list[int]] = {}
    for i in own:
        clusters.setdefault(cluster_of[i], []).append(i)
    # Only clusters of two posts or more hold twins (most clusters are one post).
    twinned = [members for members in clusters.values() if len(members) > 1]
    from credscore.signals.link_only import link_target  # link_only reads platform names from here

    targets = {i: _targets(account, i, link_target) for members in twinned for i in members}
    cross, repeated = [], []
    for members in twinned:
        count = _TwinCounts(members, platform, targets)
        for i in members:
            if count.elsewhere(i):
                cross.append(i)
            if count.same_platform(i):
                repeated.append(i)
    cross.sort()
    repeated.sort()

    def twin(i: int, same_platform: bool) -> int:
        """The first other post of ``i``'s cluster on the same platform (or on another one) that it may be."""
        return min(j for j in clusters[cluster_of[i]] if j != i and (platform[j] == platform[i]) == same_platform
                   and _same_target(targets[i], targets[j]))

    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "cross_platform_share": share(len(cross), len(own)) if len(set(platform.values())) > 1 else math.nan,
            "self_duplicate_share": share(len(repeated), len(own)),
        },
        evidence={
            "cross_platform_share": tuple(post_evidence(account, i) for i in _with_twins(cross, twin, False)),
            "self_duplicate_share": tuple(post_evidence(account, i) for i in _with_twins(repeated, twin, True)),
        },
    )


def _targets(account: AnalysedAccount, index: int, link_target: Callable[[str], str | None]
             ) -> frozenset[str] | None:
    """Where the post's links point (by ``link_target``), or ``None`` when it has none or one whose target cannot be
    told (a shortener)."""
    post = account.account.posts[index]
    found = set()
    for link in (post.links if post.links is not None else account.posts[index].links) or ():
        target = link_target(link)
        if target is None:
            return None
        found.add(target)
    return frozenset(found) or None


def _same_target(first: frozenset[str] | None, second: frozenset[str] | None) -> bool:
    """Whether two twin texts may be one post: a template filled in anew (a job offer, a match day, an event) links
    each time to another page, and is another post; without links to compare, twins are one post."""
    return first is None or second is None or not first.isdisjoint(second)


class _TwinCounts:
    """Within a cluster of twins, whether a post has a twin that may be the same post, on its platform or on
    another, counted once per cluster (a cluster may hold thousands of copies)."""

    def __init__(self, members: list[int], platform: dict[int, str], targets: dict[int, frozenset[str] | None]):
        self._platform, self._targets = platform, targets
        # Counts in plain dicts, filled in one pass (most clusters are two or three posts: four Counters built per
        # cluster cost more than the counting); a missing key counts 0.
        posts: dict[str, int] = {}
        unknown: dict[str, int] = {}
        pointing: dict[tuple[str, str], int] = {}
        pointing_anywhere: dict[str, int] = {}
        for i in members:
            here, mine = platform[i], targets[i]
            posts[here] = posts.get(here, 0) + 1
            if mine is None:
                unknown[here] = unknown.get(here, 0) + 1
            else:
                for target in mine:
                    pointing[here, target] = pointing.get((here, target), 0) + 1
                    pointing_anywhere[target] = pointing_anywhere.get(target, 0) + 1
        self._posts, self._unknown = posts, unknown
        self._pointing, self._pointing_anywhere = pointing, pointing_anywhere
        self._all_posts, self._all_unknown = len(members), sum(unknown.values())

    def same_platform(self, i: int) -> bool:
        here, mine = self._platform[i], self._targets[i]
        if mine is None:
            return self._posts.get(here, 0) > 1
        return self._unknown.get(here, 0) > 0 or any(self._pointing.get((here, target), 0) > 1 for target in mine)

    def elsewhere(self, i: int) -> bool:
        here, mine = self._platform[i], self._targets[i]
        if mine is None:
            return self._all_posts > self._posts.get(here, 0)
        return (self._all_unknown > self._unknown.get(here, 0)
                or any(self._pointing_anywhere.get(target, 0) > self._pointing.get((here, target), 0)
                       for target in mine))


# Platform names as written, each compared form made once: a history names a handful of platforms, read for every
# post by several signals.
PLATFORM_NAMES_REMEMBERED = 1024


@lru_cache(maxsize=PLATFORM_NAMES_REMEMBERED)
def platform_key(name: str) -> str:
    """A platform name as compared: "Twitter " and "twitter" are one platform."""
    return name.strip().lower()


def comparable(account: AnalysedAccount, index: int) -> bool:
    """Whether a post is compared at all: a post of the account's own (not a reply, comment or repost) of at
    least :data:`MIN_WORDS` words."""
    return account.account.posts[index].kind in PUSHED_KINDS and len(account.posts[index].words) >= MIN_WORDS


# The last account's clusters: ``automation_cadence`` asks for the same ones right after this signal.
_last_clusters: tuple[AnalysedAccount, dict[int, int]] | None = None


def pushed_twin_clusters(account: AnalysedAccount) -> dict[int, int]:
    """The cluster of each :func:`comparable` post of the account, in the order of the posts.

    Kept for the last account only (by identity, so an equal but distinct account is recomputed):
    the two signals that need them share one search. Per process; two threads racing on it only
    compute the clusters twice.
    """
    global _last_clusters
    last = _last_clusters
    if last is not None and last[0] is account:
        return last[1]
    # comparable(), inlined: this runs for every post of every account.
    clusters = twin_clusters(account, [i for i, (post, text) in enumerate(zip(account.account.posts, account.posts,
                                                                             strict=True))
                                       if post.kind in PUSHED_KINDS and len(text.words) >= MIN_WORDS])
    _last_clusters = (account, clusters)
    return clusters


def twin_clusters(account: AnalysedAccount, indexes: Iterable[int]) -> dict[int, int]:
    """A cluster number for each post of ``indexes``: posts joined by a chain of twins share one.

    The caller chooses the posts (their kinds and lengths); the numbers depend on the texts only.
    """
    # Posts with the same words have the same fingerprint (its words joined by spaces), and the other way round:
    # grouped by their words, which the search reads, rather than by the fingerprint joined and split again.
    by_words: dict[tuple[str, ...], list[int]] = {}
    for i in indexes:
        by_words.setdefault(account.posts[i].words, []).append(i)
    cluster_of_text = near_duplicate_clusters(list(by_words))
    cluster_of = {i: cluster_of_text[text] for text, members in enumerate(by_words.values()) for i in members}
    return {i: cluster_of[i] for i in sorted(cluster_of)}


def _with_twins(flagged: list[int], twin: Callable[[int, bool], int], same_platform: bool) -> list[int]:
    """The first flagged posts, each followed by its twin, so that the evidence shows both copies."""
    shown: dict[int, None] = {}
    for i in flagged:
        if len(shown) >= EVIDENCE_PER_FEATURE:
            break
        shown.setdefault(i)
        shown.setdefault(twin(i, same_platform))
    return list(shown)[:EVIDENCE_PER_FEATURE]


def _shingles(words: Sequence[str]) -> set[str]:
    # Each two consecutive words joined by a space: strings cache their hash, tuples do not.
    return {f"{first} {second}" for first, second in itertools.pairwise(words)}


def shares_a_core(common: int, shorter: int, longer: int) -> bool:
    """Whether two bigram sets of sizes ``shorter`` <= ``longer`` with ``common`` bigrams in common share a core."""
    return (common >= MIN_CORE_SHINGLES
            and common * CORE_OF_SHORTER.denominator >= CORE_OF_SHORTER.numerator * shorter
            and common * CORE_OF_LONGER.denominator >= CORE_OF_LONGER.numerator * longer)


def _prefix_length(size: int) -> int:
    """How many of a set's rarest bigrams to index: its size, less the fewest it shares as the shorter twin, plus 1."""
    return size - max(MIN_CORE_SHINGLES, _ceil(CORE_OF_SHORTER, size)) + 1


def _probe_length(size: int) -> int:
    """How many of its rarest bigrams a set probes with: its size, less the fewest it shares as the longer twin, + 1."""
    return size - max(MIN_CORE_SHINGLES, _ceil(CORE_OF_LONGER, size)) + 1


def _ceil(fraction: Fraction, size: int) -> int:
    """``ceil(fraction * size)`` in integers (Fraction arithmetic is slow, and this runs for every text)."""
    return -(-fraction.numerator * size // fraction.denominator)


def near_duplicate_clusters(texts: Sequence[Sequence[str]]) -> list[int]:
    """A cluster number for each distinct text (a list of words): texts joined by a chain of twins.

    Prefix filtering (the "all pairs" similarity join, here for containment): bigrams get a global
    order, rarest first (ties by the bigram itself). Two sets with ``c`` bigrams in common meet in
    their first ``size - c + 1`` bigrams (the rarest common bigram is there in both); a shorter text
    shares at least :func:`_prefix_length`'s bound with a twin and a longer one
    :func:`_probe_length`'s, so every text, taken by increasing size, probes the index with its
    first :func:`_probe_length` bigrams, then is indexed under its first :func:`_prefix_length`.
    Texts too small to hold half of the current one are skipped for good from the front of each
    bucket (size filtering); a candidate already in the same cluster is not joined again. The
    probes are bounded by :data:`MAX_CANDIDATES_PER_SHINGLE` and :data:`MAX_CANDIDATES_PER_TEXT`
    (see the module docstring). Numbers are the smallest text number of each cluster.
    """
    words_of = [tuple(words) for words in texts]
    string_sets = [_shingles(words) for words in words_of]
    frequency = Counter(itertools.chain.from_iterable(string_sets))
    # Twins have MIN_CORE_SHINGLES bigrams in common, each held by two texts at least: when no text has that many
    # such bigrams (most accounts, which repeat no post), no text has a twin, and the search has nothing to find.
    shared = {bigram for bigram, count in frequency.items() if count > 1}
    if not any(len(bigrams) >= MIN_CORE_SHINGLES and len(shared.intersection(bigrams)) >= MIN_CORE_SHINGLES
               for bigrams in string_sets):
        return list(range(len(string_sets)))
    # Bigram ids in the global order: rarest first, ties by the bigram, so that a prefix is the smallest ids. Only the
    # shared bigrams get one: a bigram of one text alone comes first in its prefix (it is the rarest), finds no other
    # text under it when probed and is probed by none when indexed, and is in no two texts' common part. So each
    # text keeps its shared bigrams only, and its size; its prefixes lose their leading unique bigrams, whose
    # buckets no other text reads: the same candidates, in the same order, the same comparisons.
    rank = {bigram: n for n, (_, bigram) in enumerate(sorted((frequency[bigram], bigram) for bigram in shared))}
    sizes = [len(bigrams) for bigrams in string_sets]
    sets = [frozenset(map(rank.__getitem__, shared.intersection(bigrams))) for bigrams in string_sets]
    parent = list(range(len(sets)))

    def root(text: int) -> int:
        while parent[text] != text:
            parent[text] = parent[parent[text]]
            text = parent[text]
        return text

    index: dict[int, list[int]] = {}
    too_small: dict[int, int] = {}
    low, high = CORE_OF_SHORTER.numerator, CORE_OF_SHORTER.denominator
    # By size, then by the words: an order of the texts themselves, never of the posts.
    for current in sorted(range(len(sets)), key=lambda text: (sizes[text], words_of[text])):
        bigrams = sets[current]
        size = sizes[current]
        if size < MIN_CORE_SHINGLES:
            continue
        ordered = sorted(bigrams)
        unique = size - len(bigrams)  # the text's bigrams held by no other text, first in each of its prefixes
        smallest = max(MIN_CORE_SHINGLES, _ceil(CORE_OF_LONGER, size))  # the fewest bigrams in common
        # Rarest bigrams first, the texts indexed last (closest in size) first in each bucket, within the budget.
        candidates: dict[int, None] = {}
        for bigram in ordered[:max(0, _probe_length(size) - unique)]:
            bucket = index.get(bigram)
            if not bucket:
                continue
            start = too_small.get(bigram, 0)
            while start < len(bucket) and sizes[bucket[start]] < smallest:
                start += 1
            too_small[bigram] = start
            candidates.update(dict.fromkeys(reversed(bucket[max(start, len(bucket) - MAX_CANDIDATES_PER_SHINGLE):])))
            if len(candidates) >= MAX_CANDIDATES_PER_TEXT:
                break
        for bigram in ordered[:max(0, _prefix_length(size) - unique)]:
            index.setdefault(bigram, []).append(current)
        mine = root(current)
        for other in itertools.islice(candidates, MAX_CANDIDATES_PER_TEXT):
            # Texts come by increasing size: ``other`` is the shorter one, and holds half of ``current`` at least.
            common = len(sets[other] & bigrams)
            if common >= MIN_CORE_SHINGLES and common * high >= low * sizes[other] and common >= smallest:
                theirs = root(other)
                if theirs != mine:
                    parent[theirs] = mine
    roots = [root(text) for text in range(len(sets))]
    first: dict[int, int] = {}
    for text, cluster in enumerate(roots):
        first.setdefault(cluster, text)
    return [first[cluster] for cluster in roots]
