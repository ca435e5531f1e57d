import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.cross_posting import NEAR_DUPLICATE_JACCARD, _near_duplicate_clusters, _shingles, cross_posting
from tests.conftest import analysed, post

LAUNCH_FR = "Cinq conseils pour construire une communauté autour de votre marque cette année"
MARGIN_FR = "Nous avons revu la page de paiement et les abandons ont nettement baissé ce mois-ci"
HIRING_FR = "Nous recrutons une personne pour le support client à Lyon à partir de septembre"
PRICING_EN = "Why we stopped discounting our annual plan and what it did to renewals over two quarters"
ONBOARDING_EN = "We rewrote the onboarding emails and support tickets from new customers fell by a third"

CASES = [
    # (posts, expected cross_platform_share, expected self_duplicate_share)
    # The same text up to case, punctuation, hashtags, emoji and links is the same post.
    ([post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "twitter"),
      post(LAUNCH_FR.upper() + " !!! #communitymanagement 🚀 https://bit.ly/x", "facebook")],
     2 / 3, 0.0),
    # Near-identical: a prefix added on LinkedIn, a word dropped on the blog.
    ([post(PRICING_EN, "twitter"), post("Blog post: " + PRICING_EN, "linkedin"),
      post(PRICING_EN.removesuffix(" quarters"), "blog"), post(ONBOARDING_EN, "twitter")],
     3 / 4, 0.0),
    # Everything on every platform: the feed is the same everywhere.
    ([post(text, platform) for text in (LAUNCH_FR, MARGIN_FR) for platform in ("twitter", "facebook", "blog")],
     1.0, 0.0),
    # A single platform cannot cross-post; the same text twice there is a self-duplicate.
    ([post(MARGIN_FR, "twitter"), post(HIRING_FR, "twitter"), post(MARGIN_FR, "twitter")], 0.0, 2 / 3),
    # Twice on Twitter and once on Facebook: all three are cross-posted, two are repeated on Twitter.
    ([post(HIRING_FR, "twitter"), post(HIRING_FR, "facebook"), post(HIRING_FR, "twitter"), post(MARGIN_FR, "blog")],
     3 / 4, 2 / 4),
    # Short formulas are neither counted nor compared.
    ([post("Merci à tous !", "twitter"), post("Merci à tous !", "facebook"), post(LAUNCH_FR, "twitter"),
      post(MARGIN_FR, "facebook")], 0.0, 0.0),
    # A repost carries someone else's words: it is not a twin of the account's own post.
    ([post("RT @agence: " + PRICING_EN, "facebook", kind="repost"), post(PRICING_EN, "twitter"),
      post(ONBOARDING_EN, "twitter")], 0.0, 0.0),
    # A clause moved to the front keeps all but two word bigrams: still the same post...
    ([post("the churn of our annual customers fell after the price change last spring", "twitter"),
      post("after the price change last spring the churn of our annual customers fell", "facebook")], 1.0, 0.0),
    # ...but the same words in a scrambled order are not (word bigrams keep the order).
    ([post("the churn of our annual customers fell after the price change last spring", "twitter"),
      post("spring the change our fell after churn customers last of annual the price", "facebook")], 0.0, 0.0),
    # One word changed in a short post is another post, not a near-duplicate.
    ([post("Nouvel article sur le référencement local", "twitter"),
      post("Nouvel article sur le référencement payant", "facebook")], 0.0, 0.0),
]


@pytest.mark.parametrize(("posts", "cross", "repeated"), CASES)
def test_cross_posting_values(posts, cross, repeated):
    result = cross_posting(analysed(posts))
    assert result.measurable
    assert result.values["cross_platform_share"] == pytest.approx(cross)
    assert result.values["self_duplicate_share"] == pytest.approx(repeated)


def test_cross_posting_joins_gradual_edits_transitively():
    # Each version drops one more word: the first and last are too far apart, but it is one post.
    words = PRICING_EN.split()
    posts = [post(" ".join(words[:len(words) - k]), platform) for k, platform in enumerate(("twitter", "linkedin",
                                                                                               "facebook", "blog"))]
    result = cross_posting(analysed(posts))
    assert result.values["cross_platform_share"] == 1.0


def test_cross_posting_evidence_shows_each_post_with_its_twin():
    posts = [post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "twitter"), post(HIRING_FR, "twitter"),
             post(LAUNCH_FR, "facebook"), post(MARGIN_FR, "twitter")]
    result = cross_posting(analysed(posts))
    assert [item.index for item in result.evidence["cross_platform_share"]] == [0, 3]
    assert [item.platform for item in result.evidence["cross_platform_share"]] == ["twitter", "facebook"]
    assert [item.index for item in result.evidence["self_duplicate_share"]] == [1, 4]


def test_cross_posting_evidence_is_capped():
    posts = [post(f"{text} numéro {n}", platform)
             for n, text in enumerate((LAUNCH_FR, MARGIN_FR, HIRING_FR, PRICING_EN))
             for platform in ("twitter", "facebook")]
    result = cross_posting(analysed(posts))
    assert result.values["cross_platform_share"] == 1.0
    assert len(result.evidence["cross_platform_share"]) == 5


@pytest.mark.parametrize("posts", [
    [],
    [post(LAUNCH_FR, "twitter")],
    [post("Merci !", "twitter"), post("Merci !", "facebook")],
    [post(LAUNCH_FR, "twitter"), post("RT @x: " + LAUNCH_FR, "facebook", kind="repost")],
])
def test_cross_posting_not_measurable_without_two_comparable_posts(posts):
    result = cross_posting(analysed(posts))
    assert not result.measurable
    assert result.values == {}
    assert result.note


# A small vocabulary, so that generated posts often are identical or near-identical.
VOCABULARY = ["marge", "client", "vente", "équipe", "projet", "semaine", "offre", "prix"]
PLATFORMS = ["twitter", "facebook", "linkedin"]
generated_posts = st.lists(
    st.tuples(st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=14).map(" ".join),
              st.sampled_from(PLATFORMS), st.sampled_from(["post", "post", "reply", "repost"])),
    min_size=1, max_size=8,
)


@settings(max_examples=30, deadline=None)
@given(generated_posts, st.data())
def test_adding_a_cross_posted_twin_never_lowers_the_cross_platform_share(posts, data):
    documents = [post(text, platform, kind=kind) for text, platform, kind in posts]
    original = documents[data.draw(st.integers(0, len(documents) - 1), label="copied post")]
    elsewhere = data.draw(st.sampled_from([p for p in PLATFORMS if p != original["platform"]]), label="platform")
    twin = {**original, "platform": elsewhere}
    position = data.draw(st.integers(0, len(documents)), label="position")
    # A fixed language: the property is about the signal, not about language identification.
    before = cross_posting(analysed(documents, lang="fr"))
    after = cross_posting(analysed([*documents[:position], twin, *documents[position:]], lang="fr"))
    if before.measurable:
        assert after.measurable
        assert after.values["cross_platform_share"] >= before.values["cross_platform_share"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(VOCABULARY[:5]), min_size=4, max_size=12), min_size=2, max_size=12))
def test_near_duplicate_search_misses_no_pair(texts):
    # Brute force: every pair compared; the prefix-filtered search must join every similar pair.
    clusters = _near_duplicate_clusters(texts)
    for a, b in itertools.combinations(range(len(texts)), 2):
        first, second = _shingles(texts[a]), _shingles(texts[b])
        if len(first & second) >= NEAR_DUPLICATE_JACCARD * len(first | second):
            assert clusters[a] == clusters[b]
