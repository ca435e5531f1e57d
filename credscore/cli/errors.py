"""How the command line ends: every error a user can cause is one line on stderr, never a traceback.

Usage errors (an unknown option or command, a missing argument, a bad choice) exit with status 2,
as do the library's :class:`~credscore.errors.CredscoreError`; Ctrl-C exits with 130; anything
else is a bug, reported in one line with status 3 (``--debug`` shows the traceback).
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import typer

from credscore.cli.options import EXIT_INTERNAL_ERROR, EXIT_INTERRUPTED, EXIT_USER_ERROR
from credscore.errors import CredscoreError

__all__ = ["interrupted", "one_line", "run"]

_interruption = {"reported": False}


def interrupted(next_step: str) -> NoReturn:
    """End a command stopped by Ctrl-C with one line saying what to run next (exit status 130)."""
    typer.echo(f"interrupted — {next_step}", err=True)
    _interruption["reported"] = True
    raise typer.Exit(EXIT_INTERRUPTED)


def one_line(text: str) -> str:
    """``text`` on one line, printable on any terminal (a message may quote what was read)."""
    return " ".join(text.split()).encode("utf-8", "backslashreplace").decode("utf-8")


def _usage_line(exc: Any) -> str:
    """``error: <what>`` and where to look, on one line: ``credscore score: No such option: --formt``."""
    context = getattr(exc, "ctx", None)
    path = getattr(context, "command_path", None)
    where = f"{path}: " if path else ""
    command = path if path else "credscore"
    return f"error: {where}{one_line(exc.format_message())} (see `{command} --help`)"


def run(app: typer.Typer, debug: dict[str, bool], args: list[str] | None = None) -> NoReturn:
    """Run ``app`` on ``args`` (default: the command line) and exit with its status."""
    try:
        # Without standalone mode Typer returns the status of `typer.Exit` instead of exiting, and raises usage
        # errors instead of printing them in a box over several lines.
        status = app(args=args, standalone_mode=False)
        if status == EXIT_INTERRUPTED and not _interruption["reported"]:
            # Typer turns a Ctrl-C outside a command's own handling into a silent exit status 130.
            typer.echo("interrupted", err=True)
        sys.exit(status if isinstance(status, int) else 0)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except CredscoreError as exc:
        if debug["debug"]:
            raise
        typer.echo(f"error: {one_line(str(exc))}", err=True)
        sys.exit(EXIT_USER_ERROR)
    except Exception as exc:
        # Typer (pinned to 0.29) vendors its own Click: its usage errors derive from typer.TyperException and
        # carry exit_code and format_message().
        if isinstance(exc, typer.TyperException):
            code = getattr(exc, "exit_code", EXIT_USER_ERROR)
            if code == 0:  # a flag such as --help that ends the command early
                sys.exit(0)
            typer.echo(_usage_line(exc), err=True)
            sys.exit(EXIT_USER_ERROR)
        if isinstance(exc, typer.Exit):
            sys.exit(exc.exit_code)
        if isinstance(exc, typer.Abort):
            typer.echo("aborted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        if debug["debug"]:
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {one_line(str(exc))} (run with --debug for details, "
                   "and please report it)", err=True)
        sys.exit(EXIT_INTERNAL_ERROR)
