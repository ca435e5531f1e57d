"""The LinkedIn data export ("Get a copy of your data"): its CSV files, unpacked or zipped.

What is read (any subset may be present; file names are matched without regard to case):

- ``Shares.csv`` -> posts on ``linkedin``. One post can fill several rows (one per media
  thumbnail): rows with the same ``ShareLink`` are one post. LinkedIn wraps every line of a
  multi-line post in doubled quotes, so that after CSV parsing the text reads
  ``Line one"\\n""\\n"Line two``; the extra quote at each line end/start is removed when every line
  shows it. An empty ``ShareCommentary`` is a reshare without comment -> ``repost``. ``links`` are
  the URLs in the text, then ``SharedUrl``; ``MediaUrl`` (an image) is not a link: it is the post's
  ``media`` when the post shares no page (else it is that page's preview). ``id`` is the share's URN
  (``urn:li:share:…``, from ``ShareLink``) and ``ShareLink`` is kept as the ``url`` extra field (what a feed
  of the same posts links to, see :mod:`credscore.duplicates`).
- ``Comments.csv`` -> posts of kind ``comment``. LinkedIn escapes quotes as ``\\"``, which breaks
  RFC 4180 parsing, so records are re-split on the lines that start a record
  (``YYYY-MM-DD HH:MM:SS,https://www.linkedin.com/``) and each record is parsed with ``\\"`` read
  as a quote. ``Link`` (the post answered; LinkedIn gives none for the comment itself) is kept as ``url``.
- ``messages.csv`` -> messages. Rows with an empty ``FROM`` or ``TO`` are system events
  ("… left the conversation") and are left out. A row is ``sent`` when its sender is the owner,
  identified (1) from ``Profile.csv`` (the sender whose name starts with the profile's first and
  last name), else (2) as the sender with a profile URL who takes part in the most conversations
  (as ``FROM``, or named in ``TO``), ties broken by the number of messages sent. The owner is in
  every conversation of their own export, anyone else in few. The counterpart of a received message
  is its sender's name; of a sent one, the ``TO`` field (several recipients stay joined: names
  contain commas, so ``TO`` cannot be split reliably). HTML bodies (sponsored InMail) become text.
- ``Connections.csv`` (after its ``Notes:`` preamble) -> follows ``in``, counterpart the
  connection's name, ``created_at`` the ``Connected On`` date (``17 Jun 2021``, midnight UTC).
  A LinkedIn connection is mutual; it is recorded as ``in`` (someone joined this account's
  network) because that is the event a tool greets with an automatic DM: with the date and the
  same name as in ``messages.csv``, a connection can be related to a first DM sent the same day.
- ``Profile.csv`` -> the profile (``Headline`` and ``Summary`` as bio, the first website as url)
  and the account's name.

Times without a zone are UTC. A "basic" archive (the fast one: profile, positions, skills, no ``Shares.csv`` or
``Comments.csv``) is read for what it has and marked incomplete, with a note that says to request the larger one.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, has_member
from credscore.importers._common import (
    build_account,
    collapse_spaces,
    links_in_text,
    media_kind,
    media_record,
    parse_month_date,
    parse_naive_utc,
    unique,
)
from credscore.importers._html import plain_text
from credscore.importers.base import SourceNote, register

__all__ = ["LinkedInExportImporter"]

logger = logging.getLogger(__name__)

NAME = "linkedin-export"
PLATFORM = "linkedin"
SHARES, COMMENTS, MESSAGES, CONNECTIONS, PROFILE = "Shares.csv", "Comments.csv", "messages.csv", \
    "Connections.csv", "Profile.csv"
_FILES = (SHARES, COMMENTS, MESSAGES, CONNECTIONS, PROFILE)
# Not `comments/comments.csv`: that is YouTube's, in a Google Takeout (LinkedIn's files are not in such folders).
_ANY_FILE = re.compile(r"(?:^|/)(?:shares|(?<!comments/)comments|messages|connections|profile)\.csv$", re.IGNORECASE)
_RECORD_START = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},https://www\.linkedin\.com/", re.MULTILINE)
_URN = re.compile(r"/feed/update/([^/?#]+)")
_CONNECTIONS_HEADER = re.compile(r"^First Name,", re.MULTILINE)
_WEBSITE = re.compile(r"https?://[^\s\]\[,]+")
_QUOTE = '"'
_PROFILE_SLUG = re.compile(r"linkedin\.com/in/([^/?#]+)")
# The owner's name in messages.csv often carries credentials after it ("Femi O SPHRi, CPHR").
_NAME_PREFIX_SEPARATORS = (" ", ",", "(")


class LinkedInExportImporter:
    """LinkedIn data export, folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding ``Shares.csv``, ``Comments.csv``, ``messages.csv``, ``Connections.csv`` or
        ``Profile.csv``."""
        return has_member(path, [_ANY_FILE])

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            files = _locate(archive)
            if not files:
                raise InputError(f"{path}: not a LinkedIn export: none of {', '.join(_FILES)} in it")
            texts = {name: archive.read_text(member) for name, member in files.items()}
            where = {name: archive.where(member) for name, member in files.items()}
        profile_row = _profile_row(texts.get(PROFILE), where.get(PROFILE))
        owner = _Owner(_full_name(profile_row))
        notes: list[str] = []
        posts = _shares(texts[SHARES], where[SHARES]) if SHARES in texts else []
        posts += _comments(texts[COMMENTS], where[COMMENTS]) if COMMENTS in texts else []
        messages = _messages(texts[MESSAGES], where[MESSAGES], owner, notes) if MESSAGES in texts else []
        follows = _connections(texts[CONNECTIONS], where[CONNECTIONS]) if CONNECTIONS in texts else []
        missing = [name for name in _FILES if name not in texts]
        if missing:
            notes.append(f"not in the export: {', '.join(missing)}")
        # The fast "basic" archive (Profile.csv, Positions.csv, Skills.csv…, as the d3i data-donation script for
        # LinkedIn lists it) holds no posts or comments: not the account's history, whatever else it has.
        basic = SHARES not in texts and COMMENTS not in texts
        if basic:
            notes.append("no posts or comments (Shares.csv, Comments.csv): a basic archive? Request the larger one "
                         "(Settings → Data privacy → Get a copy of your data → \"Download larger data archive\")")
        note = SourceNote(kind=NAME, location=str(path), complete=not basic, note="; ".join(notes))
        profile = _profile(profile_row, owner)
        return build_account(account_id or owner.handle or owner.name or path.stem, source=note, name=owner.name,
                             profiles=[profile] if profile else [], posts=posts, messages=messages, follows=follows)


@dataclass
class _Owner:
    """The export's owner as far as known: name (Profile.csv or messages.csv), profile URL (messages.csv)."""

    name: str | None = None
    url: str | None = None

    @property
    def handle(self) -> str | None:
        """The public profile's slug: ``https://www.linkedin.com/in/jane-doe-123`` -> ``jane-doe-123``."""
        match = _PROFILE_SLUG.search(self.url or "")
        return match.group(1) if match else None


def _locate(archive: Archive) -> dict[str, str]:
    """Each known file's member path, from the shallowest folder holding one of them."""
    found = archive.find(_ANY_FILE)
    if not found:
        return {}
    folder = found[0][: found[0].rfind("/") + 1]
    members = {}
    for name in _FILES:
        pattern = re.compile(rf"^{re.escape(folder)}{re.escape(name)}$", re.IGNORECASE)
        if match := archive.find(pattern):
            members[name] = match[0]
    return members


def _rows(text: str, where: str) -> list[dict[str, str]]:
    try:
        return [{key: value or "" for key, value in row.items() if key is not None}
                for row in csv.DictReader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise InputError(f"{where}: not a readable CSV file ({exc})") from None


# Separators a spreadsheet may have saved a LinkedIn CSV with, and how a message names them.
_OTHER_DELIMITERS = ((";", "semicolons (;)"), ("\t", "tabs"))


def _require(text: str, columns: tuple[str, ...], where: str) -> None:
    header = {column.strip() for column in next(csv.reader(io.StringIO(text, newline="")), [])}
    missing = [column for column in columns if column not in header]
    if missing:
        for delimiter, name in _OTHER_DELIMITERS:
            # A spreadsheet (French Excel) saves CSV with another separator; the columns are all there.
            fields = {column.strip() for column in next(csv.reader(io.StringIO(text, newline=""),
                                                                   delimiter=delimiter), [])}
            if all(column in fields for column in columns):
                raise InputError(f"{where}: columns separated by {name}, not commas (a spreadsheet such as French "
                                 "Excel saved it so); use the file as LinkedIn sent it, or save it again as "
                                 "\"CSV UTF-8 (comma delimited)\"")
        raise InputError(f"{where}: missing column(s) {', '.join(missing)}; not a LinkedIn export file?")


# --- Shares.csv ---------------------------------------------------------------------------------


def repair_share_text(text: str) -> str:
    """Undo the doubled quotes LinkedIn puts around each line of a multi-line post.

    After CSV parsing, ``A"\\n""\\n"B`` -> ``A\\n\\nB``: the first line ends with a quote, the last
    starts with one and the lines between are wrapped in quotes. Left as is unless every line shows it.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    inner = lines[1:-1]
    wrapped = (lines[0].endswith(_QUOTE) and lines[-1].startswith(_QUOTE)
               and all(len(line) >= 2 and line.startswith(_QUOTE) and line.endswith(_QUOTE) for line in inner))
    if not wrapped:
        return text
    return "\n".join([lines[0][:-1], *(line[1:-1] for line in inner), lines[-1][1:]])


def _share_id(link: str) -> str | None:
    """``…/feed/update/urn%3Ali%3Ashare%3A733…`` -> ``urn:li:share:733…``."""
    match = _URN.search(link)
    return unquote(match.group(1)) if match else (link or None)


def _shares(text: str, where: str) -> list[dict[str, Any]]:
    rows = _rows(text, where)
    _require(text, ("Date", "ShareLink", "ShareCommentary"), where)
    posts: dict[tuple[str, ...], dict[str, Any]] = {}
    for row in rows:
        commentary = repair_share_text(row.get("ShareCommentary", ""))
        link = row.get("ShareLink", "").strip()
        key = (link,) if link else (row.get("Date", ""), commentary)
        shared = row.get("SharedUrl", "").strip()
        media = row.get("MediaUrl", "").strip()
        if key not in posts:
            posts[key] = {
                "platform": PLATFORM,
                "text": commentary,
                "created_at": parse_naive_utc(row.get("Date", "")),
                "id": _share_id(link),
                "kind": "post" if commentary.strip() else "repost",
                "url": link or None,
                "links": unique([*links_in_text(commentary), shared]),
                "media_urls": [],
            }
        elif shared:  # another media row of the same post
            posts[key]["links"] = unique([*posts[key]["links"], shared])
        if media:
            posts[key]["media_urls"].append(media)
    return [_with_media(post) for post in posts.values()]


def _with_media(post: dict[str, Any]) -> dict[str, Any]:
    """A post's ``MediaUrl`` images are its media unless it shares a page: the image is then that page's preview
    (a YouTube thumbnail under a video link), part of the link, not something the author put up."""
    urls = unique(post.pop("media_urls"))
    if urls and not any(link for link in post["links"] if link not in links_in_text(post["text"])):
        post["media"] = [media_record(_linkedin_media_kind(url), url) for url in urls]
    return post


def _linkedin_media_kind(url: str) -> str:
    """LinkedIn's media links name their kind in the path (``/dms/image/…``, ``/dms/video/…``)."""
    path = url.lower()
    for kind in ("video", "image", "audio"):
        if f"/{kind}/" in path or f"/{kind}-" in path:
            return kind
    return media_kind(url=url) if media_kind(url=url) != "other" else "image"


# --- Comments.csv -------------------------------------------------------------------------------


def comment_records(text: str) -> Iterator[str]:
    """The raw records of ``Comments.csv``: each starts on a ``date,https://www.linkedin.com/`` line."""
    starts = [match.start() for match in _RECORD_START.finditer(text)]
    for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
        yield text[begin:end].rstrip("\r\n")


def _parse_comment(record: str) -> tuple[str, str, str]:
    """``date,link,message`` with LinkedIn's ``\\"`` read as a quote."""
    fields = next(csv.reader(io.StringIO(record.replace('\\"', '""'), newline="")), [])
    if len(fields) == 3:
        return fields[0], fields[1], fields[2]
    # Not valid CSV even so: split off date and link, unwrap the message by hand.
    date, _, rest = record.partition(",")
    link, _, message = rest.partition(",")
    if message.startswith(_QUOTE) and message.endswith(_QUOTE) and len(message) >= 2:
        message = message[1:-1].replace('""', '"')
    return date, link, message.replace('\\"', '"')


def _comments(text: str, where: str) -> list[dict[str, Any]]:
    header = text.split("\n", 1)[0].strip().lstrip("\ufeff")
    if [column.strip() for column in header.split(",")][:3] != ["Date", "Link", "Message"]:
        raise InputError(f"{where}: expected the columns Date,Link,Message; not a LinkedIn Comments.csv?")
    comments = []
    for record in comment_records(text):
        date, link, message = _parse_comment(record)
        comments.append({
            "platform": PLATFORM,
            "text": message,
            "created_at": parse_naive_utc(date),
            "kind": "comment",
            "url": link.strip() or None,
            "links": unique(links_in_text(message)),
        })
    return comments


# --- messages.csv -------------------------------------------------------------------------------


def _messages(text: str, where: str, owner: _Owner, notes: list[str]) -> list[dict[str, Any]]:
    """The messages of ``messages.csv``; fills in ``owner`` (the name as a sender, the profile URL)."""
    _require(text, ("FROM", "TO", "DATE", "CONTENT"), where)
    rows = [row for row in _rows(text, where) if row["FROM"].strip() and row["TO"].strip()]
    sender = _owner_by_name(rows, owner.name) if owner.name else None
    if sender is None and rows:
        sender = find_owner(rows)
        if sender is None:
            raise InputError(f"{where}: cannot tell sent from received messages: no sender has a profile URL; "
                             "add the export's Profile.csv")
        notes.append(f"the owner in messages.csv was taken to be {sender!r}, the sender in the most conversations"
                     + (" (nobody named as in Profile.csv sent a message)" if owner.name else ""))
    if sender is not None:
        owner.name = owner.name or sender
        owner.url = next((row.get("SENDER PROFILE URL", "").strip() for row in rows
                          if collapse_spaces(row["FROM"]) == sender and row.get("SENDER PROFILE URL", "").strip()),
                         None)
    messages = []
    for number, row in enumerate(rows, 1):
        when = parse_naive_utc(row["DATE"])
        if when is None:
            # Not the value itself: in a damaged file the DATE column may hold a piece of the message.
            logger.warning("%s: message %d has an unreadable DATE; skipped", where, number)
            continue
        sent = collapse_spaces(row["FROM"]) == sender
        messages.append({
            "platform": PLATFORM,
            "created_at": when,
            "direction": "sent" if sent else "received",
            "text": plain_text(row["CONTENT"]),
            "counterpart": collapse_spaces(row["TO"] if sent else row["FROM"]),
        })
    return messages


def _owner_by_name(rows: list[dict[str, str]], full_name: str) -> str | None:
    """The sender whose name is the profile's name, possibly followed by credentials."""
    wanted = full_name.casefold()
    for sender in dict.fromkeys(collapse_spaces(row["FROM"]) for row in rows):
        name = sender.casefold()
        if name == wanted or any(name.startswith(wanted + separator) for separator in _NAME_PREFIX_SEPARATORS):
            return sender
    return None


def find_owner(rows: list[dict[str, str]]) -> str | None:
    """The export's owner: the sender with a profile URL found in the most conversations.

    A sender takes part in a conversation when they sent a message in it or are named in a ``TO``
    of it; ties are broken by the number of messages sent. Senders without a profile URL
    (``LinkedIn Member``, out-of-network) are never the owner.
    """
    conversations: dict[str, set[str]] = defaultdict(set)
    sent: Counter[str] = Counter()
    candidates = {collapse_spaces(row["FROM"]) for row in rows if row.get("SENDER PROFILE URL", "").strip()}
    for row in rows:
        sender = collapse_spaces(row["FROM"])
        conversation = row.get("CONVERSATION ID", "")
        sent[sender] += 1
        recipients = collapse_spaces(row["TO"])
        for candidate in candidates:
            if candidate == sender or candidate in recipients:
                conversations[candidate].add(conversation)
    if not candidates:
        return None
    return max(sorted(candidates), key=lambda name: (len(conversations[name]), sent[name]))


# --- Connections.csv ----------------------------------------------------------------------------


def _connections(text: str, where: str) -> list[dict[str, Any]]:
    header = _CONNECTIONS_HEADER.search(text)
    if header is None:
        raise InputError(f"{where}: no header line starting with `First Name,`; not a LinkedIn Connections.csv?")
    rows = _rows(text[header.start():], where)
    follows = []
    for row in rows:
        name = collapse_spaces(f"{row.get('First Name', '')} {row.get('Last Name', '')}")
        if not name:
            continue
        connected = row.get("Connected On", "")
        when = parse_month_date(connected)
        if when is None and connected.strip():
            logger.warning("%s: unreadable `Connected On` %r; the connection is kept without a date", where, connected)
        follows.append({"platform": PLATFORM, "direction": "in", "counterpart": name, "created_at": when})
    return follows


# --- Profile.csv --------------------------------------------------------------------------------


def _profile_row(text: str | None, where: str | None) -> dict[str, str]:
    if text is None or where is None:
        return {}
    rows = _rows(text, where)
    return rows[0] if rows else {}


def _full_name(row: dict[str, str]) -> str | None:
    return collapse_spaces(f"{row.get('First Name', '')} {row.get('Last Name', '')}") or None


def _profile(row: dict[str, str], owner: _Owner) -> dict[str, Any] | None:
    if not row and not owner.url:
        return None
    bio = "\n\n".join(part.strip() for part in (row.get("Headline", ""), row.get("Summary", "")) if part.strip())
    websites = _WEBSITE.findall(row.get("Websites", ""))
    return {
        "platform": PLATFORM,
        "handle": owner.handle,
        "bio": bio or None,
        "url": owner.url or (websites[0] if websites else None),
    }


register(LinkedInExportImporter())
