"""Reports people can read, print and forward: one self-contained HTML page per account or per audit.

``credscore report`` writes them (see :mod:`credscore.report.command`); :func:`render_report` is
the API, shared with the HTTP server.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from credscore.report.render import dominant_language, render_report

__all__ = ["dominant_language", "render_report"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the CLI registers ``report`` without importing matplotlib and the scorer on every command.
    if name in __all__:
        return getattr(importlib.import_module("credscore.report.render"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
