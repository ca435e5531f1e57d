"""Exports made in another language than English: Google Takeouts in French, German and Spanish, Meta exports whose
form labels follow the account's language; and an export in a language not known yet, which gives one clear line
(nothing lost), never a traceback."""

from __future__ import annotations

import json
import shutil
import unicodedata
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.errors import InputError
from credscore.importers import detect_importer
from credscore.importers._localised import YOUTUBE_COLUMNS, fold, meta_labels, youtube_column
from credscore.importers._meta import field, form_value, unknown_labels
from credscore.importers.instagram_export import InstagramExportImporter
from credscore.importers.youtube_takeout import YouTubeTakeoutImporter
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, kinds, zipped

FRENCH = FIXTURES / "youtube-takeout-fr"
GERMAN = FIXTURES / "youtube-takeout-de"
FR_ROOT = "Takeout/YouTube et YouTube Music"
DE_ROOT = "Takeout/YouTube und YouTube Music"
INSTAGRAM = FIXTURES / "instagram-export"
PROFILE = "personal_information/personal_information/personal_information.json"
POST_COMMENTS = "your_instagram_activity/comments/post_comments_1.json"
youtube = YouTubeTakeoutImporter()
instagram = InstagramExportImporter()


def note(account) -> dict:
    (found,) = account.model_extra["sources"]
    return found


# --- column and label tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "meaning"), [
    ("Channel ID", "channel id"),  # English stays English
    ("ID de la chaîne", "channel id"),
    ("\ufeffID des chaînes", "channel id"),  # a byte-order mark before the first header
    ("Titre de la chaîne (d'origine)", "channel title (original)"),
    ("Titre de la chaîne (d’origine)", "channel title (original)"),  # typographic apostrophe
    ("ID  vidéo", "video id"),  # doubled space
    ("Code temporel de création de la vidéo", "video create timestamp"),
    ("Kommentar-ID", "comment id"),
    ("Zeitstempel der Erstellung des Kommentars", "comment create timestamp"),
    ("KOMMENTARTEXT", "comment text"),
    ("Kanaltitel", "channel title"),
    ("Kanaaltitel", "channel title"),
    ("Colonne inconnue", "colonne inconnue"),  # unknown: itself, folded
])
def test_youtube_columns_are_matched_by_meaning(header, meaning):
    assert youtube_column(header) == meaning


@pytest.mark.parametrize(("label", "names"), [
    ("Username", ("username", "nombre de usuario", "nome utente")),
    ("Private Account", ("private account", "account privato")),
    ("Website", ("website",)),  # no translation verified: only the English label
])
def test_meta_label_translations(label, names):
    assert meta_labels(label) == names


@pytest.mark.parametrize(("fields", "label", "expected"), [
    ({"Username": {"value": "lea"}}, "Username", "lea"),
    ({"Nombre de usuario": {"value": "lea.es"}}, "Username", "lea.es"),  # Spanish export
    ({"Nome utente": {"value": "lea.it"}}, "Username", "lea.it"),  # Italian export
    ({"username": {"value": "lower"}}, "Username", "lower"),  # case changes between exports
    ({"Username": {"value": "  "}}, "Username", None),  # empty is missing
    ({"Nom d'utilisateur inventé": {"value": "x"}}, "Username", None),  # unknown label: not guessed
])
def test_form_values_in_several_languages(fields, label, expected):
    assert form_value(fields, label) == expected


def test_profile_photo_label_in_either_case():
    assert field({"Profile photo": {"uri": "a.jpg"}}, "Profile Photo") == {"uri": "a.jpg"}
    assert field({"Profile Photo": {"uri": "b.jpg"}}, "Profile Photo") == {"uri": "b.jpg"}


@pytest.mark.parametrize(("fields", "expected"), [
    ({}, []),
    ({"Comment": {"value": "x"}}, []),
    ({"Orario": {"timestamp": 1}}, []),  # a known translation of Time
    ({"Commentaire": {"value": "x"}, "Heure": {"timestamp": 1}}, ["Commentaire", "Heure"]),
])
def test_unknown_labels(fields, expected):
    assert unknown_labels(fields, "Comment", "Time") == expected


_ALIASES = [(alias, english) for english, aliases in YOUTUBE_COLUMNS.items() for alias in (english, *aliases)]


@given(st.sampled_from(_ALIASES), st.lists(st.booleans(), min_size=80, max_size=80), st.sampled_from([" ", "  ", "\t"]))
def test_a_known_header_means_the_same_whatever_its_case_and_spacing(pair, upper, space):
    alias, english = pair
    written = "".join(char.upper() if flip else char for char, flip in zip(alias, upper, strict=False))
    assert youtube_column(f" {written.replace(' ', space)} ") == english


def test_fold():
    assert fold("\ufeff  Titre  de la chaîne (d’origine) ") == "titre de la chaîne (d'origine)"


# --- a French Takeout ----------------------------------------------------------------------------------------


@pytest.fixture(params=["takeout", "youtube-folder", "zip"])
def french(request, tmp_path):
    if request.param == "takeout":
        return FRENCH
    if request.param == "youtube-folder":
        return FRENCH / FR_ROOT
    return zipped(FRENCH, tmp_path / "takeout-20251201T000000Z-001.zip")


def test_a_french_takeout_is_detected_and_read(french):
    assert detect_importer(french).name == "youtube-takeout"
    account = youtube.load(french)
    assert_round_trips(account)
    assert (account.id, account.name) == ("UCf1r2a3n4c5e6s7i8t9e0aB", "Jardin de Margaux")
    (profile,) = account.profiles
    assert (profile.platform, profile.url, profile.posts_count, profile.following) == (
        "youtube", "https://www.youtube.com/channel/UCf1r2a3n4c5e6s7i8t9e0aB", 2, 2)
    assert profile.model_extra["visibility"] == "Public"
    videos = {post.id: post for post in account.posts}
    assert kinds(account) == {"post": 2}
    assert videos["mM1nN2oO3pP"].text == "Semer des tomates en godets"
    assert videos["mM1nN2oO3pP"].created_at == datetime(2025, 3, 8, 9, 15, tzinfo=UTC)
    assert videos["qQ4rR5sS6tT"].text == "Paillage : paille, foin ou tonte ?"
    assert videos["qQ4rR5sS6tT"].created_at == datetime(2025, 4, 12, 17, 45, 30, 250000, tzinfo=UTC)
    assert [(follow.counterpart, follow.model_extra["name"]) for follow in account.follows] == [
        ("UCddddddddddddddddddddd4", "Potager du Sud"), ("UCeeeeeeeeeeeeeeeeeeeee5", "Société d'horticulture")]
    found = note(account)
    # No comments file the importer knows in this Takeout: said, and the history is not called complete.
    assert found["complete"] is False and "not in the export: comments" in found["note"]
    assert "playlists are not read" in found["note"]
    assert "CSV files not read" not in found["note"]


def test_a_zip_made_on_macos_with_decomposed_accents(tmp_path):
    archive = tmp_path / "takeout.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted(FRENCH.rglob("*.csv")):
            out.write(path, unicodedata.normalize("NFD", path.relative_to(FRENCH).as_posix()))
    account = youtube.load(archive)
    assert account.name == "Jardin de Margaux" and kinds(account) == {"post": 2} and len(account.follows) == 2


def test_an_unknown_csv_folder_is_named_not_lost(tmp_path):
    export = copy(FRENCH, tmp_path / "takeout")
    unknown = export / FR_ROOT / "dossier inconnu"
    unknown.mkdir()
    (unknown / "fichier.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    found = note(youtube.load(export))
    assert ("CSV files not read (other data, or names in a language credscore does not know yet): "
            "Takeout/YouTube et YouTube Music/dossier inconnu/fichier.csv") in found["note"]


# --- a German Takeout ----------------------------------------------------------------------------------------


def test_a_german_takeout_is_read(tmp_path):
    for export in (GERMAN, zipped(GERMAN, tmp_path / "takeout.zip")):
        assert detect_importer(export).name == "youtube-takeout"
        account = youtube.load(export)
        assert_round_trips(account)
        assert (account.id, account.name) == ("UCg1e2r3m4a5n6y7a8b9c0dE", "Werkstatt Jonas")
        (profile,) = account.profiles
        assert profile.bio == "Holzarbeiten für Einsteiger."
        comments = {post.id: post for post in account.posts
                    if post.kind == "comment" and "live" not in post.model_extra}
        thanks = comments["UgzEEEEEEEEEEEEEEEEEEEE4AaABAg"]
        assert thanks.text == "Danke für die Anleitung! Mehr Infos: https://werkstatt-jonas.example/leim"
        assert thanks.links == ("https://werkstatt-jonas.example/leim",)
        assert thanks.created_at == datetime(2025, 6, 2, 18, 20, tzinfo=UTC)
        assert thanks.model_extra["url"] == "https://www.youtube.com/watch?v=hH7iI8jJ9kK"
        community = comments["UgzFFFFFFFFFFFFFFFFFFFF4AaABAg"]
        assert community.model_extra["url"] == "https://www.youtube.com/post/UgkxQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ"
        (chat,) = [post for post in account.posts if "live" in post.model_extra]
        assert (chat.text, chat.model_extra["live"]) == ("Hallo zusammen", "lL1kK2jJ3iI")
        # The header line repeated inside the subscriptions file is not a channel.
        assert [(f.counterpart, f.model_extra["name"]) for f in account.follows] == [
            ("UCfffffffffffffffffffff6", "Holzwurm TV")]
        assert "not in the export: video metadata" in note(account)["note"]


# --- a Spanish Takeout, and a language not known -------------------------------------------------------------


def _spanish(tmp_path: Path, comments_header: str) -> Path:
    root = tmp_path / "Takeout" / "YouTube y YouTube Music"
    (root / "suscripciones").mkdir(parents=True)
    (root / "comentarios").mkdir()
    # The Spanish column names are not known: the subscriptions are read by position, as every language has them.
    (root / "suscripciones" / "suscripciones.csv").write_text(
        "columna uno,columna dos,columna tres\n"
        "UCggggggggggggggggggggg7,http://www.youtube.com/channel/UCggggggggggggggggggggg7,Huerto Fácil\n\n\n",
        encoding="utf-8")
    (root / "comentarios" / "comentarios.csv").write_text(
        f"{comments_header}\nUgzX,UCx,2025-01-01T00:00:00+00:00,0,,vid,\"{{\"\"text\"\":\"\"hola\"\"}}\"\n",
        encoding="utf-8")
    return tmp_path


def test_a_takeout_in_a_language_not_known_names_the_file_and_its_columns(tmp_path, caplog):
    export = _spanish(tmp_path, "Columna A,Columna B,Columna C,Columna D,Columna E,Columna F,Columna G")
    assert detect_importer(export).name == "youtube-takeout"
    account = youtube.load(export)  # no traceback: the rest is read
    assert [follow.counterpart for follow in account.follows] == ["UCggggggggggggggggggggg7"]
    found = note(account)
    assert found["complete"] is False
    line = next(part for part in found["note"].split("; not in") if "comentarios.csv" in part)
    assert "comentarios.csv: left out (missing column(s) comment text (its columns: 'Columna A', 'Columna B'" in line
    assert "'Columna G')" in line and "a language credscore does not know yet" in line
    (logged,) = [record.getMessage() for record in caplog.records if "comentarios.csv" in record.getMessage()]
    assert "\n" not in logged and "Columna A" in logged


def test_only_an_unreadable_localised_file_is_one_clear_error(tmp_path):
    export = _spanish(tmp_path, "Columna A,Columna B")
    shutil.rmtree(export / "Takeout" / "YouTube y YouTube Music" / "suscripciones")
    with pytest.raises(InputError) as error:
        youtube.load(export)
    message = str(error.value)
    assert "comentarios.csv: missing column(s) comment text (its columns: 'Columna A', 'Columna B')" in message
    assert "\n" not in message


def test_a_file_with_very_many_columns_is_named_on_one_short_line(tmp_path):
    export = _spanish(tmp_path, ",".join(f"col{number}" for number in range(40)))
    found = note(youtube.load(export))
    assert "'col11' and 28 more" in found["note"] and "col12" not in found["note"]


def test_not_a_takeout_in_any_language(tmp_path):
    (tmp_path / "carpeta").mkdir()
    (tmp_path / "carpeta" / "archivo.csv").write_text("a,b\n", encoding="utf-8")
    assert not youtube.detect(tmp_path)
    with pytest.raises(InputError, match="nor their names in the languages credscore knows"):
        youtube.load(tmp_path)


# --- Meta exports whose labels follow the account's language -------------------------------------------------


def _relabel(path: Path, renames: dict[str, str]) -> None:
    """Rename form labels in a Meta JSON file, as an export in another language writes them."""
    text = path.read_text(encoding="utf-8")
    for english, other in renames.items():
        text = text.replace(f'"{english}":', f'"{other}":')
    path.write_text(text, encoding="utf-8")


def test_a_spanish_instagram_profile(tmp_path):
    export = copy(INSTAGRAM, tmp_path / "instagram")
    _relabel(export / PROFILE, {"Username": "Nombre de usuario", "Name": "Nombre", "Profile Photo": "Profile photo"})
    account = instagram.load(export)
    assert (account.id, account.name) == ("camille.nutrition", "Camille Durand")
    profile = next(profile for profile in account.profiles if profile.platform == "instagram")
    assert (profile.handle, profile.has_avatar) == ("camille.nutrition", True)
    assert "profile labels" not in note(account)["note"]


def test_an_italian_instagram_profile_and_comments(tmp_path):
    english = instagram.load(INSTAGRAM)
    export = copy(INSTAGRAM, tmp_path / "instagram")
    _relabel(export / PROFILE, {"Username": "Nome utente", "Name": "Nome", "Bio": "Biografia",
                                "Private Account": "Account privato"})
    _relabel(export / POST_COMMENTS, {"Time": "Orario"})
    account = instagram.load(export)
    profile = next(profile for profile in account.profiles if profile.platform == "instagram")
    before = next(profile for profile in english.profiles if profile.platform == "instagram")
    assert (profile.handle, profile.bio, profile.model_extra["private"]) == (
        before.handle, before.bio, before.model_extra["private"])
    # The comments keep their dates under the Italian label.
    assert [(post.text, post.created_at) for post in account.posts if post.kind == "comment"] == [
        (post.text, post.created_at) for post in english.posts if post.kind == "comment"]


def test_labels_in_a_language_not_known_are_said_not_dropped_in_silence(tmp_path):
    english = instagram.load(INSTAGRAM)
    export = copy(INSTAGRAM, tmp_path / "instagram")
    # Labels of a language credscore does not know (made up for the test): nothing is guessed from them.
    _relabel(export / PROFILE, {"Username": "Xa", "Name": "Xb", "Bio": "Xc", "Website": "Xd", "Email": "Xe",
                                "Date of birth": "Xf", "Private Account": "Xg"})
    _relabel(export / POST_COMMENTS, {"Comment": "Yc", "Media Owner": "Yo", "Time": "Yt"})
    account = instagram.load(export)
    found = note(account)
    assert found["complete"] is False
    written = json.loads((INSTAGRAM / POST_COMMENTS).read_text(encoding="utf-8"))
    assert (f"{len(written)} comment(s) left out: their labels are in a language credscore does not know yet "
            "('Yc', 'Yo', 'Yt')") in found["note"]
    assert ("personal_information.json: profile labels in a language credscore does not know yet "
            "('Xe', 'Xa', 'Xb', 'Xc', 'Xd' and 2 more)") in found["note"]
    kept = sum(1 for post in account.posts if post.kind == "comment")
    assert kept == sum(1 for post in english.posts if post.kind == "comment") - len(written)
    assert account.follows == english.follows  # the rest of the export is read as before
