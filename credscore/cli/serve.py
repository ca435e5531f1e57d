"""``credscore serve``: the HTTP API (see the README's "HTTP API")."""

from __future__ import annotations

from typing import Annotated

import typer

from credscore.api.settings import (
    DEFAULT_FETCH_THREADS,
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BODY_MB,
    DEFAULT_MAX_POSTS_PER_ACCOUNT,
    DEFAULT_SCORE_TIMEOUT,
    DEFAULT_WORKER_THREADS,
    MB,
    ApiSettings,
)
from credscore.cli.options import ModelOption, RulesOption, TrustOption, make_scorer


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOption = None,
    rules: RulesOption = None,
    trust_model: TrustOption = False,
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
    score_timeout: Annotated[float, typer.Option(
        min=0.001, help="Seconds one request's accounts may take to score; later, 503 and the rest is dropped.")]
    = DEFAULT_SCORE_TIMEOUT,
) -> None:
    """Serve the HTTP API: POST /v1/score, /v1/score/batch, /v1/report; GET /v1/health, /v1/model; docs at /docs."""
    from credscore.api.command import run_server

    settings = ApiSettings(model=model, rules=rules, worker_threads=worker_threads,
                           max_body_bytes=int(max_body_mb * MB), max_batch=max_batch, max_posts=max_posts,
                           fetch=fetch, fetch_threads=DEFAULT_FETCH_THREADS, score_timeout=score_timeout)
    # Loaded here rather than in the app's start-up, so that a bad --model or --rules is one clear line.
    run_server(settings, make_scorer(model, rules, trust_model), host=host, port=port)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
