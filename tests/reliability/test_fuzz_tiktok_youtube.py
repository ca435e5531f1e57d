"""The TikTok and YouTube Takeout importers and the YouTube feed reader under mutated input, as the other importers
(:mod:`tests.reliability.test_fuzz_importers`): an account or a one-line credscore error, nothing else, never a hang."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import feedparser
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account
from credscore.connectors.youtube import channel_account, is_channel_feed
from credscore.importers import get_importer
from credscore.importers.rss import parse_feed
from tests.conftest import REPO
from tests.reliability.fuzz import FUZZ, outcome
from tests.reliability.test_fuzz_importers import EXAMPLES_PER_IMPORTER, _fixture, _mutated, _written, mutations

FIXTURES = REPO / "tests" / "importers" / "fixtures"
FEED = REPO / "tests" / "connectors" / "recorded" / "youtube" / "channel.xml"

EXPORTS = {
    "tiktok-export": _fixture(FIXTURES / "tiktok-export"),
    "tiktok-export-older": _fixture(FIXTURES / "tiktok-export-older"),
    "youtube-takeout": _fixture(FIXTURES / "youtube-takeout"),
}


def _import(fixture: str, changes, zipped: bool, bare: bool) -> Account | Exception:
    files = _mutated(EXPORTS[fixture], changes)
    importer = get_importer(fixture.removesuffix("-older"))
    with tempfile.TemporaryDirectory() as folder:
        path = _written(files, Path(folder), zipped)
        if bare and not zipped and importer.name == "tiktok-export":
            found = sorted(path.rglob("*.json"))
            path = found[0] if found else path  # the JSON file itself, as a user may give it
        assert importer.detect(path) in (True, False)
        return outcome(lambda: importer.load(path))


def _fuzz(fixture: str):
    @settings(FUZZ, max_examples=EXAMPLES_PER_IMPORTER)
    @given(mutations, st.booleans(), st.booleans())
    def test(changes, zipped, bare):
        _import(fixture, changes, zipped, bare)

    test.__name__ = f"test_{fixture.replace('-', '_')}_fuzz"
    return test


test_tiktok_export_fuzz = _fuzz("tiktok-export")
test_tiktok_export_older_fuzz = _fuzz("tiktok-export-older")
test_youtube_takeout_fuzz = _fuzz("youtube-takeout")


@settings(FUZZ, max_examples=EXAMPLES_PER_IMPORTER)
@given(mutations)
def test_youtube_feed_fuzz(changes):
    (data,) = _mutated({"feed.xml": FEED.read_bytes()}, changes).values() or [b""]
    outcome(lambda: parse_feed(data, location="feed", account_id="rss:feed"))
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except ValueError:
        return  # the readers turn this into an InputError, checked just above
    if is_channel_feed(parsed):
        outcome(lambda: channel_account(parsed, location="feed", account_id="youtube:feed", max_posts=5,
                                        kind="youtube"))
