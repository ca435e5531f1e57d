import gzip
import json

import pytest

from credscore.errors import AccountValidationError, InputError
from credscore.reader import iter_records, load_account, load_accounts

GOOD = {"id": "a", "posts": [{"platform": "twitter", "text": "hi"}]}


def _write(path, text, *, compress=False):
    data = text.encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


@pytest.mark.parametrize(("name", "text", "ids"), [
    ("one.json", json.dumps(GOOD), ["a"]),
    ("many.json", json.dumps([GOOD, {**GOOD, "id": "b"}]), ["a", "b"]),
    ("many.jsonl", json.dumps(GOOD) + "\n\n" + json.dumps({**GOOD, "id": "b"}) + "\n", ["a", "b"]),
    # No telling suffix: two objects on two lines are JSON Lines, one pretty-printed object is JSON.
    ("accounts.txt", json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "b"}), ["a", "b"]),
    ("pretty.data", json.dumps(GOOD, indent=2), ["a"]),
])
def test_reads_object_array_and_json_lines(tmp_path, name, text, ids):
    assert [a.id for a in load_accounts(_write(tmp_path / name, text))] == ids


def test_reads_gzip(tmp_path):
    path = _write(tmp_path / "a.jsonl.gz", json.dumps(GOOD) + "\n", compress=True)
    assert [a.id for a in load_accounts(path)] == ["a"]


def test_bad_records_do_not_stop_the_stream(tmp_path):
    lines = [json.dumps(GOOD), "{not json", json.dumps({"id": "c", "posts": [{"platform": "x"}]}),
             json.dumps({**GOOD, "id": "d"})]
    records = list(iter_records(_write(tmp_path / "b.jsonl", "\n".join(lines))))
    assert [r.account.id if r.account else None for r in records] == ["a", None, None, "d"]
    assert "line 2: not valid JSON" in str(records[1].error)
    assert isinstance(records[2].error, AccountValidationError)
    assert records[2].record_id == "c"
    assert str(records[2].error) == "c: posts[0].text: required field is missing"


@pytest.mark.parametrize(("setup", "message"), [
    (lambda p: p, "no such file"),
    (lambda p: (p.mkdir(), p)[1], "is a folder"),
    (lambda p: (p.write_bytes(b"\xff\xfe{"), p)[1], "not UTF-8"),
    (lambda p: (p.write_text("{\"id\": "), p)[1], "not valid JSON"),
])
def test_unreadable_files_are_clear_errors(tmp_path, setup, message):
    path = setup(tmp_path / "accounts.json")
    with pytest.raises(InputError, match=message):
        load_accounts(path)


def test_load_account_wants_exactly_one(tmp_path):
    path = _write(tmp_path / "two.json", json.dumps([GOOD, {**GOOD, "id": "b"}]))
    with pytest.raises(InputError, match="expected one account, found 2"):
        load_account(path)
