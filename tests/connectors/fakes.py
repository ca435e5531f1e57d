"""Fake Mastodon and Bluesky servers serving the recorded responses of ``recorded/``, with scripted faults.

The recorded responses are ours (an invented account), written in the shapes the real APIs return.
A fake answers the way the real server does (Mastodon's ``Link`` header with ``max_id``, Bluesky's
``cursor``) and records every request. :class:`Fault` scripts failures for the requests it matches.
The same fake serves an ``httpx.MockTransport`` and a real local HTTP server (:func:`serve`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

RECORDED = Path(__file__).parent / "recorded"
JSON_TYPE = "application/json; charset=utf-8"

Answer = Callable[[httpx.Request], httpx.Response]


def query_params(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """A query string's parameters: one value as a string, a repeated one (``actors=a&actors=b``) as a list."""
    params: dict[str, Any] = {}
    for key, value in pairs:
        params[key] = [*params[key], value] if isinstance(params.get(key), list) else \
            [params[key], value] if key in params else value
    return params


def recorded(name: str) -> Any:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return lambda request: httpx.Response(status, json=body, headers=headers)


def raw_response(status: int, content: bytes, headers: dict[str, str] | None = None) -> Answer:
    all_headers = {"Content-Type": JSON_TYPE, **(headers or {})}
    return lambda request: httpx.Response(status, content=content, headers=all_headers)


def raises(error: type[httpx.TransportError]) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        raise error("scripted failure", request=request)

    return answer


@dataclass
class Fault:
    """Answer the requests ``matches`` accepts with ``answer``, ``times`` times (``None``: always)."""

    matches: Callable[[httpx.Request], bool]
    answer: Answer
    times: int | None = None


class Sleeps(list[float]):
    """An injected ``sleep`` that only records what it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@dataclass
class FakeServer:
    """Records requests, plays scripted faults, otherwise answers with :meth:`respond`."""

    requests: list[httpx.Request] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)

    def fail(self, matches: Callable[[httpx.Request], bool], answer: Answer, times: int | None = None) -> None:
        self.faults.append(Fault(matches, answer, times))

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for fault in self.faults:
            if fault.matches(request) and (fault.times is None or fault.times > 0):
                if fault.times is not None:
                    fault.times -= 1
                return fault.answer(request)
        base = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        status, headers, body = self.respond(request.url.path, query_params(request.url.params.multi_items()), base)
        return httpx.Response(status, headers=headers, content=body)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handler))

    def respond(self, path: str, params: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
        raise NotImplementedError

    @staticmethod
    def json(status: int, body: Any, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        return status, {"Content-Type": JSON_TYPE, **(headers or {})}, json.dumps(body).encode()


class FakeMastodon(FakeServer):
    """An instance with one account, ``ada``, its statuses on three pages (then an empty page), and five
    of its followers (most recent first)."""

    def __init__(self) -> None:
        super().__init__()
        self.account = recorded("mastodon/lookup.json")
        self.pages: list[list[dict[str, Any]]] = [recorded(f"mastodon/statuses-{n}.json") for n in (1, 2, 3)]
        self.statuses_path = f"/api/v1/accounts/{self.account['id']}/statuses"
        self.followers: list[dict[str, Any]] = recorded("mastodon/followers.json")
        self.followers_path = f"/api/v1/accounts/{self.account['id']}/followers"

    def respond(self, path: str, params: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
        if path == "/api/v1/accounts/lookup":
            if params.get("acct") == self.account["username"]:
                return self.json(200, self.account)
            return self.json(404, {"error": "Record not found"})
        if path == self.statuses_path:
            return self._statuses(params, base)
        if path == self.followers_path:
            return self._followers(params, base)
        return self.json(404, {"error": "Not Found"})

    def _followers(self, params: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
        """Like Mastodon: ``limit`` accounts after ``max_id`` (the follow's id: here its position), and a next
        link only when the page is full."""
        start = int(params.get("max_id", -1)) + 1
        limit = int(params.get("limit", 40))
        page = self.followers[start: start + limit]
        if len(page) < limit:
            return self.json(200, page)
        url = f"{base}{self.followers_path}?limit={limit}"
        return self.json(200, page, {"Link": f'<{url}&max_id={start + limit - 1}>; rel="next", '
                                             f'<{url}&min_id={start}>; rel="prev"'})

    def _statuses(self, params: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
        """Like Mastodon: statuses older than ``max_id``, and a Link header while the page is not empty."""
        max_id = params.get("max_id")
        older = [status for page in self.pages for status in page if not max_id or int(status["id"]) < int(max_id)]
        # The recorded page that starts there (a real server cuts pages at ``limit``; ours were recorded smaller).
        page = next((page for page in self.pages if older and page and page[0] is older[0]), older)
        if not page:
            return self.json(200, [])
        url = f"{base}{self.statuses_path}?limit={params.get('limit', 20)}"
        link = f'<{url}&max_id={page[-1]["id"]}>; rel="next", <{url}&min_id={page[0]["id"]}>; rel="prev"'
        return self.json(200, page, {"Link": link})


class FakeBluesky(FakeServer):
    """The public AppView with one account, ``ada.bsky.social``, its feed on three cursor pages, four of its
    followers (with the detailed profiles of three: the AppView leaves out a taken-down account) and two follows."""

    def __init__(self) -> None:
        super().__init__()
        self.profile = recorded("bluesky/profile.json")
        self.pages = [recorded(f"bluesky/feed-{n}.json") for n in (1, 2, 3)]
        self.graph = {"/xrpc/app.bsky.graph.getFollowers": ("followers", recorded("bluesky/followers.json")),
                      "/xrpc/app.bsky.graph.getFollows": ("follows", recorded("bluesky/follows.json"))}
        self.detailed = {profile["did"]: profile for profile in recorded("bluesky/follower-profiles.json")["profiles"]}

    def respond(self, path: str, params: dict[str, str], base: str) -> tuple[int, dict[str, str], bytes]:
        actors = {self.profile["did"], self.profile["handle"]}
        if path == "/xrpc/app.bsky.actor.getProfile":
            if params.get("actor") in actors:
                return self.json(200, self.profile)
            return self.json(400, {"error": "InvalidRequest", "message": "Profile not found"})
        if path == "/xrpc/app.bsky.feed.getAuthorFeed" and params.get("actor") in actors:
            cursors = [None] + [page.get("cursor") for page in self.pages]
            cursor = params.get("cursor")
            index = cursors.index(cursor) if cursor in cursors else len(self.pages)
            return self.json(200, self.pages[index] if index < len(self.pages) else {"feed": []})
        if path in self.graph and params.get("actor") in actors:
            return self._graph(*self.graph[path], params)
        if path == "/xrpc/app.bsky.actor.getProfiles":
            return self._profiles(params)
        return self.json(400, {"error": "InvalidRequest", "message": "Profile not found"})

    def _graph(self, key: str, recorded_list: dict[str, Any], params: dict[str, str]) -> tuple[int, dict[str, str],
                                                                                                 bytes]:
        """Like the AppView: ``limit`` accounts from the cursor (here a position), and a cursor while more remain."""
        start, limit = int(params.get("cursor", 0)), int(params.get("limit", 50))
        profiles = recorded_list[key]
        page = {"subject": recorded_list["subject"], key: profiles[start: start + limit]}
        if start + limit < len(profiles):
            page["cursor"] = str(start + limit)
        return self.json(200, page)

    def _profiles(self, params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        actors = params.get("actors", [])
        actors = [actors] if isinstance(actors, str) else actors
        if len(actors) > 25:
            return self.json(400, {"error": "InvalidRequest", "message": "actors must not have more than 25 elements"})
        return self.json(200, {"profiles": [self.detailed[actor] for actor in actors if actor in self.detailed]})


@contextmanager
def serve(fake: FakeServer) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (a free port) answering with ``fake.respond``; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            base = f"http://{self.headers['Host']}"
            fake.requests.append(httpx.Request("GET", base + self.path, headers=dict(self.headers)))
            status, headers, body = fake.respond(parts.path, query_params(parse_qsl(parts.query)), base)
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
