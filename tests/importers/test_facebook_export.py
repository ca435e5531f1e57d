"""The Facebook export importer: own fixture, the shared real export, mojibake, errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers.facebook_export import FacebookExportImporter, repair_mojibake
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, directions, zipped

OWN = FIXTURES / "facebook-export"
importer = FacebookExportImporter()


@pytest.fixture(params=["folder", "zip"])
def own_export(request, tmp_path):
    return OWN if request.param == "folder" else zipped(OWN, tmp_path / "facebook-janedoe.zip")


def test_own_fixture(own_export):
    account = importer.load(own_export)
    assert_round_trips(account)
    assert account.name == "Jane Doé" and account.id == "jane.doe.data"
    # your_posts_1.json: 5 entries, all posts: text only, a link only, a photo with a 0 timestamp,
    # text + a page link given as a bare host, and a shared video with nothing but its title.
    assert len(account.posts) == 5 and all(post.kind == "post" for post in account.posts)
    by_text = {post.text: post for post in account.posts}
    meeting = by_text["Première réunion du club de données à Lyon – venez nombreux !"]
    assert meeting.created_at == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert by_text["Café"].created_at is None  # timestamp 0: unknown
    assert by_text["Our club has its own page now: http://club.example/lyon"].links == (
        "http://club.example/lyon", "https://facebook.com")
    link_only = [post for post in account.posts if post.text == "" and post.links]
    assert [post.links for post in link_only] == [("https://janedoe.example/blog/cleaning-survey-data",)]
    assert account.posts[-1].text == "Café"  # undated posts last
    # Two threads: with Omar, 4 messages, one of them a call (not a message); a group, 3 messages, one
    # of them a join notice (not a message). The owner is the profile's name.
    assert directions(account.messages) == {"sent": 3, "received": 2}
    received = next(m for m in account.messages if m.direction == "received")
    assert (received.text, received.counterpart) == ("Merci, à jeudi !", "Omar Benali")
    shared = next(m for m in account.messages if m.text.startswith("Here is"))
    assert shared.text == "Here is the article\nhttps://janedoe.example/blog/cleaning-survey-data"
    assert shared.counterpart == "Omar Benali"
    group = next(m for m in account.messages if m.text.startswith("Slides"))
    assert (group.direction, group.counterpart) == ("sent", "Lea Martin, Samuel Kim")
    (profile,) = account.profiles
    assert (profile.handle, profile.url) == ("jane.doe.data", "https://www.facebook.com/jane.doe.data")
    assert profile.created_at == datetime(2009, 3, 6, 15, 59, 20, tzinfo=UTC)
    (note,) = account.model_extra["sources"]
    assert "1 post(s) without a date" in note["note"]


def test_owner_without_profile(tmp_path):
    export = copy(OWN, tmp_path / "export")
    (export / "profile_information" / "profile_information.json").unlink()
    account = importer.load(export)
    assert account.name is None and account.profiles == ()
    assert directions(account.messages) == {"sent": 3, "received": 2}  # the participant of every thread
    (note,) = account.model_extra["sources"]
    assert "'Jane Doé', the participant in the most conversations" in note["note"]


def test_shared_real_export(shared_dir):
    account = importer.load(shared_dir / "fixtures" / "facebook-export")
    assert_round_trips(account)
    # your_posts_1.json is a JSON array of 14 entries; every one is a post (6 with a `post` text).
    # No messages/ folder in this extract; profile name "Person C" after redaction.
    assert len(account.posts) == 14 and all(post.kind == "post" for post in account.posts)
    assert sum(1 for post in account.posts if post.text) == 6
    assert account.messages == () and account.name == "Person C"
    texts = {post.text for post in account.posts}
    assert "Han satte sig ved siden af mig, kan næsten ikke blive bedre :O)" in texts
    assert any(text.startswith("Hvis I ikke har nogen planer på søndag, så:") for text in texts)
    assert not any("Ã" in post.text or "â\x80" in post.text for post in account.posts)
    dated = [post for post in account.posts if post.created_at]
    assert len(dated) == 14 and dated[0].created_at == datetime.fromtimestamp(1242901624, tz=UTC)
    spam = next(post for post in account.posts if "autoinsurance4all" in "".join(post.links or ()))
    assert spam.text == "" and spam.links == ("http://autoinsurance4all.info/video.php?id=526",)
    (profile,) = account.profiles
    assert (profile.handle, profile.url) == ("person.c", "https://www.facebook.com/person.c")


def test_repair_mojibake_only_when_it_round_trips():
    repaired = repair_mojibake({"K\u00c3\u00b8benhavn": ["F\u00c3\u00a6tter", 1, None]})
    assert repaired == {"København": ["Fætter", 1, None]}
    assert repair_mojibake("déjà vu") == "déjà vu"  # already right: latin-1 bytes that are not UTF-8
    assert repair_mojibake("emoji 🙂") == "emoji 🙂"  # not latin-1 at all


def test_errors(tmp_path):
    with pytest.raises(InputError, match="not a Facebook export"):
        importer.load(tmp_path)
    export = copy(OWN, tmp_path / "export")
    (export / "posts" / "your_posts_1.json").write_text('[{"timestamp": 1,')
    with pytest.raises(InputError, match=r"your_posts_1\.json: invalid JSON at line 1, column 18"):
        importer.load(export)
    (export / "posts" / "your_posts_1.json").write_text(json.dumps({"a": 1}))
    with pytest.raises(InputError, match="expected a JSON array of posts"):
        importer.load(export)


def test_messages_alone_load_but_are_not_detected(tmp_path):
    # Instagram exports share the messages/inbox/ layout, so threads alone do not make a Facebook export.
    export = copy(OWN, tmp_path / "export")
    (export / "posts" / "your_posts_1.json").unlink()
    (export / "profile_information" / "profile_information.json").unlink()
    assert importer.detect(export) is False
    account = importer.load(export)
    assert account.posts == () and directions(account.messages) == {"sent": 3, "received": 2}
