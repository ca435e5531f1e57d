"""Tables derived from the language data, built once and kept in the user's cache folder.

Inverting spaCy's lemma tables, listing the words of every language's function words, expanding the
lexicons to their inflected forms: each costs a fraction of a second that every new process paid again,
although the result only changes with the data it is made from. :func:`cached` keeps such a result in a
file named after a key made of everything it depends on (the versions of the packages whose data it reads,
the source of the code that builds it, the lexicon files), so that a change to any of them builds it again.
The result read back is the very value that was built (Python's ``marshal`` format: plain data only).

The folder is the platform's user cache folder (``~/.cache/credscore`` on Linux), or ``$CREDSCORE_CACHE_DIR``;
``CREDSCORE_CACHE_DIR=""`` turns the cache off. A folder that cannot be written, or a damaged file, is not
an error: the table is built in memory, as it always was.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

from credscore.atomic import write_atomically
from credscore.errors import InputError

__all__ = ["CACHE_ENV", "cache_dir", "cached", "files_digest", "package_version"]

logger = logging.getLogger(__name__)

CACHE_ENV = "CREDSCORE_CACHE_DIR"
_SUFFIX = ".marshal"
# The key's hexadecimal digits in a file name: enough that two keys never meet.
_KEY_CHARS = 24

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder of the cached tables; None when the cache is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("credscore", appauthor=False))


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "none"


def files_digest(paths: Iterable[Path]) -> str:
    """The SHA-256 of files' names and contents (a missing file counts as such)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


def cached(name: str, key: Iterable[Any], build: Callable[[], T], *, check: Callable[[Any], bool]) -> T:
    """``build()``, or the value it returned for the same ``key`` in an earlier process.

    ``key`` lists everything the value depends on (plain values; the Python version, whose ``marshal``
    format the file is in, is added here). ``check`` tells a value of the expected shape from a damaged one.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256(repr((sys.version, name, *key)).encode()).hexdigest()[:_KEY_CHARS]
    path = folder / f"{name}-{digest}{_SUFFIX}"
    try:
        value = marshal.loads(path.read_bytes())
        if check(value):
            return value
        logger.debug("%s: not the expected table; built again", path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as exc:
        logger.debug("%s: unreadable (%s); built again", path, exc)
    value = build()
    _store(path, name, value)
    return value


def _store(path: Path, name: str, value: Any) -> None:
    try:
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda stream: stream.write(data), binary=True)
    except (OSError, ValueError, InputError) as exc:
        logger.debug("%s: not cached (%s)", path, exc)
        return
    # The tables of earlier keys (older data or code) are of no more use.
    for old in path.parent.glob(f"{name}-*{_SUFFIX}"):
        if old != path:
            old.unlink(missing_ok=True)
