"""One scoring thread for the whole server, which scores together the accounts that arrive together.

Scoring one account costs mostly fixed overhead (scikit-learn's input checks, one spaCy pass):
scoring 25 accounts in one :meth:`~credscore.scoring.Scorer.score_many` call takes about the time
of 2 or 3 single calls. So requests do not call the scorer themselves: they queue their accounts
(:meth:`ScoringQueue.submit`) and get a future. The scoring thread takes the first job waiting
and every job queued behind it, up to :data:`MAX_ACCOUNTS_PER_CALL` accounts and
:data:`MAX_POSTS_PER_CALL` posts, scores them in one call and hands each job its own verdicts.
Under load, throughput grows with the queue; alone, a request waits for nobody.

The same account gets the same verdict alone or in company (each account is analysed, featurised
and scored on its own). Should a combined call fail, each job is scored alone, so that an account
that breaks the scorer fails only its own request. A job whose request has gone (its future was
cancelled) is not scored. One thread also means the spaCy pipelines, which promise no thread
safety, are only ever used by one thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

from credscore.account import Account
from credscore.scoring import Scorer
from credscore.verdict import Verdict

__all__ = ["MAX_ACCOUNTS_PER_CALL", "MAX_POSTS_PER_CALL", "ScoringQueue"]

logger = logging.getLogger(__name__)

MAX_ACCOUNTS_PER_CALL = 64
MAX_POSTS_PER_CALL = 20_000
"""A combined call stops taking jobs past this many posts (a job is never split)."""


@dataclass(eq=False)
class _Job:
    accounts: list[Account]
    future: Future[list[Verdict]] = field(default_factory=Future)

    @property
    def posts(self) -> int:
        return sum(len(account.posts) for account in self.accounts)


_STOP = _Job([])
"""Queued by :meth:`ScoringQueue.stop`: the thread ends when it comes to it."""


class ScoringQueue:
    """The scoring thread and its queue; :meth:`start` before :meth:`submit`, :meth:`stop` at shutdown."""

    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="credscore-scoring", daemon=True)
        self.calls = 0
        """How many calls into the scorer were made (for tests and curiosity)."""

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        if self._thread.is_alive():
            self._jobs.put(_STOP)
            self._thread.join(timeout)

    def submit(self, accounts: Sequence[Account]) -> Future[list[Verdict]]:
        """The verdicts of ``accounts``, in order, once scored."""
        job = _Job(list(accounts))
        if not job.accounts:
            job.future.set_result([])
        else:
            self._jobs.put(job)
        return job.future

    def _run(self) -> None:
        pending: _Job | None = None
        while True:
            job = pending if pending is not None else self._jobs.get()
            pending = None
            if job is _STOP:
                return
            jobs = [job]
            accounts, posts = len(job.accounts), job.posts
            # Take what is already waiting, without waiting for more.
            while accounts < MAX_ACCOUNTS_PER_CALL and posts < MAX_POSTS_PER_CALL:
                try:
                    following = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if following is _STOP or accounts + len(following.accounts) > MAX_ACCOUNTS_PER_CALL:
                    pending = following
                    break
                jobs.append(following)
                accounts, posts = accounts + len(following.accounts), posts + following.posts
            self._score([job for job in jobs if job.future.set_running_or_notify_cancel()])

    def _score(self, jobs: list[_Job]) -> None:
        if not jobs:
            return
        try:
            self.calls += 1
            verdicts = self.scorer.score_many([account for job in jobs for account in job.accounts])
        except Exception as exc:
            if len(jobs) == 1:
                logger.exception("scoring %d account(s) failed", len(jobs[0].accounts))
                jobs[0].future.set_exception(exc)
                return
            logger.warning("scoring %d requests together failed; scoring each alone", len(jobs))
            for job in jobs:
                self._score_alone(job)
            return
        start = 0
        for job in jobs:
            job.future.set_result(verdicts[start:start + len(job.accounts)])
            start += len(job.accounts)

    def _score_alone(self, job: _Job) -> None:
        try:
            self.calls += 1
            job.future.set_result(self.scorer.score_many(job.accounts))
        except Exception as exc:
            logger.exception("scoring %d account(s) failed", len(job.accounts))
            job.future.set_exception(exc)

