"""The scoring thread: requests that arrive together are scored in one call, each gets its own verdicts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import wait
from typing import Any

import httpx
import pytest

from credscore.account import Account, parse_account
from credscore.api.coalesce import MAX_ACCOUNTS_PER_CALL, ScoringQueue
from tests.api.conftest import Server
from tests.api.test_endpoints import expected_verdict, small


class FakeScorer:
    """Returns each account's id as its "verdict"; fails for ``bad-…`` accounts; can be held at ``gate``."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()

    def score_many(self, accounts: Sequence[Account]) -> list[Any]:
        self.entered.set()
        self.gate.wait(timeout=30)
        ids = [account.id for account in accounts]
        self.calls.append(ids)
        if any(account_id.startswith("bad-") for account_id in ids):
            raise ValueError("bad account")
        return [f"verdict of {account_id}" for account_id in ids]


def accounts(*ids: str) -> list[Account]:
    return [parse_account({"id": account_id}) for account_id in ids]


@pytest.fixture
def held() -> Iterator[tuple[ScoringQueue, FakeScorer]]:
    """A queue whose thread is busy with a first job, so that what is submitted next waits together."""
    scorer = FakeScorer()
    scoring = ScoringQueue(scorer)  # type: ignore[arg-type]
    scoring.start()
    scorer.gate.clear()
    scorer.entered.clear()
    scoring.submit(accounts("first"))
    assert scorer.entered.wait(timeout=10)
    yield scoring, scorer
    scorer.gate.set()
    scoring.stop()


def test_waiting_requests_are_scored_in_one_call(held: tuple[ScoringQueue, FakeScorer]) -> None:
    scoring, scorer = held
    futures = [scoring.submit(accounts(f"a{n}", f"b{n}")) for n in range(5)]
    scorer.gate.set()
    wait(futures, timeout=10)
    assert [future.result() for future in futures] == [[f"verdict of a{n}", f"verdict of b{n}"] for n in range(5)]
    assert scorer.calls == [["first"], [f"{letter}{n}" for n in range(5) for letter in "ab"]]


def test_a_failing_account_fails_only_its_own_request(held: tuple[ScoringQueue, FakeScorer]) -> None:
    scoring, scorer = held
    good, bad, other = (scoring.submit(accounts("g1")), scoring.submit(accounts("bad-1", "g2")),
                        scoring.submit(accounts("g3")))
    scorer.gate.set()
    assert good.result(timeout=10) == ["verdict of g1"]
    assert other.result(timeout=10) == ["verdict of g3"]
    with pytest.raises(ValueError, match="bad account"):
        bad.result(timeout=10)
    assert scorer.calls[1] == ["g1", "bad-1", "g2", "g3"]  # together first, then each alone
    assert scorer.calls[2:] == [["g1"], ["bad-1", "g2"], ["g3"]]


def test_a_cancelled_request_is_not_scored(held: tuple[ScoringQueue, FakeScorer]) -> None:
    scoring, scorer = held
    gone = scoring.submit(accounts("gone"))
    kept = scoring.submit(accounts("kept"))
    assert gone.cancel()
    scorer.gate.set()
    assert kept.result(timeout=10) == ["verdict of kept"]
    assert all("gone" not in call for call in scorer.calls)


def test_a_call_takes_at_most_the_maximum_of_accounts(held: tuple[ScoringQueue, FakeScorer]) -> None:
    scoring, scorer = held
    futures = [scoring.submit(accounts(*(f"x{n}-{i}" for i in range(10)))) for n in range(10)]
    scorer.gate.set()
    wait(futures, timeout=10)
    assert all(future.result() for future in futures)
    assert all(len(call) <= MAX_ACCOUNTS_PER_CALL for call in scorer.calls)
    assert sum(len(call) for call in scorer.calls[1:]) == 100 and len(scorer.calls) == 3


def test_nothing_to_score() -> None:
    scoring = ScoringQueue(FakeScorer())  # type: ignore[arg-type]
    assert scoring.submit([]).result(timeout=1) == []


def test_concurrent_requests_to_the_server_share_calls(server: Server) -> None:
    """Requests held behind a slow one are scored together, and each gets exactly its own verdict."""
    server.scorer.gate.clear()
    calls_before = server.service.queue.calls
    answers: dict[str, httpx.Response] = {}

    def post(account_id: str) -> None:
        with httpx.Client(base_url=server.url, timeout=60) as other:
            answers[account_id] = other.post("/v1/score", json=small(account_id))

    first = threading.Thread(target=post, args=("hold-first",))
    first.start()
    assert server.scorer.holding.wait(timeout=30)
    others = [threading.Thread(target=post, args=(f"acct-c{n}",)) for n in range(6)]
    for thread in others:
        thread.start()
    deadline = time.monotonic() + 30
    while server.service.queue._jobs.qsize() < len(others) and time.monotonic() < deadline:
        time.sleep(0.02)
    server.scorer.gate.set()
    for thread in [first, *others]:
        thread.join(timeout=60)
    assert server.service.queue.calls - calls_before == 2
    for account_id, response in answers.items():
        assert response.status_code == 200
        assert response.json() == expected_verdict(server, small(account_id))
