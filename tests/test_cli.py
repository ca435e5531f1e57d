"""The command line, end to end on the bundled examples and the shipped model."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert list(verdict) == ["format", "id", "score", "probability", "band", "signals", "reasons", "coverage",
                             "model_version"]
    assert verdict["format"] == "credscore.verdict/1"
    assert verdict["band"] == band
    assert 0 <= verdict["score"] <= 100 and 0 <= verdict["probability"] <= 1
    assert verdict["reasons"], "every score comes with its reasons"
    if band == "likely_fake":
        towards_fake = [r for r in verdict["reasons"] if r["direction"] == "towards_fake"]
        assert towards_fake and all(r["evidence"] for r in towards_fake[:2])
        posts = json.loads((EXAMPLES / example).read_text())["posts"]
        excerpts = {item["excerpt"][:40] for r in towards_fake for item in r["evidence"] if item["kind"] == "post"}
        assert excerpts <= {" ".join(p["text"].split())[:40] for p in posts}, "evidence quotes real posts"


def test_score_one_platform_of_an_account():
    whole = json.loads(_run("score", EXAMPLES / "en_fake_guru.json", "--format", "json").stdout)
    alone = json.loads(_run("score", EXAMPLES / "en_fake_guru.json", "--format", "json", "--platform",
                            "Instagram").stdout)
    assert len(whole["coverage"]["platforms"]) == 4
    assert alone["coverage"]["platforms"] == ["instagram"]
    assert alone["coverage"]["posts"] < whole["coverage"]["posts"]


def test_an_audit_of_one_platform_names_the_accounts_with_nothing_there(tmp_path):
    guru = json.loads((EXAMPLES / "en_fake_guru.json").read_text(encoding="utf-8"))
    elsewhere = {"id": "only-mastodon", "posts": [{"platform": "mastodon", "text": f"note {n}"} for n in range(6)]}
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_text(json.dumps(guru) + "\n" + json.dumps(elsewhere) + "\n", encoding="utf-8")
    result = _run("report", accounts, "-o", tmp_path / "audit.html", "--platform", "instagram")
    assert result.exit_code == 1  # one record failed, and its row says why
    assert "2 account(s): 1 scored, 1 error(s)" in result.stderr
    assert "nothing on &#39;instagram&#39; (it has: mastodon)" in (tmp_path / "audit.html").read_text(encoding="utf-8")


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
    (["score", "{account}", "--platform", "tiktok"],
     "nothing on 'tiktok' (it has: blog, instagram, linkedin, twitter)"),
])
@pytest.mark.slow
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


@pytest.mark.slow
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


# How many iterations the solver took may differ by one with the machine's arithmetic; what it found may not.
_NOT_PARAMETERS = frozenset({"n_iter_"})


def _fitted_arrays(obj, path="model", seen=None):
    """Every number a fitted model holds (learned parameters and settings), by where it sits."""
    import numpy as np

    seen = set() if seen is None else seen
    if isinstance(obj, list | tuple | dict) or hasattr(obj, "__dict__"):
        if id(obj) in seen:
            return
        seen.add(id(obj))
    if isinstance(obj, np.ndarray) and obj.dtype.kind in "fiub":
        yield path, obj.astype(float)
    elif isinstance(obj, float | int) and not isinstance(obj, bool):
        yield path, np.asarray([obj], dtype=float)
    elif isinstance(obj, list | tuple):
        for index, item in enumerate(obj):
            yield from _fitted_arrays(item, f"{path}[{index}]", seen)
    elif isinstance(obj, dict):
        for name, value in sorted(obj.items(), key=lambda item: str(item[0])):
            yield from _fitted_arrays(value, f"{path}[{name!r}]", seen)
    elif hasattr(obj, "__dict__") and type(obj).__module__.split(".")[0] in ("sklearn", "credscore"):
        for name, value in sorted(vars(obj).items()):
            if name not in _NOT_PARAMETERS:
                yield from _fitted_arrays(value, f"{path}.{name}", seen)


@pytest.mark.slow
def test_shipped_model_is_reproducible_from_the_readme_command(tmp_path, monkeypatch):
    """The README's command rebuilds the shipped model: the same predictions, coefficients and metrics to 1e-9.

    Bytes are not compared: they differ with the machine's linear-algebra library in the last digits.
    """
    import hashlib
    import shlex

    import numpy as np

    from credscore.cli.train import accounts_of
    from credscore.features import feature_names
    from credscore.model.persistence import load_model
    from credscore.model.training import training_set
    from credscore.rules import load_rules

    card = json.loads((REPO / "models" / "default.json").read_text())
    assert card["command"] in (REPO / "README.md").read_text(), "the README gives the command that made the model"
    # The shipped file is the one its sidecar describes (load_model checks it too).
    assert hashlib.sha256((REPO / "models" / "default.skops").read_bytes()).hexdigest() == card["model_sha256"]
    arguments = shlex.split(card["command"])[1:]
    arguments[arguments.index("-o") + 1] = str(tmp_path / "default.skops")
    monkeypatch.chdir(REPO)  # the command's paths are the repository's
    assert _run(*arguments).exit_code == 0
    rebuilt_card = json.loads((tmp_path / "default.json").read_text())
    assert rebuilt_card["training_data"] == card["training_data"]
    assert rebuilt_card["feature_names"] == card["feature_names"]

    shipped = load_model(REPO / "models" / "default.skops", expected_features=feature_names())
    rebuilt = load_model(tmp_path / "default.skops", expected_features=feature_names())
    data = training_set(accounts_of(Path(arguments[1])), load_rules(None).verdict.minimum_own_posts)
    np.testing.assert_allclose(rebuilt.model.predict_proba(data.X, data.texts),
                               shipped.model.predict_proba(data.X, data.texts), rtol=0, atol=1e-9)
    # A model loaded in its linear form (the sidecar's numbers) is compared through its estimator, and that form too.
    shipped_parameters = dict(_fitted_arrays(getattr(shipped.model, "estimator", shipped.model)))
    rebuilt_parameters = dict(_fitted_arrays(getattr(rebuilt.model, "estimator", rebuilt.model)))
    shipped_parameters.update(_fitted_arrays(shipped.card.model_dump()["linear"], "linear"))
    rebuilt_parameters.update(_fitted_arrays(rebuilt.card.model_dump()["linear"], "linear"))
    assert rebuilt_parameters.keys() == shipped_parameters.keys()
    assert any("coef_" in name for name in shipped_parameters), "the classifier's coefficients are compared"
    for name, values in shipped_parameters.items():
        np.testing.assert_allclose(rebuilt_parameters[name], values, rtol=1e-9, atol=1e-9, err_msg=name)
    assert _numbers(rebuilt_card["metrics"]) == pytest.approx(_numbers(card["metrics"]), rel=1e-9, abs=1e-12)


def _numbers(tree, path=""):
    """The numbers of a nested mapping, by path."""
    if isinstance(tree, dict):
        return {key: value for name, item in tree.items() for key, value in _numbers(item, f"{path}/{name}").items()}
    if isinstance(tree, list):
        return {key: value for index, item in enumerate(tree)
                for key, value in _numbers(item, f"{path}[{index}]").items()}
    return {path: tree} if isinstance(tree, int | float) and not isinstance(tree, bool) else {}


# -- the command line's conventions: usage errors, help, version, hints, outputs ------------------------------------

def _main(*args):
    """Run the console entry point in this process; (exit status, stdout, stderr) come from capsys."""
    from credscore.cli.errors import run

    with pytest.raises(SystemExit) as stopped:
        run(app, {"debug": False}, [str(arg) for arg in args])
    return stopped.value.code


@pytest.mark.parametrize(("args", "named"), [
    (["score", "x.json", "--formt", "json"], "--formt"),
    (["score"], "INPUT"),
    (["nope"], "nope"),
    (["score", "x.json", "--lang", "de"], "de"),
    (["batch", "in.jsonl"], "--output"),
    (["report", "in.json", "-o", "r.html", "--max-posts", "0"], "--max-posts"),
    (["--bogus"], "--bogus"),
])
def test_usage_errors_are_one_line_with_status_2(capsys, args, named):
    assert _main(*args) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert named in lines[0] and "--help" in lines[0]
    assert "internal error" not in captured.err and "Traceback" not in captured.err


def test_version_and_help(capsys):
    from credscore import __version__

    assert _main("--version") == 0
    assert capsys.readouterr().out.strip() == f"credscore {__version__}"
    assert _main("--help") == 0
    root = capsys.readouterr().out
    assert "--install-completion" in root, "shell completion is on"
    for command in ("score", "batch", "report", "import", "train", "evaluate", "synth", "serve", "schema"):
        assert command in root
        assert _main(command, "--help") == 0
        shown = capsys.readouterr().out
        assert "<bool>" not in shown, f"{command} --help shows a type beside a flag"


def _cli_options() -> dict[str, set[str]]:
    import typer.main

    group = typer.main.get_command(app)
    return {name: {option for param in command.params for option in (*param.opts, *param.secondary_opts)}
            for name, command in group.commands.items()}


def test_every_command_that_loads_a_model_can_trust_it():
    options = _cli_options()
    for command in ("score", "batch", "report", "evaluate", "serve"):
        assert {"--model", "--trust-model", "--rules"} <= options[command], command


def test_every_hint_names_an_option_that_exists():
    """The options named in the library's messages (error hints, notes) are options of the command line."""
    import ast
    import re

    import typer.main

    root = {option for param in typer.main.get_command(app).params for option in param.opts}
    known = set().union(*_cli_options().values(), root, {"--help"})
    named: dict[str, str] = {}
    for path in (REPO / "credscore").rglob("*.py"):
        if "cli" in path.relative_to(REPO / "credscore").parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                for option in re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", node.value):
                    named.setdefault(option, str(path.relative_to(REPO)))
    assert named, "the walk finds the hints"
    unknown = {option: where for option, where in named.items() if option not in known}
    assert not unknown, f"hints naming options no command has: {unknown}"


def test_an_export_that_is_not_recognised_points_to_an_option_score_has(tmp_path, capsys):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "notes.txt").write_text("nothing an importer knows", encoding="utf-8")
    assert _main("score", folder) == 2
    message = capsys.readouterr().err
    assert "--source" in message and "--source" in _cli_options()["score"]
    assert _main("score", folder, "--source", "no-such-format") == 2
    assert "unknown source 'no-such-format'" in capsys.readouterr().err


def test_the_library_never_imports_the_command_line():
    import ast

    for path in (REPO / "credscore").rglob("*.py"):
        if "cli" in path.relative_to(REPO / "credscore").parts or path.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                       else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(module == "credscore.cli" or module.startswith("credscore.cli.") for module in modules), \
                path


@pytest.mark.slow
@pytest.mark.parametrize("module", ["credscore.report.command", "credscore.api.command",
                                    "credscore.importers.commands"])
def test_command_helpers_import_on_their_own(module):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == 0, done.stderr


def test_every_output_needs_an_existing_folder(tmp_path, capsys):
    """batch, report, import and synth treat a missing output folder alike: one line, nothing created."""
    account = tmp_path / "account.json"
    account.write_text((EXAMPLES / "en_fake_guru.json").read_text(), encoding="utf-8")
    missing = tmp_path / "missing" / "dir"
    for args in (["batch", account, "-o", missing / "out.csv"],
                 ["report", account, "-o", missing / "report.html"],
                 ["import", "--rss", account, "--id", "x", "-o", missing / "x.json"],
                 ["synth", "-n", "1", "-o", missing / "c.jsonl"]):
        assert _main(*args) == 2, args
        message = capsys.readouterr().err.strip()
        assert message.count("\n") == 0 and f"no folder {missing}" in message, message
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", [["score"], ["report", "-o", "{out}"], ["batch", "-o", "{out_csv}"],
                                     ["import", "--id", "x", "-o", "{out_json}"]])
def test_a_fifo_is_refused_in_one_line(tmp_path, capsys, command):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    args = [arg.format(out=tmp_path / "r.html", out_csv=tmp_path / "o.csv", out_json=tmp_path / "x.json")
            for arg in command]
    assert _main(args[0], fifo, *args[1:]) == 2
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0 and "not a regular file" in message, message


def test_synth_warns_when_its_draw_is_the_training_corpus(tmp_path, capsys):
    from credscore.synth.corpora import committed_corpus, training_corpus_name

    training = committed_corpus(training_corpus_name())
    assert training is not None, "the shipped model was trained on a committed corpus"
    assert training.command in (REPO / "README.md").read_text(), "the README's corpus command is the real one"
    assert _main("synth", "-n", "2", "--seed", training.seed, "-o", tmp_path / "a.jsonl") == 0
    assert "warning:" in capsys.readouterr().err
    other_seed = training.seed + 1
    assert _main("synth", "-n", "2", "--seed", other_seed, "-o", tmp_path / "b.jsonl") == 0
    assert "warning" not in capsys.readouterr().err


def test_the_scorer_owns_trust(tmp_path):
    import shutil

    from credscore.errors import ModelIntegrityError
    from credscore.scoring import Scorer

    bare = tmp_path / "bare.skops"
    shutil.copyfile(REPO / "models" / "default.skops", bare)  # no sidecar beside it
    with pytest.raises(ModelIntegrityError, match="--trust-model"):
        Scorer(bare)
    assert Scorer(bare, trust=True).model.path == bare


def test_the_command_line_library_is_pinned():
    """Typer changed what its usage errors are (0.29 vendors its own Click): a pin keeps the handling right."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    typer_pin = next(spec for spec in project["dependencies"] if spec.startswith("typer"))
    assert "<" in typer_pin, typer_pin
    assert project["scripts"]["credscore"] == "credscore.cli:main"
    assert (REPO / "credscore" / "py.typed").is_file()


def _linkedin_copy(tmp_path):
    import shutil

    from tests.importers.helpers import FIXTURES

    folder = tmp_path / "linkedin"
    shutil.copytree(FIXTURES / "linkedin-export", folder)
    return folder


def test_a_semicolon_separated_linkedin_csv_names_the_separator_and_the_fix(tmp_path, capsys):
    folder = _linkedin_copy(tmp_path)
    shares = folder / "Shares.csv"
    rows = list(csv.reader(shares.read_text(encoding="utf-8").splitlines()))
    with shares.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)  # as French Excel saves it
    assert _main("import", folder, "--id", "jane", "-o", tmp_path / "jane.json") == 2
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0 and "semicolons (;)" in message and "CSV UTF-8 (comma delimited)" in message


@pytest.mark.parametrize(("encoding", "named", "iconv"), [
    ("utf-16", "UTF-16", "iconv -f UTF-16"),
    ("cp1252", "Windows-1252", "iconv -f CP1252"),
])
def test_a_file_in_another_encoding_says_which_and_how_to_convert(tmp_path, capsys, encoding, named, iconv):
    document = tmp_path / "account.json"
    document.write_bytes(json.dumps({"id": "café", "posts": [{"platform": "twitter", "text": "Élan général"}]},
                                    ensure_ascii=False).encode(encoding))
    assert _main("score", document) == 2
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0 and "not UTF-8" in message and named in message and iconv in message


def _linkedin_shares_in(tmp_path, encoding):
    folder = _linkedin_copy(tmp_path)
    shares = folder / "Shares.csv"
    text = shares.read_text(encoding="utf-8").replace("Three things I learned", "Trois idées apprises")
    shares.write_bytes(text.encode(encoding))
    return folder


def test_an_export_file_in_windows_1252_says_so_and_how_to_convert(tmp_path, capsys):
    folder = _linkedin_shares_in(tmp_path, "cp1252")
    assert _main("import", folder, "--id", "jane", "-o", tmp_path / "jane.json") == 2
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0 and "Windows-1252" in message and "iconv -f CP1252" in message


def test_an_export_file_saved_again_as_utf16_with_its_mark_is_read(tmp_path):
    # Windows tools save a CSV again as "Unicode" (UTF-16 with a byte-order mark): the text is all there.
    folder = _linkedin_shares_in(tmp_path, "utf-16")
    assert _main("import", folder, "--id", "jane", "-o", tmp_path / "jane.json") == 0
    posts = json.loads((tmp_path / "jane.json").read_text(encoding="utf-8"))["posts"]
    assert any("Trois idées apprises" in (post.get("text") or "") for post in posts)


def test_schema_verdict_prints_the_schema_a_verdict_follows(capsys):
    from credscore.verdict import published_verdict_schema

    assert _main("schema", "verdict") == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == published_verdict_schema(), "the command and the file in the package agree"
    assert printed["$schema"].startswith("https://json-schema.org/") and "band" in printed["properties"]
