"""The API's settings: which model and rules, how many threads, and every request limit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_MAX_BATCH",
    "DEFAULT_MAX_BODY_MB",
    "DEFAULT_MAX_POSTS_PER_ACCOUNT",
    "DEFAULT_SCORE_TIMEOUT",
    "MB",
    "ApiSettings",
]

MB = 1024 * 1024
DEFAULT_MAX_BODY_MB = 10.0
DEFAULT_MAX_BATCH = 100
DEFAULT_MAX_POSTS_PER_ACCOUNT = 50_000
DEFAULT_WORKER_THREADS = 4
DEFAULT_FETCH_THREADS = 4
DEFAULT_BODY_TIMEOUT = 30.0
"""Seconds for a whole request body to arrive: 10 MB take well under a second on any working link, while a
client trickling a byte now and then would otherwise hold its connection open for as long as it likes."""
DEFAULT_SCORE_TIMEOUT = 120.0
"""Seconds one request's accounts may take to score: the heaviest account the limits let in (50,000 posts of
low-vocabulary text) scores in a few seconds, so a request past this holds the one scoring thread from others."""


@dataclass(frozen=True, slots=True)
class ApiSettings:
    """What ``credscore serve`` was asked for. Every limit is answered with a JSON error naming it."""

    model: Path | None = None
    """A model file instead of the shipped one."""
    rules: Path | None = None
    """A rules file merged over the bundled rules."""
    worker_threads: int = DEFAULT_WORKER_THREADS
    """Threads that decode, validate and score request bodies (scoring itself runs one at a time)."""
    max_body_bytes: int = int(DEFAULT_MAX_BODY_MB * MB)
    """A larger request body is refused with 413 (``max_body_mb``)."""
    max_batch: int = DEFAULT_MAX_BATCH
    """More accounts in one request are refused with 413 (``max_batch``)."""
    max_posts: int = DEFAULT_MAX_POSTS_PER_ACCOUNT
    """An account with more posts is refused with 422 (``max_posts``)."""
    fetch: bool = True
    """Whether ``POST /v1/score`` fetches ``{"handle": ...}`` from Mastodon and Bluesky."""
    fetch_max_posts: int | None = None
    """Posts fetched per handle at most (default: the connectors' own default); never more than ``max_posts``."""
    fetch_threads: int = DEFAULT_FETCH_THREADS
    """Fetches running at once."""
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    """Seconds for a request's whole body to arrive from the request's start; later, 408 (``body_timeout``)."""
    score_timeout: float = DEFAULT_SCORE_TIMEOUT
    """Seconds for a request's accounts to be scored; later, 503 (``score_timeout``) and the rest is dropped."""

    def __post_init__(self) -> None:
        for name in ("worker_threads", "max_body_bytes", "max_batch", "max_posts", "fetch_max_posts", "fetch_threads"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        for name in ("body_timeout", "score_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be more than 0 seconds, got {getattr(self, name)}")

    @property
    def max_body_mb(self) -> float:
        return self.max_body_bytes / MB
