"""A JSON Lines line is read by pydantic's own JSON parser when it holds a valid account, and by ``json`` plus
:func:`~credscore.account.parse_account` otherwise: either way, the same account or the same error."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import reader
from credscore.account import _may_hold_surrogate, parse_account_json
from credscore.reader import LoadedRecord, RawRecord, load_raw
from tests.reliability.fuzz import FUZZ
from tests.reliability.test_fuzz_loader import anything, documents

EXAMPLES = 400


def _thorough(line: str, monkeypatch: pytest.MonkeyPatch) -> LoadedRecord:
    """What ``load_raw`` gives without the fast path: ``json.loads``, then ``parse_account``."""
    with monkeypatch.context() as patch:
        patch.setattr(reader, "parse_account_json", lambda source: None)
        return load_raw(RawRecord("line 7", line=line))


def _seen(record: LoadedRecord) -> tuple[str, str, str]:
    """A record as a batch sees it: its account (every field and unread field, in any order) or its error."""
    if record.account is not None:
        dumped = json.dumps(record.account.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return "account", record.record_id, dumped
    assert record.error is not None
    return type(record.error).__name__, record.record_id, str(record.error)


def _same_either_way(line: str, monkeypatch: pytest.MonkeyPatch) -> LoadedRecord:
    fast = load_raw(RawRecord("line 7", line=line))
    assert _seen(fast) == _seen(_thorough(line, monkeypatch))
    return fast


_VALID = {"id": "acct-1", "format": "credscore.account/1.1", "lang": "fr",
          "profiles": [{"platform": "LinkedIn", "handle": "jo", "bio": "Coach 🚀", "followers": 12, "verified": False}],
          "posts": [{"platform": "linkedin", "text": "Marge brute : +12 % ce trimestre",
                     "created_at": "2025-03-04T08:30:00", "likes": 3, "links": ["https://example.org/a"],
                     "media": [{"kind": "image"}],
                     "comments": [{"text": "Bravo !", "likes": 0}]},
                    {"platform": "linkedin", "text": "Merci !", "created_at": "2025-03-04T08:30:00+01:00",
                     "kind": "reply", "x-tool": {"name": "buffer", "ids": [1, 2.5, None, True]}}],
          "messages": [{"platform": "linkedin", "created_at": "2025-03-05T10:00:00Z", "direction": "sent",
                        "text": "Bonjour, merci pour l'ajout"}],
          "follows": [{"platform": "linkedin", "direction": "in", "ended_at": "2025-04-01T00:00:00Z"}],
          "snapshots": [{"platform": "linkedin", "at": "2025-03-01T00:00:00Z", "followers": 10}]}


def _line(**changes) -> str:
    return json.dumps({**_VALID, **changes}, ensure_ascii=False)


@pytest.mark.parametrize("line", [
    _line(),
    json.dumps({**_VALID, "profiles": []}),  # every non-ASCII character escaped
    " \t" + _line() + "\r\n",
    _line(posts=_VALID["posts"] * 2),  # a post seen twice comes out once
])
def test_a_valid_line_is_read_by_the_fast_path_as_the_thorough_one_reads_it(line, monkeypatch):
    assert parse_account_json(line) is not None
    assert _same_either_way(line, monkeypatch).account is not None


@pytest.mark.parametrize(("line", "accepted"), [
    ('{"id": "a", "id": "b"}', True),  # a repeated key: the last one counts, as in json
    ('{"id": "a", "x": 1, "y": 2, "x": 3}', True),
    ('{"id": "a", "x": NaN, "y": Infinity, "z": -Infinity, "w": -0.0}', True),  # json's extensions, kept
    ('{"id": "a", "x": 1.5e400, "y": 5e-324, "z": 0.30000000000000004, "w": 1E5}', True),
    ('{"id": "a", "x": 123456789012345678901234567890}', True),
    ('{"id": "a", "x": ' + "9" * 5000 + "}", False),  # past Python's 4,300 digits: json refuses it
    ('{"id": "a", "x": "a\tb"}', False),  # a raw control character in a string
    ('{"id": "a", "x": ' + "[" * 60 + "]" * 60 + "}", True),
    ('{"id": "a", "x": ' + "[" * 300 + "]" * 300 + "}", False),  # deeper than MAX_NESTING
    ('{"id": "a", "x": ' + "[" * 3000 + "]" * 3000 + "}", False),  # deeper than json's recursion
    ('{"id": "a", "x": "\\ud800"}', False),  # a lone surrogate
    ('{"id": "a", "x": "\\ud83d\\ude00 \\u00e9"}', True),  # an escaped emoji: a pair, no lone surrogate
    ('{"id": "\\u0000"}', True),
    (json.dumps(_VALID), True),  # an escaped emoji: the thorough path looks for a lone surrogate

    ('{"id": ""}', False),
    ('{"id": "a", "posts": [{"platform": "x", "text": "t", "likes": 1.0}]}', False),
    ('{"id": "a", "posts": [{"platform": "x", "text": "t", "likes": true}]}', False),
    ('{"id": "a", "posts": [{"platform": "x", "text": "t", "likes": -1}]}', False),
    ('{"id": "a", "posts": [{"platform": "x", "text": "t", "created_at": 1700000000}]}', False),
    ('{"id": "a", "posts": [{"platform": "x", "text": "t", "created_at": "yesterday"}]}', False),
    ('{"id": "a", "posts": [{"platform": "x", "text": "t", "links": ["u", 1]}]}', False),
    ('{"id": "a", "posts": {"platform": "x", "text": "t"}}', False),
    ('{"id": "a", "profiles": [{"platform": "x", "verified": 1}]}', False),
    ('{"id": "a", "label": "maybe"}', False),
    ('{"id": "a"} {"id": "b"}', False),
    ('[{"id": "a"}]', False),
    ('"acct"', False),
    ("{'id': 'a'}", False),
    ('{"id": "a",}', False),
])
def test_every_line_gives_the_same_account_or_error_either_way(line, accepted, monkeypatch):
    assert (_same_either_way(line, monkeypatch).account is not None) is accepted


def test_floats_come_out_bit_for_bit(monkeypatch):
    extra = _same_either_way('{"id": "a", "x": [NaN, -0.0, 0.1, 2.2250738585072014e-308]}', monkeypatch)
    assert extra.account is not None
    values = extra.account.model_extra["x"]
    assert math.isnan(values[0]) and math.copysign(1, values[1]) == -1 and values[2:] == [0.1, 2.2250738585072014e-308]


@settings(FUZZ, max_examples=EXAMPLES)
@given(anything, st.booleans())
def test_random_documents_read_the_same_either_way(document, ascii_only):
    line = json.dumps(document, ensure_ascii=ascii_only)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_either_way(line, monkeypatch)


@settings(FUZZ, max_examples=EXAMPLES)
@given(documents)
def test_a_document_the_thorough_path_accepts_takes_the_fast_path(document):
    line = json.dumps(document, ensure_ascii=False)
    with pytest.MonkeyPatch.context() as monkeypatch:
        thorough = _thorough(line, monkeypatch)
    if thorough.account is not None and not _may_hold_surrogate(line):
        assert parse_account_json(line) is not None
