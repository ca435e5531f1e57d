"""Importers: platform exports, feeds and public APIs -> the account document.

:func:`registered_importers` imports the importer modules (which register themselves).
"""

from __future__ import annotations

import importlib
from functools import cache

from credscore.importers.base import Importer, SourceNote, detect_importer, get_importer, register

__all__ = ["IMPORTER_MODULES", "Importer", "SourceNote", "detect_importer", "get_importer", "register",
           "registered_importers"]

IMPORTER_MODULES: tuple[str, ...] = (
    "credscore.importers.twitter_archive",
    "credscore.importers.mastodon_archive",
    "credscore.importers.linkedin_export",
    "credscore.importers.facebook_export",
    "credscore.importers.instagram_export", "credscore.importers.threads_export",
    "credscore.importers.instagram_html",
    "credscore.importers.rss",
    "credscore.importers.tiktok_export",
    "credscore.importers.youtube_takeout",
    "credscore.importers.bluesky_car",
)


@cache
def registered_importers() -> tuple[Importer, ...]:
    for module in IMPORTER_MODULES:
        importlib.import_module(module)
    from credscore.importers import base

    return base.registered_importers()
