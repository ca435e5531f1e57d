"""What a third party may see of where an account's history came from.

Importers note the path of the export they read (``/home/auditor/clients/acme/twitter-archive``);
a report or a redacted verdict sent to someone else shows the file's name only, so it never tells
how the auditor's machine is organised, nor whose files sit beside it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

__all__ = ["PUBLIC_SCHEMES", "public_location"]

# Web addresses are public and worth showing whole (minus query and credentials, which may carry a token).
PUBLIC_SCHEMES = ("http", "https")


def public_location(location: object) -> str:
    """What a third party may see of where a history came from: a web address, or a file's name only.

    ``/home/auditor/clients/acme/twitter-archive`` -> ``twitter-archive``; ``C:\\Users\\x\\feed.xml`` ->
    ``feed.xml``; ``https://user:secret@example.org/feed?token=…`` -> ``https://example.org/feed``;
    a handle (``@user@instance``) stays as it is.
    """
    text = str(location or "").strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        host = parts.hostname
        port = parts.port
    except ValueError:
        parts, host, port = None, None, None
    if parts is not None and parts.scheme.lower() in PUBLIC_SCHEMES and host:
        netloc = f"{host}:{port}" if port else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    if parts is not None and parts.scheme.lower() == "file":
        text = parts.path
    name = re.split(r"[\\/]", text.rstrip("\\/"))[-1]
    return name or text
