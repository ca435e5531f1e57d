"""Conformance on the real-format samples of ``../shared/fixtures`` (read in place, never copied).

The expected counts below were established by reading the fixture files themselves, independently
of the connectors: ``grep -c reasonRepost getAuthorFeed.json`` (28) and a walk over its ``feed``
list (30 items, 2 without ``reason``, 2 reposted replies); ``grep -c '<item>' rss.xml`` (38) and
feedparser's entry ids (36 distinct: three comments share their post's guid); for the Mastodon.py
cassettes, the recorded ``accounts/:id/statuses`` responses (two pages of five statuses, ``Toot
number 9!`` to ``Toot number 0!``, linked by ``Link`` headers). ``../shared/fixtures/README.md``
gives the same figures.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from credscore.account import parse_account
from credscore.connectors import fetch_account
from credscore.errors import InputError
from credscore.importers.rss import RssImporter
from tests.connectors.fakes import Sleeps


def sources(account) -> dict:
    (source,) = account.model_extra["sources"]
    return source


# --- Bluesky: getAuthorFeed.json ---------------------------------------------------------------------


def bluesky_appview(feed: dict[str, Any]) -> tuple[httpx.Client, list[httpx.Request]]:
    """An AppView serving the recorded feed as its first page, and an empty page after its cursor.

    The fixture holds no getProfile response: the profile served is the account's own
    ``profileViewBasic`` as the feed records it (``reason.by`` of its reposts).
    """
    author = next(item["reason"]["by"] for item in feed["feed"] if item.get("reason"))
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path.endswith("getProfile"):
            return httpx.Response(200, json=author)
        if request.url.params.get("cursor") == feed["cursor"]:
            return httpx.Response(200, json={"feed": []})
        return httpx.Response(200, json=feed)

    return httpx.Client(transport=httpx.MockTransport(handler)), requests


def test_bluesky_author_feed(shared_dir: Path):
    feed = json.loads((shared_dir / "fixtures/bluesky-api/getAuthorFeed.json").read_text(encoding="utf-8"))
    client, requests = bluesky_appview(feed)
    account = fetch_account("bluesky:benoist.dev", client=client, audience_sample=0)  # the feed alone is recorded

    assert len(account.posts) == 30
    assert Counter(post.kind for post in account.posts) == {"repost": 28, "post": 2}  # the 2 reposted replies: reposts
    assert sources(account)["complete"] is True
    assert requests[-1].url.params["cursor"] == "2024-11-01T16:16:16.957Z"
    assert (account.id, account.name, account.profiles[0].handle) == ("bluesky:benoist.dev", "Erik ❤️", "benoist.dev")

    own = [post for post in account.posts if post.kind == "post"]
    assert [post.text for post in own] == ["Feliz dia de todos santos. Can’t believe this was over 15 years ago.",
                                           "Finally enough screen space for immersive doom scrolling."]
    assert own[1].id == "at://did:plc:ubudpurydqvit3dhdnx4v6sv/app.bsky.feed.post/3l7vxiuivk52v"
    assert own[1].created_at.isoformat() == "2024-11-01T19:58:59.413000+00:00"
    assert (own[1].likes, own[1].reposts, own[1].replies) == (1, 0, 0)

    latest = account.posts[-1]  # in time order: the latest repost comes last
    assert (latest.kind, latest.created_at.isoformat()) == ("repost", "2024-11-03T22:49:09.107000+00:00")
    with_links = {post.id.rsplit("/", 1)[1]: post.links for post in account.posts if post.links}
    assert with_links == {
        "3la2jkexw642p": ("https://www.youtube.com/watch?v=e6Funs6yyEw",),
        "3l7wjwqd6652f": ("https://protos.com/no-one-surprised-as-djt-token-has-finally-rugged/",),
        "3l7vj6inekt2m": ("https://musicboxtheatre.com/films-and-events/anora",
                          "https://chicago.suntimes.com/movies-and-tv/2024/10/22/"
                          "anora-review-mikey-madison-movie-sean-baker"),
    }
    assert sum(1 for post in account.posts if post.text == "") == 2  # image-only posts
    assert parse_account(account.model_dump(mode="json")) == account


# --- RSS: rss.xml ------------------------------------------------------------------------------------


def test_rss_feed(shared_dir: Path):
    path = shared_dir / "fixtures/rss/rss.xml"
    importer = RssImporter()
    assert importer.detect(path)
    account = importer.load(path)

    assert len(account.posts) == 38
    assert len({post.id for post in account.posts}) == 36
    assert {(post.platform, post.kind) for post in account.posts} == {("blog", "post")}
    assert sources(account) == {"kind": "rss", "location": str(path), "complete": True, "note": ""}
    assert (account.name, account.profiles[0].bio, account.profiles[0].url) == (
        "LinkedIn Archive", "LinkedIn archive", None)

    oldest, latest = account.posts[0], account.posts[-1]  # in time order; the feed is newest first
    assert latest.created_at.isoformat() == "2025-06-11T02:27:07+00:00"
    assert latest.id == "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7338391302646001665"
    assert latest.model_extra["url"] == latest.id
    # The title is the first words of the text: not repeated (LinkedIn's quote artefacts are kept as the feed has them).
    assert latest.text.startswith('Does 𝗦𝗛𝗢𝗨𝗧𝗜𝗡𝗚 at LLMs help? (Yes, a little.)"\n""\n"After testing jailbreaking')
    assert latest.text.endswith('"Code: https://lnkd.in/eQpqaS58')
    assert latest.links is None  # no markup: scorers find the lnkd.in links in the text
    assert oldest.text == "Apparently, I'm one of the top 10 data scientists in India. https://lnkd.in/dBeCSbu"
    assert oldest.created_at.isoformat() == "2015-11-05T12:25:36+00:00"
    assert all(post.created_at is not None for post in account.posts)
    assert parse_account(account.model_dump(mode="json")) == account


# --- Mastodon: the Mastodon.py VCR cassettes ---------------------------------------------------------

# Recorded headers that describe the recorded bytes, not the replayed ones.
_STALE_HEADERS = {"content-length", "content-encoding", "transfer-encoding"}


def cassette_transport(*cassettes: Path) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """Replay VCR cassettes, keyed on method, path and query (``limit`` aside: we ask for 40, they asked for 5).

    A request the cassettes do not hold gets a JSON 404, as Mastodon answers an unknown record.
    """
    recorded: dict[tuple[str, str, frozenset[tuple[str, str]]], dict[str, Any]] = {}
    for cassette in cassettes:
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            url = httpx.URL(interaction["request"]["uri"])
            recorded.setdefault((interaction["request"]["method"], url.path, _query(url)), interaction["response"])
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        response = recorded.get((request.method, request.url.path, _query(request.url)))
        if response is None:
            return httpx.Response(404, json={"error": "Record not found"})
        headers = [(name, value) for name, values in response["headers"].items()
                   if name.lower() not in _STALE_HEADERS for value in values]
        return httpx.Response(response["status"]["code"], headers=headers,
                              content=response["body"]["string"].encode("utf-8"))

    return httpx.MockTransport(handler), requests


def _query(url: httpx.URL) -> frozenset[tuple[str, str]]:
    return frozenset((name, value) for name, value in url.params.multi_items() if name != "limit")


@pytest.fixture
def cassettes(shared_dir: Path) -> list[Path]:
    folder = shared_dir / "fixtures/mastodon-api"
    return [folder / "test_account_lookup.yaml", folder / "test_fetch_next_previous.yaml"]


def test_mastodon_cassettes_lookup_and_pagination(cassettes):
    transport, requests = cassette_transport(*cassettes)
    account = fetch_account("mastodon:@mastodonpy_test@localhost:3000", client=httpx.Client(transport=transport),
                            sleep=Sleeps())

    assert len(account.posts) == 10
    assert [post.text for post in account.posts] == [f"Toot number {n}!" for n in range(10)]  # in time order
    assert {post.kind for post in account.posts} == {"post"}
    latest = account.posts[-1]
    assert (latest.id, latest.created_at.isoformat()) == ("117020580518794573", "2026-08-01T13:52:34.108000+00:00")
    assert latest.model_extra["url"] == "http://localhost:3000/@mastodonpy_test/117020580518794573"
    assert (latest.likes, latest.reposts, latest.replies, latest.links) == (0, 0, 0, ())

    (profile,) = account.profiles
    assert (account.name, profile.handle, profile.bio) == ("John Lennon", "mastodonpy_test@localhost:3000",
                                                          "I walk funny\nbread: toasty.\nlasagna: no!!!")
    assert (profile.followers, profile.following, profile.url) == (0, 0, "http://localhost:3000/@mastodonpy_test")

    # The statuses pages follow the recorded Link headers (max_id); the recording ends after the second
    # page, so the third request is not in it: the source says where it stopped.
    statuses = [request for request in requests if request.url.path.endswith("/statuses")]
    assert [request.url.params.get("max_id") for request in statuses] == [
        None, "117020580489281910", "117020580452511285"]
    assert sources(account)["complete"] is False
    assert sources(account)["note"] == (
        "stopped at page 3: localhost:3000/api/v1/accounts/117020565966271181/statuses: "
        "HTTP 404 Not Found (Record not found)")
    assert parse_account(account.model_dump(mode="json")) == account


def test_mastodon_cassettes_unknown_account(cassettes):
    transport, requests = cassette_transport(*cassettes)
    with pytest.raises(InputError) as caught:
        fetch_account("@kljadklajsdkljlkjlkjlkjasdasd@localhost:3000", client=httpx.Client(transport=transport))
    assert str(caught.value) == ("mastodon @kljadklajsdkljlkjlkjlkjasdasd@localhost:3000: no such account "
                                 "(localhost:3000 answered HTTP 404)")
    assert len(requests) == 1
