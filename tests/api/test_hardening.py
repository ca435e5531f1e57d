"""Hostile or careless clients over HTTP: huge numbers, bodies that are not JSON, repeated ids, slow or
vanishing clients, and the documented shapes of what the server reads and answers."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpx
import jsonschema
import pytest

from tests.api.conftest import INSTANCE, LIMITS, Server
from tests.api.test_endpoints import example, small

JSON = {"Content-Type": "application/json"}
POSTS = ("/v1/score", "/v1/score/batch", "/v1/report")
WAIT = 20.0
"""Seconds a test waits for something the server does at once (a log line, a cancellation)."""


def wait_for(condition: Any, timeout: float = WAIT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def connect(server: Server) -> socket.socket:
    address = urlsplit(server.url)
    return socket.create_connection((address.hostname, address.port), timeout=30)


def read_answer(connection: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of one answer, read until the server closes the connection or the body is in."""
    answer = b""
    while True:
        data = connection.recv(65536)
        if not data:
            break
        answer += data
        head, _, body = answer.partition(b"\r\n\r\n")
        headers = dict(line.decode().lower().split(": ", 1) for line in head.split(b"\r\n")[1:] if b": " in line)
        if "content-length" in headers and len(body) >= int(headers["content-length"]):
            break
    head, _, body = answer.partition(b"\r\n\r\n")
    headers = dict(line.decode().lower().split(": ", 1) for line in head.split(b"\r\n")[1:] if b": " in line)
    return int(head.split(b" ")[1]), headers, body


# -- numbers too large to read ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", POSTS)
def test_an_integer_of_more_than_4300_digits_is_400(client: httpx.Client, path: str) -> None:
    document = json.dumps(small("acct-huge")).replace('"text": "Our', '"likes": ' + "9" * 5000 + ', "text": "Our', 1)
    response = client.post(path, content=document.encode(), headers=JSON)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"
    assert "number too large" in response.json()["message"]


def test_integral_numbers_are_integers_as_in_json_schema(client: httpx.Client) -> None:
    # 5.0 is the integer 5 for JSON Schema (and the OpenAPI document says "integer"): accepted as a count.
    document = small("acct-float-count")
    document["posts"][0]["likes"] = 5.0
    assert client.post("/v1/score", json=document).status_code == 200
    document["posts"][0]["likes"] = 5.5
    response = client.post("/v1/score", json=document)
    assert response.status_code == 422 and "posts[0].likes" in response.json()["message"]


def test_fetch_max_posts_may_be_an_integral_number_but_not_a_string(client: httpx.Client) -> None:
    handle = f"mastodon:@ada@{INSTANCE}"
    assert client.post("/v1/score", json={"handle": handle, "max_posts": 5.0}).status_code == 200
    for wrong in ("5", True, 5.5):
        response = client.post("/v1/score", json={"handle": handle, "max_posts": wrong})
        assert response.status_code == 422, wrong
        assert response.json()["message"].startswith("max_posts: ")


# -- content type ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("content_type", [None, "text/plain", "text/plain;charset=UTF-8",
                                          "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                          "application/jsonp", "text/json"])
def test_a_body_not_declared_json_is_415_and_not_read(client: httpx.Client, server: Server, path: str,
                                                      content_type: str | None) -> None:
    # What a cross-site page can post without a CORS preflight (text/plain, forms, no type at all) is refused.
    before = len(server.scorer.scored)
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(path, content=json.dumps(small(f"acct-415-{path}")).encode(), headers=headers)
    assert response.status_code == 415
    assert response.json()["error"] == "unsupported_media_type"
    assert "application/json" in response.json()["message"]
    assert len(server.scorer.scored) == before


@pytest.mark.parametrize("content_type", ["application/json", "application/json; charset=utf-8",
                                          "Application/JSON"])
def test_json_with_or_without_a_charset_is_read(client: httpx.Client, content_type: str) -> None:
    response = client.post("/v1/score", content=json.dumps(small("acct-json")).encode(),
                           headers={"Content-Type": content_type})
    assert response.status_code == 200


# -- duplicate ids ------------------------------------------------------------------------------------------------

def test_a_repeated_id_in_a_batch_is_an_error_row(client: httpx.Client, server: Server) -> None:
    before = len(server.scorer.scored)
    response = client.post("/v1/score/batch", json=[small("dup-a"), small("dup-b"), small("dup-a", posts=7)])
    assert response.status_code == 200
    body = response.json()
    assert (body["accounts"], body["scored"], body["failed"]) == (3, 2, 1)
    rows = body["results"]
    assert [row["id"] for row in rows] == ["dup-a", "dup-b", "dup-a"]
    assert rows[0]["verdict"]["id"] == "dup-a" and rows[2]["verdict"] is None
    assert rows[2]["error"]["error"] == "duplicate_id"
    assert rows[2]["error"]["message"] == "dup-a: item 2: duplicate id (first seen at item 0)"
    # the duplicate itself was never scored
    assert server.scorer.scored[before:].count("dup-a") == 1


def test_a_repeated_id_is_listed_in_a_report(client: httpx.Client) -> None:
    response = client.post("/v1/report", params={"lang": "en"}, json=[small("rep-a"), small("rep-a")])
    assert response.status_code == 200
    assert "duplicate id (first seen at item 0)" in response.text


def test_an_accounts_object_with_other_keys_is_422(client: httpx.Client) -> None:
    response = client.post("/v1/score/batch", json={"accounts": [small("a")], "redact": True})
    assert response.status_code == 422
    assert response.json()["message"] == 'unexpected key(s) beside "accounts": redact'


# -- slow and vanishing clients ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sent", [b"", b'{"id": "slow", "po'])
def test_a_body_that_does_not_arrive_in_time_is_408(server: Server, sent: bytes) -> None:
    head = (b"POST /v1/score HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n")
    started = time.monotonic()
    with connect(server) as connection:
        connection.sendall(head + sent)
        status, headers, body = read_answer(connection)
        took = time.monotonic() - started
        assert connection.recv(1) == b"", "the connection should be closed after the 408"
    assert status == 408
    assert headers["connection"] == "close"
    answer = json.loads(body)
    assert answer["error"] == "body_timeout" and answer["limit"] == "body_timeout"
    assert LIMITS.body_timeout <= took < LIMITS.body_timeout + 10


def test_a_trickling_body_is_cut_off_at_the_deadline(server: Server) -> None:
    # A byte every 0.2 s never lets a per-read timeout fire; the deadline is for the whole body.
    head = (b"POST /v1/score HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100000\r\n\r\n")
    answers: list[int] = []
    with connect(server) as connection:
        connection.sendall(head)

        def trickle() -> None:
            try:
                for _ in range(int(LIMITS.body_timeout * 5 + 50)):
                    connection.sendall(b" ")
                    time.sleep(0.2)
            except OSError:  # closed by the server: what the test wants
                return

        sender = threading.Thread(target=trickle, daemon=True)
        started = time.monotonic()
        sender.start()
        status, _, body = read_answer(connection)
        answers.append(status)
        took = time.monotonic() - started
    sender.join(timeout=WAIT)
    assert answers == [408] and json.loads(body)["error"] == "body_timeout"
    assert took < LIMITS.body_timeout + 10


def test_a_client_leaving_mid_body_is_one_log_line(server: Server, caplog: pytest.LogCaptureFixture,
                                                   client: httpx.Client) -> None:
    caplog.set_level(logging.INFO, logger="credscore.api")
    head = (b"POST /v1/score HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 5000\r\n\r\n")
    with connect(server) as connection:
        connection.sendall(head + b'{"id": "gone-mid-body", "posts": [')
        time.sleep(0.3)
    assert wait_for(lambda: any("disconnected" in record.getMessage() for record in caplog.records))
    ours = [record for record in caplog.records if record.name.startswith("credscore.api")]
    assert [record.levelno for record in ours if "disconnected" in record.getMessage()] == [logging.INFO]
    assert not [record for record in ours if record.exc_info or record.levelno >= logging.ERROR]
    assert client.get("/v1/health").status_code == 200


@pytest.mark.parametrize(("path", "documents"), [
    ("/v1/score", [small("left-1")]),
    ("/v1/score/batch", [small("left-1"), small("left-2")]),
    ("/v1/report", [small("left-1"), small("left-2")]),
])
def test_scoring_abandoned_by_a_client_that_left_is_cancelled(server: Server, caplog: pytest.LogCaptureFixture,
                                                               path: str, documents: list[dict[str, Any]]) -> None:
    caplog.set_level(logging.INFO, logger="credscore.api")
    server.scorer.gate.clear()
    held: dict[str, httpx.Response] = {}

    def hold() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as other:
            held["answer"] = other.post("/v1/score", json=small("hold-abandon"))

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert server.scorer.holding.wait(timeout=WAIT), "the first request never reached the scorer"
        # Queued behind the held one, then the client leaves: those accounts must never be scored.
        body = json.dumps(documents[0] if path == "/v1/score" else documents).encode()
        with connect(server) as connection:
            connection.sendall(f"POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                               f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            assert wait_for(lambda: _queued(server) >= len(documents)), "the accounts were never queued"
        assert wait_for(lambda: any("disconnected" in record.getMessage() for record in caplog.records))
    finally:
        server.scorer.gate.set()
        holder.join(timeout=60)
    assert held["answer"].status_code == 200
    # the scoring thread has gone past the cancelled jobs: a new request is answered after them
    with httpx.Client(base_url=server.url, timeout=60) as other:
        assert other.post("/v1/score", json=small("after-abandon")).status_code == 200
    assert "left-1" not in server.scorer.scored and "left-2" not in server.scorer.scored


def _queued(server: Server) -> int:
    return server.service.queue._jobs.qsize()


# -- what the OpenAPI document says about bodies and errors -------------------------------------------------------

def body_schema(schema: dict[str, Any], path: str) -> dict[str, Any]:
    """The request body's schema of ``path``, standalone (the components under ``$defs``)."""
    text = json.dumps(schema["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"])
    components = json.dumps(schema["components"]["schemas"])
    rewrite = lambda text: text.replace("#/components/schemas/", "#/$defs/")  # noqa: E731
    return {**json.loads(rewrite(text)), "$defs": json.loads(rewrite(components))}


def test_the_documented_bodies_match_what_is_accepted(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    batch = jsonschema.Draft202012Validator(body_schema(schema, "/v1/score/batch"))
    report = jsonschema.Draft202012Validator(body_schema(schema, "/v1/report"))
    # [] and too many accounts are refused, and the document says so
    assert not batch.is_valid([]) and client.post("/v1/score/batch", json=[]).status_code == 422
    too_many = [small(f"m-{n}") for n in range(LIMITS.max_batch + 1)]
    assert not batch.is_valid(too_many) and client.post("/v1/score/batch", json=too_many).status_code == 413
    # any item is answered (an error row for a bad one), and the document says so
    assert batch.is_valid({"accounts": [[None, None]]})
    assert client.post("/v1/score/batch", json={"accounts": [[None, None]]}).status_code == 200
    assert not batch.is_valid({"accounts": [small("a")], "extra": 1})
    # a report needs one account it can score
    assert not report.is_valid([[None]]) and client.post("/v1/report", json=[[None]]).status_code == 422
    assert report.is_valid([[None], small("r")]) and client.post("/v1/report", json=[[None], small("r")]).is_success
    # an account with more posts than the server takes is invalid per the document
    account = jsonschema.Draft202012Validator({**body_schema(schema, "/v1/score/batch")["$defs"]["Account"],
                                               "$defs": body_schema(schema, "/v1/score/batch")["$defs"]})
    assert account.is_valid(small("p", posts=LIMITS.max_posts))
    assert not account.is_valid(small("p", posts=LIMITS.max_posts + 1))


@pytest.mark.parametrize("path", POSTS)
def test_errors_are_documented_as_json_everywhere(client: httpx.Client, path: str) -> None:
    responses = client.get("/openapi.json").json()["paths"][path]["post"]["responses"]
    for status in ("400", "408", "413", "415", "422", "500"):
        assert set(responses[status]["content"]) == {"application/json"}, (path, status)
    response = client.post(path, json=[])
    assert response.status_code == 422 and response.headers["content-type"] == "application/json"


def without_defaults(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {key: without_defaults(value) for key, value in schema.items() if key != "default"}
    if isinstance(schema, list):
        return [without_defaults(value) for value in schema]
    return schema


def test_the_verdict_in_the_openapi_document_is_the_published_schema(client: httpx.Client) -> None:
    from credscore.verdict import verdict_json_schema

    # "default" is an annotation, not a constraint (FastAPI drops it from fields always sent): not compared.
    components = without_defaults(client.get("/openapi.json").json()["components"]["schemas"])
    published = without_defaults(json.loads(json.dumps(verdict_json_schema()).replace("#/$defs/",
                                                                                      "#/components/schemas/")))
    for name, definition in published.pop("$defs").items():
        assert components[name] == definition, name
    for key in ("$schema", "$id"):
        published.pop(key)
    assert components["VerdictDocument"] == published
    score = client.get("/openapi.json").json()["paths"]["/v1/score"]["post"]["responses"]["200"]
    assert score["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/VerdictDocument"}


def test_the_verdict_carries_its_format_first(client: httpx.Client) -> None:
    assert next(iter(client.post("/v1/score", json=example()).json().items())) == ("format", "credscore.verdict/1")


def test_an_internal_error_is_logged_as_itself(client: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    # Not wrapped in the ExceptionGroup of the task group that watches for the client leaving.
    caplog.set_level(logging.ERROR, logger="credscore.api")
    assert client.post("/v1/score", json=small("explode-logged")).status_code == 500
    assert wait_for(lambda: any(record.name == "credscore.api.errors" for record in caplog.records))
    (record,) = [record for record in caplog.records if record.name == "credscore.api.errors"]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
