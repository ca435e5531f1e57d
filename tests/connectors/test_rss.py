"""The RSS/Atom importer (local files) and connector (URLs), on our recorded feeds."""

from __future__ import annotations

import httpx
import pytest

from credscore.account import parse_account
from credscore.connectors import fetch_account
from credscore.errors import InputError
from credscore.importers.base import Importer, get_importer
from credscore.importers.rss import RssImporter
from tests.connectors.fakes import RECORDED

RSS = RECORDED / "rss" / "blog.rss"
ATOM = RECORDED / "rss" / "blog.atom"
FEED_URL = "https://blog.ada.example/feed.xml"


def sources(account) -> dict:
    (source,) = account.model_extra["sources"]
    return source


def test_is_a_registered_importer():
    assert isinstance(RssImporter(), Importer)
    assert isinstance(get_importer("rss"), RssImporter)


def test_detect(tmp_path):
    importer = RssImporter()
    assert importer.detect(RSS) and importer.detect(ATOM)
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')
    (tmp_path / "rdf.xml").write_text('<rdf:RDF xmlns:rdf="x" xmlns="http://purl.org/rss/1.0/"></rdf:RDF>')
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url/></urlset>')
    (tmp_path / "feed.json").write_text('{"rss": "<rss>"}')
    (tmp_path / "folder.xml").mkdir()
    assert importer.detect(tmp_path / "feed.xml") and importer.detect(tmp_path / "rdf.xml")
    for name in ("sitemap.xml", "feed.json", "folder.xml", "missing.rss"):
        assert not importer.detect(tmp_path / name), name


def test_loads_an_rss_file():
    account = RssImporter().load(RSS)
    assert (account.id, account.name) == ("rss:blog.rss", "Ada's build notes")
    (profile,) = account.profiles
    assert (profile.platform, profile.bio, profile.url) == (
        "blog", "Notes on reproducible builds & Python packaging", "https://blog.ada.example/")
    assert sources(account) == {"kind": "rss", "location": str(RSS), "complete": True, "note": ""}
    assert len(account.posts) == 4
    assert {post.platform for post in account.posts} == {"blog"} and {post.kind for post in account.posts} == {"post"}
    escaped, link_item, first, untitled = account.posts  # in time order, the undated entry last
    assert first.text == ("Reproducible wheels\n\nWhat broke, what we fixed, and why SOURCE_DATE_EPOCH comes first."
                          "\n\nTwo flags matter.\nThe rest is in the post.")
    assert first.id == "https://blog.ada.example/2025/03/reproducible-wheels"
    assert first.created_at.isoformat() == "2025-03-14T09:00:00+00:00"
    # The permalink is the post's url; links are what it shares (not a link back to itself).
    assert first.model_extra == {"url": "https://blog.ada.example/2025/03/reproducible-wheels"}
    assert first.links == ("https://reproducible-builds.org/docs/source-date-epoch/",)
    # A link-blog item points off the site: that page is what it shares.
    assert link_item.links == ("https://pip.example.org/topics/resolver",)
    assert link_item.id == "tag:blog.ada.example,2025:link-17"
    assert escaped.text == "CI costs, part 1\n\nWe cut our CI bill by 40%.\n\nCaching the wheelhouse did most of it."
    assert escaped.created_at.isoformat() == "2025-02-01T07:15:00+00:00"  # +0100 in the feed
    assert escaped.links is None  # nothing declared: scorers look for URLs in the text
    assert (untitled.text, untitled.created_at) == ("Short note: the package mirror is back up.", None)
    assert parse_account(account.model_dump(mode="json")) == account


def test_loads_an_atom_file():
    account = RssImporter().load(ATOM, account_id="ada-blog")
    assert (account.id, account.name, account.profiles[0].bio) == ("ada-blog", "Ada Example",
                                                                  "Build engineer. Reproducible builds.")
    hello, pinning = account.posts
    assert pinning.text == ("Pinning <setuptools>, or not\n\n"
                            "Don't pin it blindly: test the upgrade and read the changelog.")
    assert pinning.links == ("https://setuptools.example.org/history",)
    assert pinning.created_at.isoformat() == "2025-03-10T12:00:00+00:00"  # updated, there is no published
    assert hello.text == "Hello, Atom\n\nFirst note on this site.\n\nMore soon."
    assert hello.created_at.isoformat() == "2025-01-02T06:00:00+00:00"  # published wins over updated


def test_title_repeating_the_start_of_the_text_is_not_doubled(tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text('<rss version="2.0"><channel><title>t</title><item><title>We shipped the new …</title>'
                    "<description>We shipped the new resolver today.</description></item></channel></rss>")
    (post,) = RssImporter().load(feed).posts
    assert post.text == "We shipped the new resolver today."


def test_not_a_feed(tmp_path):
    page = tmp_path / "page.xml"
    page.write_bytes(b"\x00\x01 not xml at all")
    with pytest.raises(InputError, match=r"page\.xml: not an RSS or Atom feed"):
        RssImporter().load(page)
    with pytest.raises(InputError, match=r"missing\.rss: no such file"):
        RssImporter().load(tmp_path / "missing.rss")


def test_a_malformed_feed_is_read_leniently_and_marked_incomplete(tmp_path):
    feed = tmp_path / "cut.rss"
    feed.write_bytes(RSS.read_bytes()[:1500])  # cut inside the third item
    account = RssImporter().load(feed)
    assert [post.id for post in account.posts] == ["tag:blog.ada.example,2025:link-17",
                                                   "https://blog.ada.example/2025/03/reproducible-wheels"]
    assert sources(account)["complete"] is False
    assert sources(account)["note"].startswith("not well-formed XML (")


def test_fetches_a_feed_url_with_the_shared_client():
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, content=RSS.read_bytes(), headers={"Content-Type": "application/rss+xml"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    account = fetch_account(f"rss:{FEED_URL}?token=s3cret", client=client, max_posts=3)
    assert account.id == f"rss:{FEED_URL}"  # no query string: private feeds keep their token there
    assert sources(account) == {"kind": "rss", "location": FEED_URL, "complete": False,
                                "note": "stopped at 3 posts (--max-posts)"}
    assert len(account.posts) == 3
    (request,) = requests
    assert request.url.params["token"] == "s3cret"
    assert "application/rss+xml" in request.headers["Accept"]


def test_a_feed_url_that_fails_is_an_input_error():
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(404, text="gone")))
    with pytest.raises(InputError, match=r"blog\.ada\.example/feed\.xml: HTTP 404 Not Found"):
        fetch_account(f"rss:{FEED_URL}", client=client)


def test_fetch_account_reads_a_local_feed():
    account = fetch_account(f"rss:{RSS}")
    assert len(account.posts) == 4 and sources(account)["complete"] is True


def test_feedparser_never_opens_what_a_server_sends(tmp_path):
    # A body naming a local file is a (bad) document: had feedparser opened the file, a feed would have loaded.
    local = tmp_path / "local.rss"
    local.write_bytes(RSS.read_bytes())
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, text=str(local))))
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        fetch_account(f"rss:{FEED_URL}", client=client)
