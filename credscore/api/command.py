"""``credscore serve``: the HTTP API under uvicorn (see the README's "HTTP API")."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from credscore.api.settings import (
    DEFAULT_FETCH_THREADS,
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BODY_MB,
    DEFAULT_MAX_POSTS_PER_ACCOUNT,
    DEFAULT_WORKER_THREADS,
    MB,
    ApiSettings,
)

__all__ = ["serve_command"]

logger = logging.getLogger(__name__)


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    model: Annotated[Path | None, typer.Option("--model", help="A model file (.skops) instead of the shipped one.")]
    = None,
    rules: Annotated[Path | None, typer.Option("--rules", help="Your rules file, merged over the bundled rules.")]
    = None,
    worker_threads: Annotated[int, typer.Option(
        "--workers-threads", min=1, help="Threads that decode, validate and score requests.")] = DEFAULT_WORKER_THREADS,
    max_body_mb: Annotated[float, typer.Option(
        min=0.001, help="Largest request body, in MB; larger is refused with 413.")] = DEFAULT_MAX_BODY_MB,
    max_batch: Annotated[int, typer.Option(
        min=1, help="Most accounts in one request; more is refused with 413.")] = DEFAULT_MAX_BATCH,
    max_posts: Annotated[int, typer.Option(
        min=1, help="Most posts in one account; more is refused with 422.")] = DEFAULT_MAX_POSTS_PER_ACCOUNT,
    fetch: Annotated[bool, typer.Option(
        "--fetch/--no-fetch", help="Whether POST /v1/score fetches {\"handle\": ...} from Mastodon and Bluesky.")]
    = True,
) -> None:
    """Serve the HTTP API: POST /v1/score, /v1/score/batch, /v1/report; GET /v1/health, /v1/model; docs at /docs."""
    import uvicorn

    from credscore.api.app import create_app
    from credscore.scoring import Scorer

    settings = ApiSettings(model=model, rules=rules, worker_threads=worker_threads,
                           max_body_bytes=int(max_body_mb * MB), max_batch=max_batch, max_posts=max_posts,
                           fetch=fetch, fetch_threads=DEFAULT_FETCH_THREADS)
    # Loaded here rather than in the app's start-up, so that a bad --model or --rules is one clear line.
    scorer = Scorer(model=model, rules=rules)
    debug = logging.getLogger().isEnabledFor(logging.DEBUG)
    config = uvicorn.Config(create_app(settings, scorer=scorer), host=host, port=port, lifespan="on",
                            log_level="debug" if debug else "info", server_header=False)
    uvicorn.Server(config).run()
