"""The Mastodon archive ("Request your archive"): ``outbox.json`` and ``actor.json``, unpacked or zipped.

The outbox is an ActivityStreams ``OrderedCollection``; its ``orderedItems`` key appears twice
(``"orderedItems":[],"orderedItems":[…]``) and Python's :mod:`json` keeps the last, the right one.
``totalItems`` is not the number of items. What is read:

- ``Create`` of a ``Note`` (or ``Question``, a poll) -> a post on ``mastodon``: the HTML content as
  text (hidden URL parts left out, ``<br>`` and paragraphs kept as line breaks), the content
  warning (``summary``) before it, ``published`` as the time, the object's URI as ``id``, the
  ``<a href>`` links that are neither mentions nor hashtags as ``links``; with ``inReplyTo`` it is
  a ``reply``; its ``attachment`` documents (photos, videos, sounds, by ``mediaType``) -> ``media``.
  Visibility comes from ``to``/``cc``: ``#Public`` in ``to`` (public) or in ``cc``
  (unlisted), only ``…/followers`` (followers-only) are posts; anything else is **direct**.
- A direct note is a **message** ``sent`` to the accounts it is addressed to (their handles from
  the ``Mention`` tags, ``user@instance``; several recipients are joined with ``, ``). A direct
  note addressed to nobody (``to: []``) is a note to self: neither a publication nor a message,
  it is left out (and counted in the source note).
- ``Announce`` -> a ``repost``: empty text, the boosted status's URL as the only link.
- ``actor.json`` -> the profile: ``preferredUsername`` + the instance as handle, ``summary`` (and
  the profile's metadata fields) as bio, ``url``, ``published``; ``name`` -> the account's name.

The archive holds no follower or following lists, and no like/boost counts.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, has_member
from credscore.importers._common import build_account, iso_timestamp, json_array, media_kind, media_record, unique
from credscore.importers._html import html_to_text
from credscore.importers.base import SourceNote, register

__all__ = ["MastodonArchiveImporter"]

logger = logging.getLogger(__name__)

NAME = "mastodon-archive"
PLATFORM = "mastodon"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_PUBLIC_ALIASES = frozenset({PUBLIC, "as:Public", "Public"})
_FOLLOWERS_SUFFIX = "/followers"
_POST_TYPES = frozenset({"Note", "Question", "Article", "Page"})
_ATTACHMENT_TYPES = frozenset({"Document", "Image", "Video", "Audio"})


def _is_post(note: dict[str, Any]) -> bool:
    kind = note.get("type")
    return isinstance(kind, str) and kind in _POST_TYPES  # a damaged file may hold a list there
_OUTBOX = re.compile(r"(?:^|/)outbox\.json$")
_ACTOR = "actor.json"
_USER_PATH = re.compile(r"^/(?:users/|@)([^/]+)/?$")


class MastodonArchiveImporter:
    """Mastodon archive, folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder or zip holding ``outbox.json``."""
        return has_member(path, [_OUTBOX])

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            found = archive.find(_OUTBOX)
            if not found:
                raise InputError(f"{path}: not a Mastodon archive: no outbox.json in it")
            outbox_name = found[0]
            folder = outbox_name.removesuffix("outbox.json")
            actor = _actor(archive, f"{folder}{_ACTOR}")
            outbox = archive.read_json(outbox_name)
            return _Outbox(outbox, archive.where(outbox_name)).account(path, actor, account_id)


def _actor(archive: Archive, name: str) -> dict[str, Any]:
    if name not in archive.names:
        logger.info("%s: no actor.json; no profile", archive.path)
        return {}
    actor = archive.read_json(name)
    if not isinstance(actor, dict):
        raise InputError(f"{archive.where(name)}: expected a JSON object (the ActivityPub actor)")
    return actor


def _strings(value: Any) -> list[str]:
    """An ActivityStreams field that may be one value or a list, as a list of strings."""
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def handle_from_url(url: str) -> str | None:
    """``https://example.org/users/alice`` or ``https://example.org/@alice`` -> ``alice@example.org``."""
    host = _hostname(url)
    match = _USER_PATH.match(urlsplit(url).path)
    if not host or not match:
        return None
    return f"{match.group(1).lstrip('@')}@{host}"


def _hostname(url: str) -> str | None:
    """The host of ``url``; None when it has none or is malformed (``http://[oops``)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def visibility(note: dict[str, Any]) -> str:
    """``public``, ``unlisted``, ``followers`` or ``direct``, from ``to`` and ``cc``."""
    to, cc = _strings(note.get("to")), _strings(note.get("cc"))
    if _PUBLIC_ALIASES & set(to):
        return "public"
    if _PUBLIC_ALIASES & set(cc):
        return "unlisted"
    if any(address.endswith(_FOLLOWERS_SUFFIX) for address in to + cc):
        return "followers"
    return "direct"


class _Outbox:
    def __init__(self, outbox: Any, where: str) -> None:
        if not isinstance(outbox, dict):
            raise InputError(f"{where}: expected a JSON object (an ActivityStreams OrderedCollection)")
        items = outbox.get("orderedItems")
        if not isinstance(items, list):
            raise InputError(f"{where}: no `orderedItems` list: not a Mastodon outbox")
        self.items = items
        self.total = outbox.get("totalItems")
        self.where = where
        self.notes_to_self = 0
        self.skipped = 0

    def account(self, path: Path, actor: dict[str, Any], account_id: str | None) -> Account:
        posts: list[dict[str, Any]] = []
        messages: list[dict[str, Any]] = []
        for item in self.items:
            self._activity(item, posts, messages)
        profile = _profile(actor)
        handle = profile["handle"] if profile else None
        name = actor.get("name") if isinstance(actor.get("name"), str) else None
        note = SourceNote(kind=NAME, location=str(path), **self._completeness())
        return build_account(account_id or handle or path.stem, source=note, name=name or None,
                             profiles=[profile] if profile else [], posts=posts, messages=messages)

    def _activity(self, item: Any, posts: list[dict[str, Any]], messages: list[dict[str, Any]]) -> None:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "Announce":
            posts.append(_boost(item))
        elif kind == "Create" and isinstance(item.get("object"), dict) and _is_post(item["object"]):
            note = item["object"]
            if visibility(note) != "direct":
                posts.append(_post(note, item))
            elif message := _direct_message(note, item):
                messages.append(message)
            else:
                self.notes_to_self += 1
        else:
            self.skipped += 1

    def _completeness(self) -> dict[str, Any]:
        notes = ["a Mastodon archive has no follower lists nor like/boost counts"]
        complete = True
        if isinstance(self.total, int) and not isinstance(self.total, bool) and len(self.items) < self.total:
            complete = False
            notes.append(f"the outbox holds {len(self.items)} activities, its totalItems says {self.total}")
        if self.notes_to_self:
            notes.append(f"{self.notes_to_self} direct note(s) addressed to nobody (notes to self) left out")
        if self.skipped:
            notes.append(f"{self.skipped} other activities left out")
        return {"complete": complete, "note": "; ".join(notes)}


def _content(note: dict[str, Any]) -> tuple[str, list[str]]:
    """The visible text (content warning first) and the links of a note."""
    body = html_to_text(note["content"]) if isinstance(note.get("content"), str) else None
    text = body.text if body else ""
    warning = note.get("summary")
    if isinstance(warning, str) and warning.strip():
        text = f"{warning.strip()}\n\n{text}" if text else warning.strip()
    return text, list(body.links) if body else []


def _post(note: dict[str, Any], activity: dict[str, Any]) -> dict[str, Any]:
    text, links = _content(note)
    return {
        "platform": PLATFORM,
        "text": text,
        "created_at": iso_timestamp(note.get("published")) or iso_timestamp(activity.get("published")),
        "id": _string(note.get("id")) or _string(note.get("url")),
        "kind": "reply" if note.get("inReplyTo") else "post",
        "links": unique(links),
        "media": _attachments(note) or None,
    }


def _attachments(note: dict[str, Any]) -> list[dict[str, Any]]:
    """The photos, videos and sounds attached to a note (``Document`` items; their URL is a path in the archive)."""
    items = json_array(note.get("attachment"))
    return [media_record(media_kind(mime=item.get("mediaType"), url=item.get("url")), _string(item.get("url")))
            for item in items if isinstance(item, dict) and isinstance(item.get("type"), str)
            and item["type"] in _ATTACHMENT_TYPES]


def _boost(activity: dict[str, Any]) -> dict[str, Any]:
    boosted = activity.get("object")
    if isinstance(boosted, dict):
        boosted = boosted.get("url") or boosted.get("id")
    return {
        "platform": PLATFORM,
        "text": "",
        "created_at": iso_timestamp(activity.get("published")),
        "id": _string(activity.get("id")),
        "kind": "repost",
        "links": unique([boosted]) if isinstance(boosted, str) else [],
    }


def _direct_message(note: dict[str, Any], activity: dict[str, Any]) -> dict[str, Any] | None:
    recipients = _recipients(note)
    when = iso_timestamp(note.get("published")) or iso_timestamp(activity.get("published"))
    if not recipients or when is None:
        return None
    text, _ = _content(note)
    return {
        "platform": PLATFORM,
        "created_at": when,
        "direction": "sent",
        "text": text,
        "counterpart": ", ".join(recipients),
    }


def _recipients(note: dict[str, Any]) -> list[str]:
    """Handles (``user@instance``) of the accounts a direct note is addressed to."""
    addressed = _strings(note.get("to")) + _strings(note.get("cc"))
    by_url = {}
    tags = json_array(note.get("tag"))
    for tag in tags:
        if isinstance(tag, dict) and tag.get("type") == "Mention" and isinstance(tag.get("href"), str):
            by_url[tag["href"]] = str(tag.get("name") or "").lstrip("@") or handle_from_url(tag["href"])
    handles = [by_url.get(address) or handle_from_url(address) or address for address in addressed]
    return unique(handle for handle in handles if handle)


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _profile(actor: dict[str, Any]) -> dict[str, Any] | None:
    if not actor:
        return None
    username = _string(actor.get("preferredUsername"))
    url = _string(actor.get("url")) or _string(actor.get("id"))
    host = _hostname(url) if url else None
    bio = html_to_text(actor["summary"]).text if isinstance(actor.get("summary"), str) else ""
    attachments = json_array(actor.get("attachment"))
    fields = [_field(field) for field in attachments if isinstance(field, dict)]
    bio = "\n".join(part for part in [bio, *fields] if part)
    return {
        "platform": PLATFORM,
        "handle": f"{username}@{host}" if username and host else username,
        "bio": bio or None,
        "url": url,
        "created_at": iso_timestamp(actor.get("published")),
    }


def _field(field: dict[str, Any]) -> str:
    """A profile metadata field (``PropertyValue``) as ``name: value``."""
    if field.get("type") != "PropertyValue":
        return ""
    name = str(field.get("name") or "").strip()
    value = html_to_text(str(field.get("value") or "")).text
    return f"{name}: {value}" if name and value else name or value


register(MastodonArchiveImporter())
