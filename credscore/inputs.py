"""One account from whatever the user names: an account document, a platform export, or a handle.

``credscore score`` and ``credscore report`` take any of these:

- an account document (``.json``, ``.jsonl`` holding one account, optionally gzipped);
- a platform export, as a folder or the ``.zip`` downloaded (X, Mastodon, LinkedIn, Facebook) or a
  feed file (RSS/Atom), recognised by :func:`credscore.importers.detect_importer`;
- a public account: ``mastodon:@user@instance``, ``bluesky:handle``, ``youtube:UC…``, ``rss:URL``.
"""

from __future__ import annotations

from pathlib import Path

from credscore.account import Account
from credscore.errors import InputError
from credscore.reader import load_account, refuse_special_file

__all__ = ["DOCUMENT_SUFFIXES", "load_any"]

DOCUMENT_SUFFIXES = (".json", ".jsonl", ".ndjson", ".gz")


def load_any(source: str, *, max_posts: int | None = None, source_format: str | None = None,
             audience_sample: int | None = None) -> Account:
    """The account named by ``source`` (see the module docstring); ``source_format`` names the importer of an
    export when detection is not enough (``--source``); ``audience_sample`` caps the followers a connector reads
    (``--audience-sample``; its default when None)."""
    from credscore.connectors import DEFAULT_AUDIENCE_SAMPLE, DEFAULT_MAX_POSTS, fetch_account, is_connector_spec

    path = Path(source)
    refuse_special_file(path)
    if not path.exists() and is_connector_spec(source):
        return fetch_account(source, max_posts=max_posts or DEFAULT_MAX_POSTS,
                             audience_sample=DEFAULT_AUDIENCE_SAMPLE if audience_sample is None else audience_sample)
    if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES:
        return load_account(path)
    if not path.exists():
        raise InputError(f"{source}: no such file or folder (nor a handle such as mastodon:@user@instance "
                         "or bluesky:handle.bsky.social)")
    from credscore.importers import detect_importer, get_importer

    return (get_importer(source_format) if source_format else detect_importer(path)).load(path)
