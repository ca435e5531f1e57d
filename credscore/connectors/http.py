"""The one HTTP policy every connector uses: timeouts, identification, retries, limits, errors.

:func:`make_client` builds the :class:`httpx.Client` (timeouts, an identifying ``User-Agent``,
redirects followed up to :data:`MAX_REDIRECTS`). :func:`get` and :func:`get_json` make one GET
through a client the caller owns, so that tests inject ``httpx.Client(transport=httpx.MockTransport(...))``.

Retries (tenacity): connection errors, timeouts, dropped connections, a body that trickles in for
longer than :data:`MAX_RESPONSE_SECONDS`, ``408`` and ``5xx`` are retried with exponential backoff
and jitter, at most :data:`MAX_ATTEMPTS` attempts in all.
``429`` waits as long as the server's ``Retry-After`` asks (seconds or an HTTP date; without it,
the ``X-RateLimit-Reset``/``RateLimit-Reset`` time Mastodon and Bluesky send), unless that is more
than :data:`MAX_RETRY_AFTER`: then credscore gives up at once rather than retry early. Any other
``4xx`` fails at once with an :class:`HTTPStatusError` naming the host and the status.

Paging (:func:`paginate`), the same for every paginated API: at most ``max_posts`` items
(:data:`DEFAULT_MAX_POSTS`); stop at an empty page or when there is no next page; a next-page token
seen before (a pagination loop) or a page with nothing new stops the walk. A failure after the first
page keeps what was fetched. Whenever the walk stops before the end, the result says so and why,
for the account's :class:`~credscore.importers.base.SourceNote`.

Whatever goes wrong comes out as an :class:`~credscore.errors.InputError` with one clear message.
Messages and logs name the host and path of a URL, never its query string or user info, where
tokens live. The ``sleep`` between attempts is injectable, so tests of retries take no time.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter

from credscore.errors import InputError

__all__ = [
    "BACKOFF_INITIAL",
    "BACKOFF_JITTER",
    "BACKOFF_MAX",
    "CONNECT_TIMEOUT",
    "DEFAULT_MAX_POSTS",
    "JSON",
    "MAX_ATTEMPTS",
    "MAX_REDIRECTS",
    "MAX_RESPONSE_BYTES",
    "MAX_RESPONSE_SECONDS",
    "MAX_RETRY_AFTER",
    "READ_TIMEOUT",
    "USER_AGENT",
    "HTTPStatusError",
    "Pages",
    "Sleep",
    "get",
    "get_json",
    "json_body",
    "make_client",
    "paginate",
    "retry_after_seconds",
    "where",
]

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
"""Seconds to open a connection."""
READ_TIMEOUT = 30.0
"""Seconds to wait for each chunk of a response (also the write and pool timeouts)."""
MAX_RESPONSE_SECONDS = 120.0
"""Seconds one attempt may take to receive its whole body: a server that drips a byte every few seconds
never trips :data:`READ_TIMEOUT`, and must not hold a fetch for hours."""
MAX_REDIRECTS = 5
MAX_ATTEMPTS = 4
"""Attempts per request in all, the first one included."""
BACKOFF_INITIAL = 1.0
"""Seconds before the first retry; doubled at each further retry..."""
BACKOFF_MAX = 20.0
"""...up to this many seconds..."""
BACKOFF_JITTER = 1.0
"""...plus a random 0 to this many seconds, so that many clients do not retry in step."""
MAX_RETRY_AFTER = 60.0
"""The longest wait credscore accepts from a ``429``; a server asking for more is not retried."""
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""A larger response body is refused (a feed or API page is far smaller)."""
MAX_ERROR_DETAIL = 200
"""Characters of a server's error message quoted in an error."""
DEFAULT_MAX_POSTS = 1000
"""Items fetched from one account at most, unless the caller asks otherwise (``--max-posts``)."""

_PROJECT_URL = "https://github.com/credscore/credscore"
JSON = "application/json"
_STATUS_TOO_MANY_REQUESTS = 429
_STATUS_REQUEST_TIMEOUT = 408
# Some servers send the reset time as epoch seconds, others as seconds from now.
_EPOCH_THRESHOLD = 1_000_000_000

Sleep = Callable[[float], None]
T = TypeVar("T")


def _version() -> str:
    from credscore import __version__

    return __version__


USER_AGENT = f"credscore/{_version()} (+{_PROJECT_URL})"


class HTTPStatusError(InputError):
    """A server answered a ``4xx`` that retrying cannot mend (anything but ``408`` and ``429``)."""

    def __init__(self, message: str, *, host: str, status: int, detail: str = "", json_body: bool = False) -> None:
        super().__init__(message)
        self.host = host
        self.status = status
        self.detail = detail
        """The server's own error message, when its body says one (``{"error": "Record not found"}``)."""
        self.json_body = json_body
        """Whether the error body was JSON: an API that knows the route, rather than a web page."""


class _RetryableError(Exception):
    """A failure worth another attempt; ``retry_after`` is the wait the server asked for, if any."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def make_client(*, transport: httpx.BaseTransport | None = None, headers: Mapping[str, str] | None = None,
                timeout: httpx.Timeout | None = None) -> httpx.Client:
    """A client with credscore's timeouts, ``User-Agent`` and redirect policy. The caller closes it."""
    return httpx.Client(
        timeout=timeout or httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        transport=transport,
    )


def where(url: httpx.URL | str) -> str:
    """``host/path`` of a URL, for messages and logs: no scheme, user info or query string."""
    url = httpx.URL(url)
    port = f":{url.port}" if url.port else ""
    return f"{url.host}{port}{url.path}"


def get(client: httpx.Client, url: str, params: Mapping[str, str | int] | None = None, *,
        accept: str | None = None, sleep: Sleep | None = None) -> httpx.Response:
    """GET ``url`` under the retry policy; the response is a ``2xx`` whose body has been read.

    Raises :class:`~credscore.errors.InputError` (or its :class:`HTTPStatusError`) with a message
    naming the host, when the request fails for good.
    """
    request_url = _build_url(url, params)
    retrying = Retrying(
        stop=stop_after_attempt(MAX_ATTEMPTS),
        wait=_wait,
        retry=retry_if_exception_type(_RetryableError),
        sleep=time.sleep if sleep is None else sleep,
        before_sleep=_log_retry(request_url),
        reraise=True,
    )
    try:
        return retrying(_get_once, client, request_url, _headers(client, accept))
    except _RetryableError as exc:
        raise InputError(f"{where(request_url)}: {exc.reason}; gave up after {MAX_ATTEMPTS} attempts") from None


def get_json(client: httpx.Client, url: str, params: Mapping[str, str | int] | None = None, *,
             sleep: Sleep | None = None) -> Any:
    """GET ``url`` and decode its JSON body; a body that is not JSON (e.g. truncated) is an InputError."""
    return json_body(get(client, url, params, accept=JSON, sleep=sleep))


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body of a response from :func:`get`; a body that is not JSON is an InputError."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        # ValueError covers json.JSONDecodeError; its message gives the position, not the content.
        raise InputError(f"{where(response.url)}: the response is not valid JSON (truncated?): {exc}") from None


def _build_url(url: str, params: Mapping[str, str | int] | None) -> httpx.URL:
    try:
        built = httpx.URL(url).copy_merge_params(dict(params or {}))
    except httpx.InvalidURL as exc:
        raise InputError(f"not a valid URL ({exc})") from None
    if built.scheme not in {"http", "https"} or not built.host:
        raise InputError(f"{where(built) or url}: only http:// and https:// URLs can be fetched")
    return built


def _headers(client: httpx.Client, accept: str | None) -> dict[str, str]:
    headers = {"Accept": accept} if accept else {}
    # An injected client without credscore's identification still sends it.
    if client.headers.get("User-Agent", "").startswith("python-httpx/"):
        headers["User-Agent"] = USER_AGENT
    return headers


def _get_once(client: httpx.Client, url: httpx.URL, headers: dict[str, str]) -> httpx.Response:
    started = time.monotonic()
    try:
        with client.stream("GET", url, headers=headers) as response:
            body = _read_capped(response, started)
    except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        raise _RetryableError(_describe_transport_error(exc)) from exc
    except httpx.TooManyRedirects:
        raise InputError(f"{where(url)}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{where(url)}: request failed ({_describe_transport_error(exc)})") from None
    read = httpx.Response(response.status_code, headers=response.headers, content=body, request=response.request)
    _check_status(read)
    logger.debug("GET %s: HTTP %d, %d bytes", where(read.url), read.status_code, len(body))
    return read


def _read_capped(response: httpx.Response, started: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
        raise InputError(f"{where(response.url)}: the response is larger than {MAX_RESPONSE_BYTES} bytes ({declared})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise InputError(f"{where(response.url)}: the response is larger than {MAX_RESPONSE_BYTES} bytes")
        if time.monotonic() - started > MAX_RESPONSE_SECONDS:
            raise _RetryableError(f"the response took more than {MAX_RESPONSE_SECONDS:g} s to arrive")
        chunks.append(chunk)
    return b"".join(chunks)


def _describe_transport_error(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "timed out while connecting"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out waiting for the server"
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection"
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return "the connection broke (reset by the server or the network)"
    return type(exc).__name__


def _check_status(response: httpx.Response) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    label = f"HTTP {status} {response.reason_phrase}".rstrip()
    if status == _STATUS_TOO_MANY_REQUESTS:
        raise _rate_limited(response, label)
    if status >= 500 or status == _STATUS_REQUEST_TIMEOUT:
        raise _RetryableError(f"server error ({label})")
    detail, json_body = _error_detail(response)
    message = f"{where(response.url)}: {label}" + (f" ({detail})" if detail else "")
    raise HTTPStatusError(message, host=response.url.host, status=status, detail=detail, json_body=json_body)


def _rate_limited(response: httpx.Response, label: str) -> Exception:
    wait = retry_after_seconds(response.headers)
    if wait is not None and wait > MAX_RETRY_AFTER:
        return InputError(f"{where(response.url)}: rate limited ({label}); the server asks to wait {wait:.0f} s, "
                          f"more than credscore waits ({MAX_RETRY_AFTER:.0f} s): try again later")
    return _RetryableError(f"rate limited ({label})", retry_after=wait)


def retry_after_seconds(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Seconds a ``429`` asks to wait: ``Retry-After`` (seconds or HTTP date), else a rate-limit reset time."""
    now = now or datetime.now(UTC)
    value = headers.get("Retry-After", "").strip()
    if value:
        return _seconds_until(value, now, parse_date=_http_date)
    for name in ("RateLimit-Reset", "X-RateLimit-Reset"):
        value = headers.get(name, "").strip()
        if value:
            return _seconds_until(value, now, parse_date=_iso_date)
    return None


def _seconds_until(value: str, now: datetime, *, parse_date: Callable[[str], datetime | None]) -> float | None:
    try:
        number = float(value)
    except ValueError:
        moment = parse_date(value)
        return None if moment is None else max(0.0, (moment - now).total_seconds())
    if number >= _EPOCH_THRESHOLD:
        return max(0.0, number - now.timestamp())
    return max(0.0, number)


def _http_date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso_date(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _error_detail(response: httpx.Response) -> tuple[str, bool]:
    """The server's error message from a JSON error body (Mastodon ``error``, Bluesky ``message``)."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return "", False
    if not isinstance(body, dict):
        return "", True
    parts = [str(body[key]) for key in ("error", "message") if isinstance(body.get(key), str) and body[key]]
    return ": ".join(dict.fromkeys(parts))[:MAX_ERROR_DETAIL], True


_exponential = wait_exponential_jitter(initial=BACKOFF_INITIAL, max=BACKOFF_MAX, jitter=BACKOFF_JITTER)


def _wait(state: RetryCallState) -> float:
    failure = state.outcome.exception() if state.outcome else None
    if isinstance(failure, _RetryableError) and failure.retry_after is not None:
        return failure.retry_after
    return _exponential(state)


def _log_retry(url: httpx.URL) -> Callable[[RetryCallState], None]:
    def log(state: RetryCallState) -> None:
        failure = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        logger.warning("GET %s: %s; retrying in %.1f s (attempt %d of %d)", where(url),
                       getattr(failure, "reason", failure), wait, state.attempt_number + 1, MAX_ATTEMPTS)

    return log


@dataclass(slots=True)
class Pages(Generic[T]):
    """What a paginated walk collected, and whether it reached the end (``note`` says why not)."""

    items: list[T] = field(default_factory=list)
    complete: bool = True
    note: str = ""
    pages: int = 0


def paginate(fetch_page: Callable[[str | None], tuple[list[T], str | None]], *, max_items: int,
             key: Callable[[T], Hashable]) -> Pages[T]:
    """Walk pages: ``fetch_page(token)`` returns a page's items and the next page's token (``None`` at the end).

    The first call gets ``token=None``. Items whose ``key`` was seen on an earlier page are dropped.
    An :class:`~credscore.errors.InputError` on the first page propagates; on a later page it ends the
    walk, keeping what was fetched.
    """
    if max_items < 1:
        raise InputError(f"the number of posts to fetch must be at least 1, got {max_items}")
    result: Pages[T] = Pages()
    seen_keys: set[Hashable] = set()
    seen_tokens: set[str] = set()
    token: str | None = None
    while True:
        try:
            page, next_token = fetch_page(token)
        except InputError as exc:
            if result.pages == 0:
                raise
            return _stop(result, f"stopped at page {result.pages + 1}: {exc}")
        result.pages += 1
        fresh = [item for item in page if key(item) not in seen_keys]
        seen_keys.update(key(item) for item in fresh)
        room = max_items - len(result.items)
        result.items.extend(fresh[:room])
        if not page or next_token is None:
            return _capped(result, max_items) if len(fresh) > room else result
        if len(fresh) >= room:
            return _capped(result, max_items)
        if next_token in seen_tokens:
            return _stop(result, f"pagination loop: page {result.pages} links back to a page already fetched")
        if not fresh:
            return _stop(result, f"pagination stalled: page {result.pages} brought no new posts")
        seen_tokens.add(next_token)
        token = next_token


def _capped(result: Pages[T], max_items: int) -> Pages[T]:
    """Stopped by the caller's cap: expected, so only noted."""
    return _stop(result, f"stopped at {max_items} posts (--max-posts)", level=logging.INFO)


def _stop(result: Pages[T], note: str, *, level: int = logging.WARNING) -> Pages[T]:
    logger.log(level, "%s", note)
    result.complete = False
    result.note = note
    return result
