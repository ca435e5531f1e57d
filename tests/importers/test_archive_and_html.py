"""Shared helpers: folder-or-zip access (zip bombs, corrupt zips) and HTML to text."""

from __future__ import annotations

import zipfile

import pytest

from credscore.errors import InputError
from credscore.importers import _archive, get_importer
from credscore.importers._archive import Archive
from credscore.importers._html import html_to_text, plain_text
from tests.importers.helpers import FIXTURES, FORMATS, zipped


def test_zip_bomb_is_refused(tmp_path, monkeypatch):
    archive = zipped(FIXTURES / "mastodon-archive", tmp_path / "bomb.zip")
    monkeypatch.setattr(_archive, "MAX_MEMBER_BYTES", 1024)  # outbox.json inflates to ~10 KB
    with pytest.raises(InputError, match=r"bomb\.zip:(outbox|actor)\.json: larger than 1024 bytes once uncompressed"):
        get_importer("mastodon-archive").load(archive)
    assert get_importer("mastodon-archive").detect(archive) is True  # detection reads no member


@pytest.mark.parametrize("name", FORMATS)
def test_corrupt_zip(tmp_path, name):
    broken = tmp_path / "export.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    importer = get_importer(name)
    assert importer.detect(broken) is False
    with pytest.raises(InputError, match=r"export\.zip: not a valid zip file"):
        importer.load(broken)


def test_zip_with_damaged_data(tmp_path):
    path = tmp_path / "damaged.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("outbox.json", '{"orderedItems": []}' * 20)
    data = bytearray(path.read_bytes())
    offset = data.index(b'{"orderedItems"')
    data[offset + 5: offset + 9] = b"XXXX"
    path.write_bytes(bytes(data))
    assert get_importer("mastodon-archive").detect(path) is True  # the listing is fine
    with pytest.raises(InputError, match=r"damaged\.zip:outbox\.json: the zip is corrupt"):
        get_importer("mastodon-archive").load(path)


@pytest.mark.parametrize("name", FORMATS)
def test_empty_folder_missing_path_and_plain_file(tmp_path, name):
    importer = get_importer(name)
    empty = tmp_path / "empty"
    empty.mkdir()
    plain = tmp_path / "notes.txt"
    plain.write_text("hello")
    for path in (empty, tmp_path / "missing", plain):
        assert importer.detect(path) is False
    with pytest.raises(InputError, match=r"empty: not a"):
        importer.load(empty)
    with pytest.raises(InputError, match=r"missing: no such file or folder"):
        importer.load(tmp_path / "missing")
    with pytest.raises(InputError, match=r"notes\.txt: not a valid zip file"):
        importer.load(plain)


def test_archive_lists_nested_files_and_names_members(tmp_path):
    path = zipped(FIXTURES / "twitter-archive", tmp_path / "x.zip", inside="wrapper/")
    with Archive.open(path) as archive:
        assert "wrapper/data/tweets.js" in archive.names
        assert archive.where("wrapper/data/tweets.js") == f"{path}:wrapper/data/tweets.js"


def test_html_to_text_as_mastodon_shows_it():
    markup = ('<p>Read <a href="https://example.org/a/very/long/path" rel="nofollow">'
              '<span class="invisible">https://</span><span class="ellipsis">example.org/a/very</span>'
              '<span class="invisible">/long/path</span></a> &amp; '
              '<a href="https://m.example/tags/data" class="mention hashtag" rel="tag">#<span>data</span></a></p>'
              '<p><span class="h-card"><a href="https://m.example/@bob" class="u-url mention">@<span>bob</span></a>'
              '</span> line one<br />line&nbsp;two<br>\n  three</p><script>alert(1)</script>')
    result = html_to_text(markup)
    assert result.text == "Read example.org/a/very… & #data\n\n@bob line one\nline two\nthree"
    assert result.links == ("https://example.org/a/very/long/path",)


def test_html_to_text_survives_bad_markup():
    assert html_to_text("<p>open <b>bold</p> after</i> <span class='invisible'>x").text == "open bold\n\nafter"
    assert html_to_text("").text == "" and html_to_text("no markup").text == "no markup"


def test_plain_text():
    assert plain_text("a &amp; b&nbsp;c") == "a & b c"
    assert plain_text("AT&T & co") == "AT&T & co"
    assert plain_text("<p>one</p><p>two</p>") == "one\n\ntwo"
    assert plain_text("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2"
