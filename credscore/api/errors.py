"""Every API error is one JSON object: ``{"error": CODE, "message": ONE_LINE, ...details}``.

Bad input is a ``4xx`` naming what is wrong (the record, the field path, the limit); an internal
failure is a ``500`` whose body says only that, while the traceback goes to the server's log.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from credscore.errors import AccountValidationError

__all__ = ["ApiError", "InternalErrors", "error_body", "install_error_handlers", "invalid_account"]

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """A request the API answers with an error status and a JSON body."""

    def __init__(self, status: int, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.message, **self.details)

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status)


def error_body(code: str, message: str, **details: Any) -> dict[str, Any]:
    return {"error": code, "message": message, **details}


def invalid_account(exc: AccountValidationError) -> ApiError:
    """422 with the CLI's message (``acct-17: posts[42].created_at: …``) and every problem by field path."""
    return ApiError(422, "invalid_account", str(exc), record=exc.record,
                    problems=[{"path": path, "message": message} for path, message in exc.problems])


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _request_validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _request_validation_error(request: Request, exc: Exception) -> JSONResponse:
    """A bad query parameter (``?lang=de``): 422 naming the parameter."""
    assert isinstance(exc, RequestValidationError)
    problems = [{"path": ".".join(str(part) for part in error.get("loc", ())), "message": str(error.get("msg", ""))}
                for error in exc.errors()]
    shown = "; ".join(f"{problem['path']}: {problem['message']}" for problem in problems[:3])
    return JSONResponse(error_body("invalid_request", shown or "invalid request", problems=problems), status_code=422)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    """404, 405 and the like, as JSON like every other error."""
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)


class InternalErrors:
    """Pure ASGI middleware: an unexpected exception becomes a JSON 500 and a traceback in the server's log;
    a client that left (mid-body, or while its accounts were scored) is one line in the log.

    Handled here rather than left to the server, which would also drop the client's keep-alive connection.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watching_send)
        except ClientDisconnect:  # nobody is left to answer: one line, not a traceback
            logger.info("%s %s: the client disconnected before the answer", scope.get("method"), scope.get("path"))
        except Exception:
            logger.exception("internal error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = JSONResponse(error_body("internal_error", "internal error; the server's log has the details"),
                                    status_code=500)
            await response(scope, receive, send)
