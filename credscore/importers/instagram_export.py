"""The Instagram export (Meta's "Download your information", JSON format), unpacked or zipped.

Every string is repaired from Meta's mojibake (as in the Facebook export). The files are found in the
current layout (``your_instagram_activity/…``, ``connections/followers_and_following/…``,
``personal_information/personal_information/…``; the posts under ``media/`` since 2024, ``content/`` before) and in
the older one (``content/``, ``comments/``, ``messages/``, ``followers_and_following/`` and
``personal_information/`` at the top of the export). The first layout (before December 2020: ``profile.json``,
``media.json``, ``connections.json``… at the top) is read by :mod:`credscore.importers._instagram_legacy`; an
export requested in HTML (Meta's default) is read by :mod:`credscore.importers.instagram_html`, also when it is
given as ``--instagram-export``.
Times are Unix seconds (``timestamp``, ``creation_timestamp``; DMs: ``timestamp_ms``), ``0`` meaning
"not applicable". What is read, on the platform ``instagram``:

- ``content/posts_*.json``, ``reels.json``, ``igtv_videos.json``, ``archived_posts.json`` -> posts: the
  caption (a carousel's ``title`` is on the post, a single photo's on ``media[0]``), the time, the photos
  and videos as ``media`` (their ``uri``, a path in the export). ``cross_post_source`` (``"FB"`` on
  everything) says nothing about cross-posting and is not read. Stories (``stories.json``) last a day
  and are not posts: they are counted in the source note.
- ``comments/post_comments_*.json``, ``reels_comments.json`` -> the comments the account wrote, as posts of
  kind ``comment`` (the export does not link them to the post commented on).
- ``messages/{inbox,message_requests,…}/<thread>/message_*.json`` -> messages. ``sender_name`` is a
  display name: the owner is the profile's ``Name`` (else the participant in every conversation); a
  sent message's counterpart is the other participants, a received one's its sender. System events
  (joins, leaves, "Liked a message", reactions, calls) are ordinary messages in the export and are left
  out; "You sent an attachment." stands for the attachment, so the message keeps only the link it shares.
  Message requests (``is_pending``, never accepted) are kept as received messages, and counted in the note.
- ``followers_and_following/followers_*.json`` / ``following.json`` -> follows ``in`` / ``out`` with the
  date of the follow; ``recently_unfollowed_accounts.json`` -> follows ``out`` with ``ended_at`` (the
  export does not say when they began).
- ``personal_information/personal_information.json`` -> the profile (username, name, bio, website,
  ``Private Account`` as the extra field ``private``, a profile photo as ``has_avatar``; the form's labels are
  read in the languages known, and labels of another language are named in the note), and
  ``signup_information.json`` its creation time.
- the Threads part (``threads/``), through :func:`~credscore.importers.threads_export.read_threads`.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, probe
from credscore.importers._common import build_account, from_epoch, from_epoch_ms, json_object, links_in_text
from credscore.importers._instagram_legacy import is_legacy, read_legacy
from credscore.importers._meta import (
    ATTACHMENT_PLACEHOLDER,
    INSTAGRAM_ANCHORS,
    INSTAGRAM_HTML_ANCHORS,
    SYSTEM_EVENTS,
    MetaReader,
    caption,
    field,
    first_entry,
    flag,
    follows,
    form,
    form_time,
    form_value,
    media,
    messages_owner,
    part_number,
    post_items,
    post_time,
    unknown_labels,
)
from credscore.importers.base import SourceNote, register
from credscore.importers.facebook_export import participants
from credscore.importers.threads_export import read_threads

__all__ = ["InstagramExportImporter"]

logger = logging.getLogger(__name__)

NAME = "instagram-export"
PLATFORM = "instagram"
PROFILE_URL = "https://www.instagram.com/{handle}"
_PROFILE_FILE = re.compile(r"(?:^|/)personal_information/personal_information\.json$")
_SIGNUP_FILE = re.compile(r"(?:^|/)signup_(?:information|details)\.json$")
# File name -> the key of its list, and the kind of media it holds when a file's suffix does not say.
# content/ until 2024, media/ since.
_CONTENT_FILES = re.compile(r"(?:^|/)(?:content|media)/(posts_\d+|reels|igtv_videos|archived_posts)\.json$")
_CONTENT_KEYS = {"reels": ("ig_reels_media", "video"), "igtv_videos": ("ig_igtv_media", "video"),
                 "archived_posts": ("ig_archived_post_media", "other")}
_STORIES_FILE = re.compile(r"(?:^|/)(?:content|media)/stories\.json$")
_COMMENT_FILES = re.compile(r"(?:^|/)comments/(?:post_comments(?:_\d+)?|reels_comments)\.json$")
_COMMENT_KEYS = ("comments_media_comments", "comments_reels_comments")
_FOLLOWERS_FILES = re.compile(r"(?:^|/)followers_and_following/followers(?:_\d+)?\.json$")
_FOLLOWING_FILES = re.compile(r"(?:^|/)followers_and_following/following(?:_\d+)?\.json$")
_UNFOLLOWED_FILES = re.compile(r"(?:^|/)followers_and_following/recently_unfollowed_(?:accounts|profiles)\.json$")
# Not under your_facebook_activity/: a download of several accounts from Meta's Accounts Center holds the Facebook
# export beside this one, with conversations in the same layout.
_THREAD_FILES = re.compile(r"^(?!(?:.*/)?your_facebook_activity/)(?:.*/)?messages/"
                           r"(?:inbox|message_requests|archived_threads|filtered_threads)/[^/]+/message_\d+\.json$")
_REQUESTS_FOLDER = "message_requests"
_SKIPPED_MESSAGE_TYPES = frozenset({"Call", "Subscribe", "Unsubscribe"})


class InstagramExportImporter:
    """Instagram export (JSON), folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding the profile, content, comments or follow lists of an Instagram export, or
        anything under ``your_instagram_activity/`` besides its Threads part; or the first layout's ``profile.json``,
        ``connections.json``, ``media.json``… (:mod:`credscore.importers._instagram_legacy`). The same files in HTML
        are :mod:`credscore.importers.instagram_html`'s.

        Conversations alone in the older layout (``messages/inbox/``) are not enough: a Facebook export has the
        same folders.
        """
        return probe(path, lambda archive: any(archive.find(pattern) for pattern in INSTAGRAM_ANCHORS)
                     or is_legacy(archive))

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            if not any(archive.find(pattern) for pattern in (*INSTAGRAM_ANCHORS, _THREAD_FILES)):
                if is_legacy(archive):
                    return read_legacy(MetaReader(archive), account_id, kind=NAME)
                if any(archive.find(pattern) for pattern in INSTAGRAM_HTML_ANCHORS):
                    # Requested in HTML (Meta's default): read by its own reader, under this importer's name.
                    from credscore.importers.instagram_html import read_html_export

                    return read_html_export(archive, account_id, kind=NAME)
                raise InputError(f"{path}: not an Instagram export (JSON): no personal_information.json, "
                                 "content/posts_1.json, followers_and_following/ or messages/inbox/ in it")
            return _Reader(MetaReader(archive)).account(account_id)


class _Reader:
    """Reads one export; collects the notes for the source note."""

    def __init__(self, reader: MetaReader) -> None:
        self.reader = reader
        self.archive = reader.archive
        self.notes: list[str] = []
        self.complete = True

    def _files(self, pattern: re.Pattern[str]) -> list[str]:
        return sorted(self.archive.find(pattern), key=lambda name: (PurePosixPath(name).parent.as_posix(),
                                                                    part_number(name), name))

    def account(self, account_id: str | None) -> Account:
        profile_files = self._files(_PROFILE_FILE)
        found = self.reader.records(profile_files[0], "profile_user") if profile_files else []
        record = found[0] if found else {}
        fields = json_object(record.get("string_map_data"))
        if not profile_files:
            self.notes.append("no personal_information.json (no profile)")
        elif labels := unknown_labels(fields, "Username", "Name", "Bio"):
            self.notes.append(f"{profile_files[0]}: profile labels in a language credscore does not know yet "
                              f"({_named(labels)}); the profile is read without them")
        handle, name = form_value(fields, "Username"), form_value(fields, "Name")
        posts = self._posts() + self._comments()
        followers = self._list(_FOLLOWERS_FILES, "relationships_followers")
        following = self._list(_FOLLOWING_FILES, "relationships_following")
        unfollowed = self._list(_UNFOLLOWED_FILES, "relationships_unfollowed_users")
        if unfollowed:
            self.notes.append(f"{len(unfollowed)} recently unfollowed account(s): when they were followed is not "
                              "in the export")
        messages = self._messages(name)
        threads = read_threads(self.reader, handle=handle)
        profiles = [profile] if (profile := self._profile(record, followers, following)) else []
        if threads.profile:
            profiles.append(threads.profile)
        undated = sum(1 for post in posts if post["created_at"] is None)
        if undated:
            self.notes.append(f"{undated} post(s) without a date")
        all_follows = [*follows(followers or [], PLATFORM, "in"), *follows(following or [], PLATFORM, "out"),
                       *follows(unfollowed or [], PLATFORM, "out", ended=True), *threads.follows]
        if not (profiles or posts or threads.posts or messages or all_follows):
            self.reader.nothing_read()
        notes = [*self.notes, *threads.notes, *self.reader.notes()]
        note = SourceNote(kind=NAME, location=str(self.archive.path),
                          complete=self.complete and not self.reader.skipped, note="; ".join(notes))
        return build_account(account_id or handle or name or self.archive.path.stem, source=note, name=name,
                             profiles=profiles, posts=[*posts, *threads.posts], messages=messages,
                             follows=all_follows)

    def _list(self, pattern: re.Pattern[str], key: str) -> list[dict[str, Any]] | None:
        """The records of every part of a list file, or None when the export has none."""
        files = self._files(pattern)
        if not files:
            return None
        return [entry for name in files for entry in self.reader.records(name, key)]

    # --- profile ---------------------------------------------------------------------------------------

    def _profile(self, record: dict[str, Any], followers: list[Any] | None,
                 following: list[Any] | None) -> dict[str, Any] | None:
        fields = json_object(record.get("string_map_data"))
        if not fields and followers is None and following is None:
            return None
        signup = self._files(_SIGNUP_FILE)
        created = form_time(form(self.reader.read(signup[0]), "account_history_registration_info"), "Time") \
            if signup else None
        handle = form_value(fields, "Username")
        photo = field(json_object(record.get("media_map_data")), "Profile Photo")
        return {
            "platform": PLATFORM,
            "handle": handle,
            "bio": form_value(fields, "Bio"),
            "url": form_value(fields, "Website") or (PROFILE_URL.format(handle=handle) if handle else None),
            "created_at": created,
            "followers": len(followers) if followers is not None else None,
            "following": len(following) if following is not None else None,
            "has_avatar": True if isinstance(photo.get("uri"), str) and photo["uri"].strip() else None,
            "private": flag(form_value(fields, "Private Account")),
        }

    # --- posts and comments ----------------------------------------------------------------------------

    def _posts(self) -> list[dict[str, Any]]:
        posts = []
        for name in self._files(_CONTENT_FILES):
            match = _CONTENT_FILES.search(name)
            key, default = _CONTENT_KEYS.get(match.group(1) if match else "", ("", "other"))
            for entry in self.reader.records(name, *filter(None, [key])):
                if (post := _post(entry, default)) is not None:
                    posts.append(post)
        stories = [entry for name in self._files(_STORIES_FILE) for entry in self.reader.records(name, "ig_stories")]
        if stories:
            self.notes.append(f"{len(stories)} stories not read (they last a day: not posts)")
        return posts

    def _comments(self) -> list[dict[str, Any]]:
        comments, unread, labels = [], 0, None
        for name in self._files(_COMMENT_FILES):
            for entry in self.reader.records(name, *_COMMENT_KEYS):
                if (comment := _comment(entry)) is not None:
                    comments.append(comment)
                elif found := unknown_labels(json_object(entry.get("string_map_data")), "Comment", "Time"):
                    unread, labels = unread + 1, labels or found
        if unread:
            # Not dropped in silence: the comment is there, under labels of a language not known yet.
            self.complete = False
            self.notes.append(f"{unread} comment(s) left out: their labels are in a language credscore does not "
                              f"know yet ({_named(labels or [])})")
        return comments

    # --- messages --------------------------------------------------------------------------------------

    def _messages(self, owner: str | None) -> list[dict[str, Any]]:
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for name in self._files(_THREAD_FILES):
            data = self.reader.read(name)
            if isinstance(data, dict):
                parts[PurePosixPath(name).parent.as_posix()].append(data)
            elif data is not None:
                self.reader.skip(name, "not a conversation (a JSON object)")
        threads = [_merged(folder, files) for folder, files in parts.items()]
        if not any(thread["messages"] for thread in threads):
            return []
        owner = messages_owner(owner, [list(thread["participants"]) for thread in threads], self.notes)
        if owner is None:
            self.complete = False
            return []
        messages, requests, requested = [], 0, 0
        for thread in threads:
            found = _thread_messages(thread, owner)
            messages.extend(found)
            if thread["request"] and found:
                requests, requested = requests + 1, requested + len(found)
        if requests:
            self.notes.append(f"{requested} message(s) in {requests} message request(s), never accepted by the owner")
        return messages


def _post(entry: dict[str, Any], default_media: str) -> dict[str, Any] | None:
    items = post_items(entry)
    text = caption(entry, items)
    when = post_time(entry, items)
    attached = media(items, default=default_media)
    if not text and not attached and when is None:
        return None  # an empty record (a damaged export): nothing to read
    return {"platform": PLATFORM, "text": text, "created_at": when, "kind": "post", "links": links_in_text(text),
            "media": attached or None}


MAX_NOTED_LABELS = 5
"""Labels named in a note; the rest only counted (a note stays one line)."""


def _named(labels: list[str]) -> str:
    """Labels for a note: quoted, the first :data:`MAX_NOTED_LABELS`, on one line."""
    more = len(labels) - MAX_NOTED_LABELS
    return ", ".join(repr(label) for label in labels[:MAX_NOTED_LABELS]) + (f" and {more} more" if more > 0 else "")


def _comment(entry: dict[str, Any]) -> dict[str, Any] | None:
    """A comment: the ``Comment`` and ``Time`` of its form (current layout), else ``value`` and ``timestamp``
    of its list entry (older layout)."""
    fields = json_object(entry.get("string_map_data"))
    if fields:
        text, when = form_value(fields, "Comment"), form_time(fields, "Time")
    else:
        item = first_entry(entry)
        value = item.get("value")
        text = value.strip() or None if isinstance(value, str) else None
        when = from_epoch(item.get("timestamp"))
    if text is None:
        return None
    return {"platform": PLATFORM, "text": text, "created_at": when, "kind": "comment", "links": links_in_text(text)}


def _merged(folder: str, files: list[dict[str, Any]]) -> dict[str, Any]:
    """One conversation from its ``message_*.json`` parts: participants, title, messages, request or not."""
    people: dict[str, None] = {}
    messages: list[Any] = []
    title, pending = None, False
    for data in files:
        people.update(dict.fromkeys(participants(data)))
        found = data.get("messages")
        messages.extend(found if isinstance(found, list) else [])
        title = title or (data["title"] if isinstance(data.get("title"), str) and data["title"].strip() else None)
        pending = pending or data.get("is_pending") is True
    return {"participants": list(people), "title": title, "messages": messages,
            "request": pending or f"/{_REQUESTS_FOLDER}/" in f"/{folder}/"}


def _thread_messages(thread: dict[str, Any], owner: str) -> list[dict[str, Any]]:
    others = ", ".join(person for person in thread["participants"] if person != owner) or thread["title"]
    return [record for message in thread["messages"]
            if isinstance(message, dict) and (record := _message(message, owner, others)) is not None]


def _message(message: dict[str, Any], owner: str, others: str | None) -> dict[str, Any] | None:
    kind = message.get("type")
    if isinstance(kind, str) and kind in _SKIPPED_MESSAGE_TYPES:
        return None
    when = from_epoch_ms(message.get("timestamp_ms"))
    if when is None:
        return None
    content = message.get("content")
    text = content.strip() if isinstance(content, str) else ""
    if SYSTEM_EVENTS.fullmatch(text):
        return None
    if ATTACHMENT_PLACEHOLDER.fullmatch(text):
        text = ""
    link = json_object(message.get("share")).get("link")
    if isinstance(link, str) and link.strip() and link.strip() not in text:
        text = f"{text}\n{link.strip()}".strip()
    sender = message.get("sender_name") if isinstance(message.get("sender_name"), str) else ""
    sent = sender == owner
    return {
        "platform": PLATFORM,
        "created_at": when,
        "direction": "sent" if sent else "received",
        "text": text,
        "counterpart": others if sent else (sender or None),
    }


register(InstagramExportImporter())
