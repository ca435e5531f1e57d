"""A real credscore API server for the tests: uvicorn on a free local port, in a background thread.

The server has small limits (so that limit tests send small bodies), a scorer that can be held
mid-scoring (``hold-…`` accounts) or made to fail (``explode-…``), a fake DNS and fake Mastodon and
Bluesky servers under the SSRF guard: nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

from credscore.account import Account
from credscore.api import ssrf
from credscore.api.app import create_app
from credscore.api.service import ScoringService
from credscore.api.settings import ApiSettings
from credscore.errors import InputError
from credscore.scoring import Scorer
from credscore.verdict import Verdict
from tests.connectors.fakes import FakeBluesky, FakeMastodon, FakeServer

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "data" / "examples" / "fr_fake_guru.json"
LIMITS = ApiSettings(max_body_bytes=256 * 1024, max_batch=5, max_posts=60, worker_threads=4, body_timeout=2.0)
STARTUP_TIMEOUT = 180.0

INSTANCE = "social.example.org"
PUBLIC_ADDRESS = "93.184.216.34"
# What the fake DNS answers; any other name does not resolve.
ADDRESSES: dict[str, list[str]] = {
    INSTANCE: [PUBLIC_ADDRESS],
    ssrf.BLUESKY_HOST: ["2606:4700::6810:1"],
    "intranet.example.org": ["10.0.0.5"],
    "mixed.example.org": ["93.184.216.35", "127.0.0.1"],
    "metadata.example.org": ["169.254.169.254"],
    "ula.example.org": ["fd12:3456::1"],
    "mapped.example.org": ["::ffff:192.168.1.1"],
    "loopback6.example.org": ["::1"],
}
REBINDING = "rebind.example.org"
"""Public at the first lookup, loopback at every later one (DNS rebinding)."""


class HeldScorer(Scorer):
    """The real scorer, which waits at ``gate`` for ``hold-…`` accounts and fails for ``explode-…`` ones."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.gate.set()
        self.holding = threading.Event()
        self.scored: list[str] = []
        """The ids of every account that reached the scorer."""

    def score_many(self, accounts: Sequence[Account]) -> list[Verdict]:
        self.scored.extend(account.id for account in accounts)
        if any(account.id.startswith("explode-") for account in accounts):
            raise RuntimeError("scripted failure with a secret detail /srv/credscore")
        if any(account.id.startswith("hold-") for account in accounts):
            self.holding.set()
            self.gate.wait(timeout=60)
        return super().score_many(accounts)


@dataclass
class FakeDns:
    lookups: list[str] = field(default_factory=list)

    def __call__(self, host: str, port: int = 443) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        self.lookups.append(host)
        if host == REBINDING:
            answer = [PUBLIC_ADDRESS] if self.lookups.count(host) == 1 else ["127.0.0.1"]
        elif host in ADDRESSES:
            answer = ADDRESSES[host]
        else:
            raise InputError(f"{host}: cannot be resolved (fake DNS)")
        return [ipaddress.ip_address(address) for address in answer]


@dataclass
class Upstream:
    """The fake internet under the SSRF guard: one fake server per host name (the ``Host`` header)."""

    fakes: dict[str, FakeServer] = field(default_factory=dict)
    seen: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        fake = self.fakes.get(request.headers.get("Host", ""))
        if fake is None:
            return httpx.Response(502, json={"error": "no such fake host"})
        return fake.handler(request)

    def reset(self) -> None:
        self.fakes = {INSTANCE: FakeMastodon(), REBINDING: FakeMastodon(), ssrf.BLUESKY_HOST: FakeBluesky()}
        self.seen.clear()


@dataclass
class Server:
    url: str
    scorer: HeldScorer
    service: ScoringService
    dns: FakeDns
    upstream: Upstream


@pytest.fixture(scope="session")
def api_server() -> Iterator[Server]:
    yield from serve_app(LIMITS, HeldScorer())


def serve_app(settings: ApiSettings, scorer: HeldScorer) -> Iterator[Server]:
    """A server with ``settings`` on a free port, the fake DNS and upstream in place, until the generator ends."""
    upstream = Upstream()
    upstream.reset()
    dns = FakeDns()
    app = create_app(settings, scorer=scorer, fetch_transport=httpx.MockTransport(upstream.handler))
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, lifespan="on", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="credscore-api", daemon=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ssrf, "resolve", dns)
        thread.start()
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while not server.started:
                if not thread.is_alive() or time.monotonic() > deadline:
                    pytest.fail("the API server did not start")
                time.sleep(0.05)
            yield Server(f"http://127.0.0.1:{port}", scorer, app.state.service, dns, upstream)
        finally:
            server.should_exit = True
            thread.join(timeout=30)
            listener.close()


@pytest.fixture
def server(api_server: Server) -> Server:
    """The session's server, with fresh fakes upstream and an open gate."""
    api_server.upstream.reset()
    api_server.dns.lookups.clear()
    api_server.scorer.gate.set()
    api_server.scorer.holding.clear()
    return api_server


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http
