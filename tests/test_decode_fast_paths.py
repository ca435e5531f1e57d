"""The cheap paths of loading an account give what the thorough ones give: the same accounts, the same errors.

A clean history is recognised as free of repeats from a part of each record's keys; a valid account's extras
alone are walked for deep nesting and lone surrogates; a JSON text without a surrogate escape is not searched
for one; evidence is built only for the items cited. Each is checked against the thorough way here.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import (
    _SURROGATE_ESCAPE,
    AudienceMember,
    Follow,
    Message,
    Post,
    Profile,
    Snapshot,
    _may_hold_surrogate,
    parse_account,
)
from credscore.duplicates import (
    _clearly_distinct,
    _no_shared_key,
    _unique_pass,
    follow_keys,
    message_keys,
    post_keys,
    unique_records,
    whole_record_keys,
)
from credscore.errors import AccountValidationError
from credscore.limits import MAX_NESTING
from credscore.signals.base import EVIDENCE_PER_FEATURE, cited

# Few values for each field, so that drawn records often share a second, an id or a handle.
_SECONDS = st.sampled_from([None, "2025-03-04T08:30:00Z", "2025-03-04T08:30:00.700Z", "2025-03-04T09:30:00+01:00",
                            "2025-03-04T08:31:00Z"])
_PLATFORMS = st.sampled_from(["twitter", "Twitter ", "linkedin", "blog"])
_TEXTS = st.sampled_from(["Merci !", "Merci  !", "Thanks!", "", "Trois choses apprises", "Three things I learned"])
_IDS = st.sampled_from([None, "1", "2", "https://mastodon.social/users/jo/statuses/1",
                        "urn:li:share:7300000000000000001"])
_HANDLES = st.sampled_from([None, "jo", "Jo", " jo ", "marie", "Zoë"])


def _dropping_none(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not None}


_POSTS = st.builds(lambda platform, text, when, post_id, kind, url: Post.model_validate(_dropping_none(
    {"platform": platform, "text": text, "created_at": when, "id": post_id, "kind": kind, "url": url})),
    _PLATFORMS, _TEXTS, _SECONDS, _IDS, st.sampled_from(["post", "reply", "repost"]),
    st.sampled_from([None, "https://www.linkedin.com/feed/update/urn:li:share:7300000000000000001"]))
_MESSAGES = st.builds(lambda platform, text, when, direction, handle: Message.model_validate(_dropping_none(
    {"platform": platform, "text": text, "created_at": when or "2025-03-04T08:30:00Z", "direction": direction,
     "counterpart": handle})), _PLATFORMS, _TEXTS, _SECONDS, st.sampled_from(["sent", "received"]), _HANDLES)
_FOLLOWS = st.builds(lambda platform, when, direction, handle: Follow.model_validate(_dropping_none(
    {"platform": platform, "created_at": when, "direction": direction, "counterpart": handle})),
    _PLATFORMS, _SECONDS, st.sampled_from(["in", "out"]), _HANDLES)
_PROFILES = st.builds(lambda platform, handle, bio, followers: Profile.model_validate(_dropping_none(
    {"platform": platform, "handle": handle, "bio": bio, "followers": followers})),
    _PLATFORMS, _HANDLES, _TEXTS, st.sampled_from([None, 10, 11]))
_AUDIENCE = st.builds(lambda platform, handle, when, bio: AudienceMember.model_validate(_dropping_none(
    {"platform": platform, "handle": handle, "created_at": when, "bio": bio})), _PLATFORMS, _HANDLES, _SECONDS, _TEXTS)
_SNAPSHOTS = st.builds(lambda platform, when, followers: Snapshot.model_validate(_dropping_none(
    {"platform": platform, "at": when or "2025-03-04T08:30:00Z", "followers": followers})),
    _PLATFORMS, _SECONDS, st.sampled_from([None, 10, 11]))

_KINDS = st.one_of(
    st.tuples(st.just(post_keys), st.lists(_POSTS, max_size=6)),
    st.tuples(st.just(message_keys), st.lists(_MESSAGES, max_size=6)),
    st.tuples(st.just(follow_keys), st.lists(_FOLLOWS, max_size=6)),
    st.tuples(st.just(whole_record_keys), st.lists(_PROFILES, max_size=4)),
    st.tuples(st.just(whole_record_keys), st.lists(_AUDIENCE, max_size=4)),
    st.tuples(st.just(whole_record_keys), st.lists(_SNAPSHOTS, max_size=4)),
)


@settings(max_examples=400, deadline=None)
@given(kind=_KINDS)
def test_records_said_clearly_distinct_share_no_key_and_are_kept_as_they_are(kind):
    keys, records = kind
    if _clearly_distinct(records, keys):
        assert _no_shared_key(records, keys)
    # The result is the one of the whole keys: records as they are when none shares a key, else the full passes.
    kept = list(records)
    if not _no_shared_key(records, keys):
        kept, grown = _unique_pass(records, keys, None)
        while grown:
            kept, grown = _unique_pass(kept, keys, None)
    assert unique_records(records, keys) == kept


@pytest.mark.parametrize(("records", "distinct"), [
    # posts at distinct seconds with distinct ids: told apart without reading their texts
    ([Post(platform="twitter", text="Merci !", created_at="2025-03-04T08:30:00Z", id="1"),
      Post(platform="twitter", text="Merci !", created_at="2025-03-04T08:31:00Z", id="2")], True),
    ([Post(platform="linkedin", text="Three things I learned", created_at="2025-03-04T08:30:00Z"),
      Post(platform="twitter", text="Three things I learned", created_at="2025-03-04T08:31:00Z")], True),
    # the same second on two platforms, nothing that gives a permalink: no key in common (a scheduler's cross-post)
    ([Post(platform="linkedin", text="Trois choses apprises", created_at="2025-03-04T08:30:00Z"),
      Post(platform="twitter", text="Trois choses apprises", created_at="2025-03-04T08:30:00.500Z")], True),
    # ... with permalinks: their texts must be read (one post seen twice, in its network and in a feed)
    ([Post(platform="linkedin", text="Trois choses apprises", created_at="2025-03-04T08:30:00Z",
           id="urn:li:share:7300000000000000001"),
      Post(platform="blog", text="Trois choses apprises", created_at="2025-03-04T08:30:00Z",
           url="https://www.linkedin.com/feed/update/urn:li:share:7300000000000000001")], False),
    # ... on one platform: their texts must be read
    ([Post(platform="twitter", text="Trois choses apprises", created_at="2025-03-04T08:30:00Z"),
      Post(platform="Twitter ", text="Trois choses apprises", created_at="2025-03-04T08:30:00.500Z")], False),
    # the same id on two platforms: not clear from the id alone
    ([Post(platform="twitter", text="a", id="1"), Post(platform="mastodon", text="b", id="1")], False),
    ([Message(platform="x", text="Salut", created_at="2025-03-04T08:30:00Z", direction="sent"),
      Message(platform="x", text="Salut", created_at="2025-03-04T08:30:00Z", direction="received")], True),
    ([Follow(platform="x", direction="in", counterpart="Jo"), Follow(platform="x", direction="in", counterpart="jo")],
     False),
    ([Follow(platform="x", direction="in", counterpart="Jo"), Follow(platform="x", direction="in", counterpart="Zoë")],
     True),
    ([Profile(platform="twitter", handle="jo"), Profile(platform="Twitter", handle="jo")], False),
    ([Profile(platform="twitter", handle="jo", bio="Coach"), Profile(platform="linkedin", handle="jo")], True),
    ([Snapshot(platform="x", at="2025-03-04T08:30:00Z", followers=1)], True),
])
def test_which_records_are_clearly_distinct(records, distinct):
    keys = {Post: post_keys, Message: message_keys, Follow: follow_keys}.get(type(records[0]), whole_record_keys)
    assert _clearly_distinct(records, keys) is distinct
    assert _no_shared_key(records, keys) or not distinct


def _account(**extra: Any) -> dict[str, Any]:
    return {"id": "acct-1", "lang": "fr", "profiles": [{"platform": "twitter", "bio": "Coach en productivité"}],
            "posts": [{"platform": "twitter", "text": "Trois choses apprises cette semaine",
                       "created_at": "2025-03-04T08:30:00Z"},
                      {"platform": "linkedin", "text": "Three things I learned this week",
                       "created_at": "2025-03-04T09:30:00Z"}],
            "follows": [{"platform": "twitter", "direction": "in", "counterpart": "marie"}], **extra}


def _nested(levels: int) -> list[Any]:
    """A JSON array ``levels`` deep (``[]`` is one level)."""
    value: list[Any] = []
    for _ in range(levels - 1):
        value = [value]
    return value


def _depth(value: Any) -> int:
    """The reference: levels of arrays and objects in ``value``, counted the obvious (recursive) way."""
    if isinstance(value, dict):
        return 1 + max((_depth(item) for item in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(item) for item in value), default=0)
    return 0


def _placed(where: str, value: Any) -> dict[str, Any]:
    """An account holding ``value`` in an unknown field at ``where``."""
    document = _account()
    post = document["posts"][0]
    if where == "account":
        document["notes"] = value
    elif where == "post":
        post["notes"] = value
    elif where == "media":
        post["media"] = [{"kind": "image", "alt": value}]
    elif where == "comment":
        post["comments"] = [{"text": "Bravo !", "meta": value}]
    elif where == "profile":
        document["profiles"][0]["notes"] = value
    elif where == "follow":
        document["follows"][0]["notes"] = value
    elif where == "audience":
        document["audience"] = [{"platform": "twitter", "meta": value}]
    elif where == "snapshot":
        document["snapshots"] = [{"platform": "twitter", "at": "2025-03-04T08:30:00Z", "meta": value}]
    return document


_PLACES = ["account", "post", "media", "comment", "profile", "follow", "audience", "snapshot"]


def _outcome(document: dict[str, Any], *, source: str | None = None) -> str:
    try:
        return repr(parse_account(document, position="line 1", source=source))
    except AccountValidationError as exc:
        return f"error: {exc}"


@pytest.mark.parametrize("where", _PLACES)
@pytest.mark.parametrize("slack", [-1, 0, 1, 2])
def test_nesting_in_unknown_fields_is_refused_beyond_the_limit_wherever_it_is(where, slack):
    # The document's own levels above the field vary with the place: aim the total at the limit, then around it.
    probe = _depth(_placed(where, _nested(1)))
    document = _placed(where, _nested(MAX_NESTING - probe + 1 + slack))
    outcome = _outcome(document)
    if _depth(document) > MAX_NESTING:
        assert outcome == f"error: acct-1: JSON nested more than {MAX_NESTING} levels deep"
    else:
        assert not outcome.startswith("error")


@pytest.mark.parametrize("where", _PLACES)
def test_too_deep_is_said_before_a_wrong_field(where):
    document = _placed(where, _nested(MAX_NESTING + 1))
    document["posts"][1]["kind"] = "story"
    assert _outcome(document) == f"error: acct-1: JSON nested more than {MAX_NESTING} levels deep"


@pytest.mark.parametrize(("where", "value", "path"), [
    ("account", "Très bien\ud800", "notes"),
    ("post", ["ok", {"k": "\udc00"}], "posts[0].notes[1].k"),
    ("media", "\ud83d", "posts[0].media[0].alt"),
    ("comment", {"\ud800": 1}, "posts[0].comments[0].meta"),
    ("profile", "Great\udfff", "profiles[0].notes"),
    ("follow", ["\ud800"], "follows[0].notes[0]"),
    ("audience", "x\ud800", "audience[0].meta"),
    ("snapshot", "\ud800", "snapshots[0].meta"),
])
def test_a_lone_surrogate_in_an_unknown_field_is_refused_naming_it(where, value, path):
    document = _placed(where, value)
    expected = f"error: acct-1: {path}: not valid Unicode text (a lone UTF-16 surrogate such as \\ud800)"
    assert _outcome(document) == expected
    # From a JSON text (the batch's lines): the escape gives it away, and the same error comes out.
    assert _outcome(document, source=json.dumps(document)) == expected


@pytest.mark.parametrize(("text", "loads"), [
    ("Trois choses apprises 🚀", True),  # a pair of surrogates is one character, not a lone one
    ("Three things I learned \ud83d", False),
    ("Déjà vu", True),
])
def test_a_declared_text_with_a_surrogate_escape_is_read_the_same_with_or_without_its_source(text, loads):
    document = _account()
    document["posts"][0]["text"] = json.loads(json.dumps(text))
    for ensure_ascii in (True, False):
        assert _outcome(document, source=json.dumps(document, ensure_ascii=ensure_ascii)) == _outcome(document)
    assert (not _outcome(document).startswith("error")) is loads


_JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=6),
                         st.sampled_from(["\ud800", "é\udfff", "🚀", "Zoë"]))
_JSON = st.recursive(_JSON_LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=3) | st.sampled_from(["\ud801", "clé"]), inner, max_size=3), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(where=st.sampled_from(_PLACES), value=_JSON, wrong=st.booleans())
def test_unknown_fields_give_the_same_outcome_as_a_walk_of_the_whole_document(where, value, wrong):
    document = _placed(where, value)
    if wrong:
        document["posts"][1]["created_at"] = "hier"
    outcome = _outcome(document)
    has_surrogate = any(0xD800 <= ord(char) <= 0xDFFF for char in json.dumps(document, ensure_ascii=False))
    if has_surrogate:
        assert "lone UTF-16 surrogate" in outcome
    elif wrong:
        assert outcome == "error: acct-1: posts[1].created_at: not an ISO 8601 timestamp"
    else:
        assert not outcome.startswith("error")
    # The JSON text of the same document changes nothing, escaped or not.
    assert _outcome(document, source=json.dumps(document)) == outcome
    assert _outcome(document, source=json.dumps(document, ensure_ascii=False)) == outcome


def _cited_keys(indexes: Iterator[int]) -> list[int]:
    return [item for item in cited(lambda _account, index: index, None, indexes)]  # type: ignore[arg-type]


def _then_fail() -> Iterator[int]:
    raise AssertionError("read past the cited items")
    yield 0  # pragma: no cover - makes this a generator


@pytest.mark.parametrize(("indexes", "expected"), [
    ([3, 3, 1, 3, 2], [3, 1, 2]),
    (list(range(10)), list(range(EVIDENCE_PER_FEATURE))),
    ([], []),
])
def test_cited_keeps_the_first_distinct_items_in_order(indexes, expected):
    assert _cited_keys(iter(indexes)) == expected


def test_cited_reads_no_further_than_the_items_it_keeps():
    first = [0, 0, *range(EVIDENCE_PER_FEATURE)]
    assert _cited_keys(itertools.chain(first, _then_fail())) == list(range(EVIDENCE_PER_FEATURE))


_SOURCE_PARTS = st.one_of(st.text(max_size=8), st.sampled_from(
    ["\\ud800", "\\uDFFF", "\\udc00", "\\u00e9", "\\ud7ff", "\\ue000", "\\\\ud800", "\\u", "\\uD8", "\ud800", "\udfff",
     "🚀", "é", "\\"]))


@settings(max_examples=500)
@given(st.lists(_SOURCE_PARTS, max_size=8).map("".join))
def test_the_quick_surrogate_check_of_a_json_text_agrees_with_the_pattern(source):
    # A JSON line is searched for an escaped or a raw surrogate without the pattern unless it holds a "\u" escape.
    assert _may_hold_surrogate(source) == (_SURROGATE_ESCAPE.search(source) is not None)
