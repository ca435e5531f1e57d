"""Threads, as Meta's "Download your information" export gives it: on its own, or inside the Instagram export.

The Threads part is the folder ``your_instagram_activity/threads/`` (``threads/`` in older layouts),
folder or zip; every string is repaired from Meta's mojibake. What is read, all on the platform
``threads``:

- ``threads_and_replies.json`` (``{"text_post_app_text_posts": [{"media": [...]}]}``, newest first) ->
  posts. The text of a text-only post is ``media[0].title`` (with ``uri: ""``); a post with several
  photos has its text in the record's own ``title``. The record's ``creation_timestamp`` (else the
  earliest of its items') is the time; the items with a ``uri`` are the media. A record whose
  ``text_app_post.is_reply`` is true is a ``reply`` (``in_reply_to_username`` is missing on some
  replies: the flag is what counts); ``cross_post_source`` is on everything and is not read.
- ``personal_information.json`` (``text_post_app_text_post_app_profile``) -> the Threads profile: bio,
  ``Links`` as its URL, ``Onboarding Time`` as its creation time, ``Private Account`` as ``private``
  (an extra field). Threads has no username of its own: it is the Instagram one, given by the Instagram
  importer when both are read together.
- ``followers*.json`` / ``following*.json`` -> follows ``in`` / ``out`` with their times. Follow
  requests received are not followers and are not read.

:class:`ThreadsExportImporter` reads a folder or zip that holds the Threads part and nothing of the
Instagram export; an Instagram export with its Threads part is read by
:class:`~credscore.importers.instagram_export.InstagramExportImporter`, which calls :func:`read_threads`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, probe
from credscore.importers._common import build_account, json_object, links_in_text
from credscore.importers._meta import (
    INSTAGRAM_ANCHORS,
    INSTAGRAM_HTML_ANCHORS,
    THREADS_HTML,
    MetaReader,
    caption,
    flag,
    follows,
    form,
    form_time,
    form_value,
    media,
    part_number,
    post_items,
    post_time,
)
from credscore.importers.base import SourceNote, register

__all__ = ["ThreadsExportImporter", "ThreadsPart", "read_threads"]

logger = logging.getLogger(__name__)

NAME = "threads-export"
PLATFORM = "threads"
POSTS_FILE = re.compile(r"(?:^|/)threads/threads_and_replies(?:_\d+)?\.json$")
_PROFILE_FILE = re.compile(r"(?:^|/)threads/personal_information\.json$")
_FOLLOWERS_FILE = re.compile(r"(?:^|/)threads/followers(?:_\d+)?\.json$")
_FOLLOWING_FILE = re.compile(r"(?:^|/)threads/following(?:_\d+)?\.json$")
_POSTS_KEY = "text_post_app_text_posts"
_PROFILE_KEY = "text_post_app_text_post_app_profile"
_FOLLOWERS_KEY = "text_post_app_text_post_app_followers"
_FOLLOWING_KEY = "text_post_app_text_post_app_following"


@dataclass
class ThreadsPart:
    """What the Threads part of an export holds, as account-format records."""

    found: bool = False
    profile: dict[str, Any] | None = None
    posts: list[dict[str, Any]] = field(default_factory=list)
    follows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class ThreadsExportImporter:
    """The Threads part of a Meta export, on its own: folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding ``threads/threads_and_replies.json`` and none of the Instagram export's files (its
        HTML version is :mod:`credscore.importers.instagram_html`'s)."""
        return probe(path, lambda archive: bool(archive.find(POSTS_FILE))
                     and not any(archive.find(pattern) for pattern in (*INSTAGRAM_ANCHORS, *INSTAGRAM_HTML_ANCHORS)))

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            reader = MetaReader(archive)
            part = read_threads(reader, handle=None)
            if not part.found and archive.find(THREADS_HTML):
                # Requested in HTML (Meta's default): read by its own reader, under this importer's name.
                from credscore.importers.instagram_html import read_html_export

                return read_html_export(archive, account_id, kind=NAME)
            if not part.found:
                raise InputError(f"{path}: not a Threads export: no your_instagram_activity/threads/"
                                 "threads_and_replies.json in it")
            if not (part.profile or part.posts or part.follows):
                reader.nothing_read()
        notes = [*part.notes, *reader.notes()]
        note = SourceNote(kind=NAME, location=str(path), complete=not reader.skipped, note="; ".join(notes))
        return build_account(account_id or path.stem, source=note, profiles=[part.profile] if part.profile else [],
                             posts=part.posts, follows=part.follows)


def read_threads(reader: MetaReader, *, handle: str | None) -> ThreadsPart:
    """The Threads part of the export ``reader`` reads; ``handle`` is the Instagram username, when known."""
    archive = reader.archive
    part = ThreadsPart()
    for name in sorted(archive.find(POSTS_FILE), key=part_number):
        part.found = True
        part.posts.extend(post for entry in reader.records(name, _POSTS_KEY) if (post := _post(entry)) is not None)
    profile_files = archive.find(_PROFILE_FILE)
    fields = form(reader.read(profile_files[0]), _PROFILE_KEY) if profile_files else {}
    followers = [entry for name in sorted(archive.find(_FOLLOWERS_FILE), key=part_number)
                 for entry in reader.records(name, _FOLLOWERS_KEY)]
    following = [entry for name in sorted(archive.find(_FOLLOWING_FILE), key=part_number)
                 for entry in reader.records(name, _FOLLOWING_KEY)]
    part.follows = follows(followers, PLATFORM, "in") + follows(following, PLATFORM, "out")
    part.found = part.found or bool(profile_files or part.follows)
    if fields or (part.found and handle):
        part.profile = _profile(fields, handle,
                                followers=len(followers) if archive.find(_FOLLOWERS_FILE) else None,
                                following=len(following) if archive.find(_FOLLOWING_FILE) else None)
    undated = sum(1 for post in part.posts if post["created_at"] is None)
    if undated:
        part.notes.append(f"{undated} Threads post(s) without a date")
    return part


def _post(entry: dict[str, Any]) -> dict[str, Any] | None:
    items = post_items(entry)
    text = caption(entry, items)
    when = post_time(entry, items)
    attached = media(items)
    if not text and not attached and when is None:
        return None  # an empty record (a damaged export): nothing to read
    return {
        "platform": PLATFORM,
        "text": text,
        "created_at": when,
        "kind": "reply" if _is_reply(entry, items) else "post",
        "links": links_in_text(text),
        "media": attached or None,
    }


def _is_reply(entry: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    for candidate in (entry, *items):
        block = json_object(candidate.get("text_app_post"))
        if block.get("is_reply") is True or (isinstance(block.get("in_reply_to_username"), str)
                                             and block["in_reply_to_username"].strip()):
            return True
    return False


def _profile(fields: dict[str, Any], handle: str | None, *, followers: int | None,
             following: int | None) -> dict[str, Any]:
    return {
        "platform": PLATFORM,
        "handle": handle,
        "bio": form_value(fields, "Bio"),
        "url": form_value(fields, "Links") or (f"https://www.threads.net/@{handle}" if handle else None),
        "created_at": form_time(fields, "Onboarding Time"),
        "followers": followers,
        "following": following,
        "private": flag(form_value(fields, "Private Account")),
    }


register(ThreadsExportImporter())
