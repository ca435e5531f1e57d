"""What ``credscore serve`` runs (the command itself is in :mod:`credscore.cli.serve`): the API under uvicorn."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from credscore.api.settings import ApiSettings

if TYPE_CHECKING:
    from credscore.scoring import Scorer

__all__ = ["run_server"]

logger = logging.getLogger(__name__)


def run_server(settings: ApiSettings, scorer: Scorer, *, host: str, port: int) -> None:
    """Serve the API on ``host:port`` until stopped; ``scorer`` is loaded by the caller, so that a bad model or
    rules file is reported before the server starts."""
    import uvicorn

    from credscore.api.app import create_app

    debug = logging.getLogger().isEnabledFor(logging.DEBUG)
    config = uvicorn.Config(create_app(settings, scorer=scorer), host=host, port=port, lifespan="on",
                            log_level="debug" if debug else "info", server_header=False)
    uvicorn.Server(config).run()
