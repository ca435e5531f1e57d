"""Imported by the fork server the local pool's workers are forked from: the shipped scorer, built once.

A worker started afresh imports spaCy and loads the model and pipelines: seconds of
CPU, paid again by every worker. Forked from a server that has done it once (and has scored the bundled
examples, which builds what a scorer builds on first use: see :func:`~credscore.batch.worker.warm_up`),
every worker starts with all of it in place (shared copy-on-write), and a two-core run costs about the CPU
of a one-core run. What the server loaded is then set apart from the garbage collector, so that the
workers' collections neither walk it nor copy the pages it lies on (see
:func:`~credscore.batch.worker.tune_gc_for_scoring`).
Nothing here may fail the server: a scorer that cannot be built is built (and its error reported) by
the worker, as without this module.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

# First of all: the server, and every worker it forks (they take back the handlers the server had when it
# finished loading this module), ignore Ctrl-C; the process that runs the batch stops them.
signal.signal(signal.SIGINT, signal.SIG_IGN)

logger = logging.getLogger(__name__)

# The process running the batch (the server's parent), and what a worker forked after it stopped meets: the
# pipes, semaphores and files it shared with the batch, gone.
_BATCH = os.getppid()
_ORPHANED = (FileNotFoundError, EOFError, BrokenPipeError, ConnectionError)


def _quiet_when_orphaned(kind, value, traceback) -> None:
    """A worker born after Ctrl-C stopped the batch fails at once: no traceback under the "interrupted" line.

    The fork server prints what a worker fails with through ``sys.excepthook``. A worker fails so when the batch has
    ended, or while it is still ending: the pool's semaphores it was handed are gone before it could even read what
    it is to run (the batch unlinks them as it stops). Any other failure is shown.
    """
    if isinstance(value, _ORPHANED) and (_batch_gone() or _before_it_ran(traceback)):
        return
    sys.__excepthook__(kind, value, traceback)


def _before_it_ran(traceback) -> bool:
    """Whether the failure came while the new process was reading what it is to run (``multiprocessing.spawn``'s
    ``_main`` unpickling it), not from the worker's own life (``_bootstrap``, which runs it)."""
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_name == "_main" and Path(code.co_filename).parts[-2:] == ("multiprocessing", "spawn.py"):
            after = traceback.tb_next
            return after is None or after.tb_frame.f_code.co_name != "_bootstrap"
        traceback = traceback.tb_next
    return False


def _batch_gone() -> bool:
    """Whether the batch process has ended: the server (this worker's parent) is no longer its child.

    (A batch that has ended may linger unreaped, so whether its process id exists says nothing.)
    """
    try:
        stat = Path(f"/proc/{os.getppid()}/stat").read_text()
    except OSError:  # no /proc: ask the process itself
        try:
            os.kill(_BATCH, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False
    return int(stat.rsplit(")", 1)[1].split()[1]) != _BATCH


sys.excepthook = _quiet_when_orphaned

try:
    from credscore.batch.worker import ScorerSpec, tune_gc_for_scoring, warm_up

    warm_up(ScorerSpec())
    tune_gc_for_scoring()  # inherited by every worker forked from here
except Exception:  # the worker builds it again and reports what went wrong, with its own message
    logger.debug("the fork server could not build the shipped scorer", exc_info=True)
