"""A batch makes its verdicts without the evidence items no row shows: the rows are those of the full verdicts."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from credscore.account import parse_account
from credscore.batch.rows import verdict_row
from credscore.batch.worker import ScorerSpec, score_chunk, scorer_for
from credscore.reader import RawRecord, load_account
from credscore.resources import data_dir
from credscore.signals.base import LEFT_OUT, cited, evidence_left_out, post_evidence
from credscore.verdict import Verdict
from tests.conftest import analysed, post


@pytest.fixture(scope="module")
def scorer():
    return scorer_for(ScorerSpec())


@pytest.fixture(scope="module")
def accounts(documents):
    examples = [load_account(path) for path in sorted((data_dir() / "examples").glob("*.json"))]
    return examples + [parse_account(document) for document in documents]


def _without_evidence(verdict: Verdict) -> str:
    """A verdict without what its reasons and signals quote, written out (``repr``: NaN reads the same as NaN)."""
    return repr(replace(verdict, reasons=tuple(replace(reason, evidence=()) for reason in verdict.reasons),
                        signals={name: replace(result, evidence={}) for name, result in verdict.signals.items()}))


def test_batch_rows_are_the_rows_of_the_full_verdicts(scorer, accounts):
    full = scorer.score_many(accounts)
    rows = score_chunk(scorer, [RawRecord(f"line {n}", data=account) for n, account in enumerate(accounts, 1)])
    assert rows == [verdict_row(verdict, account, f"line {n}")
                    for n, (verdict, account) in enumerate(zip(full, accounts, strict=True), 1)]
    # The accounts are scored, fakes and genuine ones alike, with reasons: the comparison is not of empty rows.
    assert {row["band"] for row in rows} >= {"likely_fake", "likely_genuine"}
    assert all(row["top_reason"] for row in rows if row["score"] is not None)


def test_verdicts_made_without_evidence_differ_from_the_full_ones_only_by_the_items_they_quote(scorer, accounts):
    full = scorer.score_many(accounts)
    with evidence_left_out():
        lean = scorer.score_many(accounts)
    assert [_without_evidence(verdict) for verdict in lean] == [_without_evidence(verdict) for verdict in full]
    # The full verdicts quote items; the lean ones none of the account's.
    assert any(reason.evidence for verdict in full for reason in verdict.reasons)
    assert all(item is LEFT_OUT for verdict in lean for reason in verdict.reasons for item in reason.evidence)


def test_evidence_is_built_again_after_the_block_even_when_it_failed():
    account = analysed([post("Cinq conseils pour votre marque", "twitter")])
    with pytest.raises(RuntimeError), evidence_left_out():
        assert cited(post_evidence, account, [0]) == ()
        raise RuntimeError("a chunk failed")
    assert cited(post_evidence, account, [0])[0].excerpt == "Cinq conseils pour votre marque"


def test_a_batch_in_one_thread_leaves_the_evidence_of_another_threads_verdicts():
    account = analysed([post("Cinq conseils pour votre marque", "twitter")])
    started, done = threading.Event(), threading.Event()
    seen = []

    def other_thread() -> None:
        started.wait()
        seen.append(post_evidence(account, 0))
        done.set()

    thread = threading.Thread(target=other_thread)
    thread.start()
    with evidence_left_out():
        started.set()
        done.wait(10)
        assert post_evidence(account, 0) is LEFT_OUT
    thread.join()
    assert seen[0].excerpt == "Cinq conseils pour votre marque"

