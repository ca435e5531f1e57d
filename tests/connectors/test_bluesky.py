"""The Bluesky connector against a fake AppView serving our recorded API responses."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

import httpx
import pytest
import yaml

from credscore.account import parse_account
from credscore.connectors import bluesky, fetch_account, http
from credscore.connectors.bluesky import parse_actor, profile_to_member
from credscore.errors import InputError
from tests.connectors.fakes import FakeBluesky, Sleeps, json_response, raises, raw_response

SPEC = "bluesky:ada.bsky.social"
ADA_DID = "did:plc:ada4example7reproducible"
CURSOR_1 = "2025-03-13T08:20:00.000Z"
CURSOR_2 = "2025-03-02T12:00:00.000Z"
FOLLOWER_DIDS = ["did:plc:grace2compilers9ci", "did:plc:zz7bulk4829promo", "did:plc:zz7bulk4830promo",
                 "did:plc:linus4kernel2example3rc"]


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
    assert sources(account) == {"kind": "bluesky", "location": "ada.bsky.social", "complete": True,
                                "note": "follower sample: the 4 most recent of 842; follows: the 2 most recent of 190"}
    assert [(r.url.path, dict(r.url.params)) for r in fake.requests] == [
        ("/xrpc/app.bsky.actor.getProfile", {"actor": "ada.bsky.social"}),
        ("/xrpc/app.bsky.feed.getAuthorFeed", {"actor": ADA_DID, "limit": "100"}),
        ("/xrpc/app.bsky.feed.getAuthorFeed", {"actor": ADA_DID, "limit": "100", "cursor": CURSOR_1}),
        ("/xrpc/app.bsky.feed.getAuthorFeed", {"actor": ADA_DID, "limit": "100", "cursor": CURSOR_2}),
        ("/xrpc/app.bsky.graph.getFollowers", {"actor": ADA_DID, "limit": "100"}),
        ("/xrpc/app.bsky.actor.getProfiles", {"actors": FOLLOWER_DIDS[0]}),  # dict() keeps the first of a repeat
        ("/xrpc/app.bsky.graph.getFollows", {"actor": ADA_DID, "limit": "100"}),
    ]
    assert fake.requests[5].url.params.get_list("actors") == FOLLOWER_DIDS
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
    assert (profile.posts_count, profile.has_avatar) == (5, True)


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
    assert own.model_extra == {"url": "https://bsky.app/profile/ada.bsky.social/post/3lkabc1own", "quotes": 0}

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
    account = fetch_account(SPEC, client=fake.client(), max_posts=4, audience_sample=0)
    assert len(account.posts) == 4
    assert (sources(account)["complete"], sources(account)["note"]) == (False, "stopped at 4 posts (--max-posts)")
    assert len(fake.requests) == 3
    assert (account.audience, account.follows) == ((), ())


def test_a_cursor_loop_stops():
    fake = FakeBluesky()
    fake.fail(on_feed(CURSOR_1), json_response(200, {**fake.pages[1], "cursor": CURSOR_1}))
    account = fetch_account(SPEC, client=fake.client(), audience_sample=0)
    assert len(account.posts) == 6
    assert sources(account)["complete"] is False
    assert sources(account)["note"] == "pagination loop: page 2 links back to a page already fetched"


def test_a_failing_page_keeps_what_came_before():
    fake, sleeps = FakeBluesky(), Sleeps()
    fake.fail(on_feed(CURSOR_2), raises(httpx.ReadTimeout))
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps, audience_sample=0)
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
    assert len(account.audience) == 4  # a failed feed page does not cost the follower sample


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


# The follower sample (audience), the follows and the snapshot.


def on_path(name: str):
    return lambda request: request.url.path.endswith(name)


def test_samples_followers_with_their_counts():
    before = datetime.now(UTC)
    account = fetch_account(SPEC, client=FakeBluesky().client())
    after = datetime.now(UTC)
    members = {member.handle: member for member in account.audience}
    assert list(members) == ["grace.bsky.social", "promo4829.bsky.social", "did:plc:zz7bulk4830promo",
                             "linus.kernel.example"]  # the AppView's order: most recent followers first
    grace = members["grace.bsky.social"]
    assert (grace.platform, grace.followers, grace.following, grace.posts_count, grace.has_avatar, grace.bio) == (
        "bluesky", 410, 260, 1220, True, "Compilers & CI.")
    assert grace.created_at == datetime(2023, 6, 2, 8, 12, 44, 101000, tzinfo=UTC)
    assert grace.followed_at is None  # the AppView does not say when
    promo = members["promo4829.bsky.social"]
    assert (promo.followers, promo.following, promo.posts_count, promo.has_avatar, promo.bio) == (
        2, 4710, 0, False, None)
    # Taken down: the AppView gives no detailed profile; what the follower list said is kept.
    gone = members["did:plc:zz7bulk4830promo"]
    assert (gone.followers, gone.posts_count, gone.has_avatar, gone.created_at is not None) == (None, None, False, True)
    (snapshot,) = account.snapshots
    assert (snapshot.platform, snapshot.followers, snapshot.following, snapshot.posts_count) == (
        "bluesky", 842, 190, 5)
    assert before <= snapshot.at <= after
    follows = Counter((follow.direction, follow.counterpart) for follow in account.follows)
    assert follows == Counter({("in", handle): 1 for handle in members} |
                              {("out", "linus.kernel.example"): 1, ("out", "maria.science.example"): 1})
    assert all(follow.created_at is None for follow in account.follows)
    assert parse_account(account.model_dump(mode="json")) == account


def test_the_sample_is_bounded():
    fake = FakeBluesky()
    account = fetch_account(SPEC, client=fake.client(), audience_sample=3)
    assert [member.handle for member in account.audience] == [
        "grace.bsky.social", "promo4829.bsky.social", "did:plc:zz7bulk4830promo"]
    (profiles,) = [request for request in fake.requests if request.url.path.endswith("getProfiles")]
    assert profiles.url.params.get_list("actors") == FOLLOWER_DIDS[:3]
    assert sum(follow.direction == "out" for follow in account.follows) == 2
    assert sources(account)["note"] == ("follower sample: the 3 most recent of 842; "
                                        "follows: the 2 most recent of 190")


def test_no_sample_asked_no_request():
    fake = FakeBluesky()
    account = fetch_account(SPEC, client=fake.client(), audience_sample=0)
    assert (account.audience, account.follows) == ((), ())
    assert not [request for request in fake.requests if "graph" in request.url.path or "Profiles" in request.url.path]
    assert len(account.snapshots) == 1  # the counters came with the profile anyway


def test_followers_are_paged_by_cursor_and_profiles_read_in_batches(monkeypatch):
    monkeypatch.setattr(bluesky, "GRAPH_PAGE_SIZE", 2)
    monkeypatch.setattr(bluesky, "PROFILES_BATCH", 3)
    fake = FakeBluesky()
    account = fetch_account(SPEC, client=fake.client())
    pages = [dict(request.url.params) for request in fake.requests if request.url.path.endswith("getFollowers")]
    assert pages == [{"actor": ADA_DID, "limit": "2"}, {"actor": ADA_DID, "limit": "2", "cursor": "2"}]
    batches = [request.url.params.get_list("actors") for request in fake.requests
               if request.url.path.endswith("getProfiles")]
    assert batches == [FOLLOWER_DIDS[:3], FOLLOWER_DIDS[3:]]
    assert [member.followers for member in account.audience] == [410, 2, None, 15020]


def test_a_failing_follower_list_keeps_the_posts():
    fake, sleeps = FakeBluesky(), Sleeps()
    fake.fail(on_path("getFollowers"), json_response(502, {}))
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps)
    assert len(account.posts) == 7 and account.audience == ()
    source = sources(account)
    assert source["complete"] is True  # the history is whole; the note says the sample is missing
    assert source["note"].startswith("no follower sample (public.api.bsky.app/xrpc/app.bsky.graph.getFollowers: "
                                     "server error (HTTP 502 Bad Gateway); gave up after 4 attempts)")


def test_failing_profiles_keep_the_followers_without_counts():
    fake = FakeBluesky()
    fake.fail(on_path("getProfiles"), json_response(400, {"error": "InvalidRequest", "message": "too many"}))
    account = fetch_account(SPEC, client=fake.client())
    assert [member.followers for member in account.audience] == [None] * 4
    assert [member.has_avatar for member in account.audience] == [True, False, False, True]
    assert "the counts of 4 sampled followers are missing" in sources(account)["note"]


def test_a_hidden_or_empty_follower_list_is_said():
    fake = FakeBluesky()
    fake.fail(on_path("getFollowers"), json_response(200, {"followers": []}))
    account = fetch_account(SPEC, client=fake.client())
    assert account.audience == ()
    assert "the server lists none of the 842 followers" in sources(account)["note"]


def test_a_follower_page_that_is_no_list_is_an_error_noted():
    fake = FakeBluesky()
    fake.fail(on_path("getFollowers"), json_response(200, {"followers": "nope"}))
    account = fetch_account(SPEC, client=fake.client())
    assert "expected an object with a followers list" in sources(account)["note"]


def test_an_account_without_followers_asks_nothing():
    fake = FakeBluesky()
    fake.profile["followersCount"] = 0
    fake.profile["followsCount"] = 0
    fetch_account(SPEC, client=fake.client())
    assert not [request for request in fake.requests if "graph" in request.url.path]


# The recorded AppView responses of a real account (shared fixtures: VCR cassettes, read with a YAML parser).


def cassette(shared_dir, name: str) -> dict:
    (interaction,) = yaml.safe_load((shared_dir / "fixtures" / "bluesky-api" / f"{name}.yml").read_text())[
        "http_interactions"]
    return json.loads(interaction["response"]["body"]["string"])


def test_recorded_follower_list_and_profiles(shared_dir):
    (profile,) = cassette(shared_dir, "a_profile")["profiles"]
    followers, follows = cassette(shared_dir, "g_followers"), cassette(shared_dir, "g_follows")

    def answer(request: httpx.Request) -> httpx.Response:
        path, cursor = request.url.path, request.url.params.get("cursor")
        if path.endswith("getProfile"):
            return httpx.Response(200, json=profile)
        if path.endswith("getAuthorFeed"):
            return httpx.Response(200, json={"feed": []})
        if path.endswith("getFollowers"):
            return httpx.Response(200, json=followers if cursor is None else {"followers": []})
        if path.endswith("getFollows"):
            return httpx.Response(200, json=follows if cursor is None else {"follows": []})
        if path.endswith("getProfiles"):  # the owner's own profile is the one detailed profile recorded
            wanted = request.url.params.get_list("actors")
            return httpx.Response(200, json={"profiles": [profile] if profile["did"] in wanted else []})
        return httpx.Response(404, json={})

    client = httpx.Client(transport=httpx.MockTransport(answer))
    account = fetch_account("bluesky:chriskenny.bsky.social", client=client)
    (owner,) = account.profiles
    assert (owner.followers, owner.following, owner.posts_count, owner.has_avatar) == (554, 296, 65, True)
    (snapshot,) = account.snapshots
    assert (snapshot.followers, snapshot.following, snapshot.posts_count) == (554, 296, 65)
    assert len(account.audience) == len(followers["followers"]) == 48
    assert sum(member.has_avatar for member in account.audience) == 47
    assert all(member.created_at is not None and member.handle for member in account.audience)
    assert any(member.bio and "\U0001F1F5" in member.bio for member in account.audience)  # a YAML-escaped flag
    assert Counter(follow.direction for follow in account.follows) == {"in": 48, "out": 48}
    assert sources(account)["note"] == ("follower sample: the 48 most recent of 554; "
                                        "follows: the 48 most recent of 296")


@pytest.mark.parametrize(("profile", "member"), [
    ({"did": "did:plc:a", "handle": "a.example", "avatar": "https://cdn/x", "followersCount": 3, "followsCount": 9,
      "postsCount": 0, "createdAt": "2025-03-01T04:10:02.345Z", "description": "Bonjour !"},
     {"handle": "a.example", "followers": 3, "following": 9, "posts_count": 0, "has_avatar": True,
      "bio": "Bonjour !", "created_at": datetime(2025, 3, 1, 4, 10, 2, 345000, tzinfo=UTC)}),
    ({"did": "did:plc:b", "handle": "handle.invalid", "followersCount": -1, "createdAt": "not a date"},
     {"handle": "did:plc:b", "followers": None, "has_avatar": False, "created_at": None}),
    ({"did": "did:plc:c", "avatar": "", "description": ""}, {"handle": "did:plc:c", "has_avatar": False, "bio": None}),
])
def test_profile_to_member(profile, member):
    mapped = profile_to_member(profile)
    assert mapped["platform"] == "bluesky"
    assert {key: mapped[key] for key in member} == member
