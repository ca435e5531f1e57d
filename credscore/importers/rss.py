"""RSS 2.0 / Atom feeds (a blog, a newsletter, a cross-posting feed) -> the account document.

The importer ``rss`` reads a local ``.xml``/``.rss``/``.atom`` file; the connector ``rss:URL``
fetches a feed through the shared HTTP policy (:mod:`credscore.connectors.http`). Both hand the
bytes to the same parser, :func:`parse_feed` (feedparser), as a stream: feedparser never fetches
anything by itself (given a string or bytes it would try a URL or a local file name).

What maps to what:

- entry -> Post(platform ``blog``, kind ``post``): ``text`` = the title, a blank line, then the content
  (Atom ``content``, else ``summary``/``description``) with HTML taken out; the title is left out when
  the content starts with it (feeds often use the first words of a post as its title);
  ``created_at`` = ``published`` (RFC 822 in RSS), else ``updated``; ``id`` = ``guid``/``id``, else the link
  (ids can repeat: a comment feed may give several entries the guid of the post they answer);
- the entry's ``link`` is its permalink: kept as the ``url`` extra field. It goes into ``links`` only
  when it points off the feed's own site (a link blog sharing someone else's page), since ``links``
  means what a post shares; the other ``links`` are the ``href`` of the links in the content. When
  there is none, ``links`` is left out and scorers take URLs from the text;
- channel -> the account's ``name`` = the feed's title (a blog's name), Profile(platform ``blog``,
  ``bio`` = its subtitle/description, ``url`` = its link).

A YouTube channel's feed is read as :mod:`credscore.connectors.youtube` reads it (platform ``youtube``).

A feed that is not well-formed XML is read leniently (feedparser's loose parser), and its source is
then marked incomplete, since entries after the fault may be missing.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx

from credscore.account import Account
from credscore.connectors import text, web_links
from credscore.connectors.http import MAX_RESPONSE_BYTES, Sleep, get
from credscore.connectors.youtube import channel_account, is_channel_feed
from credscore.errors import InputError
from credscore.importers._common import build_account
from credscore.importers._html import HtmlText, html_to_text, looks_like_html, plain_text
from credscore.importers.base import SourceNote, register

__all__ = ["FEED_SUFFIXES", "NAME", "PLATFORM", "RssImporter", "entry_to_post", "fetch_account", "parse_feed"]

logger = logging.getLogger(__name__)

NAME = "rss"
PLATFORM = "blog"
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
DETECT_BYTES = 4096
"""How much of a file :meth:`RssImporter.detect` reads to find the feed's root element."""
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

_ROOT = re.compile(rb"<(?:rss|feed)[\s>]|<rdf:RDF[^>]*purl\.org/rss/1\.0", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# feedparser's notes about a feed that was read fine all the same.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_ELLIPSIS = "….: "


class RssImporter:
    """A local RSS 2.0, RSS 1.0 or Atom file."""

    name = NAME

    def detect(self, path: Path) -> bool:
        try:
            if not path.is_file() or path.suffix.lower() not in FEED_SUFFIXES:
                return False
            with path.open("rb") as stream:
                return bool(_ROOT.search(stream.read(DETECT_BYTES)))
        except OSError:
            return False

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        return parse_feed(_read_file(path), location=str(path), account_id=account_id or f"{NAME}:{path.name}")


register(RssImporter())


def fetch_account(target: str, *, client: httpx.Client, max_posts: int, sleep: Sleep | None = None) -> Account:
    """``rss:URL`` (fetched with the shared client) or ``rss:PATH`` (read), with up to ``max_posts`` entries."""
    if not target.lower().startswith(("http://", "https://")):
        path = Path(target).expanduser()
        return parse_feed(_read_file(path), location=str(path), account_id=f"{NAME}:{path.name}",
                          max_posts=max_posts)
    response = get(client, target, accept=ACCEPT, sleep=sleep)
    location = _public_url(response.url)
    headers = {"content-location": str(response.url), "content-type": response.headers.get("content-type", "")}
    return parse_feed(response.content, location=location, account_id=f"{NAME}:{location}",
                      max_posts=max_posts, headers=headers)


def parse_feed(data: bytes, *, location: str, account_id: str, max_posts: int | None = None,
               headers: Mapping[str, str] | None = None) -> Account:
    """The account document of a feed's bytes; ``location`` names it in messages and in ``sources``."""
    # A stream, never bytes or a string: feedparser would take those for a file name or a URL to fetch.
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=dict(headers or {}))
    except (ValueError, RecursionError) as exc:  # feedparser's loose parser on e.g. `&#99999999;`
        raise InputError(f"{location}: not a readable RSS or Atom feed ({type(exc).__name__}: {exc})") from None
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(f"{location}: not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if is_channel_feed(parsed):  # a YouTube channel's videos: platform youtube, not blog
        complete, note = _lenient_read(parsed)
        return channel_account(parsed, location=location, account_id=account_id, max_posts=max_posts, kind=NAME,
                               complete=complete, note=note)
    site_host = _host(text(parsed.feed.get("link")))
    # An entry with no text, id or link (the tail of a cut feed, read leniently) says nothing.
    posts = [post for post in (entry_to_post(entry, site_host=site_host) for entry in parsed.entries)
             if post["text"] or post["id"] or post["url"]]
    complete, note = _lenient_read(parsed)
    if max_posts is not None and len(posts) > max_posts:
        posts = posts[:max_posts]
        complete, note = False, "; ".join(filter(None, [note, f"stopped at {max_posts} posts (--max-posts)"]))
    logger.info("%s: %d feed entries", location, len(posts))
    return build_account(
        account_id,
        name=_detail_text(parsed.feed, "title").text or None,
        profiles=[{"platform": PLATFORM, "bio": _detail_text(parsed.feed, "subtitle").text or None,
                   "url": text(parsed.feed.get("link"))}],
        posts=posts,
        source=SourceNote(kind=NAME, location=location, complete=complete, note=note),
    )


def entry_to_post(entry: Mapping[str, Any], *, site_host: str | None = None) -> dict[str, Any]:
    """One feed entry as a post of the account document (``None`` values still present)."""
    title = _detail_text(entry, "title")
    body = _body(entry)
    link = text(entry.get("link"))
    shared = [link] if link and _off_site(link, site_host) else []
    links = web_links([*shared, *(found for found in (*title.links, *body.links) if found != link)])
    return {
        "platform": PLATFORM,
        "text": _join(title.text, body.text),
        "created_at": _published(entry),
        "id": text(entry.get("id")) or link,
        "kind": "post",
        "url": link,
        "links": links or None,
    }


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_RESPONSE_BYTES:
            raise InputError(f"{path}: too large for a feed ({size} bytes)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a feed file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None


def _public_url(url: httpx.URL) -> str:
    """The URL without user info, query or fragment, where tokens of private feeds live."""
    return str(url.copy_with(userinfo=b"", query=None, fragment=None))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL:
        return None
    return host.removeprefix("www.") or None


def _off_site(link: str, site_host: str | None) -> bool:
    """Whether ``link`` leaves the feed's site (its host and subdomains); unknown when the feed names no site."""
    host = _host(link)
    if not site_host or not host:
        return False
    return not (host == site_host or host.endswith("." + site_host) or site_host.endswith("." + host))


def _lenient_read(parsed: Any) -> tuple[bool, str]:
    problem = parsed.get("bozo_exception")
    if not parsed.get("bozo") or isinstance(problem, _HARMLESS):
        return True, ""
    logger.warning("feed is not well-formed (%s); read leniently", problem)
    return False, f"not well-formed XML ({problem}); read leniently, entries may be missing"


def _detail_text(record: Mapping[str, Any], key: str) -> HtmlText:
    """The text of ``record[key]``, taking HTML out when ``record[key + "_detail"]`` says it is HTML."""
    detail = record.get(f"{key}_detail") or {}
    return _content_text(text(record.get(key)) or "", detail.get("type", "text/plain"))


def _body(entry: Mapping[str, Any]) -> HtmlText:
    """Atom ``content`` (the whole post) rather than ``summary`` (often an excerpt)."""
    for content in entry.get("content") or []:
        if text(content.get("value")):
            return _content_text(content["value"], content.get("type", "text/plain"))
    return _detail_text(entry, "summary")


def _content_text(value: str, content_type: str) -> HtmlText:
    if content_type not in _HTML_TYPES:
        return HtmlText(value.strip(), ())
    # feedparser calls every RSS description text/html; one without markup is plain text (line breaks kept).
    return html_to_text(value) if looks_like_html(value) else HtmlText(plain_text(value).strip(), ())


def _join(title: str, body: str) -> str:
    if not title or not body:
        return title or body
    start = " ".join(title.split()).rstrip(_ELLIPSIS) or title
    if " ".join(body.split()).startswith(start):
        return body
    return f"{title}\n\n{body}"


def _published(entry: Mapping[str, Any]) -> datetime | None:
    """``published`` (an RSS ``pubDate``), else ``updated``; feedparser gives both in UTC."""
    for key in ("published_parsed", "updated_parsed"):
        # dict.get, not entry.get: feedparser maps a missing `updated_parsed` to `published_parsed` with a
        # deprecation warning (which is an error under the test suite's warning policy).
        moment = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if moment:
            return datetime(*moment[:6]).replace(tzinfo=UTC)
    return None
