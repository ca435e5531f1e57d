"""Properties of the whole scorer, checked with hypothesis on generated histories."""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.account import parse_account
from credscore.scoring import Scorer

SENTENCES = [
    "Boostez votre engagement avec notre communauté https://bit.ly/x",
    "Our conversion rate went from 1.8 % to 2.4 % after the new checkout",
    "Great post!",
    "Marge brute à 38 % ce trimestre, le panier moyen monte à 54 €",
    "Personal branding is the new growth hacking #socialmedia",
    "Went hiking with the kids this weekend, the weather was perfect",
    "https://buff.ly/abc",
    "Merci pour le follow ! Découvrez ma formation https://ow.ly/y",
]
PLATFORMS = ["twitter", "facebook", "linkedin", "blog"]

_scorer = None


def scorer() -> Scorer:
    global _scorer
    if _scorer is None:
        _scorer = Scorer()
    return _scorer


posts = st.lists(
    st.builds(lambda text, platform, minute, kind: {
        "platform": platform, "text": text, "kind": kind,
        "created_at": f"2024-03-{1 + minute // 1440:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:00Z"},
        st.sampled_from(SENTENCES), st.sampled_from(PLATFORMS), st.integers(0, 20 * 1440),
        st.sampled_from(["post", "post", "reply", "repost"])),
    min_size=0, max_size=30)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts)
def test_score_in_range_or_insufficient(history):
    verdict = scorer().score(parse_account({"id": "p", "posts": history}))
    if verdict.band == "insufficient_data":
        assert verdict.score is None
    else:
        assert 0 <= verdict.score <= 100 and 0 <= verdict.probability <= 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts, st.randoms(use_true_random=False))
def test_order_of_posts_does_not_change_the_verdict(history, rng: random.Random):
    shuffled = list(history)
    rng.shuffle(shuffled)
    first = scorer().score(parse_account({"id": "p", "posts": history}))
    second = scorer().score(parse_account({"id": "p", "posts": shuffled}))
    assert first.band == second.band
    assert (first.score is None and second.score is None) or abs(first.score - second.score) < 1e-6
