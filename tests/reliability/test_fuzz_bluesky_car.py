"""The Bluesky repository (CAR) importer under damaged files: an account or one clear line, never a traceback.

Byte-level damage (cut short, bits flipped, bytes inserted, garbage) on a repository built with the test
builder, and structural damage (a record's field, or a whole record, replaced by any DAG-CBOR value, so
that the file decodes and the importer's own handling of records is what is tested).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account
from credscore.importers.bluesky_car import BlueskyCarImporter
from tests.importers.bluesky_car_builder import build_car
from tests.importers.test_bluesky_car import RECORDS
from tests.reliability.fuzz import FUZZ, garbage_bytes, nasty_text, outcome

EXAMPLES_BYTES = 150
EXAMPLES_RECORDS = 100
importer = BlueskyCarImporter()
CAR = build_car(RECORDS)
_INT64 = 2**63

# What DAG-CBOR can hold: no floats (NaN and infinities are forbidden, and records never carry floats), text
# without lone surrogates, 64-bit integers, bytes (CIDs and blob references are bytes to the decoder).
cbor_text = nasty_text.filter(lambda text: not any(0xD800 <= ord(char) <= 0xDFFF for char in text))
cbor_scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-_INT64, max_value=_INT64 - 1), cbor_text,
                         st.binary(max_size=40))
cbor_values = st.recursive(cbor_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(cbor_text, inner, max_size=4)), max_leaves=12)

byte_damage = st.lists(st.tuples(st.sampled_from(["truncate", "flip", "insert", "garbage"]),
                                 st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=7),
                                 garbage_bytes), min_size=1, max_size=4)


def _damaged(data: bytes, changes) -> bytes:
    for kind, at, bit, garbage in changes:
        cut = at % (len(data) + 1)
        if kind == "truncate":
            data = data[:cut]
        elif kind == "flip" and data:
            index = at % len(data)
            data = data[:index] + bytes([data[index] ^ (1 << bit)]) + data[index + 1:]
        elif kind == "insert":
            data = data[:cut] + garbage + data[cut:]
        else:
            data = garbage
    return data


def _load(data: bytes) -> Account | Exception:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "repo.car"
        path.write_bytes(data)
        assert importer.detect(path) is True
        return outcome(lambda: importer.load(path))


@settings(FUZZ, max_examples=EXAMPLES_BYTES)
@given(byte_damage)
def test_byte_damage(changes):
    _load(_damaged(CAR, changes))


@settings(FUZZ, max_examples=EXAMPLES_RECORDS)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=10**6), st.one_of(st.none(), cbor_text), cbor_values),
                min_size=1, max_size=4))
def test_record_damage(changes):
    records = [(key, dict(record)) for key, record in RECORDS]
    replaced: dict[int, object] = {}
    for which, field, value in changes:
        index = which % len(records)
        if field is None:
            replaced[index] = value  # the whole record: a list, a string, another object
        else:
            records[index][1][field] = value
    data = build_car([(key, replaced.get(index, record)) for index, (key, record) in enumerate(records)])
    assert isinstance(_load(data), Account)  # any record value is read or left out: the file itself is sound
