"""The signals' speed-ups change no value: each fast path against the plain computation it stands for."""

from __future__ import annotations

import gc
import itertools
from collections import Counter
from fnmatch import fnmatchcase

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account, parse_account
from credscore.signals import canned, engagement
from credscore.signals.cross_posting import MIN_WORDS, _shingles, near_duplicate_clusters, shares_a_core
from credscore.signals.engagement import post_engagement_rates
from credscore.signals.link_only import _media_link, _split, link_hosts, media_pages

# Words of a French and an English post: enough of them that most generated texts share few bigrams (the search's
# early exit), few enough that some share a core.
WORDS = ("nous", "avons", "revu", "la", "page", "de", "paiement", "we", "rewrote", "the", "onboarding", "emails",
         "and", "support", "tickets", "fell", "by", "a", "third", "ce", "mois")


def _clusters_by_brute_force(texts: list[tuple[str, ...]]) -> list[int]:
    """Every pair compared; each text numbered by the first text of its chain of twins."""
    parent = list(range(len(texts)))

    def root(text: int) -> int:
        while parent[text] != text:
            text = parent[text]
        return text

    for a, b in itertools.combinations(range(len(texts)), 2):
        first, second = sorted((_shingles(texts[a]), _shingles(texts[b])), key=len)
        if shares_a_core(len(first & second), len(first), len(second)):
            parent[max(root(a), root(b))] = min(root(a), root(b))
    return [root(text) for text in range(len(texts))]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=MIN_WORDS, max_size=20), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=3))
def test_the_near_duplicate_search_with_its_early_exit_finds_exactly_the_twins(texts, copies):
    # Some texts are a copy of another with a word changed, so that both outcomes (no twin at all: the early exit;
    # twins: the full search) are met. Below the candidate caps the search is exact: it equals the brute force.
    texts = [tuple(words) for words in texts]
    for source, changed in copies:
        if source < len(texts):
            words = list(texts[source])
            words[changed % len(words)] = "autre"
            texts.append(tuple(words))
    texts = list(dict.fromkeys(texts))
    assert near_duplicate_clusters(texts) == _clusters_by_brute_force(texts)


def test_texts_without_a_shared_core_are_each_their_own_cluster_and_a_copy_joins_its_original():
    first = ("nous", "avons", "revu", "la", "page", "de", "paiement", "ce", "mois", "et", "les", "abandons", "ont")
    second = ("we", "rewrote", "the", "onboarding", "emails", "and", "support", "tickets", "fell", "by", "a", "third")
    assert near_duplicate_clusters([first, second]) == [0, 1]
    assert near_duplicate_clusters([first, second, (*second, "today")]) == [0, 1, 1]


def _bag_with_a_counter(words: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    seen: Counter[str] = Counter()
    bag = []
    for word in words:
        bag.append((word, seen[word]))
        seen[word] += 1
    return tuple(bag)


@pytest.mark.parametrize(("words", "expected"), [
    ((), ()),
    (("merci", "merci", "julie"), (("merci", 0), ("merci", 1), ("julie", 0))),
    (("thanks", "for", "following", "thanks"), (("thanks", 0), ("for", 0), ("following", 0), ("thanks", 1))),
])
def test_a_bag_numbers_each_repeat_of_a_word(words, expected):
    assert canned._bag(words) == expected


@given(st.lists(st.sampled_from(WORDS[:4]), max_size=30).map(tuple))
def test_a_bag_is_the_multiset_a_counter_makes(words):
    assert canned._bag(words) == _bag_with_a_counter(words)


PAGES = ["x.com/jo/status/12/photo/1/", "twitter.com/jo/status/9/video/2/", "piaille.fr/system/media_attachments/f/",
         "x.com/jo/status/12/", "example.org/blog/photo/", "/media_attachments/files/1.png/", "",
         "x.com//status//photo//"]


@pytest.mark.parametrize("page", PAGES)
def test_the_media_patterns_in_one_expression_match_what_each_pattern_matches(page):
    assert (media_pages().match(page) is not None) == any(
        fnmatchcase(page, pattern) for pattern in link_hosts().media_patterns)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["x.com", "twitter.com", "/", "status", "photo", "video", "media_attachments", "jo",
                                 "12", ".", "*", "[", "?", "é"]), max_size=12).map("".join))
def test_any_host_and_path_match_the_expression_exactly_when_they_match_a_pattern(page):
    assert (media_pages().match(page) is not None) == any(
        fnmatchcase(page, pattern) for pattern in link_hosts().media_patterns)


@pytest.mark.parametrize(("link", "carries_media", "expected"), [
    ("https://x.com/jo/status/12/photo/1", False, True),  # a pattern
    ("https://mastodon.social/system/media_attachments/files/1.png", False, True),
    ("https://x.com/jo/status/12", False, False),
    ("https://pbs.twimg.com/media/abc.jpg", False, True),  # a media host
    ("https://t.co/abc", True, True),  # a wrapper, on a post with media
    ("https://t.co/abc", False, False),
])
def test_a_media_link_is_found_by_its_host_or_its_page(link, carries_media, expected):
    _media_link.cache_clear()
    _split.cache_clear()
    assert _media_link(link, carries_media) is expected


def _with_counters(likes: list[int]) -> Account:
    return parse_account({"id": "acct-1", "profiles": [{"platform": "instagram", "followers": 10_000}],
                          "posts": [{"platform": "instagram", "text": f"Post {n}", "likes": count}
                                    for n, count in enumerate(likes)]})


def test_an_accounts_engagement_rates_are_counted_once_and_forgotten_with_it():
    account = _with_counters([120, 80, 300])
    first = engagement._counted(account)
    assert engagement._counted(account) is first  # the batch row reads the signal's count
    assert post_engagement_rates(account) == [(0, 0.012), (1, 0.008), (2, 0.03)]
    # An equal account is another account: counted afresh, with its own numbers.
    other = _with_counters([120, 80, 301])
    assert engagement._counted(other)[2] == (2, 301, 10_000)
    key = id(account)
    del account, first
    gc.collect()
    assert key not in engagement._counted_memo
