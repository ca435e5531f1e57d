"""YouTube connector: a channel's public Atom feed, no key needed.

``youtube:UC…`` (the channel id), ``youtube:https://www.youtube.com/channel/UC…``, or a feed URL
(``…/feeds/videos.xml?channel_id=UC…``) -> ``GET https://www.youtube.com/feeds/videos.xml?channel_id=UC…``
through the shared HTTP policy (:mod:`credscore.connectors.http`: timeouts, retries, size cap). Only
``www.youtube.com`` is ever asked, at a URL built from a checked channel id.

``youtube:@handle`` (or ``https://www.youtube.com/@handle``) first fetches the channel's page and takes the
id from its ``<link rel="canonical" href="https://www.youtube.com/channel/UC…">``, read with the standard
library's HTML parser (no script runs, nothing else is fetched); when the page does not have it (a cookie
consent page, a changed layout), the error asks for the channel id. Older ``/c/name`` and ``/user/name``
URLs are not resolved: the error asks for the channel id too.

The feed lists the channel's most recent videos only (:data:`FEED_WINDOW`): a full feed is marked
incomplete. What maps to what (the same when such a feed is read as RSS, see :mod:`credscore.importers.rss`):

- entry -> Post(platform ``youtube``, kind ``post``): the title, a blank line, then the description
  (``media:group/media:description``, plain text) as the text; ``published`` (else ``updated``); the video id
  (``yt:videoId``); the watch page as the extra field ``url`` and as the post's ``media`` (a video);
  ``media:statistics/@views`` -> ``views``; ``media:starRating/@count`` -> ``likes`` (YouTube shows no dislikes,
  so the ratings it counts are likes); ``links``: the URLs of the description.
- feed -> the account's ``name`` (the channel's title), Profile(platform ``youtube``, handle: the ``@handle``
  asked, else the channel id; url: the channel's page).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs

import feedparser
import httpx

from credscore.account import Account
from credscore.connectors import count, text, web_links
from credscore.connectors.http import HTTPStatusError, Sleep, get, where
from credscore.errors import InputError
from credscore.importers._common import build_account, json_object, links_in_text, media_record
from credscore.importers.base import SourceNote

__all__ = ["FEED_WINDOW", "PLATFORM", "YouTubeChannel", "channel_account", "fetch_account", "is_channel_feed",
           "parse_channel"]

logger = logging.getLogger(__name__)

PLATFORM = "youtube"
HOST = "www.youtube.com"
FEED_URL = f"https://{HOST}/feeds/videos.xml"
CHANNEL_URL = f"https://{HOST}/channel/{{id}}"
HANDLE_URL = f"https://{HOST}/{{handle}}"
FEED_WINDOW = 15
"""Videos a channel feed lists at most (YouTube's own limit): a feed this long may leave older videos out."""
YT_NAMESPACE = "http://www.youtube.com/xml/schemas/2015"
FEED_ACCEPT = "application/atom+xml, application/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html"

_CHANNEL_ID = re.compile(r"UC[A-Za-z0-9_-]{22}")
# The feed's own yt:channelId leaves out the "UC" prefix since 2024; the 22 characters after it are the id.
_BARE_CHANNEL_ID = re.compile(r"[A-Za-z0-9_-]{22}")
# YouTube handles: 3 to 30 letters, digits, dots, hyphens or underscores (any script's letters).
_HANDLE = re.compile(r"@[\w.-]{3,30}")
_YOUTUBE_URL = re.compile(r"https?://(?:www\.|m\.)?youtube\.com/(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#.*)?",
                          re.IGNORECASE)
_YOUTUBE_HOSTS = frozenset({"www.youtube.com", "youtube.com", "m.youtube.com"})
_ELLIPSIS = "….: "


@dataclass(frozen=True, slots=True)
class YouTubeChannel:
    """A channel as named: by its id, or by its ``@handle`` (the id then comes from the channel's page)."""

    channel_id: str | None = None
    handle: str | None = None

    def __str__(self) -> str:
        return self.handle or self.channel_id or "?"


def parse_channel(target: str) -> YouTubeChannel:
    """``UC…``, ``@handle``, or a youtube.com URL naming one (``/channel/UC…``, ``/@handle``, a feed URL)."""
    target = target.strip()
    if _CHANNEL_ID.fullmatch(target):
        return YouTubeChannel(channel_id=target)
    if _HANDLE.fullmatch(target):
        return YouTubeChannel(handle=target)
    if match := _YOUTUBE_URL.fullmatch(target):
        parts = [part for part in match["path"].split("/") if part]
        query = parse_qs(match["query"] or "")
        if len(parts) >= 2 and parts[0] == "channel" and _CHANNEL_ID.fullmatch(parts[1]):
            return YouTubeChannel(channel_id=parts[1])
        if parts and _HANDLE.fullmatch(parts[0]):
            return YouTubeChannel(handle=parts[0])
        feed_id = query.get("channel_id", [""])[0]
        if parts == ["feeds", "videos.xml"] and _CHANNEL_ID.fullmatch(feed_id):
            return YouTubeChannel(channel_id=feed_id)
        if parts and parts[0] in {"c", "user"}:
            raise InputError(f"youtube: {target!r} is an old-style channel name that only YouTube's website can "
                             "resolve; give the channel id instead: youtube:UC… (on the channel's page: About, "
                             "Share channel, Copy channel ID)")
    raise InputError(f"youtube: {target!r} is not a YouTube channel; write youtube:UC… (the channel id), "
                     "youtube:@handle or youtube:https://www.youtube.com/channel/UC…")


def fetch_account(target: str, *, client: httpx.Client, max_posts: int, sleep: Sleep | None = None) -> Account:
    """The channel ``target`` names (see :func:`parse_channel`), with up to ``max_posts`` of its latest videos."""
    channel = parse_channel(target)
    channel_id = channel.channel_id or _resolve_handle(client, channel, sleep)
    try:
        response = get(client, FEED_URL, {"channel_id": channel_id}, accept=FEED_ACCEPT, sleep=sleep)
    except HTTPStatusError as exc:
        if exc.status == httpx.codes.NOT_FOUND:
            raise InputError(f"youtube {channel}: no such channel ({exc.host} answered HTTP 404 for {channel_id})"
                             ) from None
        raise InputError(f"youtube {channel}: {exc}") from None
    try:
        parsed = feedparser.parse(io.BytesIO(response.content))
    except (ValueError, RecursionError) as exc:  # feedparser's loose parser on e.g. `&#99999999;`
        raise InputError(f"youtube {channel}: {where(response.url)} sent an unreadable feed ({exc})") from None
    if not is_channel_feed(parsed):
        raise InputError(f"youtube {channel}: {where(response.url)} did not answer with a channel feed")
    complete, note = _well_formed(parsed)
    return channel_account(parsed, location=str(channel), account_id=f"{PLATFORM}:{channel_id}", max_posts=max_posts,
                           kind=PLATFORM, handle=channel.handle, complete=complete, note=note)


class _Canonical(HTMLParser):
    """Finds ``<link rel="canonical" href=…>``; nothing else of the page is kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "link" and self.href is None:
            values = dict(attrs)
            if (values.get("rel") or "").lower() == "canonical" and values.get("href"):
                self.href = values["href"]


def _resolve_handle(client: httpx.Client, channel: YouTubeChannel, sleep: Sleep | None) -> str:
    """The channel id of ``@handle``, from the canonical link of the channel's page."""
    assert channel.handle is not None
    give_id = "give the channel id instead: youtube:UC… (on the channel's page: About, Share channel, Copy channel ID)"
    try:
        response = get(client, HANDLE_URL.format(handle=channel.handle), accept=PAGE_ACCEPT, sleep=sleep)
    except HTTPStatusError as exc:
        if exc.status == httpx.codes.NOT_FOUND:
            raise InputError(f"youtube {channel}: no such handle ({exc.host} answered HTTP 404)") from None
        raise InputError(f"youtube {channel}: {exc}; {give_id}") from None
    if response.url.host.lower() not in _YOUTUBE_HOSTS:
        raise InputError(f"youtube {channel}: YouTube sent its page to {response.url.host} (a consent or sign-in "
                         f"page?), where the channel id cannot be read; {give_id}")
    finder = _Canonical()
    try:
        finder.feed(response.content.decode("utf-8", "replace"))
        finder.close()
    except (ValueError, AssertionError):  # html.parser on broken markup
        pass
    match = _YOUTUBE_URL.fullmatch(finder.href or "")
    parts = [part for part in match["path"].split("/") if part] if match else []
    if len(parts) == 2 and parts[0] == "channel" and _CHANNEL_ID.fullmatch(parts[1]):
        logger.info("youtube %s: channel id %s", channel, parts[1])
        return parts[1]
    raise InputError(f"youtube {channel}: the channel's page does not name its channel id; {give_id}")


# --- the feed -----------------------------------------------------------------------------------


def is_channel_feed(parsed: Any) -> bool:
    """Whether a feedparser result is a YouTube channel's feed (its ``yt:`` namespace and video or channel ids)."""
    namespaces = parsed.get("namespaces") or {}
    if YT_NAMESPACE not in namespaces.values():
        return False
    return bool(parsed.feed.get("yt_channelid")) or any(entry.get("yt_videoid") for entry in parsed.entries)


# feedparser's notes about a feed that was read fine all the same.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _well_formed(parsed: Any) -> tuple[bool, str]:
    problem = parsed.get("bozo_exception")
    if not parsed.get("bozo") or isinstance(problem, _HARMLESS):
        return True, ""
    logger.warning("feed is not well-formed (%s); read leniently", problem)
    return False, f"not well-formed XML ({problem}); read leniently, entries may be missing"


def channel_account(parsed: Any, *, location: str, account_id: str, max_posts: int | None, kind: str,
                    handle: str | None = None, complete: bool = True, note: str = "") -> Account:
    """The account document of a parsed YouTube channel feed (``kind`` names the source: ``youtube`` or ``rss``)."""
    posts = [post for post in (entry_to_post(entry) for entry in parsed.entries) if post["text"] or post["id"]]
    notes = [note] if note else []
    if len(parsed.entries) >= FEED_WINDOW:
        complete = False
        notes.append(f"a channel feed lists only the {FEED_WINDOW} most recent videos, older ones are not in it")
    if max_posts is not None and len(posts) > max_posts:
        posts = posts[:max_posts]
        complete = False
        notes.append(f"stopped at {max_posts} posts (--max-posts)")
    channel_id = _feed_channel_id(parsed)
    logger.info("%s: %d videos in the channel feed", location, len(posts))
    return build_account(
        account_id,
        name=text(parsed.feed.get("title")) or text(parsed.feed.get("author")),
        profiles=[{"platform": PLATFORM, "handle": handle or channel_id,
                   "url": CHANNEL_URL.format(id=channel_id) if channel_id else text(parsed.feed.get("link"))}],
        posts=posts,
        source=SourceNote(kind=kind, location=location, complete=complete, note="; ".join(notes)),
    )


def entry_to_post(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One entry of a channel feed as a post of the account document (``None`` values still present)."""
    title = (text(entry.get("title")) or "").strip()
    description = (text(entry.get("summary")) or "").strip()
    link = text(entry.get("link"))
    video = text(entry.get("yt_videoid"))
    statistics = json_object(entry.get("media_statistics"))
    rating = json_object(entry.get("media_starrating"))
    return {
        "platform": PLATFORM,
        "text": _join(title, description),
        "created_at": _published(entry),
        "id": video or text(entry.get("id")) or link,
        "kind": "post",
        "url": link,
        "links": web_links(links_in_text(description)),
        "media": [media_record("video", link)] if link or video else None,
        "views": _number(statistics.get("views")),
        "likes": _number(rating.get("count")),
    }


def _number(value: Any) -> int | None:
    """A count written as an attribute (``"15873"``); None when it is not a natural number."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) < 19:
        return int(value.strip())
    return count(value)


def _join(title: str, description: str) -> str:
    if not title or not description:
        return title or description
    start = " ".join(title.split()).rstrip(_ELLIPSIS) or title
    return description if " ".join(description.split()).startswith(start) else f"{title}\n\n{description}"


def _published(entry: Mapping[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        # dict.get: feedparser maps a missing `updated_parsed` to `published_parsed` with a deprecation warning.
        moment = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if moment:
            try:
                return datetime(*moment[:6]).replace(tzinfo=UTC)
            except (TypeError, ValueError):
                return None
    return None


def _feed_channel_id(parsed: Any) -> str | None:
    """The channel id from the feed's links or entries, else its ``yt:channelId`` (with the ``UC`` put back)."""
    candidates = [text(parsed.feed.get("link")), text(parsed.feed.get("href")),
                  *(text(entry.get("yt_channelid")) for entry in parsed.entries)]
    for candidate in candidates:
        if candidate and (match := _CHANNEL_ID.search(candidate)):
            return match.group(0)
    own = text(parsed.feed.get("yt_channelid")) or ""
    if _CHANNEL_ID.fullmatch(own):
        return own
    return f"UC{own}" if _BARE_CHANNEL_ID.fullmatch(own) else None
