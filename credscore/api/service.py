"""What the endpoints do, off the event loop: decode, validate, score, redact, render, fetch.

Scoring happens on the one thread of :class:`~credscore.api.coalesce.ScoringQueue` (spaCy makes
no promise that a pipeline may be used by several threads at once; its vocabulary and tokenizer
caches grow as texts come in), which scores together the accounts of requests that arrive
together. Decoding and validating bodies, redacting and rendering run beside it on up to
``worker_threads`` threads (an anyio capacity limiter); requests beyond that wait on the event
loop without holding a thread. The event loop itself never scores, so ``/v1/health`` and
``/v1/model`` answer while a batch is being scored. Fetches by handle have their own limiter
(``fetch_threads``): waiting on a remote instance holds no other thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import httpx

from credscore.account import Account
from credscore.api.coalesce import ScoringQueue
from credscore.api.documents import Record
from credscore.api.errors import ApiError, error_body
from credscore.api.settings import ApiSettings
from credscore.api.ssrf import FetchRefusedError, GuardedTransport, fetch_target, public_addresses
from credscore.connectors import DEFAULT_MAX_POSTS, fetch_account
from credscore.connectors.http import make_client
from credscore.errors import InputError
from credscore.scoring import Scorer
from credscore.verdict import Verdict

__all__ = ["ScoringService", "shown_verdict"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ScoringService:
    """Score, fetch, redact and render for the endpoints; the methods named ``*_sync`` block (worker threads only)."""

    def __init__(self, scorer: Scorer, settings: ApiSettings, *,
                 fetch_transport: httpx.BaseTransport | None = None) -> None:
        self.scorer = scorer
        self.settings = settings
        self.queue = ScoringQueue(scorer)
        self._workers = anyio.CapacityLimiter(settings.worker_threads)
        self._fetchers = anyio.CapacityLimiter(settings.fetch_threads)
        # Tests replace the network under the SSRF guard; the guard itself always runs.
        self._fetch_transport = fetch_transport

    async def in_thread(self, function: Callable[..., T], *args: Any) -> T:
        return await anyio.to_thread.run_sync(function, *args, limiter=self._workers)

    def start(self) -> None:
        self.queue.start()

    def stop(self) -> None:
        self.queue.stop()

    async def score(self, accounts: Sequence[Account]) -> list[Verdict]:
        """Await the verdicts on the event loop, holding no thread while the scoring thread works."""
        return await asyncio.wrap_future(self.queue.submit(accounts))

    def score_sync(self, accounts: Sequence[Account]) -> list[Verdict]:
        """The same, from a worker thread."""
        return self.queue.submit(accounts).result()

    async def score_records(self, records: Sequence[Record]) -> dict[int, Verdict | dict[str, Any]]:
        """The verdict of each valid record by index, or the error body of one that broke the scorer.

        Each account is queued on its own, so that the scoring thread scores them together yet fails
        only the account that breaks it (see :mod:`credscore.api.coalesce`).
        """
        futures = {record.index: self.queue.submit([record.account]) for record in records
                   if record.account is not None}
        results: dict[int, Verdict | dict[str, Any]] = {}
        try:
            for record in records:
                if record.index not in futures:
                    continue
                try:
                    (results[record.index],) = await asyncio.wrap_future(futures[record.index])
                except Exception:  # logged with its traceback by the scoring thread
                    results[record.index] = error_body("internal_error", f"{record.id}: could not be scored "
                                                       "(internal error; the server's log has the details)")
        finally:
            # Cancelled (the client left): the accounts still queued are not scored (see ScoringQueue).
            for future in futures.values():
                future.cancel()
        return results

    def rows_sync(self, records: Sequence[Record], scored: dict[int, Verdict | dict[str, Any]],
                  redact: bool) -> list[dict[str, Any]]:
        """One batch row per record, in order: its verdict, or the error that kept it from being scored."""
        rows = []
        for record in records:
            result = scored.get(record.index)
            if isinstance(result, Verdict) and record.account is not None:
                rows.append({"index": record.index, "id": record.id,
                             "verdict": shown_verdict(result, record.account, redact).to_dict(), "error": None})
            else:
                rows.append({"index": record.index, "id": record.id, "verdict": None, "error": result or record.error})
        return rows

    def report_sync(self, records: Sequence[Record], scored: dict[int, Verdict | dict[str, Any]], lang: str | None,
                    redact: bool) -> str:
        """The HTML report of the records that were scored; the others are listed in it as errors."""
        from credscore.report import render_report

        verdicts, accounts, errors, codes = [], [], [], set()
        for record in records:
            result = scored.get(record.index)
            if isinstance(result, Verdict) and record.account is not None:
                verdicts.append(shown_verdict(result, record.account, redact))
                accounts.append(record.account)
            else:
                problem = (result if isinstance(result, dict) else None) or record.error or {}
                errors.append((record.id, problem.get("message", "not scored")))
                codes.add(problem.get("error"))
        if not verdicts:
            # Valid documents with nothing on the platform asked for: the resource is not there, as for one account.
            status, code = (404, "no_such_platform") if "no_such_platform" in codes else (422, "invalid_account")
            raise ApiError(status, code, f"no account could be scored ({errors[0][1]})",
                           problems=[{"path": record_id, "message": message} for record_id, message in errors])
        return render_report(verdicts, lang=lang, card=self.scorer.model.card, errors=tuple(errors), redact=redact,
                             settings=self.scorer.rules.verdict, accounts=accounts)

    async def fetch(self, handle: str, max_posts: int | None) -> Account:
        if not self.settings.fetch:
            raise ApiError(403, "fetch_disabled", "this server does not fetch accounts by handle; post the account "
                           "document instead")
        ceiling = min(self.settings.fetch_max_posts or DEFAULT_MAX_POSTS, self.settings.max_posts)
        limit = min(max_posts or ceiling, ceiling)
        return await anyio.to_thread.run_sync(self._fetch_sync, handle, limit, limiter=self._fetchers)

    def _fetch_sync(self, handle: str, max_posts: int) -> Account:
        try:
            target = fetch_target(handle)
        except FetchRefusedError as exc:
            raise ApiError(403, "fetch_refused", str(exc), handle=handle) from None
        except InputError as exc:
            raise ApiError(422, "invalid_handle", str(exc), handle=handle) from None
        try:
            public_addresses(target.host)  # before any connection; the transport checks again at each one
        except FetchRefusedError as exc:
            raise ApiError(403, "fetch_refused", str(exc), handle=handle) from None
        except InputError as exc:
            raise ApiError(422, "fetch_failed", str(exc), handle=handle) from None
        transport = GuardedTransport(frozenset({target.host}), self._fetch_transport)
        with make_client(transport=transport) as client:
            try:
                return fetch_account(target.spec, client=client, max_posts=max_posts)
            except InputError as exc:
                if transport.refusals:
                    raise ApiError(403, "fetch_refused", str(transport.refusals[0]), handle=handle) from None
                raise ApiError(422, "fetch_failed", str(exc), handle=handle) from None


def shown_verdict(verdict: Verdict, account: Account, redact: bool) -> Verdict:
    """The verdict, redacted (DM texts and counterpart handles) when asked."""
    if not redact:
        return verdict
    from credscore.privacy import redact_verdict

    return redact_verdict(verdict, account)
