"""Every importer under mutated exports: an account or a one-line credscore error, nothing else, never a hang.

Each example starts from a real-looking export (the importer tests' fixtures, the recorded feeds) and
mutates it a few times: a JSON value swapped for a random one, a key or a file deleted, a list
repeated, a CSV cell or an XML text replaced, nasty text inserted, the file cut short or replaced by
garbage; then the export is read as a folder or as a zip.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account
from credscore.importers import get_importer
from credscore.importers.merge import merge_accounts
from credscore.importers.rss import parse_feed
from tests.conftest import REPO
from tests.reliability.fuzz import FUZZ, garbage_bytes, json_values, nasty_text, outcome

FIXTURES = REPO / "tests" / "importers" / "fixtures"
FEEDS = REPO / "tests" / "connectors" / "recorded" / "rss"
EXAMPLES_PER_IMPORTER = 150
EXAMPLES_MERGE = 40
_JS_PREFIX = re.compile(r"^\s*window\.[\w.]+\s*=\s*")


def _fixture(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


EXPORTS = {
    "twitter-archive": _fixture(FIXTURES / "twitter-archive"),
    "mastodon-archive": _fixture(FIXTURES / "mastodon-archive"),
    "linkedin-export": _fixture(FIXTURES / "linkedin-export"),
    "facebook-export": _fixture(FIXTURES / "facebook-export"),
    "rss": {"feed.xml": (FEEDS / "blog.rss").read_bytes(), "feed.atom": (FEEDS / "blog.atom").read_bytes()},
}

mutations = st.lists(st.tuples(
    st.sampled_from(["json-replace", "json-replace", "json-delete", "json-repeat", "csv-cell", "xml-text", "insert",
                     "truncate", "garbage", "delete-file"]),
    st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6), json_values, nasty_text,
    garbage_bytes), min_size=1, max_size=4)


def _json_body(data: bytes) -> tuple[str, object] | None:
    """``(prefix, value)`` of a JSON file or of an X archive's ``window.YTD… = [...]`` file; None when unreadable."""
    try:
        text = data.decode("utf-8-sig")
        prefix = match.group(0) if (match := _JS_PREFIX.match(text)) else ""
        return prefix, json.loads(text[len(prefix):])
    except (ValueError, RecursionError):
        return None


def _nodes(value: object, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _nodes(item, (*path, index))
    return found


def _edit_json(data: bytes, kind: str, at: int, value: object) -> bytes:
    parsed = _json_body(data)
    if parsed is None:
        return data
    prefix, root = parsed
    path = _nodes(root)[at % len(_nodes(root))]
    if not path:
        root = value if kind == "json-replace" else root
    else:
        parent = root
        for step in path[:-1]:
            parent = parent[step]
        if kind == "json-replace":
            parent[path[-1]] = value
        elif kind == "json-delete":
            del parent[path[-1]]
        elif isinstance(parent[path[-1]], list) and parent[path[-1]]:  # json-repeat
            parent[path[-1]] = parent[path[-1]] * 50
    return (prefix + json.dumps(root, ensure_ascii=False)).encode("utf-8", "surrogatepass")


def _edit_csv(data: bytes, at: int, text: str) -> bytes:
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except (ValueError, csv.Error):
        return data
    cells = [(r, c) for r, row in enumerate(rows) for c in range(len(row))]
    if not cells:
        return data
    r, c = cells[at % len(cells)]
    rows[r][c] = text
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


def _edit_xml(data: bytes, at: int, text: str) -> bytes:
    gaps = [match.span() for match in re.finditer(rb">[^<]*<", data)]
    if not gaps:
        return data
    start, end = gaps[at % len(gaps)]
    return data[: start + 1] + text.encode("utf-8", "surrogatepass") + data[end - 1:]


def _mutated(files: dict[str, bytes], changes) -> dict[str, bytes]:
    files = dict(files)
    for kind, which, at, value, text, garbage in changes:
        if not files:
            break
        name = sorted(files)[which % len(files)]
        data = files[name]
        if kind.startswith("json-"):
            files[name] = _edit_json(data, kind, at, value)
        elif kind == "csv-cell":
            files[name] = _edit_csv(data, at, text)
        elif kind == "xml-text":
            files[name] = _edit_xml(data, at, text)
        elif kind == "insert":
            cut = at % (len(data) + 1)
            files[name] = data[:cut] + text.encode("utf-8", "surrogatepass") + data[cut:]
        elif kind == "truncate":
            files[name] = data[: at % (len(data) + 1)]
        elif kind == "garbage":
            files[name] = garbage
        else:
            del files[name]
    return files


def _written(files: dict[str, bytes], root: Path, zipped: bool) -> Path:
    if zipped:
        path = root / "export.zip"
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return path
    folder = root / "export"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def _import(name: str, changes, zipped: bool) -> Account | Exception:
    files = _mutated(EXPORTS[name], changes)
    importer = get_importer(name)
    with tempfile.TemporaryDirectory() as folder:
        if name == "rss":
            results = []
            for feed, data in files.items():
                path = Path(folder) / feed
                path.write_bytes(data)
                assert importer.detect(path) in (True, False)
                results.append(outcome(lambda path=path: importer.load(path)))
                results.append(outcome(lambda data=data: parse_feed(data, location="feed", account_id="rss:feed")))
            return next((result for result in results if isinstance(result, Account)), results[0] if results else None)
        path = _written(files, Path(folder), zipped)
        assert importer.detect(path) in (True, False)
        return outcome(lambda: importer.load(path))


def _fuzz_importer(name: str):
    @settings(FUZZ, max_examples=EXAMPLES_PER_IMPORTER)
    @given(mutations, st.booleans())
    def test(changes, zipped):
        _import(name, changes, zipped)

    test.__name__ = f"test_{name.replace('-', '_')}_fuzz"
    return test


test_twitter_archive_fuzz = _fuzz_importer("twitter-archive")
test_mastodon_archive_fuzz = _fuzz_importer("mastodon-archive")
test_linkedin_export_fuzz = _fuzz_importer("linkedin-export")
test_facebook_export_fuzz = _fuzz_importer("facebook-export")
test_rss_fuzz = _fuzz_importer("rss")


@settings(FUZZ, max_examples=EXAMPLES_MERGE)
@given(st.lists(st.tuples(st.sampled_from(sorted(EXPORTS)), mutations), min_size=1, max_size=3))
def test_merge_of_fuzzed_imports(sources):
    accounts = [result for name, changes in sources
                if isinstance(result := _import(name, changes, zipped=False), Account)]
    if accounts:
        outcome(lambda: merge_accounts(accounts, account_id="merged"))
