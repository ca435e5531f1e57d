"""The Mastodon archive importer: own fixture, the shared real archive, errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers.mastodon_archive import MastodonArchiveImporter, handle_from_url, visibility
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, kinds, zipped

OWN = FIXTURES / "mastodon-archive"
importer = MastodonArchiveImporter()


@pytest.fixture(params=["folder", "zip"])
def own_archive(request, tmp_path):
    return OWN if request.param == "folder" else zipped(OWN, tmp_path / "archive-20230301.zip")


def test_own_fixture(own_archive):
    account = importer.load(own_archive)
    assert_round_trips(account)
    assert account.id == "janedoe@fosstodon.example" and account.name == "Jane Doe"
    # 7 items, the second `orderedItems` key: 6 Create (public, unlisted reply, followers-only,
    # direct to @omar, direct to nobody, public with an attachment) and 1 Announce.
    assert kinds(account) == {"post": 3, "reply": 1, "repost": 1}
    first, reply, followers_only, boost, chart = account.posts
    assert first.text == ("Wrote up how we clean survey data & why it matters: janedoe.example/blog/cleaning-…"
                          "\n\n#opendata")
    assert first.links == ("https://janedoe.example/blog/cleaning-survey-data",)  # not the hashtag link
    assert first.id == "https://fosstodon.example/users/janedoe/statuses/110000000000000001"
    assert first.created_at == datetime(2023, 2, 1, 9, tzinfo=UTC)
    assert reply.kind == "reply" and reply.text == "long thread\n\n@omar yes, line one\nline two 'quoted'"
    assert reply.links == ()  # a mention is not a link
    assert followers_only.text == "Only for followers: the conference slides are up."
    assert (boost.kind, boost.text) == ("repost", "")
    assert boost.links == ("https://other.example/users/stats/statuses/109000000000000111",)
    assert chart.created_at == datetime(2023, 2, 7, 10, tzinfo=UTC)  # published, not the edit time
    (message,) = account.messages
    assert (message.direction, message.counterpart) == ("sent", "omar@social.example")
    assert message.text == "@omar are you coming on Thursday?"
    (profile,) = account.profiles
    assert profile.handle == "janedoe@fosstodon.example" and profile.url == "https://fosstodon.example/@janedoe"
    assert profile.bio == "Data journalist. I write about #opendata.\nBlog: janedoe.example"
    assert profile.created_at == datetime(2022, 11, 10, tzinfo=UTC)
    (note,) = account.model_extra["sources"]
    assert note["complete"] is True and "1 direct note" in note["note"]


def test_shared_real_archive(shared_dir):
    account = importer.load(shared_dir / "fixtures" / "mastodon-archive")
    assert_round_trips(account)
    # Established with json.load (which keeps the second, full `orderedItems`): 59 items, 41 Create
    # of a Note and 18 Announce. Of the Creates, 3 are direct (no #Public in to/cc, no /followers):
    # 2 addressed to user1000000001/2@example.org (DMs) and 1 with `to: []` (a note to self, left
    # out); of the 38 others, 10 have inReplyTo.
    assert kinds(account) == {"post": 28, "reply": 10, "repost": 18}
    assert len(account.messages) == 2
    assert {(m.direction, m.counterpart) for m in account.messages} == {
        ("sent", "user1000000001@example.org"), ("sent", "user1000000002@example.org")}
    assert account.follows == ()
    assert not any("<" in post.text and ">" in post.text for post in account.posts)
    assert not any("https://" in post.text for post in account.posts)  # the invisible URL parts stay hidden
    first = account.posts[0]
    assert first.created_at == datetime(2022, 11, 8, 3, 7, 14, tzinfo=UTC)
    assert first.links == ("https://daniel.industries/2022/11/07/less-twitter-more-indieweb/",)
    (profile,) = account.profiles
    assert profile.handle == "dealingwith@indieweb.social"
    assert profile.bio == "ennui. far too much more info at link below\nWeb: daniel.industries"
    (note,) = account.model_extra["sources"]
    assert note["complete"] is False  # 59 items of a totalItems of 1557


def test_visibility_and_handles():
    public = "https://www.w3.org/ns/activitystreams#Public"
    followers = "https://a.example/users/x/followers"
    assert visibility({"to": [public], "cc": []}) == "public"
    assert visibility({"to": [followers], "cc": [public]}) == "unlisted"
    assert visibility({"to": [followers], "cc": []}) == "followers"
    assert visibility({"to": ["https://b.example/users/y"], "cc": []}) == "direct"
    assert handle_from_url("https://b.example/users/y") == "y@b.example"
    assert handle_from_url("https://b.example/@y") == "y@b.example"
    assert handle_from_url("https://b.example/tags/y") is None


def test_without_actor(tmp_path):
    archive = copy(OWN, tmp_path / "archive")
    (archive / "actor.json").unlink()
    account = importer.load(archive)
    assert account.profiles == () and account.id == "archive" and len(account.posts) == 5


def test_invalid_json(tmp_path):
    archive = copy(OWN, tmp_path / "archive")
    (archive / "outbox.json").write_text('{"orderedItems": [')
    with pytest.raises(InputError, match=r"outbox\.json: invalid JSON at line 1"):
        importer.load(archive)


def test_not_an_outbox(tmp_path):
    archive = copy(OWN, tmp_path / "archive")
    (archive / "outbox.json").write_text('{"type": "OrderedCollection"}')
    with pytest.raises(InputError, match="no `orderedItems` list"):
        importer.load(archive)


def test_empty_folder(tmp_path):
    with pytest.raises(InputError, match=r"not a Mastodon archive: no outbox\.json"):
        importer.load(tmp_path)
