"""The ``credscore`` command line: a thin layer over the library, in one package.

Each command lives in its own module, which registers it on the app it is handed (``register(app)``);
the options the commands share are declared once, in :mod:`credscore.cli.options`. Nothing in the
library imports this package.

Every error a user can cause is one clear line on stderr (exit status 2); ``--debug`` shows the
traceback. ``batch`` and ``report`` exit with status 1 when a record failed (its row is still
written); an interrupted command exits with status 130.
"""

from __future__ import annotations

import atexit
import gc
import logging
from typing import Annotated

import typer

from credscore.cli import batch, imports, report, schema, score, serve, synth, train
from credscore.cli.errors import run
from credscore.cli.options import (
    EXIT_INTERNAL_ERROR,
    EXIT_INTERRUPTED,
    EXIT_RECORDS_FAILED,
    EXIT_USER_ERROR,
    Lang,
    OutputFormat,
)

__all__ = [
    "COMMANDS", "EXIT_INTERNAL_ERROR", "EXIT_INTERRUPTED", "EXIT_RECORDS_FAILED", "EXIT_USER_ERROR", "Lang",
    "OutputFormat", "app", "create_app", "main",
]

# The command modules, in the order `credscore --help` lists them.
COMMANDS = (score, batch, report, imports, train, synth, serve, schema)

# Allocations between two collections of the youngest generation (Python's default is 700). Loading spaCy and
# scikit-learn allocates millions of long-lived objects: at 700 the collector runs thousands of times and keeps
# walking the older ones, about a tenth of a verdict's CPU time; a few thousand more young objects cost nothing.
GC_YOUNG_THRESHOLD = 5000

_state = {"debug": False}
_freeze_at_exit = {"registered": False}


def _show_version(value: bool) -> None:
    if value:
        from credscore import __version__

        typer.echo(f"credscore {__version__}")
        raise typer.Exit()


def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Tell a credible social-media expert from a fake, with the evidence behind the verdict."""
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def create_app() -> typer.Typer:
    """The ``credscore`` app with every command registered."""
    application = typer.Typer(
        name="credscore",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        # Plain help: the rich layout prints a type such as <bool> beside every flag.
        rich_markup_mode=None,
    )
    application.callback()(_main)
    for module in COMMANDS:
        module.register(application)
    return application


app = create_app()


def main() -> None:
    """Console entry point: user errors are one line, never a traceback."""
    if not _freeze_at_exit["registered"]:
        # Everything alive when a command ends is freed with the process anyway; without this, Python's last
        # garbage collection walks all of it (spaCy's and scikit-learn's objects): about 0.4 s of CPU per run.
        atexit.register(gc.freeze)
        _freeze_at_exit["registered"] = True
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    run(app, _state)
