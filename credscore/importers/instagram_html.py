"""The Instagram export requested in HTML (Meta's default format), with its Threads part, unpacked or zipped.

The files are those of the JSON export (:mod:`credscore.importers.instagram_export`) with ``.html`` for ``.json``, in
the same layouts; each page is read by its structure, not by its generated class names
(:mod:`credscore.importers._meta_html`). What is read gives the same records as the JSON export:

- ``content/`` or ``media/`` ``posts_*.html``, ``reels.html``, ``igtv_videos.html``, ``archived_posts.html`` -> posts:
  the caption (the entry's heading), the photos and videos shown (their paths in the export), the date line;
  ``stories.html`` is counted in the note (stories last a day: not posts);
- ``comments/post_comments_*.html``, ``reels_comments.html`` -> comments the account wrote (the ``Comment`` row of each
  entry's table; in a language whose labels are not known, its first row, as the note says);
- ``messages/{inbox,message_requests,…}/<thread>/message_*.html`` -> messages: the heading is the sender's display
  name, sent when it is the owner's (the profile's name, else the participant in the most conversations);
  reactions, system events and the first block that lists the participants are not messages;
- ``followers_and_following/followers_*.html``, ``following*.html`` -> follows ``in``/``out``, the account from its
  profile link (``instagram.com/name`` or ``/_u/name``), else the heading, else the ``Username`` row;
  ``recently_unfollowed_*.html`` -> follows ``out`` ended then;
- ``personal_information/personal_information.html`` -> the profile (``Username``, ``Name``, ``Bio``, ``Website``,
  ``Private Account`` rows, labels in the languages known; a picture in it as ``has_avatar``), and
  ``signup_information.html`` its creation time;
- ``threads/threads_and_replies*.html``, ``threads/followers*.html``, ``threads/following*.html``,
  ``threads/personal_information.html`` -> the same on the platform ``threads``. Nothing in a Threads entry seen so
  far tells a reply from a post: all are read as posts, and the note says so.

Dates are written in the account's language and in the zone of whoever asked for the export. A page whose header
gives that zone (see :mod:`credscore.importers._meta_html`) has its dates moved to UTC by its offset, which the note
names (a date on the other side of a daylight-saving change may be an hour off); otherwise dates are read as UTC and
the note says so. A date line that cannot be read leaves its entry without a time (a message, which needs one, is
left out), counted in the note, and the history is not called complete. A page with no entry in the expected
structure, or whose entries give nothing of what the file should hold, is left out with one line in the note.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, probe
from credscore.importers._common import build_account, links_in_text, media_record
from credscore.importers._instagram_legacy import is_legacy
from credscore.importers._localised import meta_labels
from credscore.importers._meta import (
    ATTACHMENT_PLACEHOLDER,
    INSTAGRAM_ANCHORS,
    INSTAGRAM_HTML_ANCHORS,
    JSON_FORMAT_ADVICE,
    MAX_NOTED_FILES,
    SYSTEM_EVENTS,
    THREADS_HTML,
    flag,
    messages_owner,
)
from credscore.importers._meta_html import (
    Block,
    Page,
    describe_offset,
    fold_label,
    parse_date,
    parse_page,
    profile_username,
    username_like,
)
from credscore.importers.base import SourceNote, register

__all__ = ["InstagramHtmlImporter", "read_html_export"]

logger = logging.getLogger(__name__)

NAME = "instagram-html"
PLATFORM = "instagram"
THREADS = "threads"
PROFILE_URL = "https://www.instagram.com/{handle}"
THREADS_URL = "https://www.threads.net/@{handle}"
_PROFILE_FILE = re.compile(r"(?:^|/)personal_information/personal_information\.html$")
_SIGNUP_FILE = re.compile(r"(?:^|/)signup_(?:information|details)\.html$")
_CONTENT_FILES = re.compile(r"(?:^|/)(?:content|media)/(posts_\d+|reels|igtv_videos|archived_posts)\.html$")
_VIDEO_FILES = frozenset({"reels", "igtv_videos"})
_STORIES_FILE = re.compile(r"(?:^|/)(?:content|media)/stories\.html$")
_COMMENT_FILES = re.compile(r"(?:^|/)comments/(?:post_comments(?:_\d+)?|reels_comments)\.html$")
_FOLLOWERS_FILES = re.compile(r"(?:^|/)followers_and_following/followers(?:_\d+)?\.html$")
_FOLLOWING_FILES = re.compile(r"(?:^|/)followers_and_following/following(?:_\d+)?\.html$")
_UNFOLLOWED_FILES = re.compile(r"(?:^|/)followers_and_following/recently_unfollowed_(?:accounts|profiles)\.html$")
_THREAD_FILES = re.compile(r"^(?!(?:.*/)?your_facebook_activity/)(?:.*/)?messages/"
                           r"(?:inbox|message_requests|archived_threads|filtered_threads)/[^/]+/message_\d+\.html$")
_REQUESTS_FOLDER = "message_requests"
_THREADS_POSTS = re.compile(r"(?:^|/)threads/threads_and_replies(?:_\d+)?\.html$")
_THREADS_PROFILE = re.compile(r"(?:^|/)threads/personal_information\.html$")
_THREADS_FOLLOWERS = re.compile(r"(?:^|/)threads/followers(?:_\d+)?\.html$")
_THREADS_FOLLOWING = re.compile(r"(?:^|/)threads/following(?:_\d+)?\.html$")
_JSON_FILES = (*INSTAGRAM_ANCHORS, re.compile(r"(?:^|/)threads/threads_and_replies(?:_\d+)?\.json$"))
_PART = re.compile(r"_(\d+)\.html$")
# The first block of a conversation's page: "Participants: Ana, Léo" (in the account's language).
_PARTICIPANTS = re.compile(r"^[^:\n]{1,40}:\s*(.+)$", re.DOTALL)


def _labels(*english: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for label in english for name in meta_labels(label)))


_USERNAME_LABELS = _labels("Username")
_NAME_LABELS = _labels("Name")
_BIO_LABELS = _labels("Bio")
_WEBSITE_LABELS = _labels("Website")
_LINKS_LABELS = _labels("Links")
_PRIVATE_LABELS = _labels("Private Account")
_COMMENT_LABELS = _labels("Comment")
_KNOWN_LABELS = frozenset({*_USERNAME_LABELS, *_NAME_LABELS, *_BIO_LABELS, *_WEBSITE_LABELS, *_PRIVATE_LABELS})


class InstagramHtmlImporter:
    """Instagram or Threads export in HTML, folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding the HTML pages of an Instagram export (profile, content, comments, follow lists,
        anything under ``your_instagram_activity/``) or of its Threads part, and none of the JSON export's files (an
        export in JSON is :mod:`~credscore.importers.instagram_export`'s)."""
        return probe(path, is_html_export)

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            if not is_html_export(archive):
                raise InputError(f"{path}: not an Instagram or Threads export in HTML: no personal_information.html, "
                                 "posts_1.html, followers_and_following/ or threads/threads_and_replies.html in it")
            return read_html_export(archive, account_id, kind=NAME)


def is_html_export(archive: Archive) -> bool:
    """Pages of the HTML export, and no file of the JSON one."""
    return (any(archive.find(pattern) for pattern in (*INSTAGRAM_HTML_ANCHORS, THREADS_HTML))
            and not any(archive.find(pattern) for pattern in _JSON_FILES) and not is_legacy(archive))


def read_html_export(archive: Archive, account_id: str | None, *, kind: str) -> Account:
    """The account in the HTML export ``archive`` (Instagram with its Threads part, or the Threads part alone); the
    source note is of kind ``kind`` (the importer the user asked for)."""
    return _Reader(archive, kind).account(account_id)


@dataclass
class _Counts:
    """What was met but not read, for the note."""

    unreadable_dates: int = 0
    examples: list[str] = field(default_factory=list)

    def unreadable(self, text: str) -> None:
        self.unreadable_dates += 1
        if len(self.examples) < 2 and text not in self.examples:
            self.examples.append(text)


class _Reader:
    def __init__(self, archive: Archive, kind: str) -> None:
        self.archive = archive
        self.kind = kind
        self.skipped: list[str] = []
        self.notes: list[str] = []
        self.complete = True
        self.dates = _Counts()
        self.offsets: Counter[timedelta] = Counter()
        self.utc_pages = 0

    # --- files ---------------------------------------------------------------------------------------------

    def _files(self, pattern: re.Pattern[str]) -> list[str]:
        return sorted(self.archive.find(pattern), key=lambda name: (PurePosixPath(name).parent.as_posix(),
                                                                    _part(name), name))

    def _skip(self, name: str, why: str) -> None:
        logger.warning("%s: %s; left out", self.archive.where(name), why)
        self.skipped.append(f"{name} ({why})")

    def _page(self, name: str) -> Page | None:
        """A page, parsed; ``None`` (and a note) when it cannot be read or has no entry where entries should be."""
        try:
            text = self.archive.read_text(name)
        except InputError as exc:
            self._skip(name, str(exc).removeprefix(f"{self.archive.where(name)}: "))
            return None
        page = parse_page(text)
        if not page.blocks and not page.has_main:
            self._skip(name, "not the structure of an export page: no entries found")
            return None
        if page.blocks:
            if page.offset is None:
                self.utc_pages += 1
            else:
                self.offsets[page.offset] += 1
        return page

    def _pages(self, pattern: re.Pattern[str]) -> list[tuple[str, Page]]:
        return [(name, page) for name in self._files(pattern) if (page := self._page(name)) is not None]

    def _time(self, block: Block, page: Page) -> datetime | None:
        """The block's date, in UTC; an unreadable date line is counted (and costs the "complete")."""
        if block.date_text is None:
            return None
        when = parse_date(block.date_text, page.offset)
        if when is None:
            self.dates.unreadable(block.date_text)
        return when

    def _nothing_from(self, name: str, page: Page, found: int, what: str) -> None:
        """A page with entries of which none gave ``what``: not the structure expected, said rather than guessed."""
        if page.blocks and not found:
            self._skip(name, f"{len(page.blocks)} entries but no {what} in the structure expected")

    # --- the account ---------------------------------------------------------------------------------------

    def account(self, account_id: str | None) -> Account:
        fields, photo = self._profile_fields(_PROFILE_FILE)
        handle = username_like(_value(fields, _USERNAME_LABELS))
        name = _value(fields, _NAME_LABELS)
        posts = [*self._posts(), *self._comments()]
        followers = self._follows(_FOLLOWERS_FILES, PLATFORM, "in")
        following = self._follows(_FOLLOWING_FILES, PLATFORM, "out")
        unfollowed = self._follows(_UNFOLLOWED_FILES, PLATFORM, "out", ended=True)
        if unfollowed:
            self.notes.append(f"{len(unfollowed)} recently unfollowed account(s): when they were followed is not "
                              "in the export")
        messages = self._messages(name)
        threads_posts = self._threads_posts()
        threads_followers = self._follows(_THREADS_FOLLOWERS, THREADS, "in")
        threads_following = self._follows(_THREADS_FOLLOWING, THREADS, "out")
        profiles = []
        if fields or photo or followers is not None or following is not None:
            profiles.append(self._profile(fields, photo, handle, followers, following))
        threads_fields, _ = self._profile_fields(_THREADS_PROFILE)
        if threads_fields or ((threads_posts or threads_followers is not None or threads_following is not None)
                              and handle):
            profiles.append(_threads_profile(threads_fields, handle, threads_followers, threads_following))
        all_posts = [*posts, *threads_posts]
        all_follows = [*(followers or []), *(following or []), *(unfollowed or []), *(threads_followers or []),
                       *(threads_following or [])]
        if not (fields or photo or threads_fields or all_posts or messages or all_follows) and self.skipped:
            raise InputError(f"{self.archive.path}: nothing could be read from this HTML export; {self.skipped[0]}; "
                             f"if its pages are not damaged, {JSON_FORMAT_ADVICE}")
        note = SourceNote(kind=self.kind, location=str(self.archive.path),
                          complete=self.complete and not self.skipped and not self.dates.unreadable_dates,
                          note="; ".join(self._notes(all_posts)))
        return build_account(account_id or handle or name or self.archive.path.stem, source=note, name=name,
                             profiles=profiles, posts=all_posts, messages=messages, follows=all_follows)

    def _notes(self, posts: list[dict[str, Any]]) -> list[str]:
        notes = ["read from the HTML export", *self.notes]
        if self.offsets:
            zones = ", ".join(describe_offset(offset) for offset, _ in self.offsets.most_common())
            notes.append(f"times were written in the export's local time ({zones}, from the pages' headers) and moved "
                         "to UTC; one across a daylight-saving change may be an hour off")
        if self.utc_pages:
            notes.append(f"{self.utc_pages} page(s) without the export's time zone: their times are read as UTC")
        if self.dates.unreadable_dates:
            shown = ", ".join(repr(example) for example in self.dates.examples)
            notes.append(f"{self.dates.unreadable_dates} date(s) in a form credscore does not read ({shown}): "
                         "their entries are kept without a time, messages left out")
        undated = sum(1 for post in posts if post["created_at"] is None)
        if undated:
            notes.append(f"{undated} post(s) without a date")
        if self.skipped:
            named = "; ".join(self.skipped[:MAX_NOTED_FILES])
            more = len(self.skipped) - MAX_NOTED_FILES
            notes.append(f"{len(self.skipped)} file(s) left out: {named}" + (f"; and {more} more" if more > 0 else ""))
        return notes

    # --- profile -------------------------------------------------------------------------------------------

    def _profile_fields(self, pattern: re.Pattern[str]) -> tuple[list[tuple[str, str]], bool]:
        """The labelled rows of the first profile page, and whether it shows a picture."""
        pages = self._files(pattern)
        if not pages:
            if pattern is _PROFILE_FILE and any(self.archive.find(anchor) for anchor in INSTAGRAM_HTML_ANCHORS):
                self.notes.append("no personal_information.html (no profile)")
            return [], False
        page = self._page(pages[0])
        if page is None:
            return [], False
        fields = [row for block in page.blocks for row in block.fields]
        if pattern is _PROFILE_FILE and fields and not any(fold_label(label) in _USERNAME_LABELS
                                                            for label, _ in fields):
            unknown = [label for label, _ in fields if fold_label(label) not in _KNOWN_LABELS]
            labels = ", ".join(repr(label) for label in unknown[:5])
            self.notes.append(f"{pages[0]}: no username row in a language credscore knows (labels not understood: "
                              f"{labels}); the profile is read without them")
        return fields, any(kind == "image" for block in page.blocks for kind, _ in block.media)

    def _profile(self, fields: list[tuple[str, str]], photo: bool, handle: str | None,
                 followers: list[Any] | None, following: list[Any] | None) -> dict[str, Any]:
        created = None
        signup = self._files(_SIGNUP_FILE)
        if signup and (page := self._page(signup[0])) is not None:
            times = [when for block in page.blocks if (when := self._time(block, page)) is not None]
            created = min(times) if times else None
        website = _value(fields, _WEBSITE_LABELS)
        return {
            "platform": PLATFORM,
            "handle": handle,
            "bio": _value(fields, _BIO_LABELS),
            "url": website or (PROFILE_URL.format(handle=handle) if handle else None),
            "created_at": created,
            "followers": len(followers) if followers is not None else None,
            "following": len(following) if following is not None else None,
            "has_avatar": True if photo else None,
            "private": flag(_value(fields, _PRIVATE_LABELS)),
        }

    # --- posts and comments --------------------------------------------------------------------------------

    def _posts(self) -> list[dict[str, Any]]:
        posts = []
        for name, page in self._pages(_CONTENT_FILES):
            match = _CONTENT_FILES.search(name)
            default = "video" if match and match.group(1) in _VIDEO_FILES else "other"
            found = [post for block in page.blocks if (post := self._post(block, page, PLATFORM, default))]
            self._nothing_from(name, page, len(found), "post")
            posts.extend(found)
        stories = sum(len(page.blocks) for _, page in self._pages(_STORIES_FILE))
        if stories:
            self.notes.append(f"{stories} stories not read (they last a day: not posts)")
        return posts

    def _threads_posts(self) -> list[dict[str, Any]]:
        posts = []
        for name, page in self._pages(_THREADS_POSTS):
            found = [post for block in page.blocks if (post := self._post(block, page, THREADS, "other"))]
            self._nothing_from(name, page, len(found), "post")
            posts.extend(found)
        if posts:
            self.notes.append("Threads replies cannot be told from posts in the HTML export: all are read as posts")
        return posts

    def _post(self, block: Block, page: Page, platform: str, default: str) -> dict[str, Any] | None:
        text = block.heading or block.text
        when = self._time(block, page)
        attached = [media_record(default if kind == "other" else kind, path) for kind, path in block.media]
        if not text and not attached and block.date_text is None:
            return None
        links = list(dict.fromkeys([*links_in_text(text), *block.links]))
        return {"platform": platform, "text": text, "created_at": when, "kind": "post", "links": links,
                "media": attached or None}

    def _comments(self) -> list[dict[str, Any]]:
        comments, by_position = [], 0
        for name, page in self._pages(_COMMENT_FILES):
            found = []
            for block in page.blocks:
                text = block.field_value(*_COMMENT_LABELS)
                if text is None and block.fields:
                    # Labels of a language not known: the comment is the entry's first row (then its media's owner,
                    # then its time, in every export described).
                    text = next((value for _, value in block.fields if value and value != block.date_text), None)
                    by_position += text is not None
                text = text or block.heading or block.text or None
                if text is None:
                    continue
                found.append({"platform": PLATFORM, "text": text, "created_at": self._time(block, page),
                              "kind": "comment", "links": links_in_text(text)})
            self._nothing_from(name, page, len(found), "comment")
            comments.extend(found)
        if by_position:
            self.notes.append(f"{by_position} comment(s) read by position: their labels are in a language credscore "
                              "does not know yet")
        return comments

    # --- follows -------------------------------------------------------------------------------------------

    def _follows(self, pattern: re.Pattern[str], platform: str, direction: str, *, ended: bool = False
                 ) -> list[dict[str, Any]] | None:
        """The follow events of every page of one list, or ``None`` when the export has no such list."""
        if not self._files(pattern):
            return None
        found: list[dict[str, Any]] = []
        for name, page in self._pages(pattern):
            records, nameless = [], 0
            for block in page.blocks:
                counterpart = _counterpart(block)
                if counterpart is None:
                    nameless += 1
                    continue
                when = self._time(block, page)
                records.append({"platform": platform, "direction": direction, "counterpart": counterpart,
                                "created_at": None if ended else when, "ended_at": when if ended else None})
            self._nothing_from(name, page, len(records), "account")
            if records and nameless:
                self.complete = False
                self.notes.append(f"{name}: {nameless} entr(y/ies) without an account name left out")
            found.extend(records)
        return found

    # --- messages ------------------------------------------------------------------------------------------

    def _messages(self, owner: str | None) -> list[dict[str, Any]]:
        conversations: dict[str, _Conversation] = defaultdict(_Conversation)
        # Pages and their messages run newest first (message_1.html is the latest): read backwards, so that messages
        # of the same minute keep their order.
        for name, page in reversed(self._pages(_THREAD_FILES)):
            folder = PurePosixPath(name).parent.as_posix()
            conversation = conversations[folder]
            conversation.request = f"/{_REQUESTS_FOLDER}/" in f"/{folder}/"
            conversation.title = page.title or conversation.title
            for block in reversed(page.blocks):
                self._message_block(block, page, conversation)
        undated = sum(talk.undated for talk in conversations.values())
        if undated:
            self.notes.append(f"{undated} message(s) without a date line or a sender left out")
        talks = [talk for talk in conversations.values() if talk.messages]
        if not talks:
            return []
        owner = messages_owner(owner, [list(talk.people()) for talk in talks], self.notes)
        if owner is None:
            self.complete = False
            return []
        messages, requests, requested = [], 0, 0
        for talk in talks:
            others = ", ".join(person for person in talk.people() if person != owner) or talk.title
            for sender, when, text in talk.messages:
                sent = sender == owner
                messages.append({"platform": PLATFORM, "created_at": when, "direction": "sent" if sent else "received",
                                 "text": text, "counterpart": others if sent else sender})
            if talk.request:
                requests, requested = requests + 1, requested + len(talk.messages)
        if requests:
            self.notes.append(f"{requested} message(s) in {requests} message request(s), never accepted by the owner")
        return messages

    def _message_block(self, block: Block, page: Page, conversation: _Conversation) -> None:
        if block.date_text is None:
            listed = _PARTICIPANTS.match(block.text or block.heading or "")
            if listed and not conversation.listed:
                conversation.listed = [person.strip() for person in listed.group(1).split(",") if person.strip()]
            elif block.heading and block.text:
                self.complete = False
                conversation.undated += 1  # a message without its date line: damage, not a message to place
            return
        if not block.heading:
            self.complete = False
            conversation.undated += 1  # no sender: neither sent nor received can be said
            return
        when = self._time(block, page)
        if when is None:
            self.complete = False
            return
        # A shared post is a link shown as its own address: the words are the other lines.
        text = "\n".join(line for line in block.text.split("\n") if line.strip() not in block.links).strip()
        if SYSTEM_EVENTS.fullmatch(text):
            return
        if ATTACHMENT_PLACEHOLDER.fullmatch(text):
            text = ""
        for link in block.links:
            if link not in text:
                text = f"{text}\n{link}".strip()
        conversation.messages.append((block.heading, when, text))


@dataclass
class _Conversation:
    title: str | None = None
    request: bool = False
    listed: list[str] = field(default_factory=list)
    messages: list[tuple[str, datetime, str]] = field(default_factory=list)
    undated: int = 0

    def people(self) -> list[str]:
        """The participants the page lists, else those who wrote."""
        return self.listed or list(dict.fromkeys(sender for sender, _, _ in self.messages))


def _counterpart(block: Block) -> str | None:
    """The account of a follow-list entry: its profile link, else its heading, else its ``Username`` row."""
    for href in block.profile_links:
        if (name := profile_username(href)) is not None:
            return name
    return username_like(block.heading) or username_like(block.field_value(*_USERNAME_LABELS))


def _value(fields: list[tuple[str, str]], names: tuple[str, ...]) -> str | None:
    return next((value.strip() for label, value in fields if fold_label(label) in names and value.strip()), None)


def _threads_profile(fields: list[tuple[str, str]], handle: str | None, followers: list[Any] | None,
                     following: list[Any] | None) -> dict[str, Any]:
    return {
        "platform": THREADS,
        "handle": handle,
        "bio": _value(fields, _BIO_LABELS),
        "url": _value(fields, _LINKS_LABELS) or (THREADS_URL.format(handle=handle) if handle else None),
        "followers": len(followers) if followers is not None else None,
        "following": len(following) if following is not None else None,
        "private": flag(_value(fields, _PRIVATE_LABELS)),
    }


def _part(name: str) -> int:
    match = _PART.search(name)
    return int(match.group(1)) if match else 0


register(InstagramHtmlImporter())
