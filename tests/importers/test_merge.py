"""Merging several sources of one person."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from credscore.account import parse_account
from credscore.errors import InputError
from credscore.importers import get_importer
from credscore.importers.merge import merge_accounts
from tests.importers.helpers import FIXTURES, FORMATS, assert_round_trips, kinds, zipped


def _account(source, posts=(), **fields):
    return parse_account({"id": source, "posts": list(posts), "sources": [
        {"kind": source, "location": f"/{source}", "complete": True, "note": ""}], **fields})


def test_the_same_archive_twice_counts_once(tmp_path):
    importer = get_importer("twitter-archive")
    folder = importer.load(FIXTURES / "twitter-archive")
    archive = importer.load(zipped(FIXTURES / "twitter-archive", tmp_path / "x.zip"))
    merged = merge_accounts([folder, archive], account_id="jane")
    assert_round_trips(merged)
    assert merged.id == "jane" and merged.format == "credscore.account/1.1" and merged.name == "Jane Doe"
    assert (len(merged.posts), len(merged.messages), len(merged.follows), len(merged.profiles)) == (6, 5, 3, 1)
    assert [note["location"] for note in merged.model_extra["sources"]] == [
        str(FIXTURES / "twitter-archive"), str(tmp_path / "x.zip")]


def test_same_post_by_content_or_by_id():
    when = "2025-03-04T08:30:00Z"
    first = _account("linkedin-export", [
        {"platform": "linkedin", "text": "Three  things\nI learned", "created_at": when},
        {"platform": "linkedin", "text": "Hello", "id": "urn:li:share:1", "created_at": "2025-01-01T00:00:00Z"},
    ])
    second = _account("rss-of-linkedin", [
        # same platform, same second, same text up to white space: the same post
        {"platform": "linkedin", "text": "Three things I learned", "created_at": "2025-03-04T08:30:00.400Z",
         "likes": 7},
        # same id, the text edited since: the same post
        {"platform": "linkedin", "text": "Hello (edited)", "id": "urn:li:share:1"},
        # the same words on another platform: a cross-post, kept
        {"platform": "blog", "text": "Three things I learned", "created_at": when},
        # same platform and text, another time: kept
        {"platform": "linkedin", "text": "Hello", "created_at": "2025-02-01T00:00:00Z"},
    ])
    merged = merge_accounts([first, second], account_id="jane")
    assert_round_trips(merged)
    assert len(merged.posts) == 4
    assert [post.platform for post in merged.posts] == ["linkedin", "linkedin", "linkedin", "blog"]
    hello, _, three, _ = merged.posts
    assert hello.text == "Hello" and hello.id == "urn:li:share:1"  # the first one seen wins
    assert three.text == "Three  things\nI learned" and three.likes == 7  # ... its gaps filled from the repeat
    assert len(merged.model_extra["sources"]) == 2


def test_order_profiles_messages_follows():
    message = {"platform": "x", "direction": "sent", "text": "hi", "counterpart": "Bob",
               "created_at": "2025-01-02T00:00:00Z"}
    first = _account("a", [{"platform": "x", "text": "late", "created_at": "2025-05-01T00:00:00Z"},
                           {"platform": "x", "text": "undated"}],
                     profiles=[{"platform": "x", "handle": "jane"}], messages=[message],
                     follows=[{"platform": "x", "direction": "in", "counterpart": "bob"}])
    second = _account("b", [{"platform": "x", "text": "early", "created_at": "2024-05-01T00:00:00Z"}],
                      profiles=[{"platform": "x", "handle": "jane"}, {"platform": "x", "handle": "jane_pro"}],
                      messages=[{**message, "counterpart": "bob"}],
                      follows=[{"platform": "x", "direction": "in", "counterpart": "Bob"},
                               {"platform": "x", "direction": "out", "counterpart": "Bob"}], name="Jane")
    merged = merge_accounts([first, second], account_id="jane")
    assert [post.text for post in merged.posts] == ["early", "late", "undated"]
    assert [profile.handle for profile in merged.profiles] == ["jane", "jane_pro"]
    assert len(merged.messages) == 1 and merged.messages[0].created_at == datetime(2025, 1, 2, tzinfo=UTC)
    assert [(f.direction, f.counterpart) for f in merged.follows] == [("in", "bob"), ("out", "Bob")]
    assert merged.name == "Jane"


def test_merging_every_format():
    accounts = [get_importer(name).load(FIXTURES / name) for name in
                ("twitter-archive", "mastodon-archive", "linkedin-export", "facebook-export")]
    merged = merge_accounts(accounts, account_id="jane")
    assert_round_trips(merged)
    assert len(merged.posts) == sum(len(account.posts) for account in accounts)
    assert kinds(merged) == sum((kinds(account) for account in accounts), Counter())
    assert {profile.platform for profile in merged.profiles} == {"twitter", "mastodon", "linkedin", "facebook"}
    times = [post.created_at for post in merged.posts if post.created_at]
    assert times == sorted(times)


def test_nothing_to_merge():
    with pytest.raises(InputError, match="nothing to merge"):
        merge_accounts([], account_id="x")


# --- the same history through two sources: the same account, the same signals -------------------------


def _signal_values(account):
    from credscore.nlp.analysis import analyse_account
    from credscore.signals import compute_signals

    return {name: (result.measurable, dict(result.values)) for name, result in
            compute_signals(analyse_account(account)).items()}


def _content(account):
    return (account.posts, account.messages, account.follows, account.profiles, account.audience,
            account.snapshots, account.name, account.lang)


def _feed_of(account, path):
    """The RSS feed a LinkedIn-to-RSS tool writes from ``account``: one item per post, its link, time and text."""
    items = "".join(
        f"<item><link>{escape(post.url)}</link><guid>{escape(post.url)}</guid>"
        f"<pubDate>{format_datetime(post.created_at, usegmt=True)}</pubDate>"
        f"<description>{escape(post.text)}</description></item>"
        for post in account.posts)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>LinkedIn archive'
                    f"</title><link>https://www.linkedin.com/in/janedoe</link><description>My posts</description>"
                    f"{items}</channel></rss>", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", FORMATS)
def test_an_export_merged_with_itself_is_the_export(name, tmp_path):
    importer = get_importer(name)
    export = importer.load(FIXTURES / name)
    again = importer.load(zipped(FIXTURES / name, tmp_path / "again.zip"))
    alone = merge_accounts([export], account_id="jane")
    twice = merge_accounts([export, again], account_id="jane")
    assert _content(twice) == _content(alone)
    assert _signal_values(twice) == _signal_values(alone)


@pytest.mark.parametrize("order", ["export first", "feed first"])
def test_an_export_merged_with_its_own_feed_is_the_export(order, tmp_path):
    export = get_importer("linkedin-export").load(FIXTURES / "linkedin-export")
    feed = get_importer("rss").load(_feed_of(export, tmp_path / "feed.xml"))
    assert len(feed.posts) == len(export.posts) and {post.platform for post in feed.posts} == {"blog"}
    sources = [export, feed] if order == "export first" else [feed, export]
    alone = merge_accounts([export], account_id="jane")
    merged = merge_accounts(sources, account_id="jane")
    assert_round_trips(merged)
    assert _content(merged) == _content(alone)  # the feed is no second platform, its title no name
    assert len(merged.model_extra["sources"]) == 2  # ... but it is still named as a source
    assert _signal_values(merged) == _signal_values(alone)


def test_a_feed_with_posts_of_its_own_is_a_presence(tmp_path):
    export = get_importer("linkedin-export").load(FIXTURES / "linkedin-export")
    path = _feed_of(export, tmp_path / "feed.xml")
    extra = ("<item><link>https://janedoe.example/blog/new</link><guid>b-1</guid><pubDate>Mon, 10 Mar 2025 09:00:00 "
             "GMT</pubDate><description>A new article on open data</description></item></channel>")
    path.write_text(path.read_text(encoding="utf-8").replace("</channel>", extra), encoding="utf-8")
    merged = merge_accounts([export, get_importer("rss").load(path)], account_id="jane")
    assert len(merged.posts) == len(export.posts) + 1
    assert [profile.platform for profile in merged.profiles] == ["linkedin", "blog"]


def test_the_shared_linkedin_export_and_its_feed(shared_dir):
    # The README: of the feed's 38 items, 28 are kept Shares.csv posts (same link, same time), 6 kept
    # Comments.csv rows, and 4 shares that are not in the CSV extract.
    export = get_importer("linkedin-export").load(shared_dir / "fixtures" / "linkedin-export")
    feed = get_importer("rss").load(shared_dir / "fixtures" / "rss" / "rss.xml")
    assert len(feed.posts) == 38
    for sources in ([export, feed], [feed, export]):
        merged = merge_accounts(sources, account_id="anand")
        assert len(merged.posts) == len(export.posts) + 4
        assert Counter(post.platform for post in merged.posts) == {"linkedin": len(export.posts), "blog": 4}


def test_cross_posts_are_kept_at_merge():
    when = "2025-03-04T08:30:00Z"
    text = "Nouvelle recette : tarte aux pommes https://bakery.example/tarte"
    first = _account("twitter-archive", [{"platform": "twitter", "id": "1", "text": text, "created_at": when,
                                          "links": ["https://bakery.example/tarte"]}])
    second = _account("facebook-export", [
        {"platform": "facebook", "text": text, "created_at": when, "links": ["https://bakery.example/tarte"]},
        {"platform": "facebook", "text": text, "created_at": "2025-03-11T08:30:00Z"},  # the weekly re-post
    ])
    third = _account("mastodon-api", [{"platform": "Mastodon", "id": "9", "text": text, "created_at": when,
                                       "url": "https://m.example/@bakery/9"}])
    merged = merge_accounts([first, second, third], account_id="bakery")
    assert Counter(post.platform for post in merged.posts) == {"twitter": 1, "facebook": 2, "mastodon": 1}


def test_platform_case_is_one_platform_at_merge():
    when = "2025-03-04T08:30:00Z"
    first = _account("a", [{"platform": "Twitter", "text": "Hello", "created_at": when}],
                     profiles=[{"platform": "Twitter", "handle": "jane"}])
    second = _account("b", [{"platform": "twitter", "text": "Hello", "created_at": when, "id": "5"}],
                      profiles=[{"platform": "twitter", "handle": "jane"}])
    merged = merge_accounts([first, second], account_id="jane")
    assert [(post.platform, post.id) for post in merged.posts] == [("twitter", "5")]
    assert [profile.platform for profile in merged.profiles] == ["twitter"]


def test_audience_and_snapshots_are_merged_once():
    member = {"platform": "instagram", "handle": "ana", "followers": 12}
    snapshot = {"platform": "instagram", "at": "2025-01-01T00:00:00Z", "followers": 300}
    first = _account("a", audience=[member], snapshots=[snapshot])
    second = _account("b", audience=[member, {**member, "handle": "bo"}], snapshots=[snapshot])
    merged = merge_accounts([first, second], account_id="jane")
    assert [m.handle for m in merged.audience] == ["ana", "bo"] and len(merged.snapshots) == 1
