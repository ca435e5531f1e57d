"""The Bluesky repository export: a ``.car`` file, as the app's "Export my data" saves it and as
``com.atproto.sync.getRepo`` serves it, or a zip holding that one file (as mail and cloud drives pass it on).

A CAR v1 file is a DAG-CBOR header ``{version: 1, roots: [<commit CID>]}`` followed by ``CID + block``
sections; :mod:`libipld` (the maintained Rust decoder the ``atproto`` SDK is built on) decodes it. The
root is the signed commit ``{did, version, rev, data, prev, sig}``; ``data`` is the root of the Merkle
Search Tree (MST) whose nodes ``{l, e: [{p, k, v, t}]}`` map the keys ``collection/rkey`` (prefix-compressed:
``k`` is what follows the ``p`` bytes shared with the previous key) to the records. The tree is walked, so
only the records the commit holds are read (a block that is in the file but not in the tree is not).

What is read, by collection:

- ``app.bsky.feed.post`` -> a post on ``bluesky``: ``text`` (empty for an image alone), ``createdAt``, the
  ``at://`` URI as ``id`` and the ``bsky.app`` page as ``url``; with ``reply`` it is a ``reply``; the
  ``uri`` of every link facet, then an external embed's ``uri``, as ``links`` (a facet points into the
  text by UTF-8 *byte* offsets, so its shortened text, ``github.com/bluesky-soci...``, is never taken for
  the link); embedded images and video -> ``media`` (the repository holds no URL for them, only blob CIDs);
- ``app.bsky.feed.repost`` -> a ``repost``: empty text, ``createdAt`` (when the account reposted), the
  reposted post's ``at://`` URI as ``id`` and its ``bsky.app`` page as the only link (as the connector
  gives it, so that an export merged with a fetch of the same account shows each repost once);
- ``app.bsky.graph.follow`` -> a follow ``out`` to the subject's DID, with ``createdAt``;
- ``app.bsky.actor.profile`` -> the profile: ``displayName`` as the account's name, ``description`` as
  bio, ``has_avatar``, ``posts_count`` (the post records of the repository) and ``following`` (its follow
  records); the repository names the account by its DID only (no handle), so the DID is the handle;
- ``app.bsky.feed.like`` -> counted in the source note: a like is not something the account published;
- any other collection (lists, blocks, other apps' records) -> counted in the source note and left out.

A repository holds no followers (only the accounts it follows) and no like/repost counts of its posts.
A damaged file (truncated, a bit flipped, not a CAR at all) is one clear :class:`InputError`; a tree
that points at blocks missing from the file keeps what is there and says the history is incomplete.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import libipld

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import Archive, probe
from credscore.importers._common import build_account, iso_timestamp, json_array, json_object, media_record
from credscore.importers.base import SourceNote, register
from credscore.limits import MAX_MEMBER_BYTES, describe_bytes

__all__ = ["PLATFORM", "BlueskyCarImporter", "read_repository"]

logger = logging.getLogger(__name__)

NAME = "bluesky-car"
PLATFORM = "bluesky"
SUFFIX = ".car"
_CAR_MEMBER = re.compile(r"(?:^|/)[^/]+\.car$", re.IGNORECASE)
WEB = "https://bsky.app"

CAR_VERSION = 1
# Repository format versions a commit may carry (v2 repositories were migrated to v3 in 2023 but still circulate).
REPO_VERSIONS = frozenset({2, 3})
HEADER_PROBE_BYTES = 16
"""Bytes read to find the header's length (a varint of at most 10 bytes)."""
MAX_HEADER_BYTES = 4096
"""A CAR header is ``{version, roots}``, about 60 bytes: anything much larger is not one."""
MAX_TREE_NODES = 2_000_000
"""MST nodes walked at most: a tree holds ~4 keys a node, so this is far above the records a repository can have
within :data:`~credscore.limits.MAX_MEMBER_BYTES`; it bounds a crafted file whose nodes point at one another."""
# An unsigned LEB128 varint: 7 bits of value a byte, the high bit set on every byte but the last.
_VARINT_MORE = 0x80
_VARINT_VALUE = 0x7F
_VARINT_BITS = 7

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
LIKE = "app.bsky.feed.like"
FOLLOW = "app.bsky.graph.follow"
PROFILE = "app.bsky.actor.profile"
PROFILE_RKEY = "self"
FACET_LINK = "app.bsky.richtext.facet#link"
EMBED_EXTERNAL = "app.bsky.embed.external"
EMBED_IMAGES = "app.bsky.embed.images"
EMBED_VIDEO = "app.bsky.embed.video"
EMBED_RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia"


class BlueskyCarImporter:
    """Bluesky repository (CAR v1) file."""

    name = NAME

    def detect(self, path: Path) -> bool:
        """A file named ``*.car``, or any file that starts with a CAR v1 header (``getRepo`` saved by hand), or a zip
        holding one ``.car`` file (an export sent on by mail or a cloud drive gets zipped on the way)."""
        try:
            if not path.is_file():
                return False
            if path.suffix.lower() == SUFFIX:
                return True
            if zipfile.is_zipfile(path):
                return probe(path, lambda archive: len(archive.find(_CAR_MEMBER)) == 1)
            with path.open("rb") as stream:
                return _header_roots(stream.read(HEADER_PROBE_BYTES + MAX_HEADER_BYTES)) is not None
        except OSError:
            return False

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        if path.suffix.lower() != SUFFIX and path.is_file() and zipfile.is_zipfile(path):
            with Archive.open(path) as archive:
                found = archive.find(_CAR_MEMBER)
                if len(found) != 1:
                    raise InputError(f"{path}: a zip holding {len(found)} .car files; a Bluesky repository export is "
                                     "one .car file: give it")
                return read_repository(archive.read_bytes(found[0]), archive.where(found[0]), account_id=account_id)
        try:
            if not path.is_file():
                raise InputError(f"{path}: not a file; a Bluesky repository export is one .car file")
            size = path.stat().st_size
            if size > MAX_MEMBER_BYTES:
                raise InputError(f"{path}: larger than {describe_bytes(MAX_MEMBER_BYTES)}; refusing to read it")
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        return read_repository(data, str(path), account_id=account_id)


def read_repository(data: bytes, location: str, *, account_id: str | None = None) -> Account:
    """The account of a repository CAR held in ``data``; ``location`` names it in messages and the source note."""
    if _header_roots(data) is None:
        raise InputError(f"{location}: not a Bluesky repository export (no CAR v1 header)")
    try:
        header, blocks = libipld.decode_car(data)
    except (ValueError, RecursionError, OverflowError) as exc:
        raise InputError(f"{location}: damaged repository export (CAR): {_reason(exc)}") from None
    roots = json_array(json_object(header).get("roots"))
    commit = blocks.get(roots[0]) if roots and isinstance(roots[0], bytes) else None
    if not isinstance(commit, dict) or not isinstance(commit.get("data"), bytes):
        raise InputError(f"{location}: damaged repository export (CAR): its root is not a repository commit")
    did = commit.get("did")
    if not isinstance(did, str) or not did.startswith("did:"):
        raise InputError(f"{location}: damaged repository export (CAR): the commit names no account (DID)")
    if commit.get("version") not in REPO_VERSIONS:
        raise InputError(f"{location}: repository version {commit.get('version')!r} is not one credscore reads "
                         f"(expected {' or '.join(map(str, sorted(REPO_VERSIONS)))})")
    repository = _Repository(did, blocks)
    repository.walk(commit["data"])
    return repository.account(location, account_id)


def _reason(exc: BaseException) -> str:
    """libipld's message on one line (it names the part that failed: header, CID, block)."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _varint(data: bytes) -> tuple[int, int] | None:
    """The unsigned varint at the start of ``data`` and its length in bytes, or None."""
    value = 0
    for index, byte in enumerate(data[:HEADER_PROBE_BYTES]):
        value |= (byte & _VARINT_VALUE) << (_VARINT_BITS * index)
        if not byte & _VARINT_MORE:
            return value, index + 1
    return None


def _header_roots(data: bytes) -> list[bytes] | None:
    """The roots of a CAR v1 header at the start of ``data``, or None when it does not start with one."""
    prefix = _varint(data)
    if prefix is None or not 0 < prefix[0] <= MAX_HEADER_BYTES or len(data) < prefix[1] + prefix[0]:
        return None
    try:
        header = libipld.decode_dag_cbor(data[prefix[1]: prefix[1] + prefix[0]])
    except (ValueError, RecursionError, OverflowError):
        return None
    if not isinstance(header, dict) or header.get("version") != CAR_VERSION:
        return None
    roots = header.get("roots")
    if not isinstance(roots, list) or not roots or not all(isinstance(root, bytes) for root in roots):
        return None
    return roots


@dataclass
class _Repository:
    """The records of one repository, collected while its tree is walked."""

    did: str
    blocks: dict[bytes, Any]
    posts: list[dict[str, Any]] = field(default_factory=list)
    follows: list[dict[str, Any]] = field(default_factory=list)
    profile: dict[str, Any] | None = None
    likes: int = 0
    post_records: int = 0
    other: Counter[str] = field(default_factory=Counter)
    unreadable: Counter[str] = field(default_factory=Counter)
    missing_records: int = 0
    missing_nodes: int = 0
    bad_nodes: int = 0

    def walk(self, root: bytes) -> None:
        """Every key of the tree, in order (iteratively: a deep or looping tree must not exhaust the stack)."""
        stack: list[Any] = [root]  # CIDs of nodes to open, and (key, CID) pairs of records to read
        seen: set[bytes] = set()
        while stack:
            item = stack.pop()
            if isinstance(item, tuple):
                self._record(*item)
                continue
            if item in seen:
                self.bad_nodes += 1
                continue
            if len(seen) >= MAX_TREE_NODES:
                raise InputError(f"repository of {self.did}: more than {MAX_TREE_NODES:,} tree nodes; not a "
                                 "repository export credscore can read")
            seen.add(item)
            node = self.blocks.get(item)
            if node is None:
                self.missing_nodes += 1
                continue
            stack.extend(reversed(self._node(node)))

    def _node(self, node: Any) -> list[Any]:
        """What one MST node leads to, in key order: its left subtree, then each key and the subtree after it."""
        entries = node.get("e") if isinstance(node, dict) else None
        if not isinstance(entries, list):
            self.bad_nodes += 1
            return []
        order: list[Any] = [node["l"]] if isinstance(node.get("l"), bytes) else []
        key = b""
        for entry in entries:
            prefix, suffix = (entry.get("p"), entry.get("k")) if isinstance(entry, dict) else (None, None)
            if not isinstance(prefix, int) or isinstance(prefix, bool) or not isinstance(suffix, bytes) \
                    or not 0 <= prefix <= len(key) or not isinstance(entry.get("v"), bytes):
                self.bad_nodes += 1
                continue
            key = key[:prefix] + suffix
            order.append((key, entry["v"]))
            if isinstance(entry.get("t"), bytes):
                order.append(entry["t"])
        return order

    def _record(self, key: bytes, cid: bytes) -> None:
        collection, _, rkey = key.decode("utf-8", errors="replace").partition("/")
        record = self.blocks.get(cid)
        if record is None:
            self.missing_records += 1
            return
        if not isinstance(record, dict):
            self.unreadable[collection] += 1
            return
        if collection == POST:
            self.post_records += 1
            self.posts.append(self._post(record, rkey))
        elif collection == REPOST:
            self._repost(record, collection)
        elif collection == FOLLOW:
            self._follow(record, collection)
        elif collection == LIKE:
            self.likes += 1
        elif collection == PROFILE and rkey == PROFILE_RKEY:
            self.profile = record
        else:
            self.other[collection] += 1

    def _uri(self, collection: str, rkey: str) -> str:
        return f"at://{self.did}/{collection}/{rkey}"

    def _post(self, record: dict[str, Any], rkey: str) -> dict[str, Any]:
        embed = json_object(record.get("embed"))
        return {
            "platform": PLATFORM,
            "text": record["text"] if isinstance(record.get("text"), str) else "",
            "created_at": iso_timestamp(record.get("createdAt")),
            "id": self._uri(POST, rkey),
            "url": f"{WEB}/profile/{self.did}/post/{rkey}",
            "kind": "reply" if isinstance(record.get("reply"), dict) else "post",
            "links": post_links(record),
            "media": embedded_media(embed) or None,
        }

    def _repost(self, record: dict[str, Any], collection: str) -> None:
        subject = _string(json_object(record.get("subject")).get("uri"))
        if subject is None:
            self.unreadable[collection] += 1
            return
        page = web_page(subject)
        self.posts.append({
            "platform": PLATFORM,
            "text": "",
            "created_at": iso_timestamp(record.get("createdAt")),
            "id": subject,
            "kind": "repost",
            "links": [page] if page else [],
        })

    def _follow(self, record: dict[str, Any], collection: str) -> None:
        subject = _string(record.get("subject"))
        if subject is None:
            self.unreadable[collection] += 1
            return
        self.follows.append({"platform": PLATFORM, "direction": "out", "counterpart": subject,
                             "created_at": iso_timestamp(record.get("createdAt"))})

    def account(self, location: str, account_id: str | None) -> Account:
        profile = self.profile or {}
        record = {
            "platform": PLATFORM,
            "handle": self.did,
            "url": f"{WEB}/profile/{self.did}",
            "bio": _string(profile.get("description")),
            "created_at": iso_timestamp(profile.get("createdAt")),
            "has_avatar": isinstance(profile.get("avatar"), dict) if self.profile is not None else None,
            "posts_count": self.post_records,
            "following": len(self.follows),
        }
        logger.info("%s: %d posts, %d reposts, %d follows, %d likes, %d other records", location, self.post_records,
                    len(self.posts) - self.post_records, len(self.follows), self.likes, sum(self.other.values()))
        note = SourceNote(kind=NAME, location=location, **self._completeness())
        return build_account(account_id or f"{PLATFORM}:{self.did}", source=note,
                             name=_string(profile.get("displayName")), profiles=[record], posts=self.posts,
                             follows=self.follows)

    def _completeness(self) -> dict[str, Any]:
        notes = ["a repository holds no followers and no like/repost counts"]
        complete = True
        if self.missing_records or self.missing_nodes:
            complete = False
            notes.append(f"the file lacks {self.missing_records} record(s) and {self.missing_nodes} tree node(s) "
                         "its commit lists (a partial or truncated export)")
        if self.bad_nodes:
            complete = False
            notes.append(f"damaged tree nodes or entries skipped: {self.bad_nodes}")
        if self.unreadable:
            notes.append(f"unreadable records left out: {sum(self.unreadable.values())} ({_counts(self.unreadable)})")
        if self.likes:
            notes.append(f"likes left out (not publications): {self.likes}")
        if self.other:
            notes.append(f"records of other collections left out: {sum(self.other.values())} ({_counts(self.other)})")
        return {"complete": complete, "note": "; ".join(notes)}


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{name or '?'} {number}" for name, number in sorted(counter.items()))


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def web_page(uri: str) -> str | None:
    """``at://did/app.bsky.feed.post/rkey`` -> ``https://bsky.app/profile/did/post/rkey`` (None for other records)."""
    authority, _, rest = uri.removeprefix("at://").partition("/")
    collection, _, rkey = rest.partition("/")
    if not uri.startswith("at://") or not authority or collection != POST or not rkey or "/" in rkey:
        return None
    return f"{WEB}/profile/{authority}/post/{rkey}"


def post_links(record: dict[str, Any]) -> list[str]:
    """The link facets' URIs, then the external embed's (also beside a quoted post), each once, ``http(s)`` only."""
    found = [feature.get("uri") for facet in json_array(record.get("facets")) if isinstance(facet, dict)
             for feature in json_array(facet.get("features"))
             if isinstance(feature, dict) and feature.get("$type") == FACET_LINK]
    embed = json_object(record.get("embed"))
    if embed.get("$type") == EMBED_RECORD_WITH_MEDIA:
        embed = json_object(embed.get("media"))
    if embed.get("$type") == EMBED_EXTERNAL:
        found.append(json_object(embed.get("external")).get("uri"))
    return list(dict.fromkeys(link for link in found
                              if isinstance(link, str) and link.startswith(("http://", "https://"))))


def embedded_media(embed: dict[str, Any]) -> list[dict[str, Any]]:
    """The images or the video a post's record embeds (also beside a quoted post); no URL: the blobs are CIDs."""
    if embed.get("$type") == EMBED_RECORD_WITH_MEDIA:
        embed = json_object(embed.get("media"))
    if embed.get("$type") == EMBED_IMAGES:
        return [media_record("image", None) for image in json_array(embed.get("images")) if isinstance(image, dict)]
    if embed.get("$type") == EMBED_VIDEO:
        return [media_record("video", None)]
    return []


register(BlueskyCarImporter())
