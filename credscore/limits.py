"""Every limit credscore puts on what it reads, in one place.

credscore reads untrusted files: exports, feeds, API answers, documents uploaded by someone else.
Each limit below is far above what a real history needs, and turns an absurd input (a 10 MB post,
a zip bomb, JSON nested 100,000 deep) into one clear :class:`~credscore.errors.InputError` instead
of a crash, a full memory or a hang. The README's "Limits" section lists them.

An account document over a limit is refused, naming the record and the field. An importer cuts
what is over a limit (the most recent posts are kept, long texts are shortened) and says so in the
account's source note, which then reads "incomplete": an export is what it is, and the rest of it
is still worth reading.
"""

from __future__ import annotations

from typing import Any

from credscore.errors import InputError

__all__ = [
    "MAX_ARCHIVE_BYTES",
    "MAX_AUDIENCE",
    "MAX_COMMENTS",
    "MAX_DOCUMENT_CHARS",
    "MAX_FOLLOWS",
    "MAX_LINE_CHARS",
    "MAX_MEDIA",
    "MAX_MEMBER_BYTES",
    "MAX_MESSAGES",
    "MAX_NESTING",
    "MAX_POSTS",
    "MAX_PROFILES",
    "MAX_SNAPSHOTS",
    "MAX_TEXT_CHARS",
    "MAX_ZIP_ENTRIES",
    "MAX_ZIP_RATIO",
    "ZIP_RATIO_FROM_BYTES",
    "check_nesting",
    "describe_bytes",
]

MAX_DOCUMENT_CHARS = 512 * 1024 * 1024
"""Characters of an account file read whole (one JSON object or array), once uncompressed. Larger sets of
accounts: JSON Lines, which are streamed."""
MAX_LINE_CHARS = 64 * 1024 * 1024
"""One line of a JSON Lines file (one account)."""
MAX_NESTING = 64
"""Arrays and objects inside one another in a JSON value: an account needs 4 levels, exports about 10."""
MAX_POSTS = 250_000
MAX_MESSAGES = 250_000
MAX_FOLLOWS = 1_000_000
MAX_PROFILES = 1_000
# Version 1.1: a follower sample, counters over time, a post's media and the comments under it.
MAX_AUDIENCE = 100_000
MAX_SNAPSHOTS = 100_000
MAX_MEDIA = 100
MAX_COMMENTS = 10_000
"""Records of each kind in one account."""
MAX_TEXT_CHARS = 100_000
"""Characters in one post, message or bio (a long blog post is 30,000)."""
MAX_MEMBER_BYTES = 512 * 1024 * 1024
"""Uncompressed bytes read from one file of an export (a 50,000-tweet ``tweets.js`` is about 60 MB)."""
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024
"""Uncompressed bytes read from all the files of one export together."""
MAX_ZIP_ENTRIES = 500_000
"""Files listed in one zip."""
MAX_ZIP_RATIO = 200
ZIP_RATIO_FROM_BYTES = 16 * 1024 * 1024
"""A zip member that inflates more than :data:`MAX_ZIP_RATIO` times is a bomb, once past this size
(JSON and CSV exports compress about 10 times; a file of zeros, 1,000 times)."""

_MEGABYTE = 1024 * 1024


def describe_bytes(size: int) -> str:
    """``512 MB``, ``2 GB``, ``300 bytes``: a limit as a person reads it."""
    if size >= 1024 * _MEGABYTE and size % (1024 * _MEGABYTE) == 0:
        return f"{size // (1024 * _MEGABYTE)} GB"
    return f"{size // _MEGABYTE} MB" if size >= _MEGABYTE else f"{size} bytes"


def check_nesting(value: Any, where: str, *, non_ascii: list[str] | None = None, within: int = 0) -> None:
    """Raise :class:`InputError` when ``value`` (decoded JSON) nests deeper than :data:`MAX_NESTING`.

    Iterative, level by level, so that the check itself cannot exhaust the stack; every later step
    (validation, repairing an export's strings, writing the document back) may then recurse safely.
    ``non_ascii``, when given, receives every string key and value that is not plain ASCII, for the
    caller's own checks, so that the document is walked once. ``within``: how many levels hold ``value``
    (a part of a document checked on its own counts the levels above it).
    """
    level: list[Any] = [value] if isinstance(value, dict | list | tuple) else []
    depth = within
    while level:
        depth += 1
        if depth > MAX_NESTING:
            raise InputError(f"{where}: JSON nested more than {MAX_NESTING} levels deep; not an account or an export")
        below: list[Any] = []
        for item in level:
            is_dict = isinstance(item, dict)
            # One pass per container (this runs on every record of a batch).
            for value in item.values() if is_dict else item:
                if type(value) is str:
                    if non_ascii is not None and not value.isascii():
                        non_ascii.append(value)
                elif isinstance(value, dict | list | tuple):
                    below.append(value)
            if is_dict and non_ascii is not None:
                non_ascii.extend([key for key in item if type(key) is str and not key.isascii()])
        level = below
