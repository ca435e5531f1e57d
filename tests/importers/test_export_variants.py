"""Real users' exports vary: the format chosen at download, older and newer layouts, wrappers, encodings.

Each variant below was seen in public code written against real exports (where is said in the importers'
comments); the fixtures in ``export_variants/`` are invented content in those layouts. Every variant either imports
with the counts expected, or stops with one clear line that says what to do. They live beside ``fixtures/`` rather
than in it: the detection tests of ``fixtures/`` assert that no other folder there is an Instagram or Threads export.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tarfile
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from credscore.cli import app
from credscore.cli.errors import run
from credscore.errors import InputError
from credscore.importers import detect_importer, get_importer
from credscore.importers._archive import Archive, container_hint
from credscore.importers.twitter_archive import _legacy_time
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, zipped

VARIANTS = Path(__file__).resolve().parent / "export_variants"


def _note(account) -> dict:
    (note,) = account.model_extra["sources"]
    return note


def _counts(account) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    return (dict(Counter(post.kind for post in account.posts)),
            dict(Counter(message.direction for message in account.messages)),
            dict(Counter(follow.direction for follow in account.follows)))


def _forms(folder: Path, tmp_path: Path) -> dict[str, Path]:
    """The ways a user hands over one export: the folder, the zip, the zip unzipped into a folder of its own name
    (wrapped), and the zip zipped again."""
    plain = zipped(folder, tmp_path / f"{folder.name}.zip")
    wrapped = zipped(folder, tmp_path / "wrapped.zip", inside=f"{folder.name}/")
    twice = tmp_path / "twice.zip"
    with zipfile.ZipFile(twice, "w", compression=zipfile.ZIP_DEFLATED) as outer:
        outer.write(plain, plain.name)
    return {"folder": folder, "zip": plain, "wrapped zip": wrapped, "zip in a zip": twice}


# (fixture, importer, (posts by kind, messages by direction, follows by direction), complete, words of the note)
IMPORTED = [
    # Instagram since 2024: posts under your_instagram_activity/media/, split posts_1/posts_2, reels.json, followers
    # split over followers_1/followers_2, following.json naming the account in "title" (no "value"), an empty
    # archived_posts.json.
    ("instagram-export-2025", "instagram-export", ({"post": 4, "comment": 1}, {}, {"in": 3, "out": 2}), True,
     "1 stories not read"),
    # Instagram before December 2020: profile.json, media.json, connections.json, comments.json, messages.json.
    ("instagram-export-2019", "instagram-export",
     ({"post": 3, "comment": 2}, {"sent": 2, "received": 1}, {"in": 2, "out": 1}), True, "first layout"),
    # TikTok since 2025: the following list under "Profile And Settings", empty comment and DM sections.
    ("tiktok-export-2025", "tiktok-export", ({"post": 1}, {}, {"in": 2, "out": 3}), True, ""),
    # X in 2019: tweet.js with `window.YTD.tweet.part0` and bare tweet objects.
    ("twitter-archive-2019", "twitter-archive", ({"post": 1, "reply": 1}, {}, {}), True, "no manifest.js"),
    # X before 2019: the monthly files of data/js/tweets/; only tweets, so not the whole history.
    ("twitter-archive-legacy", "twitter-archive", ({"post": 2, "repost": 1, "reply": 1}, {}, {}), False,
     "legacy tweet archive"),
    # YouTube before 2022: subscriptions.json read, comments only as HTML: said, and not called complete.
    ("youtube-takeout-2019", "youtube-takeout", ({}, {}, {"out": 1}), False, "comments as HTML"),
    # Instagram and Threads exports requested in HTML (Meta's default), read by structure.
    ("instagram-export-html", "instagram-html", ({"post": 1}, {}, {"in": 1, "out": 1}), True,
     "read from the HTML export"),
    ("threads-export-html", "instagram-html", ({"post": 1}, {}, {}), True, "Threads replies cannot be told"),
    # LinkedIn's fast "basic" archive: a profile but no posts, so not called complete.
    ("linkedin-export-basic", "linkedin-export", ({}, {}, {}), False, "basic archive"),
]


@pytest.mark.parametrize(("fixture", "name", "counts", "complete", "note"), IMPORTED)
@pytest.mark.parametrize("form", ["folder", "zip", "wrapped zip", "zip in a zip"])
def test_variant_imports_with_the_expected_counts(fixture, name, counts, complete, note, form, tmp_path):
    path = _forms(VARIANTS / fixture, tmp_path)[form]
    importer = detect_importer(path)
    assert importer.name == name
    account = importer.load(path)
    assert_round_trips(account)
    assert _counts(account) == counts
    assert _note(account)["complete"] is complete
    assert note in _note(account)["note"]


# (fixture, importer, words of the one line that says what to do)
REFUSED = [
    ("facebook-export-html", "facebook-export", r"this Facebook export is in HTML.*Format: JSON"),
    ("tiktok-export-txt", "tiktok-export", r"this TikTok export is in TXT format.*File format: JSON"),
    ("youtube-takeout-html-only", "youtube-takeout", r"comments only as an HTML page.*comments/comments\.csv"),
    ("youtube-takeout-history-only", "youtube-takeout", r"only watch or search history.*export YouTube again"),
]


@pytest.mark.parametrize(("fixture", "name", "message"), REFUSED)
@pytest.mark.parametrize("form", ["folder", "zip", "wrapped zip", "zip in a zip"])
def test_variant_in_a_format_not_read_is_named_in_one_line(fixture, name, message, form, tmp_path):
    path = _forms(VARIANTS / fixture, tmp_path)[form]
    importer = detect_importer(path)
    assert importer.name == name  # the platform is named, not "not a format credscore can import"
    with pytest.raises(InputError, match=message) as error:
        importer.load(path)
    assert "\n" not in str(error.value)


def _import(capsys, *args) -> tuple[int, str]:
    """``credscore import`` through the console entry point: (exit status, what it wrote on stderr)."""
    with pytest.raises(SystemExit) as stopped:
        run(app, {"debug": False}, ["import", *map(str, args)])
    return stopped.value.code, capsys.readouterr().err.strip()


@pytest.mark.parametrize(("fixture", "name", "message"), REFUSED)
def test_the_import_command_says_it_in_one_line(fixture, name, message, tmp_path, capsys):
    status, line = _import(capsys, VARIANTS / fixture, "--id", "x", "-o", tmp_path / "x.json")
    assert status == 2
    assert "\n" not in line and "Traceback" not in line and "internal error" not in line
    assert line.startswith("error: ") and re.search(message, line)
    assert not (tmp_path / "x.json").exists()


def test_the_first_instagram_layout_in_detail():
    account = get_importer("instagram-export").load(VARIANTS / "instagram-export-2019")
    (profile,) = account.profiles
    assert (account.id, profile.handle, profile.followers, profile.following, profile.has_avatar) == (
        "lea.yoga", "lea.yoga", 2, 1, True)
    carousel = next(post for post in account.posts if post.text.startswith("Atelier"))
    assert carousel.created_at == datetime(2019, 7, 14, 18, 30, 12, tzinfo=UTC) and len(carousel.media) == 2
    video = next(post for post in account.posts if post.text.startswith("Salutation"))
    assert [media.kind for media in video.media] == ["video"]
    comment = next(post for post in account.posts if post.kind == "comment" and post.text == "Magnifique 🙏")
    assert comment.model_extra["post_owner"] == "user_d"
    received = next(message for message in account.messages if message.direction == "received")
    assert (received.counterpart, received.text) == ("user_a", "Salut ! Tu donnes des cours ?")
    shared = next(message for message in account.messages if "share.jpg" in message.text)
    assert (shared.direction, shared.counterpart) == ("sent", "user_a")
    follow = next(follow for follow in account.follows if follow.counterpart == "user_b")
    assert follow.created_at == datetime(2019, 6, 2, 11, 30, tzinfo=UTC)


def test_the_2025_instagram_layout_in_detail():
    account = get_importer("instagram-export").load(VARIANTS / "instagram-export-2025")
    texts = {post.text for post in account.posts}
    assert "Nouvelle recette : bowl de quinoa 🥗 #healthy" in texts  # mojibake repaired
    assert "Replay of Tuesday's live Q&A: link in bio" in texts  # posts_2.json read too
    reel = next(post for post in account.posts if post.text.startswith("Astuce"))
    assert [media.kind for media in reel.media] == ["video"]
    following = {follow.counterpart for follow in account.follows if follow.direction == "out"}
    assert following == {"user_d", "user_a"}  # the username in "title", as exports since 2025 write it


def test_the_legacy_tweet_archive_in_detail():
    account = get_importer("twitter-archive").load(VARIANTS / "twitter-archive-legacy")
    assert (account.id, account.name) == ("marc_invest", "Marc Petit")
    linked = next(post for post in account.posts if post.text.startswith("New course"))
    assert linked.links == ("https://marc-invest.example/course",)
    assert linked.created_at == datetime(2015, 1, 5, 11, 0, tzinfo=UTC)  # +0100 taken into account


@pytest.mark.parametrize(("value", "expected"), [
    ("2015-01-24 02:02:37 +0000", datetime(2015, 1, 24, 2, 2, 37, tzinfo=UTC)),
    ("2015-01-24 02:02:37 -0500", datetime(2015, 1, 24, 7, 2, 37, tzinfo=UTC)),
    ("Fri Mar 06 13:02:05 +0000 2026", None),
    ("2015-02-30 00:00:00 +0000", None),
    (None, None),
])
def test_legacy_tweet_time(value, expected):
    assert _legacy_time(value) == expected


# --- variants made from the platforms' own fixtures --------------------------------------------------------------


def test_linkedin_file_names_in_lower_case(tmp_path):
    original = get_importer("linkedin-export").load(FIXTURES / "linkedin-export")
    lower = tmp_path / "Complete_LinkedInDataExport_01-02-2026"
    lower.mkdir()
    for path in (FIXTURES / "linkedin-export").iterdir():
        shutil.copy(path, lower / path.name.lower())
    account = get_importer("linkedin-export").load(lower)
    assert _counts(account) == _counts(original) and _note(account)["complete"] is True


def test_tiktok_section_names_in_another_case(tmp_path):
    source = FIXTURES / "tiktok-export" / "user_data_tiktok.json"
    data = json.loads(source.read_text(encoding="utf-8"))

    def recased(value, depth=0):
        if isinstance(value, dict) and depth < 2:  # sections and their lists, as they changed between exports
            return {(key.upper() if depth == 0 else key.lower()): recased(item, depth + 1)
                    for key, item in value.items()}
        return value

    target = tmp_path / "user_data_tiktok.json"
    target.write_text(json.dumps(recased(data), ensure_ascii=False), encoding="utf-8")
    original = get_importer("tiktok-export").load(source)
    account = get_importer("tiktok-export").load(target)
    assert _counts(account) == _counts(original)


def test_facebook_posts_in_the_layout_of_2024(tmp_path):
    """Since 2024 the posts are your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json."""
    export = tmp_path / "facebook-person-2026"
    posts = export / "your_facebook_activity" / "posts"
    posts.mkdir(parents=True)
    shutil.copy(FIXTURES / "facebook-export" / "posts" / "your_posts_1.json",
                posts / "your_posts__check_ins__photos_and_videos_1.json")
    profile = export / "personal_information" / "profile_information"
    profile.mkdir(parents=True)
    shutil.copy(FIXTURES / "facebook-export" / "profile_information" / "profile_information.json", profile)
    original = get_importer("facebook-export").load(FIXTURES / "facebook-export")
    assert detect_importer(export).name == "facebook-export"
    account = get_importer("facebook-export").load(export)
    assert len(account.posts) == len(original.posts) and account.profiles == original.profiles


def test_youtube_folder_of_older_takeouts(tmp_path):
    """Takeouts before 2020 named the folder "YouTube", not "YouTube and YouTube Music"."""
    export = copy(FIXTURES / "youtube-takeout", tmp_path / "takeout-20190506T143207Z-001")
    (export / "Takeout" / "YouTube and YouTube Music").rename(export / "Takeout" / "YouTube")
    original = get_importer("youtube-takeout").load(FIXTURES / "youtube-takeout")
    account = get_importer("youtube-takeout").load(export)
    assert _counts(account) == _counts(original)


def test_x_file_with_a_closing_semicolon(tmp_path):
    export = copy(VARIANTS / "twitter-archive-2019", tmp_path / "x")
    tweets = export / "data" / "tweet.js"
    tweets.write_text(tweets.read_text(encoding="utf-8") + ";\n", encoding="utf-8")
    assert len(get_importer("twitter-archive").load(export).posts) == 2


# --- encodings ----------------------------------------------------------------------------------------------------


def test_a_csv_saved_again_as_utf16_is_read(tmp_path):
    export = copy(FIXTURES / "linkedin-export", tmp_path / "linkedin")
    connections = export / "Connections.csv"
    connections.write_bytes(connections.read_text(encoding="utf-8").encode("utf-16"))  # with its byte-order mark
    original = get_importer("linkedin-export").load(FIXTURES / "linkedin-export")
    assert _counts(get_importer("linkedin-export").load(export)) == _counts(original)


def test_a_csv_saved_again_as_windows_1252_is_one_clear_line(tmp_path):
    export = copy(FIXTURES / "linkedin-export", tmp_path / "linkedin")
    (export / "Profile.csv").write_bytes("First Name,Last Name,Headline\nSéverine,Brûlé,Coach\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"Profile\.csv: not UTF-8 text.*Windows-1252") as error:
        get_importer("linkedin-export").load(export)
    assert "\n" not in str(error.value)


class _Member(Archive):
    """An archive of one member holding ``data`` (what ``read_text`` makes of given bytes)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(Path("export"), ("file.csv",))
        self.data = data

    def read_bytes(self, name: str) -> bytes:
        return self.data


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x24F), min_size=1, max_size=200),
       st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_with_a_mark_reads_as_written(text, encoding):
    """Text in Latin script saved as UTF-16 with a byte-order mark (either byte order) reads back as written."""
    assume(sum(char.isascii() for char in text) * 2 >= len(text))  # field names and numbers: mostly ASCII
    assert _Member("\ufeff".encode(encoding) + text.encode(encoding)).read_text("file.csv") == text


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_text_or_one_clear_error(data):
    try:
        assert isinstance(_Member(data).read_text("file.csv"), str)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith("export/file.csv: not UTF-8 text")


# --- wrappers -----------------------------------------------------------------------------------------------------


def test_zip_in_a_zip_names_both_in_messages(tmp_path):
    inner = zipped(FIXTURES / "mastodon-archive", tmp_path / "archive-20260101.zip")
    outer = tmp_path / "download.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(inner, inner.name)
        archive.writestr("__MACOSX/._archive-20260101.zip", b"resource fork")
    with Archive.open(outer) as archive:
        assert "outbox.json" in archive.names
        assert archive.where("outbox.json") == f"{outer}:archive-20260101.zip:outbox.json"
    assert len(get_importer("mastodon-archive").load(outer).posts) == len(
        get_importer("mastodon-archive").load(FIXTURES / "mastodon-archive").posts)


def test_a_damaged_zip_in_a_zip_is_one_clear_line(tmp_path):
    outer = tmp_path / "download.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("export.zip", b"PK\x03\x04 not a zip at all" * 4)
    assert not get_importer("mastodon-archive").detect(outer)
    with pytest.raises(InputError, match=r"download\.zip:export\.zip: not a valid zip file"):
        get_importer("mastodon-archive").load(outer)


def test_a_zip_of_several_exports_says_to_give_each(tmp_path):
    outer = tmp_path / "everything.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(zipped(FIXTURES / "mastodon-archive", tmp_path / "m.zip"), "m.zip")
        archive.write(zipped(FIXTURES / "twitter-archive", tmp_path / "t.zip"), "t.zip")
    with pytest.raises(InputError, match=r"holds 2 zip files \(m\.zip, t\.zip\).*give each export") as error:
        detect_importer(outer)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("suffix", [".tgz", ".tar.gz", ".tar"])
def test_a_tar_takeout_says_to_extract_it(tmp_path, suffix):
    path = tmp_path / f"takeout-20260101T000000Z-001{suffix}"
    with tarfile.open(path, "w:gz" if "gz" in suffix else "w") as archive:
        data = b"Channel ID,Channel URL,Channel title\n"
        info = tarfile.TarInfo("Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    for attempt in (lambda: detect_importer(path), lambda: get_importer("youtube-takeout").load(path)):
        with pytest.raises(InputError, match=r"a tar archive .*extract it") as error:
            attempt()
        assert "\n" not in str(error.value)


def test_container_hint_is_none_for_ordinary_inputs(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("hello")
    assert container_hint(plain) is None
    assert container_hint(tmp_path) is None
    assert container_hint(tmp_path / "missing.zip") is None
    assert container_hint(zipped(FIXTURES / "mastodon-archive", tmp_path / "m.zip")) is None


# --- empty sections: imported when something is there, one clear line when nothing is ------------------------------


def test_an_export_with_nothing_in_it_is_not_imported_silently(tmp_path, capsys):
    export = tmp_path / "instagram-empty"
    lists = export / "connections" / "followers_and_following"
    lists.mkdir(parents=True)
    (lists / "followers_1.json").write_text("[]")
    (lists / "following.json").write_text('{"relationships_following": []}')
    posts = export / "your_instagram_activity" / "media"
    posts.mkdir(parents=True)
    (posts / "posts_1.json").write_text("[]")
    tiktok = tmp_path / "user_data_tiktok.json"
    tiktok.write_text(json.dumps({"Your Activity": {"Follower": {"FansList": None}}, "Post": {"Posts": {
        "VideoList": []}}, "Comment": {"Comments": {"CommentsList": None}}}))
    for path, name in ((export, "instagram-export"), (tiktok, "tiktok-export")):
        status, line = _import(capsys, path, "--id", "x", "-o", tmp_path / "x.json")
        assert status == 2, name
        assert "\n" not in line and f"the {name} export holds no profile, posts, messages or follows" in line
    assert not (tmp_path / "x.json").exists()


def test_empty_sections_beside_full_ones_are_fine(tmp_path):
    export = copy(VARIANTS / "instagram-export-2025", tmp_path / "ig")
    (export / "your_instagram_activity" / "media" / "posts_2.json").write_text("[]")
    (export / "connections" / "followers_and_following" / "followers_2.json").write_text("[]")
    account = get_importer("instagram-export").load(export)
    assert _counts(account) == ({"post": 3, "comment": 1}, {}, {"in": 2, "out": 2})
    assert _note(account)["complete"] is True


# --- Bluesky and TikTok odds and ends -------------------------------------------------------------------------------

BLUESKY_RECORDS = [
    ("app.bsky.actor.profile/self", {"$type": "app.bsky.actor.profile", "displayName": "Zoé Exemple",
                                     "createdAt": "2024-05-01T10:00:00.000Z"}),
    ("app.bsky.feed.post/3bbb0000001", {"$type": "app.bsky.feed.post", "text": "Premier post",
                                        "createdAt": "2024-05-02T10:00:00.000Z"}),
]


def test_a_bluesky_repository_sent_on_as_a_zip(tmp_path):
    from tests.importers.bluesky_car_builder import build_car

    car = tmp_path / "repo-did-plc-example-2026-01-01.car"
    car.write_bytes(build_car(BLUESKY_RECORDS))
    packed = tmp_path / "bluesky.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.write(car, f"Bluesky/{car.name}")
    assert detect_importer(packed).name == "bluesky-car"
    account = get_importer("bluesky-car").load(packed)
    direct = get_importer("bluesky-car").load(car)
    assert (account.posts, account.profiles, account.follows) == (direct.posts, direct.profiles, direct.follows)
    assert [post.text for post in account.posts] == ["Premier post"]
    assert _note(account)["location"] == f"{packed}:Bluesky/{car.name}"
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.write(car, "a.car")
        archive.write(car, "b.car")
    assert not get_importer("bluesky-car").detect(two)
    with pytest.raises(InputError, match=r"two\.zip: a zip holding 2 \.car files"):
        get_importer("bluesky-car").load(two)


def test_a_bare_tiktok_user_data_json_that_opens_on_a_newer_section(tmp_path):
    """Named user_data.json (a name other tools use too), it is TikTok's when its first section is one of TikTok's,
    including those of exports since 2025."""
    data = json.loads((VARIANTS / "tiktok-export-2025" / "user_data_tiktok.json").read_text(encoding="utf-8"))
    bare = tmp_path / "user_data.json"
    bare.write_text(json.dumps({"Profile And Settings": data["Profile And Settings"],
                                **{key: value for key, value in data.items() if key != "Profile And Settings"}}))
    assert detect_importer(bare).name == "tiktok-export"
    assert _counts(get_importer("tiktok-export").load(bare)) == ({"post": 1}, {}, {"in": 2, "out": 3})


@pytest.mark.parametrize("fixture", ["facebook-export", "instagram-export", "linkedin-export", "mastodon-archive",
                                     "threads-export", "tiktok-export", "twitter-archive", "youtube-takeout"])
def test_the_shared_real_exports_in_every_wrapper(fixture, shared_dir, tmp_path):
    """Each real export reads the same as its folder when zipped, unzipped into a folder of its own name, or zipped
    twice, and detection names its platform each time."""
    folder = shared_dir / "fixtures" / fixture
    expected = get_importer(fixture).load(folder)
    for form, path in _forms(folder, tmp_path).items():
        assert detect_importer(path).name == fixture, form
        account = get_importer(fixture).load(path)
        assert _counts(account) == _counts(expected), form
        assert account.profiles == expected.profiles, form


def test_a_folder_holding_only_the_download_says_to_give_the_zip(tmp_path):
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    zipped(FIXTURES / "mastodon-archive", downloads / "archive-20260101.zip")
    with pytest.raises(InputError, match=r"holds only downloaded archives \(archive-20260101\.zip\); give the "
                                         r"export's \.zip itself") as error:
        detect_importer(downloads)
    assert "\n" not in str(error.value)
    (downloads / "notes.txt").write_text("not an archive")
    with pytest.raises(InputError, match="not a format credscore can import"):
        detect_importer(downloads)


def test_an_accounts_center_download_of_two_accounts(tmp_path):
    """Meta's Accounts Center can put an Instagram and a Facebook export in one download, side by side; each importer
    reads its own conversations only, and detection asks which one is meant."""
    meta = tmp_path / "meta-2026-Jan-10-17-13-19"
    shutil.copytree(FIXTURES / "instagram-export", meta / "instagram-camille-2026-01-09-AbCdEf")
    facebook = meta / "facebook-person-2026-01-09-GhIjKl"
    shutil.copytree(FIXTURES / "facebook-export" / "messages", facebook / "your_facebook_activity" / "messages")
    shutil.copytree(FIXTURES / "facebook-export" / "posts", facebook / "your_facebook_activity" / "posts")
    shutil.copytree(FIXTURES / "facebook-export" / "profile_information",
                    facebook / "personal_information" / "profile_information")
    alone = {name: get_importer(name).load(FIXTURES / name) for name in ("instagram-export", "facebook-export")}
    for name, account in alone.items():
        together = get_importer(name).load(meta)
        assert Counter(message.platform for message in together.messages) == Counter(
            message.platform for message in account.messages), name
        assert len(together.messages) == len(account.messages), name
    with pytest.raises(InputError, match=r"matches several formats \(.*facebook-export.*instagram-export.*\)"):
        detect_importer(meta)
