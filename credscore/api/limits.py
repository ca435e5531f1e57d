"""The request-body limit, enforced before the body is read: a pure ASGI middleware.

A body whose ``Content-Length`` exceeds the limit is answered ``413`` at once, without reading a
byte of it. A body without a length (chunked) is counted as it streams in, and refused as soon as
the count passes the limit; what was received is dropped. Either way the application never holds
more than the limit of one request's body.

The connection is not closed after the ``413``: uvicorn discards the rest of the body as it
arrives (it is never stored), and the client, which usually finishes sending before it reads,
gets the answer. Closing at once would reset a connection whose client is still sending, and the
client would see a broken connection instead of the ``413``. Cutting off endless uploads is a job
for the reverse proxy in front of a public server (its body-size limit and timeouts).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from credscore.api.errors import error_body

__all__ = ["BodySizeLimit", "BodyTooLargeError", "body_too_large"]

logger = logging.getLogger(__name__)


class BodyTooLargeError(Exception):
    """Raised from ``receive`` when a streamed body passes the limit; the middleware answers 413."""


def body_too_large(max_bytes: int, received: int | None = None) -> dict[str, Any]:
    size = f" ({received} bytes)" if received is not None else ""
    return error_body("body_too_large",
                      f"the request body{size} is larger than the limit of {_megabytes(max_bytes)} (max_body_mb)",
                      limit="max_body_mb", maximum_bytes=max_bytes)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


class BodySizeLimit:
    """Refuse request bodies larger than ``max_bytes`` with a JSON ``413``, reading at most that much."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

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

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLargeError
            return message

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


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            # The server (h11/httptools) already refuses a malformed length; be lenient here.
            return int(text) if text.isdigit() else None
    return None


async def _send_413(send: Send, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    await send({
        "type": "http.response.start",
        "status": 413,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
        ],
    })
    await send({"type": "http.response.body", "body": payload})
