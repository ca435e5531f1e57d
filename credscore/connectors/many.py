"""Fetch many public accounts: bounded concurrency, per host and overall, results in input order.

A researcher's list of handles may name thousands of accounts on a few instances. Fetches run on
:data:`MAX_WORKERS` threads sharing one HTTP client (one connection pool), at most
:data:`PER_HOST` at a time against any one host, so that no instance is hammered; each host's own
rate limits (``429`` with ``Retry-After``) are honoured by the shared HTTP policy. At most
``MAX_WORKERS × LOOKAHEAD`` fetches are pending at once, so memory does not grow with the list.
A handle that cannot be fetched comes out as its error, in its place; the others go on.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from urllib.parse import urlsplit

import httpx

from credscore.account import Account
from credscore.connectors import DEFAULT_MAX_POSTS, _split_spec, fetch_account
from credscore.connectors.http import make_client
from credscore.errors import CredscoreError, InputError

__all__ = ["MAX_WORKERS", "PER_HOST", "fetch_many", "host_of"]

MAX_WORKERS = 4
PER_HOST = 2
# Fetches submitted ahead of the one being waited for, per worker.
LOOKAHEAD = 2
BLUESKY_HOST = "public.api.bsky.app"


def host_of(spec: str) -> str:
    """The host a spec's fetch talks to (for the per-host limit); raises InputError for a bad spec."""
    prefix, target = _split_spec(spec)
    if prefix == "bluesky":
        return BLUESKY_HOST
    if "://" in target:
        return urlsplit(target).hostname or "local"
    if prefix == "rss":
        return "local"
    # @user@instance, user@instance
    return target.rsplit("@", 1)[-1].lower()


class _HostLimits:
    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._lock = threading.Lock()
        self._semaphores: dict[str, threading.BoundedSemaphore] = {}

    def of(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            return self._semaphores.setdefault(host, threading.BoundedSemaphore(self._per_host))


def fetch_many(specs: Iterable[str], *, max_posts: int = DEFAULT_MAX_POSTS, client: httpx.Client | None = None,
               workers: int = MAX_WORKERS, per_host: int = PER_HOST) -> Iterator[tuple[str, Account | CredscoreError]]:
    """``(spec, account or error)`` for each spec, in input order."""
    limits = _HostLimits(per_host)

    def fetch(spec: str, shared: httpx.Client) -> Account | CredscoreError:
        try:
            with limits.of(host_of(spec)):
                return fetch_account(spec, client=shared, max_posts=max_posts)
        except CredscoreError as exc:
            return exc
        except Exception as exc:  # a connector bug on one handle must not stop the list
            return InputError(f"{spec}: could not be fetched ({type(exc).__name__}: {exc})")

    with ExitStack() as stack:
        shared = client if client is not None else stack.enter_context(make_client())
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=workers, thread_name_prefix="credscore-fetch"))
        pending: deque[tuple[str, Future[Account | CredscoreError]]] = deque()
        for spec in specs:
            pending.append((spec, pool.submit(fetch, spec, shared)))
            if len(pending) >= workers * LOOKAHEAD:
                done_spec, future = pending.popleft()
                yield done_spec, future.result()
        while pending:
            done_spec, future = pending.popleft()
            yield done_spec, future.result()
