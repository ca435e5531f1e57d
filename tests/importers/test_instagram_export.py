"""The Instagram export importer: own fixtures (current and older layouts), the shared real export, damaged files."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers import _common, detect_importer, get_importer, registered_importers
from credscore.importers.instagram_export import InstagramExportImporter, _message
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, directions, kinds, zipped

OWN = FIXTURES / "instagram-export"
OLD = FIXTURES / "instagram-export-2022"
importer = InstagramExportImporter()


def _at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def _note(account) -> dict:
    (note,) = account.model_extra["sources"]
    return note


def _moji(data):
    """``data`` as Meta writes it: every UTF-8 byte of a string as one character."""
    if isinstance(data, str):
        return data.encode("utf-8").decode("latin-1")
    if isinstance(data, list):
        return [_moji(item) for item in data]
    if isinstance(data, dict):
        return {_moji(key): _moji(value) for key, value in data.items()}
    return data


@pytest.fixture(params=["folder", "zip", "wrapped zip"])
def own_export(request, tmp_path):
    if request.param == "folder":
        return OWN
    return zipped(OWN, tmp_path / "instagram-camille.zip", inside="" if request.param == "zip" else "export/")


def test_own_fixture(own_export):
    account = importer.load(own_export)
    assert_round_trips(account)
    assert (account.id, account.name) == ("camille.nutrition", "Camille Durand")
    instagram, threads = account.profiles
    assert (instagram.platform, instagram.handle, instagram.url) == (
        "instagram", "camille.nutrition", "https://camille-nutrition.example/liens")
    assert instagram.bio == "Diététicienne 🥗 | Recettes faciles & équilibrées | Lyon"  # mojibake repaired
    assert (instagram.followers, instagram.following, instagram.has_avatar) == (4, 3, True)
    assert instagram.model_extra["private"] is False
    assert instagram.created_at == _at(1546300800)  # signup_information.json
    assert (threads.platform, threads.handle, threads.bio) == (
        "threads", "camille.nutrition", "Nutrition & bon sens 🍎")
    assert (threads.followers, threads.following, threads.created_at) == (1, 1, _at(1689000000))

    # posts_1.json: a single photo (caption on media[0]), a carousel (caption on the post, a video in it), a
    # captionless photo; reels.json: one reel; 3 comments written; 2 Threads records. Stories are not posts.
    assert Counter((post.platform, post.kind) for post in account.posts) == {
        ("instagram", "post"): 4, ("instagram", "comment"): 3, ("threads", "post"): 1, ("threads", "reply"): 1}
    by_text = {post.text: post for post in account.posts}
    salad = next(post for post in account.posts if post.text.startswith("Salade de lentilles"))
    assert salad.created_at == _at(1715000000) and salad.links == ("https://camille-nutrition.example/lentilles",)
    assert [(item.kind, item.url) for item in salad.media] == [("image", "media/posts/202405/salade_1.jpg")]
    market = by_text["Au marché ce matin : fruits de saison et légumes oubliés ✨"]
    assert market.created_at == _at(1710000001)
    assert [item.kind for item in market.media] == ["image", "video"]  # the video told by its metadata
    captionless = by_text[""]
    assert captionless.kind == "post" and captionless.media[0].kind == "image" and not captionless.links
    reel = by_text["Porridge express en 3 minutes ⏱️ #healthy #petitdej"]
    assert reel.media[0].kind == "video"  # no suffix: a reel is a video
    comment = by_text["Great tips, thanks for sharing!"]
    assert (comment.kind, comment.created_at) == ("comment", _at(1709000000))
    assert by_text["Trop bonne idée 👏"].kind == "comment"  # reels_comments.json
    assert by_text["Oui, les légumineuses comptent comme protéines 🙂"].kind == "reply"

    # Messages: Lucas (two parts, a like and a reaction left out, a shared reel kept as its link, a photo),
    # a French group (creation, addition, like and departure left out), a message request.
    assert directions(account.messages) == {"sent": 3, "received": 4}
    texts = [message.text for message in account.messages]
    times = [message.created_at for message in account.messages]
    assert times == sorted(times) and times[0] == _at(1711000300)
    shared = next(message for message in account.messages if "reel" in message.text)
    assert (shared.text, shared.direction, shared.counterpart) == (
        "https://www.instagram.com/reel/AbC123/", "sent", "Lucas Martin")
    group = next(message for message in account.messages if message.text.startswith("Rendez-vous"))
    assert (group.direction, group.counterpart) == ("sent", "Léa Petit, Hugo Bernard")
    photo = next(message for message in account.messages if message.text == "")
    assert (photo.direction, photo.counterpart) == ("received", "Lucas Martin")
    request = next(message for message in account.messages if message.counterpart == "Glow Shop")
    assert request.direction == "received" and "ambassador" in request.text
    assert not any("groupe" in text or "Liked" in text or "attachment" in text for text in texts)

    # Follows: 4 followers over two files, 3 followed (username in value, title, href), 1 unfollowed, and the
    # Threads lists; pending follow requests are not follows.
    assert Counter((follow.platform, follow.direction) for follow in account.follows) == {
        ("instagram", "in"): 4, ("instagram", "out"): 4, ("threads", "in"): 1, ("threads", "out"): 1}
    out = {follow.counterpart: follow for follow in account.follows if follow.direction == "out"}
    assert set(out) == {"user_a", "user_c", "user_g", "user_h", "user_j"}
    assert out["user_c"].created_at == _at(1706000000)
    assert (out["user_h"].created_at, out["user_h"].ended_at) == (None, _at(1712000000))
    assert "user_i" not in {follow.counterpart for follow in account.follows}

    note = _note(account)
    assert note["kind"] == "instagram-export" and note["complete"] is True
    assert "2 stories not read" in note["note"]
    assert "1 recently unfollowed account(s)" in note["note"]
    assert "1 message(s) in 1 message request(s)" in note["note"]


def test_older_layout():
    account = importer.load(OLD)
    assert_round_trips(account)
    assert (account.id, account.name) == ("theo.fitcoach", "Théo Lambert")
    (profile,) = account.profiles
    assert profile.model_extra["private"] is True and profile.has_avatar is None
    assert kinds(account) == {"post": 2, "comment": 1}
    carousel = next(post for post in account.posts if post.text.startswith("Avant"))
    assert carousel.created_at == _at(1652000000) and len(carousel.media) == 2
    comment = next(post for post in account.posts if post.kind == "comment")
    assert (comment.text, comment.created_at) == ("Bravo pour la régularité !", _at(1654000000))
    # A call is not a message.
    (message,) = account.messages
    assert (message.direction, message.counterpart) == ("sent", "Marc")
    assert Counter(follow.direction for follow in account.follows) == {"in": 2, "out": 1}
    undated = next(follow for follow in account.follows if follow.counterpart == "user_n")
    assert undated.created_at is None  # timestamp 0: not known
    assert _note(account)["complete"] is True


def test_shared_real_export(shared_dir):
    account = importer.load(shared_dir / "fixtures" / "instagram-export")
    assert_round_trips(account)
    assert (account.id, account.name) == ("max_orenstein", "Max Orenstein")
    instagram, threads = account.profiles
    assert (instagram.handle, instagram.bio, instagram.has_avatar) == ("max_orenstein", "UPenn", True)
    assert instagram.model_extra["private"] is False and threads.model_extra["private"] is True
    assert (instagram.followers, instagram.following) == (26, 24)
    # 4 posts (1 single photo, 3 carousels of 6-7 photos), 3 comments written.
    assert kinds(account) == {"post": 4, "comment": 3}
    posts = [post for post in account.posts if post.kind == "post"]
    assert sorted(len(post.media) for post in posts) == [1, 6, 6, 7]
    assert all(post.text for post in posts)  # carousels' captions are on the post, the single photo's on media[0]
    assert "Un Taxi 🇨🇴" in {post.text for post in posts}
    assert "@user_ay what did i tell u about that chedda 🙄" in {post.text for post in account.posts}
    # 8 conversations, 74 lines, 28 of them system events (a like, 5 departures, 2 creations, 20 additions):
    # 46 messages, 18 of them sent by Max; 8 in the 5 message requests.
    assert len(account.messages) == 46 and directions(account.messages) == {"sent": 18, "received": 28}
    assert not any(message.text.endswith(("left the group.", "to the group.", "created the group."))
                   or message.text in ("Liked a message", "You sent an attachment.")
                   for message in account.messages)
    shares = [message for message in account.messages if message.text.startswith("https://www.instagram.com/")]
    assert len(shares) == 13
    assert {message.counterpart for message in account.messages if message.direction == "sent"} == {
        "Person A", "Person B", "Person C"}
    assert not any("Ã" in text or "â\x80" in text or "ð\x9f" in text
                   for text in [*(m.text for m in account.messages), *(p.text for p in account.posts)])
    # 26 followers, 24 following, 4 unfollowed (user_w unfollowed but still follows Max).
    assert Counter((follow.direction, follow.ended_at is not None) for follow in account.follows) == {
        ("in", False): 26, ("out", False): 24, ("out", True): 4}
    assert all(follow.created_at for follow in account.follows if follow.ended_at is None)
    assert {follow.direction for follow in account.follows if follow.counterpart == "user_w"} == {"in", "out"}
    note = _note(account)
    assert note["complete"] is True
    assert "8 message(s) in 5 message request(s)" in note["note"]


@pytest.mark.parametrize(("content", "kept"), [
    ("Salut, ça va ?", "Salut, ça va ?"),
    ("Liked a message", None),
    ("Reacted 😂 to your message ", None),
    ("Person AB left the group.", None),
    ("A contact created the group.", None),
    ("personaa added Person Q to the group.", None),
    ("Person AA added you to the group.", None),
    ("Max unsent a message.", None),
    ("Léa a quitté le groupe.", None),
    ("leapetit a ajouté Hugo au groupe.", None),
    ("A aimé un message", None),
    ("You sent an attachment.", ""),
    ("Léa a envoyé une pièce jointe.", ""),
    ("I left the group chat yesterday, sorry", "I left the group chat yesterday, sorry"),
    ("I liked your message", "I liked your message"),
    ("Video chat ended", None),
])
def test_system_events_are_not_messages(content, kept):
    message = {"sender_name": "Someone", "timestamp_ms": 1_700_000_000_000, "content": content}
    record = _message(message, "Owner", "Someone")
    assert (record["text"] if record else None) == kept


def test_a_damaged_conversation_costs_only_itself(tmp_path):
    export = copy(OWN, tmp_path / "export")
    thread = export / "your_instagram_activity/messages/inbox/lucasmartin_1000000001/message_2.json"
    thread.write_text('{"participants": [', encoding="utf-8")
    (export / "your_instagram_activity/content/reels.json").write_text('"not a list"', encoding="utf-8")
    account = importer.load(export)
    assert len(account.messages) == 5  # the 2 messages of the damaged part are lost, nothing else
    assert kinds(account)["post"] == 3 + 1  # the reel is lost
    note = _note(account)
    assert note["complete"] is False
    assert "2 file(s) left out:" in note["note"] and "message_2.json (invalid JSON at line 1" in note["note"]
    assert "reels.json (not the expected list of records)" in note["note"]
    assert "\n" not in note["note"]


def test_many_damaged_files_make_one_short_note(tmp_path):
    export = copy(OLD, tmp_path / "export")
    for number in range(12):
        folder = export / "messages" / "inbox" / f"x_{number}"
        folder.mkdir()
        (folder / "message_1.json").write_bytes(b"\xff\xfe")
    note = _note(importer.load(export))
    assert note["note"].startswith("12 file(s) left out:") and note["note"].endswith("; and 7 more")


def test_nothing_readable_is_one_clear_error(tmp_path):
    export = tmp_path / "export"
    (export / "content").mkdir(parents=True)
    (export / "content" / "posts_1.json").write_text("[{", encoding="utf-8")
    with pytest.raises(InputError, match=r"nothing could be read from this export; content/posts_1\.json "
                                         r"\(invalid JSON at line 1"):
        importer.load(export)


def test_not_an_instagram_export(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not an Instagram export"):
        importer.load(tmp_path)
    with pytest.raises(InputError, match="not a valid zip file"):
        importer.load(tmp_path / "notes.txt")


def test_owner_without_profile(tmp_path):
    export = copy(OWN, tmp_path / "export")
    shutil.rmtree(export / "personal_information")
    account = importer.load(export)
    assert account.id == "export" and account.name is None
    assert [profile.platform for profile in account.profiles] == ["instagram", "threads"]  # follow counts
    assert directions(account.messages) == {"sent": 3, "received": 4}
    note = _note(account)
    assert "'Camille Durand', the participant in the most conversations" in note["note"]
    assert "no personal_information.json" in note["note"]


def test_messages_without_any_way_to_tell_the_owner(tmp_path):
    export = copy(OLD, tmp_path / "export")
    (export / "personal_information" / "personal_information.json").unlink()
    account = importer.load(export)
    assert account.messages == () and kinds(account) == {"post": 2, "comment": 1}
    note = _note(account)
    assert note["complete"] is False and "messages left out" in note["note"]


def test_strings_that_are_not_mojibake_are_kept(tmp_path):
    export = copy(OLD, tmp_path / "export")
    posts = export / "content" / "posts_1.json"
    data = json.loads(posts.read_text(encoding="utf-8"))
    data[0]["media"][0]["title"] = "Déjà réparé ✓"  # a hand-edited export: real characters, not bytes
    posts.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "Déjà réparé ✓" in {post.text for post in importer.load(export).posts}


def test_past_the_follow_limit_the_most_recent_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(_common, "MAX_FOLLOWS", 100)
    export = copy(OLD, tmp_path / "export")
    followers = [{"title": "", "media_list_data": [], "string_list_data": [
        {"href": f"https://www.instagram.com/fan_{i}", "value": f"fan_{i}", "timestamp": 1_600_000_000 + i}]}
        for i in range(150)]
    (export / "followers_and_following" / "followers.json").write_text(
        json.dumps({"relationships_followers": followers}), encoding="utf-8")
    account = importer.load(export)
    assert len(account.follows) == 100 and "fan_149" in {follow.counterpart for follow in account.follows}
    assert account.profiles[0].followers == 150  # the lists' length, before the cut
    note = _note(account)
    assert note["complete"] is False and "kept the 100 most recent follows of 151" in note["note"]


def test_a_mojibake_emoji_in_a_group_title_and_counterparts(tmp_path):
    export = copy(OLD, tmp_path / "export")
    folder = export / "messages" / "inbox" / "team_1000000010"
    folder.mkdir()
    thread = {"participants": [{"name": "Zoé 🌸"}, {"name": "Théo Lambert"}, {"name": "Ana"}], "title": "Team 🌸",
              "messages": [{"sender_name": "Zoé 🌸", "timestamp_ms": 1650002000000, "content": "On y va ? 🚀"},
                           {"sender_name": "Théo Lambert", "timestamp_ms": 1650003000000, "content": "Go"}]}
    (folder / "message_1.json").write_text(json.dumps(_moji(thread)), encoding="ascii")
    messages = importer.load(export).messages
    received = next(message for message in messages if message.direction == "received")
    assert (received.counterpart, received.text) == ("Zoé 🌸", "On y va ? 🚀")
    sent = next(message for message in messages if message.text == "Go")
    assert sent.counterpart == "Zoé 🌸, Ana"


def test_detection(tmp_path):
    for fixture in (OWN, OLD):
        assert detect_importer(fixture).name == "instagram-export"
        assert detect_importer(zipped(fixture, tmp_path / f"{fixture.name}.zip", inside="x/")).name == \
            "instagram-export"
    others = [path for path in FIXTURES.iterdir() if path.is_dir() and path not in (OWN, OLD)]
    assert others and not any(importer.detect(path) for path in others)
    # Conversations alone in the older layout are a Facebook export's too: not claimed.
    only_messages = tmp_path / "messages-only"
    shutil.copytree(OLD / "messages", only_messages / "messages")
    assert not importer.detect(only_messages)


def test_detection_of_the_shared_fixtures(shared_dir):
    fixtures = shared_dir / "fixtures"
    assert detect_importer(fixtures / "instagram-export").name == "instagram-export"
    for path in fixtures.iterdir():
        if path.is_dir() and path.name != "instagram-export":
            assert not importer.detect(path), path.name


def test_other_importers_leave_instagram_alone():
    for other in registered_importers():
        if other.name != "instagram-export":
            assert not other.detect(OWN) and not other.detect(OLD), other.name


def test_registered():
    assert get_importer("instagram-export").name == "instagram-export"


def test_credscore_import_command(tmp_path):
    from typer.testing import CliRunner

    from credscore.cli import app
    from credscore.reader import load_account

    output = tmp_path / "camille.json"
    threads = FIXTURES / "threads-export"
    result = CliRunner().invoke(app, ["import", str(zipped(OLD, tmp_path / "old.zip")), "--instagram-export", str(OWN),
                                      "--threads-export", str(threads), "--id", "camille", "-o", str(output)])
    assert result.exit_code == 0, result.output
    summary = result.stderr.strip()
    assert summary.startswith("imported instagram-export: 2 posts, 0 replies, 0 reposts, 1 comments, 1 messages, "
                              "3 follows; instagram-export: 5 posts, 1 replies, 0 reposts, 3 comments, 7 messages, "
                              "10 follows; threads-export: 2 posts, 2 replies")
    account = load_account(output)
    assert account.id == "camille"
    assert Counter(post.platform for post in account.posts) == {"instagram": 2 + 4 + 1 + 3, "threads": 2 + 4}
    help_text = CliRunner().invoke(app, ["import", "--help"], terminal_width=200).output
    assert "--instagram-export" in help_text and "--threads-export" in help_text
