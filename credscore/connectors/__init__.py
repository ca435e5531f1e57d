"""Connectors: fetch an account's public history from a live API or feed, as an account document.

>>> account = fetch_account("mastodon:@Gargron@mastodon.social", max_posts=200)  # doctest: +SKIP
>>> account.model_extra["sources"]  # doctest: +SKIP
[{'kind': 'mastodon', 'location': '@Gargron@mastodon.social', 'complete': False,
  'note': 'stopped at 200 posts (--max-posts)'}]

A *spec* names the source and the account:

- ``mastodon:@user@instance`` (or ``@user@instance``, ``mastodon:user@instance``,
  ``mastodon:https://instance/@user``): the Mastodon API of the instance, no sign-in;
- ``bluesky:handle.bsky.social`` (or ``bluesky:@handle``, ``bluesky:did:plc:…``,
  ``bluesky:https://bsky.app/profile/handle``): Bluesky's public AppView;
- ``rss:URL`` or ``rss:PATH``: an RSS 2.0 or Atom feed, fetched or read from a file;
- ``youtube:UC…`` (or ``youtube:@handle``, ``youtube:https://www.youtube.com/channel/UC…``): the
  channel's public Atom feed (its latest videos).

Every request goes through the one policy of :mod:`credscore.connectors.http` (timeouts,
``User-Agent``, retries, page caps). Every account carries ``sources`` (a list of
:class:`~credscore.importers.base.SourceNote` dicts) saying whether the history is complete and
why not. Failures are :class:`~credscore.errors.InputError` with one clear message.

The connector modules load on first use, so that ``import credscore.connectors`` stays quick.
"""

from __future__ import annotations

import importlib
import logging
import re
from contextlib import ExitStack
from typing import Any

import httpx

from credscore.account import Account
from credscore.connectors.http import DEFAULT_MAX_POSTS, Sleep, make_client
from credscore.errors import InputError
from credscore.limits import MAX_AUDIENCE

__all__ = ["AUDIENCE_CONNECTORS", "CONNECTORS", "DEFAULT_AUDIENCE_SAMPLE", "DEFAULT_MAX_POSTS", "fetch_account",
           "is_connector_spec"]

logger = logging.getLogger(__name__)

CONNECTORS: dict[str, str] = {
    "mastodon": "credscore.connectors.mastodon",
    "bluesky": "credscore.connectors.bluesky",
    "rss": "credscore.importers.rss",
    "youtube": "credscore.connectors.youtube",
}
"""Spec prefix -> module with ``fetch_account(target, *, client, max_posts, sleep) -> Account``."""
AUDIENCE_CONNECTORS = frozenset({"mastodon", "bluesky"})
"""The connectors whose ``fetch_account`` also takes ``audience_sample``: those that can list followers."""
DEFAULT_AUDIENCE_SAMPLE = 200
"""Followers whose public profiles are fetched at most (``--audience-sample``; 0 for none). A share measured on
200 followers is within about 7 points of the whole audience's (95 %), for a handful of requests."""

# "@user@instance" without a prefix is a Mastodon handle.
_BARE_MASTODON = re.compile(r"@[^@\s/]+@[^@\s/]+")
_PREFIX = re.compile(r"([a-z][a-z0-9-]*):(.*)", re.DOTALL | re.IGNORECASE)


def fetch_account(spec: str, *, client: httpx.Client | None = None, max_posts: int = DEFAULT_MAX_POSTS,
                  sleep: Sleep | None = None, audience_sample: int = DEFAULT_AUDIENCE_SAMPLE) -> Account:
    """Fetch the account that ``spec`` names (see the module docstring) as a validated :class:`Account`.

    ``client`` is used as given and left open (tests pass one with a mock transport); without it,
    a client from :func:`~credscore.connectors.http.make_client` is made and closed. ``max_posts``
    caps the posts fetched; ``sleep`` replaces :func:`time.sleep` between retries. ``audience_sample`` caps the
    followers whose public profiles are fetched, where the platform lists them (:data:`AUDIENCE_CONNECTORS`).
    """
    prefix, target = _split_spec(spec)
    if max_posts < 1:
        raise InputError(f"--max-posts must be at least 1, got {max_posts}")
    if not 0 <= audience_sample <= MAX_AUDIENCE:
        raise InputError(f"--audience-sample must be between 0 and {MAX_AUDIENCE:,}, got {audience_sample}")
    module = importlib.import_module(CONNECTORS[prefix])
    options: dict[str, Any] = {"audience_sample": audience_sample} if prefix in AUDIENCE_CONNECTORS else {}
    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(make_client())
        return module.fetch_account(target, client=client, max_posts=max_posts, sleep=sleep, **options)


def is_connector_spec(text: str) -> bool:
    """Whether ``text`` names a connector (``mastodon:…``, ``bluesky:…``, ``rss:…``, ``@user@instance``)."""
    text = text.strip()
    if _BARE_MASTODON.fullmatch(text):
        return True
    match = _PREFIX.match(text)
    return match is not None and match.group(1).lower() in CONNECTORS


def _split_spec(spec: str) -> tuple[str, str]:
    spec = spec.strip()
    if _BARE_MASTODON.fullmatch(spec):
        return "mastodon", spec
    match = _PREFIX.match(spec)
    # "C:\\feed.xml" and "https://…" are not connector prefixes.
    if not match or len(match.group(1)) < 2 or match.group(2).startswith("//"):
        raise InputError(f"{spec!r}: not a connector spec; use {_known()}")
    prefix, target = match.group(1).lower(), match.group(2).strip()
    if prefix not in CONNECTORS:
        raise InputError(f"{spec!r}: unknown connector {prefix!r}; use {_known()}")
    if not target:
        raise InputError(f"{spec!r}: says which connector but not which account")
    return prefix, target


def _known() -> str:
    return "mastodon:@user@instance, bluesky:handle, youtube:CHANNEL_ID or rss:URL_OR_PATH"


# Building blocks for the connector modules (the account itself is built by
# credscore.importers._common.build_account, as for every importer; timestamps by its iso_timestamp).


def count(value: Any) -> int | None:
    """A count from an API (``likeCount``, ``followers_count``), or ``None`` when it is not a natural number."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def text(value: Any) -> str | None:
    """A string field, or ``None`` when it is missing, empty or not a string."""
    return value if isinstance(value, str) and value else None


def dicts(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON array (``[]`` when ``value`` is not an array)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def web_links(links: Any) -> list[str]:
    """The ``http(s)`` URLs of ``links``, each once, in order."""
    return list(dict.fromkeys(link for link in links if isinstance(link, str)
                              and link.startswith(("http://", "https://"))))


def audience_note(sampled: int, total: int | None, sample: int, complete: bool, note: str) -> str:
    """What a source note says of a follower sample: its size against the followers, and why it stopped short."""
    if not sampled and total:
        return f"the server lists none of the {total:,} followers (hidden by the account?)"
    of = f" of {total:,}" if total is not None else ""
    if not complete and sampled < sample:
        return f"follower sample cut short at {sampled:,}{of} ({note})"
    if total is not None and sampled < total:
        return f"follower sample: the {sampled:,} most recent{of}"
    return ""
