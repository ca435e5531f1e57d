"""Privacy: ``--redact`` leaves no direct-message text nor counterpart handle in any output; logs never do."""

from __future__ import annotations

import json
import logging

import pytest
from typer.testing import CliRunner

import credscore
from credscore.account import parse_account
from credscore.cli import app
from credscore.importers import detect_importer
from credscore.privacy import REDACTED, REDACTED_HANDLE, counterparts_of, redact_verdict
from credscore.scoring import Scorer
from credscore.signals.base import Evidence, SignalResult
from credscore.verdict import Coverage, Reason, Verdict
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"
FIXTURES = REPO / "tests" / "importers" / "fixtures"
runner = CliRunner()


def _document() -> dict:
    """The French fake guru, whose DMs greet each new follower by handle, and who once replies to one in public."""
    document = json.loads((EXAMPLES / "fr_fake_guru.json").read_text(encoding="utf-8"))
    for message in document["messages"]:
        message["text"] = f"Merci @{message['counterpart']} pour le follow ! {message['text']}"
    first = document["messages"][0]["counterpart"]
    document["posts"].append({"platform": "twitter", "kind": "reply", "text": f"@{first} avec plaisir, à bientôt !"})
    document["sources"] = [{"kind": "twitter-archive", "location": "x.zip", "complete": False,
                            "note": f"the conversation with @{first} was cut short"}]
    return document


@pytest.fixture(scope="module")
def document_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("privacy") / "guru.json"
    path.write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    return path


def _score(path, *options):
    result = runner.invoke(app, ["score", str(path), *options], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _private_strings(document: dict) -> tuple[list[str], list[str]]:
    texts = [" ".join(message["text"].split()) for message in document["messages"]]
    handles = sorted({item["counterpart"] for item in (*document["messages"], *document["follows"])})
    return texts, handles


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_redacted_output_holds_no_dm_text_nor_counterpart(document_file, output_format):
    document = _document()
    texts, handles = _private_strings(document)
    plain = _score(document_file, "--format", output_format, "--lang", "en")
    redacted = _score(document_file, "--format", output_format, "--lang", "en", "--redact")

    # Without --redact the DMs behind the reasons are quoted, handles included: the test can see a leak.
    assert any(text[:60] in plain for text in texts)
    assert any(handle in plain for handle in handles)
    for text in texts:
        assert text[:40] not in redacted
        # Even the words of a DM after its greeting: the pitch and its link.
        assert text.split("! ", 1)[1][:40] not in redacted
    for handle in handles:
        assert handle.lower() not in redacted.lower(), handle
    assert REDACTED in redacted


def test_redacted_json_keeps_the_findings_and_every_evidence_reference(document_file):
    plain = json.loads(_score(document_file, "--format", "json"))
    redacted = json.loads(_score(document_file, "--format", "json", "--redact"))
    assert set(redacted) == set(plain)
    for key in ("id", "score", "probability", "band", "signals", "model_version"):
        assert redacted[key] == plain[key]
    assert [r["id"] for r in redacted["reasons"]] == [r["id"] for r in plain["reasons"]]
    messages = 0
    for before, after in zip(plain["reasons"], redacted["reasons"], strict=True):
        assert before["values"] == after["values"] and before["weight"] == after["weight"]
        assert [e["ref"] for e in after["evidence"]] == [e["ref"] for e in before["evidence"]]
        for item in after["evidence"]:
            if item["kind"] == "message":
                messages += 1
                assert item["excerpt"] == REDACTED and item["link"] is None
                assert item["ref"].startswith("messages[")
    assert messages, "the example's reasons rest on its DMs"
    assert redacted["coverage"]["sources"][0]["note"] == f"the conversation with {REDACTED_HANDLE} was cut short"


def test_post_excerpts_lose_counterpart_handles_but_not_other_words():
    account = parse_account({"id": "a", "messages": [
        {"platform": "mastodon", "created_at": "2024-01-01T10:00:00Z", "direction": "sent", "text": "hi",
         "counterpart": "@Marie@social.example"},
        {"platform": "twitter", "created_at": "2024-01-01T10:00:00Z", "direction": "received", "text": "yo",
         "counterpart": "theo_colin"}],
        "follows": [{"platform": "twitter", "direction": "in", "counterpart": "@jo"}]})
    assert counterparts_of(account) == {"marie@social.example", "theo_colin", "jo"}
    post = Evidence("post", 0, "twitter", "@marie @MARIE@social.example theo_colin @jo: thanks @marieverdier, jo",
                    id="p0", link="https://x.example/theo_colin/status/1")
    message = Evidence("message", 1, "twitter", "see you @theo_colin", link="https://bit.ly/x",
                       created_at="2024-01-01T10:00:00+00:00")
    reason = Reason("rule", "r", "towards_fake", 10, "add", {"en": "e", "fr": "f"}, {"x": 1.0}, (post, message))
    coverage = Coverage(1, 1, 0, 1, 1, 1, 0, ("twitter",), 0, {}, 5, False, {}, ())
    signals = {"s": SignalResult("s", True, {"x": 1.0}, {"x": (message,)})}
    verdict = Verdict("a", None, None, "insufficient_data", signals, (reason,), coverage, "m")

    redacted = redact_verdict(verdict, account)
    quoted, dm = redacted.reasons[0].evidence
    assert quoted.excerpt == (f"{REDACTED_HANDLE} {REDACTED_HANDLE} {REDACTED_HANDLE} {REDACTED_HANDLE}: "
                              "thanks @marieverdier, jo")
    assert quoted.link == f"https://x.example/{REDACTED_HANDLE}/status/1"
    assert (quoted.ref, quoted.created_at) == ("p0", None)
    assert dm == Evidence("message", 1, "twitter", REDACTED, created_at="2024-01-01T10:00:00+00:00")
    assert redacted.signals["s"].evidence["x"] == (dm,)
    assert redacted.signals["s"].values == {"x": 1.0}
    # Without the account, DMs are still redacted, and nothing else is touched; the original is unchanged.
    alone = redact_verdict(verdict)
    assert alone.reasons[0].evidence == (post, dm)
    assert verdict.reasons[0].evidence == (post, message)
    assert credscore.redact_verdict is redact_verdict


def test_logs_never_hold_message_texts(caplog):
    """Scoring and importing at DEBUG: no DM text reaches the logs (they may end up in shared log files)."""
    document = _document()
    caplog.set_level(logging.DEBUG)
    accounts = [parse_account(document)]
    accounts += [detect_importer(FIXTURES / name).load(FIXTURES / name)
                 for name in ("twitter-archive", "linkedin-export", "facebook-export", "mastodon-archive")]
    verdicts = Scorer().score_many(accounts)
    assert len(verdicts) == len(accounts)
    texts = [message.text for account in accounts for message in account.messages]
    assert len(texts) > len(document["messages"]), "the fixtures hold DMs too"
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    for text in texts:
        words = " ".join(text.split())
        if len(words) >= 12:
            assert words[:40] not in logged
