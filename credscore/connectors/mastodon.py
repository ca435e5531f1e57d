"""Mastodon connector: an account's public statuses through its instance's API, without signing in.

``@user@instance`` -> ``GET https://instance/api/v1/accounts/lookup?acct=user``, then
``GET /api/v1/accounts/:id/statuses?limit=40``, following the ``Link: <…>; rel="next"`` header
(which carries ``max_id``) page after page. Nothing is excluded: posts, replies and boosts all come.
The walk stops at ``max_posts``, at an empty page or a page without a next link, or when a next
link repeats (see :func:`credscore.connectors.http.paginate`); a failure after the lookup keeps
what was fetched and marks the source incomplete. A failed lookup is an InputError.

What maps to what:

- status -> Post(platform ``mastodon``): ``id``, ``created_at``, ``url`` (kept as an extra field),
  ``favourites_count``/``reblogs_count``/``replies_count`` -> ``likes``/``reposts``/``replies``;
- a boost (``reblog`` set) -> kind ``repost``; its ``created_at`` and ``id`` are the boost's, its text,
  links, URL and counts those of the boosted status (scorers leave reposts out of the account's
  own words; keeping the text lets a reader see what was boosted);
- ``in_reply_to_id`` set -> kind ``reply``; otherwise ``post``;
- ``content`` (HTML) -> text as Mastodon shows it (:func:`credscore.importers._html.html_to_text`, shared
  with the Mastodon archive importer: paragraphs and ``<br>`` kept, the URL parts in
  ``<span class="invisible">`` hidden, ``…`` after a shortened URL); a content warning
  (``spoiler_text``) comes first, on its own paragraph;
- ``links``: the ``href`` of every link in the content but mentions and hashtags, then the preview
  card's URL, without duplicates (an empty list when there is none: the content was searched);
- ``media``: the ``media_attachments`` (image, gifv/video, audio) with their URLs;
- account -> Profile(platform ``mastodon``, handle ``user@instance``, ``bio`` from ``note`` (HTML) plus
  the profile's metadata fields as ``name: value`` lines, ``url``, ``followers``, ``following``,
  ``created_at``, ``posts_count`` from ``statuses_count``, ``has_avatar``: an ``avatar`` that is not the
  server's default picture); ``display_name`` -> the account's ``name``;
- the same counters -> one Snapshot at the time of the lookup (repeated fetches make a series);
- followers -> ``audience``: ``GET /api/v1/accounts/:id/followers?limit=80`` and its ``Link`` pages, up to
  ``audience_sample`` accounts (:data:`~credscore.connectors.DEFAULT_AUDIENCE_SAMPLE`; 0: none), the most
  recent followers first (the API's order): handle ``user@instance``, the counts, ``created_at``, ``bio``,
  ``has_avatar``, and ``bot`` (whether the account declares itself automated) as an extra field. The API
  gives no time of the follow. An instance shows what it knows of remote accounts' counts, which may lag, and
  a remote account's ``created_at`` is a date (midnight), sometimes when the instance first saw it. An account may
  hide its followers (the list is then empty); a failure while listing them keeps what came and says so
  in the source note, never failing the fetch of the posts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from credscore.account import Account
from credscore.connectors import DEFAULT_AUDIENCE_SAMPLE, audience_note, count, dicts, text, web_links
from credscore.connectors.http import JSON, HTTPStatusError, Sleep, get, get_json, json_body, paginate, where
from credscore.errors import InputError
from credscore.importers._common import build_account, iso_timestamp, json_object, media_kind, media_record
from credscore.importers._html import html_to_text
from credscore.importers.base import SourceNote

__all__ = ["FOLLOWERS_PAGE_SIZE", "PAGE_SIZE", "PLATFORM", "MastodonHandle", "account_to_member", "fetch_account",
           "has_avatar", "parse_handle", "status_to_post"]

logger = logging.getLogger(__name__)

PLATFORM = "mastodon"
PAGE_SIZE = 40
"""Statuses per page: the most the Mastodon API returns."""
FOLLOWERS_PAGE_SIZE = 80
"""Accounts per page of a follower list: the most the Mastodon API returns."""
LOOKUP_PATH = "/api/v1/accounts/lookup"
STATUSES_PATH = "/api/v1/accounts/{id}/statuses"
FOLLOWERS_PATH = "/api/v1/accounts/{id}/followers"
# The picture a server gives an account that set none: Mastodon's, GoToSocial's, Akkoma's and Pleroma's.
DEFAULT_AVATAR_PATHS = ("/avatars/original/missing.png", "/assets/default_avatars/", "/images/avi.png")

_USER = r"[A-Za-z0-9_][A-Za-z0-9_.-]*"
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
_HANDLE = re.compile(rf"@?(?P<user>{_USER})@(?P<host>{_HOST})")
_PROFILE_URL = re.compile(rf"(?P<scheme>https?)://(?P<host>{_HOST})/(?:@|users/)(?P<user>{_USER})/?")
# Mastodon account ids are numbers; other servers (GoToSocial, Akkoma) use letters too.
_ACCOUNT_ID = re.compile(r"[A-Za-z0-9_-]+")
_STATUS_ERRORS = {
    401: "the instance requires signing in to read accounts",
    403: "the instance refuses to show this account",
    410: "the account is gone (suspended or deleted)",
}


@dataclass(frozen=True, slots=True)
class MastodonHandle:
    """``@user@instance``, and where its instance's API is."""

    user: str
    instance: str
    """Host (and port, if any), lower case."""
    scheme: str = "https"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.instance}"

    @property
    def acct(self) -> str:
        return f"{self.user}@{self.instance}"

    def __str__(self) -> str:
        return f"@{self.acct}"


def parse_handle(target: str) -> MastodonHandle:
    """``@user@instance``, ``user@instance`` or a profile URL (``https://instance/@user``)."""
    target = target.strip()
    if match := _HANDLE.fullmatch(target):
        return MastodonHandle(match["user"], match["host"].lower())
    if match := _PROFILE_URL.fullmatch(target):
        return MastodonHandle(match["user"], match["host"].lower(), match["scheme"])
    raise InputError(f"mastodon: {target!r} is not a Mastodon account; write it @user@instance")


def fetch_account(target: str, *, client: httpx.Client, max_posts: int, sleep: Sleep | None = None,
                  audience_sample: int = DEFAULT_AUDIENCE_SAMPLE) -> Account:
    """The account ``target`` names (see :func:`parse_handle`), with up to ``max_posts`` statuses and up to
    ``audience_sample`` followers' public profiles."""
    handle = parse_handle(target)
    found = _lookup(client, handle, sleep)
    seen_at = datetime.now(UTC)
    statuses_path = STATUSES_PATH.format(id=found["id"])

    def fetch_page(next_url: str | None) -> tuple[list[dict[str, Any]], str | None]:
        return _list_page(client, handle, statuses_path, next_url, sleep, PAGE_SIZE, "statuses")

    pages = paginate(fetch_page, max_items=max_posts, key=lambda status: status["id"])
    logger.info("mastodon %s: %d statuses in %d pages", handle, len(pages.items), pages.pages)
    audience, audience_note = _audience(client, handle, found, audience_sample, sleep)
    snapshot = _snapshot(found, seen_at)
    return build_account(
        f"{PLATFORM}:{handle}",
        name=text(found.get("display_name")) or text(found.get("username")),
        profiles=[_profile(found, handle)],
        posts=[status_to_post(status) for status in pages.items],
        audience=audience,
        snapshots=[snapshot] if snapshot else [],
        source=SourceNote(kind=PLATFORM, location=str(handle), complete=pages.complete,
                          note="; ".join(note for note in (pages.note, audience_note) if note)),
    )


def _audience(client: httpx.Client, handle: MastodonHandle, found: dict[str, Any], sample: int,
              sleep: Sleep | None) -> tuple[list[dict[str, Any]], str]:
    """Up to ``sample`` followers as audience members, and what the source note should say about them."""
    total = count(found.get("followers_count"))
    if sample == 0 or total == 0:
        return [], ""
    path = FOLLOWERS_PATH.format(id=found["id"])

    def fetch_page(next_url: str | None) -> tuple[list[dict[str, Any]], str | None]:
        return _list_page(client, handle, path, next_url, sleep, FOLLOWERS_PAGE_SIZE, "accounts")

    try:
        pages = paginate(fetch_page, max_items=sample, key=lambda account: account["id"])
    except InputError as exc:
        logger.warning("mastodon %s: no follower sample: %s", handle, exc)
        return [], f"no follower sample ({exc})"
    members = [account_to_member(account, handle.instance) for account in pages.items]
    logger.info("mastodon %s: %d followers sampled in %d pages", handle, len(members), pages.pages)
    return members, audience_note(len(members), total, sample, pages.complete, pages.note)


def _snapshot(found: dict[str, Any], at: datetime) -> dict[str, Any] | None:
    """The account's counters as the lookup showed them (None when it showed none)."""
    counters = {"followers": count(found.get("followers_count")), "following": count(found.get("following_count")),
                "posts_count": count(found.get("statuses_count"))}
    if all(value is None for value in counters.values()):
        return None
    return {"platform": PLATFORM, "at": at, **counters}


def account_to_member(account: dict[str, Any], instance: str) -> dict[str, Any]:
    """One account of a follower list as an audience member (``None`` values still present)."""
    acct = text(account.get("acct")) or text(account.get("username"))
    bot = account.get("bot")
    return {
        "platform": PLATFORM,
        # ``acct`` is ``user`` for the instance's own accounts, ``user@host`` for the others.
        "handle": acct if acct is None or "@" in acct else f"{acct}@{instance}",
        "followers": count(account.get("followers_count")),
        "following": count(account.get("following_count")),
        "posts_count": count(account.get("statuses_count")),
        "created_at": iso_timestamp(account.get("created_at")),
        "has_avatar": has_avatar(account.get("avatar")),
        "bio": _bio(account),
        "bot": bot if isinstance(bot, bool) else None,
    }


def has_avatar(url: Any) -> bool | None:
    """Whether an ``avatar`` URL is a picture the account chose (not the server's default); None when unknown."""
    if not isinstance(url, str):
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    return bool(path) and not any(marker in path for marker in DEFAULT_AVATAR_PATHS)


def _lookup(client: httpx.Client, handle: MastodonHandle, sleep: Sleep | None) -> dict[str, Any]:
    try:
        found = get_json(client, handle.base_url + LOOKUP_PATH, {"acct": handle.user}, sleep=sleep)
    except HTTPStatusError as exc:
        raise InputError(_lookup_failure(handle, exc)) from None
    except InputError as exc:
        raise InputError(f"mastodon {handle}: {exc}") from None
    if not isinstance(found, dict) or not _ACCOUNT_ID.fullmatch(str(found.get("id", ""))):
        raise InputError(f"mastodon {handle}: {handle.instance} answered the lookup with no account id")
    return found


def _lookup_failure(handle: MastodonHandle, exc: HTTPStatusError) -> str:
    answered = f"{handle.instance} answered HTTP {exc.status}"
    if exc.status == httpx.codes.NOT_FOUND:
        if exc.json_body:
            return f"mastodon {handle}: no such account ({answered})"
        return f"mastodon {handle}: {handle.instance} does not answer the Mastodon API ({answered}); is it an instance?"
    reason = _STATUS_ERRORS.get(exc.status, str(exc))
    return f"mastodon {handle}: {reason} ({answered})"


def _list_page(client: httpx.Client, handle: MastodonHandle, path: str, next_url: str | None, sleep: Sleep | None,
               page_size: int, what: str) -> tuple[list[dict[str, Any]], str | None]:
    """One page of a list (statuses, accounts) and the URL of the next page, from the ``Link`` header."""
    if next_url is None:
        response = get(client, handle.base_url + path, {"limit": page_size}, accept=JSON, sleep=sleep)
    else:
        response = get(client, _same_route(handle, path, next_url), accept=JSON, sleep=sleep)
    page = json_body(response)
    if not isinstance(page, list):
        raise InputError(f"{where(response.url)}: expected a list of {what}, got {type(page).__name__}")
    # Mastodon's ids are strings (numbers on some other servers); anything else names nothing.
    items = [item for item in page if isinstance(item, dict) and isinstance(item.get("id"), str | int)
             and not isinstance(item.get("id"), bool)]
    return items, response.links.get("next", {}).get("url")


def _same_route(handle: MastodonHandle, path: str, next_url: str) -> str:
    """The next page on the instance asked, whatever host the ``Link`` header names: only its query is taken."""
    try:
        link = httpx.URL(next_url)
    except httpx.InvalidURL:
        raise InputError(f"mastodon {handle}: the next-page link is not a URL") from None
    if link.path != path:
        raise InputError(f"mastodon {handle}: the next-page link leads elsewhere ({where(link)})")
    return str(httpx.URL(handle.base_url + path).copy_with(query=link.query))


def status_to_post(status: dict[str, Any]) -> dict[str, Any]:
    """One status of the API as a post of the account document (``None`` values still present)."""
    boosted = status.get("reblog") if isinstance(status.get("reblog"), dict) else None
    shown = boosted or status
    kind = "repost" if boosted else "reply" if status.get("in_reply_to_id") is not None else "post"
    body = html_to_text(text(shown.get("content")) or "")
    warning = (text(shown.get("spoiler_text")) or "").strip()
    return {
        "platform": PLATFORM,
        "text": f"{warning}\n\n{body.text}".strip() if warning else body.text,
        "created_at": iso_timestamp(status.get("created_at")),
        "id": str(status["id"]),
        "kind": kind,
        "url": text(shown.get("url")) or text(shown.get("uri")),
        "links": _links(shown, body.links),
        "likes": count(shown.get("favourites_count")),
        "reposts": count(shown.get("reblogs_count")),
        "replies": count(shown.get("replies_count")),
        "media": [media_record(media_kind(item.get("type"), url=item.get("url")), text(item.get("url")))
                  for item in dicts(shown.get("media_attachments"))] or None,
    }


def _links(status: dict[str, Any], content_links: tuple[str, ...]) -> list[str]:
    """Links of the content but mentions and hashtags (also when a remote server did not mark them), then the card."""
    not_links = {text(item.get("url")) for key in ("mentions", "tags") for item in dicts(status.get(key))}
    card = json_object(status.get("card"))
    return web_links([*(link for link in content_links if link not in not_links), card.get("url")])


def _profile(found: dict[str, Any], handle: MastodonHandle) -> dict[str, Any]:
    return {
        "platform": PLATFORM,
        "handle": f"{text(found.get('username')) or handle.user}@{handle.instance}",
        "bio": _bio(found),
        "url": text(found.get("url")),
        "followers": count(found.get("followers_count")),
        "following": count(found.get("following_count")),
        "created_at": iso_timestamp(found.get("created_at")),
        "posts_count": count(found.get("statuses_count")),
        "has_avatar": has_avatar(found.get("avatar")),
    }


def _bio(found: dict[str, Any]) -> str | None:
    lines = [html_to_text(text(found.get("note")) or "").text]
    for field in dicts(found.get("fields")):
        if text(field.get("name")):
            lines.append(f"{field['name']}: {html_to_text(text(field.get('value')) or '').text}")
    return "\n".join(line for line in lines if line) or None
