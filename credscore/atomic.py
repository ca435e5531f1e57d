"""Write a file atomically: readers (and a crash) see the old file or the whole new one, never a part.

The content goes to a temporary file beside the target, is flushed to disk, then renamed over it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from credscore.errors import InputError

__all__ = ["check_output_folder", "write_atomically"]


def check_output_folder(path: Path) -> None:
    """Refuse an output whose folder does not exist.

    Every command treats a missing output folder the same way: it is an error, never created, so that a
    mistyped path does not scatter folders (the user creates the folder, as for a shell redirection).
    """
    folder = path.parent
    if not folder.is_dir():
        raise InputError(f"{path}: cannot be written: no folder {folder} (create it first)")


def write_atomically(path: Path, write: Callable[[IO[Any]], object], *, binary: bool = False) -> None:
    """Call ``write(stream)`` on a temporary file beside ``path``, then rename it to ``path``.

    A folder that cannot be written to is an :class:`InputError` naming ``path``; any failure while
    writing leaves ``path`` as it was and no temporary file behind.
    """
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    try:
        stream: IO[Any] = (os.fdopen(handle, "wb") if binary
                           else os.fdopen(handle, "w", encoding="utf-8", newline=""))
        with stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; give it the permissions any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        raise
