"""Instagram's first "Data Download" layout (2018 to late 2020): a few JSON files at the top of the export.

Instagram exports made before December 2020 hold ``profile.json``, ``connections.json``, ``media.json``,
``comments.json``, ``messages.json`` (with ``likes.json``, ``saved.json``, ``searches.json``, ``settings.json``)
beside folders of photos and videos, and none of the files of the later layouts. Where this was seen: the README
of PersonalDataPipeline/pdpl-cli ``src/imports/instagram-2018-import`` (an export of 2018-10-16) and its importer,
michabirklbauer/instagram_json_viewer ``instaview.py`` (for backups "before Dec. 2020"), ryanmonro's
instagram-data-download-json-tool and jonas-t-s/instanalysis (``connections.json``). The shapes they read:

- ``profile.json``: one object; ``username`` is the handle, ``profile_pic_url`` the photo (other keys vary).
- ``connections.json``: ``{"followers": {username: time}, "following": {username: time}, …}`` -> follows ``in`` /
  ``out`` with their times (ISO 8601 text; a time that cannot be read loses the date, not the follow).
- ``media.json``: ``{"photos": [...], "videos": [...], "stories": [...], "profile": [...], "direct": [...]}``, each
  item ``{"caption", "taken_at", "path"}`` -> posts from ``photos`` and ``videos`` (the photos of one carousel
  share caption and time and become one post); stories last a day and are counted in the note; profile pictures
  and photos sent in DMs are not posts.
- ``comments.json``: ``{"media_comments": [[time, text, owner of the post], …], "live_comments": …,
  "story_comments": …}`` -> posts of kind ``comment`` (the account commented on as the extra field ``post_owner``).
- ``messages.json``: ``[{"participants": [usernames], "conversation": [{"sender", "created_at", "text", …}]}]`` ->
  messages, ``sent`` when the sender is the profile's username (usernames here, not display names); a shared
  post or link (``media_share_url``, ``link``) is kept in the text.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import PurePosixPath
from typing import Any

from credscore.account import Account
from credscore.importers._archive import Archive
from credscore.importers._common import (
    build_account,
    iso_timestamp,
    json_array,
    json_object,
    links_in_text,
    media_kind,
    media_record,
    unique,
)
from credscore.importers._meta import MetaReader
from credscore.importers.base import SourceNote

__all__ = ["LEGACY_FILES", "is_legacy", "read_legacy"]

logger = logging.getLogger(__name__)

PLATFORM = "instagram"
PROFILE_URL = "https://www.instagram.com/{handle}"
# The files of the layout; two of them in one folder make it (each name alone is too common).
LEGACY_NAMES = ("profile.json", "connections.json", "media.json", "comments.json", "messages.json", "likes.json",
                "saved.json", "searches.json", "settings.json")
LEGACY_FILES = re.compile(rf"(?:^|/)(?:{'|'.join(re.escape(name) for name in LEGACY_NAMES)})$")
MIN_LEGACY_FILES = 2
# The data files read; at least one of them must be there.
_READ = ("profile.json", "connections.json", "media.json", "comments.json", "messages.json")
_POST_SECTIONS = ("photos", "videos")
_SECTION_KINDS = {"photos": "image", "videos": "video"}
"""What a file holds when its suffix does not say."""
_COMMENT_SECTIONS = ("media_comments", "live_comments", "story_comments")
_COMMENT_FIELDS = 2
"""A comment row is ``[time, text, owner]``; the owner may be missing."""


def is_legacy(archive: Archive) -> bool:
    """Whether one folder of ``archive`` holds at least :data:`MIN_LEGACY_FILES` of the layout's files, one of them
    a file that is read."""
    folders: Counter[str] = Counter()
    readable: set[str] = set()
    for name in archive.find(LEGACY_FILES):
        path = PurePosixPath(name)
        folders[path.parent.as_posix()] += 1
        if path.name in _READ:
            readable.add(path.parent.as_posix())
    return any(count >= MIN_LEGACY_FILES and folder in readable for folder, count in folders.items())


def _folder(archive: Archive) -> str:
    """The shallowest folder holding the layout's files, as a prefix (``""`` or ``name/``)."""
    for name in archive.find(LEGACY_FILES):
        parent = PurePosixPath(name).parent.as_posix()
        return "" if parent == "." else f"{parent}/"
    return ""


def read_legacy(reader: MetaReader, account_id: str | None, *, kind: str) -> Account:
    """The account in an export of the first layout; ``kind`` names the importer in the source note."""
    archive = reader.archive
    folder = _folder(archive)
    notes: list[str] = ["an Instagram export of the first layout (before December 2020)"]

    def data(name: str) -> Any:
        return reader.read(f"{folder}{name}") if f"{folder}{name}" in archive.names else None

    profile_data = json_object(data("profile.json"))
    handle = _text(profile_data.get("username"))
    connections = json_object(data("connections.json"))
    follows = [*_follows(connections.get("followers"), "in"), *_follows(connections.get("following"), "out")]
    media = json_object(data("media.json"))
    posts = _posts(media)
    stories = len(json_array(media.get("stories")))
    if stories:
        notes.append(f"{stories} stories not read (they last a day: not posts)")
    posts += _comments(json_object(data("comments.json")))
    messages, left_out = _messages(json_array(data("messages.json")), handle)
    if left_out:
        notes.append(f"messages left out ({left_out}): no profile.json username to tell sent from received")
    profiles = []
    if profile_data or connections:
        picture = _text(profile_data.get("profile_pic_url"))
        profiles.append({
            "platform": PLATFORM,
            "handle": handle,
            "url": PROFILE_URL.format(handle=handle) if handle else None,
            "followers": len(json_object(connections.get("followers"))) if "followers" in connections else None,
            "following": len(json_object(connections.get("following"))) if "following" in connections else None,
            "has_avatar": True if picture else None,
        })
    if not (profiles or posts or messages or follows):
        reader.nothing_read()
    undated = sum(1 for post in posts if post["created_at"] is None)
    if undated:
        notes.append(f"{undated} post(s) without a date")
    note = SourceNote(kind=kind, location=str(archive.path), complete=not reader.skipped and not left_out,
                      note="; ".join([*notes, *reader.notes()]))
    return build_account(account_id or handle or archive.path.stem, source=note, profiles=profiles, posts=posts,
                         messages=messages, follows=follows)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _follows(people: Any, direction: str) -> list[dict[str, Any]]:
    return [{"platform": PLATFORM, "direction": direction, "counterpart": name.strip().removeprefix("@"),
             "created_at": iso_timestamp(when)}
            for name, when in json_object(people).items() if isinstance(name, str) and name.strip()]


def _posts(media: dict[str, Any]) -> list[dict[str, Any]]:
    """Photos and videos; the items of one carousel (same caption, same time) as one post."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for section in _POST_SECTIONS:
        for item in json_array(media.get(section)):
            if not isinstance(item, dict):
                continue
            caption = _text(item.get("caption")) or ""
            taken = item.get("taken_at") if isinstance(item.get("taken_at"), str) else ""
            path = _text(item.get("path"))
            if not caption and not taken and not path:
                continue
            key = (taken, caption) if taken else (path or "", caption)
            post = grouped.setdefault(key, {"platform": PLATFORM, "text": caption, "created_at": iso_timestamp(taken),
                                            "kind": "post", "links": links_in_text(caption), "media": []})
            if path:
                kind = media_kind(url=path)
                post["media"].append(media_record(kind if kind != "other" else _SECTION_KINDS[section], path))
    return [{**post, "media": post["media"] or None} for post in grouped.values()]


def _comments(comments: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for section in _COMMENT_SECTIONS:
        for row in json_array(comments.get(section)):
            if not isinstance(row, list) or len(row) < _COMMENT_FIELDS:
                continue
            text = _text(row[1])
            if text is None:
                continue
            owner = _text(row[2]) if len(row) > _COMMENT_FIELDS else None
            found.append({"platform": PLATFORM, "text": text, "created_at": iso_timestamp(row[0]), "kind": "comment",
                          "links": links_in_text(text), "post_owner": owner})
    return found


def _messages(conversations: list[Any], owner: str | None) -> tuple[list[dict[str, Any]], int]:
    """The messages, and how many had to be left out (without a username, sent cannot be told from received)."""
    threads = [thread for thread in conversations if isinstance(thread, dict)]
    total = sum(len(json_array(thread.get("conversation"))) for thread in threads)
    if not total:
        return [], 0
    if owner is None:
        return [], total
    messages = []
    for thread in threads:
        people = [person.strip() for person in json_array(thread.get("participants"))
                  if isinstance(person, str) and person.strip()]
        others = ", ".join(person for person in people if person != owner) or None
        for message in json_array(thread.get("conversation")):
            if not isinstance(message, dict) or (when := iso_timestamp(message.get("created_at"))) is None:
                continue
            sender = _text(message.get("sender"))
            shared = [link for key in ("media_share_url", "link") if (link := _text(message.get(key)))]
            text = "\n".join(unique([_text(message.get("text")) or "", *shared]))
            sent = sender == owner
            messages.append({"platform": PLATFORM, "created_at": when, "direction": "sent" if sent else "received",
                             "text": text, "counterpart": others if sent else sender})
    return messages, 0
