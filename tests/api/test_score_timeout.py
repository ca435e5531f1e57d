"""One request cannot hold the scoring thread for ever: past ``score_timeout``, 503 and the rest is dropped."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.api.conftest import LIMITS, HeldScorer, Server, serve_app
from tests.api.test_endpoints import small

TIMEOUT = 1.0


@pytest.fixture(scope="module")
def bounded_server() -> Iterator[Server]:
    yield from serve_app(dataclasses.replace(LIMITS, score_timeout=TIMEOUT), HeldScorer())


@pytest.mark.parametrize("path", ["/v1/score/batch", "/v1/score", "/v1/report"])
def test_a_request_past_its_scoring_time_gets_503_and_its_queued_accounts_are_dropped(bounded_server: Server,
                                                                                     path: str) -> None:
    scorer = bounded_server.scorer
    scorer.gate.clear()
    scorer.holding.clear()
    released = threading.Timer(TIMEOUT * 6, scorer.gate.set)  # never hold the scoring thread for ever
    released.start()
    answers: dict[str, httpx.Response] = {}
    tag = path.rsplit("/", 1)[-1]

    def hold() -> None:
        with httpx.Client(base_url=bounded_server.url, timeout=60) as other:
            answers["held"] = other.post("/v1/score", json=small(f"hold-{tag}"))

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert scorer.holding.wait(timeout=20), "the first request never reached the scorer"
        # Queued behind the held account: past the time out they are dropped, never scored.
        body = small(f"queued-{tag}-1") if path == "/v1/score" else [small(f"queued-{tag}-{n}") for n in (1, 2)]
        with httpx.Client(base_url=bounded_server.url, timeout=60) as client:
            started = time.monotonic()
            answer = client.post(path, json=body)
            took = time.monotonic() - started
    finally:
        scorer.gate.set()
        released.cancel()
        holder.join(timeout=60)
    assert answer.status_code == 503
    error = answer.json()
    assert error["error"] == "score_timeout" and error["limit"] == "score_timeout"
    assert error["maximum_seconds"] == TIMEOUT and "score_timeout" in error["message"]
    assert TIMEOUT <= took < TIMEOUT * 6
    assert answers["held"].status_code == 503  # the held account itself ran past the time out too
    with httpx.Client(base_url=bounded_server.url, timeout=60) as client:
        assert client.post("/v1/score", json=small(f"after-{tag}")).status_code == 200
    assert not [account for account in scorer.scored if account.startswith(f"queued-{tag}")]


def test_the_openapi_document_lists_the_503(bounded_server: Server) -> None:
    with httpx.Client(base_url=bounded_server.url, timeout=60) as client:
        paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/score", "/v1/score/batch", "/v1/report"):
        assert "503" in paths[path]["post"]["responses"]


def test_a_score_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="score_timeout"):
        dataclasses.replace(LIMITS, score_timeout=0)
