"""comment_authenticity skips the words no term begins with: the same words covered as the plain search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.signals.comment_authenticity import _covered, generic_terms, is_generic_comment


def _plain_covered(words: tuple[str, ...], terms: frozenset[tuple[str, ...]], longest: int) -> list[bool]:
    """Every start, every size from the longest down: the first term found there covers its words."""
    covered = [False] * len(words)
    for start in range(len(words)):
        for size in range(min(longest, len(words) - start), 0, -1):
            if words[start:start + size] in terms:
                covered[start:start + size] = [True] * size
                break
    return covered


def _vocabulary() -> list[str]:
    terms = generic_terms()
    return sorted({word for term in terms.praise | terms.promotion for word in term} | {"the", "le", "post", "julie"})


@given(st.lists(st.sampled_from(_vocabulary()), max_size=14).map(tuple))
def test_the_covered_words_are_the_plain_search_s(words):
    terms = generic_terms()
    for found in (terms.praise, terms.promotion):
        assert _covered(words, found, terms.longest) == _plain_covered(words, found, terms.longest)


@pytest.mark.parametrize(("text", "generic"), [
    ("Super article !", True),
    ("Great post, check my profile", True),
    ("Merci pour ce retour sur la marge brute de mars", False),
    ("Thanks, the churn figures for Q3 helped our team", False),
])
def test_generic_comments_in_french_and_english(text, generic):
    assert is_generic_comment(text) is generic
