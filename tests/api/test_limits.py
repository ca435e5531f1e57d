"""Limits and bad input over HTTP: each answered with a JSON error naming the limit or the field, never a 500."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from typer.testing import CliRunner

from credscore.cli import app as cli_app
from tests.api.conftest import LIMITS, Server
from tests.api.test_endpoints import small

CHUNK = 64 * 1024


def raw_exchange(server: Server, head: bytes, body: bytes = b"") -> tuple[int, dict[str, Any]]:
    """Send ``head`` (and ``body``) on a raw socket, *without* the rest of the body; read the answer."""
    address = urlsplit(server.url)
    with socket.create_connection((address.hostname, address.port), timeout=30) as connection:
        connection.sendall(head + body)
        answer = b""
        while b"\r\n\r\n" not in answer or not _complete(answer):
            data = connection.recv(65536)
            if not data:
                break
            answer += data
    headers, _, payload = answer.partition(b"\r\n\r\n")
    return int(headers.split(b" ")[1]), json.loads(payload)


def _complete(answer: bytes) -> bool:
    headers, _, payload = answer.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in headers.split(b"\r\n") if line.lower().startswith(
        b"content-length:")), None)
    return length is not None and len(payload) >= length


def assert_body_too_large(status: int, body: dict[str, Any]) -> None:
    assert status == 413
    assert body["error"] == "body_too_large"
    assert body["limit"] == "max_body_mb"
    assert body["maximum_bytes"] == LIMITS.max_body_bytes
    assert "max_body_mb" in body["message"]


def test_a_declared_oversized_body_is_refused_before_it_is_sent(server: Server) -> None:
    # 100 MB announced, not one byte of it sent: the answer cannot come from reading the body.
    head = (b"POST /v1/score HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100000000\r\n\r\n")
    assert_body_too_large(*raw_exchange(server, head))


def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(server: Server) -> None:
    # One chunk just past the limit, and the request left open: the server stops there.
    size = LIMITS.max_body_bytes + 1
    head = (b"POST /v1/score/batch HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = f"{size:x}\r\n".encode() + b"[" * size + b"\r\n"
    assert_body_too_large(*raw_exchange(server, head, chunk))


def test_oversized_bodies_from_httpx(client: httpx.Client) -> None:
    too_big = b" " * (LIMITS.max_body_bytes + 1)
    response = client.post("/v1/score", content=too_big, headers={"Content-Type": "application/json"})
    assert_body_too_large(response.status_code, response.json())

    def chunks() -> Iterator[bytes]:  # no Content-Length: httpx sends it chunked
        for _ in range(4 * LIMITS.max_body_bytes // CHUNK):
            yield b" " * CHUNK

    response = client.post("/v1/score/batch", content=chunks(), headers={"Content-Type": "application/json"})
    assert_body_too_large(response.status_code, response.json())
    # the same connection goes on (the rest of the refused body was discarded), and a body at the limit is read
    at_limit = json.dumps(small("acct-at-limit")).encode()
    at_limit += b" " * (LIMITS.max_body_bytes - len(at_limit))
    assert client.post("/v1/score", content=at_limit, headers={"Content-Type": "application/json"}).status_code == 200


def test_too_many_accounts(client: httpx.Client) -> None:
    documents = [small(f"acct-{n}") for n in range(LIMITS.max_batch + 1)]
    for body in (documents, {"accounts": documents}):
        response = client.post("/v1/score/batch", json=body)
        assert response.status_code == 413
        assert response.json()["error"] == "too_many_accounts"
        assert response.json()["limit"] == "max_batch"
        assert response.json()["maximum"] == LIMITS.max_batch
    response = client.post("/v1/report", json=documents)
    assert response.status_code == 413 and response.json()["limit"] == "max_batch"
    assert client.post("/v1/score/batch", json=documents[:LIMITS.max_batch]).json()["scored"] == LIMITS.max_batch


def test_too_many_posts(client: httpx.Client) -> None:
    response = client.post("/v1/score", json=small("acct-long", posts=LIMITS.max_posts + 1))
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "too_many_posts" and body["limit"] == "max_posts" and body["record"] == "acct-long"
    assert body["message"] == f"acct-long: posts: {LIMITS.max_posts + 1} posts, more than the limit of " \
                              f"{LIMITS.max_posts} (max_posts)"
    assert client.post("/v1/score", json=small("acct-ok", posts=LIMITS.max_posts)).status_code == 200
    # in a batch, only that account's row
    rows = client.post("/v1/score/batch", json=[small("a"), small("acct-long", posts=LIMITS.max_posts + 1)]).json()
    assert rows["results"][1]["error"]["error"] == "too_many_posts" and rows["results"][0]["verdict"] is not None


MALFORMED = [
    {"id": "acct-17", "posts": [{"platform": "x", "text": "a", "created_at": "not a date"}]},
    {"id": "acct-18", "posts": [{"platform": "x"}], "messages": [{"platform": "x", "direction": "up", "text": "t",
                                                                "created_at": "2024-01-01T00:00:00Z"}]},
    {"posts": []},
    {"id": "", "posts": "many"},
    {"id": "acct-19", "follows": [{"platform": "x", "direction": "in", "counterpart": 7}] * 5},
]


@pytest.mark.parametrize("document", MALFORMED)
def test_a_malformed_document_gets_the_cli_message(client: httpx.Client, tmp_path: Path, document: Any) -> None:
    path = tmp_path / "account.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    cli = CliRunner().invoke(cli_app, ["score", str(path)])
    assert cli.exit_code != 0
    response = client.post("/v1/score", json=document)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_account"
    # the CLI's message, which may also name the file it read
    assert str(cli.exception) in (body["message"], f"{path}: {body['message']}")
    assert all(problem["path"] and problem["message"] for problem in body["problems"])


@pytest.mark.parametrize(("content", "message"), [
    (b'{"id": "x", ', "not valid JSON (Expecting property name enclosed in double quotes at line 1, column 13)"),
    (b"", "empty"),
    (b"   \n", "empty"),
    (b'{"id": "caf\xe9"}', "not UTF-8 text"),
    (b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
])
def test_invalid_json_is_400(client: httpx.Client, content: bytes, message: str) -> None:
    response = client.post("/v1/score", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"
    assert message in response.json()["message"]


@pytest.mark.parametrize(("path", "body", "message"), [
    ("/v1/score", [], "document: expected a JSON object, got array"),
    ("/v1/score", "text", "document: expected a JSON object, got string"),
    ("/v1/score/batch", {"id": "one"}, 'expected a JSON array of account documents or {"accounts": [...]}'),
    ("/v1/score/batch", [], "no account documents"),
    ("/v1/score/batch", {"accounts": {"id": "x"}}, "accounts: expected a JSON array"),
    ("/v1/score", {"handle": "bluesky:ada.bsky.social", "extra": 1}, "extra: Extra inputs are not permitted"),
    ("/v1/score", {"handle": 42}, "handle: Input should be a valid string"),
    ("/v1/score", {"handle": "bluesky:ada.bsky.social", "max_posts": 0}, "max_posts: Input should be greater"),
])
def test_a_body_of_the_wrong_shape_is_422(client: httpx.Client, path: str, body: Any, message: str) -> None:
    response = client.post(path, json=body)
    assert response.status_code == 422
    assert message in response.json()["message"]


def test_no_bad_input_ever_gives_a_500(client: httpx.Client) -> None:
    bodies = [b"null", b"0", b"true", b'"x"', b"{}", b'{"id": null}', b'{"id": "x", "posts": [null]}',
              b'{"id": "x", "posts": [{"platform": "x", "text": "\\u0000"}]}', b'{"handle": ""}', b'{"accounts": 1}',
              b'{"id": "x", "posts": [{"platform": "x", "text": "a", "likes": -1}]}', b"\xef\xbb\xbf{}",
              b'{"id": "x", "posts": [{"platform": "x", "text": "a", "created_at": "9999-99-99"}]}']
    for path in ("/v1/score", "/v1/score/batch", "/v1/report"):
        for body in bodies:
            response = client.post(path, content=body, headers={"Content-Type": "application/json"})
            assert 400 <= response.status_code < 500 or response.status_code == 200, (path, body, response.text)
            if response.status_code != 200:
                assert set(response.json()) >= {"error", "message"}
