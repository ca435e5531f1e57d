"""The FastAPI application: score one account, a batch, render a report; health and model card.

Bodies are read by the endpoints themselves (after :class:`~credscore.api.limits.BodySizeLimit`
has vetted their size) and validated by the account loader, so that errors carry the CLI's
field-path messages; the OpenAPI schema still documents them (the account document's JSON
Schema, and every answer's model).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Annotated, Any, Literal

import anyio.to_thread
import httpx
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import ValidationError

from credscore import __version__
from credscore.account import Account
from credscore.api.documents import Record, decode_json, many_documents, parse_document, parse_records
from credscore.api.errors import ApiError, InternalErrors, install_error_handlers
from credscore.api.limits import BodySizeLimit
from credscore.api.schemas import BatchOut, ErrorOut, FetchRequest, HealthOut, ModelOut, VerdictOut
from credscore.api.service import ScoringService, shown_verdict
from credscore.api.settings import ApiSettings
from credscore.errors import CredscoreError
from credscore.resources import data_dir
from credscore.scoring import Scorer

__all__ = ["create_app"]

logger = logging.getLogger(__name__)

DESCRIPTION = """Tell a credible social-media expert from a fake, with the evidence behind the verdict.

Post an account document (`credscore.account/1`) and get the verdict of `credscore score --format json`.
Nothing is stored: accounts live in memory for the time of the request. A score is an aid to judgement,
not a judgement: read the quoted posts before acting on it.
"""

WARM_UP_EXAMPLE = "examples/fr_fake_guru.json"

ACCOUNT_BODY = {"$ref": "#/components/schemas/Account"}
BATCH_BODY = {"oneOf": [
    {"type": "array", "items": ACCOUNT_BODY},
    {"type": "object", "properties": {"accounts": {"type": "array", "items": ACCOUNT_BODY}}, "required": ["accounts"]},
]}


def _body(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"requestBody": {"required": True, "description": description,
                            "content": {"application/json": {"schema": schema}}}}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    meaning = {400: "The body is not JSON.", 403: "The handle is refused by the SSRF policy.",
               413: "The body, or the number of accounts, passes a limit (`max_body_mb`, `max_batch`).",
               422: "A malformed account (with its field paths), too many posts (`max_posts`), or a bad parameter.",
               500: "An internal error (no details in the body; see the server's log)."}
    return {status: {"model": ErrorOut, "description": meaning[status]} for status in statuses}


router = APIRouter(prefix="/v1")

Redact = Annotated[bool, Query(description="Remove DM texts and counterpart handles (evidence ids are kept).")]


def _service(request: Request) -> ScoringService:
    return request.app.state.service


Service = Annotated[ScoringService, Depends(_service)]


@router.post(
    "/score", summary="Score one account", response_class=JSONResponse,
    responses={200: {"model": VerdictOut, "description": "The verdict (as `credscore score --format json`)."},
               **_errors(400, 403, 413, 422, 500)},
    openapi_extra=_body({"oneOf": [ACCOUNT_BODY, {"$ref": "#/components/schemas/FetchRequest"}]},
                        "An account document, or `{\"handle\": \"mastodon:@user@instance\"}` to fetch it."),
)
async def score(request: Request, service: Service, redact: Redact = False) -> JSONResponse:
    """One account document -> its verdict. `{"handle": ...}` fetches a public Mastodon or Bluesky account first."""
    data = await service.in_thread(decode_json, await request.body())
    if isinstance(data, dict) and "handle" in data and "id" not in data:
        wanted = _fetch_request(data)
        account = await service.fetch(wanted.handle, wanted.max_posts)
    else:
        account = await service.in_thread(partial(parse_document, max_posts=service.settings.max_posts), data)
    (verdict,) = await service.score([account])
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
    responses=_errors(400, 413, 422, 500),
    openapi_extra=_body(BATCH_BODY, "A JSON array of account documents, or `{\"accounts\": [...]}`."),
)
async def score_batch(request: Request, service: Service, redact: Redact = False) -> JSONResponse:
    """Up to `max_batch` accounts -> one row per account, in order: its verdict, or the error naming the record."""
    data = await service.in_thread(decode_json, await request.body())
    documents = many_documents(data, max_batch=service.settings.max_batch)
    records = await service.in_thread(partial(parse_records, max_posts=service.settings.max_posts), documents)
    scored = await service.score_records(records)
    rows = await service.in_thread(service.rows_sync, records, scored, redact)
    failed = sum(1 for row in rows if row["error"] is not None)
    return JSONResponse({"accounts": len(rows), "scored": len(rows) - failed, "failed": failed, "results": rows})


@router.post(
    "/report", summary="Render an HTML report", response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}, "description": "One self-contained HTML file."},
               **_errors(400, 413, 422, 500)},
    openapi_extra=_body({"oneOf": [ACCOUNT_BODY, BATCH_BODY]},
                        "One account document, a JSON array of them, or `{\"accounts\": [...]}`."),
)
async def report(request: Request, service: Service, redact: Redact = False,
                 lang: Annotated[Literal["fr", "en"] | None, Query(
                     description="Language of the report (default: the accounts').")] = None) -> HTMLResponse:
    """One account or several -> the audit report (as `credscore report`), one self-contained HTML page."""
    data = await service.in_thread(decode_json, await request.body())
    if isinstance(data, dict) and "accounts" not in data:
        account = await service.in_thread(partial(parse_document, max_posts=service.settings.max_posts), data)
        records = [Record(0, account.id, account=account)]
    else:
        documents = many_documents(data, max_batch=service.settings.max_batch)
        records = await service.in_thread(partial(parse_records, max_posts=service.settings.max_posts), documents)
    scored = await service.score_records(records)
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
        loaded = scorer or await anyio.to_thread.run_sync(partial(Scorer, model=settings.model, rules=settings.rules))
        service = ScoringService(loaded, settings, fetch_transport=fetch_transport)
        service.start()
        try:
            await anyio.to_thread.run_sync(_warm_up, service)
            app.state.service = service
            logger.info("credscore API ready: model %s", loaded.model.version)
            yield
        finally:
            await anyio.to_thread.run_sync(service.stop)

    app = FastAPI(title="credscore", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    # The last added is the outermost: internal errors are caught around everything, the body limit inside.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(InternalErrors)
    install_error_handlers(app)
    app.include_router(router)
    app.openapi = partial(_openapi, app)  # type: ignore[method-assign]
    return app


def _warm_up(service: ScoringService) -> None:
    """Build the spaCy pipelines and language identifiers now rather than on the first request."""
    from credscore.reader import load_account

    example = data_dir() / WARM_UP_EXAMPLE
    try:
        service.score_sync([load_account(example)])
    except CredscoreError as exc:  # a missing example must not keep the server from starting
        logger.warning("warm-up skipped: %s", exc)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, plus the account document and fetch request the endpoints read themselves."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for model in (Account, FetchRequest):
        model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(model_schema.pop("$defs", {}))
        components[model.__name__] = model_schema
    app.openapi_schema = schema
    return schema
