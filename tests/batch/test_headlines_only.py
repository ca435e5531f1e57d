"""A batch makes its verdicts as headlines (no coverage counted, no model reason after the first): each holds the
score, probability, band, signal values and first reason of the whole verdict, so that its row is the same."""

from __future__ import annotations

import json
import threading
from contextlib import nullcontext

import pytest

from credscore.account import parse_account
from credscore.batch.rows import verdict_row
from credscore.batch.worker import ScorerSpec, scorer_for
from credscore.reader import load_account
from credscore.resources import data_dir
from credscore.scoring import UNCOUNTED, headlines_only
from credscore.signals.base import evidence_left_out
from tests.conftest import REPO, account, post


@pytest.fixture(scope="module")
def scorer():
    return scorer_for(ScorerSpec())


@pytest.fixture(scope="module")
def accounts(documents):
    """The bundled examples (French and English), the hand-written hard cases and generated accounts."""
    examples = [load_account(path) for path in sorted((data_dir() / "examples").glob("*.json"))]
    hard = [parse_account(json.loads(path.read_text(encoding="utf-8")))
            for path in sorted((REPO / "tests" / "hard_cases").glob("*.json"))]
    return examples + hard + [parse_account(document) for document in documents]


def _headline(verdict) -> tuple:
    values = {name: repr(dict(result.values)) for name, result in verdict.signals.items()}
    return (verdict.id, verdict.score, verdict.probability, verdict.band, values,
            verdict.reasons[0].id if verdict.reasons else None, verdict.model_version)


@pytest.mark.parametrize("evidence", [True, False], ids=["with evidence", "evidence left out"])
def test_headlines_are_those_of_the_whole_verdicts(scorer, accounts, evidence):
    with nullcontext() if evidence else evidence_left_out():
        whole = scorer.score_many(accounts)
        with headlines_only():
            headlines = scorer.score_many(accounts)
    assert [_headline(verdict) for verdict in headlines] == [_headline(verdict) for verdict in whole]
    assert [verdict_row(verdict, one, "line 1") for verdict, one in zip(headlines, accounts, strict=True)] == \
        [verdict_row(verdict, one, "line 1") for verdict, one in zip(whole, accounts, strict=True)]
    # Not a comparison of empty verdicts: rules' reasons and model reasons come first on some, the verdicts span the
    # bands, and the whole ones count their coverage and give several reasons.
    first = [verdict.reasons[0].source for verdict in whole if verdict.reasons]
    assert {"rule", "model"} <= set(first)
    assert {verdict.band for verdict in whole} >= {"likely_fake", "likely_genuine", "insufficient_data"}
    assert any(len(verdict.reasons) > 1 for verdict in whole)
    assert all(verdict.coverage.posts == len(one.posts) for verdict, one in zip(whole, accounts, strict=True))
    assert all(verdict.coverage is UNCOUNTED for verdict in headlines)
    assert all(len([reason for reason in verdict.reasons if reason.source == "model"]) <= 1 for verdict in headlines)


def test_verdicts_are_whole_again_after_the_block_even_when_it_failed(scorer):
    one = account([post(f"Mon atelier de poterie, la cuisson numéro {n} du four à bois", "instagram")
                   for n in range(12)], lang="fr")
    with pytest.raises(RuntimeError), headlines_only():
        assert scorer.score(one).coverage is UNCOUNTED
        raise RuntimeError("a chunk failed")
    assert scorer.score(one).coverage.posts == 12


def test_a_batch_in_one_thread_leaves_the_verdicts_of_another_thread_whole(scorer):
    one = account([post(f"Our bakery's sourdough, batch {n}, out of the oven at dawn", "instagram")
                   for n in range(12)], lang="en")
    scorer.score(one)  # pipelines built before the threads race
    started, done = threading.Event(), threading.Event()
    seen = []

    def other_thread() -> None:
        started.wait()
        seen.append(scorer.score(one))
        done.set()

    thread = threading.Thread(target=other_thread)
    thread.start()
    with headlines_only():
        started.set()
        done.wait(60)
        assert scorer.score(one).coverage is UNCOUNTED
    thread.join()
    assert seen[0].coverage.posts == 12
