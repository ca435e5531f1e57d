"""The Instagram and Threads importers under mutated exports, as :mod:`tests.reliability.test_fuzz_importers` does
for the others: an account or a one-line credscore error, nothing else, never a hang.

Meta's exports are many small files, so besides the mutations shared with the other importers, the JSON of
a file is also written back as Meta writes it (mojibake, ``\\u00XX`` escapes) after the edit.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account
from credscore.importers import get_importer
from credscore.importers.merge import merge_accounts
from tests.conftest import REPO
from tests.reliability.fuzz import FUZZ, outcome
from tests.reliability.test_fuzz_importers import _mutated, _written, mutations

FIXTURES = REPO / "tests" / "importers" / "fixtures"
EXAMPLES_PER_IMPORTER = 150
EXAMPLES_MERGE = 30


def _fixture(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


EXPORTS = {
    "instagram-export": _fixture(FIXTURES / "instagram-export"),
    "instagram-export-2022": _fixture(FIXTURES / "instagram-export-2022"),
    "threads-export": _fixture(FIXTURES / "threads-export"),
}
IMPORTERS = {"instagram-export": "instagram-export", "instagram-export-2022": "instagram-export",
             "threads-export": "threads-export"}


def _moji(value: object) -> object:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("latin-1")
    if isinstance(value, list):
        return [_moji(item) for item in value]
    if isinstance(value, dict):
        return {_moji(key): _moji(item) for key, item in value.items()}
    return value


def _as_meta_writes_it(data: bytes) -> bytes:
    """A mutated JSON file written back as Meta writes it (each UTF-8 byte of a string as one escaped
    character), when it is JSON at all."""
    try:
        return json.dumps(_moji(json.loads(data.decode("utf-8")))).encode("ascii")
    except (ValueError, RecursionError):
        return data


def _import(fixture: str, changes, zipped: bool, meta_escapes: bool) -> Account | Exception:
    files = _mutated(EXPORTS[fixture], changes)
    if meta_escapes:
        files = {name: _as_meta_writes_it(data) if name.endswith(".json") else data for name, data in files.items()}
    importer = get_importer(IMPORTERS[fixture])
    with tempfile.TemporaryDirectory() as folder:
        path = _written(files, Path(folder), zipped)
        assert importer.detect(path) in (True, False)
        return outcome(lambda: importer.load(path))


def _fuzz(fixture: str):
    @settings(FUZZ, max_examples=EXAMPLES_PER_IMPORTER)
    @given(mutations, st.booleans(), st.booleans())
    def test(changes, zipped, meta_escapes):
        _import(fixture, changes, zipped, meta_escapes)

    test.__name__ = f"test_{fixture.replace('-', '_')}_fuzz"
    return test


test_instagram_export_fuzz = _fuzz("instagram-export")
test_instagram_export_2022_fuzz = _fuzz("instagram-export-2022")
test_threads_export_fuzz = _fuzz("threads-export")


@settings(FUZZ, max_examples=EXAMPLES_MERGE)
@given(st.lists(st.tuples(st.sampled_from(sorted(EXPORTS)), mutations), min_size=1, max_size=3))
def test_merge_of_fuzzed_meta_imports(sources):
    accounts = [result for fixture, changes in sources
                if isinstance(result := _import(fixture, changes, zipped=False, meta_escapes=False), Account)]
    if accounts:
        outcome(lambda: merge_accounts(accounts, account_id="merged"))
