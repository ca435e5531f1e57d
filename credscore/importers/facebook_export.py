"""The Facebook export ("Download your information", JSON format), unpacked or zipped.

Facebook writes JSON whose strings are mojibake: each UTF-8 byte is escaped as one ``\\u00XX``
(``"Mobiloverf\\u00c3\\u00b8rsler"``). Every string (and key) is repaired after decoding with
``s.encode("latin-1").decode("utf-8")``, but only when that round-trips, so that a string that
was right (or an export where Facebook fixed it) is left alone. Both the older layout
(``posts/``, ``messages/``, ``profile_information/``) and the newer one (under
``your_facebook_activity/`` and ``personal_information/``) are found. What is read:

- ``posts/your_posts_*.json`` -> posts on ``facebook``, one per entry: the ``post`` texts of
  ``data`` (many entries have none: photos, shared links, events), ``timestamp`` in Unix seconds
  (``0`` or missing: no ``created_at``; ``update_timestamp`` as a fallback), the URLs written in
  the text then the ``external_context`` URLs of the attachments as ``links`` (a bare host such as
  ``facebook.com`` gets ``https://``), the photos and videos of the attachments as ``media`` (a photo
  post without text is a media post). The ``title``
  ("X added a new photo.") is interface text, not the author's words, and is not used.
- ``messages/{inbox,archived_threads,filtered_threads,message_requests,e2ee_cutover}/*/message_*.json``
  -> messages, ``sent`` when ``sender_name`` is the owner (the profile's name; without a profile,
  the participant found in every conversation). The counterpart of a received message is its
  sender; of a sent one, the other participants joined with ``, ``. Calls and join/leave notices
  are not messages.
- ``profile_information/profile_information.json`` -> the profile (username, profile URL,
  registration time) and the account's name.

An export requested in HTML (Meta's default) is recognised and refused in one line that says to request JSON.
Conversations under ``your_instagram_activity/`` are the Instagram export's, beside this one in a download of
several accounts from Meta's Accounts Center, and are not read.

Facebook posts carry no id, and the export no follower list that this importer reads.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, has_member
from credscore.importers._common import (
    build_account,
    from_epoch,
    from_epoch_ms,
    json_array,
    json_object,
    links_in_text,
    media_kind,
    media_record,
    unique,
)
from credscore.importers.base import SourceNote, register

__all__ = ["FacebookExportImporter", "owner_from_threads", "participants", "repair_mojibake"]

logger = logging.getLogger(__name__)

NAME = "facebook-export"
PLATFORM = "facebook"
_POSTS = re.compile(r"(?:^|/)posts/your_posts[^/]*\.json$")
_PROFILE = re.compile(r"(?:^|/)profile_information/profile_information\.json$")
# Not under your_instagram_activity/: a download of several accounts from Meta's Accounts Center holds the Instagram
# export beside this one, with conversations in the same layout.
_MESSAGES = re.compile(r"^(?!(?:.*/)?your_instagram_activity/)(?:.*/)?messages/"
                       r"(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/[^/]+/"
                       r"message_\d+\.json$")
# The same files when the export was requested in HTML, Meta's default format (your_posts__check_ins__photos_and_
# videos_1.html under your_facebook_activity/posts/, seen in public tools that read HTML exports, and
# profile_information.html): detected, never parsed; the user is told to request JSON.
_HTML = (re.compile(r"(?:^|/)posts/your_posts[^/]*\.html$"),
         re.compile(r"(?:^|/)profile_information/profile_information\.html$"))
JSON_FORMAT_ADVICE = ("request it again in JSON format (Accounts Center → Your information and permissions → "
                      "Download your information → Format: JSON)")
_BARE_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/\S*)?$")
_PART = re.compile(r"_(\d+)\.json$")
_SKIPPED_MESSAGE_TYPES = frozenset({"Call", "Subscribe", "Unsubscribe"})


class FacebookExportImporter:
    """Facebook export (JSON), folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding ``posts/your_posts*.json`` or ``profile_information/profile_information.json``, or
        their HTML versions (detected so that the user is told to ask for JSON).

        Message threads alone are not enough: an Instagram export has the same ``messages/inbox/`` layout.
        """
        return has_member(path, [_POSTS, _PROFILE, *_HTML])

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            post_files = sorted(archive.find(_POSTS), key=_part_number)
            profile_files = archive.find(_PROFILE)
            thread_files = archive.find(_MESSAGES)
            if not (post_files or profile_files or thread_files) and any(archive.find(html) for html in _HTML):
                raise InputError(f"{path}: this Facebook export is in HTML, which credscore does not read; "
                                 f"{JSON_FORMAT_ADVICE}")
            if not (post_files or profile_files or thread_files):
                raise InputError(f"{path}: not a Facebook export (JSON): no posts/your_posts_1.json, "
                                 "profile_information/profile_information.json or messages/inbox/ in it")
            profile = _profile_record(archive, profile_files[0]) if profile_files else {}
            posts = [post for name in post_files for post in _posts(_read(archive, name), archive.where(name))]
            threads = [_read(archive, name) for name in sorted(thread_files)]
        name = _owner_name(profile)
        notes: list[str] = []
        messages = _messages(threads, name, notes, path)
        undated = sum(1 for post in posts if post["created_at"] is None)
        if undated:
            notes.append(f"{undated} post(s) without a date")
        if not profile_files:
            notes.append("no profile_information.json")
        note = SourceNote(kind=NAME, location=str(path), complete=True, note="; ".join(notes))
        profile_record = _profile(profile)
        handle = profile_record["handle"] if profile_record else None
        return build_account(account_id or handle or name or path.stem, source=note, name=name,
                             profiles=[profile_record] if profile_record else [], posts=posts, messages=messages)


def repair_mojibake(value: Any) -> Any:
    """Every string of a decoded Facebook JSON value (keys too) with its mojibake undone."""
    if isinstance(value, str):
        return _repair(value)
    if isinstance(value, list):
        return [repair_mojibake(item) for item in value]
    if isinstance(value, dict):
        return {_repair(key): repair_mojibake(item) for key, item in value.items()}
    return value


def _repair(text: str) -> str:
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _read(archive: Archive, name: str) -> Any:
    return repair_mojibake(archive.read_json(name))


def _part_number(name: str) -> int:
    match = _PART.search(name)
    return int(match.group(1)) if match else 0


# --- posts --------------------------------------------------------------------------------------


def _posts(data: Any, where: str) -> list[dict[str, Any]]:
    # Older exports: a list of posts; some versions wrap it in {"status_updates_v2": [...]} or similar.
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        data = lists[0] if len(lists) == 1 else None
    if not isinstance(data, list):
        raise InputError(f"{where}: expected a JSON array of posts")
    return [_post(entry) for entry in data if isinstance(entry, dict)]


def _post(entry: dict[str, Any]) -> dict[str, Any]:
    items = [item for item in entry.get("data") or [] if isinstance(item, dict)]
    text = "\n".join(item["post"].strip() for item in items if isinstance(item.get("post"), str)
                     and item["post"].strip())
    updated = next((item["update_timestamp"] for item in items if "update_timestamp" in item), None)
    return {
        "platform": PLATFORM,
        "text": text,
        "created_at": from_epoch(entry.get("timestamp")) or from_epoch(updated),
        "links": unique([*links_in_text(text), *_attachment_links(entry)]),
        "media": _attachment_media(entry) or None,
    }


def _attachment_media(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The photos and videos of a post's attachments (``media``, and the ``media`` of a ``note``); their ``uri``
    is a path in the export, their kind told by the metadata Facebook keeps for it, else by the file suffix."""
    found: list[dict[str, Any]] = []
    for attachment in entry.get("attachments") or []:
        for item in attachment.get("data") or [] if isinstance(attachment, dict) else []:
            note = json_object(item.get("note")) if isinstance(item, dict) else {}
            held = [item.get("media")] if isinstance(item, dict) else []
            held += json_array(note.get("media"))
            found.extend(_media(media) for media in held if isinstance(media, dict))
    return found


def _media(media: dict[str, Any]) -> dict[str, Any]:
    metadata = json_object(media.get("media_metadata"))
    kind = "image" if "photo_metadata" in metadata else "video" if "video_metadata" in metadata else None
    return media_record(kind or media_kind(url=media.get("uri")), media.get("uri"))


def _attachment_links(entry: dict[str, Any]) -> list[str]:
    links = []
    for attachment in entry.get("attachments") or []:
        for item in attachment.get("data") or [] if isinstance(attachment, dict) else []:
            context = item.get("external_context") if isinstance(item, dict) else None
            if isinstance(context, dict) and isinstance(context.get("url"), str) and context["url"].strip():
                links.append(_absolute(context["url"].strip()))
    return links


def _absolute(url: str) -> str:
    """Attachments sometimes give a bare host (``facebook.com``): make it a URL."""
    return f"https://{url}" if _BARE_HOST.match(url) else url


# --- profile ------------------------------------------------------------------------------------


def _profile_record(archive: Archive, name: str) -> dict[str, Any]:
    data = _read(archive, name)
    profile = data.get("profile_v2") or data.get("profile") if isinstance(data, dict) else None
    if not isinstance(profile, dict):
        raise InputError(f"{archive.where(name)}: no `profile_v2` object: not a Facebook profile_information.json")
    return profile


def _owner_name(profile: dict[str, Any]) -> str | None:
    name = profile.get("name")
    if isinstance(name, dict):
        name = name.get("full_name")
    return name.strip() or None if isinstance(name, str) else None


def _profile(profile: dict[str, Any]) -> dict[str, Any] | None:
    if not profile:
        return None
    bio = profile.get("intro_bio")
    return {
        "platform": PLATFORM,
        "handle": profile.get("username") if isinstance(profile.get("username"), str) else None,
        "bio": bio.strip() or None if isinstance(bio, str) else None,
        "url": profile.get("profile_uri") if isinstance(profile.get("profile_uri"), str) else None,
        "created_at": from_epoch(profile.get("registration_timestamp")),
    }


# --- messages -----------------------------------------------------------------------------------


def participants(thread: dict[str, Any]) -> list[str]:
    """The display names of a Meta conversation's participants (Facebook, Instagram)."""
    people = thread.get("participants") or []
    return [person["name"] for person in people if isinstance(person, dict) and isinstance(person.get("name"), str)]


def owner_from_threads(threads: list[dict[str, Any]]) -> str | None:
    """The participant in every conversation (the one in the most, when none is in all)."""
    counts = Counter(name for thread in threads for name in set(participants(thread)))
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _messages(threads: list[Any], owner: str | None, notes: list[str], path: Path) -> list[dict[str, Any]]:
    threads = [thread for thread in threads if isinstance(thread, dict)]
    if not any(thread.get("messages") for thread in threads):
        return []
    if owner is None or not any(owner in participants(thread) for thread in threads):
        owner = owner_from_threads(threads)
        if owner is None:
            raise InputError(f"{path}: cannot tell sent from received messages: no profile_information.json "
                             "and no participant common to the conversations")
        notes.append(f"the owner in messages was taken to be {owner!r}, the participant in the most conversations")
    messages = []
    for thread in threads:
        others = ", ".join(name for name in participants(thread) if name != owner) or None
        for message in thread.get("messages") or []:
            if isinstance(message, dict) and (record := _message(message, owner, others)) is not None:
                messages.append(record)
    return messages


def _message(message: dict[str, Any], owner: str, others: str | None) -> dict[str, Any] | None:
    kind = message.get("type")
    if isinstance(kind, str) and kind in _SKIPPED_MESSAGE_TYPES:
        return None
    when = from_epoch_ms(message.get("timestamp_ms"))
    sender = message.get("sender_name") if isinstance(message.get("sender_name"), str) else ""
    if when is None:
        return None
    content = message.get("content")
    text = content if isinstance(content, str) else ""
    share = message.get("share")
    if isinstance(share, dict) and isinstance(share.get("link"), str) and share["link"] not in text:
        text = f"{text}\n{share['link']}".strip()
    sent = sender == owner
    return {
        "platform": PLATFORM,
        "created_at": when,
        "direction": "sent" if sent else "received",
        "text": text,
        "counterpart": others if sent else (sender or None),
    }


register(FacebookExportImporter())
