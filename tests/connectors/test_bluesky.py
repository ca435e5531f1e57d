"""The Bluesky connector against a fake AppView serving our recorded API responses."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

from credscore.account import parse_account
from credscore.connectors import fetch_account, http
from credscore.connectors.bluesky import parse_actor
from credscore.errors import InputError
from tests.connectors.fakes import FakeBluesky, Sleeps, json_response, raises, raw_response

SPEC = "bluesky:ada.bsky.social"
ADA_DID = "did:plc:ada4example7reproducible"
CURSOR_1 = "2025-03-13T08:20:00.000Z"
CURSOR_2 = "2025-03-02T12:00:00.000Z"


def on_feed(cursor: str | None):
    return lambda request: request.url.path.endswith("getAuthorFeed") and request.url.params.get("cursor") == cursor


def sources(account) -> dict:
    (source,) = account.model_extra["sources"]
    return source


def test_fetches_every_cursor_page():
    fake = FakeBluesky()
    account = fetch_account(SPEC, client=fake.client())
    assert (account.id, account.name) == ("bluesky:ada.bsky.social", "Ada Example")
    assert Counter(post.kind for post in account.posts) == {"post": 4, "reply": 1, "repost": 2}
    assert sources(account) == {"kind": "bluesky", "location": "ada.bsky.social", "complete": True, "note": ""}
    assert [(r.url.path, dict(r.url.params)) for r in fake.requests] == [
        ("/xrpc/app.bsky.actor.getProfile", {"actor": "ada.bsky.social"}),
        ("/xrpc/app.bsky.feed.getAuthorFeed", {"actor": ADA_DID, "limit": "100"}),
        ("/xrpc/app.bsky.feed.getAuthorFeed", {"actor": ADA_DID, "limit": "100", "cursor": CURSOR_1}),
        ("/xrpc/app.bsky.feed.getAuthorFeed", {"actor": ADA_DID, "limit": "100", "cursor": CURSOR_2}),
    ]
    assert all(request.url.host == "public.api.bsky.app" for request in fake.requests)
    assert parse_account(account.model_dump(mode="json")) == account


def test_maps_the_profile():
    (profile,) = fetch_account(SPEC, client=FakeBluesky().client()).profiles
    assert (profile.platform, profile.handle, profile.followers, profile.following) == (
        "bluesky", "ada.bsky.social", 842, 190)
    assert profile.bio == "Build engineer. Reproducible builds & Python packaging.\nblog.ada.example"
    assert profile.url == "https://bsky.app/profile/ada.bsky.social"
    assert profile.created_at.isoformat() == "2023-05-01T10:00:00+00:00"
    assert profile.verified is None


def test_maps_feed_items():
    account = fetch_account(SPEC, client=FakeBluesky().client())
    posts = {post.id.rsplit("/", 1)[1]: post for post in account.posts}
    own = posts["3lkabc1own"]
    assert own.id == f"at://{ADA_DID}/app.bsky.feed.post/3lkabc1own"
    assert own.kind == "post"
    assert own.text == "Wrote up how we made our wheels reproducible 🛠️ blog.ada.example/2025/03/repro..."
    assert own.links == ("https://blog.ada.example/2025/03/reproducible-wheels",)  # facet and embed, once
    assert own.created_at.isoformat() == "2025-03-14T09:30:00+00:00"  # record.createdAt, not indexedAt
    assert (own.likes, own.reposts, own.replies) == (8, 3, 1)
    assert own.model_extra == {"url": "https://bsky.app/profile/ada.bsky.social/post/3lkabc1own"}

    repost = posts["3lkzzz9rc3"]
    assert repost.kind == "repost"
    assert repost.created_at.isoformat() == "2025-03-13T20:00:00+00:00"  # reason.indexedAt
    assert repost.id == "at://did:plc:linus4kernel2example3rc/app.bsky.feed.post/3lkzzz9rc3"

    assert posts["3lkreply01"].kind == "reply" and posts["3lkreply01"].links == ()  # a mention facet is no link
    assert posts["3lkmaria02"].kind == "repost"  # a repost of someone's reply is a repost
    assert posts["3lkimage01"].text == ""  # an image alone
    assert posts["3lkquote01"].links == ("https://journal.science.example/articles/2025/pollinators",)
    # In time order, as every importer gives them (the feed is newest first).
    assert [post.created_at for post in account.posts] == sorted(post.created_at for post in account.posts)


def test_stops_at_max_posts():
    fake = FakeBluesky()
    account = fetch_account(SPEC, client=fake.client(), max_posts=4)
    assert len(account.posts) == 4
    assert (sources(account)["complete"], sources(account)["note"]) == (False, "stopped at 4 posts (--max-posts)")
    assert len(fake.requests) == 3


def test_a_cursor_loop_stops():
    fake = FakeBluesky()
    fake.fail(on_feed(CURSOR_1), json_response(200, {**fake.pages[1], "cursor": CURSOR_1}))
    account = fetch_account(SPEC, client=fake.client())
    assert len(account.posts) == 6
    assert sources(account)["complete"] is False
    assert sources(account)["note"] == "pagination loop: page 2 links back to a page already fetched"


def test_a_failing_page_keeps_what_came_before():
    fake, sleeps = FakeBluesky(), Sleeps()
    fake.fail(on_feed(CURSOR_2), raises(httpx.ReadTimeout))
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps)
    assert len(account.posts) == 6
    assert sources(account)["complete"] is False
    assert sources(account)["note"].startswith(
        "stopped at page 3: public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed: timed out waiting for the server")
    assert len(fake.requests) == 3 + http.MAX_ATTEMPTS


def test_retries_then_succeeds():
    fake, sleeps = FakeBluesky(), Sleeps()
    fake.fail(on_feed(None), json_response(502, {}), times=1)
    fake.fail(on_feed(CURSOR_1), json_response(429, {"error": "RateLimitExceeded"}, {"Retry-After": "2"}), times=1)
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps)
    assert len(account.posts) == 7 and sources(account)["complete"] is True
    assert len(sleeps) == 2 and sleeps[1] == 2.0


def test_a_truncated_page_keeps_what_came_before():
    fake = FakeBluesky()
    fake.fail(on_feed(CURSOR_1), raw_response(200, b'{"feed":[{"post":{"uri":"at://did:plc:x/app.bsky.feed.po'))
    account = fetch_account(SPEC, client=fake.client())
    assert len(account.posts) == 3
    assert "not valid JSON" in sources(account)["note"]


def test_an_unknown_account_is_no_such_account():
    fake = FakeBluesky()
    with pytest.raises(InputError) as caught:
        fetch_account("bluesky:nobody.bsky.social", client=fake.client())
    assert str(caught.value) == ("bluesky nobody.bsky.social: no such account (public.api.bsky.app answered HTTP 400: "
                                 "InvalidRequest: Profile not found)")
    assert len(fake.requests) == 1


def test_an_invalid_handle_gives_way_to_the_did():
    fake = FakeBluesky()
    fake.profile["handle"] = "handle.invalid"
    account = fetch_account(f"bluesky:{ADA_DID}", client=fake.client())
    assert (account.id, account.profiles[0].handle) == (f"bluesky:{ADA_DID}", ADA_DID)


@pytest.mark.parametrize(("target", "actor"), [
    ("ada.bsky.social", "ada.bsky.social"),
    ("@Ada.Bsky.Social", "ada.bsky.social"),
    ("did:plc:ada4example7reproducible", "did:plc:ada4example7reproducible"),
    ("https://bsky.app/profile/ada.bsky.social", "ada.bsky.social"),
    ("https://bsky.app/profile/ada.bsky.social/post/3lkabc1own", "ada.bsky.social"),
])
def test_parse_actor(target, actor):
    assert parse_actor(target) == actor


@pytest.mark.parametrize("target", ["ada", "ada bsky.social", "@", "https://example.com/profile/ada.bsky.social"])
def test_parse_actor_rejects(target):
    with pytest.raises(InputError, match="is not a Bluesky handle"):
        parse_actor(target)
