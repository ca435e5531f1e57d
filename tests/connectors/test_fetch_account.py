"""The public entry point: specs, dispatch, and the real client path against a real local HTTP server."""

from __future__ import annotations

from collections import Counter

import pytest

from credscore.connectors import fetch_account, http, is_connector_spec
from credscore.errors import InputError
from tests.connectors.fakes import FakeBluesky, FakeMastodon, serve


@pytest.mark.parametrize("spec", ["mastodon:@ada@social.example", "@ada@social.example", "Mastodon:ada@social.example",
                                  "mastodon:https://social.example/@ada"])
def test_mastodon_specs(spec):
    fake = FakeMastodon()
    assert fetch_account(spec, client=fake.client()).id == "mastodon:@ada@social.example"


@pytest.mark.parametrize("spec", ["bluesky:ada.bsky.social", "bluesky:@ada.bsky.social",
                                  "bluesky:https://bsky.app/profile/ada.bsky.social"])
def test_bluesky_specs(spec):
    assert fetch_account(spec, client=FakeBluesky().client()).id == "bluesky:ada.bsky.social"


@pytest.mark.parametrize(("spec", "message"), [
    ("twitter:@ada", "'twitter:@ada': unknown connector 'twitter'; use mastodon:@user@instance, bluesky:handle or "
                     "rss:URL_OR_PATH"),
    ("ada.json", "'ada.json': not a connector spec; use mastodon:@user@instance"),
    ("https://social.example/@ada", "'https://social.example/@ada': not a connector spec"),
    ("mastodon:", "'mastodon:': says which connector but not which account"),
])
def test_bad_specs_are_clear_errors(spec, message):
    with pytest.raises(InputError) as caught:
        fetch_account(spec, client=FakeMastodon().client())
    assert str(caught.value).startswith(message)


def test_max_posts_must_be_positive():
    with pytest.raises(InputError, match="--max-posts must be at least 1, got 0"):
        fetch_account("@ada@social.example", client=FakeMastodon().client(), max_posts=0)


def test_is_connector_spec():
    assert all(map(is_connector_spec, ["@ada@social.example", "mastodon:ada@x.example", "bluesky:a.bsky.social",
                                       "RSS:https://x.example/feed", "rss:feed.xml"]))
    assert not any(map(is_connector_spec, ["ada.json", "data/x.jsonl", "C:\\feeds\\a.xml", "https://x.example/@a",
                                           "twitter:@ada", "ada@example.org"]))


def test_the_real_client_path_against_a_local_server(monkeypatch):
    """make_client() and a real socket: timeouts, headers, Link pagination over HTTP/1.1."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)  # a CI proxy must not carry requests to 127.0.0.1
    fake = FakeMastodon()
    with serve(fake) as base:
        account = fetch_account(f"mastodon:{base}/@ada")
    host = base.removeprefix("http://")
    assert account.id == f"mastodon:@ada@{host}"
    assert Counter(post.kind for post in account.posts) == {"post": 5, "reply": 2, "repost": 2}
    assert account.model_extra["sources"] == [{"kind": "mastodon", "location": f"@ada@{host}", "complete": True,
                                               "note": ""}]
    assert [request.url.params.get("max_id") for request in fake.requests] == [
        None, None, "113500000000000006", "113500000000000003", "113500000000000001"]
    assert {request.headers["User-Agent"] for request in fake.requests} == {http.USER_AGENT}
