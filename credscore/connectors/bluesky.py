"""Bluesky connector: an account's public feed through Bluesky's public AppView, without signing in.

``bluesky:handle`` -> ``GET https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=handle``,
then ``app.bsky.feed.getAuthorFeed?actor=did&limit=100&cursor=…`` page after page (the default
filter: posts, replies and reposts). The walk stops at ``max_posts``, at an empty page or a page
without a cursor, or when a cursor repeats (see :func:`credscore.connectors.http.paginate`); a failure
after the profile keeps what was fetched and marks the source incomplete. A failed profile is an InputError.

What maps to what:

- feed item -> Post(platform ``bluesky``): ``id`` = the post's ``at://`` URI, ``text`` = ``record.text``
  (empty for an image-only post), ``likeCount``/``repostCount``/``replyCount`` -> ``likes``/``reposts``/
  ``replies``, and a ``url`` extra field (``https://bsky.app/profile/<author>/post/<rkey>``);
- ``reason.$type == app.bsky.feed.defs#reasonRepost`` -> kind ``repost``, ``created_at`` = ``reason.indexedAt``
  (when the account reposted); the text, counts and id are those of the reposted post, someone else's
  (scorers leave reposts out of the account's own words);
- otherwise ``record.reply`` present -> kind ``reply``, else ``post``; ``created_at`` = ``record.createdAt``
  (the author's clock, what the author chose to show), else ``post.indexedAt``;
- ``links``: the ``uri`` of every ``app.bsky.richtext.facet#link`` facet, then the external embed's
  ``uri`` (also inside a record-with-media embed), without duplicates (an empty list when none);
- ``media``: the embedded images (``fullsize`` URL) and video (``playlist`` URL), also beside a quoted post:
  an image-only post is a media post;
- profile -> Profile(platform ``bluesky``, ``handle``, ``bio`` = ``description``, ``followers`` =
  ``followersCount``, ``following`` = ``followsCount``, ``created_at``, ``url``, ``verified`` when the
  profile carries Bluesky's ``verification``); ``displayName`` -> the account's ``name``.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx

from credscore.account import Account
from credscore.connectors import count, dicts, text, web_links
from credscore.connectors.http import HTTPStatusError, Sleep, get_json, paginate, where
from credscore.errors import InputError
from credscore.importers._common import build_account, iso_timestamp, json_object, media_record
from credscore.importers.base import SourceNote

__all__ = ["APPVIEW", "PAGE_SIZE", "PLATFORM", "feed_item_to_post", "fetch_account", "parse_actor"]

logger = logging.getLogger(__name__)

PLATFORM = "bluesky"
APPVIEW = "https://public.api.bsky.app"
"""Bluesky's public, unauthenticated AppView."""
PAGE_SIZE = 100
"""Feed items per page: the most ``getAuthorFeed`` returns."""
PROFILE_PATH = "/xrpc/app.bsky.actor.getProfile"
FEED_PATH = "/xrpc/app.bsky.feed.getAuthorFeed"
WEB = "https://bsky.app"

REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
FACET_LINK = "app.bsky.richtext.facet#link"
EMBED_EXTERNAL = "app.bsky.embed.external"
EMBED_RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia"
EMBED_IMAGES = "app.bsky.embed.images"
EMBED_VIDEO = "app.bsky.embed.video"
VERIFIED = "valid"
INVALID_HANDLE = "handle.invalid"

_HANDLE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
_DID = re.compile(r"did:[a-z]+:[A-Za-z0-9._:%-]+")
_PROFILE_URL = re.compile(r"https?://(?:www\.)?bsky\.app/profile/(?P<actor>[^/?#]+)(?:[/?#].*)?")


def parse_actor(target: str) -> str:
    """A handle (``name.bsky.social``, ``@name.bsky.social``), a DID, or a ``bsky.app`` profile URL."""
    actor = target.strip()
    if match := _PROFILE_URL.fullmatch(actor):
        actor = match["actor"]
    actor = actor.removeprefix("@")
    if _DID.fullmatch(actor):
        return actor
    if _HANDLE.fullmatch(actor.lower()):
        return actor.lower()
    raise InputError(f"bluesky: {target!r} is not a Bluesky handle (name.bsky.social) or DID")


def fetch_account(target: str, *, client: httpx.Client, max_posts: int, sleep: Sleep | None = None,
                  appview: str = APPVIEW) -> Account:
    """The account ``target`` names (see :func:`parse_actor`), with up to ``max_posts`` feed items."""
    actor = parse_actor(target)
    profile = _get_profile(client, actor, appview, sleep)
    feed_actor = text(profile.get("did")) or actor
    handle = text(profile.get("handle")) or actor
    if handle == INVALID_HANDLE:  # a handle that no longer resolves: the DID names the account
        handle = feed_actor

    def fetch_page(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        return _feed_page(client, appview, feed_actor, cursor, sleep)

    pages = paginate(fetch_page, max_items=max_posts, key=_item_key)
    logger.info("bluesky %s: %d feed items in %d pages", handle, len(pages.items), pages.pages)
    return build_account(
        f"{PLATFORM}:{handle}",
        name=text(profile.get("displayName")),
        profiles=[_profile(profile, handle)],
        posts=[feed_item_to_post(item) for item in pages.items],
        source=SourceNote(kind=PLATFORM, location=handle, complete=pages.complete, note=pages.note),
    )


def _get_profile(client: httpx.Client, actor: str, appview: str, sleep: Sleep | None) -> dict[str, Any]:
    try:
        profile = get_json(client, appview + PROFILE_PATH, {"actor": actor}, sleep=sleep)
    except HTTPStatusError as exc:
        # The AppView answers an unknown actor with 400 InvalidRequest "Profile not found".
        if exc.status == httpx.codes.NOT_FOUND or "not found" in exc.detail.lower():
            raise InputError(f"bluesky {actor}: no such account ({exc.host} answered HTTP {exc.status}"
                             f"{': ' + exc.detail if exc.detail else ''})") from None
        raise InputError(f"bluesky {actor}: {exc}") from None
    except InputError as exc:
        raise InputError(f"bluesky {actor}: {exc}") from None
    if not isinstance(profile, dict) or not text(profile.get("did")):
        raise InputError(f"bluesky {actor}: {where(appview + PROFILE_PATH)} answered with no profile")
    return profile


def _feed_page(client: httpx.Client, appview: str, actor: str, cursor: str | None,
               sleep: Sleep | None) -> tuple[list[dict[str, Any]], str | None]:
    """One page of the author feed and the cursor of the next page."""
    params: dict[str, str | int] = {"actor": actor, "limit": PAGE_SIZE}
    if cursor is not None:
        params["cursor"] = cursor
    page = get_json(client, appview + FEED_PATH, params, sleep=sleep)
    feed = page.get("feed") if isinstance(page, dict) else None
    if not isinstance(feed, list):
        raise InputError(f"{where(appview + FEED_PATH)}: expected an object with a feed list")
    items = [item for item in feed
             if isinstance(item, dict) and isinstance(item.get("post"), dict) and text(item["post"].get("uri"))]
    return items, text(page.get("cursor"))


def _item_key(item: dict[str, Any]) -> tuple[str | None, str | None, str]:
    """A post and a repost of it are two feed items; a post seen again on a later page is one."""
    reason = _reason(item)
    return text(reason.get("$type")), text(reason.get("indexedAt")), item["post"]["uri"]


def _reason(item: dict[str, Any]) -> dict[str, Any]:
    return item["reason"] if isinstance(item.get("reason"), dict) else {}


def feed_item_to_post(item: dict[str, Any]) -> dict[str, Any]:
    """One item of ``getAuthorFeed`` as a post of the account document (``None`` values still present)."""
    post = item["post"]
    record = json_object(post.get("record"))
    reason = _reason(item)
    repost = reason.get("$type") == REASON_REPOST
    kind = "repost" if repost else "reply" if record.get("reply") else "post"
    created_at = reason.get("indexedAt") if repost else record.get("createdAt") or post.get("indexedAt")
    return {
        "platform": PLATFORM,
        "text": text(record.get("text")) or "",
        "created_at": iso_timestamp(created_at),
        "id": post["uri"],
        "kind": kind,
        "url": _web_url(post),
        "links": _links(record),
        "likes": count(post.get("likeCount")),
        "reposts": count(post.get("repostCount")),
        "replies": count(post.get("replyCount")),
        "media": _media(post, record) or None,
    }


def _media(post: dict[str, Any], record: dict[str, Any]) -> list[dict[str, Any]]:
    """Images and videos embedded in a post (also beside a quoted post): the view's URLs, else the record's kinds."""
    for embed in (post.get("embed"), record.get("embed")):
        embed = embed if isinstance(embed, dict) else {}
        if str(embed.get("$type", "")).startswith(EMBED_RECORD_WITH_MEDIA) and isinstance(embed.get("media"), dict):
            embed = embed["media"]
        kind = str(embed.get("$type", "")).partition("#")[0]
        if kind == EMBED_IMAGES:
            return [media_record("image", text(image.get("fullsize")) or text(image.get("thumb")))
                    for image in dicts(embed.get("images"))]
        if kind == EMBED_VIDEO:
            return [media_record("video", text(embed.get("playlist")))]
    return []


def _links(record: dict[str, Any]) -> list[str]:
    found = [feature.get("uri") for facet in dicts(record.get("facets")) for feature in dicts(facet.get("features"))
             if feature.get("$type") == FACET_LINK]
    embed = json_object(record.get("embed"))
    if embed.get("$type") == EMBED_RECORD_WITH_MEDIA and isinstance(embed.get("media"), dict):
        embed = embed["media"]
    if embed.get("$type") == EMBED_EXTERNAL and isinstance(embed.get("external"), dict):
        found.append(embed["external"].get("uri"))
    return web_links(found)


def _web_url(post: dict[str, Any]) -> str | None:
    """``at://did/app.bsky.feed.post/rkey`` -> ``https://bsky.app/profile/<handle>/post/<rkey>``."""
    author = json_object(post.get("author"))
    collection, _, rkey = post["uri"].rpartition("/")
    who = text(author.get("handle")) or text(author.get("did"))
    if not who or not rkey or not collection.endswith("/app.bsky.feed.post"):
        return None
    return f"{WEB}/profile/{who}/post/{rkey}"


def _profile(profile: dict[str, Any], handle: str) -> dict[str, Any]:
    verification = profile.get("verification") if isinstance(profile.get("verification"), dict) else None
    return {
        "platform": PLATFORM,
        "handle": handle,
        "bio": text(profile.get("description")),
        "url": f"{WEB}/profile/{handle}",
        "followers": count(profile.get("followersCount")),
        "following": count(profile.get("followsCount")),
        "created_at": iso_timestamp(profile.get("createdAt")),
        "verified": None if verification is None else verification.get("verifiedStatus") == VERIFIED,
    }
