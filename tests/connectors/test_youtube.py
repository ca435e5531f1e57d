"""The YouTube channel-feed connector, against a mock YouTube serving our recorded feed and channel page."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx
import pytest

from credscore.connectors import fetch_account, is_connector_spec
from credscore.connectors.http import make_client
from credscore.connectors.youtube import FEED_WINDOW, YouTubeChannel, parse_channel
from credscore.errors import InputError
from credscore.importers import detect_importer
from credscore.importers.rss import RssImporter, parse_feed
from tests.connectors.fakes import RECORDED, Sleeps

FEED = RECORDED / "youtube" / "channel.xml"
PAGE = RECORDED / "youtube" / "channel-page.html"
CHANNEL = "UCaBcDeFgHiJkLmNoPqRsTuV"
ATOM = {"Content-Type": "application/atom+xml; charset=UTF-8"}


def sources(account) -> dict:
    (source,) = account.model_extra["sources"]
    return source


class FakeYouTube:
    """www.youtube.com: the channel feed for CHANNEL, the channel page for @atelierlumiere, 404 otherwise."""

    def __init__(self, feed: bytes | None = None, page: bytes | None = None) -> None:
        self.feed = FEED.read_bytes() if feed is None else feed
        self.page = PAGE.read_bytes() if page is None else page
        self.requests: list[httpx.Request] = []
        self.failures: list[int] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.failures:
            return httpx.Response(self.failures.pop(0))
        if request.url.host != "www.youtube.com":
            return httpx.Response(200, text="<html><head><title>Before you continue</title></head></html>")
        if request.url.path == "/feeds/videos.xml":
            if request.url.params.get("channel_id") == CHANNEL:
                return httpx.Response(200, content=self.feed, headers=ATOM)
            return httpx.Response(404, text="<html>Error 404</html>")
        if request.url.path == "/@atelierlumiere":
            return httpx.Response(200, content=self.page, headers={"Content-Type": "text/html; charset=utf-8"})
        if request.url.path == "/@consent":
            return httpx.Response(302, headers={"Location": "https://consent.youtube.com/m?continue=x"})
        return httpx.Response(404, text="<html>Error 404</html>")

    def client(self) -> httpx.Client:
        return make_client(transport=httpx.MockTransport(self.handler))


def test_fetches_the_channel_feed():
    youtube = FakeYouTube()
    account = fetch_account(f"youtube:{CHANNEL}", client=youtube.client())
    (request,) = youtube.requests
    assert str(request.url) == f"https://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}"
    assert request.headers["User-Agent"].startswith("credscore/")
    assert (account.id, account.name) == (f"youtube:{CHANNEL}", "Atelier Lumière")
    (profile,) = account.profiles
    assert (profile.platform, profile.handle, profile.url) == (
        "youtube", CHANNEL, f"https://www.youtube.com/channel/{CHANNEL}")
    assert sources(account) == {"kind": "youtube", "location": CHANNEL, "complete": True, "note": ""}
    short, lamp = account.posts  # in time order
    assert {post.platform for post in account.posts} == {"youtube"} and {post.kind for post in account.posts} == {
        "post"}
    assert lamp.text == ("Réparer une lampe des années 50 & la rebrancher\n\nLe câble d'origine était fendu.\n"
                         "Liste du matériel : https://atelier-lumiere.example/materiel")
    assert (lamp.id, lamp.views, lamp.likes) == ("Xy12AbCdEf0", 15873, 412)
    assert lamp.created_at == datetime(2025, 10, 4, 16, 0, 6, tzinfo=UTC)
    assert lamp.links == ("https://atelier-lumiere.example/materiel",)
    assert [(media.kind, media.url) for media in lamp.media] == [("video", "https://www.youtube.com/watch?v=Xy12AbCdEf0")]
    assert lamp.model_extra == {"url": "https://www.youtube.com/watch?v=Xy12AbCdEf0"}
    # An empty description: the title alone; zero counts are zero, not unknown.
    assert (short.text, short.views, short.likes, short.links) == ("Soldering basics in 60 seconds #shorts", 0, 0, ())


def test_a_channel_url_and_a_feed_url_name_the_same_channel():
    for spec in (f"youtube:https://www.youtube.com/channel/{CHANNEL}",
                 f"youtube:https://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}"):
        youtube = FakeYouTube()
        account = fetch_account(spec, client=youtube.client())
        assert account.id == f"youtube:{CHANNEL}" and len(account.posts) == 2


def test_a_handle_is_resolved_through_the_canonical_link():
    youtube = FakeYouTube()
    account = fetch_account("youtube:@atelierlumiere", client=youtube.client())
    page, feed = youtube.requests
    assert page.url.path == "/@atelierlumiere" and "text/html" in page.headers["Accept"]
    # The canonical link of the page's head, not the look-alike inside a script.
    assert feed.url.params["channel_id"] == CHANNEL
    assert account.profiles[0].handle == "@atelierlumiere"
    assert sources(account)["location"] == "@atelierlumiere"


def test_a_consent_page_asks_for_the_channel_id():
    youtube = FakeYouTube()
    with pytest.raises(InputError, match=r"consent\.youtube\.com .*give the channel id instead: youtube:UC"):
        fetch_account("youtube:https://www.youtube.com/@consent", client=youtube.client())
    assert all(request.url.path != "/feeds/videos.xml" for request in youtube.requests)


def test_a_page_without_a_canonical_channel_link_asks_for_the_channel_id():
    page = re.sub(rb'<link rel="canonical"[^>]*>', b'<link rel="canonical" href="https://www.youtube.com/@x">',
                  PAGE.read_bytes())
    youtube = FakeYouTube(page=page)
    with pytest.raises(InputError, match="does not name its channel id; give the channel id"):
        fetch_account("youtube:@atelierlumiere", client=youtube.client())


def test_an_unknown_channel_or_handle():
    youtube = FakeYouTube()
    with pytest.raises(InputError, match="no such channel"):
        fetch_account("youtube:UCzzzzzzzzzzzzzzzzzzzzzz", client=youtube.client())
    with pytest.raises(InputError, match="no such handle"):
        fetch_account("youtube:@nobody_here", client=youtube.client())


def test_a_full_feed_is_marked_incomplete_and_max_posts_cuts_it():
    text = FEED.read_text(encoding="utf-8")
    entry = re.search(r"<entry>.*?</entry>", text, re.DOTALL).group(0)
    entries = "".join(entry.replace("Xy12AbCdEf0", f"Vid{number:08d}") for number in range(FEED_WINDOW))
    full = re.sub(r"<entry>.*</entry>", lambda _: entries, text, flags=re.DOTALL).encode()
    account = fetch_account(f"youtube:{CHANNEL}", client=FakeYouTube(feed=full).client())
    assert len(account.posts) == FEED_WINDOW
    assert sources(account)["complete"] is False
    assert "only the 15 most recent videos" in sources(account)["note"]
    cut = fetch_account(f"youtube:{CHANNEL}", client=FakeYouTube(feed=full).client(), max_posts=4)
    assert len(cut.posts) == 4 and "stopped at 4 posts (--max-posts)" in sources(cut)["note"]


def test_server_errors_are_retried():
    youtube = FakeYouTube()
    youtube.failures = [503, 500]
    sleeps = Sleeps()
    account = fetch_account(f"youtube:{CHANNEL}", client=youtube.client(), sleep=sleeps)
    assert len(account.posts) == 2 and len(sleeps) == 2 and len(youtube.requests) == 3


def test_an_answer_that_is_not_a_channel_feed():
    youtube = FakeYouTube(feed=b"<html><body>Oops</body></html>")
    with pytest.raises(InputError, match="did not answer with a channel feed"):
        fetch_account(f"youtube:{CHANNEL}", client=youtube.client())


def test_a_malformed_feed_is_read_leniently_and_marked_incomplete():
    youtube = FakeYouTube(feed=FEED.read_bytes().replace(b"</feed>", b"<entry><title>cut"))
    account = fetch_account(f"youtube:{CHANNEL}", client=youtube.client())
    assert len(account.posts) >= 2
    assert sources(account)["complete"] is False and "not well-formed XML" in sources(account)["note"]


def test_a_youtube_feed_read_as_rss_is_youtube_not_blog():
    importer = detect_importer(FEED)
    assert isinstance(importer, RssImporter)
    account = importer.load(FEED)
    assert {post.platform for post in account.posts} == {"youtube"}
    assert account.profiles[0].platform == "youtube" and account.profiles[0].handle == CHANNEL
    assert sources(account)["kind"] == "rss"
    by_connector = fetch_account(f"youtube:{CHANNEL}", client=FakeYouTube().client())
    assert [post.model_dump() for post in account.posts] == [post.model_dump() for post in by_connector.posts]


def test_is_a_connector_spec():
    assert is_connector_spec(f"youtube:{CHANNEL}") and is_connector_spec("youtube:@atelierlumiere")


@pytest.mark.parametrize(("target", "expected"), [
    (CHANNEL, YouTubeChannel(channel_id=CHANNEL)),
    (f"  {CHANNEL} ", YouTubeChannel(channel_id=CHANNEL)),
    ("@atelierlumiere", YouTubeChannel(handle="@atelierlumiere")),
    ("@café.gourmand", YouTubeChannel(handle="@café.gourmand")),
    (f"https://www.youtube.com/channel/{CHANNEL}", YouTubeChannel(channel_id=CHANNEL)),
    (f"http://youtube.com/channel/{CHANNEL}/videos", YouTubeChannel(channel_id=CHANNEL)),
    (f"https://m.youtube.com/channel/{CHANNEL}?si=abc", YouTubeChannel(channel_id=CHANNEL)),
    ("https://www.youtube.com/@atelierlumiere/videos", YouTubeChannel(handle="@atelierlumiere")),
    (f"https://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}", YouTubeChannel(channel_id=CHANNEL)),
])
def test_parse_channel(target, expected):
    assert parse_channel(target) == expected


@pytest.mark.parametrize(("target", "message"), [
    ("https://www.youtube.com/c/AtelierLumiere", "old-style channel name"),
    ("https://www.youtube.com/user/atelier", "old-style channel name"),
    ("UCshort", "not a YouTube channel"),
    ("@a", "not a YouTube channel"),
    ("https://evil.example/channel/" + CHANNEL, "not a YouTube channel"),
    ("https://www.youtube.com.evil.example/channel/" + CHANNEL, "not a YouTube channel"),
    ("https://www.youtube.com/watch?v=Xy12AbCdEf0", "not a YouTube channel"),
    ("@../../admin", "not a YouTube channel"),
])
def test_parse_channel_rejects(target, message):
    with pytest.raises(InputError, match=message):
        parse_channel(target)


def test_a_character_reference_out_of_range_is_one_clear_error():
    # feedparser's loose parser (used once the XML is not well-formed) raises ValueError on such a reference.
    broken = FEED.read_bytes().replace(b"<title>Atelier", b"<title>&#99999999; <b>Atelier", 1)
    with pytest.raises(InputError, match="unreadable feed"):
        fetch_account(f"youtube:{CHANNEL}", client=FakeYouTube(feed=broken).client())
    with pytest.raises(InputError, match="not a readable RSS or Atom feed"):
        parse_feed(broken, location="feed.xml", account_id="rss:feed.xml")
