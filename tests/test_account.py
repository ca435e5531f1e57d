from datetime import UTC, datetime, timedelta

import pytest

from credscore.account import on_platform, parse_account
from credscore.errors import AccountValidationError, InputError

VALID_POST = {"platform": "twitter", "text": "hello"}


@pytest.mark.parametrize(("document", "expected_message"), [
    ({"id": "acct-17", "posts": [VALID_POST] * 42 + [{**VALID_POST, "created_at": "last tuesday"}]},
     "acct-17: posts[42].created_at: not an ISO 8601 timestamp"),
    ({"id": "acct-1", "posts": [{"platform": "twitter"}]}, "acct-1: posts[0].text: required field is missing"),
    ({"id": "acct-1", "posts": [{**VALID_POST, "kind": "tweet"}]}, "acct-1: posts[0].kind: unknown value 'tweet'"),
    ({"id": "acct-1", "messages": [{"platform": "x", "created_at": "2024-01-01", "direction": "out", "text": "t"}]},
     "acct-1: messages[0].direction: unknown value 'out'"),
    ({"id": "acct-1", "follows": [{"platform": "x", "direction": "sideways"}]},
     "acct-1: follows[0].direction: unknown value 'sideways'"),
    ({"id": "acct-1", "profiles": [{"platform": "x", "followers": "12"}]},
     "acct-1: profiles[0].followers: expected an integer, got string"),
    ({"id": "acct-1", "profiles": [{"platform": "x", "followers": -3}]},
     "acct-1: profiles[0].followers: must be 0 or more"),
    ({"id": "acct-1", "posts": {"0": VALID_POST}}, "acct-1: posts: expected an array, got object"),
    ({"id": "acct-1", "label": "bot"}, "acct-1: label: unknown value 'bot'"),
    ({"id": "acct-1", "format": "credscore.account/2"}, "acct-1: format: unknown value"),
    ({"posts": []}, "line 3: id: required field is missing"),
    ({"id": 7}, "line 3: id: expected a string, got integer"),
    ({"id": ""}, "line 3: id: must not be empty"),
    (["not", "an", "object"], "line 3: expected a JSON object, got array"),
])
def test_validation_errors_name_record_and_field_path(document, expected_message):
    with pytest.raises(AccountValidationError) as caught:
        parse_account(document, position="line 3")
    assert str(caught.value).startswith(expected_message)


def test_every_problem_is_reported_with_a_count_beyond_three():
    document = {"id": "a", "posts": [{"platform": "x"}] * 5}
    with pytest.raises(AccountValidationError) as caught:
        parse_account(document)
    assert len(caught.value.problems) == 5
    assert str(caught.value).endswith("(and 2 more problems)")


def test_unknown_fields_are_kept_and_ignored():
    account = parse_account({"id": "a", "nickname": "JD", "posts": [{**VALID_POST, "reach": 10}]})
    assert account.model_extra == {"nickname": "JD"}
    assert account.posts[0].model_extra == {"reach": 10}


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2024-03-01T10:00:00", datetime(2024, 3, 1, 10, tzinfo=UTC)),
    ("2024-03-01T10:00:00Z", datetime(2024, 3, 1, 10, tzinfo=UTC)),
    ("2024-03-01T12:00:00+02:00", datetime(2024, 3, 1, 10, tzinfo=UTC)),
    ("2024-03-01", datetime(2024, 3, 1, tzinfo=UTC)),
])
def test_timestamps_without_zone_are_utc(stamp, expected):
    created = parse_account({"id": "a", "posts": [{**VALID_POST, "created_at": stamp}]}).posts[0].created_at
    assert created == expected
    assert created.utcoffset() in (timedelta(0), timedelta(hours=2))


def test_defaults():
    account = parse_account({"id": "a", "posts": [VALID_POST]})
    assert account.posts[0].kind == "post"
    assert account.posts[0].links is None
    assert account.messages == () and account.follows == () and account.profiles == ()


ON_TWO_PLATFORMS = {
    "id": "two",
    "profiles": [{"platform": "instagram", "handle": "ana"}, {"platform": "linkedin", "handle": "ana-l"}],
    "posts": [{"platform": "instagram", "text": "a", "created_at": "2025-01-01T10:00:00Z"},
              {"platform": "LinkedIn", "text": "b", "created_at": "2025-01-02T10:00:00Z"}],
    "messages": [{"platform": "linkedin", "direction": "sent", "text": "hi", "created_at": "2025-01-03T10:00:00Z"}],
    "follows": [{"platform": "instagram", "direction": "in", "counterpart": "bo",
                 "created_at": "2025-01-04T10:00:00Z"}],
    "snapshots": [{"platform": "instagram", "at": "2025-01-05T10:00:00Z", "followers": 10}],
}


@pytest.mark.parametrize(("platform", "expected"), [
    # (platform asked, the number of profiles, posts, messages, follows, snapshots kept)
    ("instagram", (1, 1, 0, 1, 1)),
    ("LinkedIn", (1, 1, 1, 0, 0)),  # names compared as the format writes them: lower case
    (" linkedin ", (1, 1, 1, 0, 0)),
])
def test_on_platform_keeps_what_the_account_holds_there(platform, expected):
    account = on_platform(parse_account(ON_TWO_PLATFORMS), platform)
    assert account.id == "two"
    assert (len(account.profiles), len(account.posts), len(account.messages), len(account.follows),
            len(account.snapshots)) == expected


def test_on_platform_without_a_record_there_names_the_platforms_it_has():
    with pytest.raises(InputError, match=r"two: nothing on 'tiktok' \(it has: instagram, linkedin\)"):
        on_platform(parse_account(ON_TWO_PLATFORMS), "tiktok")
