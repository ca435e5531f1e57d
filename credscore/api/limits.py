"""The request-body limits, its size and its time, enforced while it is read: a pure ASGI middleware.

A body whose ``Content-Length`` exceeds the limit is answered ``413`` at once, without reading a
byte of it. A body without a length (chunked) is counted as it streams in, and refused as soon as
the count passes the limit; what was received is dropped. Either way the application never holds
more than the limit of one request's body.

The connection is not closed after the ``413``: uvicorn discards the rest of the body as it
arrives (it is never stored), and the client, which usually finishes sending before it reads,
gets the answer. Closing at once would reset a connection whose client is still sending, and the
client would see a broken connection instead of the ``413``.

A body must also arrive within ``timeout`` seconds of the request's start: a client that trickles
it (or sends headers and nothing more) holds a connection and a task for as long as it likes
otherwise. Past the deadline it gets a JSON ``408`` and the connection is closed (what it would
still send is not worth reading). A reverse proxy in front of a public server should still have
its own limits.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from credscore.api.errors import error_body

__all__ = ["BodySizeLimit", "BodyTimeoutError", "BodyTooLargeError", "body_timeout", "body_too_large"]

logger = logging.getLogger(__name__)


class BodyTooLargeError(Exception):
    """Raised from ``receive`` when a streamed body passes the limit; the middleware answers 413."""


class BodyTimeoutError(Exception):
    """Raised from ``receive`` when the body has not arrived by the deadline; the middleware answers 408."""


def body_timeout(timeout: float) -> dict[str, Any]:
    return error_body("body_timeout", f"the request body did not arrive within {timeout:g} seconds (body_timeout)",
                      limit="body_timeout", maximum_seconds=timeout)


def body_too_large(max_bytes: int, received: int | None = None) -> dict[str, Any]:
    size = f" ({received} bytes)" if received is not None else ""
    return error_body("body_too_large",
                      f"the request body{size} is larger than the limit of {_megabytes(max_bytes)} (max_body_mb)",
                      limit="max_body_mb", maximum_bytes=max_bytes)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


class BodySizeLimit:
    """Refuse request bodies larger than ``max_bytes`` with a JSON ``413``, reading at most that much,
    and bodies not received within ``timeout`` seconds with a JSON ``408``."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float = math.inf) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            logger.info("%s %s: refused a %d-byte body (limit %d)", scope["method"], scope["path"], declared,
                        self.max_bytes)
            await _send_413(send, body_too_large(self.max_bytes, declared))
            return

        received = 0
        started = False
        complete = False
        deadline = anyio.current_time() + self.timeout

        async def counting_receive() -> Message:
            nonlocal received, complete
            if complete:  # the body is in: later calls wait for the client to leave, without a deadline
                return await receive()
            with anyio.move_on_after(deadline - anyio.current_time()):
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    complete = not message.get("more_body", False)
                    if received > self.max_bytes:
                        raise BodyTooLargeError
                return message
            raise BodyTimeoutError

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLargeError:
            logger.info("%s %s: refused a streamed body past %d bytes", scope["method"], scope["path"], self.max_bytes)
            if not started:
                await _send_413(send, body_too_large(self.max_bytes))
        except BodyTimeoutError:
            logger.info("%s %s: the body did not arrive within %gs (%d bytes received)", scope["method"],
                        scope["path"], self.timeout, received)
            if not started:
                await _send_error(send, 408, body_timeout(self.timeout), close=True)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            # The server (h11/httptools) already refuses a malformed length; be lenient here.
            return int(text) if text.isdigit() else None
    return None


async def _send_413(send: Send, body: dict[str, Any]) -> None:
    await _send_error(send, 413, body)


async def _send_error(send: Send, status: int, body: dict[str, Any], *, close: bool = False) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if close:  # the server then closes the connection once the answer is sent
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
