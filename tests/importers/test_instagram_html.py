"""The Instagram and Threads exports requested in HTML (Meta's default): own fixtures in English and French, dates,
time zones, damaged pages, detection, the command line, and fuzzed pages.

The fixtures (``fixtures/instagram-html``, ``fixtures/instagram-html-fr``) are invented content written in the
structure public readers of real HTML exports describe (see :mod:`credscore.importers._meta_html`): generated class
names on every element, entries as the children of ``<main>`` (``<div role="main">`` in ``followers_2.html``), a
header whose ``<time>`` says the export was made at 10:30 in UTC+01:00.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers import _common, detect_importer, get_importer, registered_importers
from credscore.importers._meta_html import local_time, parse_page, profile_username
from credscore.importers.instagram_html import InstagramHtmlImporter
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, directions, kinds, zipped
from tests.reliability.fuzz import FUZZ, outcome
from tests.reliability.test_fuzz_importers import _mutated, _written, mutations

OWN = FIXTURES / "instagram-html"
FRENCH = FIXTURES / "instagram-html-fr"
VARIANTS = Path(__file__).resolve().parent / "export_variants"
importer = InstagramHtmlImporter()


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _note(account) -> dict:
    (note,) = account.model_extra["sources"]
    return note


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


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
    assert instagram.bio == "Diététicienne 🥗 | Recettes faciles & équilibrées | Lyon"  # entities decoded
    assert (instagram.followers, instagram.following, instagram.has_avatar) == (4, 2, True)
    assert instagram.model_extra["private"] is False
    assert instagram.created_at == _utc(2019, 1, 1, 0, 0)  # "Jan 1, 2019 1:00 am" in UTC+01:00
    assert (threads.platform, threads.handle, threads.bio, threads.followers, threads.following) == (
        "threads", "camille.nutrition", "Nutrition au quotidien 🥕", 1, 1)
    assert kinds(account) == {"post": 5 + 2, "comment": 2}
    assert Counter(post.platform for post in account.posts) == {"instagram": 7, "threads": 2}


def test_posts_captions_media_and_times():
    posts = {post.text.split("\n")[0]: post for post in importer.load(OWN).posts if post.kind == "post"}
    bowl = posts["Bowl du midi : quinoa, pois chiches & légumes rôtis 🥙"]
    # The caption keeps its line break; "Jan 10, 2026 5:13 pm" in UTC+01:00 is 16:13 UTC.
    assert bowl.text == ("Bowl du midi : quinoa, pois chiches & légumes rôtis 🥙\n"
                         "Recette complète sur https://camille-nutrition.example/bowl")
    assert bowl.created_at == _utc(2026, 1, 10, 16, 13)
    assert bowl.links == ("https://camille-nutrition.example/bowl",)
    assert [(media.kind, media.url) for media in bowl.media] == [("image", "media/posts/202601/bowl_1.jpg")]
    carousel = posts["Mes 3 petits-déjeuners préférés ☀️ #nutrition"]
    assert len(carousel.media) == 3 and carousel.created_at == _utc(2025, 12, 20, 7, 2)
    no_caption = posts[""]
    assert no_caption.created_at == _utc(2025, 11, 15, 11, 30) and len(no_caption.media) == 1  # 12:30 pm
    reel = posts["Meal prep en 20 minutes ⏱️"]
    assert [media.kind for media in reel.media] == ["video"] and reel.created_at == _utc(2026, 1, 5, 18, 45)
    # "Dec 1, 2025 12:00 am" is midnight local, so the evening before in UTC.
    assert posts["Astuce : les légumineuses"].created_at == _utc(2025, 11, 30, 23, 0)
    thread = posts["Petit rappel : boire de l'eau 💧 https://camille-nutrition.example/hydratation"]
    assert thread.platform == "threads" and thread.links == ("https://camille-nutrition.example/hydratation",)


def test_comments():
    comments = sorted((post for post in importer.load(OWN).posts if post.kind == "comment"),
                      key=lambda post: post.created_at)
    assert [(comment.text, comment.created_at) for comment in comments] == [
        ("Tout à fait d'accord, voir https://example.org/etude", _utc(2025, 12, 28, 9, 0)),
        ("Merci pour la recette ! 😍", _utc(2026, 1, 9, 20, 15))]
    assert comments[0].links == ("https://example.org/etude",)


def test_messages_directions_and_what_is_not_a_message():
    account = importer.load(OWN)
    messages = [(message.direction, message.counterpart, message.text, message.created_at)
                for message in account.messages]
    assert messages == [
        ("received", "Promo Shop", "Collab ? Écris-nous 💸", _utc(2025, 12, 30, 10, 11)),
        ("received", "Lucas Martin", "", _utc(2026, 1, 8, 17, 20)),  # a photo, no words
        # "sent an attachment." stands for the shared post: only its link is kept.
        ("sent", "Lucas Martin", "https://www.instagram.com/p/ABCdef123/", _utc(2026, 1, 8, 17, 30)),
        ("received", "Lucas Martin", "Super, on peut se voir jeudi ?", _utc(2026, 1, 8, 17, 34)),  # reaction left out
        ("sent", "Lucas Martin", "Avec plaisir, à jeudi !", _utc(2026, 1, 8, 17, 40)),
    ]  # "Liked a message" and the participants' block are not messages
    assert "1 message(s) in 1 message request(s)" in _note(account)["note"]


def test_messages_of_one_minute_keep_their_order_and_a_message_without_sender_is_said(tmp_path):
    export = copy(OWN, tmp_path / "export")
    thread = export / "your_instagram_activity/messages/inbox/lucasmartin_1000000001/message_1.html"
    # The page runs newest first: "Avec plaisir" (6:40 pm) is above; another answer of the same minute goes
    # above it, and an entry whose sender is missing (damage) below it.
    _replace(thread, '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">'
             'Camille Durand</div>',
             '<div class="pam"><div class="_3-95 _2pim _a6-h _a6-i">Camille Durand</div><div><div>Et merci !</div>'
             '</div><div>Jan 8, 2026 6:40 pm</div></div>'
             '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">'
             'Camille Durand</div>')
    _replace(thread, "</main>", '<div class="pam"><div><div>Qui parle ?</div></div><div>Jan 8, 2026 6:00 pm</div></div>'
             "</main>")
    account = importer.load(export)
    texts = [message.text for message in account.messages]
    assert texts[-2:] == ["Avec plaisir, à jeudi !", "Et merci !"] and "Qui parle ?" not in texts
    note = _note(account)
    assert note["complete"] is False and "1 message(s) without a date line or a sender left out" in note["note"]


def test_follows_with_their_dates():
    account = importer.load(OWN)
    follows = {(follow.platform, follow.direction, follow.counterpart): follow for follow in account.follows}
    assert directions(account.follows) == {"in": 5, "out": 4}
    assert follows["instagram", "in", "ana_yoga"].created_at == _utc(2026, 1, 3, 14, 0)
    # following.html names the account twice (heading and /_u/ link): one follow, dated.
    assert follows["instagram", "out", "lucas.martin"].created_at == _utc(2025, 11, 30, 8, 0)
    # followers_2.html has no header: its time is read as UTC, and the note says so.
    assert follows["instagram", "in", "fan.de.recettes"].created_at == _utc(2026, 1, 4, 16, 0)
    unfollowed = follows["instagram", "out", "old.friend"]
    assert (unfollowed.created_at, unfollowed.ended_at) == (None, _utc(2026, 1, 2, 19, 0))
    assert follows["threads", "in", "lucas.martin"].created_at == _utc(2026, 1, 2, 9, 0)
    assert follows["threads", "out", "dr.sante"].created_at == _utc(2026, 1, 2, 9, 5)


def test_the_note_says_how_it_was_read():
    note = _note(importer.load(OWN))
    assert note["complete"] is True and note["kind"] == "instagram-html"
    for words in ("read from the HTML export", "2 stories not read", "1 recently unfollowed account(s)",
                  "local time (UTC+01:00, from the pages' headers)", "1 page(s) without the export's time zone",
                  "Threads replies cannot be told from posts"):
        assert words in note["note"], words
    assert "\n" not in note["note"]


def test_french_ui():
    account = importer.load(FRENCH)
    assert_round_trips(account)
    posts = {post.text: post.created_at for post in account.posts}
    # Three ways the same export writes a date in French, all in UTC+01:00 per the header's <time>.
    assert posts["Comment j’ai triplé mon chiffre d’affaires en 90 jours 💰"] == _utc(2026, 2, 15, 17, 30)
    assert posts["Le storytelling, c’est la clé 🔑"] == _utc(2026, 1, 10, 16, 13)
    assert posts["Ma routine du matin ☕"] == _utc(2025, 12, 1, 6, 5)
    assert posts["Bravo pour ce parcours 👏"] == _utc(2026, 2, 20, 20, 15)
    assert [(message.direction, message.counterpart) for message in account.messages] == [
        ("received", "Marc Dupont"), ("sent", "Marc Dupont"), ("sent", "Sonia B")]
    assert {(follow.direction, follow.counterpart, follow.created_at) for follow in account.follows} == {
        ("in", "marc.dupont", _utc(2026, 2, 20, 20, 0)), ("in", "sonia.b", _utc(2026, 3, 2, 6, 59)),
        ("out", "coach.empire", _utc(2026, 1, 5, 11, 0))}
    (profile,) = account.profiles
    # No French label is known for sure: the username row is not read (said), the bio's label is the same word.
    assert profile.handle is None and profile.bio == "Coach business 🚀 | +300 % de CA"
    note = _note(account)["note"]
    assert "no username row in a language credscore knows" in note and "'Nom d’utilisateur'" in note
    assert "1 comment(s) read by position" in note
    assert "the owner in messages was taken to be 'Jade Moreau'" in note


@pytest.mark.parametrize(("text", "expected"), [
    ("Jan 10, 2026 5:13 pm", datetime(2026, 1, 10, 17, 13)),
    ("Jan 10, 2026 12:05 am", datetime(2026, 1, 10, 0, 5)),
    ("Jan 10, 2026 12:05 pm", datetime(2026, 1, 10, 12, 5)),
    ("Sep 3, 2024 9:00 AM", datetime(2024, 9, 3, 9, 0)),
    ("10 janv. 2026 17:13", datetime(2026, 1, 10, 17, 13)),
    ("1er févr. 2025 à 09h05", datetime(2025, 2, 1, 9, 5)),
    ("août 15, 2025 8:01 PM", datetime(2025, 8, 15, 20, 1)),
    ("3 décembre 2025 23:59", datetime(2025, 12, 3, 23, 59)),
    ("ago 10, 2026 4:38 da manhã", datetime(2026, 8, 10, 4, 38)),
    ("ago 07, 2026 8:17 da tarde/noite", datetime(2026, 8, 7, 20, 17)),
    ("Jan 10, 2026", datetime(2026, 1, 10)),
    ("Jan 10, 2026 13:13 pm", None),  # a 12-hour clock past 12
    ("Feb 30, 2026 1:00 pm", None),  # no such day
    ("10 Brumaire 2026 17:13", None),  # a month credscore does not know
    ("Jan 10, 2026 5:13 nachmittags", None),  # words after the time that are not a half of the day
    ("10/01/2026 17:13", None),  # numbers only: day or month first? not guessed
    ("Participants: Ana, Léo", None),
])
def test_date_forms(text, expected):
    assert local_time(text) == expected


_HEADER = ('<html><body><header><h1>Followers</h1><aside>Generated on <time datetime="{stamp}">{words}</time></aside>'
           '</header><main>{entries}</main></body></html>')


@pytest.mark.parametrize(("stamp", "words", "offset"), [
    # The header's words are local time even where they say "UTC" (seen in a real pt-BR export: UTC-7).
    ("2026-08-12T05:03Z", "Terça-feira, 11 de agosto de 2026 às 22:03 UTC", timedelta(hours=-7)),
    ("2026-01-12T09:30Z", "January 12, 2026 10:30 am", timedelta(hours=1)),
    ("2026-03-01T08:00Z", "dimanche 1 mars 2026 à 09:00 UTC", timedelta(hours=1)),
    ("2026-06-30T20:00:41Z", "1 July 2026 at 01:30", timedelta(hours=5, minutes=30)),
    ("2026-01-12T09:30Z", "January 12, 2026", None),  # no time of day: no offset
    ("not a time", "January 12, 2026 10:30 am", None),
    ("2026-01-12T09:30", "January 12, 2026 10:30 am", None),  # no zone on the instant: nothing to compare
    ("2026-01-10T09:30Z", "January 12, 2026 10:30 am", None),  # two days apart: not an offset
])
def test_the_offset_comes_from_the_header(stamp, words, offset):
    page = parse_page(_HEADER.format(stamp=stamp, words=words, entries=""))
    assert page.offset == offset and page.blocks == []  # the header is not an entry


def test_a_caption_shaped_like_a_date_is_not_taken_for_the_missing_date_line():
    page = parse_page("<main><div><div><div>Top 10 of 2025</div></div></div>"
                      "<div><div><div>Top 10 of 2025</div></div><div>Jan 2, 2026 9:00 am</div></div></main>")
    assert [(block.text, block.date_text) for block in page.blocks] == [
        ("Top 10 of 2025", None), ("Top 10 of 2025", "Jan 2, 2026 9:00 am")]


def test_profile_links():
    assert profile_username("https://www.instagram.com/ana") == "ana"
    assert profile_username("https://www.instagram.com/_u/ana.b/") == "ana.b"
    assert profile_username("https://www.threads.net/@ana_b") == "ana_b"
    for other in ("https://www.instagram.com/p/ABC123", "https://www.instagram.com/stories/ana/1",
                  "https://pin.it/xyz", "https://evil.example/instagram.com/ana", "http://[::1"):
        assert profile_username(other) is None, other


def test_an_unreadable_date_keeps_the_entry_and_costs_complete(tmp_path):
    export = copy(OWN, tmp_path / "export")
    _replace(export / "your_instagram_activity/media/posts_1.html", "Jan 10, 2026 5:13 pm", "10 Brumaire 2026 17:13")
    _replace(export / "your_instagram_activity/messages/inbox/lucasmartin_1000000001/message_1.html",
             "Jan 8, 2026 6:40 pm", "8 Nivôse 2026 18:40")
    account = importer.load(export)
    bowl = next(post for post in account.posts if post.text.startswith("Bowl du midi"))
    assert bowl.created_at is None and len(bowl.media) == 1  # kept, without a time
    assert "Avec plaisir, à jeudi !" not in {message.text for message in account.messages}  # a message needs one
    assert len(account.messages) == 4
    note = _note(account)
    assert note["complete"] is False
    assert "2 date(s) in a form credscore does not read ('10 Brumaire 2026 17:13', '8 Nivôse 2026 18:40')" in \
        note["note"]
    assert "1 post(s) without a date" in note["note"]


def test_damaged_pages_cost_only_themselves(tmp_path):
    export = copy(OWN, tmp_path / "export")
    (export / "your_instagram_activity/media/reels.html").write_bytes(b"\xff\xfe\x00garbage\x80")
    (export / "your_instagram_activity/comments/post_comments_1.html").write_text(
        "This is not a page of the export at all.", encoding="utf-8")
    # Entries of an unknown structure: blocks with no account in them are not taken for followers.
    (export / "connections/followers_and_following/followers_2.html").write_text(
        "<html><body><main><div><p>Something else</p><p>entirely</p></div></main></body></html>", encoding="utf-8")
    account = importer.load(export)
    assert kinds(account) == {"post": 3 + 2}  # reels and comments lost, nothing else
    assert directions(account.follows)["in"] == 3 + 1  # followers_1 and Threads
    note = _note(account)
    assert note["complete"] is False
    assert "3 file(s) left out:" in note["note"]
    assert "reels.html (not UTF-8 text" in note["note"]
    assert "post_comments_1.html (not the structure of an export page: no entries found)" in note["note"]
    assert "followers_2.html (1 entries but no account in the structure expected)" in note["note"]
    assert "\n" not in note["note"]


def test_nothing_readable_is_one_clear_error(tmp_path):
    export = tmp_path / "export"
    (export / "connections/followers_and_following").mkdir(parents=True)
    (export / "connections/followers_and_following/followers_1.html").write_text("nope", encoding="utf-8")
    with pytest.raises(InputError, match=r"nothing could be read from this HTML export; .*followers_1\.html \(not "
                                         r"the structure of an export page.*Format: JSON") as error:
        importer.load(export)
    assert "\n" not in str(error.value)


def test_not_an_html_export(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not an Instagram or Threads export in HTML"):
        importer.load(tmp_path)


def test_mojibake_is_repaired_and_real_accents_kept(tmp_path):
    export = copy(OWN, tmp_path / "export")
    posts = export / "your_instagram_activity/media/posts_1.html"
    moji = "Mes 3 petits-déjeuners préférés ☀️".encode().decode("latin-1")
    _replace(posts, "Mes 3 petits-déjeuners préférés ☀️", moji)
    texts = {post.text for post in importer.load(export).posts}
    assert "Mes 3 petits-déjeuners préférés ☀️ #nutrition" in texts
    assert "Bowl du midi : quinoa, pois chiches & légumes rôtis 🥙\n" \
           "Recette complète sur https://camille-nutrition.example/bowl" in texts


def test_owner_without_profile(tmp_path):
    export = copy(OWN, tmp_path / "export")
    (export / "personal_information/personal_information/personal_information.html").unlink()
    account = importer.load(export)
    assert account.id == "export" and account.name is None
    assert directions(account.messages) == {"sent": 2, "received": 3}
    note = _note(account)["note"]
    assert "no personal_information.html" in note and "taken to be 'Camille Durand'" in note


def test_past_the_follow_limit_the_most_recent_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(_common, "MAX_FOLLOWS", 100)
    export = copy(OWN, tmp_path / "export")
    entries = "".join(
        f'<div><div><div><a href="https://www.instagram.com/fan_{i}">fan_{i}</a></div>'
        f'<div>Jan {1 + i % 28}, 2025 {1 + i % 12}:{i % 60:02d} pm</div></div></div>' for i in range(150))
    (export / "connections/followers_and_following/followers_2.html").write_text(
        f"<html><body><main>{entries}</main></body></html>", encoding="utf-8")
    account = importer.load(export)
    assert len(account.follows) == 100
    assert account.profiles[0].followers == 3 + 150  # the lists' length, before the cut
    note = _note(account)
    assert note["complete"] is False and "kept the 100 most recent follows of 158" in note["note"]


def test_deeply_nested_markup_is_read_without_exhausting_the_stack(tmp_path):
    export = tmp_path / "export"
    (export / "your_instagram_activity/media").mkdir(parents=True)
    page = ("<html><body><main><div><h2>Deep</h2>" + "<div>" * 50_000 + "x" + "</div>" * 50_000
            + "<div>Jan 1, 2026 1:00 pm</div></div></main></body></html>")
    (export / "your_instagram_activity/media/posts_1.html").write_text(page, encoding="utf-8")
    posts = importer.load(export).posts  # past the depth read, the damage may split the entry: no crash is the point
    assert any(post.text.startswith("Deep") for post in posts)


# --- detection, registration, the other importers -----------------------------------------------------------


def test_detection(tmp_path):
    for fixture in (OWN, FRENCH, VARIANTS / "instagram-export-html", VARIANTS / "threads-export-html"):
        assert detect_importer(fixture).name == "instagram-html", fixture.name
        assert detect_importer(zipped(fixture, tmp_path / f"{fixture.name}.zip", inside="x/")).name == \
            "instagram-html"
    others = [path for path in FIXTURES.iterdir() if path.is_dir() and path not in (OWN, FRENCH)]
    assert others and not any(importer.detect(path) for path in others)


def test_conversations_alone_are_detected(tmp_path):
    export = tmp_path / "messages-only"
    shutil.copytree(OWN / "your_instagram_activity/messages", export / "your_instagram_activity/messages")
    assert detect_importer(export).name == "instagram-html"
    assert directions(importer.load(export).messages) == {"sent": 2, "received": 3}


def test_an_export_with_json_files_is_the_json_importers(tmp_path):
    mixed = copy(FIXTURES / "instagram-export", tmp_path / "mixed")
    (mixed / "connections/followers_and_following/followers_9.html").write_text(
        (OWN / "connections/followers_and_following/followers_1.html").read_text(encoding="utf-8"), encoding="utf-8")
    assert not importer.detect(mixed) and detect_importer(mixed).name == "instagram-export"


def test_the_json_importers_read_html_when_named():
    account = get_importer("instagram-export").load(OWN)
    assert _note(account)["kind"] == "instagram-export" and len(account.posts) == 9
    threads = get_importer("threads-export").load(VARIANTS / "threads-export-html")
    assert _note(threads)["kind"] == "threads-export" and [post.text for post in threads.posts] == ["Premier thread !"]


def test_other_importers_leave_html_exports_alone():
    for other in registered_importers():
        if other.name != "instagram-html":
            assert not other.detect(OWN) and not other.detect(FRENCH), other.name


def test_registered():
    assert get_importer("instagram-html").name == "instagram-html"


def test_import_then_score_on_the_command_line(tmp_path):
    from typer.testing import CliRunner

    from credscore.cli import app
    from credscore.reader import load_account

    output = tmp_path / "camille.json"
    result = CliRunner().invoke(app, ["import", str(zipped(OWN, tmp_path / "instagram-camille.zip")), "--id",
                                      "camille", "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().startswith("imported instagram-html: 7 posts, 0 replies, 0 reposts, 2 comments, "
                                            "5 messages, 9 follows")
    assert load_account(output).id == "camille"
    scored = CliRunner().invoke(app, ["score", str(output), "--format", "json"])
    assert scored.exit_code == 0, scored.output
    assert '"band"' in scored.stdout


# --- fuzzing ------------------------------------------------------------------------------------------------


def _fixture(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


_FILES = {"en": _fixture(OWN), "fr": _fixture(FRENCH)}
_TAGS = st.sampled_from(["<div>", "</div>", "<main>", "</main>", "<h2>", "</h2>", "<table><tr><td>", "</td></tr>",
                         "<ul><li>", "<br>", "<img src=", "<a href='https://www.instagram.com/_u/x'>", "</a>",
                         "<time datetime='2026-01-01T00:00Z'>", "Jan 99, 2026 99:99 pm", "<![x[", "&#99999999;",
                         "<div role=main>", "\0", "\ud800"])


def _html_edit(files: dict[str, bytes], which: int, at: int, inserted: list[str]) -> dict[str, bytes]:
    """Tag soup inserted into one page."""
    name = sorted(files)[which % len(files)]
    data = files[name]
    cut = at % (len(data) + 1)
    return {**files, name: data[:cut] + "".join(inserted).encode("utf-8", "surrogatepass") + data[cut:]}


@settings(FUZZ, max_examples=150)
@given(st.sampled_from(sorted(_FILES)), mutations, st.integers(0, 10**6), st.integers(0, 10**6),
       st.lists(_TAGS, max_size=6), st.booleans())
def test_fuzzed_html_exports(fixture, changes, which, at, inserted, zipped_form):
    files = _html_edit(_mutated(_FILES[fixture], changes) or _FILES[fixture], which, at, inserted)
    with tempfile.TemporaryDirectory() as folder:
        path = _written(files, Path(folder), zipped_form)
        assert importer.detect(path) in (True, False)
        result = outcome(lambda: importer.load(path))
        if isinstance(result, Account):
            assert_round_trips(result)
