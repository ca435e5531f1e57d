"""The nasty-input corpus (``nasty/``, one case per file, see ``nasty/README.md``) through the real command line.

A user error exits with status 2 and prints exactly one line on stderr, ``error: `` then the file or
record and the problem — never a traceback, never "internal error". A nasty input that is still a
valid account is scored (status 0). Big cases are built at test time rather than committed.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from credscore.cli import main
from tests.conftest import REPO

NASTY = Path(__file__).resolve().parent / "nasty"
SCORED = 0
USER_ERROR = 2
NOT_A_FORMAT = "not a format credscore can import"

# case -> (exit status, what the one line on stderr says after "error: "; for a scored case, a check of the verdict)
EXPECTED: dict[str, tuple[int, str]] = {
    "empty.json": (USER_ERROR, "empty.json: not valid JSON (Expecting value at line 1, column 1)"),
    "null.json": (USER_ERROR, "null.json: document: expected a JSON object, got null"),
    "empty-array.json": (USER_ERROR, "empty-array.json: expected one account, found 0"),
    "json-string.json": (USER_ERROR, "json-string.json: document: expected a JSON object, got string"),
    "bom-only.json": (USER_ERROR, "bom-only.json: not valid JSON"),
    "bom.json": (SCORED, "nasty"),
    "utf16.json": (USER_ERROR, "utf16.json: not UTF-8 text"),
    "invalid-utf8.json": (USER_ERROR, "invalid-utf8.json: not UTF-8 text"),
    "binary.json": (USER_ERROR, "binary.json: not UTF-8 text"),
    "truncated.json": (USER_ERROR, "truncated.json: not valid JSON (Unterminated string"),
    "nul-bytes.json": (USER_ERROR, "nul-bytes.json: not valid JSON"),
    "nul-in-text.json": (SCORED, "nul"),
    "huge-number.json": (USER_ERROR, "huge-number.json: not usable JSON (Exceeds the limit (4300 digits)"),
    "wrong-types.json": (USER_ERROR, "wrong-types.json: types: posts[0].text: expected a string, got integer; "
                                     "posts[1].platform: expected a string, got array"),
    "posts-not-array.json": (USER_ERROR, "posts-not-array.json: obj: posts: expected an array, got object"),
    "duplicate-ids.json": (USER_ERROR, "duplicate-ids.json: expected one account, found 2; use `credscore batch`"),
    "missing-id.json": (USER_ERROR, "missing-id.json: document: id: required field is missing"),
    "newline-in-id.json": (USER_ERROR, r"newline-in-id.json: document (id 'line\nbreak'): posts[0].text: required"),
    "unknown-platform.json": (SCORED, "myspace"),
    "timestamp-out-of-range.json": (USER_ERROR, "timestamp-out-of-range.json: old: posts[0].created_at: timestamp "
                                                "out of range"),
    "timestamp-year-0.json": (USER_ERROR, "timestamp-year-0.json: zero: posts[0].created_at: not an ISO 8601"),
    "lone-surrogate.json": (USER_ERROR, r"lone-surrogate.json: s: posts[0].text: not valid Unicode text"),
    "lines-with-garbage.jsonl": (USER_ERROR, "lines-with-garbage.jsonl: line 2: not valid JSON"),
    "not-gzip.json.gz": (USER_ERROR, "not-gzip.json.gz: cannot be read (Not a gzipped file"),
    "truncated.json.gz": (USER_ERROR, "truncated.json.gz: cannot be read (Compressed file ended"),
    "binary.bin": (USER_ERROR, f"binary.bin: {NOT_A_FORMAT}"),
    "text-file.txt": (USER_ERROR, f"text-file.txt: {NOT_A_FORMAT}"),
    "html-page.xml": (USER_ERROR, f"html-page.xml: {NOT_A_FORMAT}"),
    "broken-feed.rss": (SCORED, "rss:broken-feed.rss"),
    "empty-texts.json": (SCORED, "blank"),
    "emoji-only.json": (SCORED, "emoji"),
    "not-an-export.zip": (USER_ERROR, f"not-an-export.zip: {NOT_A_FORMAT}"),
    "fake.zip": (USER_ERROR, f"fake.zip: {NOT_A_FORMAT}"),
    "nothing-recognisable": (USER_ERROR, f"nothing-recognisable: {NOT_A_FORMAT}"),
    "outbox-not-object": (USER_ERROR, "outbox-not-object/outbox.json: expected a JSON object"),
}


BUILT = ("deep.json", "deep.jsonl", "big-post.json.gz", "bomb.zip")


def _built(folder: Path) -> dict[str, tuple[Path, int, str]]:
    """The big cases, written at test time: case -> (path, exit status, message)."""
    deep = folder / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    deep_lines = folder / "deep.jsonl"
    deep_lines.write_text('{"id": "x", "posts": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    big = folder / "big-post.json.gz"
    big.write_bytes(gzip.compress(json.dumps({"id": "big", "posts": [{"platform": "x", "text": "x" * 10_000_000}]})
                                  .encode(), mtime=0))
    bomb = folder / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("outbox.json", b" " * (17 * 1024 * 1024))
    return {
        "deep.json": (deep, USER_ERROR, f"{deep}: JSON nested too deeply"),
        "deep.jsonl": (deep_lines, USER_ERROR, f"{deep_lines}: line 1: JSON nested too deeply"),
        "big-post.json.gz": (big, USER_ERROR, f"{big}: big: posts[0].text: longer than 100,000 characters"),
        "bomb.zip": (bomb, USER_ERROR, f"{bomb}:outbox.json: inflates more than 200 times its compressed size"),
    }


def _score(path: Path, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["credscore", "score", str(path), "--format", "json"])
    with pytest.raises(SystemExit) as exited:
        main()
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


def _check(status: int, out: str, err: str, expected_status: int, expected: str) -> None:
    assert "Traceback" not in err and "internal error" not in err, err
    assert status == expected_status, err
    if expected_status == SCORED:
        verdict = json.loads(out)
        assert verdict["id"] == expected and verdict["band"]
        return
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert err.startswith(f"error: {expected}"), err


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_nasty_input(case, monkeypatch, capsys):
    monkeypatch.chdir(NASTY)  # messages name the file as it was given
    _check(*_score(Path(case), monkeypatch, capsys), *EXPECTED[case])


def test_big_nasty_inputs_built_at_test_time(tmp_path, monkeypatch, capsys):
    built = _built(tmp_path)
    assert set(built) == set(BUILT)
    for path, status, message in built.values():
        _check(*_score(path, monkeypatch, capsys), status, message)


def test_the_corpus_and_its_readme_agree():
    files = {path.name for path in NASTY.iterdir()} - {"README.md"}
    assert files == set(EXPECTED)
    readme = (NASTY / "README.md").read_text(encoding="utf-8")
    for case in [*EXPECTED, *BUILT]:
        assert f"`{case}`" in readme, f"{case} is not described in nasty/README.md"


@pytest.mark.parametrize("case", ["newline-in-id.json", "broken-feed.rss"])
def test_real_process_stderr(case):
    """The installed entry point, in its own process: what a user's terminal shows (logging included)."""
    result = subprocess.run([sys.executable, "-m", "credscore", "score", case, "--format", "json"], cwd=NASTY,
                            capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})
    status, message = EXPECTED[case]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.returncode == status, result.stderr
    if status == USER_ERROR:
        assert result.stderr.startswith(f"error: {message}") and result.stderr.count("\n") == 1, result.stderr
    else:
        # A feed read leniently says so once, as a warning, and in the verdict: the history is incomplete.
        assert result.stderr.count("\n") <= 1 and "read leniently" in result.stderr
        sources = json.loads(result.stdout)["coverage"]["sources"]
        assert sources and sources[0]["complete"] is False
