"""The committed corpora, and the trap of issue #12 item 7: a draw that repeats the training accounts."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter

import pytest

from credscore.resources import data_dir
from credscore.synth import (
    ARCHETYPES,
    COMMITTED_CORPORA,
    DEFAULT_SEED,
    families,
    generate_accounts,
    training_overlap,
    write_corpus,
)
from credscore.synth.corpora import GENERATOR_RELEASE, committed_corpus, training_corpus_name

V2 = COMMITTED_CORPORA["synth-v2.jsonl.gz"]
V3 = COMMITTED_CORPORA["synth-v3.jsonl.gz"]
V4 = COMMITTED_CORPORA["synth-v4.jsonl.gz"]
V5 = COMMITTED_CORPORA["synth-v5.jsonl.gz"]
V6 = COMMITTED_CORPORA["synth-v6.jsonl.gz"]  # the draw of this generator release (the lead writes the file)
# The archetypes generator release 3 added (issue #13): v2 was drawn without them.
INFLUENCERS = frozenset({"micro_influencer", "creator", "brand_account", "viral_creator", "bought_followers",
                         "engagement_pod", "follow_for_follow", "bought_engagement"})
# Issue #11 item 8: every family has enough accounts to be held out (81 families at 1,600 accounts under 5 MB).
MIN_PER_FAMILY = 10


def _sidecar(tmp_path, content: str):
    model = tmp_path / "model.skops"
    model.write_bytes(b"")
    model.with_suffix(".json").write_text(content, encoding="utf-8")
    return model


def test_the_default_seed_is_the_seed_of_no_committed_corpus():
    assert DEFAULT_SEED not in {draw.seed for draw in COMMITTED_CORPORA.values()}
    assert list(generate_accounts(3)) == list(generate_accounts(3, seed=DEFAULT_SEED))
    assert training_overlap(DEFAULT_SEED, 100_000, corpus=V2.name) is None


@pytest.mark.parametrize(("n", "shared"), [(1, 1), (50, 50), (V2.n, V2.n), (2000, V2.n)])
def test_a_draw_with_the_corpus_seed_overlaps_its_first_accounts(n, shared):
    overlap = training_overlap(V2.seed, n, corpus=V2.name)
    assert overlap is not None and overlap.shared == shared and overlap.corpus == V2
    assert V2.name in overlap.message and f"seed {V2.seed}" in overlap.message and "--seed" in overlap.message


def test_the_overlap_is_real_the_first_accounts_are_the_corpus_accounts(tmp_path):
    # What the committed corpus of this generator release holds: the same draw, written by its command.
    path = write_corpus(tmp_path / V4.name, 40, seed=V4.seed)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        first = [json.loads(next(lines)) for _ in range(5)]
    assert first == list(generate_accounts(5, seed=V4.seed))
    assert first != list(generate_accounts(5, seed=V4.seed + 1))


@pytest.mark.parametrize(("seed", "n"), [(V2.seed + 1, 5000), (V2.seed, 0)])
def test_no_overlap_with_another_seed_or_an_empty_draw(seed, n):
    assert training_overlap(seed, n, corpus=V2.name) is None


def test_a_negative_size_is_refused():
    with pytest.raises(ValueError, match="n must be"):
        training_overlap(V2.seed, -1, corpus=V2.name)


def test_the_training_corpus_is_read_from_the_model_sidecar(tmp_path):
    model = _sidecar(tmp_path, json.dumps({"training_data": {"source": "synth-v2.jsonl.gz", "accounts": 1200}}))
    assert training_corpus_name(model) == "synth-v2.jsonl.gz"
    overlap = training_overlap(V2.seed, 2000, model_path=model)
    assert overlap is not None and overlap.shared == V2.n
    assert training_overlap(V2.seed + 1, 2000, model_path=model) is None


@pytest.mark.parametrize("content", [
    json.dumps({"training_data": {"source": "my-own-accounts.jsonl"}}),  # not a committed corpus
    json.dumps({"training_data": {}}),
    json.dumps({"training_data": {"source": 3}}),
    "{not json",
])
def test_a_model_trained_on_anything_else_overlaps_nothing_known(tmp_path, content):
    model = _sidecar(tmp_path, content)
    assert training_overlap(V2.seed, 2000, model_path=model) is None


def test_a_model_without_sidecar_overlaps_nothing_known(tmp_path):
    assert training_corpus_name(tmp_path / "nowhere.skops") is None
    assert training_overlap(V2.seed, 2000, model_path=tmp_path / "nowhere.skops") is None


def test_the_shipped_model_names_a_committed_corpus():
    name = training_corpus_name()
    assert name is not None and committed_corpus(name) is not None
    draw = committed_corpus(name)
    assert training_overlap(draw.seed, draw.n + 1) is not None


def test_a_path_names_its_committed_corpus():
    assert committed_corpus("data/corpus/synth-v2.jsonl.gz") == V2
    assert committed_corpus("elsewhere.jsonl") is None
    assert V2.command == f"credscore synth -n {V2.n} --seed {V2.seed} -o data/corpus/{V2.name}"


# --- the committed v6 corpus --------------------------------------------------------------------

@pytest.fixture(scope="module")
def v6() -> list[dict]:
    with gzip.open(data_dir() / "corpus" / V6.name, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_v6_is_the_documented_draw(v6):
    assert len(v6) == V6.n
    assert v6[0]["id"] == f"synth-{V6.seed}-000000" and v6[-1]["id"] == f"synth-{V6.seed}-{V6.n - 1:06d}"
    assert (data_dir() / "corpus" / V6.name).stat().st_size < 5_000_000


def test_v6_holds_every_family_with_enough_accounts_and_both_labels_in_balance(v6):
    counts = Counter(d["family"] for d in v6)
    assert set(counts) == set(families())
    assert min(counts.values()) >= MIN_PER_FAMILY
    fakes = sum(ARCHETYPES[d["archetype"]] == "fake" for d in v6) / len(v6)
    assert 0.45 < fakes < 0.55


def test_earlier_corpora_were_written_by_earlier_releases():
    # A corpus is reproduced byte for byte by the release that wrote it only: release 3's archetypes changed
    # every draw; release 4 redrew the fake experts' counters of v3's draw (same seed, same accounts otherwise);
    # releases 5 and 6's new families changed every draw again (same seed).
    assert {V2.generator, V3.generator, V4.generator, V5.generator}.isdisjoint({GENERATOR_RELEASE})
    assert V6.generator == GENERATOR_RELEASE
    assert V6.seed == V5.seed == V4.seed == V3.seed
    assert V6.seed not in {draw.seed for name, draw in COMMITTED_CORPORA.items()
                           if name not in (V3.name, V4.name, V5.name, V6.name)}
    # One training corpus in the repository.
    assert not any((data_dir() / "corpus" / draw.name).exists() for draw in (V3, V4, V5))


def test_the_fake_experts_counters_span_a_real_professionals_range(v6):
    # Release 4: organic-looking likes are no tell by themselves (a guru's fans are real people too).
    def mean_likes(label: str) -> float:
        likes = [post["likes"] for d in v6 if ARCHETYPES[d["archetype"]] == label
                 and d["archetype"] not in INFLUENCERS for post in d["posts"] if "likes" in post]
        return sum(likes) / len(likes)
    fake, genuine = mean_likes("fake"), mean_likes("genuine")
    assert 0.5 * genuine < fake < 2 * genuine, (fake, genuine)


# --- the v6 draw (this release): what its command writes --------------------------------------------

@pytest.mark.slow
def test_the_v6_draw_holds_every_family_in_balance_and_stays_under_5_mb(tmp_path):
    path = write_corpus(tmp_path / V6.name, V6.n, seed=V6.seed)
    assert path.stat().st_size < 5_000_000
    # The committed corpus is this draw, byte for byte (the model card's training data).
    assert path.read_bytes() == (data_dir() / "corpus" / V6.name).read_bytes()
    again = write_corpus(tmp_path / "again.jsonl.gz", V6.n, seed=V6.seed)
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(again.read_bytes()).digest()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    assert len(docs) == V6.n and docs[-1]["id"] == f"synth-{V6.seed}-{V6.n - 1:06d}"
    counts = Counter(d["family"] for d in docs)
    assert set(counts) == set(families())
    assert min(counts.values()) >= MIN_PER_FAMILY
    fakes = sum(ARCHETYPES[d["archetype"]] == "fake" for d in docs) / len(docs)
    assert 0.45 < fakes < 0.55
    influencers = [d for d in docs if d["archetype"] in INFLUENCERS]
    assert 0.15 < len(influencers) / len(docs) < 0.35
    for label in ("fake", "genuine"):
        assert sum(ARCHETYPES[d["archetype"]] == label for d in influencers) > 0.4 * len(influencers)
