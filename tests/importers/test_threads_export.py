"""The Threads importer: on its own (own fixture, the shared real file), and the Threads part of an Instagram export."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers import detect_importer, registered_importers
from credscore.importers.threads_export import ThreadsExportImporter
from tests.importers.helpers import FIXTURES, assert_round_trips, kinds, zipped

OWN = FIXTURES / "threads-export"
INSTAGRAM = FIXTURES / "instagram-export"
importer = ThreadsExportImporter()


def _note(account) -> dict:
    (note,) = account.model_extra["sources"]
    return note


@pytest.fixture(params=["folder", "zip"])
def own_export(request, tmp_path):
    return OWN if request.param == "folder" else zipped(OWN, tmp_path / "threads.zip", inside="meta-2025/")


def test_own_fixture(own_export):
    account = importer.load(own_export)
    assert_round_trips(account)
    assert account.profiles == () and account.messages == () and account.follows == ()
    assert {post.platform for post in account.posts} == {"threads"}
    # Newest first in the file; in time order in the account. A reply with and one without in_reply_to_username,
    # a two-photo post (its text on the record, its time one second after the photos'), a post without the
    # text_app_post block.
    assert [(post.kind, post.text) for post in account.posts] == [
        ("post", "Hello Threads 👋"),
        ("post", "Deux photos du week-end à la montagne 🏔️"),
        ("reply", "Réponse sans nom d’utilisateur"),
        ("reply", "Exactly, and the data says the same: https://example.org/study"),
    ]
    photos = account.posts[1]
    assert photos.created_at == datetime.fromtimestamp(1745800001, tz=UTC)
    assert [(item.kind, item.url) for item in photos.media] == [("image", "media/111.jpg"), ("image", "media/112.jpg")]
    assert account.posts[0].media is None  # a text post's item has uri "": no media
    assert account.posts[3].links == ("https://example.org/study",)
    assert _note(account)["complete"] is True


def test_shared_real_export(shared_dir):
    account = importer.load(shared_dir / "fixtures" / "threads-export")
    assert_round_trips(account)
    # 10 records: 2 text posts, 7 replies (4 with in_reply_to_username, 3 without), 1 two-photo post.
    assert kinds(account) == {"post": 3, "reply": 7}
    with_photos = [post for post in account.posts if post.media]
    assert len(with_photos) == 1 and len(with_photos[0].media) == 2
    assert with_photos[0].text.startswith("[RANDOMLY PICKED]")
    assert all(post.created_at for post in account.posts)
    texts = {post.text for post in account.posts}
    assert "tạm biệt mobile app😌" in texts and "▓▓▓▓▓▓" in texts  # mojibake repaired
    assert not any("Ã" in text or "á»" in text for text in texts)
    youtube = next(post for post in account.posts if "youtube" in post.text)
    assert youtube.kind == "reply" and youtube.links == ("https://www.youtube.com/watch?v=9TUZNYGfTUo",)


def test_the_threads_part_of_an_instagram_export():
    """``--source threads-export`` on a whole Meta export reads its Threads part only, with the Instagram handle
    unknown (Threads has none of its own)."""
    account = importer.load(INSTAGRAM)
    assert {post.platform for post in account.posts} == {"threads"} and kinds(account) == {"post": 1, "reply": 1}
    (profile,) = account.profiles
    assert (profile.platform, profile.handle, profile.followers, profile.following) == ("threads", None, 1, 1)
    assert profile.model_extra["private"] is False
    assert Counter((follow.direction, follow.counterpart) for follow in account.follows) == {
        ("in", "user_a"): 1, ("out", "user_j"): 1}  # follow requests received are not followers
    assert account.messages == ()


def test_shared_instagram_export_threads_profile(shared_dir):
    account = importer.load(shared_dir / "fixtures" / "instagram-export")
    (profile,) = account.profiles
    assert profile.model_extra["private"] is True
    assert profile.created_at == datetime.fromtimestamp(1717617454, tz=UTC)  # Onboarding Time
    assert account.posts == () and account.follows == ()


def test_threads_on_its_own_with_profile_and_follows(tmp_path):
    export = tmp_path / "threads-only"
    shutil.copytree(INSTAGRAM / "your_instagram_activity" / "threads", export / "your_instagram_activity" / "threads")
    assert detect_importer(export).name == "threads-export"
    account = importer.load(export)
    assert len(account.posts) == 2 and len(account.follows) == 2
    assert account.profiles[0].bio == "Nutrition & bon sens 🍎"


def test_a_damaged_file(tmp_path):
    export = tmp_path / "threads-only"
    shutil.copytree(INSTAGRAM / "your_instagram_activity" / "threads", export / "threads")
    (export / "threads" / "followers.json").write_text("{", encoding="utf-8")
    account = importer.load(export)
    assert len(account.posts) == 2 and [follow.direction for follow in account.follows] == ["out"]
    note = _note(account)
    assert note["complete"] is False and "threads/followers.json (invalid JSON" in note["note"]

    (export / "threads" / "threads_and_replies.json").write_text(json.dumps({"something": "else"}), encoding="utf-8")
    for name in ("following.json", "personal_information.json"):
        (export / "threads" / name).unlink()
    with pytest.raises(InputError, match="nothing could be read from this export"):
        importer.load(export)


def test_not_a_threads_export(tmp_path):
    with pytest.raises(InputError, match="not a Threads export"):
        importer.load(tmp_path)


def test_detection(tmp_path):
    assert importer.detect(OWN) and importer.detect(zipped(OWN, tmp_path / "t.zip", inside="x/"))
    assert detect_importer(OWN).name == "threads-export"
    # A whole Instagram export holding a Threads part is the Instagram importer's.
    assert not importer.detect(INSTAGRAM) and not importer.detect(FIXTURES / "instagram-export-2022")
    others = [path for path in FIXTURES.iterdir() if path.is_dir() and path != OWN]
    assert not any(importer.detect(path) for path in others)
    for other in registered_importers():
        if other.name != "threads-export":
            assert not other.detect(OWN), other.name


def test_detection_of_the_shared_fixtures(shared_dir):
    fixtures = shared_dir / "fixtures"
    assert detect_importer(fixtures / "threads-export").name == "threads-export"
    for path in fixtures.iterdir():
        if path.is_dir() and path.name != "threads-export":
            assert not importer.detect(path), path.name


def test_a_lone_surrogate_in_a_media_path(tmp_path):
    """An undecodable escape in a photo's path costs that character, not the import."""
    export = tmp_path / "threads-only"
    shutil.copytree(OWN, export)
    posts = export / "your_instagram_activity" / "threads" / "threads_and_replies.json"
    data = json.loads(posts.read_text(encoding="utf-8"))
    data["text_post_app_text_posts"][2]["media"][0]["uri"] = "media/\ud800.jpg"
    posts.write_text(json.dumps(data), encoding="ascii")
    account = importer.load(export)
    assert account.posts[1].media[0].url == "media/\ufffd.jpg"
    json.dumps(account.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
