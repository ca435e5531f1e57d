"""credscore's HTTP API: score accounts and render reports over HTTP (``credscore serve``).

- :mod:`~credscore.api.app` builds the FastAPI application (:func:`create_app`);
- :mod:`~credscore.api.settings` holds its limits (:class:`ApiSettings`);
- :mod:`~credscore.api.limits` refuses oversized bodies before they are read, and bodies that arrive too slowly;
- :mod:`~credscore.api.documents` turns request bodies into accounts, with the CLI's messages;
- :mod:`~credscore.api.service` does the endpoints' work off the event loop;
- :mod:`~credscore.api.coalesce` is the one scoring thread, which scores concurrent requests together;
- :mod:`~credscore.api.ssrf` decides which hosts fetch-by-handle may reach;
- :mod:`~credscore.api.command` is the ``serve`` command.

Nothing a request carries is stored: accounts live in memory for the time of the request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from credscore.api.app import create_app
    from credscore.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]

# Loaded on first use: the CLI registers ``serve`` without paying for FastAPI's import on every command.
_LAZY = {"ApiSettings": "credscore.api.settings", "create_app": "credscore.api.app"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
