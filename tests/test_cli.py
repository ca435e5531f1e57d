"""The command line, end to end on the bundled examples and the shipped model."""

import csv
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from credscore.cli import app
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"
runner = CliRunner()


def _run(*args):
    return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)


@pytest.mark.parametrize(("example", "band"), [
    ("fr_fake_guru.json", "likely_fake"),
    ("en_fake_guru.json", "likely_fake"),
    ("fr_genuine_pro.json", "likely_genuine"),
    ("en_genuine_pro.json", "likely_genuine"),
])
def test_score_json_on_the_examples(example, band):
    result = _run("score", EXAMPLES / example, "--format", "json")
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert set(verdict) == {"id", "score", "probability", "band", "signals", "reasons", "coverage", "model_version"}
    assert verdict["band"] == band
    assert 0 <= verdict["score"] <= 100 and 0 <= verdict["probability"] <= 1
    assert verdict["reasons"], "every score comes with its reasons"
    if band == "likely_fake":
        towards_fake = [r for r in verdict["reasons"] if r["direction"] == "towards_fake"]
        assert towards_fake and all(r["evidence"] for r in towards_fake[:2])
        posts = json.loads((EXAMPLES / example).read_text())["posts"]
        excerpts = {item["excerpt"][:40] for r in towards_fake for item in r["evidence"] if item["kind"] == "post"}
        assert excerpts <= {" ".join(p["text"].split())[:40] for p in posts}, "evidence quotes real posts"


def test_score_text_is_in_the_accounts_language_or_the_one_asked():
    french = _run("score", EXAMPLES / "fr_fake_guru.json")
    assert french.exit_code == 0
    assert "FAUX EXPERT PROBABLE" in french.stdout and "Raisons" in french.stdout
    english = _run("score", EXAMPLES / "fr_fake_guru.json", "--lang", "en")
    assert "LIKELY FAKE EXPERT" in english.stdout and "Reasons" in english.stdout
    assert "“" in english.stdout, "reasons quote the posts behind them"


def test_insufficient_data_is_not_a_guess(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps({"id": "tiny", "posts": [{"platform": "twitter", "text": "Bonjour à tous !"}] * 2}))
    verdict = json.loads(_run("score", path, "--format", "json").stdout)
    assert verdict["band"] == "insufficient_data"
    assert verdict["score"] is None and verdict["probability"] is None
    assert "INSUFFICIENT DATA" in _run("score", path, "--lang", "en").stdout


def test_batch_writes_one_row_per_record_and_fails_on_bad_records(tmp_path):
    good = [json.loads((EXAMPLES / name).read_text()) for name in sorted(p.name for p in EXAMPLES.glob("*.json"))]
    lines = [json.dumps(good[0]), "{broken", json.dumps({"id": "bad", "posts": [{"text": "no platform"}]}),
             *(json.dumps(doc) for doc in good[1:]), json.dumps(good[0])]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    output = tmp_path / "out.csv"
    result = _run("batch", source, "-o", output)
    assert result.exit_code == 1
    with output.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == len(lines)
    assert [row["id"] for row in rows] == [good[0]["id"], "line 2", "bad", *(d["id"] for d in good[1:]), good[0]["id"]]
    assert "not valid JSON" in rows[1]["error"]
    assert rows[2]["error"] == "bad: posts[0].platform: required field is missing"
    assert "duplicate id" in rows[-1]["error"]
    scored = [row for row in rows if not row["error"]]
    assert len(scored) == len(good) and all(row["band"] for row in scored)
    assert "error(s)" in result.stderr


def test_batch_jsonl_output_matches_single_scores(tmp_path):
    source = tmp_path / "in.json"
    docs = [json.loads(path.read_text()) for path in sorted(EXAMPLES.glob("*.json"))]
    source.write_text(json.dumps(docs))
    output = tmp_path / "out.jsonl"
    assert _run("batch", source, "-o", output).exit_code == 0
    rows = [json.loads(line) for line in output.read_text().splitlines()]
    for doc, row in zip(docs, rows, strict=True):
        single = tmp_path / "one.json"
        single.write_text(json.dumps(doc))
        alone = json.loads(_run("score", single, "--format", "json").stdout)
        assert (row["id"], row["score"], row["band"]) == (alone["id"], alone["score"], alone["band"])


@pytest.mark.parametrize(("args", "message"), [
    (["score", "missing.json"], "error: missing.json: no such file or folder"),
    (["score", "{bad}"], "not valid JSON"),
    (["score", "{account}", "--rules", "nope.toml"], "error: nope.toml: no such rules file"),
    (["score", "{account}", "--model", "nope.skops"], "error: nope.skops: no such model file"),
    (["batch", "{account}", "-o", "out.xlsx"], "unknown output format '.xlsx'"),
])
def test_user_errors_are_one_line_without_traceback(tmp_path, args, message):
    (tmp_path / "bad.json").write_text("{")
    (tmp_path / "account.json").write_text((EXAMPLES / "en_fake_guru.json").read_text())
    args = [arg.format(bad=tmp_path / "bad.json", account=tmp_path / "account.json") for arg in args]
    # The code under test, whether or not (and however) the package is installed.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    completed = subprocess.run([sys.executable, "-m", "credscore", *args], capture_output=True, text=True,
                               cwd=tmp_path, timeout=120, env=env)
    assert completed.returncode == 2
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1


def test_train_then_evaluate_round_trip(tmp_path):
    from credscore.synth import write_corpus

    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 160, seed=7)
    model = tmp_path / "m.skops"
    trained = _run("train", corpus, "-o", model, "--seed", "3")
    assert trained.exit_code == 0, trained.output
    card = json.loads(model.with_suffix(".json").read_text())
    assert card["metrics"]["cross_validated"]["roc_auc"] > 0.8
    evaluated = _run("evaluate", corpus, "--model", model, "--format", "json")
    figures = json.loads(evaluated.stdout)
    assert figures["model"]["roc_auc"] > 0.8
    assert figures["model_version"].startswith("credscore-custom@")
    scored = _run("score", EXAMPLES / "en_fake_guru.json", "--model", model, "--format", "json")
    assert json.loads(scored.stdout)["model_version"] == figures["model_version"]


def test_shipped_model_is_reproducible_from_the_readme_command(tmp_path):
    card = json.loads((REPO / "models" / "default.json").read_text())
    readme = (REPO / "README.md").read_text()
    assert card["command"] in readme, "the README gives the command that made the shipped model"
    arguments = card["command"].split()[1:]
    output = arguments.index("-o") + 1
    arguments[output] = str(tmp_path / "default.skops")
    with_paths = [str(REPO / arg) if arg.startswith("data/") else arg for arg in arguments]
    assert _run(*with_paths).exit_code == 0
    rebuilt = json.loads((tmp_path / "default.json").read_text())
    assert rebuilt["model_sha256"] == card["model_sha256"]
    assert rebuilt["training_data"] == card["training_data"]
