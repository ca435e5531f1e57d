"""The TikTok export importer: own fixtures (current and older layouts), the shared real export, damaged input."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

import pytest

from credscore.account import Media
from credscore.errors import InputError
from credscore.importers import detect_importer
from credscore.importers.base import Importer, get_importer
from credscore.importers.tiktok_export import TikTokExportImporter, lookup
from tests.importers.helpers import FIXTURES, assert_round_trips, directions, kinds, zipped

OWN = FIXTURES / "tiktok-export"
OLDER = FIXTURES / "tiktok-export-older"
importer = TikTokExportImporter()


def source(account) -> dict:
    (note,) = account.model_extra["sources"]
    return note


@pytest.fixture(params=["file", "folder", "zip", "zip-in-a-folder"])
def own_export(request, tmp_path):
    if request.param == "file":
        return OWN / "user_data_tiktok.json"
    if request.param == "folder":
        return OWN
    inside = "TikTok_Data_1740000000/" if request.param == "zip-in-a-folder" else ""
    return zipped(OWN, tmp_path / "TikTok_Data.zip", inside=inside)


def test_is_registered_and_detected(own_export):
    assert isinstance(get_importer("tiktok-export"), Importer)
    assert importer.detect(own_export)
    assert detect_importer(own_export).name == "tiktok-export"


def test_own_export_posts_and_comments(own_export):
    account = importer.load(own_export)
    assert_round_trips(account)
    # 3 videos; 4 comments of which one is empty (left out); 2 live comments of which one is empty.
    assert kinds(account) == {"post": 3, "comment": 4}
    assert {post.platform for post in account.posts} == {"tiktok"}
    videos = [post for post in account.posts if post.kind == "post"]
    draft, carousel, tarte = videos  # in time order
    assert tarte.text == "Tarte tatin en 3 étapes 🍎 #recette #patisserie"
    assert tarte.created_at == datetime(2025, 3, 2, 18, 4, 11, tzinfo=UTC)  # no zone in the export: UTC
    assert tarte.likes == 58  # a string in the export
    assert [media.kind for media in tarte.media] == ["video"]
    # A photo-mode post: its caption is the alternate text, its images the newline-joined links.
    assert carousel.text == "Carrousel : les ingrédients de la tarte"
    assert [media.kind for media in carousel.media] == ["image"] * 3
    assert carousel.media[1].url.endswith("two.jpeg?x-expires=1764593352")
    # "N/A" everywhere: a captionless video is a media post with empty text, kept private.
    assert (draft.text, draft.likes, draft.model_extra["visibility"]) == ("", 0, "Only You")
    comments = {post.text: post for post in account.posts if post.kind == "comment"}
    assert set(comments) == {"Merci pour l'astuce, je teste ce soir !", "😍😍", "My version 👇", "Bravo pour le live !"}
    assert [media.kind for media in comments["My version 👇"].media] == ["image"]
    assert comments["Bravo pour le live !"].model_extra == {"live": "7490000000000000001"}
    assert comments["😍😍"].created_at == datetime(2025, 2, 11, 8, 30, 15, tzinfo=UTC)


def test_own_export_messages_follows_profile(own_export):
    account = importer.load(own_export)
    assert directions(account.messages) == {"sent": 2, "received": 3}
    group = [message for message in account.messages if message.model_extra["conversation"].startswith("Group_Chat")]
    # A group chat lists no members: received messages name their sender, a sent one the group.
    assert [(m.direction, m.counterpart) for m in group] == [
        ("received", "sophie.k"), ("received", "marc_b"), ("sent", "Group_Chat_1000000000000000042")]
    one_to_one = [(m.direction, m.counterpart, m.text) for m in account.messages if m not in group]
    assert one_to_one == [("received", "marc_b", "Salut ! Tu donnes la recette ?"),
                          ("sent", "marc_b", "Merci Marc ! La recette complète est en bio 😉")]
    assert Counter(follow.direction for follow in account.follows) == {"in": 3, "out": 2}
    marc = next(follow for follow in account.follows if follow.counterpart == "marc_b")
    assert (marc.direction, marc.created_at) == ("in", datetime(2025, 3, 3, 7, 12, 40, tzinfo=UTC))
    (profile,) = account.profiles
    assert (profile.platform, profile.handle, profile.url) == ("tiktok", "lea.cuisine",
                                                               "https://www.tiktok.com/@lea.cuisine")
    assert (profile.followers, profile.following, profile.posts_count, profile.has_avatar) == (3, 2, 3, True)
    assert profile.bio == "Pâtisserie maison | recettes en 60 s"
    assert profile.model_extra == {"likes_received": 70}
    assert (account.id, account.name) == ("lea.cuisine", "Léa Cuisine")
    # The lists hold what the profile counts, every section is there: nothing is missing.
    assert source(account)["complete"] is True


@pytest.mark.parametrize("where", ["file", "folder"])
def test_older_layout(where):
    account = importer.load(OLDER / "user_data.json" if where == "file" else OLDER)
    assert_round_trips(account)
    assert kinds(account) == {"post": 1, "comment": 1}
    video = next(post for post in account.posts if post.kind == "post")
    assert (video.likes, video.media[0].kind, video.text) == (31, "video", "")
    assert next(post.text for post in account.posts if post.kind == "comment") == "Top recipe, thanks!"
    assert [(m.direction, m.counterpart) for m in account.messages] == [("received", "fan_un"), ("sent", "fan_un")]
    assert [(f.direction, f.counterpart) for f in account.follows] == [("out", "chef_deux"), ("in", "fan_un")]
    (profile,) = account.profiles
    assert (profile.handle, profile.bio, profile.has_avatar, profile.followers) == (
        "old.chef", "Home cooking, every Sunday", False, None)
    assert source(account)["complete"] is True


def test_shared_real_export(shared_dir):
    export = shared_dir / "fixtures" / "tiktok-export"
    assert detect_importer(export).name == "tiktok-export"
    account = importer.load(export)
    assert_round_trips(account)
    # README: all 10 own posts, 28 comments, 6 DM conversations, 24 followers and 24 following of 62 / 122.
    assert kinds(account) == {"post": 10, "comment": 28}
    assert len({message.model_extra["conversation"] for message in account.messages}) == 6
    assert len(account.messages) == 23
    assert Counter(follow.direction for follow in account.follows) == {"in": 24, "out": 24}
    assert all(follow.created_at is not None for follow in account.follows)
    (profile,) = account.profiles
    assert (profile.handle, profile.followers, profile.following, profile.posts_count) == ("beyzacesur1", 62, 122, 10)
    photo_posts = [post for post in account.posts if post.media and post.media[0].kind == "image"]
    assert [len(post.media) for post in photo_posts] == [9, 9]
    assert all(post.text == "" for post in account.posts if post.kind == "post")  # every Title is "N/A"
    note = source(account)
    assert note["complete"] is False
    assert note["note"] == ("the follower list holds 24 of the 62 followers the profile counts; "
                            "the following list holds 24 of the 122 accounts the profile follows")
    # Newest-first 1:1 chats and an oldest-first group chat: sent/received told apart by the owner's name.
    assert directions(account.messages)["sent"] > 0 and directions(account.messages)["received"] > 0


def test_lookup_ignores_case_and_spacing():
    data = {"Your Activity": 1, "Like_List": 2, "tiktok live": 3}
    assert lookup(data, "your activity") == 1
    assert lookup(data, "Like List") == 2
    assert lookup(data, "Tiktok Live") == 3
    assert lookup(data, "Missing", "YOUR ACTIVITY") == 1
    assert lookup(["not", "an", "object"], "x") is None


def test_missing_sections_and_undated_messages_are_noted(tmp_path):
    data = json.loads((OWN / "user_data_tiktok.json").read_text(encoding="utf-8"))
    del data["Comment"]
    del data["Your Activity"]["Following"]
    chat = data["Direct Message"]["Direct Messages"]["ChatHistory"]["Chat History with marc_b:"]
    chat[0]["Date"] = "N/A"
    path = tmp_path / "user_data_tiktok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    account = importer.load(path)
    note = source(account)
    assert note["complete"] is False
    assert "not in the export: comments, following" in note["note"]
    assert "1 direct message(s) without a readable date left out" in note["note"]
    assert len(account.messages) == 4 and kinds(account) == {"post": 3, "comment": 1}  # the live comment stays


def test_without_profile_the_owner_comes_from_the_chats(tmp_path):
    data = json.loads((OWN / "user_data_tiktok.json").read_text(encoding="utf-8"))
    del data["Profile"]
    path = tmp_path / "user_data_tiktok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    account = importer.load(path)
    assert directions(account.messages) == {"sent": 2, "received": 3}
    assert account.profiles == () and account.id == "user_data_tiktok"


def test_counts_and_empty_values_in_any_type(tmp_path):
    data = {"Post": {"Posts": {"VideoList": [
        {"Date": "2025-01-01 00:00:00", "Link": "None", "Likes": 7, "Title": "a"},
        {"Date": "N/A", "Link": "", "Likes": "n/a", "Title": "b"},
        {"Date": None, "Link": None, "Likes": None, "Title": None},
        {"Date": "2025-01-02 00:00:00", "Link": "https://x.example/v.mp4", "Likes": "1,204", "Title": "c"},
    ]}}}
    path = tmp_path / "user_data_tiktok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    account = importer.load(path)
    assert [(post.text, post.likes, post.media) for post in account.posts] == [
        ("a", 7, None), ("c", 1204, (Media(kind="video", url="https://x.example/v.mp4"),)), ("b", None, None)]


def test_detection(tmp_path):
    other = tmp_path / "other" / "user_data.json"
    other.parent.mkdir()
    other.write_text('{"users": [], "Profile": {}}', encoding="utf-8")
    tiktok = tmp_path / "user_data.json"
    tiktok.write_text('\ufeff{\n  "Activity": {}\n}', encoding="utf-8")
    assert importer.detect(tiktok)
    assert not importer.detect(other)  # another tool's user_data.json, given as a file
    assert not importer.detect(tmp_path / "missing.json")
    assert not importer.detect(FIXTURES / "linkedin-export")


@pytest.mark.parametrize(("content", "message"), [
    (b"{", "invalid JSON"),
    (b"[1, 2]", "expected a JSON object of sections"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_damaged_file_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "user_data_tiktok.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as error:
        importer.load(path)
    assert "\n" not in str(error.value)


def test_a_folder_without_the_file(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not a TikTok export"):
        importer.load(tmp_path)


def test_json_nested_too_deeply_is_refused(tmp_path):
    path = tmp_path / "user_data_tiktok.json"
    path.write_text('{"Post": ' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    with pytest.raises(InputError, match="nest"):
        importer.load(path)


def test_past_the_post_limit_the_most_recent_are_kept(tmp_path, monkeypatch):
    from credscore.importers import _common

    monkeypatch.setattr(_common, "MAX_POSTS", 2)
    account = importer.load(OWN)
    assert len(account.posts) == 2
    assert account.posts[-1].text == "Tarte tatin en 3 étapes 🍎 #recette #patisserie"
    assert source(account)["complete"] is False and "kept the 2 most recent posts of 7" in source(account)["note"]
