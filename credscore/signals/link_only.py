"""Link-only posting: pushing others' content with no words of one's own.

"Ils ne postent que des liens": a fake expert's feed is a stream of links with a hashtag or
two and no words of their own, often pushed through a scheduling tool that shortens every
link. A real professional says something about what they share.

Only *outbound* links count, links to someone else's content. Two kinds of links are not:

- **the post's own media.** A captionless photo or video is a media post, not a link post: a
  link that is one of the post's ``media`` URLs, a platform's media host or page (X's
  ``pbs.twimg.com`` and ``…/status/…/photo/1``, ``pic.twitter.com``, Bluesky's ``cdn.bsky.app``,
  a Mastodon instance's ``/media_attachments/``, Instagram's and Facebook's CDNs), or, on a post
  that carries media, X's ``t.co`` wrapper, which stands for the photo at the end of the text.
- **the account's own site or work.** A researcher linking her papers, a newspaper its articles,
  a shop its catalogue share what they made, not others' content. The profile says which site
  is the account's own: the hosts of ``Profile.url`` and of the links in its bios (with their
  subdomains), or, on a host where a site is a page (``github.com/jane``, ``linkedin.com/in/jane``,
  a Mastodon ``/@jane``), the links under that page. Such links are left out rather than made a
  feature of their own: sharing one's own work says nothing either way about an expert's
  credibility (a guru's sales page is their own site too; what it says is the wording signals'
  business), and the model stays small. A shortened or wrapped link (``bit.ly``, ``t.co``)
  cannot be followed offline, so it is never taken for the account's own.

The lists of hosts are data: ``data/link_shorteners.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import translate
from functools import cache, lru_cache
from urllib.parse import urlsplit

from credscore.nlp.analysis import AnalysedAccount
from credscore.resources import data_dir
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)
from credscore.signals.cross_posting import platform_key

NAME = "link_only"
# A post with this many words or fewer, besides its links, hashtags, mentions and emoji, says nothing
# of its own ("À lire :", "Check this out").
MAX_WORDS_OF_A_WORDLESS_POST = 3


@dataclass(frozen=True, slots=True)
class LinkHosts:
    """The host lists of ``data/link_shorteners.toml``, lower case."""

    shorteners: frozenset[str]
    wrappers: frozenset[str]
    media_hosts: frozenset[str]
    media_patterns: tuple[str, ...]
    media_wrappers: frozenset[str]
    shared_hosts: frozenset[str]
    user_page_prefixes: tuple[str, ...]
    profile_pages: Mapping[str, tuple[str, ...]]
    platform_hosts: Mapping[str, frozenset[str]]
    research_hosts: frozenset[str]


@cache
def link_hosts() -> LinkHosts:
    """The host lists, read once from ``data/link_shorteners.toml``."""
    with (data_dir() / "link_shorteners.toml").open("rb") as stream:
        data = tomllib.load(stream)

    def lower(values: Iterable[str]) -> tuple[str, ...]:
        return tuple(value.lower() for value in values)

    return LinkHosts(
        shorteners=frozenset(lower(data["domains"])),
        wrappers=frozenset(lower(data["wrappers"])),
        media_hosts=frozenset(lower(data["media"]["hosts"])),
        media_patterns=lower(data["media"]["patterns"]),
        media_wrappers=frozenset(lower(data["media"]["wrappers"])),
        shared_hosts=frozenset(lower(data["own_sites"]["shared_hosts"])),
        user_page_prefixes=lower(data["own_sites"]["user_page_prefixes"]),
        profile_pages={platform.lower(): lower(pages)
                       for platform, pages in data["own_sites"]["profile_pages"].items()},
        platform_hosts={platform.lower(): frozenset(lower(hosts))
                        for platform, hosts in data["platform_hosts"].items()},
        research_hosts=frozenset(lower(data["research"]["hosts"])),
    )


def shortener_hosts() -> frozenset[str]:
    """Hosts of URL shorteners, from ``data/link_shorteners.toml``."""
    return link_hosts().shorteners


@lru_cache(maxsize=65_536)  # the same links recur across a batch (a newsletter, a shop)
def _split(link: str) -> tuple[str, str]:
    """A link's host (lower case, no "www.") and path (lower case, no trailing slash)."""
    if "://" not in link and not link.startswith("/"):
        link = "http://" + link
    try:
        parts = urlsplit(link.strip())
        host = parts.hostname or ""
    except ValueError:  # a malformed host ("http://[::1") is no site of anyone's
        return "", ""
    return host.removeprefix("www."), parts.path.lower().rstrip("/")


def _host(link: str) -> str:
    return _split(link)[0]


def on_platform(link: str, platform: str) -> bool:
    """Whether ``link`` is a page of ``platform`` itself (a post, a reel, a profile), by
    ``[platform_hosts]`` in ``data/link_shorteners.toml``; a subdomain counts as its host."""
    hosts = link_hosts().platform_hosts.get(platform.strip().lower(), frozenset())
    host = _host(link)
    return any(host == known or host.endswith("." + known) for known in hosts)


def _under(host: str, hosts: frozenset[str]) -> bool:
    """Whether ``host`` is one of ``hosts`` or a subdomain of one."""
    while host:
        if host in hosts:
            return True
        host = host.partition(".")[2]
    return False


@lru_cache(maxsize=65_536)  # the same links recur across a batch, and twin posts carry the same ones
def link_target(link: str) -> str | None:
    """What a link points to, as posts are compared ("host/path", lower case), or ``None`` when that cannot be told:
    a link through a URL shortener (a scheduler makes a new short link for every post of the same page)."""
    host, path = _split(link)
    if not host or _under(host, shortener_hosts()):
        return None
    return f"{host}{path}"


def research_link_share(account: AnalysedAccount) -> float:
    """Papers shared per distinct post of the account's own: the distinct papers it links to (``[research]`` hosts
    of ``data/link_shorteners.toml``, a subdomain counting as its host), over its distinct own texts, at most 1.0;
    0.0 without posts of its own. Not a feature of the model: the decision reads it (rule "shares-research").

    A researcher shares several papers, each once per network; a fake expert pastes the same DOI under many hollow
    posts to look scholarly. So a paper counts once however often it is pasted, and a text posted on several
    networks is one post: one DOI under a third of the posts is one paper, not a research habit."""
    own = [i for i, post in enumerate(account.account.posts) if post.kind != "repost"]
    if not own:
        return 0.0
    hosts = link_hosts().research_hosts
    papers = {_split(link) for i in own for link in account.posts[i].links if _under(_host(link), hosts)}
    if not papers:
        return 0.0  # most accounts: no paper, whatever their texts (read below only for an account that shares one)
    texts = {" ".join(account.account.posts[i].text.split()).casefold() for i in own}
    return min(1.0, share(len(papers), len(texts)))


def own_sites(account: AnalysedAccount) -> frozenset[tuple[str, str]]:
    """The account's own sites as (host, page): page "" for the whole host and its subdomains."""
    hosts = link_hosts()
    links = [profile.url for profile in account.account.profiles if profile.url]
    links += [link for bio in account.bios for link in bio.links]
    sites = {page for profile in account.account.profiles for page in _profile_pages(profile.platform, profile.handle)}
    for link in links:
        host, path = _split(link)
        if not host:
            continue
        if _under(host, hosts.wrappers):
            continue  # X gives a profile's website as a t.co link: it names no site
        on_a_shared_host = _under(host, hosts.shared_hosts | hosts.shorteners)
        if on_a_shared_host and host not in hosts.shared_hosts and host not in hosts.shorteners and not path:
            sites.add((host, ""))  # jane.substack.com: the subdomain is hers
        elif on_a_shared_host or path.startswith(hosts.user_page_prefixes):
            if path:  # twitter.com alone is nobody's site
                sites.add((host, path))
        else:
            sites.add((host, ""))
    return frozenset(sites)


def _profile_pages(platform: str, handle: str | None) -> list[tuple[str, str]]:
    """The account's pages on ``platform`` (``x.com/jane``, ``piaille.fr/@jeanne``) from its handle there."""
    handle = (handle or "").strip().lstrip("@").lower()
    if not handle or "/" in handle:
        return []
    user, _, instance = handle.partition("@")
    pages = []
    for template in link_hosts().profile_pages.get(platform_key(platform), ()):
        if ("{instance}" in template or "{user}" in template) and not (user and instance):
            continue
        host, path = _split(template.format(handle=handle, user=user, instance=instance))
        if host and path:
            pages.append((host, path))
    return pages


@cache
def _nobodys_hosts() -> frozenset[str]:
    """Shorteners and wrappers: hosts whose links name no one's site."""
    return link_hosts().shorteners | link_hosts().wrappers


def _is_own(link: str, sites: frozenset[tuple[str, str]]) -> bool:
    host, path = _split(link)
    if not host or _under(host, _nobodys_hosts()):
        return False
    for site, page in sites:
        if page:
            if host == site and (path == page or path.startswith(page + "/")):
                return True
        elif host == site or host.endswith("." + site):
            return True
    return False


def _is_media(link: str, media_urls: frozenset[str], carries_media: bool) -> bool:
    return link in media_urls or _media_link(link, carries_media)


@lru_cache(maxsize=65_536)  # the same links recur across a batch; each is matched against every media pattern
def _media_link(link: str, carries_media: bool) -> bool:
    """Whether ``link`` points to a photo or video by its host or its path (a wrapper only on a post with media)."""
    hosts = link_hosts()
    host, path = _split(link)
    if _under(host, hosts.media_hosts) or (carries_media and host in hosts.media_wrappers):
        return True
    return media_pages().match(f"{host}{path}/") is not None


@cache
def media_pages() -> re.Pattern[str]:
    """The media patterns as one expression: a "host/path/" matches it when it matches one of the patterns (each
    shell-style pattern as ``fnmatch.fnmatchcase`` reads it, one alternative each): one match per link rather
    than one per pattern. Without patterns, nothing matches."""
    patterns = link_hosts().media_patterns
    return re.compile("|".join(translate(pattern) for pattern in patterns) if patterns else "(?!)")


@signal(NAME, [
    Feature("wordless_share", "Share of the account's own posts that push a link to others' content with (almost) "
            "no words besides links, hashtags and emoji", "Part des publications qui poussent un lien vers le contenu "
            "d'autrui sans (presque) aucun mot en dehors des liens, hashtags et emoji",
            towards="fake", family="broadcasting"),
    Feature("link_share", "Share of the account's own posts that carry a link to others' content (not the post's "
            "own media, not the account's own site)", "Part des publications qui contiennent un lien vers le contenu "
            "d'autrui (ni le média de la publication, ni le site du compte)",
            towards="fake", family="broadcasting"),
    Feature("shortener_share", "Share of the account's links to others' content that go through a URL shortener",
            "Part des liens vers le contenu d'autrui qui passent par un raccourcisseur d'URL",
            towards="fake", family="broadcasting"),
])
def link_only(account: AnalysedAccount) -> SignalResult:
    """Share of wordless link posts, of posts with outbound links, and of those links through a shortener.

    Outbound links are links to others' content: not the post's own photo or video, not the
    account's own site. Reposts are left out: a repost carries someone else's words. Not
    measurable without any post of the account's own.
    """
    own = [i for i, post in enumerate(account.account.posts) if post.kind != "repost"]
    if not own:
        return not_measurable(NAME, "no post of the account's own")
    sites = own_sites(account)
    # Whether each link is the account's own, decided once per account: cross-posts and a signature carry one link
    # in many posts.
    own_links: dict[str, bool] = {}
    outbound = {i: found for i in own if (found := _outbound(account, i, sites, own_links))}
    with_links = list(outbound)
    wordless = [i for i in with_links if len(account.posts[i].words) <= MAX_WORDS_OF_A_WORDLESS_POST]
    links = [(i, link) for i in with_links for link in outbound[i]]
    shorteners = shortener_hosts()
    shortened = [i for i, link in links if _under(_host(link), shorteners)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "wordless_share": share(len(wordless), len(own)),
            "link_share": share(len(with_links), len(own)),
            "shortener_share": share(len(shortened), len(links)) if links else 0.0,
        },
        evidence={
            "wordless_share": cited(post_evidence, account, wordless),
            "link_share": cited(post_evidence, account, with_links),
            "shortener_share": cited(post_evidence, account, shortened),
        },
    )


def _outbound(account: AnalysedAccount, index: int, sites: frozenset[tuple[str, str]],
              own_links: dict[str, bool]) -> tuple[str, ...]:
    """The post's links to others' content: its links but its own media and the account's own site (``own_links``
    remembers, for this account's ``sites``, which links are its own)."""
    post = account.account.posts[index]
    # The post's declared links, or those found in its text when it declares none.
    links = post.links if post.links is not None else account.posts[index].links
    if not links:
        return ()
    media = post.media or ()
    media_urls = frozenset(item.url for item in media if item.url)
    outbound = []
    for link in links:
        if _is_media(link, media_urls, bool(media)):
            continue
        own = own_links.get(link)
        if own is None:
            own = own_links[link] = _is_own(link, sites)
        if not own:
            outbound.append(link)
    return tuple(outbound)
