import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.canned import MAX_SINGLE_CANDIDATES, TEMPLATE_SIMILARITY, masked, repeated


def words(text):
    return tuple(text.split())


CASES = [
    # (texts, near_from, expected positions with a twin)
    # Identical word sequences are twins at any length; empty ones never.
    (["merci", "merci", "oui", "", ""], 3, {0, 1}),
    # One name substituted in a three-word thank-you (2 of 3 words in common, in order).
    (["merci beaucoup julie", "merci beaucoup marc", "à demain"], 3, {0, 1}),
    # ... but two words are too few to tell a template from chance.
    (["merci julie", "merci marc"], 3, set()),
    # A greeting, a name and a spun word around the same sentence.
    (["hi anna thanks for following i help coaches land their first clients",
      "hello bob thank you for following i help coaches land their first clients",
      "we should talk about the shelves in the new shop"], 4, {0, 1}),
    # People writing about different things in the same function words.
    (["je ne suis pas accord sur le coût nous avons mesuré inverse chez nous",
      "je suis accord sur le fond mais pas sur le coût"], 3, set()),
    (["i will call you on monday about the warehouse", "i will see you on friday at the fair"], 3, set()),
    # Below near_from only identical texts are twins.
    (["grab your free ebook now", "grab your free guide now"], 6, set()),
    (["grab your free ebook now", "grab your free guide now"], 5, {0, 1}),
]


@pytest.mark.parametrize(("texts", "near_from", "expected"), CASES)
def test_repeated(texts, near_from, expected):
    assert repeated([words(text) for text in texts], near_from) == expected


@pytest.mark.parametrize(("text", "handles", "expected"), [
    ("merci julie pour le follow", ["@Julie_M"], "merci pour le follow"),
    ("thanks julie martin for the follow", ["julie_martin"], "thanks for the follow"),
    # Short words inside a handle are chance; accents do not hide a name.
    ("merci léa pour le follow", ["@leblogdelea"], "merci pour le follow"),
    ("hello there", [None, ""], "hello there"),
])
def test_masked(text, handles, expected):
    assert masked(words(text), handles) == words(expected)


def test_a_template_sent_to_thousands_is_found_in_every_copy():
    names = [f"{first}{k}" for k in range(300) for first in ("anna", "bob", "carla", "dan")]
    texts = [("hey", name, "thanks", "for", "following", "i", "help", "coaches", "grow") for name in names]
    assert repeated(texts, 3) == set(range(len(texts)))


def test_many_different_sentences_have_no_twin():
    texts = [(f"subject{k}", "was", "discussed", f"with{k % 7}", f"client{k}", "on", f"day{k}") for k in range(400)]
    assert repeated(texts, 3) == set()


def _brute_force(texts, near_from):
    found = set()
    for (i, a), (j, b) in itertools.combinations(enumerate(texts), 2):
        if not a or not b:
            continue
        near = min(len(a), len(b)) >= near_from and 2 * _lcs(a, b) >= TEMPLATE_SIMILARITY * (len(a) + len(b))
        if a == b or near:
            found.update((i, j))
    return found


def _lcs(a, b):
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for x, y in itertools.product(range(len(a)), range(len(b))):
        lengths[x + 1][y + 1] = lengths[x][y] + 1 if a[x] == b[y] else max(lengths[x][y + 1], lengths[x + 1][y])
    return lengths[-1][-1]


small_texts = st.lists(st.lists(st.sampled_from("abcdefg"), max_size=7).map(tuple),
                       max_size=MAX_SINGLE_CANDIDATES - 1)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(small_texts, st.integers(1, 5))
def test_repeated_finds_every_pair_in_a_small_history(texts, near_from):
    assert repeated(texts, near_from) == _brute_force(texts, near_from)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(small_texts, st.randoms(use_true_random=False), st.integers(1, 5))
def test_repeated_does_not_depend_on_order(texts, random, near_from):
    order = list(range(len(texts)))
    random.shuffle(order)
    shuffled = [texts[i] for i in order]
    assert {order[k] for k in repeated(shuffled, near_from)} == repeated(texts, near_from)
