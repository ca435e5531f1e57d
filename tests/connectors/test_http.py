"""The shared HTTP policy: client settings, retries, rate limits, errors, paging."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from credscore.connectors import http
from credscore.connectors.http import HTTPStatusError, Pages, get, get_json, make_client, paginate
from credscore.errors import InputError
from tests.connectors.fakes import Sleeps

URL = "https://api.example/v1/things"


class Scripted:
    """A handler answering from a list, one answer per request (the last one repeats)."""

    def __init__(self, *answers: httpx.Response | type[httpx.TransportError]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, type):
            raise answer("scripted", request=request)
        return answer

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))


def ok(body: object = None) -> httpx.Response:
    return httpx.Response(200, json={"ok": True} if body is None else body)


def test_make_client_sets_timeouts_user_agent_and_redirects():
    with make_client() as client:
        assert client.timeout.connect == http.CONNECT_TIMEOUT
        assert client.timeout.read == http.READ_TIMEOUT
        assert client.follow_redirects is True
        assert client.max_redirects == http.MAX_REDIRECTS
        assert client.headers["User-Agent"] == http.USER_AGENT
    assert http.USER_AGENT.startswith("credscore/") and http.USER_AGENT.endswith("(+https://github.com/credscore/credscore)")


def test_an_injected_client_still_identifies_itself():
    script = Scripted(ok())
    assert get_json(script.client(), URL, {"q": "x"}) == {"ok": True}
    request = script.requests[0]
    assert request.headers["User-Agent"] == http.USER_AGENT
    assert request.headers["Accept"] == "application/json"
    assert request.url.params["q"] == "x"


def test_redirects_are_followed():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "https://api.example/new"})
        return ok({"path": request.url.path})

    with make_client(transport=httpx.MockTransport(handler)) as client:
        assert get_json(client, "https://api.example/old") == {"path": "/new"}


@pytest.mark.parametrize("failure", [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.ConnectError,
                                     httpx.RemoteProtocolError])
def test_a_transport_failure_is_retried_then_succeeds(failure):
    script, sleeps = Scripted(failure, ok()), Sleeps()
    assert get_json(script.client(), URL, sleep=sleeps) == {"ok": True}
    assert len(script.requests) == 2
    assert len(sleeps) == 1 and http.BACKOFF_INITIAL <= sleeps[0] <= http.BACKOFF_INITIAL + http.BACKOFF_JITTER


def test_server_errors_are_retried_with_growing_backoff():
    script, sleeps = Scripted(httpx.Response(500), httpx.Response(503), ok()), Sleeps()
    assert get_json(script.client(), URL, sleep=sleeps) == {"ok": True}
    assert len(script.requests) == 3
    assert len(sleeps) == 2
    assert 1.0 <= sleeps[0] <= 1.0 + http.BACKOFF_JITTER
    assert 2.0 <= sleeps[1] <= 2.0 + http.BACKOFF_JITTER


def test_retries_are_bounded():
    script, sleeps = Scripted(httpx.Response(503)), Sleeps()
    with pytest.raises(InputError) as caught:
        get_json(script.client(), URL, sleep=sleeps)
    assert len(script.requests) == http.MAX_ATTEMPTS
    assert len(sleeps) == http.MAX_ATTEMPTS - 1
    assert all(wait <= http.BACKOFF_MAX for wait in sleeps)
    assert str(caught.value) == (f"api.example/v1/things: server error (HTTP 503 Service Unavailable); "
                                 f"gave up after {http.MAX_ATTEMPTS} attempts")


def test_timeouts_forever_give_a_clear_error():
    script = Scripted(httpx.ReadTimeout)
    with pytest.raises(InputError, match=r"api\.example/v1/things: timed out waiting for the server; gave up"):
        get_json(script.client(), URL, sleep=Sleeps())
    assert len(script.requests) == http.MAX_ATTEMPTS


def test_429_waits_as_long_as_retry_after_says():
    script, sleeps = Scripted(httpx.Response(429, headers={"Retry-After": "7"}), ok()), Sleeps()
    assert get_json(script.client(), URL, sleep=sleeps) == {"ok": True}
    assert sleeps == [7.0]


def test_429_retry_after_as_an_http_date():
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    script, sleeps = Scripted(httpx.Response(429, headers={"Retry-After": later}), ok()), Sleeps()
    get_json(script.client(), URL, sleep=sleeps)
    assert len(sleeps) == 1 and 27 <= sleeps[0] <= 30


def test_429_without_retry_after_uses_the_rate_limit_reset_header():
    reset = (datetime.now(UTC) + timedelta(seconds=12)).isoformat()  # Mastodon: X-RateLimit-Reset, ISO 8601
    script, sleeps = Scripted(httpx.Response(429, headers={"X-RateLimit-Reset": reset}), ok()), Sleeps()
    get_json(script.client(), URL, sleep=sleeps)
    assert len(sleeps) == 1 and 9 <= sleeps[0] <= 12


def test_429_asking_for_more_than_the_cap_is_not_retried():
    script, sleeps = Scripted(httpx.Response(429, headers={"Retry-After": "3600"}), ok()), Sleeps()
    with pytest.raises(InputError, match=r"rate limited .*wait 3600 s, more than credscore waits \(60 s\)"):
        get_json(script.client(), URL, sleep=sleeps)
    assert len(script.requests) == 1 and sleeps == []


def test_retry_after_parsing():
    now = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
    headers = httpx.Headers
    assert http.retry_after_seconds(headers({"Retry-After": "120"}), now) == 120
    assert http.retry_after_seconds(headers({"Retry-After": "Fri, 14 Mar 2025 12:00:45 GMT"}), now) == 45
    assert http.retry_after_seconds(headers({"Retry-After": "Fri, 14 Mar 2025 11:00:00 GMT"}), now) == 0
    assert http.retry_after_seconds(headers({"Retry-After": "soon"}), now) is None
    assert http.retry_after_seconds(headers({"RateLimit-Reset": str(int(now.timestamp()) + 20)}), now) == 20
    assert http.retry_after_seconds(headers({"RateLimit-Reset": "5"}), now) == 5
    assert http.retry_after_seconds(headers({}), now) is None


@pytest.mark.parametrize(("status", "detail"), [(404, "Record not found"), (403, ""), (400, "")])
def test_other_4xx_fail_at_once_naming_host_and_status(status, detail):
    body = {"error": detail} if detail else {}
    script, sleeps = Scripted(httpx.Response(status, json=body)), Sleeps()
    with pytest.raises(HTTPStatusError) as caught:
        get_json(script.client(), URL, sleep=sleeps)
    assert len(script.requests) == 1 and sleeps == []
    error = caught.value
    assert (error.host, error.status, error.detail, error.json_body) == ("api.example", status, detail, True)
    assert str(error).startswith(f"api.example/v1/things: HTTP {status} ")


def test_a_truncated_json_body_is_an_input_error():
    script = Scripted(httpx.Response(200, content=b'[{"id": "1", "content": "<p>cut he'))
    with pytest.raises(InputError, match=r"api\.example/v1/things: the response is not valid JSON \(truncated\?\)"):
        get_json(script.client(), URL)


def test_only_http_urls_are_fetched():
    with pytest.raises(InputError, match="only http:// and https://"):
        get(Scripted(ok()).client(), "file:///etc/passwd")


def test_a_response_larger_than_the_cap_is_refused(monkeypatch):
    monkeypatch.setattr(http, "MAX_RESPONSE_BYTES", 10)
    with pytest.raises(InputError, match="larger than 10 bytes"):
        get(Scripted(httpx.Response(200, content=b"x" * 11)).client(), URL)


def test_messages_and_logs_never_show_the_query_string(caplog):
    script = Scripted(httpx.Response(503))
    with caplog.at_level(logging.DEBUG, logger="credscore"), pytest.raises(InputError) as caught:
        get_json(script.client(), URL, {"access_token": "s3cret"}, sleep=Sleeps())
    assert "s3cret" not in str(caught.value)
    assert "api.example/v1/things" in caplog.text and "s3cret" not in caplog.text
    assert script.requests[0].url.params["access_token"] == "s3cret"


def pages_of(*pages: tuple[list[int], str | None]):
    calls: list[str | None] = []

    def fetch(token: str | None) -> tuple[list[int], str | None]:
        calls.append(token)
        return pages[len(calls) - 1] if len(calls) <= len(pages) else pages[-1]

    return fetch, calls


def test_paginate_walks_to_the_end():
    fetch, calls = pages_of(([1, 2], "a"), ([3], "b"), ([], None))
    assert paginate(fetch, max_items=10, key=int) == Pages([1, 2, 3], True, "", 3)
    assert calls == [None, "a", "b"]


def test_paginate_stops_at_the_cap():
    fetch, _ = pages_of(([1, 2], "a"), ([3, 4], "b"))
    result = paginate(fetch, max_items=3, key=int)
    assert (result.items, result.complete, result.note) == ([1, 2, 3], False, "stopped at 3 posts (--max-posts)")


def test_paginate_is_complete_when_the_cap_meets_the_last_page():
    fetch, _ = pages_of(([1, 2], None))
    assert paginate(fetch, max_items=2, key=int).complete is True


def test_paginate_stops_a_loop():
    fetch, calls = pages_of(([1], "a"), ([2], "a"))
    result = paginate(fetch, max_items=100, key=int)
    assert (result.items, result.complete) == ([1, 2], False)
    assert result.note == "pagination loop: page 2 links back to a page already fetched"
    assert calls == [None, "a"]


def test_paginate_stops_when_a_page_brings_nothing_new():
    fetch, _ = pages_of(([1, 2], "a"), ([1, 2], "b"))
    result = paginate(fetch, max_items=100, key=int)
    assert (result.items, result.complete) == ([1, 2], False)
    assert "page 2 brought no new posts" in result.note


def test_paginate_keeps_what_it_has_when_a_later_page_fails():
    def fetch(token: str | None) -> tuple[list[int], str | None]:
        if token is None:
            return [1, 2], "a"
        raise InputError("api.example/v1/things: server error (HTTP 500); gave up after 4 attempts")

    result = paginate(fetch, max_items=100, key=int)
    assert (result.items, result.complete) == ([1, 2], False)
    assert result.note == "stopped at page 2: api.example/v1/things: server error (HTTP 500); gave up after 4 attempts"


def test_paginate_raises_when_the_first_page_fails():
    def fetch(token: str | None) -> tuple[list[int], str | None]:
        raise InputError("down")

    with pytest.raises(InputError, match="down"):
        paginate(fetch, max_items=10, key=int)
