"""Build small Bluesky repository exports (CAR v1 + DAG-CBOR + MST) for the tests, with libipld.

The tree is shaped like a real one (a left subtree, keys with the subtree after each, keys
prefix-compressed against the previous key of the node) but not laid out by key hash as a PDS would:
the importer walks whatever tree the commit names, in key order, and does not check its layout.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import libipld

DID = "did:plc:testrepo4credscore7abc"
_DAG_CBOR_SHA256 = b"\x01\x71\x12\x20"  # CIDv1, codec dag-cbor, multihash sha2-256 of 32 bytes
LEAF_SIZE = 3
"""Keys per node before the builder splits it: small, so that even a few records make a tree of several levels."""


def cid(block: bytes) -> bytes:
    return _DAG_CBOR_SHA256 + hashlib.sha256(block).digest()


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


class CarBuilder:
    """Blocks of one repository; :meth:`car` writes them out with the commit as the root."""

    def __init__(self) -> None:
        self.blocks: dict[bytes, bytes] = {}

    def put(self, value: Any) -> bytes:
        block = libipld.encode_dag_cbor(value)
        key = cid(block)
        self.blocks[key] = block
        return key

    def tree(self, entries: Sequence[tuple[bytes, bytes]]) -> bytes | None:
        """An MST node over sorted ``(key, record CID)`` pairs; its CID (None for no entries)."""
        if not entries:
            return None
        if len(entries) <= LEAF_SIZE:
            return self.put({"l": None, "e": _compressed([(key, value, None) for key, value in entries])})
        middle = len(entries) // 2
        left = self.tree(entries[:middle])
        right = self.tree(entries[middle + 1:])
        key, value = entries[middle]
        return self.put({"l": left, "e": _compressed([(key, value, right)])})

    def car(self, root: bytes, *, drop: Sequence[bytes] = ()) -> bytes:
        header = libipld.encode_dag_cbor({"version": 1, "roots": [root]})
        out = bytearray(_varint(len(header)) + header)
        for key, block in self.blocks.items():
            if key not in drop:
                out += _varint(len(key) + len(block)) + key + block
        return bytes(out)


def _compressed(entries: list[tuple[bytes, bytes, bytes | None]]) -> list[dict[str, Any]]:
    result, previous = [], b""
    for key, value, subtree in entries:
        shared = 0
        while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
            shared += 1
        result.append({"p": shared, "k": key[shared:], "v": value, "t": subtree})
        previous = key
    return result


def build_car(records: Sequence[tuple[str, Any]], *, did: str = DID, version: int = 3,
              drop_records: Sequence[str] = ()) -> bytes:
    """A repository CAR holding ``records`` (``("collection/rkey", record)``); ``drop_records`` are keys whose
    record block is left out of the file (a partial export)."""
    builder = CarBuilder()
    entries, dropped = [], []
    for key, record in sorted(records, key=lambda item: item[0].encode()):
        value = builder.put(record)
        entries.append((key.encode(), value))
        if key in drop_records:
            dropped.append(value)
    root = builder.tree(entries) or builder.put({"l": None, "e": []})  # an empty repository: one empty node
    commit = {"did": did, "version": version, "rev": "3ljtestrev22a", "data": root, "prev": None, "sig": b"\x00" * 64}
    return builder.car(builder.put(commit), drop=dropped)
