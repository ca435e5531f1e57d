"""``credscore report``: one account, an audit file, options and errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from credscore.cli import app
from credscore.errors import InputError
from tests.report.conftest import EXAMPLES

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, ["report", *(str(arg) for arg in args)], catch_exceptions=False)


def test_report_of_one_account(tmp_path):
    output = tmp_path / "out" / "report.html"
    output.parent.mkdir()
    result = _run(EXAMPLES / "fr_fake_guru.json", "-o", output)
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    assert "Faux expert probable" in html and "example-fr-fake-guru" in html
    assert "1 account(s): 1 scored, 0 error(s)" in result.stderr
    assert not list(output.parent.glob(".*.part")), "no temporary file left behind"
    again = tmp_path / "again.html"
    assert _run(EXAMPLES / "fr_fake_guru.json", "-o", again).exit_code == 0
    assert again.read_bytes() == output.read_bytes(), "the same input gives the same bytes"


def test_language_option(tmp_path):
    output = tmp_path / "report.html"
    assert _run(EXAMPLES / "fr_fake_guru.json", "-o", output, "--lang", "en").exit_code == 0
    html = output.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Likely fake expert" in html


def test_audit_of_a_file_with_a_bad_record(tmp_path):
    lines = [json.dumps(json.loads((EXAMPLES / f"{name}.json").read_text()))
             for name in ("en_genuine_pro", "fr_fake_guru")]
    source = tmp_path / "accounts.jsonl"
    source.write_text(f"{lines[0]}\n{{not json\n{lines[1]}\n{lines[1]}\n", encoding="utf-8")
    output = tmp_path / "audit.html"
    result = _run(source, "-o", output)
    assert result.exit_code == 1, "some records failed, as with batch"
    assert "4 account(s): 2 scored, 2 error(s)" in result.stderr
    html = output.read_text(encoding="utf-8")
    table = html[html.index('<table class="accounts"'):html.index("</table>")]
    assert table.count('<tr class="band-error">') == 2
    assert "line 2: not valid JSON" in table and "line 4: duplicate id (first seen at line 3)" in table
    # Each scored account links to its section (titled with the account's name) and shows its id.
    assert table.count('<a href="#account-1">') == 1 and table.count('<a href="#account-2">') == 1
    assert "example-fr-fake-guru" in table and "example-en-genuine-pro" in table


def test_redacted_report_hides_messages_and_counterparts(tmp_path):
    document = json.loads((EXAMPLES / "fr_fake_guru.json").read_text())
    # A follower's handle in the bio: the self-title reason quotes the bio.
    document["profiles"][0]["bio"] = "@theo_colin " + document["profiles"][0]["bio"]
    source = tmp_path / "account.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    plain, redacted = tmp_path / "plain.html", tmp_path / "redacted.html"
    assert _run(source, "-o", plain).exit_code == 0
    assert _run(source, "-o", redacted, "--redact").exit_code == 0
    plain_html, redacted_html = plain.read_text(encoding="utf-8"), redacted.read_text(encoding="utf-8")
    assert "theo_colin" in plain_html and "Boostez votre visibilité" in plain_html
    assert "theo_colin" not in redacted_html and "Boostez votre visibilité" not in redacted_html
    assert "@[masqué]" in redacted_html and "[texte masqué]" in redacted_html, "redaction in the report's language"
    assert "messages[0]" in redacted_html


def test_output_must_be_html(tmp_path):
    with pytest.raises(InputError, match=r"report\.pdf: a report is an HTML file"):
        _run(EXAMPLES / "fr_fake_guru.json", "-o", tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_a_file_of_one_invalid_account_is_an_error(tmp_path):
    source = tmp_path / "bad.json"
    source.write_text('{"id": "acct-1", "posts": "nope"}', encoding="utf-8")
    with pytest.raises(InputError, match="acct-1: posts"):
        _run(source, "-o", tmp_path / "report.html")
    assert not (tmp_path / "report.html").exists()


def test_a_missing_output_folder_is_refused_not_created(tmp_path):
    with pytest.raises(InputError, match="no folder"):
        _run(EXAMPLES / "fr_fake_guru.json", "-o", tmp_path / "missing" / "report.html")
    assert not (tmp_path / "missing").exists()


def test_report_trusts_a_model_only_when_told(tmp_path):
    import shutil

    from credscore.errors import ModelIntegrityError
    from tests.conftest import REPO

    bare = tmp_path / "bare.skops"
    shutil.copyfile(REPO / "models" / "default.skops", bare)  # no sidecar: refused unless trusted
    output = tmp_path / "report.html"
    with pytest.raises(ModelIntegrityError, match="--trust-model"):
        _run(EXAMPLES / "fr_fake_guru.json", "-o", output, "--model", bare)
    assert _run(EXAMPLES / "fr_fake_guru.json", "-o", output, "--model", bare, "--trust-model").exit_code == 0
    assert output.is_file()


def test_report_of_an_influencer_shows_its_audience(tmp_path):
    from tests.report.test_audience import _influencer, _snapshots

    source = tmp_path / "creator.json"
    source.write_text(json.dumps(_influencer(snapshots=_snapshots())), encoding="utf-8")
    output = tmp_path / "creator.html"
    assert _run(source, "-o", output).exit_code == 0
    html = output.read_text(encoding="utf-8")
    section = html[html.index('<section class="audience-section">'):]
    section = section[:section.index("</section>")]
    assert '<svg class="plot engagement"' in section and '<svg class="plot growth"' in section
    assert "Croissance des abonnés" in section and "Commentaires génériques" in section
