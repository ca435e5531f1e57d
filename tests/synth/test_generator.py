"""The corpus generator: determinism, validity, labels, languages, families, history shapes, habits."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import re
import statistics
from collections import Counter, defaultdict
from datetime import datetime

import pytest

from credscore.account import parse_account
from credscore.nlp.language import detect_account_language, detect_languages
from credscore.reader import iter_records
from credscore.synth import ARCHETYPES, families, generate_accounts, write_corpus
from credscore.synth.noise import FLIP_RATE

HARD_GENUINE = ("news_outlet", "own_work_sharer", "welcome_shop", "announcement_copier", "scheduled_association",
                "social_media_pro", "course_teacher")
GAMING = ("mention_stuffer", "canned_replier", "figure_faker", "paraphrase_scheduler", "evergreen_recycler",
          "obfuscating_guru", "polished_guru")
# issue #13: influencers, genuine and fake (tests/synth/test_influencers.py)
INFLUENCER_FAKES = ("bought_followers", "engagement_pod", "follow_for_follow", "bought_engagement")
INFLUENCER_GENUINE = ("micro_influencer", "creator", "brand_account", "viral_creator")

SHORTENED = re.compile(r"https?://(bit\.ly|ow\.ly|buff\.ly|goo\.gl|tinyurl\.com|is\.gd|dlvr\.it|lnkd\.in|tiny\.cc|"
                       r"su\.pr|fb\.me|j\.mp|shar\.es|trib\.al)/")
DIGIT_METRIC = re.compile(r"\d[\d\s\u202f.,]*\s?(%|€|\$)|[€$]\s?\d")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return list(generate_accounts(800, seed=123))


def _time(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


# --- determinism --------------------------------------------------------------------------------

def test_same_seed_same_accounts():
    assert list(generate_accounts(60, seed=5)) == list(generate_accounts(60, seed=5))


def test_different_seed_different_accounts():
    first, second = list(generate_accounts(60, seed=5)), list(generate_accounts(60, seed=6))
    texts = lambda docs: [p["text"] for d in docs for p in d["posts"]]  # noqa: E731
    assert texts(first) != texts(second)
    assert sum(a["family"] == b["family"] for a, b in zip(first, second, strict=True)) < 30


def test_an_account_does_not_depend_on_how_many_are_drawn():
    few, many = list(generate_accounts(8, seed=9)), list(generate_accounts(40, seed=9))
    assert few == many[:8]


def test_generation_does_not_touch_global_random_state():
    import random

    random.seed(1)
    expected = random.random()
    random.seed(1)
    list(generate_accounts(20, seed=3))
    assert random.random() == expected


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.jsonl.gz"])
def test_write_corpus_is_byte_for_byte_deterministic(tmp_path, name):
    one, two = tmp_path / "a" / name, tmp_path / "b" / name
    one.parent.mkdir()
    two.parent.mkdir()
    write_corpus(one, 40, seed=2)
    write_corpus(two, 40, seed=2)
    assert hashlib.sha256(one.read_bytes()).digest() == hashlib.sha256(two.read_bytes()).digest()
    raw = gzip.decompress(one.read_bytes()) if name.endswith(".gz") else one.read_bytes()
    lines = raw.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(generate_accounts(40, seed=2))


def test_written_corpus_loads_with_the_project_reader(tmp_path):
    path = write_corpus(tmp_path / "corpus.jsonl.gz", 30, seed=8)
    records = list(iter_records(path))
    assert len(records) == 30
    assert all(record.error is None for record in records)


# --- validity and labels ------------------------------------------------------------------------

def test_every_generated_account_parses(corpus):
    for document in corpus:
        account = parse_account(document)
        assert account.format == "credscore.account/1.1"
        assert account.label in ("fake", "genuine")


def test_every_family_produces_valid_accounts():
    for family in families():
        for document in generate_accounts(6, seed=17, families=[family]):
            parse_account(document)
            assert document["family"] == family


def test_ids_are_unique(corpus):
    assert len({d["id"] for d in corpus}) == len(corpus)


def test_labels_follow_archetypes_except_documented_flips(corpus):
    for d in corpus:
        expected = ARCHETYPES[d["archetype"]]
        assert (d["label"] != expected) == bool(d.get("label_flipped"))
        assert d["family"].split("/")[0] == d["archetype"]
    # the flip does not depend on the archetype: count it on cheap (short) accounts
    docs = list(generate_accounts(4000, seed=21, families=["casual_user"]))
    flipped = sum(bool(d.get("label_flipped")) for d in docs)
    assert all(d["label"] == ("fake" if d.get("label_flipped") else "genuine") for d in docs)
    assert 0.4 * FLIP_RATE < flipped / len(docs) < 2.0 * FLIP_RATE


def test_flip_rate_zero_means_clean_labels():
    docs = list(generate_accounts(300, seed=21, flip_rate=0.0))
    assert all(d["label"] == ARCHETYPES[d["archetype"]] and "label_flipped" not in d for d in docs)


def test_both_labels_and_every_archetype_appear(corpus):
    assert set(Counter(d["archetype"] for d in corpus)) == set(ARCHETYPES)
    fakes = sum(ARCHETYPES[d["archetype"]] == "fake" for d in corpus) / len(corpus)
    assert 0.3 < fakes < 0.7


def test_archetype_table_and_families():
    assert set(ARCHETYPES.values()) == {"fake", "genuine"}
    assert {name for name, label in ARCHETYPES.items() if label == "fake"} == {
        "blatant_guru", "subtle_fake", "content_farm", "unlimited_seller", *GAMING, *INFLUENCER_FAKES, "funnel_guru",
        "dream_seller"}
    assert {name for name, label in ARCHETYPES.items() if label == "genuine"} >= {*HARD_GENUINE, *INFLUENCER_GENUINE}
    per_archetype = Counter(f.split("/")[0] for f in families())
    assert set(per_archetype) == set(ARCHETYPES)
    assert min(per_archetype.values()) >= 2


def test_family_filter():
    docs = list(generate_accounts(40, seed=1, families=["content_farm/p2", "casual_user"]))
    assert {d["family"] for d in docs} <= {"content_farm/p2", "casual_user/p1", "casual_user/p2", "casual_user/p3"}
    assert {d["archetype"] for d in docs} == {"content_farm", "casual_user"}
    with pytest.raises(ValueError, match="unknown family"):
        list(generate_accounts(1, families=["guru/p9"]))
    with pytest.raises(ValueError):
        list(generate_accounts(1, lang_mix=1.5))


# --- languages ----------------------------------------------------------------------------------

def _detected(doc: dict) -> str:
    return detect_account_language([p["text"] for p in doc["posts"] if p["text"]])


@pytest.mark.parametrize("lang_mix", [0.55, 0.2])
def test_languages_in_the_asked_proportion(lang_mix):
    docs = list(generate_accounts(400, seed=31, lang_mix=lang_mix))
    french = sum(_detected(d) == "fr" for d in docs) / len(docs)
    assert abs(french - lang_mix) < 0.08


def test_lang_hint_on_some_accounts_only_and_it_is_right(corpus):
    hinted = [d for d in corpus if "lang" in d]
    assert 0.25 < len(hinted) / len(corpus) < 0.65
    agreement = sum(_detected(d) == d["lang"] for d in hinted) / len(hinted)
    assert agreement > 0.9


def test_some_posts_mix_languages():
    docs = list(generate_accounts(150, seed=4, lang_mix=1.0, families=["real_expert", "subtle_fake"]))
    long_posts = [p["text"] for d in docs for p in d["posts"] if len(p["text"]) > 60]
    english = detect_languages(long_posts, "fr").count("en") / len(long_posts)
    assert 0.002 < english < 0.1


# --- families differ in phrasing ----------------------------------------------------------------

_WORDS = re.compile(r"[^\W\d_]+")
_NOT_PHRASING = re.compile(r"https?://\S+|@[\w.]+|#\w+")


def _trigrams(docs) -> set[tuple[str, ...]]:
    grams = set()
    for d in docs:
        for post in d["posts"]:
            words = _WORDS.findall(_NOT_PHRASING.sub(" ", post["text"].lower()))
            grams.update(zip(words, words[1:], words[2:], strict=False))
    return grams


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


@pytest.mark.parametrize("archetype", sorted(ARCHETYPES))
def test_families_of_one_archetype_hardly_share_phrasing(archetype):
    own = [f for f in families() if f.startswith(archetype + "/")]
    grams = {f: _trigrams(generate_accounts(30, seed=41, families=[f])) for f in own}
    again = {f: _trigrams(generate_accounts(30, seed=42, families=[f])) for f in own}
    for f in own:  # the same family, other accounts: largely the same phrasing
        assert _jaccard(grams[f], again[f]) > 0.25
    for f, g in itertools.combinations(own, 2):  # two families: almost nothing in common
        assert _jaccard(grams[f], grams[g]) < 0.03


# --- history shapes and export gaps -------------------------------------------------------------

def test_history_lengths_have_a_long_tail(corpus):
    sizes = sorted(len(d["posts"]) for d in corpus)
    assert sum(s < 5 for s in sizes) / len(sizes) > 0.02  # too short to score: insufficient_data
    assert any(s <= 2 for s in sizes)
    assert sizes[-1] >= 300
    assert 20 <= statistics.median(sizes) <= 120


def test_some_accounts_have_no_messages_or_follows(corpus):
    assert any("messages" not in d and "follows" not in d for d in corpus)
    assert any("messages" in d for d in corpus)


def test_export_gaps_and_extras_are_present(corpus):
    posts = [p for d in corpus for p in d["posts"]]
    assert any("created_at" not in p for p in posts)
    assert any("id" in p for p in posts) and any("id" not in p for p in posts)
    assert any("likes" in p for p in posts)
    assert any("links" in p for p in posts)
    follows = [f for d in corpus for f in d.get("follows", [])]
    assert any("created_at" not in f for f in follows)
    assert all(p["platform"] == p["platform"].lower() for p in posts)


def test_every_account_has_a_profile_per_platform_used(corpus):
    for d in corpus:
        profiles = {p["platform"] for p in d["profiles"]}
        assert {p["platform"] for p in d["posts"]} <= profiles
        assert len(profiles) == len(d["profiles"])


def test_timestamps_are_iso_utc_and_spread_over_months(corpus):
    spans = []
    for d in corpus:
        times = [p["created_at"] for p in d["posts"] if "created_at" in p]
        assert all(t.endswith("Z") for t in times)
        if len(times) > 30:
            spans.append((_time(max(times)) - _time(min(times))) / 86400)
    assert statistics.median(spans) > 30


# --- habits -------------------------------------------------------------------------------------

def _dm_delays(doc: dict) -> list[float]:
    followed = {(f["platform"], f["counterpart"]): _time(f["created_at"])
                for f in doc.get("follows", []) if "created_at" in f}
    return [_time(m["created_at"]) - followed[(m["platform"], m["counterpart"])]
            for m in doc.get("messages", []) if m["direction"] == "sent"
            and (m["platform"], m.get("counterpart")) in followed]


def test_blatant_gurus_auto_dm_new_followers_within_minutes():
    docs = list(generate_accounts(60, seed=51, families=["blatant_guru"], flip_rate=0.0))
    delays = [delay for d in docs for delay in _dm_delays(d)]
    assert len(delays) > 200
    assert all(60 <= delay <= 300 for delay in delays)
    with_follows = [d for d in docs if d.get("follows")]
    assert sum(bool(_dm_delays(d)) for d in with_follows) / len(with_follows) > 0.8
    # one tool, one message: the texts differ at most by the follower's name
    for d in with_follows:
        texts = {re.sub(r"@\S+", "", m["text"]) for m in d.get("messages", []) if m["direction"] == "sent"}
        assert len(texts) <= 1


def test_genuine_accounts_do_not_auto_dm():
    docs = list(generate_accounts(200, seed=52, families=["real_expert", "brand_community_manager", "link_curator"],
                                  flip_rate=0.0))
    assert not any(delay <= 300 for d in docs for delay in _dm_delays(d))
    assert sum(any(m["direction"] == "sent" for m in d.get("messages", [])) for d in docs) > 20


def test_blatant_gurus_post_links_and_cross_post_within_minutes():
    docs = list(generate_accounts(40, seed=53, families=["blatant_guru"], flip_rate=0.0))
    for d in docs:
        posts = d["posts"]
        if len(posts) < 10:
            continue
        linked = [p for p in posts
                  if SHORTENED.search(p["text"]) or any(SHORTENED.search(u) for u in p.get("links", []))]
        assert len(linked) / len(posts) > 0.3
    crossed = 0
    for d in docs:
        by_text = defaultdict(list)
        for p in d["posts"]:
            if "created_at" in p and p["text"]:
                by_text[p["text"]].append((p["platform"], _time(p["created_at"])))
        crossed += any(len({pl for pl, _ in v}) > 1 and max(t for _, t in v) - min(t for _, t in v) < 1800
                       for v in by_text.values())
    assert crossed / len(docs) > 0.8


def test_content_farms_post_on_a_timer():
    docs = list(generate_accounts(30, seed=54, families=["content_farm"], flip_rate=0.0))
    regular = 0
    for d in docs:
        times = sorted(_time(p["created_at"]) for p in d["posts"] if "created_at" in p)
        bursts = [times[0]]
        for t in times[1:]:
            if t - bursts[-1] > 120:
                bursts.append(t)
        gaps = [b - a for a, b in itertools.pairwise(bursts)]
        median = statistics.median(gaps)
        regular += sum(abs(g - median) < 0.1 * median for g in gaps) / len(gaps) > 0.75
        assert len(d["posts"]) >= 25
    assert regular / len(docs) > 0.8


def test_experts_report_figures_and_gurus_do_not():
    experts = list(generate_accounts(60, seed=55, families=["real_expert"], flip_rate=0.0))
    gurus = list(generate_accounts(60, seed=55, families=["blatant_guru"], flip_rate=0.0))
    share = lambda docs: statistics.mean(  # noqa: E731
        sum(bool(DIGIT_METRIC.search(p["text"])) for p in d["posts"]) / len(d["posts"]) for d in docs)
    assert share(experts) > 0.05
    assert share(gurus) < 0.01


def test_experts_word_one_piece_of_news_differently_per_platform():
    docs = list(generate_accounts(80, seed=56, families=["real_expert"], flip_rate=0.0))
    multi = [d for d in docs if len({p["platform"] for p in d["posts"]}) > 1 and len(d["posts"]) > 20]
    identical_share = []
    for d in multi:
        texts = Counter(p["text"] for p in d["posts"])
        identical_share.append(sum(c for c in texts.values() if c > 1) / len(d["posts"]))
    assert statistics.median(identical_share) < 0.1


def test_overlap_on_purpose():
    """Some genuine accounts cross-post identically; some fakes write a real figure."""
    genuine = list(generate_accounts(300, seed=57, families=["real_expert", "link_curator"], flip_rate=0.0))
    fakes = list(generate_accounts(300, seed=57, families=["blatant_guru"], flip_rate=0.0))
    def cross_posts(d: dict) -> bool:
        platforms = defaultdict(set)
        for p in d["posts"]:
            platforms[p["text"]].add(p["platform"])
        return any(len(seen) > 1 for seen in platforms.values())

    cross_posting_genuine = sum(cross_posts(d) for d in genuine)
    assert 0.03 < cross_posting_genuine / len(genuine) < 0.5
    fakes_with_a_reply = sum(any(p.get("kind") in ("reply", "comment") for p in d["posts"]) for d in fakes)
    assert 0.05 < fakes_with_a_reply / len(fakes) < 0.6
