"""Nothing is lost in a batch: corrupt records become error rows, and a killed run resumes to the same output."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from credscore.batch import LocalEngine, score_file
from credscore.batch.store import RunStore

# The ways a record goes wrong in real batches, each with what its error row must say.
CORRUPTIONS = [
    (lambda line: line[: len(line) // 2], "not valid JSON"),                    # truncated by a crash
    (lambda line: "[1, 2, 3]", "expected a JSON object"),                     # not an account at all
    (lambda line: line.replace('"id": "', '"ident": "', 1), "id"),            # required field missing
    (lambda line: line.replace('"text": "', '"text": 42, "x": "', 1), "text"),  # wrong type
    (lambda line: line.replace('"created_at": "', '"created_at": "31/12/', 1), "created_at"),  # bad timestamp
    (lambda line: line.replace("{", "{\x00", 1), "not valid JSON"),            # a NUL byte
]


def _tiny_account(number: int) -> dict:
    """A small account (6 posts), so that 10,000 of them score in seconds."""
    french = number % 2 == 0
    posts = [{"platform": ("twitter", "linkedin")[k % 2], "created_at": f"2024-03-{k + 1:02d}T09:00:00Z",
              "text": (f"Notre marge brute progresse de {k} points ce trimestre" if french
                       else f"Boost your engagement with storytelling tip number {k} https://bit.ly/x{k}")}
             for k in range(6)]
    return {"id": f"acct-{number:05d}", "lang": "fr" if french else "en", "posts": posts}


@pytest.mark.slow
def test_a_corrupt_batch_of_10000_loses_nothing(tmp_path):
    rng = random.Random(7)
    total = 10_000
    corrupt = set(rng.sample(range(total), total // 100))
    expected_errors = {}
    source = tmp_path / "batch.jsonl"
    with source.open("wb") as stream:
        for number in range(total):
            line = json.dumps(_tiny_account(number))
            if number in corrupt:
                corruption, message = CORRUPTIONS[number % len(CORRUPTIONS)]
                line = corruption(line)
                expected_errors[number] = message
            stream.write(line.encode("utf-8") + b"\n")
        # Bytes that are not UTF-8 in one line must not stop the lines after it from being read.
        stream.write(b'{"id": "latin-1", "name": "Ren\xe9e", "posts": []}\n')
        stream.write((json.dumps(_tiny_account(total)) + "\n").encode())

    output = tmp_path / "scores.jsonl"
    summary = score_file(source, output, engine=LocalEngine(2), chunk_size=500)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]

    assert len(rows) == total + 2 and summary.rows == total + 2
    assert summary.errors == len(corrupt) + 1 and summary.scored == total + 1 - len(corrupt)
    for number, row in enumerate(rows[:total]):
        if number in expected_errors:
            assert row["score"] is None and row["band"] is None
            assert f"line {number + 1}" in row["error"] or row["id"] == f"acct-{number:05d}", row
            assert expected_errors[number] in row["error"], row
        else:
            assert row["error"] is None and row["id"] == f"acct-{number:05d}" and row["band"], row
    assert "line 10001" in rows[total]["error"] and "UTF-8" in rows[total]["error"]
    assert rows[total + 1]["id"] == f"acct-{total:05d}" and rows[total + 1]["error"] is None


def _batch_command(source, output, *extra):
    return [sys.executable, "-m", "credscore", "batch", str(source), "-o", str(output), "-j", "1",
            "--chunk-size", "3", *extra]


@pytest.mark.slow
def test_kill_9_then_resume_gives_the_uninterrupted_output(tmp_path, accounts_file, reference_rows):
    output = tmp_path / "scores.jsonl"
    store = RunStore(output)
    log = tmp_path / "first-run.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(_batch_command(accounts_file, output), stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 300
        while len(list(store.folder.glob("chunk-*.jsonl"))) < 3:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.05)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    done = len(list(store.folder.glob("chunk-*.jsonl")))
    assert 3 <= done < 14 and not output.exists()

    again = subprocess.run(_batch_command(accounts_file, output), capture_output=True, text=True)
    assert again.returncode == 2 and "--resume" in again.stderr and "Traceback" not in again.stderr

    resumed = subprocess.run(_batch_command(accounts_file, output, "--resume"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed after" in resumed.stderr
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert rows == reference_rows
    assert len({row["id"] for row in rows}) == len(rows)
    assert not store.folder.exists()
