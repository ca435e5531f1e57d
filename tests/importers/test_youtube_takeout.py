"""The YouTube Takeout importer: own fixture, the shared real Takeout, comment text JSON, damaged files."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers import detect_importer
from credscore.importers.youtube_takeout import YouTubeTakeoutImporter, comment_text
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, kinds, zipped

OWN = FIXTURES / "youtube-takeout"
YOUTUBE = "Takeout/YouTube and YouTube Music"
importer = YouTubeTakeoutImporter()


def source(account) -> dict:
    (note,) = account.model_extra["sources"]
    return note


@pytest.fixture(params=["takeout", "youtube-folder", "zip"])
def own_export(request, tmp_path):
    if request.param == "takeout":
        return OWN
    if request.param == "youtube-folder":
        return OWN / YOUTUBE
    return zipped(OWN, tmp_path / "takeout-20251101T000000Z-001.zip")


def test_detected_as_youtube_not_linkedin(own_export):
    assert importer.detect(own_export)
    # comments/comments.csv is YouTube's: the LinkedIn importer (which reads a Comments.csv) leaves it alone.
    assert detect_importer(own_export).name == "youtube-takeout"


def test_own_export(own_export):
    account = importer.load(own_export)
    assert_round_trips(account)
    assert kinds(account) == {"post": 2, "comment": 6}
    assert {post.platform for post in account.posts} == {"youtube"}
    by_id = {post.id: post for post in account.posts}
    lamp = by_id["aA1bB2cC3dD"]
    assert lamp.text == ("Réparer une lampe des années 50\n\nLe câble d'origine était fendu.\n"
                         "Matériel : https://atelier-lumiere.example/materiel")
    assert lamp.created_at == datetime(2025, 10, 4, 16, 0, 6, tzinfo=UTC)  # published, not created
    assert lamp.links == ("https://atelier-lumiere.example/materiel",)
    assert [(media.kind, media.url) for media in lamp.media] == [("video", "https://www.youtube.com/watch?v=aA1bB2cC3dD")]
    assert lamp.model_extra == {"url": "https://www.youtube.com/watch?v=aA1bB2cC3dD", "visibility": "Public"}
    short = by_id["eE4fF5gG6hH"]
    # The title and description edited since upload (video texts.csv); never published: its creation time.
    assert short.text == "Soldering basics in 60 seconds #shorts\n\nHow to tin a wire in one minute."
    assert short.created_at == datetime(2025, 9, 20, 12, 0, 0, 123456, tzinfo=UTC)
    assert short.model_extra["visibility"] == "Unlisted"


def test_own_export_comments_and_live_chats(own_export):
    account = importer.load(own_export)
    comments = {post.id: post for post in account.posts if post.kind == "comment"}
    # JSON fragments joined; a timestamp link is text, not a link.
    timestamp = comments["UgxAAAAAAAAAAAAAAAAAAAA4AaABAg"]
    assert (timestamp.text, timestamp.links) == ("Super vidéo, merci ! 3:12", ())
    assert timestamp.model_extra == {"url": "https://www.youtube.com/watch?v=zZ9yY8xX7wW"}
    multi = comments["UgxBBBBBBBBBBBBBBBBBBBB4AaABAg"]
    assert multi.text == "First line\nSchematic: https://atelier-lumiere.example/schema"
    assert multi.links == ("https://atelier-lumiere.example/schema",)
    community = comments["UgxCCCCCCCCCCCCCCCCCCCC4AaABAg"]
    assert community.model_extra["url"] == "https://www.youtube.com/post/UgkxPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"
    # A damaged cell is kept as written, and noted.
    assert comments["UgxDDDDDDDDDDDDDDDDDDDD4AaABAg"].text == '{"text":"broken fragment'
    chats = [post for post in comments.values() if "live" in post.model_extra]
    assert [(chat.text, chat.model_extra.get("price")) for chat in chats] == [
        ("Bonsoir à tous", None), ("Merci pour tout", "2.00")]
    note = source(account)
    assert "1 comment text(s) were not the expected JSON and are kept as written" in note["note"]
    assert "playlists are not read" in note["note"]


def test_own_export_profile_and_subscriptions(own_export):
    account = importer.load(own_export)
    (profile,) = account.profiles
    assert (profile.platform, profile.handle, profile.url) == (
        "youtube", "atelierlumiere", "https://www.youtube.com/channel/UCq1w2e3r4t5y6u7i8o9p0aZ")
    assert profile.bio == "Réparations de lampes anciennes. Vidéos le samedi."
    assert (profile.following, profile.posts_count, profile.followers) == (3, 2, None)
    assert (account.id, account.name) == ("atelierlumiere", "Atelier Lumière")
    assert [(f.direction, f.counterpart, f.created_at, f.model_extra["name"]) for f in account.follows] == [
        ("out", "UCaaaaaaaaaaaaaaaaaaaaa1", None, "Lighting History"),
        ("out", "UCbbbbbbbbbbbbbbbbbbbbb2", None, "Electronics Club"),
        ("out", "UCccccccccccccccccccccc3", None, "Musée des Arts et Métiers")]
    note = source(account)
    assert note["complete"] is True
    assert "subscriptions have no dates" in note["note"]


def test_shared_real_takeout(shared_dir):
    export = shared_dir / "fixtures" / "youtube-takeout"
    assert detect_importer(export).name == "youtube-takeout"
    account = importer.load(export)
    assert_round_trips(account)
    # README: 20 comments and 13 live chats whole, 1 video, 44 subscriptions.
    assert kinds(account) == {"post": 1, "comment": 33}
    assert sum("live" in post.model_extra for post in account.posts) == 13
    assert Counter(follow.direction for follow in account.follows) == {"out": 44}
    (profile,) = account.profiles
    assert (profile.handle, profile.url, profile.following, profile.posts_count) == (
        "hochiyau", "https://www.youtube.com/channel/UCwHoqnNsoYQbI13oy6s8HHQ", 44, 1)
    assert account.name == "eGee"
    by_id = {post.id: post for post in account.posts}
    assert by_id["UgyBQch15gVw2ccuqId4AaABAg"].text == "神龍現身 14:04"
    assert by_id["UgwLWVoROHsr7U3c51F4AaABAg"].text.startswith("編輯\n政治的腐敗")
    assert by_id["1Ov3VR5qDWI"].text.startswith("gameplay The Farmer Was Replaced\n\nI have programmed a drone")
    community = [post for post in account.posts if "/post/" in post.model_extra.get("url", "")]
    assert len(community) == 1
    # The same text as a comment and as a live-chat message on 2023-02-27: both kept.
    same_day = [post for post in account.posts
                if post.created_at and post.created_at.date().isoformat() == "2023-02-27"]
    assert len(same_day) == 2
    assert all(follow.model_extra["name"] == follow.model_extra["name"].strip() for follow in account.follows)
    assert source(account)["complete"] is True


@pytest.mark.parametrize(("cell", "expected"), [
    ('{"text":"a "},{"text":"b"}', ("a b", [], True)),
    ('{"text":"x"},{"text":"\\n"},{"text":"y"}', ("x\ny", [], True)),
    ('{"text":"0:42","videoLink":{"externalVideoId":"v","startTimeSeconds":42}}', ("0:42", [], True)),
    ('{"text":"site","link":{"linkUrl":"https://a.example/"}}', ("site", ["https://a.example/"], True)),
    ("plain text from an older export", ("plain text from an older export", [], True)),
    ('{"text":"cut', ('{"text":"cut', [], False)),
    ('{"text":1},{"other":"x"}', ("", [], True)),
    ('{"text":"a"},2', ('{"text":"a"},2', [], False)),
])
def test_comment_text(cell, expected):
    assert comment_text(cell) == expected


def test_a_damaged_file_is_left_out_and_the_rest_imported(tmp_path, caplog):
    export = copy(OWN, tmp_path / "takeout")
    videos = export / YOUTUBE / "Video metadata" / "videos.csv"
    videos.write_text("this is not,the expected\nheader,at all\n", encoding="utf-8")
    account = importer.load(export)
    assert kinds(account) == {"comment": 6}  # the comments are not lost with the videos
    note = source(account)
    assert note["complete"] is False
    assert "videos.csv: left out (missing column(s) video id" in note["note"]
    assert "missing column(s) video id" in caplog.text


def test_missing_files_mark_the_history_incomplete(tmp_path):
    export = copy(OWN, tmp_path / "takeout")
    shutil.rmtree(export / YOUTUBE / "Video metadata")
    shutil.rmtree(export / YOUTUBE / "subscriptions")
    account = importer.load(export)
    note = source(account)
    assert note["complete"] is False and "not in the export: video metadata, subscriptions" in note["note"]
    (profile,) = account.profiles
    assert (profile.following, profile.posts_count) == (None, None)  # unknown, not zero


def test_older_subscriptions_json_has_dates(tmp_path):
    export = tmp_path / "Takeout" / "YouTube"
    (export / "subscriptions").mkdir(parents=True)
    resources = [{"kind": "youtube#subscription", "snippet": {
        "publishedAt": "2019-05-04T10:20:30.000Z", "title": "Electronics Club ",
        "resourceId": {"kind": "youtube#channel", "channelId": "UCbbbbbbbbbbbbbbbbbbbbb2"},
        "channelId": "UCq1w2e3r4t5y6u7i8o9p0aZ"}}, {"snippet": None}, "junk"]
    (export / "subscriptions" / "subscriptions.json").write_text(json.dumps(resources), encoding="utf-8")
    account = importer.load(tmp_path)
    (follow,) = account.follows
    assert (follow.direction, follow.counterpart, follow.created_at, follow.model_extra["name"]) == (
        "out", "UCbbbbbbbbbbbbbbbbbbbbb2", datetime(2019, 5, 4, 10, 20, 30, tzinfo=UTC), "Electronics Club")


def test_only_damaged_files_is_one_clear_error(tmp_path):
    folder = tmp_path / "Takeout" / "YouTube and YouTube Music" / "subscriptions"
    folder.mkdir(parents=True)
    (folder / "subscriptions.csv").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="not UTF-8") as error:
        importer.load(tmp_path)
    assert "\n" not in str(error.value)


def test_not_a_takeout(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    assert not importer.detect(tmp_path)
    with pytest.raises(InputError, match="not a YouTube Takeout"):
        importer.load(tmp_path)


def test_a_csv_field_over_the_csv_limit_leaves_only_that_file_out(tmp_path):
    export = copy(OWN, tmp_path / "takeout")
    comments = export / YOUTUBE / "comments" / "comments.csv"
    huge = "x" * 200_000  # over the csv module's 131,072-character field limit
    comments.write_text(comments.read_text(encoding="utf-8").replace("broken fragment", huge), encoding="utf-8")
    account = importer.load(export)
    assert kinds(account) == {"post": 2, "comment": 2}  # the live chats, without the comments file
    assert "comments.csv: left out (not a readable CSV file" in source(account)["note"]


def test_a_french_takeout_subscriptions_file(tmp_path):
    folder = tmp_path / "Takeout" / "YouTube et YouTube Music" / "abonnements"
    folder.mkdir(parents=True)
    (folder / "abonnements.csv").write_text(
        "ID des chaînes,URL des chaînes,Titres des chaînes\n"
        "UCaaaaaaaaaaaaaaaaaaaaa1,http://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaa1,Histoire de l'éclairage\n"
        "pas un identifiant,x,y\n\n\n\n\n", encoding="utf-8")
    assert importer.detect(tmp_path)
    account = importer.load(tmp_path)
    (follow,) = account.follows
    assert (follow.counterpart, follow.model_extra["name"]) == ("UCaaaaaaaaaaaaaaaaaaaaa1", "Histoire de l'éclairage")


def test_imported_with_a_tiktok_export_into_one_account():
    from credscore.importers.commands import import_accounts

    imported, account = import_accounts("lea", exports={"youtube-takeout": [OWN],
                                                        "tiktok-export": [FIXTURES / "tiktok-export"]})
    assert [name for name, _ in imported] == ["youtube-takeout", "tiktok-export"]
    assert {profile.platform for profile in account.profiles} == {"youtube", "tiktok"}
    assert Counter(post.platform for post in account.posts) == {"youtube": 8, "tiktok": 7}
