"""The FastAPI application: score one account, a batch, render a report; health and model card.

Bodies are read by the endpoints themselves (after :class:`~credscore.api.limits.BodySizeLimit`
has vetted their size and time, and only when they are declared ``application/json``: a browser
page cannot post one cross-site without a CORS preflight) and validated by the account loader, so
that errors carry the CLI's field-path messages; the OpenAPI schema still documents them (the
account document's JSON Schema with this server's limits, and every answer's model, the verdict's
being :class:`~credscore.verdict.VerdictDocument`). A client that leaves while its accounts wait
to be scored takes them out of the queue. ``/docs`` serves Swagger UI from the ``swagger-ui-bundle``
package: it works offline.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import anyio
import anyio.to_thread
import httpx
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.requests import ClientDisconnect
from swagger_ui_bundle import swagger_ui_path

from credscore import __version__
from credscore.account import Account
from credscore.api.documents import (
    Record,
    decode_json,
    many_documents,
    on_platform_or_404,
    parse_document,
    parse_records,
)
from credscore.api.errors import ApiError, InternalErrors, install_error_handlers
from credscore.api.limits import BodySizeLimit
from credscore.api.schemas import BatchOut, ErrorOut, FetchRequest, HealthOut, ModelOut
from credscore.api.service import ScoringService, shown_verdict
from credscore.api.settings import ApiSettings
from credscore.errors import CredscoreError
from credscore.resources import data_dir
from credscore.scoring import Scorer
from credscore.verdict import VerdictDocument

__all__ = ["create_app"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

JSON_MEDIA_TYPE = "application/json"
DOCS_ASSETS = "/docs/assets"
SWAGGER_UI = Path(str(swagger_ui_path))

DESCRIPTION = """Tell a credible social-media expert from a fake, with the evidence behind the verdict.

Post an account document (`credscore.account/1`) and get the verdict of `credscore score --format json`.
Nothing is stored: accounts live in memory for the time of the request. A score is an aid to judgement,
not a judgement: read the quoted posts before acting on it.
"""

WARM_UP_EXAMPLE = "examples/fr_fake_guru.json"

ACCOUNT_BODY = {"$ref": "#/components/schemas/Account"}
ANY_ITEM = {"description": "Any other item is answered with an error row naming it; the others are still scored."}
# A batch item may be anything: a bad one is an error row, as in `credscore batch`. The limits are filled in per server.
BATCH_ITEMS = {"type": "array", "items": {"anyOf": [ACCOUNT_BODY, ANY_ITEM]}, "minItems": 1}
BATCH_BODY = {"oneOf": [
    BATCH_ITEMS,
    {"type": "object", "properties": {"accounts": BATCH_ITEMS}, "required": ["accounts"],
     "additionalProperties": False},
]}
# A report needs at least one account it can score; the others are listed in it as errors.
REPORT_ITEMS = {**BATCH_ITEMS, "contains": ACCOUNT_BODY}
REPORT_BODY = {"oneOf": [
    ACCOUNT_BODY,
    REPORT_ITEMS,
    {"type": "object", "properties": {"accounts": REPORT_ITEMS}, "required": ["accounts"],
     "additionalProperties": False},
]}
ERROR_CONTENT = {JSON_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}


def _body(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"requestBody": {"required": True, "description": description,
                            "content": {JSON_MEDIA_TYPE: {"schema": schema}}}}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers, always JSON (also on the endpoint whose success is HTML)."""
    meaning = {400: "The body is not JSON, or holds a number too large to read.",
               403: "The handle is refused by the SSRF policy, or this server does not fetch.",
               404: "`?platform=`: the account holds nothing on that platform (the message names those it has).",
               408: "The body did not arrive in time (`body_timeout`).",
               413: "The body, or the number of accounts, passes a limit (`max_body_mb`, `max_batch`).",
               415: "The body is not sent as `Content-Type: application/json`.",
               422: "A malformed account (with its field paths), too many posts (`max_posts`), or a bad parameter.",
               500: "An internal error (no details in the body; see the server's log).",
               503: "Scoring took longer than `score_timeout` seconds; the accounts not yet scored were dropped."}
    # Declared by content rather than by model: FastAPI would give a model the route's media type (HTML for /report).
    return {status: {"description": meaning[status], "content": copy.deepcopy(ERROR_CONTENT)} for status in statuses}


BODY_ERRORS = (400, 408, 413, 415, 422, 500, 503)


router = APIRouter(prefix="/v1")

Redact = Annotated[bool, Query(description="Remove DM texts and counterpart handles (evidence ids are kept).")]
OnePlatform = Annotated[str | None, Query(
    max_length=64, description="Score only what each account holds on this platform (e.g. instagram), as the CLI's "
    "`--platform`; one account with nothing there is a 404 naming the platforms it has, one of several an error row "
    "(a report none of whose accounts has anything there: 404).")]


def _service(request: Request) -> ScoringService:
    return request.app.state.service


Service = Annotated[ScoringService, Depends(_service)]


async def _read_json(request: Request, service: ScoringService) -> Any:
    """The decoded body, refused unread (415) unless it is declared JSON."""
    declared = request.headers.get("content-type", "")
    if declared.split(";")[0].strip().lower() != JSON_MEDIA_TYPE:
        got = declared.strip() or "no Content-Type"
        raise ApiError(415, "unsupported_media_type", f"send the body as Content-Type: {JSON_MEDIA_TYPE} (got {got})")
    return await service.in_thread(decode_json, await request.body())


async def _while_connected(request: Request, work: Callable[[], Awaitable[T]], timeout: float) -> T:
    """``work()``, cancelled if the client leaves first or it takes longer than ``timeout`` seconds: its
    accounts still queued are then never scored (503 ``score_timeout`` on time out)."""
    done: list[T] = []
    failed: list[Exception] = []

    async def bounded() -> T:
        try:
            with anyio.fail_after(timeout):
                return await work()
        except TimeoutError:
            raise ApiError(503, "score_timeout", f"scoring took longer than {timeout:g} seconds (score_timeout): "
                           "the accounts not yet scored were dropped; send fewer or smaller accounts per request",
                           limit="score_timeout", maximum_seconds=timeout) from None

    async with anyio.create_task_group() as group:
        async def watch() -> None:
            # The body has been read: the next message is the client leaving (or the answer going out).
            while (await request.receive())["type"] != "http.disconnect":
                pass
            group.cancel_scope.cancel()

        group.start_soon(watch)
        try:
            done.append(await bounded())
        except Exception as exc:  # raised as itself below, not wrapped in the task group's ExceptionGroup
            failed.append(exc)
        group.cancel_scope.cancel()
    if failed:
        raise failed[0]
    if not done:
        raise ClientDisconnect
    return done[0]


@router.post(
    "/score", summary="Score one account", response_class=JSONResponse,
    responses={200: {"model": VerdictDocument, "description": "The verdict (as `credscore score --format json`)."},
               **_errors(403, 404, *BODY_ERRORS)},
    openapi_extra=_body({"oneOf": [ACCOUNT_BODY, {"$ref": "#/components/schemas/FetchRequest"}]},
                        "An account document, or `{\"handle\": \"mastodon:@user@instance\"}` to fetch it."),
)
async def score(request: Request, service: Service, redact: Redact = False,
                platform: OnePlatform = None) -> JSONResponse:
    """One account document -> its verdict. `{"handle": ...}` fetches a public Mastodon or Bluesky account first."""
    data = await _read_json(request, service)
    if isinstance(data, dict) and "handle" in data and "id" not in data:
        wanted = _fetch_request(data)
        account = await service.fetch(wanted.handle, wanted.max_posts)
    else:
        account = await service.in_thread(partial(parse_document, max_posts=service.settings.max_posts), data)
    if platform is not None:
        account = on_platform_or_404(account, platform)
    (verdict,) = await _while_connected(request, partial(service.score, [account]), service.settings.score_timeout)
    return JSONResponse(await service.in_thread(lambda: shown_verdict(verdict, account, redact).to_dict()))


def _fetch_request(data: dict[str, Any]) -> FetchRequest:
    try:
        return FetchRequest.model_validate(data)
    except ValidationError as exc:
        problems = [{"path": ".".join(str(part) for part in error["loc"]), "message": error["msg"]}
                    for error in exc.errors(include_url=False)]
        raise ApiError(422, "invalid_request", "; ".join(f"{p['path']}: {p['message']}" for p in problems),
                       problems=problems) from None


@router.post(
    "/score/batch", summary="Score several accounts", response_model=BatchOut,
    responses=_errors(*BODY_ERRORS),
    openapi_extra=_body(BATCH_BODY, "A JSON array of account documents, or `{\"accounts\": [...]}`."),
)
async def score_batch(request: Request, service: Service, redact: Redact = False,
                      platform: OnePlatform = None) -> JSONResponse:
    """Up to `max_batch` accounts -> one row per account, in order: its verdict, or the error naming the record
    (a malformed document, too many posts, an id already used in the request, nothing on `?platform=`)."""
    data = await _read_json(request, service)
    documents = many_documents(data, max_batch=service.settings.max_batch)
    records = await service.in_thread(
        partial(parse_records, max_posts=service.settings.max_posts, platform=platform), documents)
    scored = await _while_connected(request, partial(service.score_records, records), service.settings.score_timeout)
    rows = await service.in_thread(service.rows_sync, records, scored, redact)
    failed = sum(1 for row in rows if row["error"] is not None)
    return JSONResponse({"accounts": len(rows), "scored": len(rows) - failed, "failed": failed, "results": rows})


@router.post(
    "/report", summary="Render an HTML report", response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}, "description": "One self-contained HTML file."},
               **_errors(404, *BODY_ERRORS)},
    openapi_extra=_body(REPORT_BODY, "One account document, a JSON array of them, or `{\"accounts\": [...]}`."),
)
async def report(request: Request, service: Service, redact: Redact = False,
                 lang: Annotated[Literal["fr", "en"] | None, Query(
                     description="Language of the report (default: the accounts').")] = None,
                 platform: OnePlatform = None) -> HTMLResponse:
    """One account or several -> the audit report (as `credscore report`), one self-contained HTML page."""
    data = await _read_json(request, service)
    if isinstance(data, dict) and "accounts" not in data:
        account = await service.in_thread(partial(parse_document, max_posts=service.settings.max_posts), data)
        if platform is not None:
            account = on_platform_or_404(account, platform)
        records = [Record(0, account.id, account=account)]
    else:
        documents = many_documents(data, max_batch=service.settings.max_batch)
        records = await service.in_thread(
            partial(parse_records, max_posts=service.settings.max_posts, platform=platform), documents)
    scored = await _while_connected(request, partial(service.score_records, records), service.settings.score_timeout)
    return HTMLResponse(await service.in_thread(service.report_sync, records, scored, lang, redact))


@router.get("/health", summary="Is the server up", response_model=HealthOut)
async def health(service: Service) -> dict[str, Any]:
    """Answers at once, even while accounts are being scored."""
    return {"status": "ok", "model_version": service.scorer.model.version, "credscore_version": __version__}


@router.get("/model", summary="The model card", response_model=ModelOut)
async def model_card(service: Service) -> JSONResponse:
    """The model's name, version, features, training data and cross-validated metrics."""
    loaded = service.scorer.model
    return JSONResponse({**loaded.card.model_dump(mode="json"), "version": loaded.version})


def create_app(settings: ApiSettings | None = None, *, scorer: Scorer | None = None,
               fetch_transport: httpx.BaseTransport | None = None) -> FastAPI:
    """The application. ``scorer`` is loaded at start-up from ``settings`` unless given (already loaded);
    ``fetch_transport`` replaces the network under the SSRF guard (for tests)."""
    settings = settings or ApiSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loaded: Scorer = scorer if scorer is not None else await anyio.to_thread.run_sync(
            partial(Scorer, model=settings.model, rules=settings.rules))
        service = ScoringService(loaded, settings, fetch_transport=fetch_transport)
        service.start()
        try:
            await anyio.to_thread.run_sync(_warm_up, service)
            app.state.service = service
            logger.info("credscore API ready: model %s", loaded.model.version)
            yield
        finally:
            await anyio.to_thread.run_sync(service.stop)

    # FastAPI's own /docs would load Swagger UI from a CDN (blank offline), /redoc too: both replaced.
    app = FastAPI(title="credscore", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    # The last added is the outermost: internal errors are caught around everything, the body limits inside.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, timeout=settings.body_timeout)
    app.add_middleware(InternalErrors)
    install_error_handlers(app)
    app.include_router(router)
    _offline_docs(app)
    app.openapi = partial(_openapi, app, settings)  # type: ignore[method-assign]
    return app


def _offline_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs``, its scripts and styles served from the installed ``swagger-ui-bundle``."""
    oauth2_redirect = "/docs/oauth2-redirect"
    app.mount(DOCS_ASSETS, StaticFiles(directory=SWAGGER_UI), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — API",
                                   swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
                                   oauth2_redirect_url=oauth2_redirect)

    @app.get(oauth2_redirect, include_in_schema=False)
    async def docs_oauth2_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()


def _warm_up(service: ScoringService) -> None:
    """Build the spaCy pipelines and language identifiers now rather than on the first request."""
    import credscore.batch.run  # noqa: F401  (its duplicate-id rule, used by batches; slow to import)
    from credscore.reader import load_account

    example = data_dir() / WARM_UP_EXAMPLE
    try:
        service.score_sync([load_account(example)])
    except CredscoreError as exc:  # a missing example must not keep the server from starting
        logger.warning("warm-up skipped: %s", exc)


def _openapi(app: FastAPI, settings: ApiSettings) -> dict[str, Any]:
    """FastAPI's schema, plus the account document and fetch request the endpoints read themselves,
    with this server's limits (posts per account, accounts per request) where a client can see them."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for model in (Account, FetchRequest, ErrorOut):
        model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(model_schema.pop("$defs", {}))
        components[model.__name__] = model_schema
    posts = components["Account"].get("properties", {}).get("posts")
    if isinstance(posts, dict):
        posts["maxItems"] = settings.max_posts
    for path in ("/v1/score/batch", "/v1/report"):
        body = schema["paths"][path]["post"]["requestBody"]["content"][JSON_MEDIA_TYPE]["schema"]
        _limit_batches(body, settings.max_batch)
    app.openapi_schema = schema
    return schema


def _limit_batches(schema: Any, max_batch: int) -> None:
    """Set ``maxItems`` on every batch array of a request body's schema (marked by its ``minItems``)."""
    if isinstance(schema, dict):
        if schema.get("type") == "array" and "minItems" in schema:
            schema["maxItems"] = max_batch
        for value in schema.values():
            _limit_batches(value, max_batch)
    elif isinstance(schema, list):
        for value in schema:
            _limit_batches(value, max_batch)
