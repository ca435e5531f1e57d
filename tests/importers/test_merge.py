"""Merging several sources of one person."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from credscore.account import parse_account
from credscore.errors import InputError
from credscore.importers import get_importer
from credscore.importers.merge import merge_accounts
from tests.importers.helpers import FIXTURES, assert_round_trips, kinds, zipped


def _account(source, posts=(), **fields):
    return parse_account({"id": source, "posts": list(posts), "sources": [
        {"kind": source, "location": f"/{source}", "complete": True, "note": ""}], **fields})


def test_the_same_archive_twice_counts_once(tmp_path):
    importer = get_importer("twitter-archive")
    folder = importer.load(FIXTURES / "twitter-archive")
    archive = importer.load(zipped(FIXTURES / "twitter-archive", tmp_path / "x.zip"))
    merged = merge_accounts([folder, archive], account_id="jane")
    assert_round_trips(merged)
    assert merged.id == "jane" and merged.format == "credscore.account/1" and merged.name == "Jane Doe"
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
