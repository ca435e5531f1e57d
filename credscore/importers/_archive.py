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

Exports reach users in wrappers of their own: a zip that holds nothing but the platform's zip (zipped again, or
downloaded through a mail or cloud service that packs files) is opened one level down, within the same limits;
a text file saved again as UTF-16 with a byte-order mark is decoded as such. What cannot be read in place (a
``.tgz`` Google Takeout, a zip of several exports) is named by :func:`container_hint` in one line that says
what to do.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import tarfile
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from functools import lru_cache
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
from credscore.reader import ENCODING_SAMPLE_BYTES, UTF16_MIN_ZERO_SHARE, encoding_hint

__all__ = ["MAX_MEMBER_BYTES", "Archive", "container_hint", "has_member", "parse_json", "probe", "shallowest"]

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
_ZIP_SUFFIX = ".zip"
_NESTED_LISTINGS = 4
"""Listings of zips inside zips kept for detection (one export is detected by every importer in turn)."""
# Byte-order marks of UTF-16, which Windows tools write when a file is saved again as "Unicode".
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class Archive:
    """The files of one export, in a folder or a zip; use as a context manager."""

    def __init__(self, path: Path, names: tuple[str, ...], zip_file: zipfile.ZipFile | None = None,
                 *, inner: str = "") -> None:
        self.path = path
        self.names = names
        self._zip = zip_file
        self._bytes_read = 0
        self._inner = inner
        """The zip inside the zip that ``names`` belong to (``""``: the zip at ``path`` itself)."""

    @classmethod
    def open(cls, path: Path, *, max_depth: int = MAX_DEPTH, max_entries: int | None = None,
             listing_only: bool = False) -> Archive:
        """Open ``path`` (a folder or a zip file); :class:`InputError` when it is neither or is unreadable.

        With ``listing_only`` (detection), a zip inside the zip is listed once per file version and not kept open:
        the archive then lists names and reads nothing.
        """
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
            raise InputError(container_hint(path) or f"{path}: not a valid zip file (corrupt or not a zip); give the "
                             "export's folder or the .zip as downloaded") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if len(archive.infolist()) > MAX_ZIP_ENTRIES:
            archive.close()
            raise InputError(f"{path}: more than {MAX_ZIP_ENTRIES:,} files in the zip; not an export")
        names = _listing(archive)
        if len(names) == 1 and names[0].lower().endswith(_ZIP_SUFFIX):
            if listing_only:
                archive.close()
                stat = path.stat()
                return cls(path, _nested_listing(path, stat.st_size, stat.st_mtime_ns))
            return cls._nested(path, archive, names[0])
        return cls(path, names, archive)

    @classmethod
    def _nested(cls, path: Path, outer: zipfile.ZipFile, inner: str) -> Archive:
        """The zip that is the only file of the zip at ``path``, read into memory within the member limits."""
        wrapper = cls(path, (inner,), outer)
        try:
            data = wrapper.read_bytes(inner)
        finally:
            outer.close()
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise InputError(f"{path}:{inner}: not a valid zip file (corrupt or not a zip); unzip {path.name} and "
                             "give what it holds") from None
        if len(archive.infolist()) > MAX_ZIP_ENTRIES:
            archive.close()
            raise InputError(f"{path}:{inner}: more than {MAX_ZIP_ENTRIES:,} files in the zip; not an export")
        nested = cls(path, _listing(archive), archive, inner=inner)
        nested._bytes_read = wrapper._bytes_read
        return nested

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
        """How to name a member in a message: ``/x/data/tweets.js``, ``x.zip:data/tweets.js`` or, for a zip in a
        zip, ``x.zip:inner.zip:data/tweets.js``."""
        if not self.is_zip:
            return str(self.path / name)
        return f"{self.path}:{self._inner}:{name}" if self._inner else f"{self.path}:{name}"

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
        """A member as text: UTF-8, with or without a byte-order mark, or UTF-16 with one (a file saved again by a
        Windows tool as "Unicode"), when its text shows it too (:func:`_utf16`); anything else, Windows-1252 included,
        is refused with a hint."""
        data = self.read_bytes(name)
        try:
            if _utf16(data):
                return data.decode("utf-16")
            return data.decode("utf-8-sig")
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
        with Archive.open(path, max_depth=DETECT_MAX_DEPTH, max_entries=DETECT_MAX_ENTRIES,
                          listing_only=True) as archive:
            return bool(predicate(archive))
    except Exception as exc:  # detect() must never raise, whatever is at `path`
        logger.debug("%s: not detected (%s: %s)", path, type(exc).__name__, exc)
        return False


@lru_cache(maxsize=_NESTED_LISTINGS)
def _nested_listing(path: Path, size: int, modified: int) -> tuple[str, ...]:
    """The files of the zip inside the zip at ``path`` (``size`` and ``modified`` tell one version of the file from
    the next): every importer's detection asks, the inner zip is inflated once."""
    del size, modified  # only the cache key
    with Archive.open(path) as archive:
        return archive.names


def container_hint(path: Path) -> str | None:
    """What to do with ``path`` when it is a container credscore does not read in place, or None: a tar archive (a
    Google Takeout downloaded as ``.tgz``), a zip holding several zips and nothing else, a folder holding nothing
    but downloaded archives. Never raises."""
    try:
        if path.is_dir():
            return _folder_of_archives(path)
        if not path.is_file():
            return None
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = _listing(archive) if len(archive.infolist()) <= MAX_ZIP_ENTRIES else ()
            if len(names) > 1 and all(name.lower().endswith(_ZIP_SUFFIX) for name in names):
                shown = ", ".join(PurePosixPath(name).name for name in names[:_NAMED_ZIPS])
                more = f" and {len(names) - _NAMED_ZIPS} more" if len(names) > _NAMED_ZIPS else ""
                return (f"{path}: holds {len(names)} zip files ({shown}{more}) and nothing else; unzip it and give "
                        "each export, e.g. `credscore import --id ID part1.zip part2.zip`")
            return None
        if tarfile.is_tarfile(path):
            return (f"{path}: a tar archive (a Google Takeout downloaded as .tgz?); credscore reads folders and "
                    "zips: extract it (`tar -xzf FILE`) and give the folder, or choose .zip when exporting")
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as exc:
        logger.debug("%s: no container hint (%s: %s)", path, type(exc).__name__, exc)
    return None


_NAMED_ZIPS = 3
"""Inner zips named in a message; the rest are counted."""
_ARCHIVE_SUFFIXES = (".zip", ".tgz", ".tar.gz", ".tar")
_FOLDER_PROBE_ENTRIES = 50
"""A folder with more entries than this is not a folder of downloads to name in a message."""


def _folder_of_archives(path: Path) -> str | None:
    """The hint for a folder whose only files are downloaded archives (the user gave the folder they saved them to)."""
    entries = [entry for entry in sorted(os.scandir(path), key=lambda entry: entry.name)[:_FOLDER_PROBE_ENTRIES + 1]
               if not entry.name.startswith(".")]
    if not entries or len(entries) > _FOLDER_PROBE_ENTRIES:
        return None
    if not all(entry.is_file() and entry.name.lower().endswith(_ARCHIVE_SUFFIXES) for entry in entries):
        return None
    shown = ", ".join(entry.name for entry in entries[:_NAMED_ZIPS])
    more = f" and {len(entries) - _NAMED_ZIPS} more" if len(entries) > _NAMED_ZIPS else ""
    return f"{path}: holds only downloaded archives ({shown}{more}); give the export's .zip itself, not its folder"


def shallowest(archive: Archive, pattern: re.Pattern[str]) -> str | None:
    """The shallowest member matching ``pattern``, or None."""
    found = archive.find(pattern)
    return found[0] if found else None


def _too_large(where: str) -> InputError:
    return InputError(f"{where}: larger than {describe_bytes(MAX_MEMBER_BYTES)} once uncompressed; refusing to "
                      "read it (a damaged or malicious zip?)")


def _utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark followed by text in which zero bytes are as common as in UTF-16 of Latin script (the
    exports' field names and numbers are ASCII): a mark followed by anything else is damage, not UTF-16."""
    if not data.startswith(_UTF16_BOMS):
        return False
    sample = data[len(_UTF16_BOMS[0]):ENCODING_SAMPLE_BYTES]
    return len(sample) % 2 == 0 and sample.count(0) >= UTF16_MIN_ZERO_SHARE * len(sample) > 0


def _listing(archive: zipfile.ZipFile) -> tuple[str, ...]:
    """The files of a zip as normalised relative paths, sorted, folders and macOS resource forks left out."""
    return tuple(sorted(_normalise(info.filename) for info in archive.infolist()
                        if not info.is_dir() and not info.filename.startswith(_IGNORED_PREFIXES)))


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
