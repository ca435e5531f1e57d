"""Fetch-by-handle reaches only the known platforms' public hosts: the policy, the guard, and the endpoint."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from credscore.api import ssrf
from credscore.api.ssrf import FetchRefusedError, GuardedTransport, fetch_target, is_public, public_addresses
from credscore.errors import InputError
from tests.api.conftest import ADDRESSES, INSTANCE, PUBLIC_ADDRESS, REBINDING, FakeDns, Server


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1", "::ffff:127.0.0.1",
    "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:a00:1::1", "64:ff9b::a00:1", "2001:0:4136:e378::1",
    "::127.0.0.1", "2001:db8::1",
])
def test_non_public_addresses(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::6810:1", "::ffff:93.184.216.34",
                                     "2002:5db8:d822::1"])
def test_public_addresses(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(("handle", "spec", "host"), [
    (f"mastodon:@ada@{INSTANCE}", f"mastodon:@ada@{INSTANCE}", INSTANCE),
    (f"@ada@{INSTANCE.upper()}", f"mastodon:@ada@{INSTANCE}", INSTANCE),
    (f"mastodon:ada@{INSTANCE}:443", f"mastodon:@ada@{INSTANCE}", INSTANCE),
    (f"mastodon:https://{INSTANCE}/@ada", f"mastodon:@ada@{INSTANCE}", INSTANCE),
    ("bluesky:@Ada.bsky.social", "bluesky:ada.bsky.social", "public.api.bsky.app"),
    ("BLUESKY:did:plc:abc123", "bluesky:did:plc:abc123", "public.api.bsky.app"),
    ("youtube:UCaBcDeFgHiJkLmNoPqRsTuV", "youtube:UCaBcDeFgHiJkLmNoPqRsTuV", "www.youtube.com"),
    ("youtube:https://www.youtube.com/@atelier", "youtube:@atelier", "www.youtube.com"),
])
def test_accepted_handles(handle: str, spec: str, host: str) -> None:
    target = fetch_target(handle)
    assert (target.spec, target.host) == (spec, host)


@pytest.mark.parametrize("handle", [
    "mastodon:@a@127.0.0.1", "@a@10.0.0.1", "mastodon:@a@169.254.169.254", "mastodon:@a@93.184.216.34",
    "mastodon:@a@localhost", "mastodon:@a@printer", "mastodon:@a@api.localhost", "mastodon:@a@nas.local",
    "mastodon:@a@db.internal", "mastodon:@a@router.home.arpa",
    f"mastodon:@a@{INSTANCE}:8080", f"mastodon:@a@{INSTANCE}:22", f"mastodon:http://{INSTANCE}/@a",
    "rss:https://blog.example.org/feed.xml", "rss:/etc/passwd",
])
def test_refused_handles(handle: str) -> None:
    with pytest.raises(FetchRefusedError):
        fetch_target(handle)


@pytest.mark.parametrize("handle", [
    "mastodon:@a@[::1]", "mastodon:@a@[fd00::1]", "mastodon:https://evil@10.0.0.1/@a",
    f"mastodon:https://a:b@{INSTANCE}/@a", f"mastodon:@a@{INSTANCE}@127.0.0.1", "mastodon:@a@localhost.",
    "https://127.0.0.1/", "file:///etc/passwd", "gopher://127.0.0.1:70/", "mastodon:", "@a@10.0.0.1/admin",
    f"mastodon:@a@{INSTANCE}#@127.0.0.1", f"mastodon:@a@{INSTANCE}/../@127.0.0.1", "bluesky:http://127.0.0.1",
    "youtube:https://127.0.0.1/channel/UCaBcDeFgHiJkLmNoPqRsTuV", "youtube:@a/../../admin",
])
def test_handles_that_are_not_handles(handle: str) -> None:
    with pytest.raises(InputError):
        fetch_target(handle)


@pytest.mark.parametrize("host", ["intranet.example.org", "mixed.example.org", "metadata.example.org",
                                  "ula.example.org", "mapped.example.org", "loopback6.example.org"])
def test_names_resolving_to_private_addresses(monkeypatch: pytest.MonkeyPatch, host: str) -> None:
    monkeypatch.setattr(ssrf, "resolve", FakeDns())
    with pytest.raises(FetchRefusedError, match="non-public address"):
        public_addresses(host)


def test_a_public_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ssrf, "resolve", FakeDns())
    assert public_addresses(INSTANCE) == [ipaddress.ip_address(PUBLIC_ADDRESS)]


class Recorder(httpx.BaseTransport):
    def __init__(self, answer: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or httpx.Response(200, json={})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer


def test_the_guard_pins_the_checked_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ssrf, "resolve", FakeDns())
    inner = Recorder()
    with httpx.Client(transport=GuardedTransport(frozenset({INSTANCE}), inner)) as client:
        response = client.get(f"https://{INSTANCE}/api/v1/accounts/lookup?acct=ada")
    assert response.status_code == 200
    assert response.url.host == INSTANCE  # what callers see is unchanged
    (sent,) = inner.requests
    assert sent.url.host == PUBLIC_ADDRESS and sent.url.path == "/api/v1/accounts/lookup"
    assert sent.headers["Host"] == INSTANCE
    assert sent.extensions["sni_hostname"] == INSTANCE


def test_the_guard_pins_ipv6_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ssrf, "resolve", FakeDns())
    inner = Recorder()
    with httpx.Client(transport=GuardedTransport(frozenset({ssrf.BLUESKY_HOST}), inner)) as client:
        client.get(f"https://{ssrf.BLUESKY_HOST}/xrpc/app.bsky.actor.getProfile")
    assert inner.requests[0].url.host == ADDRESSES[ssrf.BLUESKY_HOST][0]
    assert inner.requests[0].headers["Host"] == ssrf.BLUESKY_HOST


@pytest.mark.parametrize("url", [
    "http://social.example.org/x", "https://social.example.org:8443/x", "https://127.0.0.1/x",
    "https://169.254.169.254/latest/meta-data/", "https://other.example.org/x", "https://intranet.example.org/x",
    f"https://{REBINDING}/x",
])
def test_the_guard_refuses_before_connecting(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    dns = FakeDns()
    dns.lookups.append(REBINDING)  # the rebinding name has already been checked once: it now answers loopback
    monkeypatch.setattr(ssrf, "resolve", dns)
    inner = Recorder()
    guard = GuardedTransport(frozenset({INSTANCE, "intranet.example.org", REBINDING}), inner)
    with httpx.Client(transport=guard) as client, pytest.raises(FetchRefusedError):
        client.get(url)
    assert inner.requests == []
    assert len(guard.refusals) == 1


def test_the_guard_checks_every_redirect(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ssrf, "resolve", FakeDns())
    inner = Recorder(httpx.Response(302, headers={"Location": "https://169.254.169.254/latest/meta-data/"}))
    with httpx.Client(transport=GuardedTransport(frozenset({INSTANCE}), inner), follow_redirects=True) as client, \
            pytest.raises(FetchRefusedError):
        client.get(f"https://{INSTANCE}/api/v1/accounts/lookup?acct=ada")
    assert [request.url.host for request in inner.requests] == [PUBLIC_ADDRESS]


# The endpoint: refusals are 4xx before any connection; accepted handles are fetched through the guard.

REFUSED_OVER_HTTP = {
    "mastodon:@a@127.0.0.1": 403, "@a@localhost": 403, "@a@10.0.0.1": 403, "mastodon:@a@[::1]": 422,
    "mastodon:@a@169.254.169.254": 403, "mastodon:@a@intranet.example.org": 403, "@a@mixed.example.org": 403,
    "@a@metadata.example.org": 403, "@a@ula.example.org": 403, "@a@mapped.example.org": 403,
    "mastodon:https://evil@10.0.0.1/@a": 422, f"mastodon:@a@{INSTANCE}:8080": 403,
    f"mastodon:http://{INSTANCE}/@a": 403, "rss:http://127.0.0.1:8000/v1/health": 403, "@a@nowhere.example.org": 422,
}


@pytest.mark.parametrize(("handle", "status"), REFUSED_OVER_HTTP.items())
def test_refused_over_http_before_any_connection(client: httpx.Client, server: Server, handle: str,
                                                 status: int) -> None:
    response = client.post("/v1/score", json={"handle": handle})
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] in {"fetch_refused", "invalid_handle", "fetch_failed"}
    assert body["message"]
    assert server.upstream.seen == []


def test_a_fetched_account_is_scored(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score", json={"handle": f"mastodon:@ada@{INSTANCE}"})
    assert response.status_code == 200, response.text
    verdict = response.json()
    assert verdict["id"] == f"mastodon:@ada@{INSTANCE}"
    assert verdict["coverage"]["posts"] == 9
    seen = server.upstream.seen
    assert seen and all(request.url.host == PUBLIC_ADDRESS for request in seen)
    assert all(request.headers["Host"] == INSTANCE for request in seen)


def test_a_bluesky_account_is_fetched_from_the_appview_only(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score", json={"handle": "bluesky:ada.bsky.social", "max_posts": 5})
    assert response.status_code == 200, response.text
    assert response.json()["coverage"]["posts"] == 5
    assert {request.headers["Host"] for request in server.upstream.seen} == {ssrf.BLUESKY_HOST}


def test_a_redirect_to_a_private_address_is_refused(client: httpx.Client, server: Server) -> None:
    server.upstream.fakes[INSTANCE].fail(
        lambda request: request.url.path.endswith("/lookup"),
        lambda request: httpx.Response(302, headers={"Location": "https://169.254.169.254/latest/meta-data/"}))
    response = client.post("/v1/score", json={"handle": f"@ada@{INSTANCE}"})
    assert response.status_code == 403
    assert response.json()["error"] == "fetch_refused"
    assert [request.url.path for request in server.upstream.seen] == ["/api/v1/accounts/lookup"]


def test_dns_rebinding_gains_nothing(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score", json={"handle": f"@ada@{REBINDING}"})
    assert response.status_code == 403
    assert "127.0.0.1" in response.json()["message"]
    assert server.upstream.seen == []
    assert server.dns.lookups.count(REBINDING) == 2  # checked, then checked again at the connection


def test_an_unknown_account_is_a_fetch_failure(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score", json={"handle": f"@nobody@{INSTANCE}"})
    assert response.status_code == 422
    assert response.json()["error"] == "fetch_failed"
    assert "no such account" in response.json()["message"]
