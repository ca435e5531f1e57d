"""The Mastodon connector against a fake instance serving our recorded API responses."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import httpx
import pytest

from credscore.account import parse_account
from credscore.connectors import fetch_account, http, mastodon
from credscore.connectors.mastodon import MastodonHandle, account_to_member, has_avatar, parse_handle
from credscore.errors import InputError
from tests.connectors.fakes import FakeMastodon, Sleeps, json_response, raises, raw_response

SPEC = "mastodon:@ada@social.example"
PAGE_1_NEXT = "113500000000000006"  # the last status of page 1: page 2 is asked with max_id = it
PAGE_2_NEXT = "113500000000000003"


def on_page(max_id: str | None):
    return lambda request: request.url.path.endswith("/statuses") and request.url.params.get("max_id") == max_id


def sources(account) -> dict:
    (source,) = account.model_extra["sources"]
    return source


def test_fetches_every_page_until_the_empty_one():
    fake = FakeMastodon()
    account = fetch_account(SPEC, client=fake.client())
    assert account.id == "mastodon:@ada@social.example"
    assert account.name == "Ada Example"
    assert Counter(post.kind for post in account.posts) == {"post": 5, "reply": 2, "repost": 2}
    assert sources(account) == {"kind": "mastodon", "location": "@ada@social.example", "complete": True,
                                "note": "follower sample: the 5 most recent of 1,520"}
    assert [(r.url.path, dict(r.url.params)) for r in fake.requests] == [
        ("/api/v1/accounts/lookup", {"acct": "ada"}),
        (fake.statuses_path, {"limit": "40"}),
        (fake.statuses_path, {"limit": "40", "max_id": PAGE_1_NEXT}),
        (fake.statuses_path, {"limit": "40", "max_id": PAGE_2_NEXT}),
        (fake.statuses_path, {"limit": "40", "max_id": "113500000000000001"}),
        (fake.followers_path, {"limit": "80"}),  # 5 followers: one short page, no next link
    ]
    assert parse_account(account.model_dump(mode="json")) == account


def test_maps_the_profile():
    (profile,) = fetch_account(SPEC, client=FakeMastodon().client()).profiles
    assert profile.model_dump(exclude_none=True) == {
        "platform": "mastodon",
        "handle": "ada@social.example",
        "bio": "Build engineer. I write about reproducible builds & Python packaging.\n"
               "Blog: blog.ada.example\nPronouns: she/her",
        "url": "https://social.example/@ada",
        "followers": 1520,
        "following": 310,
        "created_at": profile.created_at,
        "posts_count": 9,
        "has_avatar": True,
    }
    assert profile.created_at.isoformat() == "2022-11-05T00:00:00+00:00"


def test_maps_statuses():
    posts = {post.id: post for post in fetch_account(SPEC, client=FakeMastodon().client()).posts}
    link_post = posts["113500000000000009"]
    # As Mastodon shows it: the URL parts in <span class="invisible"> hidden, "…" after a shortened one.
    assert link_post.text == ("New write-up on reproducible builds for Python wheels: what broke, what we fixed, and "
                              "the two flags that matter.\n\nblog.ada.example/2025/03/reprod…")
    assert link_post.links == ("https://blog.ada.example/2025/03/reproducible-wheels",)
    assert (link_post.likes, link_post.reposts, link_post.replies) == (12, 5, 2)
    assert link_post.created_at.isoformat() == "2025-03-14T09:26:53.589000+00:00"
    assert link_post.model_extra == {"url": "https://social.example/@ada/113500000000000009"}

    reply = posts["113500000000000008"]
    assert reply.kind == "reply" and reply.links == ()
    assert reply.text.startswith("@grace Yes, SOURCE_DATE_EPOCH")

    boost = posts["113500000000000007"]
    assert boost.kind == "repost"
    assert boost.created_at.isoformat() == "2025-03-13T18:02:11+00:00"  # when Ada boosted, not when Linus wrote
    assert boost.text == "Release candidate 3 is out. Please test on real hardware. #linux"
    assert boost.links == ()  # the hashtag is not a link
    assert (boost.likes, boost.model_extra["url"]) == (210, "https://kernel.example/@linus/113499000000000100")

    assert posts["113500000000000006"].text == ("Long thread about CI costs\n\nWe cut our CI bill by 40%.\n"
                                               "Caching the wheelhouse did most of it.\nMatrix pruning did the rest.")
    assert posts["113500000000000005"].text == "#python #packaging"
    assert posts["113500000000000004"].links == ("https://talks.ada.example/pycon-2025.pdf",)
    assert posts["113500000000000003"].text == ""  # an image alone
    assert posts["113500000000000002"].text == "Don't pin <setuptools> blindly : test the upgrade & read the changelog."
    assert posts["113500000000000001"].links == ("https://journal.science.example/articles/2025/pollinators",)


def test_stops_at_max_posts():
    fake = FakeMastodon()
    account = fetch_account(SPEC, client=fake.client(), max_posts=5, audience_sample=0)
    assert [post.id for post in account.posts] == [f"11350000000000000{n}" for n in (5, 6, 7, 8, 9)]
    assert sources(account)["complete"] is False
    assert sources(account)["note"] == "stopped at 5 posts (--max-posts)"
    assert len(fake.requests) == 3  # lookup and two pages, no more


def test_a_pagination_loop_stops():
    fake = FakeMastodon()
    # Page 2 links "next" to itself, forever.
    loop = f'<https://social.example{fake.statuses_path}?limit=40&max_id={PAGE_1_NEXT}>; rel="next"'
    fake.fail(on_page(PAGE_1_NEXT), json_response(200, fake.pages[1], {"Link": loop}))
    account = fetch_account(SPEC, client=fake.client(), audience_sample=0)
    assert len(account.posts) == 7
    assert sources(account)["complete"] is False
    assert sources(account)["note"] == "pagination loop: page 2 links back to a page already fetched"
    assert len(fake.requests) == 3


def test_a_server_error_on_page_3_keeps_pages_1_and_2():
    fake, sleeps = FakeMastodon(), Sleeps()
    fake.fail(on_page(PAGE_2_NEXT), json_response(500, {"error": "boom"}))
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps, audience_sample=0)
    assert len(account.posts) == 7
    assert sources(account)["complete"] is False
    assert sources(account)["note"] == (
        f"stopped at page 3: social.example{fake.statuses_path}: server error (HTTP 500 Internal Server Error); "
        f"gave up after {http.MAX_ATTEMPTS} attempts")
    assert len(fake.requests) == 3 + http.MAX_ATTEMPTS  # retries bounded
    assert len(sleeps) == http.MAX_ATTEMPTS - 1


def test_transient_failures_are_retried_without_losing_anything():
    fake, sleeps = FakeMastodon(), Sleeps()
    fake.fail(on_page(None), raises(httpx.ConnectTimeout), times=1)
    fake.fail(on_page(PAGE_1_NEXT), raises(httpx.ReadTimeout), times=1)
    fake.fail(on_page(PAGE_2_NEXT), json_response(429, {"error": "Too many requests"}, {"Retry-After": "3"}), times=1)
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps)
    assert len(account.posts) == 9 and sources(account)["complete"] is True
    assert len(sleeps) == 3 and sleeps[2] == 3.0


def test_a_truncated_page_keeps_what_came_before():
    fake = FakeMastodon()
    fake.fail(on_page(PAGE_1_NEXT), raw_response(200, b'[{"id":"113500000000000005","content":"<p>#py'))
    account = fetch_account(SPEC, client=fake.client())
    assert len(account.posts) == 4
    assert sources(account)["complete"] is False
    assert "stopped at page 2" in sources(account)["note"] and "not valid JSON" in sources(account)["note"]


def test_a_truncated_lookup_is_an_input_error():
    fake = FakeMastodon()
    fake.fail(lambda request: request.url.path.endswith("/lookup"), raw_response(200, b'{"id":"1098765'))
    with pytest.raises(InputError, match=r"mastodon @ada@social\.example: .*not valid JSON"):
        fetch_account(SPEC, client=fake.client())


def test_an_unknown_account_is_no_such_account():
    fake = FakeMastodon()
    with pytest.raises(InputError) as caught:
        fetch_account("@nobody@social.example", client=fake.client())
    assert str(caught.value) == "mastodon @nobody@social.example: no such account (social.example answered HTTP 404)"
    assert len(fake.requests) == 1


def test_a_host_that_is_not_an_instance_says_so():
    fake = FakeMastodon()
    fake.fail(lambda request: True, lambda request: httpx.Response(404, html="<h1>Not here</h1>"))
    with pytest.raises(InputError, match=r"example\.org does not answer the Mastodon API"):
        fetch_account("@ada@example.org", client=fake.client())


def test_an_instance_that_requires_signing_in():
    fake = FakeMastodon()
    fake.fail(lambda request: True, json_response(401, {"error": "This API requires an authenticated user"}))
    with pytest.raises(InputError, match="the instance requires signing in to read accounts"):
        fetch_account(SPEC, client=fake.client())


def test_a_next_link_to_another_route_is_not_followed():
    fake = FakeMastodon()
    fake.fail(on_page(None), json_response(200, fake.pages[0],
                                           {"Link": '<https://evil.example/steal?max_id=1>; rel="next"'}))
    account = fetch_account(SPEC, client=fake.client())
    assert len(account.posts) == 4
    assert "the next-page link leads elsewhere (evil.example/steal)" in sources(account)["note"]
    assert all(request.url.host == "social.example" for request in fake.requests)


def test_a_broken_next_link_stops_the_walk():
    fake = FakeMastodon()
    fake.fail(on_page(None), json_response(200, fake.pages[0], {"Link": '<https://[::1/x>; rel="next"'}))
    account = fetch_account(SPEC, client=fake.client(), audience_sample=0)
    assert len(account.posts) == 4
    assert sources(account)["note"] == (
        "stopped at page 2: mastodon @ada@social.example: the next-page link is not a URL")


def test_a_next_link_naming_another_host_stays_on_the_instance():
    fake = FakeMastodon()
    link = f'<http://localhost:3000{fake.statuses_path}?limit=40&max_id={PAGE_1_NEXT}>; rel="next"'
    fake.fail(on_page(None), json_response(200, fake.pages[0], {"Link": link}))
    account = fetch_account(SPEC, client=fake.client(), audience_sample=0)
    assert len(account.posts) == 9
    assert {str(request.url.copy_with(query=None)) for request in fake.requests[1:]} == {
        f"https://social.example{fake.statuses_path}"}


@pytest.mark.parametrize(("target", "expected"), [
    ("@ada@social.example", MastodonHandle("ada", "social.example")),
    ("ada@Social.Example", MastodonHandle("ada", "social.example")),
    ("https://social.example/@ada", MastodonHandle("ada", "social.example")),
    ("http://127.0.0.1:8080/@ada_b", MastodonHandle("ada_b", "127.0.0.1:8080", "http")),
    ("https://social.example/users/ada/", MastodonHandle("ada", "social.example")),
])
def test_parse_handle(target, expected):
    assert parse_handle(target) == expected


@pytest.mark.parametrize("target", ["ada", "@ada", "@ada@", "ada@social.example/extra", "https://social.example/ada",
                                    "@ada@social example"])
def test_parse_handle_rejects(target):
    with pytest.raises(InputError, match="is not a Mastodon account; write it @user@instance"):
        parse_handle(target)


# The follower sample (audience) and the snapshot.


def on_followers(max_id: str | None):
    return lambda request: request.url.path.endswith("/followers") and request.url.params.get("max_id") == max_id


def test_samples_followers():
    before = datetime.now(UTC)
    account = fetch_account(SPEC, client=FakeMastodon().client())
    after = datetime.now(UTC)
    members = {member.handle: member for member in account.audience}
    assert list(members) == ["grace@social.example", "linus@kernel.example", "promo4829@bulk.example",
                             "promo4830@bulk.example", "releasebot@social.example"]  # the API's order
    grace = members["grace@social.example"]
    assert grace.model_dump(exclude_none=True) == {
        "platform": "mastodon", "handle": "grace@social.example", "followers": 640, "following": 220,
        "posts_count": 1830, "created_at": datetime(2022, 11, 7, tzinfo=UTC), "has_avatar": True,
        "bio": "Compilers, CI, and too much coffee.\nSite: grace.example", "bot": False}
    promo = members["promo4829@bulk.example"]
    assert (promo.followers, promo.following, promo.posts_count, promo.has_avatar, promo.bio) == (
        3, 4980, 0, False, None)
    assert members["releasebot@social.example"].model_extra == {"bot": True}
    (snapshot,) = account.snapshots
    assert (snapshot.platform, snapshot.followers, snapshot.following, snapshot.posts_count) == (
        "mastodon", 1520, 310, 9)
    assert before <= snapshot.at <= after
    assert account.follows == ()  # the sample is the audience; Mastodon gives no time of the follow
    assert parse_account(account.model_dump(mode="json")) == account


def test_followers_are_paged_through_the_link_header(monkeypatch):
    monkeypatch.setattr(mastodon, "FOLLOWERS_PAGE_SIZE", 2)
    fake = FakeMastodon()
    account = fetch_account(SPEC, client=fake.client())
    pages = [dict(request.url.params) for request in fake.requests if request.url.path == fake.followers_path]
    assert pages == [{"limit": "2"}, {"limit": "2", "max_id": "1"}, {"limit": "2", "max_id": "3"}]
    assert len(account.audience) == 5
    assert sources(account)["note"] == "follower sample: the 5 most recent of 1,520"


def test_the_sample_is_bounded(monkeypatch):
    monkeypatch.setattr(mastodon, "FOLLOWERS_PAGE_SIZE", 2)
    fake = FakeMastodon()
    account = fetch_account(SPEC, client=fake.client(), audience_sample=3)
    assert [member.handle for member in account.audience] == [
        "grace@social.example", "linus@kernel.example", "promo4829@bulk.example"]
    assert sum(request.url.path == fake.followers_path for request in fake.requests) == 2  # no page past the bound
    assert sources(account)["note"] == "follower sample: the 3 most recent of 1,520"


def test_no_sample_asked_no_request():
    fake = FakeMastodon()
    account = fetch_account(SPEC, client=fake.client(), audience_sample=0)
    assert account.audience == ()
    assert all(request.url.path != fake.followers_path for request in fake.requests)


@pytest.mark.parametrize("sample", [-1, 100_001])
def test_an_absurd_sample_is_refused(sample):
    with pytest.raises(InputError, match="--audience-sample must be between 0 and 100,000"):
        fetch_account(SPEC, client=FakeMastodon().client(), audience_sample=sample)


def test_a_failing_second_page_keeps_the_first(monkeypatch):
    monkeypatch.setattr(mastodon, "FOLLOWERS_PAGE_SIZE", 2)
    fake, sleeps = FakeMastodon(), Sleeps()
    fake.fail(on_followers("1"), json_response(503, {}))
    account = fetch_account(SPEC, client=fake.client(), sleep=sleeps)
    assert len(account.audience) == 2 and len(account.posts) == 9
    source = sources(account)
    assert source["complete"] is True  # the history is whole; the sample is what is short
    assert source["note"].startswith("follower sample cut short at 2 of 1,520 (stopped at page 2: social.example"
                                     f"{fake.followers_path}: server error (HTTP 503 Service Unavailable)")


def test_followers_refused_keep_the_posts():
    fake = FakeMastodon()
    fake.fail(on_followers(None), json_response(401, {"error": "This API requires an authenticated user"}))
    account = fetch_account(SPEC, client=fake.client())
    assert len(account.posts) == 9 and account.audience == ()
    assert sources(account)["note"] == (f"no follower sample (social.example{fake.followers_path}: HTTP 401 "
                                        "Unauthorized (This API requires an authenticated user))")


def test_hidden_followers_are_said():
    fake = FakeMastodon()
    fake.followers = []  # what Mastodon answers for an account that hides its network
    account = fetch_account(SPEC, client=fake.client())
    assert sources(account)["note"] == "the server lists none of the 1,520 followers (hidden by the account?)"


def test_a_follower_link_to_another_route_is_not_followed(monkeypatch):
    monkeypatch.setattr(mastodon, "FOLLOWERS_PAGE_SIZE", 2)
    fake = FakeMastodon()
    fake.fail(on_followers(None), json_response(200, fake.followers[:2],
                                                {"Link": f'<https://social.example{fake.statuses_path}>; rel="next"'}))
    account = fetch_account(SPEC, client=fake.client())
    assert len(account.audience) == 2
    assert "the next-page link leads elsewhere" in sources(account)["note"]


def test_an_account_without_followers_asks_nothing():
    fake = FakeMastodon()
    fake.account["followers_count"] = 0
    account = fetch_account(SPEC, client=fake.client())
    assert all(request.url.path != fake.followers_path for request in fake.requests)
    assert sources(account)["note"] == ""


@pytest.mark.parametrize(("url", "expected"), [
    ("https://social.example/system/accounts/avatars/109/original/a1b2c3.png", True),
    ("https://files.example/accounts/avatars/000/000/001/original/x.jpg", True),
    ("https://social.example/avatars/original/missing.png", False),  # Mastodon's default picture
    ("https://cdn.example/avatars/original/missing.png?v=2", False),
    ("https://gts.example/assets/default_avatars/GoToSocial_icon3.webp", False),
    ("https://akkoma.example/images/avi.png", False),
    ("", False),
    (None, None),
    (42, None),
])
def test_has_avatar(url, expected):
    assert has_avatar(url) is expected


@pytest.mark.parametrize(("account", "fields"), [
    ({"id": "1", "acct": "zoe", "username": "zoe"}, {"handle": "zoe@social.example"}),
    ({"id": "2", "acct": "zoe@elsewhere.example"}, {"handle": "zoe@elsewhere.example"}),
    ({"id": "3", "username": "yan"}, {"handle": "yan@social.example"}),
    ({"id": "4"}, {"handle": None, "followers": None, "has_avatar": None, "bot": None}),
    ({"id": "5", "acct": "x", "followers_count": "12", "statuses_count": -3, "bot": "yes", "created_at": "hier"},
     {"followers": None, "posts_count": None, "bot": None, "created_at": None}),
    ({"id": "6", "acct": "camille", "note": "<p>Journaliste, Lyon</p>", "created_at": "2024-02-03T00:00:00.000Z"},
     {"bio": "Journaliste, Lyon", "created_at": datetime(2024, 2, 3, tzinfo=UTC)}),
])
def test_account_to_member(account, fields):
    member = account_to_member(account, "social.example")
    assert member["platform"] == "mastodon"
    assert {key: member[key] for key in fields} == fields


def test_an_audience_over_the_limit_keeps_the_first(monkeypatch):
    from credscore.importers import _common

    monkeypatch.setattr(_common, "MAX_AUDIENCE", 2)
    account = fetch_account(SPEC, client=FakeMastodon().client())
    assert [member.handle for member in account.audience] == ["grace@social.example", "linus@kernel.example"]
    assert sources(account)["complete"] is False
    assert sources(account)["note"].endswith("kept the first 2 audience records of 5")
