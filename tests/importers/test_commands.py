"""``credscore import``, run through the CLI's app."""

from __future__ import annotations

import json
import sys
import types

import pytest
from typer.testing import CliRunner

from credscore.account import parse_account
from credscore.cli import app
from credscore.errors import InputError
from credscore.importers.commands import write_account
from credscore.reader import load_account
from tests.importers.helpers import FIXTURES, zipped

runner = CliRunner()


def _import(*args):
    return runner.invoke(app, ["import", *map(str, args)])


def test_import_detects_merges_and_writes(tmp_path):
    output = tmp_path / "jane.json"
    result = _import(FIXTURES / "twitter-archive", zipped(FIXTURES / "mastodon-archive", tmp_path / "m.zip"),
                     "--linkedin-export", FIXTURES / "linkedin-export",
                     "--facebook-export", FIXTURES / "facebook-export", "--id", "jane", "-o", output)
    assert result.exit_code == 0, result.output
    text = output.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "credscore.account/1.1",\n  "id": "jane",')
    assert "Première réunion" in text  # written as UTF-8, not \u escapes
    data = json.loads(text)
    assert [note["kind"] for note in data["sources"]] == [
        "twitter-archive", "mastodon-archive", "linkedin-export", "facebook-export"]
    assert data["posts"][0]["created_at"].endswith("Z")
    account = parse_account(data)
    assert account == load_account(output)
    assert (len(account.posts), len(account.messages), len(account.follows)) == (6 + 5 + 8 + 5, 5 + 1 + 4 + 5, 3 + 2)
    assert [path.name for path in tmp_path.iterdir()] in (["jane.json", "m.zip"], ["m.zip", "jane.json"])
    summary = result.stderr.strip()
    assert "\n" not in summary
    assert summary.startswith("imported twitter-archive: 2 posts, 3 replies, 1 reposts, 0 comments, 5 messages, "
                              "3 follows; mastodon-archive: 3 posts, 1 replies, 1 reposts")
    assert summary.endswith(f"-> {output} (44 records)")


def test_source_option_and_incomplete_flag(tmp_path, shared_dir):
    output = tmp_path / "out.json"
    result = _import(shared_dir / "fixtures" / "twitter-archive", "--source", "twitter-archive",
                     "--id", "x", "-o", output)
    assert result.exit_code == 0, result.output
    assert "twitter-archive (incomplete): 6 posts, 42 replies, 15 reposts" in result.stderr
    assert len(load_account(output).posts) == 63


@pytest.mark.parametrize(("args", "message"), [
    ([], "nothing to import"),
    ([FIXTURES], "matches several formats"),
    ([FIXTURES / "twitter-archive", "--source", "myspace"], "unknown source 'myspace'"),
    (["--twitter-archive", FIXTURES / "linkedin-export"], "not an X (Twitter) archive"),
    (["--mastodon-archive", FIXTURES / "nowhere"], "nowhere: no such file or folder"),
])
def test_errors_are_input_errors(tmp_path, args, message):
    output = tmp_path / "out.json"
    result = _import(*args, "--id", "x", "-o", output)
    assert isinstance(result.exception, InputError) and message in str(result.exception)
    assert not output.exists()


def test_unwritable_output(tmp_path):
    result = _import(FIXTURES / "facebook-export", "--id", "x", "-o", tmp_path / "no" / "out.json")
    assert isinstance(result.exception, InputError) and "no folder" in str(result.exception)


def test_connectors_unavailable(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "credscore.connectors", None)  # `import` then raises ImportError
    result = _import("--mastodon", "@jane@fosstodon.example", "--id", "x", "-o", tmp_path / "out.json")
    assert isinstance(result.exception, InputError)
    assert "--mastodon is not available" in str(result.exception)


def test_connector_specs_are_passed_through(tmp_path, monkeypatch):
    asked = []

    def fetch_account(spec):
        asked.append(spec)
        return parse_account({"id": spec, "posts": [{"platform": "blog", "text": spec}],
                              "sources": [{"kind": spec.split(":")[0], "location": spec, "complete": True}]})

    monkeypatch.setitem(sys.modules, "credscore.connectors",
                        types.SimpleNamespace(fetch_account=fetch_account))
    result = _import("--rss", "feed.xml", "--mastodon", "@jane@fosstodon.example", "--bluesky", "jane.example",
                     "--id", "x", "-o", tmp_path / "out.json")
    assert result.exit_code == 0, result.output
    assert asked == ["rss:feed.xml", "mastodon:@jane@fosstodon.example", "bluesky:jane.example"]
    assert len(load_account(tmp_path / "out.json").posts) == 3


def test_write_account_replaces_atomically(tmp_path):
    output = tmp_path / "out.json"
    output.write_text("old")
    account = parse_account({"id": "x", "posts": [{"platform": "x", "text": "é"}]})
    write_account(account, output)
    assert json.loads(output.read_text(encoding="utf-8"))["posts"][0]["text"] == "é"
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]
