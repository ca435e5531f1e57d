import itertools
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.cross_posting import (
    MAX_CANDIDATES_PER_SHINGLE,
    MIN_CORE_SHINGLES,
    MIN_WORDS,
    _shingles,
    cross_posting,
    near_duplicate_clusters,
    shares_a_core,
)
from tests.conftest import analysed, post

LAUNCH_FR = "Cinq conseils pour construire une communauté autour de votre marque cette année"
MARGIN_FR = "Nous avons revu la page de paiement et les abandons ont nettement baissé ce mois-ci"
HIRING_FR = "Nous recrutons une personne pour le support client à Lyon à partir de septembre"
PRICING_EN = "Why we stopped discounting our annual plan and what it did to renewals over two quarters"
ONBOARDING_EN = "We rewrote the onboarding emails and support tickets from new customers fell by a third"
JOB_FR = "Poste ouvert en CDI à Lyon, télétravail deux jours par semaine, salaire affiché dans l'annonce"
HABIT_EN = "The one morning habit that doubled my focus and made every client call easier to prepare"

NAN = math.nan

CASES = [
    # (lang, posts, expected cross_platform_share, expected self_duplicate_share)
    # The same text up to case, punctuation, hashtags, emoji and links is the same post.
    ("fr", [post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "twitter"),
            post(LAUNCH_FR.upper() + " !!! #communitymanagement 🚀 https://bit.ly/x", "facebook")], 2 / 3, 0.0),
    # Near-identical: a prefix added on LinkedIn, a word dropped on the blog.
    ("en", [post(PRICING_EN, "twitter"), post("Blog post: " + PRICING_EN, "linkedin"),
            post(PRICING_EN.removesuffix(" quarters"), "blog"), post(ONBOARDING_EN, "twitter")], 3 / 4, 0.0),
    # Everything on every platform: the feed is the same everywhere.
    ("fr", [post(text, platform) for text in (LAUNCH_FR, MARGIN_FR) for platform in ("twitter", "facebook", "blog")],
     1.0, 0.0),
    # A single platform cannot show cross-posting (unmeasured, NaN); the same text twice there is evergreen re-posting.
    ("fr", [post(MARGIN_FR, "twitter"), post(HIRING_FR, "twitter"), post(MARGIN_FR, "twitter")], NAN, 2 / 3),
    # Twice on Twitter and once on Facebook: all three are cross-posted, two are repeated on Twitter.
    ("fr", [post(HIRING_FR, "twitter"), post(HIRING_FR, "facebook"), post(HIRING_FR, "twitter"),
            post(MARGIN_FR, "blog")], 3 / 4, 2 / 4),
    # Short formulas are neither counted nor compared, even five words long.
    ("fr", [post("Merci à tous !", "twitter"), post("Merci à tous !", "facebook"),
            post("Nouvel article sur le blog 👉 https://ex.fr/a", "twitter"),
            post("Nouvel article sur le blog 👉 https://ex.fr/a", "linkedin"),
            post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "facebook")], 0.0, 0.0),
    ("en", [post("Happy Friday everyone, enjoy!", "twitter"), post("Happy Friday everyone, enjoy!", "linkedin"),
            post(PRICING_EN, "twitter"), post(ONBOARDING_EN, "linkedin")], 0.0, 0.0),
    # A repost carries someone else's words: it is not a twin of the account's own post.
    ("en", [post("RT @agence: " + PRICING_EN, "facebook", kind="repost"), post(PRICING_EN, "twitter"),
            post(ONBOARDING_EN, "twitter")], NAN, 0.0),
    # A clause moved to the front keeps most word bigrams: still the same post...
    ("en", [post("the churn of our annual customers fell after the price change last spring", "twitter"),
            post("after the price change last spring the churn of our annual customers fell", "facebook")], 1.0, 0.0),
    # ...but the same words in a scrambled order are not (word bigrams keep the order).
    ("en", [post("the churn of our annual customers fell after the price change last spring", "twitter"),
            post("spring the change our fell after churn customers last of annual the price", "facebook")], 0.0, 0.0),
    # One word changed in a short post is another post, not a near-duplicate.
    ("fr", [post("Nouvel article sur le référencement local pour les commerces", "twitter"),
            post("Nouvel article sur le référencement payant pour les commerces", "facebook")], 0.0, 0.0),
    # Per-platform openers and closers around one text (a scheduler's framing), in French...
    ("fr", [post("Nouveau sur le blog : " + LAUNCH_FR, "blog"), post(LAUNCH_FR + " 👉 lien en bio", "instagram"),
            post(LAUNCH_FR + " via @buffer", "twitter"), post(MARGIN_FR, "twitter")], 3 / 4, 0.0),
    # ...and in English, framed on both sides.
    ("en", [post("New on the blog: " + PRICING_EN + " Link in bio!", "instagram"),
            post("ICYMI " + PRICING_EN + " (via @hootsuite)", "twitter"),
            post(ONBOARDING_EN, "linkedin")], 2 / 3, 0.0),
    # Spintax: one word spun, the opener rotated, rotated hashtags.
    ("fr", [post("Super conseil : " + LAUNCH_FR + " #marketing #growth", "twitter"),
            post("Génial conseil : " + LAUNCH_FR + " #business", "facebook"),
            post("Excellent conseil : " + LAUNCH_FR + " #entrepreneur #succès", "linkedin")], 1.0, 0.0),
    # A few words swapped on the way (synonyms), on the same platform: evergreen re-posting.
    ("en", [post(HABIT_EN, "linkedin"),
            post(HABIT_EN.replace("doubled", "tripled").replace("easier", "simpler"), "linkedin"),
            post(ONBOARDING_EN, "linkedin")], NAN, 2 / 3),
    # A shared signature under long, different posts does not make them one post.
    ("en", [post(PRICING_EN + " Subscribe to our newsletter for a new lesson every week", "linkedin"),
            post(ONBOARDING_EN + " Subscribe to our newsletter for a new lesson every week", "linkedin"),
            post("Subscribe to our newsletter for a new lesson every week", "twitter")], 0.0, 0.0),
    # A reply is not a cross-post: the same answer to different people, on one platform or two.
    ("en", [post("@anna thanks a lot, the full pricing study is on our site with every figure", "twitter",
                 kind="reply"),
            post("@bob thanks a lot, the full pricing study is on our site with every figure", "linkedin",
                 kind="reply"),
            post("@carl thanks a lot, the full pricing study is on our site with every figure", "twitter",
                 kind="comment"),
            post(PRICING_EN, "twitter"), post(ONBOARDING_EN, "linkedin")], 0.0, 0.0),
    ("fr", [post("@anna merci beaucoup, toute l'étude est sur notre site avec les chiffres", "twitter", kind="reply"),
            post("@bob merci beaucoup, toute l'étude est sur notre site avec les chiffres", "twitter", kind="reply"),
            post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "twitter")], NAN, 0.0),
    # Platform names are compared case-insensitively: "Twitter" and "twitter" are one platform.
    ("fr", [post(LAUNCH_FR, "Twitter"), post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "TWITTER ")], NAN, 2 / 3),
    ("en", [post(PRICING_EN, "LinkedIn"), post(PRICING_EN, "Mastodon"), post(ONBOARDING_EN, "linkedin")], 2 / 3, 0.0),
    # A template filled in anew (a job offer, a match day) links each time to another page: another post, not the
    # same one re-posted nor cross-posted...
    ("fr", [post(f"{JOB_FR} https://emplois.exemple.fr/offres/{n}", "linkedin") for n in (11, 12)]
     + [post(f"{JOB_FR} https://emplois.exemple.fr/offres/13", "twitter"), post(MARGIN_FR, "linkedin")], 0.0, 0.0),
    # ...while the same offer (the same page) on two networks is cross-posted, and again on one network re-posted.
    ("fr", [post(f"{JOB_FR} https://emplois.exemple.fr/offres/11", platform) for platform in ("linkedin", "twitter")]
     + [post(f"{JOB_FR} https://www.emplois.exemple.fr/offres/11/", "linkedin"), post(MARGIN_FR, "linkedin")],
     3 / 4, 2 / 4),
    # Through a shortener, where a link points cannot be told (a scheduler makes a new short link for every post):
    # twin texts stay one post.
    ("en", [post(f"{PRICING_EN} https://buff.ly/{code}", "twitter") for code in ("3xYz", "9QwE")]
     + [post(ONBOARDING_EN, "twitter")], NAN, 2 / 3),
]


@pytest.mark.parametrize(("lang", "posts", "cross", "repeated"), CASES)
def test_cross_posting_values(lang, posts, cross, repeated):
    result = cross_posting(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["cross_platform_share"] == pytest.approx(cross, nan_ok=True)
    assert result.values["self_duplicate_share"] == pytest.approx(repeated)


@pytest.mark.parametrize(("common", "shorter", "longer", "expected"), [
    (MIN_CORE_SHINGLES - 1, MIN_CORE_SHINGLES - 1, MIN_CORE_SHINGLES - 1, False),  # identical but a formula
    (MIN_CORE_SHINGLES, MIN_CORE_SHINGLES, MIN_CORE_SHINGLES, True),
    (12, 18, 18, True),  # two thirds of each
    (11, 18, 18, False),
    (12, 12, 24, True),  # the shorter whole, half the longer
    (12, 12, 25, False),  # less than half the longer: a line it quotes
])
def test_shares_a_core_thresholds(common, shorter, longer, expected):
    assert shares_a_core(common, shorter, longer) is expected


def test_cross_posting_joins_gradual_edits_transitively():
    # Each version drops one more word: the first and last are too far apart, but it is one post.
    words = (PRICING_EN + " and " + ONBOARDING_EN).split()
    versions = [words[:len(words) - 6 * k] for k in range(4)]
    first, last = _shingles(versions[0]), _shingles(versions[-1])
    assert not shares_a_core(len(first & last), len(last), len(first))
    posts = [post(" ".join(version), platform)
             for version, platform in zip(versions, ("twitter", "linkedin", "facebook", "blog"), strict=True)]
    result = cross_posting(analysed(posts, lang="en"))
    assert result.values["cross_platform_share"] == 1.0


def test_cross_posting_evidence_shows_each_post_with_its_twin():
    posts = [post(LAUNCH_FR, "twitter"), post(MARGIN_FR, "twitter"), post(HIRING_FR, "twitter"),
             post(LAUNCH_FR, "facebook"), post(MARGIN_FR, "twitter")]
    result = cross_posting(analysed(posts, lang="fr"))
    assert [item.index for item in result.evidence["cross_platform_share"]] == [0, 3]
    assert [item.platform for item in result.evidence["cross_platform_share"]] == ["twitter", "facebook"]
    assert [item.index for item in result.evidence["self_duplicate_share"]] == [1, 4]


def test_cross_posting_evidence_is_capped():
    posts = [post(f"{text} numéro {n}", platform)
             for n, text in enumerate((LAUNCH_FR, MARGIN_FR, HIRING_FR, PRICING_EN))
             for platform in ("twitter", "facebook")]
    result = cross_posting(analysed(posts, lang="fr"))
    assert result.values["cross_platform_share"] == 1.0
    assert len(result.evidence["cross_platform_share"]) == 5


@pytest.mark.parametrize("posts", [
    [],
    [post(LAUNCH_FR, "twitter")],
    [post("Merci beaucoup !", "twitter"), post("Merci beaucoup !", "facebook")],
    [post(LAUNCH_FR, "twitter"), post("RT @x: " + LAUNCH_FR, "facebook", kind="repost")],
    [post(LAUNCH_FR, "twitter"), post("@x " + LAUNCH_FR, "facebook", kind="reply")],
])
def test_cross_posting_not_measurable_without_two_comparable_posts(posts):
    result = cross_posting(analysed(posts, lang="fr"))
    assert not result.measurable
    assert result.values == {}
    assert result.note


# A small vocabulary, so that generated posts often are identical or near-identical.
VOCABULARY = ["marge", "client", "vente", "équipe", "projet", "semaine", "offre", "prix"]
PLATFORMS = ["twitter", "facebook", "linkedin", "Twitter"]
generated_posts = st.lists(
    st.tuples(st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=20).map(" ".join),
              st.sampled_from(PLATFORMS), st.sampled_from(["post", "post", "post", "reply", "repost"])),
    min_size=1, max_size=10,
)


@settings(max_examples=40, deadline=None)
@given(generated_posts, st.data())
def test_adding_a_cross_posted_copy_never_lowers_the_cross_platform_share(posts, data):
    documents = [post(text, platform, kind=kind) for text, platform, kind in posts]
    original = documents[data.draw(st.integers(0, len(documents) - 1), label="copied post")]
    elsewhere = data.draw(st.sampled_from([p for p in PLATFORMS if p.lower() != original["platform"].lower()]),
                          label="platform")
    copy = {**original, "platform": elsewhere}
    position = data.draw(st.integers(0, len(documents)), label="position")
    # A fixed language: the property is about the signal, not about language identification.
    before = cross_posting(analysed(documents, lang="fr"))
    after = cross_posting(analysed([*documents[:position], copy, *documents[position:]], lang="fr"))
    if before.measurable:
        assert after.measurable
        # Unmeasured on one platform (NaN: no evidence either way); once measured, a copy never lowers it.
        if not math.isnan(before.values["cross_platform_share"]):
            assert after.values["cross_platform_share"] >= before.values["cross_platform_share"]


@settings(max_examples=40, deadline=None)
@given(generated_posts, st.randoms(use_true_random=False))
def test_shuffling_the_posts_never_changes_the_values(posts, rng):
    documents = [post(text, platform, kind=kind) for text, platform, kind in posts]
    shuffled = list(documents)
    rng.shuffle(shuffled)
    before = cross_posting(analysed(documents, lang="fr"))
    after = cross_posting(analysed(shuffled, lang="fr"))
    assert before.measurable == after.measurable
    assert before.values == after.values


def _brute_force_pairs(texts):
    for a, b in itertools.combinations(range(len(texts)), 2):
        first, second = sorted((_shingles(texts[a]), _shingles(texts[b])), key=len)
        if shares_a_core(len(first & second), len(first), len(second)):
            yield a, b


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(VOCABULARY[:5]), min_size=MIN_WORDS, max_size=16), min_size=2,
                max_size=MAX_CANDIDATES_PER_SHINGLE))
def test_near_duplicate_search_misses_no_pair_below_the_cap(texts):
    # Brute force: every pair compared. With no more texts than a bucket may hold, the search is exact.
    texts = list(dict.fromkeys(tuple(words) for words in texts))
    clusters = near_duplicate_clusters(texts)
    for a, b in _brute_force_pairs(texts):
        assert clusters[a] == clusters[b]


def test_near_duplicate_search_joins_only_twins():
    # Every cluster of two texts or more is connected by pairs that share a core: nothing is joined by accident.
    rng = random.Random(7)
    texts = list(dict.fromkeys(tuple(rng.choice(VOCABULARY) for _ in range(rng.randint(MIN_WORDS, 14)))
                               for _ in range(300)))
    clusters = near_duplicate_clusters(texts)
    parent = list(range(len(texts)))

    def root(text):
        while parent[text] != text:
            text = parent[text]
        return text

    for a, b in _brute_force_pairs(texts):
        parent[root(a)] = root(b)
    for a, b in itertools.combinations(range(len(texts)), 2):
        if clusters[a] == clusters[b]:
            assert root(a) == root(b)


def test_near_duplicate_search_is_bounded_on_a_low_vocabulary_account():
    # 6,000 distinct texts over eight words: every bigram is common. The search must still finish and join the
    # near-identical texts it meets (a budgeted search, not an exact one), deterministically.
    rng = random.Random(3)
    texts = list(dict.fromkeys(tuple(rng.choice(VOCABULARY) for _ in range(rng.randint(MIN_WORDS, 24)))
                               for _ in range(6_000)))
    assert near_duplicate_clusters(texts) == near_duplicate_clusters(list(texts))
    assert near_duplicate_clusters(texts[:50]) == near_duplicate_clusters(texts[:50])
