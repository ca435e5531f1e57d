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
from credscore.nlp.analysis import AnalysedText, LexiconMatch, hashtag_spelling
from credscore.nlp.lexicons import load_lexicons
from credscore.nlp.pipeline import EXTENSION, default_pipelines
from credscore.resources import data_dir
from credscore.signals import buzzwords as buzzwords_module
from credscore.signals import canned, engagement
from credscore.signals.business_metrics import _mentions, _read_mentions
from credscore.signals.cross_posting import MIN_WORDS, _shingles, _TwinCounts, near_duplicate_clusters, shares_a_core
from credscore.signals.earnings_claims import MONEY, TOKEN, _claims, _holds_money
from credscore.signals.engagement import post_engagement_rates
from credscore.signals.lead_magnets import KEYWORD_START, _keyword_calls, calls_for_a_keyword
from credscore.signals.link_only import _media_link, _split, link_hosts, media_pages
from credscore.signals.self_titles import _has_phrase

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


# --- earnings claims: the money and dream-word filters -----------------------------------------------------------

# Pieces around the filters' edges: signs, currency words inside other words ("leur", "europe", "xusd"), the clue
# words glued to hyphens, apostrophes, letters or digits.
_MONEY_PIECES = ["$", "€", "£", "%", "eur", "euros", "euro", "leur", "heure", "europe", "usd", "xusd", "usda",
                 "dollar", "dollars", "kdollars", "12keuros", "k", "12", " ", "-", "'", "é", "passive", "revenus",
                 "l'argent", "mois", "mois-ci", "six-figure", "figure", "your", "yours", "money", "moneyz", "_money",
                 "9money", "financière", "financières", "quit", "quitte", "\n", "."]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_MONEY_PIECES), max_size=10).map("".join))
def test_the_money_filter_finds_what_the_money_pattern_finds(text):
    assert _holds_money(text) is (MONEY.search(text) is not None)


def _clue_words() -> frozenset[str]:
    """The dream terms' clue words, as the filter reads them (the longest word of each term)."""
    lexicon = load_lexicons(data_dir() / "lexicons")["earnings_claims"]
    return frozenset(max(term.lower().replace("\u2019", "'").split(), key=len) for _, term in lexicon.terms())


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_MONEY_PIECES + sorted(_clue_words())), max_size=8).map("".join))
def test_the_clue_pattern_finds_a_clue_exactly_when_it_is_one_of_the_texts_tokens(text):
    assert (_claims().clues.search(text) is not None) is not _clue_words().isdisjoint(TOKEN.findall(text))


# --- cross-posting: the twin counts of a cluster -----------------------------------------------------------------

def _counted_with_counters(members, platform, targets):
    """Per post of the cluster: (a twin elsewhere, a twin on its platform), with Counters, as first written."""
    posts = Counter(platform[i] for i in members)
    unknown = Counter(platform[i] for i in members if targets[i] is None)
    pointing = Counter((platform[i], target) for i in members for target in targets[i] or ())
    anywhere = Counter(target for i in members for target in targets[i] or ())
    found = {}
    for i in members:
        here, mine = platform[i], targets[i]
        if mine is None:
            found[i] = (posts.total() > posts[here], posts[here] > 1)
        else:
            found[i] = (unknown.total() > unknown[here] or any(anywhere[t] > pointing[here, t] for t in mine),
                        unknown[here] > 0 or any(pointing[here, t] > 1 for t in mine))
    return found


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(["x", "linkedin", "facebook"]),
                          st.none() | st.frozensets(st.sampled_from(["a.fr/1", "a.fr/2", "b.com"]), min_size=1)),
                min_size=2, max_size=8))
def test_a_clusters_twin_counts_in_dicts_are_those_of_counters(posts):
    members = list(range(len(posts)))
    platform = {i: name for i, (name, _) in enumerate(posts)}
    targets = {i: pointed for i, (_, pointed) in enumerate(posts)}
    count = _TwinCounts(members, platform, targets)
    assert {i: (count.elsewhere(i), count.same_platform(i)) for i in members} \
        == _counted_with_counters(members, platform, targets)


# --- business metrics: the tokenizer and matcher called directly ---------------------------------------------------

@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "notre taux de conversion est passé de 1,8 % à 2,4 % en mars"),
    ("fr", "Boostez votre ROI !"),
    ("fr", "5 erreurs qui tuent votre taux de conversion"),
    ("en", "CAC down to €42 after we cut paid social"),
    ("en", "churn at 3.1% and gross margin 62%"),
    ("en", "nothing to measure here"),
])
def test_the_metrics_read_directly_are_those_the_pipeline_gives(lang, sentence):
    doc = default_pipelines()[lang](sentence)
    assert _mentions([(lang, sentence)])[lang, sentence] == list(_read_mentions(doc, doc._.get(EXTENSION)))


# --- buzzwords: the matches sorted out in one pass ------------------------------------------------------------------

def _occurrences_by_lexicon(text: AnalysedText) -> int:
    """The buzzword count as first written: each lexicon's matches listed apart."""
    tags = {hashtag_spelling(match.term) for match in text.terms(buzzwords_module.LEXICON) if match.start < 0}
    ordinary = [(match.start, match.end) for match in text.terms(buzzwords_module.ORDINARY_SENSES) if match.start >= 0]
    marketing = [match for match in text.occurrences(buzzwords_module.LEXICON)
                 if not any(match.start < end and start < match.end for start, end in ordinary)]
    return len(marketing) + sum(tag in tags for tag in text.hashtags)


_MATCHES = st.lists(st.builds(
    LexiconMatch, st.sampled_from([buzzwords_module.LEXICON, buzzwords_module.ORDINARY_SENSES, "business_metrics"]),
    st.sampled_from(["engagement", "growth hacking", "game changer", "game-changer"]),
    st.integers(-1, 6), st.integers(0, 8)), max_size=8).map(tuple)


@settings(max_examples=300)
@given(_MATCHES, st.lists(st.sampled_from(["engagement", "growthhacking", "gamechanger", "paris"]), max_size=3))
def test_buzzwords_counted_in_one_pass_are_those_counted_lexicon_by_lexicon(matches, hashtags):
    # A hashtag's match spans no words (-1, -1), as the analysis gives it.
    matches = tuple(LexiconMatch(m.lexicon, m.term, -1, -1) if m.start < 0 else m for m in matches)
    text = AnalysedText("en", ("we", "build"), 2, (), matches, (), (), tuple(hashtags), 0)
    assert buzzwords_module._occurrences(text) == _occurrences_by_lexicon(text)


# --- self-titles: the phrases looked up by their first word ---------------------------------------------------------

def _has_phrase_everywhere(words: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(words[start:start + len(phrase)] == phrase for start in range(len(words)) for phrase in phrases)


_PHRASE_WORDS = ["chez", "for", "expert", "en", "de", "la", "team", "my"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=8).map(tuple),
       st.frozensets(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=3).map(tuple), max_size=6))
def test_a_phrase_is_found_by_its_first_word_exactly_where_a_walk_over_every_phrase_finds_it(words, phrases):
    assert _has_phrase(words, phrases) is _has_phrase_everywhere(words, phrases)
    assert _has_phrase(" ".join(words), phrases) is _has_phrase_everywhere(words, phrases)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["Comment", "COMMENT", "commente", "Type", "reply", "écris", "GUIDE", "KIT", "OK",
                                 "\u212aIT", "Kommentar", "ſend", "ıt", "İT", "«", "»", "'", "and", "I'll", "send",
                                 "you", "the", "link", "envoie", "!", "\n"]), max_size=12),
       st.sampled_from(["fr", "en"]))
def test_the_keyword_call_filter_answers_as_the_patterns_do(words, lang):
    # The cheap filter (a verb of the calls in the lower-cased text, or a letter case-insensitive matching folds
    # apart) never turns away a text the patterns would read as a call, capital K or Kelvin sign included.
    text = " ".join(words)
    calls = _keyword_calls()["fr" if lang == "fr" else "en"]
    plain = bool(KEYWORD_START.search(text)) and bool(calls.quoted.search(text) or calls.bare.search(text))
    assert calls_for_a_keyword(text, lang) == plain
