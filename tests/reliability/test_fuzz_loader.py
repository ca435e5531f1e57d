"""The account loader under random and hostile input: an account or a one-line credscore error, nothing else."""

from __future__ import annotations

import gzip
import json
import re
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import reader
from credscore.account import parse_account
from credscore.errors import AccountValidationError, CredscoreError, InputError
from credscore.limits import MAX_NESTING, MAX_POSTS, MAX_TEXT_CHARS
from credscore.reader import iter_records, load_account
from tests.reliability.fuzz import (
    FUZZ,
    NASTY_STRINGS,
    check_account,
    check_error,
    garbage_bytes,
    json_values,
    nasty_text,
    outcome,
    time_limit,
)

EXAMPLES_PARSE = 400
EXAMPLES_FILES = 200


def _field(plausible: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly a plausible value, sometimes anything at all."""
    return st.one_of(plausible, plausible, json_values)


timestamps = st.one_of(st.sampled_from(NASTY_STRINGS[-20:]), st.datetimes().map(lambda moment: moment.isoformat()))
records = {
    "posts": st.fixed_dictionaries({"platform": _field(st.sampled_from(["twitter", "blog", "mastodon"])),
                                    "text": _field(nasty_text)},
                                   optional={"created_at": _field(timestamps), "id": _field(nasty_text),
                                             "kind": _field(st.sampled_from(["post", "reply", "repost", "comment"])),
                                             "links": _field(st.lists(nasty_text, max_size=3)),
                                             "likes": _field(st.integers()), "x-extra": json_values}),
    "messages": st.fixed_dictionaries({"platform": _field(st.just("twitter")), "created_at": _field(timestamps),
                                       "direction": _field(st.sampled_from(["sent", "received"])),
                                       "text": _field(nasty_text)}, optional={"counterpart": _field(nasty_text)}),
    "follows": st.fixed_dictionaries({"platform": _field(st.just("twitter")),
                                      "direction": _field(st.sampled_from(["in", "out"]))},
                                     optional={"counterpart": _field(nasty_text), "created_at": _field(timestamps)}),
    "profiles": st.fixed_dictionaries({"platform": _field(st.just("twitter"))},
                                      optional={"handle": _field(nasty_text), "bio": _field(nasty_text),
                                                "followers": _field(st.integers()), "verified": json_values}),
}
documents = st.fixed_dictionaries(
    {"id": _field(nasty_text)},
    optional={**{kind: _field(st.lists(strategy, max_size=4)) for kind, strategy in records.items()},
              "format": _field(st.sampled_from(["credscore.account/1", "credscore.account/1.1"])),
              "label": _field(st.sampled_from(["fake", "genuine"])),
              "lang": _field(nasty_text), "sources": json_values, "x-extra": json_values})
anything = st.one_of(documents, documents, json_values)


@settings(FUZZ, max_examples=EXAMPLES_PARSE)
@given(anything)
def test_parse_account_fuzz(data):
    result = outcome(lambda: parse_account(data, position="line 1"))
    if isinstance(result, CredscoreError):
        assert isinstance(result, AccountValidationError)


def _serialised(document) -> bytes:
    if isinstance(document, bytes):
        return document
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _encode(documents: list, form: str, cut: int) -> bytes:
    data = b"\n".join(map(_serialised, documents)) if form == "lines" else _serialised(documents[0])
    if form == "bom":
        data = b"\xef\xbb\xbf" + data
    elif form == "utf-16":
        data = data.decode("utf-8", "surrogateescape").encode("utf-16", "surrogatepass")
    elif form == "truncated":
        data = data[: cut % max(len(data), 1)]
    return data


files = st.tuples(
    st.lists(st.one_of(documents, json_values, garbage_bytes), min_size=1, max_size=4),
    st.sampled_from(["plain", "lines", "bom", "utf-16", "truncated", "garbage"]),
    st.sampled_from([".json", ".jsonl", ".ndjson", ".gz", ".json.gz", ".jsonl.gz", ".txt"]),
    st.integers(min_value=0), st.booleans(), garbage_bytes)


@settings(FUZZ, max_examples=EXAMPLES_FILES)
@given(files)
def test_account_files_fuzz(case):
    documents, form, suffix, cut, compress, garbage = case
    data = garbage if form == "garbage" else _encode(documents, form, cut)
    if suffix.endswith(".gz") and compress:
        data = gzip.compress(data, mtime=0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"accounts{suffix}"
        path.write_bytes(data)
        _read_every_record(path)
        outcome(lambda: load_account(path))


def _read_every_record(path: Path) -> None:
    """Every record comes out as an account or the error naming it; only the file as a whole may fail."""
    with time_limit():
        try:
            for record in iter_records(path):
                assert (record.account is None) != (record.error is None)
                if record.error is not None:
                    check_error(record.error)
                else:
                    check_account(record.account)
                assert isinstance(record.record_id, str) and record.record_id
        except CredscoreError as error:
            check_error(error)


# --- the big ones, built at test time --------------------------------------------------------------------------

def _post(text="un mot", **fields):
    return {"platform": "twitter", "text": text, **fields}


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_10_mb_post_is_refused_naming_the_field(tmp_path, suffix):
    path = tmp_path / f"big{suffix}"
    path.write_text(json.dumps({"id": "big", "posts": [_post(), _post("x" * 10_000_000)]}), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(AccountValidationError) as caught:
        load_account(path)
    expected = f"{path}: big: posts[1].text: longer than {MAX_TEXT_CHARS:,} characters (got 10,000,000)"
    assert str(caught.value) == expected
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".gz", ".txt"])
@pytest.mark.parametrize("where", ["top", "inside"])
def test_100k_nested_arrays_are_refused(tmp_path, suffix, where):
    deep = "[" * 100_000 + "]" * 100_000
    text = deep if where == "top" else '{"id": "deep", "posts": [{"platform": "x", "text": "t", "more": ' + deep + "}]}"
    path = tmp_path / f"deep{suffix}"
    data = text.encode()
    path.write_bytes(gzip.compress(data) if suffix == ".gz" else data)
    with pytest.raises(InputError, match="nested too deeply"):
        load_account(path)


def test_nesting_past_the_limit_is_refused_before_validation():
    nested = []
    for _ in range(MAX_NESTING):
        nested = [nested]
    with pytest.raises(AccountValidationError, match=f"deep: JSON nested more than {MAX_NESTING} levels deep"):
        parse_account({"id": "deep", "posts": [_post(extra=nested)]})
    assert parse_account({"id": "ok", "posts": [_post(extra=[[[[]]]])]}).posts[0].model_extra == {"extra": [[[[]]]]}


def test_a_number_of_5000_digits(tmp_path):
    for suffix, expected in ((".json", r"huge\.json: not usable JSON"), (".jsonl", "line 1: not usable JSON")):
        path = tmp_path / f"huge{suffix}"
        path.write_text('{"id": "n", "posts": [{"platform": "x", "text": "t", "likes": ' + "9" * 5000 + "}]}")
        with pytest.raises(InputError, match=expected):
            load_account(path)


def test_100k_posts_load_and_more_than_the_limit_are_refused_quickly(tmp_path):
    posts = [_post(f"post {i}", created_at=f"2024-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z") for i in range(100_000)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"id": "many", "posts": posts}))
    started = time.monotonic()
    assert len(load_account(path).posts) == 100_000
    assert time.monotonic() - started < 30
    started = time.monotonic()
    with pytest.raises(AccountValidationError, match=f"many: posts: more than {MAX_POSTS:,} records"):
        parse_account({"id": "many", "posts": [_post()] * (MAX_POSTS + 1)})
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(("timestamp", "problem"), [
    ("0000-01-01T00:00:00Z", "not an ISO 8601 timestamp"),
    ("99999-01-01T00:00:00Z", "not an ISO 8601 timestamp"),
    ("0001-01-01T00:00:00+01:00", "timestamp out of range"),
    ("9999-12-31T23:00:00-05:00", "timestamp out of range"),
    (1e20, "not an ISO 8601 timestamp (got number)"),
    # A fourth field of the time, which Python's reader would take for a fraction of a second.
    ("2026-10-01T21:10:00:00Z", "not an ISO 8601 timestamp (the time has more than hours, minutes and seconds)"),
    ("2026-10-01T21:10:37:59+02:00", "not an ISO 8601 timestamp (the time has more than hours, minutes and seconds)"),
])
def test_timestamps_out_of_range(timestamp, problem):
    with pytest.raises(AccountValidationError, match=r"^t: posts\[0\]\.created_at: " + re.escape(problem)):
        parse_account({"id": "t", "posts": [_post(created_at=timestamp)]})


@pytest.mark.parametrize("timestamp", ["2026-10-01T21:10:37Z", "2026-10-01T21:10:37+02:00", "2026-10-01T21:10:37.59Z",
                                       "2026-10-01T21:10Z", "2026-10-01", "2026-10-01 21:10:37-05:30"])
def test_ordinary_timestamps_still_read(timestamp):
    assert parse_account({"id": "t", "posts": [_post(created_at=timestamp)]}).posts[0].created_at is not None


def test_lone_surrogates_are_refused_wherever_they_are():
    for document, path in [
        ({"id": "s", "posts": [_post("a\ud800b")]}, r"posts\[0\]\.text"),
        ({"id": "s", "posts": [_post(note={"k": ["\udfff"]})]}, r"posts\[0\]\.note\.k\[0\]"),
        ({"id": "s", "sources": [{"note\udfff": 1}]}, r"sources\[0\]"),
    ]:
        with pytest.raises(AccountValidationError, match=rf"^s: {path}: not valid Unicode text"):
            parse_account(document)
    with pytest.raises(AccountValidationError) as caught:
        parse_account({"id": "bad\ud800\nid"}, position="line 4")
    assert check_error(caught.value).startswith(r"line 4 (id 'bad\ud800\nid'): id: not valid Unicode text")


def test_over_long_lines_and_documents_are_refused_and_the_rest_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(json.dumps({"id": name, "posts": [_post(text)]})
                              for name, text in (("a", "short"), ("b", "x" * 5000), ("c", "short"))) + "\n")
    loaded = list(iter_records(path))
    assert [record.record_id for record in loaded] == ["a", "line 2", "c"]
    assert str(loaded[1].error) == "line 2: longer than 1,000 characters; refusing to read it"
    monkeypatch.setattr(reader, "MAX_DOCUMENT_CHARS", 1000)
    path = tmp_path / "doc.json"
    path.write_text(json.dumps([{"id": "a", "posts": [_post("x" * 2000)]}]))
    with pytest.raises(InputError, match=r"doc\.json: longer than 1,000 characters; write large sets of accounts as "
                                         "JSON Lines"):
        load_account(path)


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf" + json.dumps({"id": "bom", "posts": []}).encode()])
def test_a_byte_order_mark_is_not_content(tmp_path, data):
    for suffix in (".json", ".jsonl"):
        path = tmp_path / f"bom{suffix}"
        path.write_bytes(data)
        result = outcome(lambda path=path: load_account(path))
        assert (result.id == "bom") if len(data) > 3 else isinstance(result, InputError)
