"""Per-text readings, remembered: what a signal finds in one text is found once.

Several signals read each text for a pattern of their own (an earnings claim, a lead magnet, a pitch), a pure function
of the text. Two memories keep what they found:

- across accounts, the last :data:`TEXTS_REMEMBERED` texts of each reading (templates, pods and bots repeat across
  the accounts of a batch), bounded so that a batch of millions of accounts does not grow with them;
- within :func:`readings_remembered`, every text read in the block: the scorer opens it around a chunk of accounts and
  their platform views, which read the same texts again (a view is a part of its account), and which would otherwise
  read them twice whenever the chunk holds more texts than the bounded memory (an account of 50,000 posts does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import Any, TypeVar

__all__ = ["TEXTS_REMEMBERED", "readings_remembered", "remembered"]

TEXTS_REMEMBERED = 16_384

_F = TypeVar("_F", bound=Callable[..., Any])
# A context variable: one thread's block never holds another thread's readings.
_within: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("credscore_readings_within", default=None)


def remembered(reading: _F) -> _F:
    """``reading`` (a pure function of a text and hashable arguments), remembered as the module docstring says."""
    bounded = lru_cache(maxsize=TEXTS_REMEMBERED)(reading)

    @wraps(reading)
    def read(*arguments: Any) -> Any:
        found = _within.get()
        if found is None:
            return bounded(*arguments)
        key = (bounded, *arguments)
        try:
            return found[key]
        except KeyError:
            value = found[key] = bounded(*arguments)
            return value

    return read  # type: ignore[return-value]


@contextmanager
def readings_remembered() -> Iterator[None]:
    """Within the block, every reading of :func:`remembered` functions is kept until the block ends (nested blocks
    share the outer one's memory)."""
    if _within.get() is not None:
        yield
        return
    token = _within.set({})
    try:
        yield
    finally:
        _within.reset(token)
