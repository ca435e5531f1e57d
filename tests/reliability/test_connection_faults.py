"""Connector faults at the socket level, on a real local server: what tests/connectors does not cover yet.

tests/connectors already scripts timeouts, 500/503, 429 with Retry-After, truncated JSON and a
pagination loop through a mock transport. Here a real HTTP server on 127.0.0.1 misbehaves the way
networks do: it closes the connection before answering, after the headers or half-way through the
body, resets it, stalls past the read timeout, or drips the body a byte at a time (which never trips
a read timeout). Retries must stay bounded, a fault after the first page must leave an account marked
incomplete, and a list of handles must go on past a bad host.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from credscore.connectors import fetch_account
from credscore.connectors import http as http_policy
from credscore.connectors.http import MAX_ATTEMPTS, make_client
from credscore.connectors.many import fetch_many
from credscore.errors import CredscoreError, InputError
from tests.connectors.fakes import FakeMastodon, Sleeps

READ_TIMEOUT = 0.3
DRIP_SECONDS = 0.6
FAULTS = {
    "close-before-response": "the server closed the connection",
    "close-after-headers": "the server closed the connection",
    "close-mid-body": "the server closed the connection",
    "reset": "the connection broke",
    "stall-past-timeout": "timed out waiting for the server",
    "slow-drip": f"the response took more than {DRIP_SECONDS:g} s to arrive",
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # the faults break pipes on purpose


@contextmanager
def faulty(fake: FakeMastodon, fault_for) -> Iterator[tuple[str, Counter]]:
    """Serve ``fake`` on 127.0.0.1; ``fault_for(path, params)`` names a fault of :data:`FAULTS` or None.

    Yields the base URL and a counter of requests per path.
    """
    seen: Counter[str] = Counter()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            params = dict(parse_qsl(parts.query))
            seen[parts.path] += 1
            status, headers, body = fake.respond(parts.path, params, f"http://{self.headers['Host']}")
            fault = fault_for(parts.path, params)
            if fault == "close-before-response":
                self.close_connection = True
                return
            if fault == "reset":
                # Linger 0 then close: the kernel answers with RST. The fd is detached first, since the
                # handler's file objects would otherwise keep the socket open.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                os.close(self.connection.detach())
                return
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.flush()
            if fault == "close-after-headers":
                self.close_connection = True
            elif fault == "close-mid-body":
                self.wfile.write(body[: len(body) // 2])
                self.close_connection = True
            elif fault == "stall-past-timeout":
                time.sleep(READ_TIMEOUT * 4)
                self.close_connection = True
            elif fault == "slow-drip":
                for offset in range(len(body)):
                    self.wfile.write(body[offset: offset + 1])
                    self.wfile.flush()
                    time.sleep(READ_TIMEOUT / 4)
            else:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(autouse=True)
def quick_policy(monkeypatch):
    """No proxy between us and 127.0.0.1, no real backoff sleeps, and a drip limit that tests can wait for."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(http_policy, "MAX_RESPONSE_SECONDS", DRIP_SECONDS)
    monkeypatch.setattr(http_policy, "_exponential", lambda state: 0.0)


def _client() -> httpx.Client:
    return make_client(timeout=httpx.Timeout(READ_TIMEOUT))


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_fault_every_time_is_retried_a_bounded_number_of_times(fault):
    fake = FakeMastodon()
    with faulty(fake, lambda path, params: fault if path == "/api/v1/accounts/lookup" else None) as (base, seen):
        started = time.monotonic()
        with _client() as client, pytest.raises(InputError) as failed:
            fetch_account(f"mastodon:{base}/@ada", client=client, sleep=Sleeps())
        elapsed = time.monotonic() - started
    message = str(failed.value)
    assert "127.0.0.1" in message and "/api/v1/accounts/lookup" in message and "\n" not in message
    assert FAULTS[fault] in message and f"gave up after {MAX_ATTEMPTS} attempts" in message
    assert seen["/api/v1/accounts/lookup"] == MAX_ATTEMPTS
    assert elapsed < MAX_ATTEMPTS * (DRIP_SECONDS + 2 * READ_TIMEOUT) + 5


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_fault_after_the_first_page_keeps_what_was_fetched_and_says_incomplete(fault):
    fake = FakeMastodon()
    with faulty(fake, lambda path, params: fault if "max_id" in params else None) as (base, _), _client() as client:
        account = fetch_account(f"mastodon:{base}/@ada", client=client, sleep=Sleeps())
    source = account.model_extra["sources"][0]
    assert len(account.posts) == len(fake.pages[0]) > 0
    assert source["complete"] is False
    assert source["note"].startswith("stopped at page 2:") and FAULTS[fault] in source["note"]


@pytest.mark.parametrize("fault", ["close-mid-body", "reset", "slow-drip"])
def test_a_fault_once_is_mended_by_the_retry(fault):
    fake = FakeMastodon()
    faults = Counter()

    def once(path: str, params: dict) -> str | None:
        if path == fake.statuses_path and "max_id" in params and not faults[fault]:
            faults[fault] += 1
            return fault
        return None

    complete = FakeMastodon()
    with faulty(complete, lambda path, params: None) as (base, _), _client() as client:
        expected = fetch_account(f"mastodon:{base}/@ada", client=client, sleep=Sleeps())
    with faulty(fake, once) as (base, _), _client() as client:
        account = fetch_account(f"mastodon:{base}/@ada", client=client, sleep=Sleeps())
    assert faults[fault] == 1
    assert account.model_extra["sources"][0]["complete"] is True
    assert [post.id for post in account.posts] == [post.id for post in expected.posts]


def test_a_list_of_handles_goes_on_past_a_host_that_drops_every_connection():
    good, bad = FakeMastodon(), FakeMastodon()
    with faulty(good, lambda path, params: None) as (good_base, _), \
            faulty(bad, lambda path, params: "close-mid-body") as (bad_base, bad_seen), _client() as client:
        specs = [f"mastodon:{good_base}/@ada", f"mastodon:{bad_base}/@ada", f"mastodon:{good_base}/@ada",
                 f"mastodon:{bad_base}/@nobody", f"mastodon:{good_base}/@ada"]
        started = time.monotonic()
        results = list(fetch_many(specs, client=client, workers=2))
        elapsed = time.monotonic() - started
    assert [spec for spec, _ in results] == specs
    for spec, result in results:
        if spec.startswith(f"mastodon:{bad_base}"):
            assert isinstance(result, CredscoreError) and f"gave up after {MAX_ATTEMPTS} attempts" in str(result)
        else:
            assert not isinstance(result, CredscoreError) and result.posts
    assert sum(bad_seen.values()) == 2 * MAX_ATTEMPTS, "each bad handle: bounded attempts, then the list goes on"
    assert elapsed < 30
