"""When two records of an account are one record seen twice, and the account with each record once.

Why this matters: a verdict must depend on what a person did, not on how their history reached us. An
export loaded twice, an archive merged with an API fetch of the same posts, or a LinkedIn export merged
with the RSS feed generated from it would otherwise show every post twice, at the same second, on two
"platforms": exactly what the cross-posting and duplicate signals measure, and the score moved by tens of
points. The rules below are the only definition of sameness in credscore; loading
(:func:`credscore.account.parse_account`, hence the reader, batch and the API) and merging
(:mod:`credscore.importers.merge`) both apply them.

Two **posts** are the same post when

1. they have the same platform and the same ``id``, and do not show two different publication times (a
   feed may give every comment on a post the guid of that post: records published at different seconds
   are different records). A repost and the post it shares are two records even where a source gives
   both the shared post's id, as Bluesky does;
2. they have the same platform, were published at the same second and have the same text (white space
   and Unicode composition aside), and their ids, if both have one, name the same post: equal, or a URI
   and its last part (two sources of one platform may number a post differently: a Mastodon archive names
   it by its URI, the API by a number). Two ids the platform gave to two posts make two posts (the same
   canned "Merci !" sent as a reply to two people in one second). A repost, or a post with no text (a
   photo), must also share its links and media, since an empty text says nothing about which post it is;
3. they have the same permalink and were published at the same second: a post and its **feed copy**. A
   feed item (the ``rss`` importer, platform ``blog``) keeps the link of the post it mirrors in ``url``
   (and usually as its ``id``); the post itself carries that link in ``url`` or, for LinkedIn, its id is
   the URN inside that link (``urn:li:share:…``). A permalink names one post, so two posts that share one
   and their second are one post whatever the platforms say.

A post with neither time nor id has nothing to recognise it by: in one document, two such posts are two
(someone may post "Merci !" twice); when merging sources, an identical one from another source is the
same post seen again (matched occurrence by occurrence, so that a source given twice adds nothing).

What is *not* a duplicate: the same text on two platforms with different permalinks, even minutes or
seconds apart (a scheduler cross-posting an announcement: the very habit the signals measure); the
same text on one platform at two different times (evergreen re-posting); replies with the same words.

Two **messages** are the same when platform, second, direction, text (white space aside) and counterpart
(case aside) agree; two **follows** when platform, direction, counterpart (case aside) and start time
agree (an undated follow of X's lists is the same as an undated follow of the same person). Profiles,
audience members and snapshots are the same only when every field agrees.

The first occurrence is kept, in its place; fields it lacks are taken from its repeats (the like count an
API gives and an archive does not). A post and its feed copy are kept as the post, whichever came first.
Platform names are compared, and stored, lower case and stripped (``"Twitter "`` is ``twitter``), on
every record kind.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel

if TYPE_CHECKING:
    from credscore.account import Account, Follow, Message, Post

__all__ = [
    "FEED_PLATFORMS",
    "RECORD_KEYS",
    "canonical_account",
    "canonical_platform",
    "follow_keys",
    "message_keys",
    "permalink",
    "post_keys",
    "same_post",
    "unique_records",
    "whole_record_keys",
]

logger = logging.getLogger(__name__)

# A LinkedIn post's URN: the CSV export gives it as the id, the feed built from it as part of the link.
_LINKEDIN_URN = re.compile(r"urn:li:[a-z]+:\d+", re.IGNORECASE)
_WEB = ("http://", "https://")
FEED_PLATFORMS = frozenset({"blog"})
"""Where feed items are filed (the ``rss`` importer's platform): a post there may be a copy of a post elsewhere."""

R = TypeVar("R", bound=BaseModel)


def canonical_platform(name: str) -> str:
    """``" Twitter"`` -> ``twitter``: platform names are lower-case words (account format, "Values")."""
    return name.strip().lower()


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_SECOND = timedelta(seconds=1)


def _second(value: datetime | None) -> int | None:
    """The time to the second, in UTC: sources differ in precision and in the zone they write."""
    if value is None:
        return None
    if value.tzinfo is None:  # never from a validated account (a time without a zone is read as UTC there)
        value = value.astimezone(UTC)
    # Whole seconds since 1970, in exact integer arithmetic: the same second as the UTC time without its
    # microseconds, several times cheaper than writing it out (this runs on every record loaded).
    return (value - _EPOCH) // _ONE_SECOND


def _text(value: str | None) -> str:
    # str.split() cuts at the same white space as the pattern \s+ (both Unicode's), and drops it at the ends.
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def _handle(value: str | None) -> str:
    return _text(value).casefold()


def permalink(link: str) -> str | None:
    """What names one post in a link: a LinkedIn URN, else the URL without scheme, ``www.``, fragment or
    trailing slash, percent-escapes decoded and host lower-cased; None for what is not a web link."""
    decoded = unquote(link.strip())
    if urn := _LINKEDIN_URN.search(decoded):
        return urn.group(0).lower()
    if not decoded.lower().startswith(_WEB):
        return None
    try:
        parts = urlsplit(decoded)
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return None
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


def _permalinks(post: Post) -> set[str]:
    found = set()
    url = (post.model_extra or {}).get("url")
    for candidate in (url if isinstance(url, str) else None, post.id):
        if candidate and ":" in candidate and (name := permalink(candidate)):  # a bare number is no link
            found.add(name)
    return found


def post_keys(post: Post) -> list[Hashable]:
    """The keys under which ``post`` is recognised (rules 1–3 of the module docstring)."""
    platform = canonical_platform(post.platform)
    repost = post.kind == "repost"
    keys: list[Hashable] = []
    if post.id:
        keys.append(("id", platform, post.id, repost))
    when = _second(post.created_at)
    if when is not None:
        text = _text(post.text)
        content: tuple[Any, ...] = ("content", platform, when, text, repost)
        if repost or not text:
            content += (tuple(sorted(post.links or ())), tuple(sorted(m.url or m.kind for m in post.media or ())))
        keys.append(content)
        # Not told apart by kind: a feed files a LinkedIn reshare (a repost) as an ordinary item.
        keys.extend(("permalink", name, when) for name in sorted(_permalinks(post)))
    return keys


def same_post(first: Post, second: Post) -> bool:
    """Whether two posts are one post seen twice."""
    if _told_apart(first, second):
        return False
    return bool(set(post_keys(first)) & set(post_keys(second)))


def _told_apart(first: Any, second: Any) -> bool:
    """What proves two records are two, whatever else they share: two publication times (different seconds),
    or two posts that one platform numbered differently."""
    first_time, second_time = getattr(first, "created_at", None), getattr(second, "created_at", None)
    if first_time is not None and second_time is not None and _second(first_time) != _second(second_time):
        return True
    first_id, second_id = getattr(first, "id", None), getattr(second, "id", None)
    return bool(first_id and second_id and not _same_id(first_id, second_id)
                and canonical_platform(first.platform) == canonical_platform(second.platform))


def _same_id(first: str, second: str) -> bool:
    """One post's id as two sources give it: equal, or a URI and its last part (a Mastodon archive names a status
    ``https://host/users/jo/statuses/9``, the API ``9``; Bluesky ``at://…/app.bsky.feed.post/3k…`` and ``3k…``)."""
    if first == second:
        return True
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return "/" not in shorter and longer.rstrip("/").rpartition("/")[2] == shorter


def message_keys(message: Message) -> list[Hashable]:
    return [(canonical_platform(message.platform), _second(message.created_at), message.direction,
             _text(message.text), _handle(message.counterpart))]


def follow_keys(follow: Follow) -> list[Hashable]:
    return [(canonical_platform(follow.platform), follow.direction, _handle(follow.counterpart),
             _second(follow.created_at))]


def whole_record_keys(record: BaseModel) -> list[Hashable]:
    """Every field, for records that are the same only when identical (profiles, audience, snapshots)."""
    data = record.model_dump(mode="json", exclude_none=True)
    if isinstance(data.get("platform"), str):
        data["platform"] = canonical_platform(data["platform"])
    return [json.dumps(data, sort_keys=True, ensure_ascii=False)]


def unique_records(records: Sequence[R], keys: Callable[[R], list[Hashable]],
                   origins: Sequence[Hashable] | None = None) -> list[R]:
    """``records`` each kept once, first occurrence in its place, its missing fields filled from its repeats.

    ``origins`` names the source of each record (when merging several). A record with nothing to recognise it
    by (a post with neither time nor id) is never the repeat of another from its own source (someone may post
    "Merci !" twice), but an identical one from another source is the same record seen again, matched
    occurrence by occurrence, so that a source given twice adds nothing.

    One exception to "first seen wins": a post and its feed copy are kept as the post (its platform, its
    text, its fields), so that the order in which sources are given changes nothing.
    """
    if origins is None and (_clearly_distinct(records, keys) or _no_shared_key(records, keys)):
        # The common case (a clean document): no record shares a key with another, so none is a repeat (an
        # identical record would share all its keys), and each stays as it is.
        return list(records)
    kept, grown = _unique_pass(records, keys, origins)
    while grown:
        # A record that took fields from its repeat (a time, a link) may now be recognisable as the repeat of
        # another kept record: pass again until nothing changes, so that loading the result changes nothing.
        kept, grown = _unique_pass(kept, keys, None)
    return kept


def _clearly_distinct(records: Sequence[Any], keys: Callable[[Any], list[Hashable]]) -> bool:
    """Whether no two records can share a key, told from a part of every key that is cheap to get.

    True only when it is sure (False: look at the whole keys). Every key of a post but its id key holds its
    second, its content key the platform too: posts with distinct ids, distinct (platform, second) pairs and,
    among those that may have a permalink, distinct seconds share none (a scheduler's cross-posts, one second
    on several platforms, are told apart without reading their texts). A message's one key holds its second and
    direction. This runs on every account loaded, and sparing the texts' normalisation on a clean history
    (the common case) is most of the cost of loading it canonical.
    """
    if len(records) < 2:  # a single record shares a key with no other
        return True
    if keys is post_keys:
        ids, moments, linked = set(), set(), set()
        dated = with_id = with_link = 0
        platforms: dict[str, str] = {}  # each spelling of a platform made canonical once, not once per post
        for post in records:
            post_id = post.id
            if post_id:
                with_id += 1
                # (id, repost) is part of the id key, whatever the platform's spelling: distinct parts, distinct keys.
                ids.add((post_id, post.kind == "repost"))
            if post.created_at is not None:
                dated += 1
                second = _second(post.created_at)
                platform = platforms.get(post.platform)
                if platform is None:
                    platform = platforms[post.platform] = canonical_platform(post.platform)
                moments.add((platform, second))
                # A permalink key holds no platform: what may give one (see _permalinks) is told apart by its second.
                url = (post.model_extra or {}).get("url")
                if (isinstance(url, str) and ":" in url) or (isinstance(post_id, str) and ":" in post_id):
                    with_link += 1
                    linked.add(second)
        return len(ids) == with_id and len(moments) == dated and len(linked) == with_link
    if keys is message_keys:
        return len({(_second(message.created_at), message.direction) for message in records}) == len(records)
    if keys is follow_keys:
        # Dated follows by their second; undated ones need the counterpart (a dated and an undated never match).
        parts = {(follow.direction, when) if (when := _second(follow.created_at)) is not None
                 else (follow.direction, None, _handle(follow.counterpart)) for follow in records}
        return len(parts) == len(records)
    if keys is whole_record_keys:
        # Records identical once written out have equal declared fields (the extras aside): these few are enough
        # to tell a history's profiles, followers or counter snapshots apart.
        return len({_whole_record_part(record) for record in records}) == len(records)
    return False


_WHOLE_RECORD_PARTS = ("handle", "created_at", "at", "followers")
"""Declared fields of profiles, audience members and snapshots that tell most of them apart cheaply."""


def _whole_record_part(record: BaseModel) -> tuple[Any, ...]:
    fields = vars(record)  # declared fields only (an extra may hold a list, which has no hash)
    platform = fields.get("platform")
    return (canonical_platform(platform) if isinstance(platform, str) else platform,
            *(fields.get(name) for name in _WHOLE_RECORD_PARTS))


def _no_shared_key(records: Sequence[R], keys: Callable[[R], list[Hashable]]) -> bool:
    """Whether no two records share a key (records with no key at all are never repeats within one source)."""
    seen: set[Hashable] = set()
    count = 0
    for record in records:
        record_keys = keys(record)
        count += len(record_keys)
        seen.update(record_keys)
        if len(seen) != count:
            return False
    return True


def _unique_pass(records: Sequence[R], keys: Callable[[R], list[Hashable]],
                 origins: Sequence[Hashable] | None) -> tuple[list[R], bool]:
    """One pass of :func:`unique_records`; also whether a kept record gained fields (and so perhaps keys)."""
    kept: list[R] = []
    grown = False
    index: dict[Hashable, list[int]] = {}
    seen: set[R] = set()
    occurrences: dict[tuple[Hashable, R], int] = {}
    for number, record in enumerate(records):
        record_keys = keys(record)
        if not record_keys:
            origin = origins[number] if origins is not None else None
            occurrence = occurrences[origin, record] = occurrences.get((origin, record), -1) + 1
            record_keys = [("unrecognisable", _json(record), occurrence)]
        elif record in seen:
            # Identical to a record already placed (a history given twice): it adds nothing, and must not go
            # and fill another record through some other key than the one its twin took.
            continue
        seen.add(record)
        position = next((place for key in record_keys for place in index.get(key, ())
                         if not _told_apart(kept[place], record)), None)
        if position is None:
            position = len(kept)
            kept.append(record)
        else:
            before = kept[position]
            if _feed_copy(before) != _feed_copy(record):
                # The post itself wins over its feed copy, which adds nothing: a feed has no counts, and its guid
                # (the link of the post answered, for a comment) is not the post's own id.
                kept[position] = before if _feed_copy(record) else record
            else:
                kept[position] = _filled(before, record)
            grown = grown or kept[position] is not before
        for key in record_keys:
            places = index.setdefault(key, [])
            if position not in places:
                places.append(position)
    return kept, grown


def _json(record: BaseModel) -> str:
    return json.dumps(record.model_dump(mode="json", exclude_none=True), sort_keys=True, ensure_ascii=False)


def _feed_copy(record: Any) -> bool:
    """Whether ``record`` is a post filed where feed items are (messages and the rest never are)."""
    platform = getattr(record, "platform", None) if hasattr(record, "kind") else None
    return isinstance(platform, str) and canonical_platform(platform) in FEED_PLATFORMS


def _filled(first: R, repeat: R) -> R:
    """``first`` with the fields it lacks (None, or absent extras) taken from ``repeat``."""
    missing = {name: getattr(repeat, name) for name in type(first).model_fields
               if getattr(first, name) is None and getattr(repeat, name) is not None}
    missing.update({name: value for name, value in (repeat.model_extra or {}).items()
                    if name not in (first.model_extra or {})})
    return first.model_copy(update=missing) if missing else first


def _with_platform(record: R) -> R:
    platform = getattr(record, "platform", None)
    if isinstance(platform, str) and platform != (canonical := canonical_platform(platform)):
        return record.model_copy(update={"platform": canonical})
    return record


RECORD_KEYS: dict[str, Callable[[Any], list[Hashable]]] = {
    "profiles": whole_record_keys,
    "posts": post_keys,
    "messages": message_keys,
    "follows": follow_keys,
    "audience": whole_record_keys,
    "snapshots": whole_record_keys,
}
"""Each record list of an account, and how its records are recognised."""


def canonical_account(account: Account) -> Account:
    """``account`` with platform names lower case and every record kept once (see the module docstring).

    The same object when nothing changes, so that loading a clean document costs one pass and no copy.
    """
    update: dict[str, tuple[Any, ...]] = {}
    for field, keys in RECORD_KEYS.items():
        records: tuple[Any, ...] = getattr(account, field)
        # Most histories name a handful of platforms, already lower case: look at each name once, not per record.
        platforms = {getattr(record, "platform", None) for record in records}
        renamed = not all(isinstance(name, str) and name == canonical_platform(name) for name in platforms)
        named = [_with_platform(record) for record in records] if renamed else list(records)
        kept = unique_records(named, keys)
        dropped = len(records) - len(kept)
        if dropped:
            logger.debug("%s: %d duplicate %s dropped (the same record seen twice)", account.id, dropped, field)
        if dropped or (renamed and any(new is not old for new, old in zip(named, records, strict=True))):
            update[field] = tuple(kept)
    return account.model_copy(update=update) if update else account
