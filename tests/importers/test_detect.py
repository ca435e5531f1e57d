"""Detection: each importer recognises its own format (folder or zip) and none of the others."""

from __future__ import annotations

import pytest

from credscore.errors import InputError
from credscore.importers import detect_importer, get_importer, registered_importers
from tests.importers.helpers import FIXTURES, FORMATS, zipped


def test_the_file_importers_are_registered():
    assert set(FORMATS) <= {importer.name for importer in registered_importers()}


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize("fixture", FORMATS)
def test_detect_own_fixtures(name, fixture, tmp_path):
    importer = get_importer(name)
    expected = name == fixture
    assert importer.detect(FIXTURES / fixture) is expected
    assert importer.detect(zipped(FIXTURES / fixture, tmp_path / f"{fixture}.zip")) is expected
    assert importer.detect(zipped(FIXTURES / fixture, tmp_path / "wrapped.zip", inside="export/")) is expected


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize("fixture", [*FORMATS, "rss", "bluesky-api", "mastodon-api"])
def test_detect_shared_fixtures(name, fixture, shared_dir):
    assert get_importer(name).detect(shared_dir / "fixtures" / fixture) is (name == fixture)


@pytest.mark.parametrize("fixture", FORMATS)
def test_detect_importer_picks_exactly_one(fixture):
    assert detect_importer(FIXTURES / fixture).name == fixture


def test_detect_importer_errors(tmp_path):
    with pytest.raises(InputError, match=r"not a format credscore can import .*twitter-archive"):
        detect_importer(tmp_path)
    with pytest.raises(InputError, match="matches several formats"):
        detect_importer(FIXTURES)
    with pytest.raises(InputError, match="unknown source 'myspace'"):
        get_importer("myspace")
