"""Each endpoint of the real server, over HTTP: answers, errors, documentation, responsiveness."""

from __future__ import annotations

import html
import json
import threading
import time
from typing import Any

import httpx
from typer.testing import CliRunner

from credscore.cli import app as cli_app
from tests.api.conftest import EXAMPLE, LIMITS, Server

ENDPOINTS = {("/v1/score", "post"), ("/v1/score/batch", "post"), ("/v1/report", "post"), ("/v1/health", "get"),
             ("/v1/model", "get")}


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def small(account_id: str, posts: int = 6) -> dict[str, Any]:
    return {"id": account_id, "lang": "en", "posts": [
        {"platform": "twitter", "text": f"Our conversion rate rose to {n + 2}% after we fixed the checkout page."}
        for n in range(posts)]}


def expected_verdict(server: Server, document: dict[str, Any], **redact: Any) -> dict[str, Any]:
    """What ``credscore score --format json`` prints, through the JSON round trip of the wire."""
    from credscore.account import parse_account
    from credscore.privacy import redact_verdict

    account = parse_account(document)
    verdict = server.service.score_sync([account])[0]
    if redact:
        verdict = redact_verdict(verdict, account)
    return json.loads(json.dumps(verdict.to_dict()))


def test_health(client: httpx.Client, server: Server) -> None:
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["model_version"] == server.scorer.model.version


def test_model_card(client: httpx.Client, server: Server) -> None:
    card = server.scorer.model.card
    body = client.get("/v1/model").json()
    assert body["name"] == card.name
    assert body["version"] == server.scorer.model.version
    assert body["feature_names"] == list(card.feature_names)
    assert body["metrics"] == json.loads(json.dumps(card.metrics))


def test_score_is_the_verdict_json_of_the_cli(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score", content=EXAMPLE.read_bytes(), headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json() == expected_verdict(server, example())
    # and exactly what the command line prints
    printed = CliRunner().invoke(cli_app, ["score", str(EXAMPLE), "--format", "json"], catch_exceptions=False)
    assert response.json() == json.loads(printed.stdout)


def test_score_one_platform_is_the_clis(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score", params={"platform": "linkedin"}, json=example())
    assert response.status_code == 200
    printed = CliRunner().invoke(cli_app, ["score", str(EXAMPLE), "--format", "json", "--platform", "linkedin"],
                                 catch_exceptions=False)
    assert response.json() == json.loads(printed.stdout)
    assert response.json()["coverage"]["platforms"] == ["linkedin"]
    missing = client.post("/v1/score", params={"platform": "tiktok"}, json=example())
    assert missing.status_code == 404
    assert missing.json()["error"] == "no_such_platform"
    assert "nothing on 'tiktok'" in missing.json()["message"]


def test_batch_on_one_platform_scores_each_part_there(client: httpx.Client) -> None:
    alone = client.post("/v1/score", params={"platform": "linkedin"}, json=example()).json()
    response = client.post("/v1/score/batch", params={"platform": "LinkedIn"}, json=[example(), small("acct-x")])
    assert response.status_code == 200
    body = response.json()
    assert (body["accounts"], body["scored"], body["failed"]) == (2, 1, 1)
    scored, missing = body["results"]
    assert scored["verdict"] == alone and scored["error"] is None
    assert (missing["id"], missing["verdict"]) == ("acct-x", None)
    assert missing["error"]["error"] == "no_such_platform" and missing["error"]["record"] == "acct-x"
    assert missing["error"]["message"] == "acct-x: nothing on 'LinkedIn' (it has: twitter)"


def test_a_report_on_one_platform_shows_that_part(client: httpx.Client) -> None:
    whole = client.post("/v1/score", json=example()).json()
    alone = client.post("/v1/score", params={"platform": "linkedin"}, json=example()).json()
    only_elsewhere = {reason["id"] for reason in whole["reasons"]} - {reason["id"]
                                                                         for reason in alone["reasons"]}
    assert only_elsewhere  # the example's other networks hold reasons its LinkedIn does not
    response = client.post("/v1/report", params={"lang": "en", "platform": "linkedin"}, json=example())
    assert response.status_code == 200
    shown = spaced(html.unescape(response.text))
    assert f"{alone['score']:.1f}" in shown
    for reason in alone["reasons"]:
        assert spaced(reason["message"]["en"]) in shown
    for reason in whole["reasons"]:
        if reason["id"] in only_elsewhere:
            assert spaced(reason["message"]["en"]) not in shown
    missing = client.post("/v1/report", params={"platform": "tiktok"}, json=example())
    assert missing.status_code == 404 and missing.json()["error"] == "no_such_platform"
    several = client.post("/v1/report", params={"lang": "en", "platform": "linkedin"},
                          json=[example(), small("acct-x")])
    assert several.status_code == 200
    assert "acct-x: nothing on 'linkedin'" in html.unescape(several.text)
    nowhere = client.post("/v1/report", params={"platform": "linkedin"}, json=[small("acct-x"), None])
    assert nowhere.status_code == 404 and nowhere.json()["error"] == "no_such_platform"
    assert [problem["path"] for problem in nowhere.json()["problems"]] == ["acct-x", "item 1"]


def test_score_redacted(client: httpx.Client, server: Server) -> None:
    plain = client.post("/v1/score", json=example()).json()
    redacted = client.post("/v1/score", params={"redact": "true"}, json=example()).json()
    assert redacted == expected_verdict(server, example(), redact=True)
    assert redacted != plain
    excerpts = [item["excerpt"] for reason in redacted["reasons"] for item in reason["evidence"]
                if item["kind"] == "message"]
    assert excerpts and set(excerpts) == {"[redacted]"}
    dm_text = next(item["excerpt"] for reason in plain["reasons"] for item in reason["evidence"]
                   if item["kind"] == "message")
    assert dm_text in json.dumps(plain, ensure_ascii=False) and dm_text not in json.dumps(redacted, ensure_ascii=False)
    assert (redacted["score"], redacted["band"]) == (plain["score"], plain["band"])


def test_batch_keeps_every_record_in_order(client: httpx.Client, server: Server) -> None:
    bad = {"id": "acct-bad", "posts": [{"platform": "x", "text": "fine"}, {"platform": "x", "text": "t",
                                                                           "created_at": "yesterday"}]}
    documents = [small("acct-1"), bad, ["not", "an", "object"], small("acct-4")]
    response = client.post("/v1/score/batch", json=documents)
    assert response.status_code == 200
    body = response.json()
    assert (body["accounts"], body["scored"], body["failed"]) == (4, 2, 2)
    rows = body["results"]
    assert [row["index"] for row in rows] == [0, 1, 2, 3]
    assert [row["id"] for row in rows] == ["acct-1", "acct-bad", "item 2", "acct-4"]
    assert rows[0]["verdict"] == expected_verdict(server, small("acct-1")) and rows[0]["error"] is None
    assert rows[3]["verdict"] == expected_verdict(server, small("acct-4"))
    assert rows[1]["verdict"] is None
    assert rows[1]["error"]["message"] == "acct-bad: posts[1].created_at: not an ISO 8601 timestamp"
    assert rows[1]["error"]["problems"] == [{"path": "posts[1].created_at", "message": "not an ISO 8601 timestamp"}]
    assert rows[2]["error"]["message"] == "item 2: expected a JSON object, got array"


def test_batch_accepts_an_accounts_object(client: httpx.Client) -> None:
    response = client.post("/v1/score/batch", json={"accounts": [small("a"), small("b")]})
    assert response.status_code == 200
    assert [row["verdict"]["id"] for row in response.json()["results"]] == ["a", "b"]


def test_batch_row_of_an_account_that_breaks_the_scorer(client: httpx.Client, server: Server) -> None:
    response = client.post("/v1/score/batch", json=[small("a"), small("explode-1"), small("b")])
    assert response.status_code == 200
    rows = response.json()["results"]
    assert [row["error"] is None for row in rows] == [True, False, True]
    assert rows[1]["error"]["error"] == "internal_error"
    assert "secret" not in response.text and "Traceback" not in response.text
    assert rows[2]["verdict"] == expected_verdict(server, small("b"))


def test_an_internal_error_is_a_500_without_details(client: httpx.Client) -> None:
    response = client.post("/v1/score", json=small("explode-2"))
    assert response.status_code == 500
    assert response.json() == {"error": "internal_error", "message": "internal error; the server's log has the details"}
    assert client.get("/v1/health").status_code == 200


def spaced(text: str) -> str:
    """French typography's no-break spaces (before ``:``, in ``1 000``) as plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_report_is_html_with_the_verdict(client: httpx.Client, server: Server) -> None:
    verdict = expected_verdict(server, example())
    for lang in ("fr", "en"):
        response = client.post("/v1/report", params={"lang": lang}, json=example())
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        assert f'<html lang="{lang}">' in response.text
        shown = spaced(html.unescape(response.text))
        assert verdict["id"] in shown
        for reason in verdict["reasons"]:
            assert spaced(reason["message"][lang]) in shown
        assert verdict["reasons"][0]["evidence"][0]["excerpt"] in shown


def test_a_redacted_report_hides_direct_messages(client: httpx.Client, server: Server) -> None:
    verdict = expected_verdict(server, example())
    dm_text = next(item["excerpt"] for reason in verdict["reasons"] for item in reason["evidence"]
                   if item["kind"] == "message")
    plain = client.post("/v1/report", json=example())
    redacted = client.post("/v1/report", params={"redact": "true"}, json=example())
    assert redacted.status_code == 200
    assert dm_text in html.unescape(plain.text) and dm_text not in html.unescape(redacted.text)


def test_a_report_of_several_accounts_lists_the_bad_one(client: httpx.Client) -> None:
    response = client.post("/v1/report", params={"lang": "en"},
                           json={"accounts": [example(), small("acct-good"), {"id": "acct-bad", "posts": "none"}]})
    assert response.status_code == 200
    for name in ("example-fr-fake-guru", "acct-good", "acct-bad", "posts: expected an array, got string"):
        assert name in html.unescape(response.text)


def test_a_report_of_only_bad_accounts_is_422(client: httpx.Client) -> None:
    response = client.post("/v1/report", json=[{"id": "acct-bad", "posts": "none"}])
    assert response.status_code == 422
    assert response.json()["problems"][0]["path"] == "acct-bad"


def test_a_bad_query_parameter_is_422(client: httpx.Client) -> None:
    response = client.post("/v1/report", params={"lang": "de"}, json=example())
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"
    assert "lang" in response.json()["message"]


def test_unknown_route_and_method_are_json(client: httpx.Client) -> None:
    assert client.get("/v1/nope").json()["error"] == "not_found"
    response = client.get("/v1/score")
    assert response.status_code == 405 and response.json()["error"] == "method_not_allowed"


def test_openapi_lists_every_endpoint(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    listed = {(path, method) for path, methods in schema["paths"].items() for method in methods}
    assert listed == ENDPOINTS
    components = schema["components"]["schemas"]
    assert {"Account", "Post", "VerdictDocument", "ErrorOut", "BatchOut", "FetchRequest"} <= set(components)
    score = schema["paths"]["/v1/score"]["post"]
    verdict_schema = score["responses"]["200"]["content"]["application/json"]["schema"]
    assert verdict_schema == {"$ref": "#/components/schemas/VerdictDocument"}
    assert {"400", "408", "413", "415", "422"} <= set(score["responses"])
    assert "requestBody" in score


def test_docs_answer(client: httpx.Client) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "swagger" in response.text.lower()


def test_health_answers_while_a_batch_is_scored(client: httpx.Client, server: Server) -> None:
    server.scorer.gate.clear()
    answers: dict[str, httpx.Response] = {}

    def post_batch() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as other:
            answers["batch"] = other.post("/v1/score/batch", json=[small("hold-1"), small("hold-2")])

    batch = threading.Thread(target=post_batch)
    batch.start()
    try:
        assert server.scorer.holding.wait(timeout=30), "the batch never reached the scorer"
        for _ in range(5):
            started = time.perf_counter()
            assert client.get("/v1/health", timeout=5).status_code == 200
            assert client.get("/v1/model", timeout=5).status_code == 200
            assert time.perf_counter() - started < 2.0
        assert "batch" not in answers, "the batch finished although its scoring was held"
    finally:
        server.scorer.gate.set()
        batch.join(timeout=60)
    assert answers["batch"].status_code == 200
    assert answers["batch"].json()["scored"] == 2


def test_limits_are_the_configured_ones(server: Server) -> None:
    assert server.service.settings == LIMITS

