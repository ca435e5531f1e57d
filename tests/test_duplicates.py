"""When two records are one record seen twice (``credscore.duplicates``), and the account loaded in canonical form."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Follow, Message, Post, parse_account
from credscore.duplicates import FEED_PLATFORMS, canonical_account, follow_keys, message_keys, permalink, same_post
from credscore.importers.merge import merge_accounts
from credscore.importers.rss import PLATFORM as RSS_PLATFORM
from credscore.nlp.analysis import analyse_account
from credscore.signals import compute_signals

WHEN = "2025-03-04T08:30:00Z"
LATER = "2025-03-04T08:34:00Z"
SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7300000000000000001"


def _post(**fields):
    return Post.model_validate({"platform": "twitter", "text": "Trois choses apprises", **fields})


@pytest.mark.parametrize(("first", "second", "same"), [
    # rule 1: same platform, same id
    ({"id": "1"}, {"id": "1", "text": "Trois choses apprises (modifié)"}, True),
    ({"id": "1", "created_at": WHEN}, {"id": "1"}, True),
    ({"id": "1"}, {"id": "2"}, False),
    ({"id": "1"}, {"id": "1", "platform": "mastodon"}, False),
    # a feed giving several comments the guid of the post they answer: different seconds, different records
    ({"id": "g", "created_at": WHEN, "text": "First comment"}, {"id": "g", "created_at": LATER, "text": "Second"},
     False),
    # a repost of one's own post carries the post's id (Bluesky): two records
    ({"id": "at://p/1", "created_at": WHEN}, {"id": "at://p/1", "created_at": WHEN, "kind": "repost"}, False),
    # rule 2: same platform, same second, same text (white space aside), whatever the ids
    ({"created_at": WHEN, "text": "Three  things\nI learned"},
     {"created_at": "2025-03-04T08:30:00.400Z", "text": "Three things I learned"}, True),
    ({"created_at": WHEN, "id": "https://m.example/users/jo/statuses/9"}, {"created_at": WHEN, "id": "9"}, True),
    ({"created_at": WHEN}, {"created_at": "2025-03-04T09:30:00+01:00"}, True),  # one time, two zones
    ({"created_at": WHEN, "text": "Café"}, {"created_at": WHEN, "text": "Cafe\u0301"}, True),  # NFC vs NFD
    ({"created_at": WHEN}, {"created_at": WHEN, "text": "Trois choses apprises !"}, False),
    ({"created_at": WHEN}, {"created_at": LATER}, False),  # evergreen re-posting: kept
    ({"created_at": WHEN}, {"created_at": WHEN, "platform": "facebook"}, False),  # a cross-post: kept
    ({"created_at": WHEN, "platform": "Twitter"}, {"created_at": WHEN, "platform": "twitter "}, True),
    # no time and no id: nothing to recognise it by
    ({}, {}, False),
    # empty text (a photo): the same only with the same media
    ({"created_at": WHEN, "text": "", "media": [{"kind": "image", "url": "a.jpg"}]},
     {"created_at": WHEN, "text": "", "media": [{"kind": "image", "url": "b.jpg"}]}, False),
    ({"created_at": WHEN, "text": "", "media": [{"kind": "image", "url": "a.jpg"}]},
     {"created_at": WHEN, "text": "", "media": [{"kind": "image", "url": "a.jpg"}]}, True),
    # reposts: the same only when they share the same thing
    ({"created_at": WHEN, "text": "", "kind": "repost", "links": ["https://a.example/1"]},
     {"created_at": WHEN, "text": "", "kind": "repost", "links": ["https://a.example/2"]}, False),
    # rule 3: a post and its feed copy (same permalink, same second), whatever the platforms and texts
    ({"platform": "linkedin", "id": "urn:li:share:7300000000000000001", "created_at": WHEN, "text": "Three things"},
     {"platform": "blog", "id": SHARE, "url": SHARE, "created_at": WHEN, "text": 'Three things"\n""\n"'}, True),
    ({"platform": "linkedin", "url": SHARE, "created_at": WHEN},
     {"platform": "blog", "url": SHARE + "/", "created_at": WHEN, "text": "Trois choses"}, True),
    ({"platform": "mastodon", "url": "https://m.example/@jo/9", "created_at": WHEN},
     {"platform": "blog", "url": "http://M.example/@jo/9#top", "created_at": WHEN, "text": "x"}, True),
    ({"platform": "linkedin", "url": SHARE, "created_at": WHEN},
     {"platform": "blog", "url": SHARE, "created_at": LATER}, False),
    # a scheduler's cross-post: same words, same link shared, own permalinks, minutes apart: kept
    ({"platform": "twitter", "id": "11", "url": "https://x.com/jo/status/11", "created_at": WHEN,
      "links": ["https://shop.example/sale"]},
     {"platform": "facebook", "url": "https://facebook.com/jo/posts/22", "created_at": "2025-03-04T08:32:00Z",
      "links": ["https://shop.example/sale"]}, False),
    # ... and even at the same second
    ({"platform": "twitter", "id": "11", "created_at": WHEN, "links": ["https://shop.example/sale"]},
     {"platform": "facebook", "id": "22", "created_at": WHEN, "links": ["https://shop.example/sale"]}, False),
])
def test_when_two_posts_are_one(first, second, same):
    a, b = _post(**first), _post(**second)
    assert same_post(a, b) is same
    assert same_post(b, a) is same


@pytest.mark.parametrize(("first", "second", "same"), [
    ({}, {}, True),
    ({}, {"created_at": "2025-01-02T10:00:00.900Z"}, True),
    ({}, {"counterpart": "BOB "}, True),
    ({}, {"text": "Merci  pour\nle suivi"}, True),
    ({}, {"platform": "LinkedIn"}, True),
    ({}, {"direction": "received"}, False),
    ({}, {"counterpart": "alice"}, False),  # the same words to someone else: two messages
    ({}, {"created_at": "2025-01-02T10:00:01Z"}, False),
    ({}, {"text": "Merci pour le suivi !"}, False),
])
def test_when_two_messages_are_one(first, second, same):
    base = {"platform": "linkedin", "created_at": "2025-01-02T10:00:00Z", "direction": "sent",
            "text": "Merci pour le suivi", "counterpart": "bob"}
    a, b = Message.model_validate({**base, **first}), Message.model_validate({**base, **second})
    assert bool(set(message_keys(a)) & set(message_keys(b))) is same


@pytest.mark.parametrize(("first", "second", "same"), [
    ({}, {}, True),
    ({}, {"counterpart": "Bob"}, True),
    ({"created_at": None}, {"created_at": None}, True),  # X's undated follower lists, given twice
    ({}, {"direction": "out"}, False),
    ({}, {"created_at": "2025-02-01T00:00:00Z"}, False),
    ({}, {"platform": "twitter"}, False),
])
def test_when_two_follows_are_one(first, second, same):
    base = {"platform": "instagram", "direction": "in", "counterpart": "bob", "created_at": "2025-01-01T00:00:00Z"}
    a, b = Follow.model_validate({**base, **first}), Follow.model_validate({**base, **second})
    assert bool(set(follow_keys(a)) & set(follow_keys(b))) is same


@pytest.mark.parametrize(("link", "expected"), [
    (SHARE, "urn:li:share:7300000000000000001"),
    ("urn:li:share:7300000000000000001", "urn:li:share:7300000000000000001"),
    ("https://www.Example.org/a/b/?q=1#c", "example.org/a/b?q=1"),
    ("1610000000000000001", None),
    ("at://did:plc:x/app.bsky.feed.post/1", None),
    ("https://", None),
])
def test_permalink(link, expected):
    assert permalink(link) == expected


def test_the_rss_importer_files_feed_items_where_feed_copies_are_looked_for():
    assert RSS_PLATFORM in FEED_PLATFORMS


DOCUMENT = {
    "id": "jo",
    "profiles": [{"platform": "Twitter", "handle": "jo"}],
    "posts": [
        {"platform": "twitter", "text": "Our Q3 revenue grew 12% on 40 new clients", "id": "1", "created_at": WHEN},
        {"platform": "facebook", "text": "Our Q3 revenue grew 12% on 40 new clients", "created_at": LATER},
        {"platform": "twitter", "text": "@sam merci, je regarde ça demain", "id": "2", "kind": "reply",
         "created_at": "2025-03-05T10:00:00Z"},
        {"platform": "twitter", "text": "Nouvel article : https://jo.example/a", "created_at": "2025-03-06T10:00:00Z"},
    ],
    "messages": [{"platform": "Twitter", "created_at": WHEN, "direction": "sent", "text": "Bienvenue !",
                  "counterpart": "sam"}],
    "follows": [{"platform": "twitter", "direction": "in", "counterpart": "sam", "created_at": WHEN}],
    "audience": [{"platform": "TWITTER", "handle": "sam", "followers": 3}],
    "snapshots": [{"platform": "twitter", "at": WHEN, "followers": 10}],
}
RECORDS = ("profiles", "posts", "messages", "follows", "audience", "snapshots")


def _twice(document):
    return {**document, **{field: [*document[field], *document[field]] for field in RECORDS}}


def _signal_values(account):
    return {name: (result.measurable, dict(result.values)) for name, result in
            compute_signals(analyse_account(account)).items()}


def test_platform_names_are_lower_case_on_every_record():
    account = parse_account(DOCUMENT)
    for field in RECORDS:
        assert all(record.platform == record.platform.strip().lower() for record in getattr(account, field))
    assert account.profiles[0].platform == "twitter" and account.audience[0].platform == "twitter"


def test_a_document_with_every_record_twice_loads_as_the_document(caplog):
    once = parse_account(DOCUMENT)
    with caplog.at_level(logging.DEBUG, logger="credscore.duplicates"):
        twice = parse_account(_twice(DOCUMENT))
    assert twice == once
    assert [len(getattr(twice, field)) for field in RECORDS] == [1, 4, 1, 1, 1, 1]
    assert "4 duplicate posts dropped" in caplog.text and "1 duplicate messages dropped" in caplog.text
    assert _signal_values(twice) == _signal_values(once)


def test_platform_case_changes_nothing():
    shouted = {**DOCUMENT, **{field: [{**record, "platform": f" {record['platform'].upper()}"}
                                      for record in DOCUMENT[field]] for field in RECORDS}}
    assert parse_account(shouted) == parse_account(DOCUMENT)
    # "Twitter" and "twitter" on one account are one platform, not a cross-post
    mixed = {"id": "jo", "posts": [{**DOCUMENT["posts"][0], "platform": "Twitter", "id": None},
                                   {**DOCUMENT["posts"][0], "id": None}]}
    assert len(parse_account(mixed).posts) == 1


def test_first_occurrence_kept_in_place_and_gaps_filled():
    document = {"id": "jo", "posts": [
        {"platform": "x", "text": "b", "created_at": LATER},
        {"platform": "x", "text": "a", "created_at": WHEN, "id": "7"},
        {"platform": "x", "text": "b", "created_at": LATER, "likes": 4, "id": "8"},
    ]}
    account = parse_account(document)
    assert [(post.text, post.id, post.likes) for post in account.posts] == [("b", "8", 4), ("a", "7", None)]


def test_a_clean_document_is_not_copied():
    document = {"id": "jo", "posts": [{"platform": "x", "text": "a", "created_at": WHEN}], "messages": []}
    account = parse_account(document)
    assert account.posts[0].platform == "x" and canonical_account(account) is account


def test_genuine_cross_posts_and_repeats_are_kept():
    document = {"id": "shop", "posts": [
        # a scheduler: the same announcement on three networks, minutes apart, each with its own id
        {"platform": "twitter", "id": "t1", "text": "Soldes ce week-end https://shop.example", "created_at": WHEN},
        {"platform": "facebook", "id": "f1", "text": "Soldes ce week-end https://shop.example",
         "created_at": "2025-03-04T08:31:00Z"},
        {"platform": "linkedin", "id": "l1", "text": "Soldes ce week-end https://shop.example",
         "created_at": "2025-03-04T08:32:00Z"},
        # the same canned reply to two people
        {"platform": "twitter", "id": "r1", "kind": "reply", "text": "Merci !", "created_at": LATER},
        {"platform": "twitter", "id": "r2", "kind": "reply", "text": "Merci !", "created_at": LATER},
    ], "messages": [
        {"platform": "instagram", "created_at": WHEN, "direction": "sent", "text": "Bienvenue", "counterpart": "a"},
        {"platform": "instagram", "created_at": WHEN, "direction": "sent", "text": "Bienvenue", "counterpart": "b"},
    ]}
    account = parse_account(document)
    assert (len(account.posts), len(account.messages)) == (5, 2)


_PLATFORMS = st.sampled_from(["twitter", "Twitter", "mastodon", "blog"])
_TEXTS = st.sampled_from(["Merci !", "Merci  !", "Our revenue grew 12%", ""])
_OPTIONAL = {"id": st.sampled_from(["1", "2"]), "kind": st.sampled_from(["post", "reply", "repost"]),
             "likes": st.integers(0, 3), "url": st.sampled_from([SHARE, "https://m.example/@jo/9"])}


def _posts(times):
    return st.fixed_dictionaries({"platform": _PLATFORMS, "text": _TEXTS, "created_at": st.sampled_from(times)},
                                 optional=_OPTIONAL)


_MESSAGES = st.fixed_dictionaries({"platform": _PLATFORMS, "text": _TEXTS, "created_at": st.sampled_from([WHEN, LATER]),
                                   "direction": st.sampled_from(["sent", "received"]),
                                   "counterpart": st.sampled_from(["sam", "Sam", "ana"])})
_CASES = st.sampled_from([str.lower, str.upper, str.title])


def _recased(records, case):
    return [{**record, "platform": case(record["platform"])} for record in records]


@settings(max_examples=150, deadline=None)
@given(posts=st.lists(_posts([WHEN, LATER]), max_size=8), messages=st.lists(_MESSAGES, max_size=5), case=_CASES)
def test_loading_is_canonical_and_repeats_change_nothing(posts, messages, case):
    document = {"id": "a", "posts": posts, "messages": messages}
    account = parse_account(document)
    # idempotent: the canonical form loads as itself
    assert parse_account(account.model_dump(mode="json", exclude_none=True)) == account
    # the history given again in one document, platform names in any case, is the same account
    repeated = {**document, "posts": [*posts, *_recased(posts, case)], "messages": [*messages, *messages]}
    assert parse_account(repeated) == account
    kept = account.posts
    assert not any(same_post(kept[i], kept[j]) for i in range(len(kept)) for j in range(i + 1, len(kept)))


def test_identical_posts_without_time_or_id_are_two_posts_in_one_document():
    document = {"id": "a", "posts": [{"platform": "x", "text": "Merci !"}, {"platform": "X", "text": "Merci !"}]}
    assert len(parse_account(document).posts) == 2


@settings(max_examples=100, deadline=None)
@given(posts=st.lists(_posts([WHEN, LATER, None]), max_size=8), messages=st.lists(_MESSAGES, max_size=5),
       case=_CASES)
def test_a_source_merged_with_itself_is_the_source(posts, messages, case):
    source = parse_account({"id": "a", "posts": posts, "messages": messages})
    again = parse_account({"id": "a", "posts": _recased(posts, case), "messages": _recased(messages, case)})
    alone, twice = merge_accounts([source], account_id="a"), merge_accounts([source, again], account_id="a")
    assert (twice.posts, twice.messages, twice.profiles) == (alone.posts, alone.messages, alone.profiles)
