"""What the JSON files of Meta's "Download your information" export share, for Instagram and Threads.

Every file is read with its mojibake repaired (:func:`~credscore.importers.facebook_export.repair_mojibake`).
A file that cannot be read (invalid JSON, not UTF-8, over a limit) or whose shape is not the expected
one is left out with one line in the log and in the source note, which then says the history is
incomplete: one damaged conversation does not cost the rest of the export.

The shapes:

- a list file is a bare JSON array (``followers_1.json``) or an object holding one array
  (``{"relationships_following": [...]}``);
- a person in a list is ``{"title", "string_list_data": [{"href", "value", "timestamp"}]}``; the
  username is in ``value``, else in ``title``, else the last part of the ``href`` path;
- a form is ``{"string_map_data": {"<UI label>": {"value", "timestamp"}}}``; booleans are the strings
  ``"True"``/``"False"``; a ``timestamp`` of ``0`` means "not applicable". The UI labels follow the account's
  language and their case changes between exports (``Profile Photo``, ``Profile photo``): a field is looked up
  by its English label, then by the translations known (:mod:`credscore.importers._localised`), without
  regard to case.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from credscore.errors import InputError
from credscore.importers._archive import Archive
from credscore.importers._common import from_epoch, json_array, json_object, media_kind, media_record
from credscore.importers._localised import fold, meta_labels
from credscore.importers.facebook_export import owner_from_threads, repair_mojibake

__all__ = [
    "ATTACHMENT_PLACEHOLDER",
    "INSTAGRAM_ANCHORS",
    "INSTAGRAM_HTML_ANCHORS",
    "JSON_FORMAT_ADVICE",
    "SYSTEM_EVENTS",
    "THREADS_HTML",
    "MetaReader",
    "caption",
    "field",
    "first_entry",
    "flag",
    "follows",
    "form",
    "form_time",
    "form_value",
    "media",
    "messages_owner",
    "part_number",
    "post_items",
    "post_time",
    "records",
    "unknown_labels",
    "username",
]

logger = logging.getLogger(__name__)

# Files that make an export Instagram's, not only its Threads part: the profile, the content, the follow
# lists, the comments, or anything of the current layout's activity folder outside threads/.
INSTAGRAM_ANCHORS = (
    re.compile(r"(?:^|/)personal_information/personal_information\.json$"),
    # content/ until 2024, media/ since (your_instagram_activity/media/posts_1.json, reels.json, stories.json).
    re.compile(r"(?:^|/)(?:content|media)/(?:posts_\d+|reels|igtv_videos|archived_posts|stories)\.json$"),
    re.compile(r"(?:^|/)followers_and_following/(?:followers(?:_\d+)?|following(?:_\d+)?)\.json$"),
    re.compile(r"(?:^|/)comments/(?:post_comments(?:_\d+)?|reels_comments)\.json$"),
    # JSON files only: the same folders hold the HTML files of an export requested in HTML.
    re.compile(r"(?:^|/)your_instagram_activity/(?!threads/)[^/]+/(?:[^/]+/)*[^/]+\.json$"),
)
# The same files when the export was requested in HTML, Meta's default format (seen: followers_1.html and
# following.html under connections/followers_and_following/, content/posts_1.html, and the Threads part's
# threads_and_replies.html, in public tools that read HTML exports). Read by credscore.importers.instagram_html.
INSTAGRAM_HTML_ANCHORS = (
    re.compile(r"(?:^|/)personal_information/personal_information\.html$"),
    re.compile(r"(?:^|/)(?:content|media)/(?:posts_\d+|reels|igtv_videos|archived_posts|stories)\.html$"),
    re.compile(r"(?:^|/)followers_and_following/(?:followers(?:_\d+)?|following(?:_\d+)?)\.html$"),
    re.compile(r"(?:^|/)comments/(?:post_comments(?:_\d+)?|reels_comments)\.html$"),
    re.compile(r"(?:^|/)your_instagram_activity/(?!threads/)[^/]+/(?:[^/]+/)*[^/]+\.html$"),
)
THREADS_HTML = re.compile(r"(?:^|/)threads/threads_and_replies(?:_\d+)?\.html$")
# What an Instagram export (JSON or HTML) writes as a message but is an event of the conversation, in English and
# French (the export is in the account's language): joins, leaves, names, reactions, calls, unsent messages.
SYSTEM_EVENTS = re.compile("|".join((
    r".+ (?:left|created) the group\.",
    r".+ added .+ to the group\.",
    r".+ removed .+ from the group\.",
    r".+ (?:named|renamed) the group .+",
    r".+ changed the (?:group (?:name|photo)|theme)\b.*",
    r".+ set (?:the|your|his|her|their) (?:own )?nickname\b.*",
    r"liked a message|reacted .+ to your message",
    r".+ unsent a message\.?",
    r".+ (?:started|missed|joined) (?:a|an|the) (?:video chat|audio call|call)\.?",
    r"(?:video chat|audio call|call) ended\.?",
    r".+ a (?:quitté|créé) le groupe\.",
    r".+ a ajouté .+ au groupe\.",
    r".+ vous a ajouté au groupe\.",
    r".+ a retiré .+ du groupe\.",
    r".+ a (?:nommé|renommé) le groupe .+",
    r"a aimé un message|a réagi .+ à votre message",
    r".+ a annulé l.envoi d.un message\.?",
)), re.IGNORECASE)
# What stands for an attachment (the shared post's link, a photo) rather than words of the sender.
ATTACHMENT_PLACEHOLDER = re.compile(
    r"(?:.+ sent an attachment|.+ shared a story|.+ a envoyé une pièce jointe|vous avez envoyé une pièce jointe"
    r"|.+ a partagé une story)\.?", re.IGNORECASE)
JSON_FORMAT_ADVICE = ("request it again in JSON format (Accounts Center → Your information and permissions → "
                      "Download your information → Format: JSON)")
MAX_NOTED_FILES = 5
"""Skipped files named one by one in the source note; past that, only counted (the note stays one line)."""
_PART = re.compile(r"_(\d+)\.json$")
_TRUE, _FALSE = frozenset({"true", "yes", "1"}), frozenset({"false", "no", "0"})


def messages_owner(owner: str | None, conversations: list[list[str]], notes: list[str]) -> str | None:
    """Who sent the account's messages: its profile name when it takes part in a conversation, else the participant
    in the most conversations (said in ``notes``); ``None``, said in ``notes`` too, when no one can be told apart
    (sent and received cannot then be known, and the caller leaves the messages out)."""
    if owner is not None and any(owner in people for people in conversations):
        return owner
    guessed = owner_from_threads([{"participants": [{"name": person} for person in people]}
                                  for people in conversations])
    if guessed is None:
        notes.append("messages left out: no profile name and no participant common to the conversations, so sent "
                     "and received cannot be told apart")
        return None
    notes.append(f"the owner in messages was taken to be {guessed!r}, the participant in the most conversations")
    return guessed


class MetaReader:
    """Reads the files of one export, keeping what could not be read for the source note."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.skipped: list[str] = []

    def read(self, name: str) -> Any:
        """The file's JSON, repaired; ``None`` (and a note) when it cannot be read."""
        try:
            return repair_mojibake(self.archive.read_json(name))
        except InputError as exc:
            self.skip(name, str(exc).removeprefix(f"{self.archive.where(name)}: "))
            return None

    def skip(self, name: str, why: str) -> None:
        logger.warning("%s: %s; left out", self.archive.where(name), why)
        self.skipped.append(f"{name} ({why})")

    def records(self, name: str, *keys: str) -> list[dict[str, Any]]:
        """The records of a list file (see :func:`records`); none, and a note, when it has another shape."""
        data = self.read(name)
        if data is None:
            return []
        found = records(data, *keys)
        if found is None:
            self.skip(name, "not the expected list of records")
            return []
        return found

    def nothing_read(self) -> None:
        """When nothing came out of the export: the first file that could not be read says why, as an error."""
        if self.skipped:
            raise InputError(f"{self.archive.path}: nothing could be read from this export; {self.skipped[0]}")

    def notes(self) -> list[str]:
        """One note for the files left out, or none."""
        if not self.skipped:
            return []
        named = "; ".join(self.skipped[:MAX_NOTED_FILES])
        more = len(self.skipped) - MAX_NOTED_FILES
        return [f"{len(self.skipped)} file(s) left out: {named}" + (f"; and {more} more" if more > 0 else "")]


def records(data: Any, *keys: str) -> list[dict[str, Any]] | None:
    """The objects of a list file: a bare array, the array under one of ``keys``, else the object's only
    array; ``None`` when there is no such array."""
    if isinstance(data, dict):
        found = next((data[key] for key in keys if isinstance(data.get(key), list)), None)
        if found is None:
            arrays = [value for value in data.values() if isinstance(value, list)]
            found = arrays[0] if len(arrays) == 1 else None
        data = found
    if not isinstance(data, list):
        return None
    return [item for item in data if isinstance(item, dict)]


def part_number(name: str) -> int:
    """``followers_2.json`` -> 2; a file without a number comes first."""
    match = _PART.search(name)
    return int(match.group(1)) if match else 0


def first_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """The first ``string_list_data`` item of a list record, or an empty one."""
    items = json_array(entry.get("string_list_data"))
    return next((item for item in items if isinstance(item, dict)), {})


def username(entry: dict[str, Any]) -> str | None:
    """The person of a list record: ``value``, else ``title``, else the last part of the ``href`` path."""
    item = first_entry(entry)
    for value in (item.get("value"), entry.get("title")):
        if isinstance(value, str) and value.strip():
            return value.strip().removeprefix("@")
    href = item.get("href")
    if isinstance(href, str) and href.strip():
        try:
            path = urlsplit(href.strip()).path
        except ValueError:
            return None
        last = path.rstrip("/").rpartition("/")[2]
        return last.removeprefix("@") or None
    return None


def follows(entries: Sequence[dict[str, Any]], platform: str, direction: str, *, ended: bool = False
            ) -> list[dict[str, Any]]:
    """Follow events from list records; with ``ended``, the record's time is when the follow was undone
    (and when it began is not known)."""
    found = []
    for entry in entries:
        counterpart = username(entry)
        if counterpart is None:
            continue
        when = from_epoch(first_entry(entry).get("timestamp"))
        found.append({"platform": platform, "direction": direction, "counterpart": counterpart,
                      "created_at": None if ended else when, "ended_at": when if ended else None})
    return found


def form(data: Any, key: str) -> dict[str, Any]:
    """The ``string_map_data`` of the first record of a form file (``{"profile_user": [{…}]}``)."""
    found = records(data, key) or []
    return json_object(found[0].get("string_map_data")) if found else {}


def field(fields: dict[str, Any], label: str) -> dict[str, Any]:
    """The form field (or ``media_map_data`` entry) of the English ``label``: under that label, else under one of
    its known translations (:data:`~credscore.importers._localised.META_LABELS`: the export writes its labels in
    the account's language), compared without regard to case; an empty one when none is there."""
    if isinstance(fields.get(label), dict):
        return fields[label]
    names = meta_labels(label)
    found = {fold(key): value for key, value in fields.items() if isinstance(key, str) and isinstance(value, dict)}
    return next((found[name] for name in names if name in found), {})


def form_value(fields: dict[str, Any], label: str) -> str | None:
    """A form field's text, stripped; ``None`` when missing or empty."""
    value = field(fields, label).get("value")
    return value.strip() or None if isinstance(value, str) else None


def form_time(fields: dict[str, Any], label: str) -> datetime | None:
    return from_epoch(field(fields, label).get("timestamp"))


def unknown_labels(fields: dict[str, Any], *labels: str) -> list[str]:
    """The labels of a form when none of ``labels`` (English) is among them, in any language known: the form is
    written in a language credscore does not know yet. Empty when one is found, or the form is empty."""
    if not fields or any(field(fields, label) for label in labels):
        return []
    return [key for key in fields if isinstance(key, str)]


def flag(value: str | None) -> bool | None:
    """``"True"`` / ``"False"`` (the export's booleans) -> bool; anything else -> None."""
    if value is None:
        return None
    lowered = value.strip().lower()
    return True if lowered in _TRUE else False if lowered in _FALSE else None


def post_items(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The items (photos, videos, or the text of a text post) of one post record; a record that is itself one
    item (``uri`` and no ``media``) is its own."""
    if "media" not in entry and "uri" in entry:
        return [entry]
    return [item for item in json_array(entry.get("media")) if isinstance(item, dict)]


def caption(entry: dict[str, Any], items: Sequence[dict[str, Any]]) -> str:
    """A post's text: the record's own ``title`` (carousels), else the first item's that has one (one photo, or
    a text post)."""
    for candidate in (entry, *items):
        title = candidate.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
    return ""


def post_time(entry: dict[str, Any], items: Sequence[dict[str, Any]]) -> datetime | None:
    """The record's ``creation_timestamp``, else the earliest of its items'."""
    times = [when for item in items if (when := from_epoch(item.get("creation_timestamp"))) is not None]
    return from_epoch(entry.get("creation_timestamp")) or (min(times) if times else None)


def media(items: Sequence[dict[str, Any]], *, default: str = "other") -> list[dict[str, Any]]:
    """The photos and videos among a post's items (those with a ``uri``, a path in the export): the kind told by
    the metadata Meta keeps for it, else by the file suffix, else ``default`` (what the file holds: reels are
    videos)."""
    found = []
    for item in items:
        uri = item.get("uri")
        if not isinstance(uri, str) or not uri.strip():
            continue
        metadata = json_object(item.get("media_metadata"))
        kind = "image" if "photo_metadata" in metadata else "video" if "video_metadata" in metadata else None
        kind = kind or media_kind(url=uri)
        found.append(media_record(default if kind == "other" else kind, uri))
    return found
