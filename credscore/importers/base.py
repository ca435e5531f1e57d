"""What an importer is: a small object that recognises one export format and parses it.

Every importer turns one source (a platform export, a feed, an API) into an
:class:`~credscore.account.Account` in the account format. The account carries, in the extra
field ``sources``, one :class:`SourceNote` per source it came from, so that a history that
was cut short (a page cap, a failed request, a truncated export) never passes for a complete one.

Importers register themselves with :func:`register`; :func:`detect_importer` picks the one
that recognises a path.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from credscore.account import Account
from credscore.errors import InputError
from credscore.importers._archive import container_hint

__all__ = ["Importer", "SourceNote", "detect_importer", "get_importer", "register", "registered_importers"]


@dataclass(frozen=True, slots=True)
class SourceNote:
    """Where part of an account came from, and whether that part is complete."""

    kind: str
    """The importer's name, e.g. ``twitter-archive``, ``mastodon``."""
    location: str
    """A path, URL or handle (never a credential)."""
    complete: bool
    note: str = ""
    """Why it is incomplete, or anything the user should know (e.g. "follows have no dates")."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@runtime_checkable
class Importer(Protocol):
    """One export format."""

    name: str
    """Short, lower-case, hyphenated: the value of ``--source`` and of ``SourceNote.kind``."""

    def detect(self, path: Path) -> bool:
        """Whether ``path`` (a file, a folder or a zip) is in this format. Cheap; never raises."""
        ...

    def load(self, path: Path, *, account_id: str | None = None) -> Account:
        """Parse ``path`` into an account; raise :class:`~credscore.errors.InputError` with a clear message."""
        ...


_REGISTRY: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    if importer.name in _REGISTRY:
        raise RuntimeError(f"importer {importer.name!r} registered twice")
    _REGISTRY[importer.name] = importer
    return importer


def registered_importers() -> tuple[Importer, ...]:
    return tuple(_REGISTRY.values())


def _load_importer_modules() -> None:
    """Import the modules listed in ``IMPORTER_MODULES`` (they register themselves), once."""
    from credscore import importers

    importers.registered_importers()


def get_importer(name: str) -> Importer:
    _load_importer_modules()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise InputError(f"unknown source {name!r} (known: {known})") from None


def detect_importer(path: Path) -> Importer:
    """The importer that recognises ``path``, or a clear error naming the formats tried."""
    _load_importer_modules()
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    found = [importer for importer in _REGISTRY.values() if importer.detect(path)]
    if not found:
        known = ", ".join(sorted(_REGISTRY))
        raise InputError(container_hint(path)
                         or f"{path}: not a format credscore can import (tried: {known}); name it with --source")
    if len(found) > 1:
        names = ", ".join(importer.name for importer in found)
        raise InputError(f"{path}: matches several formats ({names}); name one with --source")
    return found[0]
