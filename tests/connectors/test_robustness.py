"""Whatever JSON a server sends, a connector returns a valid account or raises InputError, nothing else."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.account import parse_account
from credscore.connectors import fetch_account
from credscore.errors import InputError
from tests.connectors.fakes import FakeBluesky, FakeMastodon, Sleeps

scalars = st.none() | st.booleans() | st.integers(-5, 10**6) | st.text(max_size=12) | st.sampled_from(
    ["2025-03-14T09:26:53.589Z", "not a date", "https://example.com/x", "<p>hi <a href='https://x.example'>x</a></p>",
     "app.bsky.feed.defs#reasonRepost", "app.bsky.richtext.facet#link", "app.bsky.embed.external"])
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["id", "uri", "content", "reblog", "in_reply_to_id", "created_at", "card", "url", "mentions",
                     "tags", "post", "record", "reason", "$type", "indexedAt", "text", "facets", "features", "embed",
                     "external", "author", "handle", "likeCount", "favourites_count", "reply", "createdAt"]),
    inner, max_size=5), max_leaves=12)
statuses = st.lists(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=5)}, optional={
    "content": json_values, "reblog": json_values, "in_reply_to_id": json_values, "created_at": json_values,
    "card": json_values, "mentions": json_values, "url": json_values, "favourites_count": json_values}), max_size=4)
feed_items = st.lists(st.fixed_dictionaries({"post": st.fixed_dictionaries(
    {"uri": st.text(min_size=1, max_size=8)},
    optional={"record": json_values, "author": json_values, "likeCount": json_values, "indexedAt": json_values})},
    optional={"reason": json_values}), max_size=4)


def _serve(fake: Any, path_end: str, body: Any) -> httpx.Client:
    fake.fail(lambda request: request.url.path.endswith(path_end), lambda request: httpx.Response(200, json=body))
    return fake.client()


def _valid_or_input_error(spec: str, client: httpx.Client) -> None:
    try:
        account = fetch_account(spec, client=client, sleep=Sleeps())
    except InputError:
        return
    assert parse_account(account.model_dump(mode="json")) == account


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=statuses | json_values)
def test_any_mastodon_page(page):
    _valid_or_input_error("@ada@social.example", _serve(FakeMastodon(), "/statuses", page))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(found=json_values)
def test_any_mastodon_lookup(found):
    _valid_or_input_error("@ada@social.example", _serve(FakeMastodon(), "/lookup", found))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(feed=feed_items, cursor=st.none() | st.text(max_size=3) | st.integers())
def test_any_bluesky_feed(feed, cursor):
    _valid_or_input_error("bluesky:ada.bsky.social", _serve(FakeBluesky(), "getAuthorFeed", {"feed": feed,
                                                                                                "cursor": cursor}))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=json_values)
def test_any_bluesky_profile(profile):
    _valid_or_input_error("bluesky:ada.bsky.social", _serve(FakeBluesky(), "getProfile", profile))


accounts = st.lists(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=5) | st.integers(0, 10**6)}, optional={
    "acct": json_values, "username": json_values, "followers_count": json_values, "following_count": json_values,
    "statuses_count": json_values, "created_at": json_values, "avatar": json_values, "note": json_values,
    "bot": json_values, "fields": json_values}), max_size=4)
profiles = st.lists(st.fixed_dictionaries({"did": st.text(min_size=1, max_size=8)}, optional={
    "handle": json_values, "avatar": json_values, "createdAt": json_values, "description": json_values,
    "followersCount": json_values, "followsCount": json_values, "postsCount": json_values}), max_size=4)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=accounts | json_values)
def test_any_mastodon_followers_page(page):
    _valid_or_input_error("@ada@social.example", _serve(FakeMastodon(), "/followers", page))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(followers=profiles | json_values, detailed=profiles | json_values, cursor=st.none() | st.text(max_size=3))
def test_any_bluesky_followers_and_profiles(followers, detailed, cursor):
    fake = FakeBluesky()
    fake.fail(lambda request: request.url.path.endswith("getFollowers"),
              lambda request: httpx.Response(200, json={"followers": followers, "cursor": cursor}))
    _valid_or_input_error("bluesky:ada.bsky.social", _serve(fake, "getProfiles", {"profiles": detailed}))
