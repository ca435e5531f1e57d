"""Where chunks are scored: in this process, on a local process pool, or on a Dask cluster.

Every engine maps :func:`~credscore.batch.worker.score_chunk` over the chunks and yields the
results **in chunk order**, keeping a bounded number of chunks in flight, so that memory stays
flat and the output order is the input order whatever the engine.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any, Protocol

from credscore.batch.worker import ScorerSpec, score_chunk, tune_gc_for_scoring
from credscore.errors import CredscoreError
from credscore.reader import RawRecord

if TYPE_CHECKING:
    from credscore.scoring import Scorer

__all__ = ["DaskEngine", "Engine", "LocalEngine", "default_jobs"]

logger = logging.getLogger(__name__)

Chunk = tuple[int, list[RawRecord]]
Rows = list[dict[str, Any]]
# Chunks queued per worker beyond the one it is scoring: enough to keep it busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2
# A pool costs a start-up of its own (the warm fork server's, or every worker's where there is none): about as
# much CPU as scoring this many accounts, and it pays only with a few chunks per worker to share out (measured
# with benchmarks/throughput.py). A worker given fewer accounts costs more than it saves.
ACCOUNTS_PER_WORKER = 1_000


class EngineError(CredscoreError):
    """The engine itself failed (a lost cluster, a worker that keeps dying); resume once it is fixed."""


def default_jobs(records: int | None = None) -> int:
    """The worker processes that help: the cores this process may use (its CPU affinity where the platform
    tells it), but no more than one per :data:`ACCOUNTS_PER_WORKER` of ``records`` when their number is known."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    return cores if records is None else max(1, min(cores, records // ACCOUNTS_PER_WORKER))


class Engine(Protocol):
    def map(self, spec: ScorerSpec | Scorer, chunks: Iterable[Chunk]) -> Iterator[tuple[int, Rows]]: ...


class LocalEngine:
    """This machine: ``jobs`` worker processes (joblib's loky pool), or this process alone when ``jobs`` is 1.

    ``warm_workers`` forks the workers from a server that has loaded the libraries and the shipped scorer once,
    instead of starting each afresh (seconds of CPU per worker). Each worker then imports the program's main
    module first, as with Python's own ``spawn`` and ``forkserver`` start methods: only for a program whose
    entry point is guarded by ``if __name__ == "__main__":`` (the ``credscore`` command is). With ``jobs`` 1,
    ``warm_workers`` says that this process is such a program's and only scores: once its first chunk is scored,
    what it has loaded is set apart from the garbage collector, which then collects less often (see
    :func:`~credscore.batch.worker.tune_gc_for_scoring`), as in the workers.
    """

    def __init__(self, jobs: int | None = None, *, warm_workers: bool = False) -> None:
        self.jobs = jobs or default_jobs()
        self.warm_workers = warm_workers

    def map(self, spec: ScorerSpec | Scorer, chunks: Iterable[Chunk]) -> Iterator[tuple[int, Rows]]:
        if self.jobs == 1 or not isinstance(spec, ScorerSpec):
            if not isinstance(spec, ScorerSpec) and self.jobs > 1:
                logger.info("a Scorer object is scored in this process; pass a ScorerSpec to use %d jobs", self.jobs)
            for index, records in chunks:
                rows = score_chunk(spec, records)
                if self.warm_workers:
                    # After the first chunk: the scorer has built its pipelines and language models by then.
                    _tune_gc_once()
                yield index, rows
            return
        if not logger.isEnabledFor(logging.DEBUG):
            _quiet_loky_resource_tracker()
        if self.warm_workers:
            # Before joblib is imported (a fifth of a second) and the first chunks are read: the server loads meanwhile.
            _start_warm_server()
        from joblib import Parallel, delayed

        indices: deque[int] = deque()

        def tasks():
            for index, records in chunks:
                indices.append(index)
                yield delayed(score_chunk)(spec, records)

        # An ordered generator with bounded pre-dispatch: results come back in chunk order, and only a few
        # chunks are read ahead of the slowest worker.
        parallel = Parallel(n_jobs=self.jobs, return_as="generator", batch_size=1,
                            pre_dispatch=f"{IN_FLIGHT_PER_WORKER + 1}*n_jobs")
        # joblib starts the workers and sends the first chunks before it returns the generator.
        # Workers forked from the warm server ignore Ctrl-C from birth; started afresh, they must be started while
        # this process ignores it (see _workers_started_deaf_to_ctrl_c).
        with (_forked_from_a_warm_server() if self.warm_workers else nullcontext(False) as deaf_workers,
              nullcontext() if deaf_workers else _workers_started_deaf_to_ctrl_c()):
            results = parallel(tasks())
        for rows in results:
            yield indices.popleft(), rows


_gc_tuned = False


def _tune_gc_once() -> None:
    """:func:`~credscore.batch.worker.tune_gc_for_scoring`, once in this process (a collection costs time)."""
    global _gc_tuned
    if not _gc_tuned:
        tune_gc_for_scoring()
        _gc_tuned = True


# What the fork server imports before forking any worker (see credscore.batch.warm).
WARM_MODULE = "credscore.batch.warm"


_server_is_ours = False


@contextmanager
def _forked_from_a_warm_server() -> Iterator[bool]:
    """Start the pool's workers from a fork server that has imported the libraries and built the shipped scorer.

    Started afresh (loky's default), each worker pays seconds of CPU to import spaCy and load
    the model and pipelines: on two cores, a run cost far more CPU than on one. A fork server does that once
    and forks every worker from there (a clean, single-threaded process: safe to fork, unlike this one). The
    server is started deaf to Ctrl-C, and so are the workers it forks (see ``credscore.batch.warm``): this
    process alone stops a run, and hears Ctrl-C all along, even while the server is still loading.

    Yields whether the workers come from such a server. Not where the platform has no fork server, nor when
    loky's start method was chosen elsewhere, nor when this process's fork server was started by someone else.
    The start method is put back once the pool exists (it keeps its own).
    """
    from joblib.externals.loky.backend import context as loky_context  # type: ignore[import-untyped]

    if not _start_warm_server() or loky_context.get_start_method() is not None:
        yield False
        return
    loky_context.set_start_method("forkserver", force=True)
    try:
        yield True
    finally:
        loky_context.set_start_method(None, force=True)


def _start_warm_server() -> bool:
    """Start this process's warm fork server (see :func:`_forked_from_a_warm_server`) unless it runs already, and
    tell whether the pool's workers can be forked from it.

    The server only starts here, and loads in the background. Not where the platform has no fork server, nor when
    loky's start method was chosen elsewhere, nor when this process's fork server was started by someone else.
    """
    global _server_is_ours
    import multiprocessing
    from multiprocessing import forkserver

    # loky's module is imported with joblib: when it is not imported yet, nobody has chosen its start method.
    loky_context = sys.modules.get("joblib.externals.loky.backend.context")
    if "forkserver" not in multiprocessing.get_all_start_methods() or (
            loky_context is not None and loky_context.get_start_method() is not None):
        return False
    server = forkserver._forkserver
    if getattr(server, "_forkserver_pid", None) is not None:
        return _server_is_ours  # started by someone else: its workers may hear Ctrl-C
    server.set_forkserver_preload([WARM_MODULE])
    with _workers_started_deaf_to_ctrl_c():
        server.ensure_running()
    _server_is_ours = True
    return True


# The resource tracker (a process of its own: loky's, or Python's own when the workers come from the warm fork
# server) warns about the semaphores of workers stopped mid-run, which a Ctrl-C does on purpose, and cleans them up
# anyway: noise under the one "interrupted" line, shown with --debug.
_TRACKER_WARNINGS = ("ignore::UserWarning:joblib.externals.loky.backend.resource_tracker",
                     "ignore::UserWarning:multiprocessing.resource_tracker")


def _quiet_loky_resource_tracker() -> None:
    """Pass the filters to the trackers through ``PYTHONWARNINGS`` (read when they start), keeping the user's."""
    current = os.environ.get("PYTHONWARNINGS", "")
    missing = [rule for rule in _TRACKER_WARNINGS if rule not in current.split(",")]
    if missing:
        os.environ["PYTHONWARNINGS"] = ",".join(filter(None, (current, *missing)))


@contextmanager
def _workers_started_deaf_to_ctrl_c() -> Iterator[None]:
    """Ignore Ctrl-C while worker processes are started, so that they ignore it for good.

    Ctrl-C reaches every process of the terminal's foreground group; a worker that received it would print a
    traceback (even while still importing), and the pool's result queue would break (a loky ``KeyError``).
    An ignored signal stays ignored in a started program (Python keeps it so), unlike a handler. This process
    listens again as soon as the workers are started (and, with joblib, the first chunks sent): it alone stops
    the run. A Ctrl-C within that window (tens of milliseconds for joblib, about a second for a local Dask
    cluster) is not seen; pressing it again stops the run.
    """
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main_thread else None
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


# The task size above which Dask warns about a "large graph": far above any chunk (see DaskEngine.run).
LARGE_TASK_WARNING = "2GB"
# A port the system chooses for a local cluster's HTTP server (see DaskEngine).
LOCAL_DASHBOARD_ADDRESS = ":0"


class DaskEngine:
    """A Dask cluster: an existing scheduler's address, or a local cluster of ``workers`` processes.

    The client reads the input and sends chunks to the workers; the workers send rows back. Workers
    need credscore installed, nothing else: the model and rules travel with the job. A chunk whose
    worker dies is scored again on another worker (Dask reschedules it), so a lost worker loses nothing.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, *, connect_timeout: float = 30.0
                 ) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.connect_timeout = connect_timeout

    def map(self, spec: ScorerSpec | Scorer, chunks: Iterable[Chunk]) -> Iterator[tuple[int, Rows]]:
        if not isinstance(spec, ScorerSpec):
            raise TypeError("the Dask engine needs a ScorerSpec (the model and rules as bytes), not a Scorer")
        quiet = not logger.isEnabledFor(logging.DEBUG)
        if quiet:
            # Dask logs every worker's comings and goings at INFO, and a shutdown race as an ERROR with a traceback:
            # noise on a user's terminal. --debug shows it all. (The variable reaches the worker processes.)
            os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
        import dask
        from distributed import Client, LocalCluster

        dask_logger = logging.getLogger("distributed")
        # A run stopped mid-way (Ctrl-C) can leave one of Dask's comm tasks failing on a closed worker, which
        # asyncio reports as "Task exception was never retrieved": shutdown noise, shown with --debug only.
        asyncio_logger = logging.getLogger("asyncio")
        level, asyncio_level = dask_logger.level, asyncio_logger.level
        if quiet:
            dask_logger.setLevel(logging.CRITICAL)
            asyncio_logger.setLevel(logging.CRITICAL)
        cluster = client = None
        try:
            if self.scheduler is None:
                with _workers_started_deaf_to_ctrl_c():
                    # The scheduler serves its HTTP endpoints whatever `dashboard_address` says (None does not turn
                    # them off: dask/distributed issue 8136): a free port of the system's choosing, so that a
                    # dashboard already on 8787 (a notebook's cluster) is no conflict.
                    cluster = LocalCluster(n_workers=self.workers or default_jobs(), threads_per_worker=1,
                                           processes=True, dashboard_address=LOCAL_DASHBOARD_ADDRESS)
            try:
                client = Client(cluster if cluster is not None else self.scheduler, timeout=self.connect_timeout)
            except OSError as exc:
                raise EngineError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from None
            # A chunk's accounts travel inside its task, once each, so that a task lost with its worker is run
            # again elsewhere (scattered data would be lost with it). A thousand accounts make a task of megabytes,
            # which Dask would warn the user about as a "large graph"; that advice does not apply here.
            with dask.config.set({"distributed.admin.large-graph-warning-threshold": LARGE_TASK_WARNING}):
                yield from self._map(client, spec, chunks)
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
            dask_logger.setLevel(level)
            asyncio_logger.setLevel(asyncio_level)

    @staticmethod
    def _map(client, spec: ScorerSpec, chunks: Iterable[Chunk]) -> Iterator[tuple[int, Rows]]:
        from distributed import KilledWorker

        workers = max(1, len(client.scheduler_info().get("workers", {})))
        shared_spec = client.scatter(spec, broadcast=True, hash=False)
        window: deque[tuple[int, Any]] = deque()

        def collect() -> tuple[int, Rows]:
            index, future = window.popleft()
            try:
                return index, future.result()
            except KilledWorker as exc:
                raise EngineError(f"chunk {index} killed its workers repeatedly ({exc}); rerun with --resume "
                                  "once the cluster is healthy") from None
            finally:
                future.release()

        for index, records in chunks:
            window.append((index, client.submit(score_chunk, shared_spec, records, pure=False,
                                                key=f"credscore-chunk-{index}-{id(window)}")))
            if len(window) > workers * (IN_FLIGHT_PER_WORKER + 1):
                yield collect()
        while window:
            yield collect()
