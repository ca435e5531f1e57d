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
    ("twitter:@ada", "'twitter:@ada': unknown connector 'twitter'; use mastodon:@user@instance, bluesky:handle, "
                     "youtube:CHANNEL_ID or rss:URL_OR_PATH"),
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
                                               "note": "follower sample: the 5 most recent of 1,520"}]
    assert [request.url.params.get("max_id") for request in fake.requests] == [
        None, None, "113500000000000006", "113500000000000003", "113500000000000001", None]
    assert fake.requests[-1].url.path == fake.followers_path and len(account.audience) == 5
    assert {request.headers["User-Agent"] for request in fake.requests} == {http.USER_AGENT}


# --audience-sample: from the command line to the connector.


def test_load_any_passes_the_audience_sample(monkeypatch):
    import credscore.connectors as connectors
    from credscore.inputs import load_any

    asked = []
    monkeypatch.setattr(connectors, "fetch_account", lambda spec, **options: asked.append(options) or "account")
    assert load_any("bluesky:ada.bsky.social", audience_sample=0) == "account"
    assert load_any("bluesky:ada.bsky.social") == "account"
    assert [options["audience_sample"] for options in asked] == [0, connectors.DEFAULT_AUDIENCE_SAMPLE]


def _main(*args: str) -> int:
    from credscore.cli import app
    from credscore.cli.errors import run

    with pytest.raises(SystemExit) as stopped:
        run(app, {"debug": False}, list(args))
    return stopped.value.code


@pytest.mark.parametrize("command", [["score"], ["report", "-o", "out.html"]])
def test_the_commands_take_the_audience_sample(monkeypatch, capsys, command):
    import credscore.cli.report
    import credscore.cli.score
    import credscore.inputs
    from credscore.cli.options import AudienceSampleOption
    from credscore.connectors import DEFAULT_AUDIENCE_SAMPLE

    asked = []

    def load_any(source, **options):
        asked.append(options["audience_sample"])
        raise InputError("stop here")

    monkeypatch.setattr(credscore.inputs, "load_any", load_any)
    for module in (credscore.cli.score, credscore.cli.report):
        monkeypatch.setattr(module, "make_scorer", lambda *args: None)
    assert _main(command[0], "mastodon:@ada@social.example", *command[1:], "--audience-sample", "7") == 2
    assert "stop here" in capsys.readouterr().err
    assert asked == [7]
    assert _main(*command, "x", "--audience-sample", "-1") == 2  # refused before any fetch
    assert asked == [7]
    (option,) = AudienceSampleOption.__metadata__
    assert f"default {DEFAULT_AUDIENCE_SAMPLE};" in option.help  # the help says the connectors' own default
