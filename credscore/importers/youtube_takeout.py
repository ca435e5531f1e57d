"""YouTube in a Google Takeout: ``Takeout/YouTube and YouTube Music/…``, unpacked or zipped.

Folder, file and column names are matched without regard to case (this export writes ``Video
metadata``, ``Channel title (Original)``); the CSV files are UTF-8 with minimal quoting and end with
blank lines. Any subset of the files may be present. What is read:

- ``channels/channel.csv`` (+ ``channel URL configs.csv`` for the vanity name) -> the profile on
  ``youtube``: the channel title is the account's name, its description (when the export has one) the bio,
  ``https://www.youtube.com/channel/<id>`` the url.
- ``video metadata/videos.csv`` (+ ``video texts.csv``, the current title and description when they were
  edited) -> posts: title, a blank line, then description as the text; the publish time (else the creation
  time); the video id; the watch page as the extra field ``url`` and as the post's ``media`` (a video);
  views and likes when the export has such columns. ``Privacy`` is kept as the extra field ``visibility``.
- ``comments/comments.csv`` -> posts of kind ``comment``. The text column holds JSON fragments joined by
  commas (``{"text":"a "},{"text":"14:04","videoLink":{…}}``), read as a JSON array and joined; a
  damaged cell is kept as it is (noted). ``url`` is the video or community post answered.
- ``live chats/live chats.csv`` -> the account's live-chat messages, public like comments: posts of kind
  ``comment`` with the extra field ``live`` (the stream's video id).
- ``subscriptions/subscriptions.csv`` -> follows ``out`` to each channel id (its title as the extra field
  ``name``), **without** ``created_at``: the CSV does not say when (older Takeouts' ``subscriptions.json``
  does, and is read with its dates). Columns whose names are not known are taken by position (id, URL,
  title), as every language's file has them.
- Playlists, watch and search history are not part of the account format and are not read.

A Takeout made in another language names these folders, files and columns in that language (a French one
has ``YouTube et YouTube Music/chaînes/chaîne.csv`` with ``ID de la chaîne``): the localised names known
(:mod:`credscore.importers._localised`, each with where it was seen) are read as the English ones.

A file that cannot be read (not CSV, a needed column not found: in a language not known yet) is named in one
warning with the columns it has and left out, the rest is imported and the history marked incomplete; so
are missing files.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, has_member, shallowest
from credscore.importers._common import (
    build_account,
    collapse_spaces,
    iso_timestamp,
    json_object,
    links_in_text,
    media_record,
    unique,
)
from credscore.importers._localised import YOUTUBE_FILES, fold, youtube_column
from credscore.importers.base import SourceNote, register

__all__ = ["YouTubeTakeoutImporter", "comment_text"]

logger = logging.getLogger(__name__)

NAME = "youtube-takeout"
PLATFORM = "youtube"
CHANNEL_URL = "https://www.youtube.com/channel/{id}"
WATCH_URL = "https://www.youtube.com/watch?v={id}"
POST_URL = "https://www.youtube.com/post/{id}"


def _file(kind: str) -> re.Pattern[str]:
    """The ``<folder>/<file>`` of one kind of file, in every language known; a zip made on macOS may write the
    accented letters decomposed (NFD), so both forms are matched."""
    names = {form for name in YOUTUBE_FILES[kind] for form in (unicodedata.normalize("NFC", name),
                                                                  unicodedata.normalize("NFD", name))}
    return re.compile(rf"(?:^|/)(?:{'|'.join(re.escape(name) for name in sorted(names))})$", re.IGNORECASE)


CHANNEL = _file("channel")
CHANNEL_URLS = _file("channel urls")
VIDEOS = _file("videos")
VIDEO_TEXTS = _file("video texts")
COMMENTS = _file("comments")
LIVE_CHATS = _file("live chats")
SUBSCRIPTIONS = _file("subscriptions")
OLD_SUBSCRIPTIONS = re.compile(r"(?:^|/)subscriptions/subscriptions\.json$", re.IGNORECASE)
PLAYLISTS = re.compile(r"(?:^|/)playlists/[^/]+\.csv$", re.IGNORECASE)
# Takeouts before 2022 gave the account's comments as an HTML page, in English and in German (seen in public scripts
# that read such Takeouts, under "Takeout/YouTube/" and "Takeout/YouTube and YouTube Music/"): recognised, not parsed.
HTML_COMMENTS = re.compile(r"(?:^|/)(?:my-comments/my-comments|meine kommentare/meine kommentare)\.html$",
                           re.IGNORECASE)
# Watch and search history alone (history/watch-history.html or .json, as Takeouts write it under the YouTube
# folder): nothing the account published, said so in one line rather than "not a format".
HISTORY_ONLY = re.compile(r"(?:^|/)youtube[^/]*/history/(?:watch|search)-history\.(?:html|json)$", re.IGNORECASE)
NEW_TAKEOUT_ADVICE = ("export YouTube again from takeout.google.com: current Takeouts give the comments as "
                      "comments/comments.csv")
_DETECTED = (CHANNEL, VIDEOS, COMMENTS, LIVE_CHATS, SUBSCRIPTIONS, OLD_SUBSCRIPTIONS)
_SEGMENT = re.compile(r"^video (title|description) text segments (\d+)$")
# What the account's own history is made of: a file left out of the Takeout leaves it incomplete.
_EXPECTED = (("channel", CHANNEL), ("video metadata", VIDEOS), ("comments", COMMENTS),
             ("subscriptions", SUBSCRIPTIONS))
# Folders of the YouTube folder whose files are read, or known and not read (playlists).
_KNOWN_FOLDERS = frozenset({fold(name.partition("/")[0]) for names in YOUTUBE_FILES.values() for name in names}
                           | {"playlists"})
MAX_NOTED_FILES = 5
"""Files not read named one by one in the source note; past that, only counted (the note stays one line)."""
_NO_PRICE = frozenset({"", "0", "0.0"})
_CHANNEL_ID = re.compile(r"UC[A-Za-z0-9_-]{22}")


class YouTubeTakeoutImporter:
    """YouTube's part of a Google Takeout, folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding ``channels/channel.csv``, ``video metadata/videos.csv``, ``comments/comments.csv``,
        ``live chats/live chats.csv`` or ``subscriptions/subscriptions.csv``, or their names in another language
        known (``chaînes/chaîne.csv``, ``Kommentare/Kommentare.csv``, ``suscripciones/suscripciones.csv``…), or the
        older Takeouts' ``my-comments/my-comments.html``, or only the watch and search history (both detected so that
        the user is told what to do)."""
        return has_member(path, (*_DETECTED, HTML_COMMENTS, HISTORY_ONLY))

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            if not any(archive.find(pattern) for pattern in _DETECTED) and archive.find(HTML_COMMENTS):
                raise InputError(f"{path}: this YouTube Takeout holds the comments only as an HTML page "
                                 f"({PurePosixPath(archive.find(HTML_COMMENTS)[0]).name}, Takeouts before 2022), which "
                                 f"credscore does not read; {NEW_TAKEOUT_ADVICE}")
            if not any(archive.find(pattern) for pattern in _DETECTED) and archive.find(HISTORY_ONLY):
                raise InputError(f"{path}: this YouTube Takeout holds only watch or search history, which credscore "
                                 "does not read (it is not what the account published); export YouTube again from "
                                 "takeout.google.com with channels, comments, video metadata and subscriptions")
            if not any(archive.find(pattern) for pattern in _DETECTED):
                raise InputError(f"{path}: not a YouTube Takeout: no channels/channel.csv, video metadata/videos.csv, "
                                 "comments/comments.csv or subscriptions/subscriptions.csv in it (nor their names in "
                                 "the languages credscore knows)")
            return _Reader(archive).account(account_id)


class _Reader:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.notes: list[str] = []
        self.complete = True
        self.errors: list[InputError] = []
        self.read = 0

    def incomplete(self, note: str) -> None:
        self.complete = False
        self.notes.append(note)

    def rows(self, pattern: re.Pattern[str], required: tuple[str, ...]) -> list[dict[str, str]] | None:
        """The rows of the file matching ``pattern`` (keys normalised), None when absent or unreadable."""
        member = shallowest(self.archive, pattern)
        if member is None:
            return None
        try:
            rows = _csv_rows(self.archive.read_text(member), self.archive.where(member), required)
        except InputError as exc:
            logger.warning("%s", exc)
            self.errors.append(exc)
            self.incomplete(f"{member}: left out ({str(exc).removeprefix(self.archive.where(member) + ': ')})")
            return None
        self.read += 1
        return rows

    def account(self, account_id: str | None) -> Account:
        channel_rows = self.rows(CHANNEL, ("channel id",))
        channel = channel_rows[0] if channel_rows else {}
        url_rows = self.rows(CHANNEL_URLS, ("channel id",))
        videos = self.rows(VIDEOS, ("video id",))
        texts = self.rows(VIDEO_TEXTS, ("video id",))
        comments = self.rows(COMMENTS, ("comment text",))
        chats = self.rows(LIVE_CHATS, ("live chat text",))
        subscriptions = self.rows(SUBSCRIPTIONS, ())
        follows = _subscriptions(subscriptions) if subscriptions is not None else self._old_subscriptions()
        if self.read == 0 and follows is None and self.errors:
            raise self.errors[0]
        posts = _videos(videos or [], _current_texts(texts or []))
        damaged = [0]
        posts += [_comment(row, damaged, live=False) for row in comments or [] if row.get("comment text", "").strip()]
        posts += [_comment(row, damaged, live=True) for row in chats or [] if row.get("live chat text", "").strip()]
        if damaged[0]:
            self.notes.append(f"{damaged[0]} comment text(s) were not the expected JSON and are kept as written")
        missing = [label for label, pattern in _EXPECTED if not self.archive.find(pattern)
                   and not (pattern is SUBSCRIPTIONS and self.archive.find(OLD_SUBSCRIPTIONS))]
        if missing:
            self.incomplete(f"not in the export: {', '.join(missing)}")
        if follows and all(follow.get("created_at") is None for follow in follows):
            self.notes.append("subscriptions have no dates (the Takeout does not record when)")
        if self.archive.find(PLAYLISTS):
            self.notes.append("playlists are not read")
        if not self.archive.find(COMMENTS) and (html := self.archive.find(HTML_COMMENTS)):
            self.incomplete(f"{html[0]}: comments as HTML (a Takeout before 2022) are not read; {NEW_TAKEOUT_ADVICE}")
        if others := self._other_folders():
            more = len(others) - MAX_NOTED_FILES
            self.notes.append("CSV files not read (other data, or names in a language credscore does not know yet): "
                              + ", ".join(others[:MAX_NOTED_FILES]) + (f" and {more} more" if more > 0 else ""))
        channel_id = channel.get("channel id", "").strip() or _owner_channel(comments, chats, videos)
        vanity = next((value.strip() for row in url_rows or [] for key, value in sorted(row.items())
                       if key.startswith("channel vanity url") and value.strip()), None)
        name = _cell(channel, "channel title (original)", "channel title") or None
        profile = _profile(channel, channel_id, vanity, videos, follows)
        note = SourceNote(kind=NAME, location=str(self.archive.path), complete=self.complete,
                          note="; ".join(self.notes))
        return build_account(account_id or vanity or channel_id or self.archive.path.stem, source=note, name=name,
                             profiles=[profile] if profile else [], posts=posts, follows=follows or [])

    def _other_folders(self) -> list[str]:
        """The CSV files of the YouTube folder that sit in a folder this importer does not know: in a Takeout made
        in another language, the files whose names are not known yet (named, so that nothing is lost unseen)."""
        roots = {PurePosixPath(name).parent.parent for pattern in _DETECTED for name in self.archive.find(pattern)}
        return [name for name in self.archive.names if name.lower().endswith(".csv")
                and (path := PurePosixPath(name)).parent.parent in roots
                and fold(unicodedata.normalize("NFC", path.parent.name)) not in _KNOWN_FOLDERS]

    def _old_subscriptions(self) -> list[dict[str, Any]] | None:
        """Takeouts before 2022: ``subscriptions.json``, the Data API's subscription resources, with their dates."""
        member = shallowest(self.archive, OLD_SUBSCRIPTIONS)
        if member is None:
            return None
        try:
            data = self.archive.read_json(member)
        except InputError as exc:
            logger.warning("%s", exc)
            self.errors.append(exc)
            self.incomplete(f"{member}: left out (not readable JSON)")
            return None
        self.read += 1
        follows = []
        for item in data if isinstance(data, list) else []:
            snippet = json_object(json_object(item).get("snippet"))
            channel = json_object(snippet.get("resourceId")).get("channelId")
            if isinstance(channel, str) and channel.strip():
                follows.append({"platform": PLATFORM, "direction": "out", "counterpart": channel.strip(),
                                "created_at": iso_timestamp(snippet.get("publishedAt")),
                                "name": _string(snippet.get("title"))})
        return follows


def _string(value: Any) -> str | None:
    return collapse_spaces(value) or None if isinstance(value, str) else None


# --- CSV ----------------------------------------------------------------------------------------


def _key(name: str) -> str:
    """A column header as the English column it stands for, folded (a localised header known by its meaning)."""
    return youtube_column(unicodedata.normalize("NFC", name))


def _csv_rows(text: str, where: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows with lower-cased, space-collapsed column names; blank lines skipped."""
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        written = next(reader, [])
        header = [_key(column) for column in written]
        missing = [column for column in required if column not in header]
        if missing:
            raise InputError(f"{where}: missing column(s) {', '.join(missing)} (its columns: {_columns(written)}); "
                             "not a YouTube Takeout file, or one in a language credscore does not know yet?")
        rows = [{column: value for column, value in zip(header, row, strict=False)} for row in reader
                if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise InputError(f"{where}: not a readable CSV file ({exc})") from None
    return rows


def _columns(written: list[str]) -> str:
    """The columns a file has, for a message: quoted, at most :data:`_MAX_NAMED_COLUMNS`, on one line."""
    shown = [repr(collapse_spaces(column.lstrip("\ufeff"))[:_MAX_COLUMN_CHARS]) for column in written]
    more = len(shown) - _MAX_NAMED_COLUMNS
    return ", ".join(shown[:_MAX_NAMED_COLUMNS]) + (f" and {more} more" if more > 0 else "") if shown else "none"


_MAX_NAMED_COLUMNS = 12
"""Columns named in a message; a file with more (a damaged one) is not listed whole."""
_MAX_COLUMN_CHARS = 60
"""A longer header (a line of data taken for one) is cut in the message, which stays one readable line."""


def _cell(row: dict[str, str], *names: str) -> str:
    return next((row[name].strip() for name in names if row.get(name, "").strip()), "")


def _count(value: str) -> int | None:
    digits = value.strip().replace(",", "")
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) < _MAX_DIGITS else None


_MAX_DIGITS = 19
"""Longer digit strings are no count."""


# --- videos -------------------------------------------------------------------------------------


def _current_texts(rows: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    """Video id -> (title, description) from ``video texts.csv``: the segments of each, in order."""
    texts = {}
    for row in rows:
        parts: dict[str, list[tuple[int, str]]] = {"title": [], "description": []}
        for column, value in row.items():
            if (match := _SEGMENT.match(column)) and value:
                parts[match.group(1)].append((int(match.group(2)), value))
        video = row.get("video id", "").strip()
        if video:
            title, description = ("".join(value for _, value in sorted(parts[kind])).strip()
                                  for kind in ("title", "description"))
            texts[video] = (title, description)
    return texts


def _videos(rows: list[dict[str, str]], texts: dict[str, tuple[str, str]]) -> list[dict[str, Any]]:
    posts = []
    for row in rows:
        video = row.get("video id", "").strip()
        current_title, current_description = texts.get(video, ("", ""))
        title = current_title or _cell(row, "video title (original)", "video title")
        description = current_description or _cell(row, "video description (original)", "video description")
        url = WATCH_URL.format(id=video) if video else None
        posts.append({
            "platform": PLATFORM,
            "text": f"{title}\n\n{description}" if title and description else title or description,
            "created_at": iso_timestamp(_cell(row, "video publish timestamp", "video create timestamp")),
            "id": video or None,
            "kind": "post",
            "url": url,
            "links": unique(links_in_text(description)),
            "media": [media_record("video", url)],
            "views": _count(_cell(row, "video view count", "view count", "views")),
            "likes": _count(_cell(row, "video like count", "like count", "likes")),
            "visibility": _cell(row, "privacy") or None,
        })
    return posts


# --- comments and live chats --------------------------------------------------------------------


def comment_text(cell: str) -> tuple[str, list[str], bool]:
    """The text of a comment cell, the links its fragments carry, and whether it was the expected JSON.

    The cell holds JSON objects joined by commas (``{"text":"a "},{"text":"b"}``); their ``text`` parts
    are joined. A cell that is not that is returned as written.
    """
    stripped = cell.strip()
    if not stripped.startswith("{"):
        return cell, [], True  # plain text (an older export)
    try:
        fragments = json.loads(f"[{stripped}]")
    except (ValueError, RecursionError):
        return cell, [], False
    if not all(isinstance(fragment, dict) for fragment in fragments):
        return cell, [], False
    text = "".join(fragment["text"] for fragment in fragments if isinstance(fragment.get("text"), str))
    links = [link for fragment in fragments for link in _fragment_links(fragment)]
    return text, links, True


def _fragment_links(fragment: dict[str, Any]) -> Iterator[str]:
    """The web addresses a fragment links to (a link's target, not a timestamp in the same video)."""
    for key, value in fragment.items():
        if key == "text":
            continue
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            yield value
        elif isinstance(value, dict):
            yield from _fragment_links(value)


def _comment(row: dict[str, str], damaged: list[int], *, live: bool) -> dict[str, Any]:
    cell = row.get("live chat text" if live else "comment text", "")
    text, fragment_links, readable = comment_text(cell)
    if not readable:
        damaged[0] += 1
    video = row.get("video id", "").strip()
    community = row.get("post id", "").strip()
    price = row.get("price", "").strip()
    return {
        "platform": PLATFORM,
        "text": text,
        "created_at": iso_timestamp(_cell(row, "live chat create timestamp" if live else "comment create timestamp")),
        "id": _cell(row, "live chat id" if live else "comment id") or None,
        "kind": "comment",
        "url": WATCH_URL.format(id=video) if video else POST_URL.format(id=community) if community else None,
        "links": unique([*links_in_text(text), *fragment_links]),
        "live": (video or None) if live else None,
        "price": price if price not in _NO_PRICE else None,
    }


def _owner_channel(*tables: list[dict[str, str]] | None) -> str:
    """Without ``channel.csv``: the channel id the comments, chats or videos carry."""
    return next((row["channel id"].strip() for table in tables for row in table or []
                 if row.get("channel id", "").strip()), "")


# --- subscriptions and profile ------------------------------------------------------------------


def _subscriptions(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Follows ``out``: the ``Channel ID`` and ``Channel title`` columns, else the first and third (a localised
    header); rows whose id is not a channel id (a header line repeated, junk) are left out."""
    columns = list(rows[0]) if rows else []
    id_column = "channel id" if "channel id" in columns else columns[0] if columns else ""
    title_column = "channel title" if "channel title" in columns else columns[2] if len(columns) > 2 else ""
    return [{"platform": PLATFORM, "direction": "out", "counterpart": row[id_column].strip(),
             "name": _string(row.get(title_column, ""))}
            for row in rows if _CHANNEL_ID.fullmatch(row.get(id_column, "").strip())]


def _profile(channel: dict[str, str], channel_id: str, vanity: str | None, videos: list[Any] | None,
             follows: list[Any] | None) -> dict[str, Any] | None:
    if not channel and not channel_id:
        return None
    bio = next((value.strip() for key, value in channel.items() if key.startswith("channel description")
                and value.strip()), None)
    return {
        "platform": PLATFORM,
        "handle": vanity or channel_id or None,
        "bio": bio,
        "url": CHANNEL_URL.format(id=channel_id) if channel_id else None,
        "following": len(follows) if follows is not None else None,
        "posts_count": len(videos) if videos is not None else None,
        "visibility": _cell(channel, "channel visibility") or None,
    }


register(YouTubeTakeoutImporter())
