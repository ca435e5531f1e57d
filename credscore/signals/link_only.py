"""Link-only posting.

"Ils ne postent que des liens": a fake expert's feed is a stream of links with a hashtag or
two and no words of their own, often pushed through a scheduling tool that shortens every
link. A real professional says something about what they share.
"""

from __future__ import annotations

import tomllib
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

NAME = "link_only"
# A post with this many words or fewer, besides its links, hashtags, mentions and emoji, says nothing
# of its own ("À lire :", "Check this out").
MAX_WORDS_OF_A_WORDLESS_POST = 3


@cache
def shortener_hosts() -> frozenset[str]:
    """Hosts of URL shorteners, from ``data/link_shorteners.toml``."""
    with (data_dir() / "link_shorteners.toml").open("rb") as stream:
        return frozenset(host.lower() for host in tomllib.load(stream)["domains"])


@lru_cache(maxsize=65_536)  # the same links recur across a batch (a newsletter, a shop)
def _host(link: str) -> str:
    if "://" not in link:
        link = "http://" + link
    host = urlsplit(link).hostname or ""
    return host.removeprefix("www.")


@signal(NAME, [
    Feature("wordless_share", "Share of the account's own posts with (almost) no words besides links, hashtags "
            "and emoji", "Part des publications sans (presque) aucun mot en dehors des liens, hashtags et emoji"),
    Feature("link_share", "Share of the account's own posts that carry a link",
            "Part des publications qui contiennent un lien"),
    Feature("shortener_share", "Share of the account's links that go through a URL shortener",
            "Part des liens qui passent par un raccourcisseur d'URL"),
])
def link_only(account: AnalysedAccount) -> SignalResult:
    """Share of wordless posts, of posts with links, and of links through a shortener.

    Reposts are left out: a repost carries someone else's words. Not measurable without any
    post of the account's own.
    """
    own = [i for i, post in enumerate(account.account.posts) if post.kind != "repost"]
    if not own:
        return not_measurable(NAME, "no post of the account's own")
    hosts = shortener_hosts()
    with_links = [i for i in own if _links(account, i)]
    wordless = [i for i in with_links if len(account.posts[i].words) <= MAX_WORDS_OF_A_WORDLESS_POST]
    links = [(i, link) for i in with_links for link in _links(account, i)]
    shortened = [i for i, link in links if _host(link) in hosts]
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


def _links(account: AnalysedAccount, index: int) -> tuple[str, ...]:
    """The post's declared links, or those found in its text when it declares none."""
    declared = account.account.posts[index].links
    return declared if declared is not None else account.posts[index].links
