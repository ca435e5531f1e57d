"""The TikTok data export ("Download your data", JSON): ``user_data_tiktok.json``, or ``user_data.json`` before 2024.

Given as the bare JSON file, the unpacked folder or the ``.zip`` as downloaded. One JSON object whose
section and field names are English UI strings with uneven case and spacing (``Your Activity``,
``Tiktok Live`` next to ``TikTok Shop``, ``date`` in one list and ``Date`` in the next), so every name is
looked up without regard to case, spaces or underscores, under its current and its older name
(``Your Activity``/``Activity``, ``Post``/``Video``, ``Profile Info``/``Profile Information``,
``Follower``/``Follower List``, …); a missing section is noted, never an error. Empty values are
written ``null``, ``[]``, ``""``, ``"N/A"`` or ``"None"``: all mean "nothing". Counts are integers or
strings. Times (``2025-11-18 21:41:23``) have no zone: they are UTC. What is read:

- ``Post.Posts.VideoList`` (``Video.Videos.VideoList``) -> posts on ``tiktok``: ``Title`` (else
  ``AlternateText``) as the text, ``Date``, ``Likes`` -> ``likes``; ``Link`` (``VideoLink``) -> ``media``:
  a video, or for a photo-mode post one image per URL (the URLs are joined by newlines). ``WhoCanView``
  is kept as the extra field ``visibility`` ("Only You" posts are private). The export gives no video id.
  The number of videos is the profile's ``posts_count``.
- ``Comment.Comments.CommentsList`` -> posts of kind ``comment`` (what the account wrote under videos; TikTok
  does not say which video), the comment's ``photo`` as its media; comments the account wrote in live
  streams (``Tiktok Live.Watch Live History``) likewise, when they have text.
- ``Direct Message.Direct Messages.ChatHistory`` (``Direct Messages.Chat History.ChatHistory``): one list
  per conversation, keyed ``Chat History with <username>:`` -> messages, ``sent`` when ``From`` is the owner.
  A group chat (``Group_Chat_<id>``) lists no members: a received message's counterpart is its sender, a
  sent one's the group. Every message keeps its conversation as the extra field ``conversation``.
- ``Your Activity.Follower.FansList`` / ``Your Activity.Following.Following`` -> follows ``in`` / ``out``
  with their dates.
- ``Profile.Profile Info.ProfileMap`` -> the profile (handle, bio, follower/following counts, whether it
  has a photo, the likes received as the extra field ``likes_received``) and the account's name.

Exports since 2025 moved the following list under ``Profile And Settings``: every name of a level is tried in
turn, so both places are read. An export requested in TXT format (one ``.txt`` file per list: ``Like List.txt``,
``Following.txt``…) is recognised and refused in one line that says to request JSON.

The history is marked incomplete when a section is missing, when the follow lists hold fewer accounts
than the profile counts, or when records had to be left out. Likes given, favourites, watch and search
history are not part of the account format and are not read.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, parse_json, probe, shallowest
from credscore.importers._common import (
    build_account,
    from_epoch,
    iso_timestamp,
    json_array,
    json_object,
    media_kind,
    media_record,
    parse_naive_utc,
    unique,
)
from credscore.importers.base import SourceNote, register
from credscore.limits import MAX_MEMBER_BYTES, describe_bytes
from credscore.reader import ENCODING_SAMPLE_BYTES, encoding_hint

__all__ = ["TikTokExportImporter", "lookup"]

logger = logging.getLogger(__name__)

NAME = "tiktok-export"
PLATFORM = "tiktok"
CURRENT_FILE, OLDER_FILE = "user_data_tiktok.json", "user_data.json"
_FILES = re.compile(r"(?:^|/)user_data(?:_tiktok)?\.json$", re.IGNORECASE)
_CURRENT = re.compile(r"(?:^|/)user_data_tiktok\.json$", re.IGNORECASE)
DETECT_BYTES = 4096
"""How much of a bare ``user_data.json`` (a name other tools use too) detection reads to find a TikTok section."""
# The first sections of a TikTok export, current and older: what tells its user_data.json from another one.
_SECTION_START = re.compile(rb'^\s*\{\s*"(?:your activity|activity|ads and data|app settings|comment|direct messages?|'
                            rb'post|profile|profile and settings|likes and favorites|video|tiktok live)"',
                            re.IGNORECASE)
_NOTHING = frozenset({"", "n/a", "none", "null", "nan"})
"""How the export writes an empty value (lower case)."""
# The TXT format (TikTok offers TXT or JSON): one .txt file per list, names in the account's language. Seen in the
# d3i data-donation script for TikTok (its English and Dutch TXT file lists). Two of them make a TXT export.
TXT_FILES = re.compile(r"(?:^|/)(?:like list|watch history|favou?rite videos|follower|following|share history|"
                       r"login history|activity summary|likelijst|kijkgeschiedenis|volger|volgend|"
                       r"favoriete video's|geschiedenis delen|inloggeschiedenis)\.txt$", re.IGNORECASE)
MIN_TXT_FILES = 2
JSON_FORMAT_ADVICE = ("request it again in JSON format (TikTok: Settings and privacy → Account → Download your data "
                      "→ File format: JSON)")
_CHAT_KEY = re.compile(r"^\s*chat history with\s+(?P<who>.*?)\s*:?\s*$", re.IGNORECASE)
_GROUP = re.compile(r"^group[ _]?chat", re.IGNORECASE)
_PROFILE_URL = "https://www.tiktok.com/@{handle}"
_SEPARATORS = re.compile(r"[\s_-]+")
# Photo-mode images live under a path that says so; a single link without it is the post's video.
_PHOTO_MODE = "photomode"

# Where each part lives: one tuple of names (current first, then older ones) per level.
# "Profile And Settings" holds the following list (and the settings) in exports since 2025: seen in the d3i
# data-donation script for TikTok (d3i-infra/data-donation-task, port/platforms/tiktok.py), beside the older paths.
_ACTIVITY = ("Your Activity", "Activity", "Profile And Settings")
_PROFILE_MAP = (("Profile", "Profile And Settings"), ("Profile Info", "Profile Information"), ("ProfileMap",))
_VIDEOS = (("Post", "Video", "Videos"), ("Posts", "Videos"), ("VideoList",))
_COMMENTS = (("Comment", "Comments"), ("Comments",), ("CommentsList",))
_CHATS = (("Direct Message", "Direct Messages"), ("Direct Messages", "Chat History"), ("ChatHistory",))
_FOLLOWERS = (_ACTIVITY, ("Follower", "Follower List", "Followers"), ("FansList",))
_FOLLOWING = (_ACTIVITY, ("Following", "Following List"), ("Following", "FollowingList"))
_LIVES = (("Tiktok Live", "TikTok LIVE"), ("Watch Live History",), ("WatchLiveMap",))


class TikTokExportImporter:
    """TikTok data export (JSON): the file, its folder or its zip."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """``user_data_tiktok.json`` or ``user_data.json`` (with a TikTok section first), or a folder or zip
        holding one."""
        try:
            if path.is_file() and _FILES.search(path.name):
                if _CURRENT.search(path.name):
                    return True
                with path.open("rb") as stream:
                    return bool(_SECTION_START.match(stream.read(DETECT_BYTES).removeprefix(b"\xef\xbb\xbf")))
        except OSError:
            return False
        return probe(path, lambda archive: bool(archive.find(_FILES)) or _is_txt_export(archive))

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        if path.is_file() and path.suffix.lower() == ".json":
            data = _read_bare(path)
            where = str(path)
        else:
            with Archive.open(path) as archive:
                member = shallowest(archive, _CURRENT) or shallowest(archive, _FILES)
                if member is None and _is_txt_export(archive):
                    raise InputError(f"{path}: this TikTok export is in TXT format, which credscore does not read; "
                                     f"{JSON_FORMAT_ADVICE}")
                if member is None:
                    raise InputError(f"{path}: not a TikTok export: no {CURRENT_FILE} or {OLDER_FILE} in it")
                where = archive.where(member)
                data = archive.read_json(member)
        if not isinstance(data, dict):
            raise InputError(f"{where}: not a TikTok export: expected a JSON object of sections, "
                             f"got a JSON {type(data).__name__}")
        return _Reader(data, where).account(account_id or None, path)


def _is_txt_export(archive: Archive) -> bool:
    """Whether ``archive`` holds at least :data:`MIN_TXT_FILES` different lists of TikTok's TXT format."""
    return len({PurePosixPath(name).name.casefold() for name in archive.find(TXT_FILES)}) >= MIN_TXT_FILES


def _read_bare(path: Path) -> Any:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_MEMBER_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_MEMBER_BYTES:
        raise InputError(f"{path}: larger than {describe_bytes(MAX_MEMBER_BYTES)}; refusing to read it")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})"
                         f"{encoding_hint(raw[:ENCODING_SAMPLE_BYTES])}") from None
    return parse_json(text, str(path))


# --- looking things up --------------------------------------------------------------------------


def _normal(name: str) -> str:
    return _SEPARATORS.sub("", name).casefold()


def lookup(data: Any, *names: str) -> Any:
    """The value under the first of ``names`` that ``data`` (a JSON object) has, compared without regard to
    case, spaces, hyphens or underscores; None when there is none or ``data`` is not an object."""
    if not isinstance(data, dict):
        return None
    found = {_normal(key): value for key, value in data.items() if isinstance(key, str)}
    for name in names:
        if (key := _normal(name)) in found:
            return found[key]
    return None


def _path(data: Any, levels: Sequence[tuple[str, ...]]) -> Any:
    """The value at the end of ``levels`` (each a tuple of names, current first): every name present at a level is
    tried in turn, so that a section that moved (``Your Activity.Following`` -> ``Profile And Settings.Following``)
    is found while its old parent is still there for other lists."""
    if not levels:
        return data
    if not isinstance(data, dict):
        return None
    for name in levels[0]:
        if (child := lookup(data, name)) is not None and (found := _path(child, levels[1:])) is not None:
            return found
    return None


def _present(data: Any, levels: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the section (every level but the list) is in the export."""
    return _path(data, levels[:-1]) is not None


def _text(value: Any) -> str | None:
    """A string value, or None for the export's many ways of saying nothing."""
    if isinstance(value, str):
        return None if value.strip().casefold() in _NOTHING else value.strip()
    return None


def _count(value: Any) -> int | None:
    """``58`` or ``"58"`` (``"1,234"``) -> an int; anything else -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str):
        digits = value.strip().replace(",", "")
        return int(digits) if digits.isascii() and digits.isdigit() and len(digits) < _MAX_DIGITS else None
    return None


_MAX_DIGITS = 19
"""Longer digit strings are no count (and Python refuses to convert numbers of thousands of digits)."""


def _time(value: Any) -> datetime | None:
    """``2025-11-18 21:41:23`` (UTC), an ISO time, or epoch seconds; None when missing or unreadable."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_epoch(value)
    text = _text(value)
    if text is None:
        return None
    return parse_naive_utc(text) or iso_timestamp(text)


def _records(value: Any) -> list[dict[str, Any]]:
    return [item for item in json_array(value) if isinstance(item, dict)]


# --- reading ------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: dict[str, Any], where: str) -> None:
        self.data = data
        self.where = where
        self.notes: list[str] = []
        self.complete = True

    def incomplete(self, note: str) -> None:
        self.complete = False
        self.notes.append(note)

    def account(self, account_id: str | None, path: Path) -> Account:
        profile_map = json_object(_path(self.data, _PROFILE_MAP))
        handle = _text(lookup(profile_map, "userName", "username"))
        videos = _records(_path(self.data, _VIDEOS))
        posts = [post for video in videos if (post := _video(video)) is not None]
        posts += self._comments()
        messages = self._messages(handle)
        followers = self._follows(_FOLLOWERS, "in")
        following = self._follows(_FOLLOWING, "out")
        missing = [label for label, levels in (("posts", _VIDEOS), ("comments", _COMMENTS), ("direct messages", _CHATS),
                                               ("followers", _FOLLOWERS), ("following", _FOLLOWING))
                   if not _present(self.data, levels)]
        if missing:
            self.incomplete(f"not in the export: {', '.join(missing)}")
        profile = _profile(profile_map, handle, len(videos) if _present(self.data, _VIDEOS) else None)
        if profile is not None:
            self._check_counts(profile, followers, following)
        name = _text(lookup(profile_map, "displayName", "nickName"))
        note = SourceNote(kind=NAME, location=str(path), complete=self.complete, note="; ".join(self.notes))
        return build_account(account_id or handle or path.stem, source=note, name=name,
                             profiles=[profile] if profile else [], posts=posts, messages=messages,
                             follows=followers + following)

    def _comments(self) -> list[dict[str, Any]]:
        comments = []
        for item in _records(_path(self.data, _COMMENTS)):
            text = _text(lookup(item, "comment", "Comment", "text")) or ""
            photo = _text(lookup(item, "photo", "Photo"))
            if not text and not photo:
                continue
            comments.append({
                "platform": PLATFORM,
                "text": text,
                "created_at": _time(lookup(item, "date", "Date")),
                "kind": "comment",
                "url": _text(lookup(item, "url", "Link")),
                "media": [media_record("image", photo)] if photo and photo.startswith("http") else None,
            })
        for live_id, live in json_object(_path(self.data, _LIVES)).items():
            for item in _records(lookup(live, "Comments")):
                said = _text(lookup(item, "CommentContent", "Comment", "Content"))
                if said:
                    comments.append({"platform": PLATFORM, "text": said, "kind": "comment", "live": str(live_id),
                                     "created_at": _time(lookup(item, "CommentTime", "Date"))
                                     or _time(lookup(item, "RawTime"))})
        return comments

    def _messages(self, owner: str | None) -> list[dict[str, Any]]:
        chats = json_object(_path(self.data, _CHATS))
        conversations = []
        for key, items in chats.items():
            match = _CHAT_KEY.match(key) if isinstance(key, str) else None
            who = match.group("who") if match and match.group("who") else str(key).strip()
            conversations.append((who, _records(items)))
        if not conversations:
            return []
        owner = owner or _owner_from_chats(conversations)
        if owner is None:
            total = sum(len(items) for _, items in conversations)
            self.incomplete(f"{total} direct message(s) left out: no profile names the owner, to tell sent from "
                            "received")
            return []
        messages, undated = [], 0
        for who, items in conversations:
            group = bool(_GROUP.match(who))
            for item in items:
                when = _time(lookup(item, "Date", "CreateTime"))
                if when is None:
                    undated += 1
                    continue
                sender = _text(lookup(item, "From", "Sender"))
                sent = sender is not None and sender.casefold() == owner.casefold()
                messages.append({
                    "platform": PLATFORM,
                    "created_at": when,
                    "direction": "sent" if sent else "received",
                    "text": _text(lookup(item, "Content", "Message", "Text")) or "",
                    "counterpart": who if sent or not group else (sender or who),
                    "conversation": who,
                })
        if undated:
            logger.warning("%s: %d direct message(s) without a readable date; left out", self.where, undated)
            self.incomplete(f"{undated} direct message(s) without a readable date left out")
        return messages

    def _follows(self, levels: tuple[tuple[str, ...], ...], direction: str) -> list[dict[str, Any]]:
        follows = []
        for item in _records(_path(self.data, levels)):
            who = _text(lookup(item, "UserName", "username", "User"))
            if who:
                follows.append({"platform": PLATFORM, "direction": direction, "counterpart": who,
                                "created_at": _time(lookup(item, "Date", "date"))})
        return follows

    def _check_counts(self, profile: dict[str, Any], followers: list[Any], following: list[Any]) -> None:
        counted = profile.get("followers")
        if counted is not None and counted > len(followers):
            self.incomplete(f"the follower list holds {len(followers)} of the {counted} followers the profile counts")
        counted = profile.get("following")
        if counted is not None and counted > len(following):
            self.incomplete(f"the following list holds {len(following)} of the {counted} accounts the profile "
                            "follows")


def _owner_from_chats(conversations: list[tuple[str, list[dict[str, Any]]]]) -> str | None:
    """Without a profile: the sender other than the partner who writes in the most one-to-one chats."""
    found: Counter[str] = Counter()
    for who, items in conversations:
        if _GROUP.match(who):
            continue
        senders = {sender for item in items if (sender := _text(lookup(item, "From", "Sender")))}
        found.update(sender for sender in senders if sender.casefold() != who.casefold())
    ranked = found.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None  # nobody, or a tie: no owner can be told
    return ranked[0][0]


def _video(video: dict[str, Any]) -> dict[str, Any] | None:
    caption = _text(lookup(video, "Title", "Description", "Caption")) or _text(lookup(video, "AlternateText")) or ""
    media = _media(lookup(video, "Link", "VideoLink"))
    when = _time(lookup(video, "Date", "CreateTime"))
    if not caption and not media and when is None:
        return None
    return {
        "platform": PLATFORM,
        "text": caption,
        "created_at": when,
        "kind": "post",
        "likes": _count(lookup(video, "Likes", "LikeCount", "DiggCount")),
        "views": _count(lookup(video, "Views", "PlayCount")),
        "media": media or None,
        "visibility": _text(lookup(video, "WhoCanView")),
    }


def _media(link: Any) -> list[dict[str, Any]]:
    """A video, or several images when the link holds several URLs (a photo-mode post)."""
    urls = unique(part.strip() for part in link.split("\n")) if isinstance(link, str) else []
    urls = [url for url in urls if url.casefold() not in _NOTHING]
    if not urls:
        return []
    if len(urls) > 1:
        return [media_record("image", url) for url in urls]
    (url,) = urls
    photo = _PHOTO_MODE in url.casefold() or media_kind(url=url) == "image"
    return [media_record("image" if photo else "video", url)]


def _profile(profile_map: dict[str, Any], handle: str | None, videos: int | None) -> dict[str, Any] | None:
    if not profile_map:
        return None
    photo = lookup(profile_map, "profilePhoto", "avatar")
    return {
        "platform": PLATFORM,
        "handle": handle,
        "bio": _text(lookup(profile_map, "bioDescription", "bio")),
        "url": _PROFILE_URL.format(handle=handle) if handle else None,
        "followers": _count(lookup(profile_map, "followerCount", "followersCount")),
        "following": _count(lookup(profile_map, "followingCount")),
        "posts_count": videos,
        # Known only when the export has the field: an empty value then means no photo.
        "has_avatar": _text(photo) is not None if isinstance(photo, str) else None,
        "likes_received": _count(lookup(profile_map, "likesReceived")),
    }


register(TikTokExportImporter())
