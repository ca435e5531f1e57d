"""The X (Twitter) archive: the ``data/`` folder of "Download an archive of your data", unpacked or zipped.

Every file is JavaScript: ``window.YTD.<type>.part<N> = `` then a JSON array (big archives split
one type over ``tweets.js``, ``tweets-part1.js``, …; archives before 2020 say ``tweet.js``).
All numbers are strings. What is read:

- ``tweets.js`` (all parts) -> posts on ``twitter``: ``id_str``, ``full_text`` HTML-unescaped,
  ``created_at`` (``Fri Mar 06 13:02:05 +0000 2026``), ``favorite_count`` -> ``likes``,
  ``retweet_count`` -> ``reposts``, the expanded URLs of ``entities.urls`` -> ``links`` (never the
  ``t.co`` wrappers), the photos and videos of ``extended_entities.media`` (else ``entities.media``) ->
  ``media``. A captionless photo is a tweet whose text is just a ``t.co`` link: that link is the photo's,
  so the text is kept as written but the link is not listed in ``links``: it is a media post, not a link post.
  A retweet (text ``RT @…`` or a ``retweeted_status``) is a ``repost``; a
  tweet with ``in_reply_to_status_id`` or ``in_reply_to_screen_name`` (X sets the latter on a
  tweet that opens on a mention) is a ``reply``.
- ``direct-messages.js`` and ``direct-messages-group.js`` -> messages, ``sent`` when the sender is
  the owner (``accountId`` of ``account.js``, else of the manifest), the ``t.co`` links of the text
  replaced by the URLs they stand for; the counterpart is the other party's numeric account id.
- ``follower.js`` / ``following.js`` -> follows ``in`` / ``out`` with the numeric account id as
  counterpart (the same id as in DMs) and **no** ``created_at``: the archive does not say when.
- ``account.js`` (handle, display name, creation time) and ``profile.js`` (bio, website) -> the profile.
- ``manifest.js``: the record counts of the full archive; when the files hold fewer, the source
  note says the history is incomplete.

Archives of 2019 write ``tweet.js`` with bare tweet objects (no ``{"tweet": …}`` around them): both are read.
The tweet archive before 2019 (``data/js/tweets/2015_01.js``, each ``Grailbird.data.tweets_2015_01 =`` then a
JSON array, times as ``2015-01-24 02:02:37 +0000``) is read for its tweets, marked incomplete: it holds nothing
else of the account.
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, parse_json, probe
from credscore.importers._common import (
    MONTHS,
    build_account,
    iso_timestamp,
    json_array,
    json_object,
    media_kind,
    media_record,
    unique,
)
from credscore.importers.base import SourceNote, register

__all__ = ["TwitterArchiveImporter"]

logger = logging.getLogger(__name__)

NAME = "twitter-archive"
PLATFORM = "twitter"
_TWEET_FILE = re.compile(r"(?:^|/)tweets?(?:-part\d+)?\.js$")
_ANCHOR_FILE = re.compile(r"(?:^|/)(?:tweets?(?:-part\d+)?|account|manifest)\.js$")
_COMPANIONS = ("account.js", "manifest.js")
_PART = re.compile(r"-part(\d+)\.js$")
_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
_MANIFEST_PREFIX = re.compile(r"^\s*window\.__THAR_CONFIG\s*=\s*")
_TWEET_TIME = re.compile(r"^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$")
_RETWEET_PREFIX = "RT @"
# The tweet archive before 2019 ("Grailbird"): data/js/tweets/<year>_<month>.js, each `Grailbird.data.tweets_<year>_
# <month> =` then a JSON array of API tweets whose created_at reads `2015-01-24 02:02:37 +0000`. Seen in public
# scripts that read such archives (their comments quote the prefix and a tweet).
_GRAILBIRD_FILE = re.compile(r"(?:^|/)data/js/tweets/\d{4}_\d{2}\.js$")
_GRAILBIRD_PREFIX = re.compile(r"^\s*Grailbird\.data\.tweets_\d{4}_\d{2}\s*=\s*")
_LEGACY_TIME = "%Y-%m-%d %H:%M:%S %z"
_TWEETS = ("tweets", "tweet")
_DMS = ("direct-messages", "direct-messages-group")
_FOLLOWER, _FOLLOWING = "follower", "following"
# File stem -> the data type the manifest counts it under.
_MANIFEST_TYPES = {"tweets": "tweets", "tweet": "tweets", "follower": "follower", "following": "following",
                   "direct-messages": "directMessages", "direct-messages-group": "directMessagesGroup"}


class TwitterArchiveImporter:
    """X (Twitter) archive, folder or zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A folder with ``tweets.js`` (``tweet.js``, ``tweets-partN.js``) and ``account.js`` or ``manifest.js``, or the
        monthly files of the legacy tweet archive (``data/js/tweets/2015_01.js``)."""
        return probe(path, _has_archive)

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        with Archive.open(path) as archive:
            folder = _data_folder(archive)
            if folder is None and archive.find(_GRAILBIRD_FILE):
                return _legacy_account(archive, account_id)
            if folder is None:
                raise InputError(f"{path}: not an X (Twitter) archive: no data/tweets.js, data/account.js or "
                                 "data/manifest.js in it")
            return _Reader(archive, folder).account(account_id)


def _has_archive(archive: Archive) -> bool:
    return _has_archive_folder(archive) or bool(archive.find(_GRAILBIRD_FILE))


def _has_archive_folder(archive: Archive) -> bool:
    names = set(archive.names)
    for name in archive.find(_TWEET_FILE):
        folder = _parent(name)
        if any(f"{folder}{companion}" in names for companion in _COMPANIONS):
            return True
    return False


def _data_folder(archive: Archive) -> str | None:
    """The folder (``""``, ``data/``, ``x/data/``) of the shallowest archive file."""
    found = archive.find(_ANCHOR_FILE)
    return _parent(found[0]) if found else None


def _parent(name: str) -> str:
    parent = PurePosixPath(name).parent.as_posix()
    return "" if parent == "." else f"{parent}/"


class _Reader:
    """Reads one archive folder; collects what was found for the source note."""

    def __init__(self, archive: Archive, folder: str) -> None:
        self.archive = archive
        self.folder = folder
        self.found: dict[str, int] = {}

    def account(self, account_id: str | None) -> Account:
        info = _first_record(self._ytd("account"), "account")
        profile_record = _first_record(self._ytd("profile"), "profile")
        manifest = self._manifest()
        owner = str(info.get("accountId") or _dig(manifest, "userInfo", "accountId") or "") or None
        handle = info.get("username") or _dig(manifest, "userInfo", "userName")
        posts = [post for item in self._parts(_TWEETS) if (post := _post(item)) is not None]
        conversations = self._parts(_DMS)
        messages = _messages(conversations, owner or _owner_from_conversations(conversations), self._where(_DMS[0]))
        followers = self._follows(_FOLLOWER, "in")
        following = self._follows(_FOLLOWING, "out")
        profile = _profile(info, profile_record, handle, followers, following, self._ytd("verified"))
        note = SourceNote(kind=NAME, location=str(self.archive.path), **self._completeness(manifest))
        name = info.get("accountDisplayName") or _dig(manifest, "userInfo", "displayName")
        return build_account(account_id or handle or self.archive.path.stem, source=note, name=name,
                             profiles=[profile] if profile else [], posts=posts, messages=messages,
                             follows=(followers or []) + (following or []))

    def _where(self, stem: str) -> str:
        return self.archive.where(f"{self.folder}{stem}.js")

    def _files(self, stem: str) -> list[str]:
        """``stem.js`` then ``stem-part1.js``, ``stem-part2.js``, … in part order."""
        pattern = re.compile(rf"^{re.escape(self.folder)}{re.escape(stem)}(?:-part\d+)?\.js$")
        return sorted(self.archive.find(pattern), key=_part_number)

    def _ytd(self, stem: str) -> list[Any] | None:
        """The records of every part of one type, or None when the archive has no such file."""
        files = self._files(stem)
        if not files:
            return None
        records: list[Any] = []
        for name in files:
            records.extend(_read_ytd(self.archive, name))
        self.found[stem] = len(records)
        return records

    def _parts(self, stems: tuple[str, ...]) -> list[Any]:
        records: list[Any] = []
        for stem in stems:
            records.extend(self._ytd(stem) or [])
        return records

    def _follows(self, stem: str, direction: str) -> list[dict[str, Any]] | None:
        records = self._ytd(stem)
        if records is None:
            return None
        follows = []
        for item in records:
            entry = item.get(stem) if isinstance(item, dict) else None
            if isinstance(entry, dict) and entry.get("accountId"):
                follows.append({"platform": PLATFORM, "direction": direction, "counterpart": str(entry["accountId"])})
        return follows

    def _manifest(self) -> dict[str, Any]:
        name = f"{self.folder}manifest.js"
        if name not in self.archive.names:
            return {}
        text = self.archive.read_text(name)
        match = _MANIFEST_PREFIX.match(text)
        if not match:
            logger.warning("%s: not the expected `window.__THAR_CONFIG = ` file; ignored", self.archive.where(name))
            return {}
        data = parse_json(text[match.end():], self.archive.where(name))
        return data if isinstance(data, dict) else {}

    def _completeness(self, manifest: dict[str, Any]) -> dict[str, Any]:
        """Complete unless the manifest says partial, or counts more records than the files hold."""
        notes = ["follows have no dates (the archive does not record when)"]
        complete = True
        if not manifest:
            notes.append("no manifest.js to check the record counts against")
        elif _dig(manifest, "archiveInfo", "isPartialArchive") is True:
            complete = False
            notes.append("the manifest says this is a partial archive")
        data_types = json_object(manifest.get("dataTypes"))
        found: Counter[str] = Counter()
        for stem, count in self.found.items():
            if stem in _MANIFEST_TYPES:
                found[_MANIFEST_TYPES[stem]] += count
        for data_type in dict.fromkeys(_MANIFEST_TYPES.values()):
            announced = _announced(data_types.get(data_type))
            if announced > found[data_type]:
                complete = False
                notes.append(f"the manifest counts {announced} records of {data_type}, the files hold "
                             f"{found[data_type]}")
        return {"complete": complete, "note": "; ".join(notes)}


def _announced(data_type: Any) -> int:
    files = data_type.get("files") if isinstance(data_type, dict) else None
    total = 0
    for entry in files if isinstance(files, list) else []:
        count = entry.get("count") if isinstance(entry, dict) else None
        total += _count(count) or 0
    return total


def _part_number(name: str) -> int:
    match = _PART.search(name)
    return int(match.group(1)) if match else 0


def _legacy_time(value: Any) -> datetime | None:
    """``2015-01-24 02:02:37 +0000`` (the legacy archive) -> an aware datetime in UTC; None otherwise."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), _LEGACY_TIME).astimezone(UTC)
    except ValueError:
        return None


def _legacy_account(archive: Archive, account_id: str | None) -> Account:
    """The legacy tweet archive: its monthly files hold the tweets, and nothing else of the account."""
    tweets: list[Any] = []
    for member in sorted(archive.find(_GRAILBIRD_FILE)):
        text = archive.read_text(member)
        match = _GRAILBIRD_PREFIX.match(text)
        if not match:
            raise InputError(f"{archive.where(member)}: not a tweet archive file: it should start with "
                             "`Grailbird.data.tweets_<year>_<month> =` followed by a JSON array")
        data = parse_json(text[match.end():], archive.where(member))
        if not isinstance(data, list):
            raise InputError(f"{archive.where(member)}: expected a JSON array of tweets")
        tweets.extend(data)
    posts = [post for item in tweets if (post := _post(item)) is not None]
    users = Counter(str(user["screen_name"]) for item in tweets if isinstance(item, dict)
                    and isinstance(user := item.get("user"), dict) and user.get("screen_name"))
    handle = users.most_common(1)[0][0] if users else None
    name = next((str(user["name"]) for item in tweets if isinstance(item, dict) and isinstance(
        user := item.get("user"), dict) and user.get("screen_name") == handle and user.get("name")), None)
    note = SourceNote(kind=NAME, location=str(archive.path), complete=False,
                      note="a legacy tweet archive (data/js/tweets/, before 2019): tweets only, no direct messages, "
                           "follows or profile")
    profile = {"platform": PLATFORM, "handle": handle} if handle else None
    return build_account(account_id or handle or archive.path.stem, source=note, name=name,
                         profiles=[profile] if profile else [], posts=posts)


def _read_ytd(archive: Archive, name: str) -> list[Any]:
    """The JSON array after ``window.YTD.<type>.partN = ``."""
    text = archive.read_text(name)
    match = _YTD_PREFIX.match(text)
    if not match:
        raise InputError(f"{archive.where(name)}: not an X (Twitter) archive file: it should start with "
                         f"`window.YTD.<type>.part0 = ` followed by a JSON array")
    # A statement's closing semicolon, which some copies of the files carry, is JavaScript, not JSON.
    data = parse_json(text[match.end():].rstrip().removesuffix(";"), archive.where(name))
    if not isinstance(data, list):
        raise InputError(f"{archive.where(name)}: expected a JSON array after `window.YTD.{match.group(1)}."
                         f"part{match.group(2)} = `")
    return data


def _first_record(records: list[Any] | None, key: str) -> dict[str, Any]:
    for item in records or []:
        if isinstance(item, dict) and isinstance(item.get(key), dict):
            return item[key]
    return {}


def _dig(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _count(value: Any) -> int | None:
    """X writes every number as a string: ``"12"`` -> 12; anything else -> None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def tweet_time(value: Any) -> datetime | None:
    """``Fri Mar 06 13:02:05 +0000 2026`` -> an aware datetime (English names, whatever the locale)."""
    match = _TWEET_TIME.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    month, day, hour, minute, second, sign, zone_hours, zone_minutes, year = match.groups()
    if month.lower() not in MONTHS:
        return None
    offset = timedelta(hours=int(zone_hours), minutes=int(zone_minutes)) * (-1 if sign == "-" else 1)
    try:
        local = datetime(int(year), MONTHS[month.lower()], int(day), int(hour), int(minute), int(second))
        return (local - offset).replace(tzinfo=UTC)
    except (ValueError, OverflowError):  # Feb 30, or year 1 minus a zone that takes it to year 0
        return None


def _post(item: Any) -> dict[str, Any] | None:
    tweet = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(tweet, dict):
        logger.warning("a tweets.js record is not an object; skipped")
        return None
    text = html.unescape(str(tweet.get("full_text") or tweet.get("text") or ""))
    entities = json_object(tweet.get("entities"))
    urls = json_array(entities.get("urls"))
    attached = _media_entities(tweet)
    # The t.co link of a photo or video (in the text, sometimes in entities.urls too) is the media's own.
    media_links = {str(item.get(key)) for item in attached for key in ("url", "expanded_url") if item.get(key)}
    links = (str(url.get("expanded_url") or url.get("url") or "") for url in urls if isinstance(url, dict)
             and not {str(url.get("url")), str(url.get("expanded_url"))} & media_links)
    return {
        "platform": PLATFORM,
        "text": text,
        "created_at": tweet_time(tweet.get("created_at")) or _legacy_time(tweet.get("created_at")),
        "id": str(tweet.get("id_str") or tweet.get("id") or "") or None,
        "kind": _kind(tweet, text),
        "links": unique(links),
        "likes": _count(tweet.get("favorite_count")),
        "reposts": _count(tweet.get("retweet_count")),
        "media": [media_record(media_kind(item.get("type")), _media_url(item)) for item in attached] or None,
    }


def _media_entities(tweet: dict[str, Any]) -> list[dict[str, Any]]:
    """The photos and videos of a tweet: ``extended_entities.media`` (all of them), else ``entities.media``
    (older archives, or only the first photo), each once."""
    found: dict[str, dict[str, Any]] = {}
    for holder in ("extended_entities", "entities"):
        entities = json_object(tweet.get(holder))
        items = json_array(entities.get("media"))
        for item in items:
            if isinstance(item, dict):
                key = str(item.get("id_str") or item.get("media_url_https") or item.get("url") or len(found))
                found.setdefault(key, item)
        if found:
            break
    return list(found.values())


def _media_url(item: dict[str, Any]) -> Any:
    """The media file: a video's best-quality MP4 when listed, else the image (or a video's poster frame)."""
    variants = _dig(item, "video_info", "variants")
    videos = [variant for variant in variants if isinstance(variant, dict) and variant.get("url")
              and variant.get("content_type") == "video/mp4"] if isinstance(variants, list) else []
    if videos:
        return max(videos, key=lambda variant: _count(variant.get("bitrate")) or 0)["url"]
    return item.get("media_url_https") or item.get("media_url") or item.get("expanded_url")


def _kind(tweet: dict[str, Any], text: str) -> str:
    if text.startswith(_RETWEET_PREFIX) or tweet.get("retweeted_status"):
        return "repost"
    if tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id") \
            or tweet.get("in_reply_to_screen_name"):
        return "reply"
    return "post"


def _owner_from_conversations(conversations: list[Any]) -> str | None:
    """Without ``account.js``: the one id in every one-to-one ``conversationId`` (``<id>-<id>``)."""
    common: set[str] | None = None
    for item in conversations:
        conversation_id = str(_dig(item, "dmConversation", "conversationId") or "")
        ids = set(conversation_id.split("-")) if conversation_id.count("-") == 1 else None
        if ids:
            common = ids if common is None else common & ids
    return next(iter(common)) if common and len(common) == 1 else None


def _messages(conversations: list[Any], owner: str | None, where: str) -> list[dict[str, Any]]:
    messages = []
    for item in conversations:
        events = _dig(item, "dmConversation", "messages")
        for event in events if isinstance(events, list) else []:
            created = event.get("messageCreate") if isinstance(event, dict) else None
            if not isinstance(created, dict):
                continue  # joins, leaves, renames, reactions: not messages
            if owner is None:
                raise InputError(f"{where}: cannot tell sent from received messages: the archive has no "
                                 "account.js or manifest.js naming the owner's account id")
            message = _message(created, owner)
            if message is not None:
                messages.append(message)
    return messages


def _message(created: dict[str, Any], owner: str) -> dict[str, Any] | None:
    when = iso_timestamp(created.get("createdAt"))
    if when is None:
        logger.warning("a direct message without a usable createdAt; skipped")
        return None
    sender = str(created.get("senderId") or "")
    sent = sender == owner
    recipient = created.get("recipientId")
    return {
        "platform": PLATFORM,
        "created_at": when,
        "direction": "sent" if sent else "received",
        "text": _expand_links(html.unescape(str(created.get("text") or "")), created.get("urls")),
        "counterpart": (str(recipient) if recipient else None) if sent else (sender or None),
    }


def _expand_links(text: str, urls: Any) -> str:
    """Put back the URLs the ``t.co`` links of a DM stand for."""
    for url in urls if isinstance(urls, list) else []:
        if isinstance(url, dict) and url.get("url") and url.get("expanded"):
            text = text.replace(str(url["url"]), str(url["expanded"]))
    return text


def _profile(info: dict[str, Any], profile: dict[str, Any], handle: str | None,
             followers: list[Any] | None, following: list[Any] | None,
             verified: list[Any] | None) -> dict[str, Any] | None:
    if not info and not profile:
        return None
    description = json_object(profile.get("description"))
    flag = _first_record(verified, "verified").get("verified")
    return {
        "platform": PLATFORM,
        "handle": handle or None,
        "bio": html.unescape(str(description.get("bio") or "")) or None,
        "url": str(description.get("website") or "") or None,
        "created_at": iso_timestamp(info.get("createdAt")),
        "followers": len(followers) if followers is not None else None,
        "following": len(following) if following is not None else None,
        "verified": flag if isinstance(flag, bool) else None,
    }


register(TwitterArchiveImporter())
