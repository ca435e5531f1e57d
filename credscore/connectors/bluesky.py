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
  ``followersCount``, ``following`` = ``followsCount``, ``posts_count`` = ``postsCount``, ``has_avatar``
  (the AppView gives an ``avatar`` only when one is set), ``created_at``, ``url``, ``verified`` when the
  profile carries Bluesky's ``verification``); ``displayName`` -> the account's ``name``;
- the same counters -> one Snapshot at the time of the profile request (repeated fetches make a series);
- ``quoteCount`` -> a ``quotes`` extra field on the post (the format has no field for quotes: ``reposts`` stays
  Bluesky's own repost count);
- followers -> ``audience``: ``app.bsky.graph.getFollowers?actor=did&limit=100&cursor=…`` up to
  ``audience_sample`` accounts (:data:`~credscore.connectors.DEFAULT_AUDIENCE_SAMPLE`; 0: none), most recent
  followers first (the AppView's order), then ``app.bsky.actor.getProfiles`` for 25 of them at a time, for
  their counts: handle (the DID when the handle no longer resolves), ``followers``, ``following``,
  ``posts_count``, ``created_at``, ``bio``, ``has_avatar``. The AppView gives no time of the follow
  (``indexedAt`` is when the follower's profile was indexed). A failure while listing followers or reading
  their profiles keeps what came and says so in the source note, never failing the fetch of the posts;
- the sampled followers are also follows ``in``, and ``app.bsky.graph.getFollows`` (to the same bound) gives
  the follows ``out``: counterparts by handle, undated (the AppView does not say when a follow was made).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx

from credscore.account import Account
from credscore.connectors import DEFAULT_AUDIENCE_SAMPLE, audience_note, count, dicts, text, web_links
from credscore.connectors.http import HTTPStatusError, Pages, Sleep, get_json, paginate, where
from credscore.errors import InputError
from credscore.importers._common import build_account, iso_timestamp, json_object, media_record
from credscore.importers.base import SourceNote

__all__ = ["APPVIEW", "GRAPH_PAGE_SIZE", "PAGE_SIZE", "PLATFORM", "PROFILES_BATCH", "feed_item_to_post",
           "fetch_account", "parse_actor", "profile_to_member"]

logger = logging.getLogger(__name__)

PLATFORM = "bluesky"
APPVIEW = "https://public.api.bsky.app"
"""Bluesky's public, unauthenticated AppView."""
PAGE_SIZE = 100
"""Feed items per page: the most ``getAuthorFeed`` returns."""
GRAPH_PAGE_SIZE = 100
"""Accounts per page of ``getFollowers``/``getFollows``: the most they return."""
PROFILES_BATCH = 25
"""Actors per ``getProfiles`` request: the most it accepts."""
PROFILE_PATH = "/xrpc/app.bsky.actor.getProfile"
PROFILES_PATH = "/xrpc/app.bsky.actor.getProfiles"
FEED_PATH = "/xrpc/app.bsky.feed.getAuthorFeed"
FOLLOWERS_PATH = "/xrpc/app.bsky.graph.getFollowers"
FOLLOWS_PATH = "/xrpc/app.bsky.graph.getFollows"
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
                  appview: str = APPVIEW, audience_sample: int = DEFAULT_AUDIENCE_SAMPLE) -> Account:
    """The account ``target`` names (see :func:`parse_actor`), with up to ``max_posts`` feed items and up to
    ``audience_sample`` followers' public profiles."""
    actor = parse_actor(target)
    profile = _get_profile(client, actor, appview, sleep)
    seen_at = datetime.now(UTC)
    feed_actor = text(profile.get("did")) or actor
    handle = text(profile.get("handle")) or actor
    if handle == INVALID_HANDLE:  # a handle that no longer resolves: the DID names the account
        handle = feed_actor

    def fetch_page(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        return _feed_page(client, appview, feed_actor, cursor, sleep)

    pages = paginate(fetch_page, max_items=max_posts, key=_item_key)
    logger.info("bluesky %s: %d feed items in %d pages", handle, len(pages.items), pages.pages)
    audience, audience_note = _audience(client, appview, feed_actor, profile, audience_sample, sleep)
    follows, follows_note = _follows(client, appview, feed_actor, profile, audience_sample, sleep)
    snapshot = _snapshot(profile, seen_at)
    notes = (pages.note, audience_note, follows_note)
    return build_account(
        f"{PLATFORM}:{handle}",
        name=text(profile.get("displayName")),
        profiles=[_profile(profile, handle)],
        posts=[feed_item_to_post(item) for item in pages.items],
        # The sampled followers are also follows "in"; neither list says when the follow was made.
        follows=[*({"platform": PLATFORM, "direction": "in", "counterpart": member["handle"]} for member in audience
                   if member["handle"]), *follows],
        audience=audience,
        snapshots=[snapshot] if snapshot else [],
        source=SourceNote(kind=PLATFORM, location=handle, complete=pages.complete,
                          note="; ".join(note for note in notes if note)),
    )


def _audience(client: httpx.Client, appview: str, actor: str, profile: dict[str, Any], sample: int,
              sleep: Sleep | None) -> tuple[list[dict[str, Any]], str]:
    """Up to ``sample`` followers with their counts, and what the source note should say about them."""
    total = count(profile.get("followersCount"))
    if sample == 0 or total == 0:
        return [], ""
    try:
        pages = _graph_list(client, appview, FOLLOWERS_PATH, "followers", actor, sample, sleep)
    except InputError as exc:
        logger.warning("bluesky %s: no follower sample: %s", actor, exc)
        return [], f"no follower sample ({exc})"
    detailed, failure = _detailed_profiles(client, appview, [follower["did"] for follower in pages.items], sleep)
    members = [profile_to_member({**follower, **detailed.get(follower["did"], {})}) for follower in pages.items]
    logger.info("bluesky %s: %d followers sampled, %d with their counts", actor, len(members), len(detailed))
    notes = [audience_note(len(members), total, sample, pages.complete, pages.note)]
    if failure:
        notes.append(f"the counts of {len(members) - len(detailed):,} sampled followers are missing ({failure})")
    return members, "; ".join(note for note in notes if note)


def _follows(client: httpx.Client, appview: str, actor: str, profile: dict[str, Any], most: int,
             sleep: Sleep | None) -> tuple[list[dict[str, Any]], str]:
    """Up to ``most`` accounts the account follows, as follows ``out`` (undated), and the source note's word."""
    total = count(profile.get("followsCount"))
    if most == 0 or total == 0:
        return [], ""
    try:
        pages = _graph_list(client, appview, FOLLOWS_PATH, "follows", actor, most, sleep)
    except InputError as exc:
        logger.warning("bluesky %s: follows not listed: %s", actor, exc)
        return [], f"follows not listed ({exc})"
    follows = [{"platform": PLATFORM, "direction": "out", "counterpart": _member_handle(followed)}
               for followed in pages.items]
    if not pages.complete and len(follows) < most:
        return follows, f"follows cut short at {len(follows):,} ({pages.note})"
    if total is not None and len(follows) < total:
        return follows, f"follows: the {len(follows):,} most recent of {total:,}"
    return follows, ""


def _graph_list(client: httpx.Client, appview: str, path: str, key: str, actor: str, most: int,
                sleep: Sleep | None) -> Pages[dict[str, Any]]:
    """Up to ``most`` profiles of a cursor-paged graph list (``getFollowers``, ``getFollows``)."""

    def fetch_page(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        params: dict[str, str | int] = {"actor": actor, "limit": GRAPH_PAGE_SIZE}
        if cursor is not None:
            params["cursor"] = cursor
        page = get_json(client, appview + path, params, sleep=sleep)
        profiles = page.get(key) if isinstance(page, dict) else None
        if not isinstance(profiles, list):
            raise InputError(f"{where(appview + path)}: expected an object with a {key} list")
        return [profile for profile in dicts(profiles) if text(profile.get("did"))], text(page.get("cursor"))

    return paginate(fetch_page, max_items=most, key=lambda profile: profile["did"])


def _detailed_profiles(client: httpx.Client, appview: str, dids: list[str],
                       sleep: Sleep | None) -> tuple[dict[str, dict[str, Any]], str]:
    """The detailed profiles (with counts) of ``dids``, by DID, and the first failure's message (``""``: none).

    The AppView leaves out the profiles it will not show (deleted, taken down): those followers keep what the
    follower list gave.
    """
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(dids), PROFILES_BATCH):
        # The actors repeat one parameter name (actors=a&actors=b), which a mapping of parameters cannot say.
        query = urlencode([("actors", did) for did in dids[start: start + PROFILES_BATCH]])
        try:
            answer = get_json(client, f"{appview}{PROFILES_PATH}?{query}", sleep=sleep)
        except InputError as exc:
            logger.warning("bluesky: follower profiles not read: %s", exc)
            return found, str(exc)
        profiles = answer.get("profiles") if isinstance(answer, dict) else None
        if not isinstance(profiles, list):
            return found, f"{where(appview + PROFILES_PATH)}: expected an object with a profiles list"
        found.update((profile["did"], profile) for profile in dicts(profiles) if text(profile.get("did")))
    return found, ""


def profile_to_member(profile: dict[str, Any]) -> dict[str, Any]:
    """A follower's profile (a list entry, or the detailed profile with counts) as an audience member."""
    return {
        "platform": PLATFORM,
        "handle": _member_handle(profile),
        "followers": count(profile.get("followersCount")),
        "following": count(profile.get("followsCount")),
        "posts_count": count(profile.get("postsCount")),
        "created_at": iso_timestamp(profile.get("createdAt")),
        "has_avatar": text(profile.get("avatar")) is not None,
        "bio": text(profile.get("description")),
    }


def _member_handle(profile: dict[str, Any]) -> str | None:
    """An account's handle, or its DID when the handle no longer resolves."""
    handle = text(profile.get("handle"))
    return handle if handle and handle != INVALID_HANDLE else text(profile.get("did"))


def _snapshot(profile: dict[str, Any], at: datetime) -> dict[str, Any] | None:
    """The account's counters as the profile showed them (None when it showed none)."""
    counters = {"followers": count(profile.get("followersCount")), "following": count(profile.get("followsCount")),
                "posts_count": count(profile.get("postsCount"))}
    if all(value is None for value in counters.values()):
        return None
    return {"platform": PLATFORM, "at": at, **counters}


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
        "quotes": count(post.get("quoteCount")),
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
        "posts_count": count(profile.get("postsCount")),
        "has_avatar": text(profile.get("avatar")) is not None,
    }
