"""Which hosts fetch-by-handle may reach, so that the API cannot be turned against its own network (SSRF).

A client of the API names an account (``{"handle": "mastodon:@user@instance"}``), never a URL. The
policy, checked before any connection and again on every connection (redirects included):

- **Bluesky**: only the public AppView the connector uses (``public.api.bsky.app``).
- **Mastodon**: only the instance named in the handle, over ``https`` on port 443, by a domain name
  with at least one dot (not an IP literal, not ``localhost`` nor a local-only suffix), and only if
  the name resolves exclusively to public addresses: loopback, private, link-local, shared (CGNAT),
  multicast, reserved, unspecified, IPv6 unique-local and site-local addresses are refused, as are
  IPv6 addresses that embed one of those (IPv4-mapped, 6to4, NAT64, Teredo).
- **YouTube**: only ``www.youtube.com`` (the channel feed, and the channel page that turns an ``@handle`` into
  the channel id), at URLs the connector builds from a checked channel id or handle.
- **RSS** (any URL) is refused: import a feed with ``credscore import --rss`` and post the document.

Each connection goes to the very address that was checked (the name is resolved once, the
connection pinned to that address, the name kept for TLS and the ``Host`` header), so a name
that changes its answer between the check and the connection (DNS rebinding) gains nothing. A
redirect to any other host, scheme or port is refused, not followed.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
from dataclasses import dataclass

import httpx

from credscore.connectors.bluesky import APPVIEW, parse_actor
from credscore.connectors.http import where
from credscore.connectors.mastodon import parse_handle
from credscore.connectors.youtube import HOST as YOUTUBE_HOST
from credscore.connectors.youtube import parse_channel
from credscore.errors import InputError

__all__ = ["BLUESKY_HOST", "FetchRefusedError", "FetchTarget", "GuardedTransport", "fetch_target",
           "is_public", "public_addresses", "resolve"]

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

BLUESKY_HOST = httpx.URL(APPVIEW).host
HTTPS_PORT = 443
# Names that only mean something on a local network; they are refused without being resolved.
LOCAL_SUFFIXES = ("localhost", "local", "localdomain", "internal", "intranet", "lan", "home.arpa", "corp",
                  "onion", "invalid")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_PREFIX = re.compile(r"(mastodon|bluesky|youtube|rss):(.*)", re.IGNORECASE | re.DOTALL)
_BARE_MASTODON = re.compile(r"@[^@\s/]+@[^@\s/]+")


class FetchRefusedError(InputError):
    """The API will not fetch this: not a known platform's host, or not a public address."""


@dataclass(frozen=True, slots=True)
class FetchTarget:
    """A handle the policy accepts: the spec to fetch (normalised) and the one host it may reach."""

    spec: str
    platform: str
    host: str


def fetch_target(handle: str) -> FetchTarget:
    """Check ``handle`` against the policy without touching the network (see :func:`public_addresses`).

    Raises :class:`FetchRefusedError` for a handle the policy refuses, :class:`InputError` for one that is
    not a handle at all.
    """
    handle = handle.strip()
    if _BARE_MASTODON.fullmatch(handle):
        platform, target = "mastodon", handle
    elif match := _PREFIX.fullmatch(handle):
        platform, target = match[1].lower(), match[2].strip()
    else:
        raise InputError(f"{handle!r}: not a handle; write mastodon:@user@instance or bluesky:handle.bsky.social")
    if platform == "rss":
        raise FetchRefusedError("rss: the API does not fetch feeds (any URL could be asked for); import the feed "
                           "with `credscore import --rss` and post the account document")
    if platform == "bluesky":
        return FetchTarget(f"bluesky:{parse_actor(target)}", "bluesky", BLUESKY_HOST)
    if platform == "youtube":
        return FetchTarget(f"youtube:{parse_channel(target)}", "youtube", YOUTUBE_HOST)
    parsed = parse_handle(target)
    host, _, port = parsed.instance.partition(":")
    if parsed.scheme != "https":
        raise FetchRefusedError(f"mastodon: {parsed.instance}: only https is fetched")
    if port and int(port) != HTTPS_PORT:
        raise FetchRefusedError(f"mastodon: {parsed.instance}: only the standard https port (443) is fetched")
    check_host_name(host)
    return FetchTarget(f"mastodon:@{parsed.user}@{host}", "mastodon", host)


def check_host_name(host: str) -> None:
    """Refuse IP literals, single-label names and local-only suffixes, before any resolution."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        refused = "" if is_public(address) else "not a public address; "
        raise FetchRefusedError(f"{host}: {refused}an instance is fetched by its domain name, not an IP address")
    labels = host.lower().split(".")
    if len(labels) < 2 or any(host.lower() == suffix or host.lower().endswith("." + suffix)
                              for suffix in LOCAL_SUFFIXES):
        raise FetchRefusedError(f"{host}: not a public domain name")


def resolve(host: str, port: int = HTTPS_PORT) -> list[IPAddress]:
    """Every address ``host`` resolves to (the tests replace this function)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"{host}: cannot be resolved ({exc})") from None
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))


def is_public(address: IPAddress) -> bool:
    """Whether ``address`` is a public unicast address (and embeds no private one)."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.teredo is not None or address.is_site_local:
            return False
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not (address.is_private or address.is_loopback or address.is_link_local
                                      or address.is_multicast or address.is_reserved or address.is_unspecified)


def public_addresses(host: str, port: int = HTTPS_PORT) -> list[IPAddress]:
    """The addresses of ``host``, all public; :class:`FetchRefusedError` if any of them is not."""
    addresses = resolve(host, port)
    if not addresses:
        raise InputError(f"{host}: cannot be resolved")
    private = [str(address) for address in addresses if not is_public(address)]
    if private:
        raise FetchRefusedError(f"{host}: resolves to a non-public address ({', '.join(private[:3])})")
    return addresses


class GuardedTransport(httpx.BaseTransport):
    """A transport that lets through only https requests to ``allowed_hosts``, pinned to a checked address."""

    def __init__(self, allowed_hosts: frozenset[str], inner: httpx.BaseTransport | None = None) -> None:
        self.allowed_hosts = allowed_hosts
        self.inner = inner or httpx.HTTPTransport()
        self.refusals: list[FetchRefusedError] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            pinned = self._pinned(request.url)
        except FetchRefusedError as exc:
            logger.warning("refused to fetch %s: %s", where(request.url), exc)
            self.refusals.append(exc)
            raise
        extensions = {**request.extensions, "sni_hostname": request.url.host}
        forwarded = httpx.Request(request.method, pinned, headers=request.headers, stream=request.stream,
                                  extensions=extensions)
        return self.inner.handle_request(forwarded)

    def _pinned(self, url: httpx.URL) -> httpx.URL:
        if url.scheme != "https":
            raise FetchRefusedError(f"{where(url)}: only https is fetched")
        if url.port not in (None, HTTPS_PORT):
            raise FetchRefusedError(f"{where(url)}: only the standard https port (443) is fetched")
        if url.host not in self.allowed_hosts:
            raise FetchRefusedError(f"{where(url)}: not the host of the handle asked for (no redirect elsewhere)")
        return url.copy_with(host=str(public_addresses(url.host)[0]))

    def close(self) -> None:
        self.inner.close()

