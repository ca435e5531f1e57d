"""Read a platform export the same way whether it is the unpacked folder or the ``.zip`` as downloaded.

An :class:`Archive` lists the export's files as POSIX paths relative to what the user pointed at
(``data/tweets.js``, ``posts/your_posts_1.json``) and reads them. A zip is read in place with
:mod:`zipfile`, never extracted to disk; every member read is capped at :data:`MAX_MEMBER_BYTES`
uncompressed bytes and at :data:`~credscore.limits.MAX_ZIP_RATIO` times its compressed size, and
all the files of one export at :data:`~credscore.limits.MAX_ARCHIVE_BYTES`, so that a zip bomb (a
few KB that inflate to gigabytes) fails with a clear :class:`~credscore.errors.InputError` instead
of filling the memory. Decoded JSON deeper than :data:`~credscore.limits.MAX_NESTING` is refused.

Folders are searched breadth first to a bounded depth, so that an export wrapped in one more
folder (``twitter-2026-03-06/data/tweets.js``) is still found, and so that :func:`has_member`,
which importers use in ``detect``, stays cheap even when pointed at a large folder.
"""

from __future__ import annotations

import json
import logging
import os
import re
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any

from credscore.errors import InputError
from credscore.limits import (
    MAX_ARCHIVE_BYTES,
    MAX_MEMBER_BYTES,
    MAX_ZIP_ENTRIES,
    MAX_ZIP_RATIO,
    ZIP_RATIO_FROM_BYTES,
    check_nesting,
    describe_bytes,
)
from credscore.reader import ENCODING_SAMPLE_BYTES, encoding_hint

__all__ = ["MAX_MEMBER_BYTES", "Archive", "has_member", "parse_json", "probe", "shallowest"]

logger = logging.getLogger(__name__)

MAX_DEPTH = 8
"""Folder levels searched below the given folder when loading."""
DETECT_MAX_DEPTH = 4
"""Folder levels searched when detecting a format (breadth first)."""
DETECT_MAX_ENTRIES = 20_000
"""Folder entries looked at, at most, when detecting a format."""
_MEGABYTE = 1024 * 1024
_CHUNK = _MEGABYTE
# Finder's resource forks in zips made on macOS: never export files.
_IGNORED_PREFIXES = ("__MACOSX/",)


class Archive:
    """The files of one export, in a folder or a zip; use as a context manager."""

    def __init__(self, path: Path, names: tuple[str, ...], zip_file: zipfile.ZipFile | None = None) -> None:
        self.path = path
        self.names = names
        self._zip = zip_file
        self._bytes_read = 0

    @classmethod
    def open(cls, path: Path, *, max_depth: int = MAX_DEPTH, max_entries: int | None = None) -> Archive:
        """Open ``path`` (a folder or a zip file); :class:`InputError` when it is neither or is unreadable."""
        if path.is_dir():
            try:
                return cls(path, _walk(path, max_depth, max_entries))
            except OSError as exc:
                raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if not path.is_file():
            raise InputError(f"{path}: not a folder or a file")
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise InputError(f"{path}: not a valid zip file (corrupt or not a zip); give the export's folder "
                             "or the .zip as downloaded") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if len(archive.infolist()) > MAX_ZIP_ENTRIES:
            archive.close()
            raise InputError(f"{path}: more than {MAX_ZIP_ENTRIES:,} files in the zip; not an export")
        names = tuple(sorted(_normalise(info.filename) for info in archive.infolist()
                             if not info.is_dir() and not info.filename.startswith(_IGNORED_PREFIXES)))
        return cls(path, names, archive)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def where(self, name: str) -> str:
        """How to name a member in a message: ``/x/data/tweets.js`` or ``x.zip:data/tweets.js``."""
        return f"{self.path}:{name}" if self.is_zip else str(self.path / name)

    def find(self, pattern: re.Pattern[str]) -> list[str]:
        """Members whose path matches ``pattern`` (``search``), shallowest first, then by name."""
        return sorted((name for name in self.names if pattern.search(name)), key=_depth_then_name)

    def read_bytes(self, name: str) -> bytes:
        data = self._read_file(name) if self._zip is None else self._read_member(name)
        self._bytes_read += len(data)
        if self._bytes_read > MAX_ARCHIVE_BYTES:
            raise InputError(f"{self.path}: more than {describe_bytes(MAX_ARCHIVE_BYTES)} to read in this export; "
                             "refusing to read it all")
        return data

    def _read_file(self, name: str) -> bytes:
        try:
            with (self.path / name).open("rb") as stream:
                data = stream.read(MAX_MEMBER_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{self.where(name)}: cannot be read ({exc.strerror or exc})") from None
        if len(data) > MAX_MEMBER_BYTES:
            raise _too_large(self.where(name))
        return data

    def read_text(self, name: str) -> str:
        """A member as text: UTF-8, with or without a byte-order mark."""
        try:
            return self.read_bytes(name).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{self.where(name)}: not UTF-8 text (byte {exc.start})"
                             f"{encoding_hint(exc.object[:ENCODING_SAMPLE_BYTES])}") from None

    def read_json(self, name: str) -> Any:
        return parse_json(self.read_text(name), self.where(name))

    def _read_member(self, name: str) -> bytes:
        assert self._zip is not None
        info = self._member_info(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise _too_large(self.where(name))
        chunks, total = [], 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    # zipfile stops at the declared size, but do not rely on it: count what comes out.
                    if total > MAX_MEMBER_BYTES:
                        raise _too_large(self.where(name))
                    if total > ZIP_RATIO_FROM_BYTES and total > MAX_ZIP_RATIO * max(info.compress_size, 1):
                        raise InputError(f"{self.where(name)}: inflates more than {MAX_ZIP_RATIO} times its "
                                         "compressed size; refusing to read it (a damaged or malicious zip?)")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise InputError(f"{self.where(name)}: the zip is corrupt ({exc})") from None
        except RuntimeError as exc:  # encrypted member
            raise InputError(f"{self.where(name)}: cannot be read ({exc})") from None
        except NotImplementedError as exc:  # compression method zipfile does not know
            raise InputError(f"{self.where(name)}: cannot be read ({exc}); unzip it and give the folder") from None
        return b"".join(chunks)

    def _member_info(self, name: str) -> zipfile.ZipInfo:
        assert self._zip is not None
        for candidate in (name, name.replace("/", "\\")):
            try:
                return self._zip.getinfo(candidate)
            except KeyError:
                continue
        raise InputError(f"{self.where(name)}: no such file in the zip")


def parse_json(text: str, where: str) -> Any:
    """Decode JSON text, naming ``where`` and the position on failure."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{where}: invalid JSON: nested too deeply") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise InputError(f"{where}: unusable JSON ({exc})") from None
    check_nesting(value, where)
    return value


def has_member(path: Path, patterns: Iterable[re.Pattern[str]]) -> bool:
    """Whether the folder or zip at ``path`` holds a file matching one of ``patterns``; never raises."""
    return probe(path, lambda archive: any(archive.find(pattern) for pattern in patterns))


def probe(path: Path, predicate: Callable[[Archive], bool]) -> bool:
    """``predicate`` on the shallow listing of the folder or zip at ``path``; False, never an error, when unreadable.

    Only the file names are listed (a zip's central directory, a bounded breadth-first walk of a
    folder), so detection stays cheap.
    """
    try:
        if not (path.is_dir() or zipfile.is_zipfile(path)):
            return False
        with Archive.open(path, max_depth=DETECT_MAX_DEPTH, max_entries=DETECT_MAX_ENTRIES) as archive:
            return bool(predicate(archive))
    except Exception as exc:  # detect() must never raise, whatever is at `path`
        logger.debug("%s: not detected (%s: %s)", path, type(exc).__name__, exc)
        return False


def shallowest(archive: Archive, pattern: re.Pattern[str]) -> str | None:
    """The shallowest member matching ``pattern``, or None."""
    found = archive.find(pattern)
    return found[0] if found else None


def _too_large(where: str) -> InputError:
    return InputError(f"{where}: larger than {describe_bytes(MAX_MEMBER_BYTES)} once uncompressed; refusing to "
                      "read it (a damaged or malicious zip?)")


def _normalise(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).as_posix().lstrip("/")


def _depth_then_name(name: str) -> tuple[int, str]:
    return name.count("/"), name


def _walk(root: Path, max_depth: int, max_entries: int | None) -> tuple[str, ...]:
    """Files below ``root`` as relative POSIX paths, breadth first, hidden entries left out."""
    names: list[str] = []
    queue: deque[tuple[Path, str, int]] = deque([(root, "", 0)])
    seen = 0
    while queue:
        folder, prefix, depth = queue.popleft()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            if folder == root:
                raise
            continue
        for entry in entries:
            seen += 1
            if max_entries is not None and seen > max_entries:
                return tuple(names)
            if entry.name.startswith(".") or entry.name == "__MACOSX":
                continue
            relative = f"{prefix}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                if depth < max_depth:
                    queue.append((Path(entry.path), f"{relative}/", depth + 1))
            elif entry.is_file():
                names.append(relative)
    return tuple(names)
