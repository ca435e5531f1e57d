"""Request bodies -> accounts, with the same checks and messages as the command line.

A body is UTF-8 JSON. ``POST /v1/score`` takes one account document; the batch and report
endpoints take a JSON array of them or ``{"accounts": [...]}``. Each document is validated by
:func:`credscore.account.parse_account`, so a malformed one gets exactly the CLI's message
(``acct-17: posts[42].created_at: not an ISO 8601 timestamp``); records of an array are named by
their id, or ``item N`` as the CLI names them in a JSON array file. A second record with an id
already seen in the same request is an error row, as in ``credscore batch``: two verdicts under
one id could not be told apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from credscore.account import Account, on_platform, parse_account
from credscore.api.errors import ApiError, error_body, invalid_account
from credscore.errors import AccountValidationError, CredscoreError, InputError

MAX_EXACT_FLOAT_INTEGER = 2**53
"""Past this a float no longer holds every integer: such a literal was not written as a count."""

__all__ = ["Record", "decode_json", "many_documents", "on_platform_or_404", "parse_document", "parse_records"]


@dataclass(frozen=True, slots=True)
class Record:
    """One document of a batch: its account, or the error body that says what is wrong with it."""

    index: int
    id: str
    account: Account | None = None
    error: dict[str, Any] | None = None


def decode_json(body: bytes) -> Any:
    """The decoded body; 400 naming the problem when it is empty, not UTF-8 or not JSON."""
    if not body.strip():
        raise ApiError(400, "invalid_json", "the request body is empty; send a JSON account document")
    try:
        return json.loads(body.decode("utf-8-sig"), parse_float=_number)
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid_json", f"the request body is not UTF-8 text ({exc.reason} at byte {exc.start})"
                       ) from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, "invalid_json", f"the request body is not valid JSON ({exc.msg} at line {exc.lineno}, "
                       f"column {exc.colno})") from None
    except ValueError as exc:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise ApiError(400, "invalid_json", f"the request body has a number too large to read ({_first_clause(exc)})"
                       ) from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "the request body is JSON nested too deeply") from None


def _number(literal: str) -> int | float:
    """``569.0`` is the integer 569: JSON (RFC 8259) and JSON Schema make no difference, so neither does the API
    (the account model, strict about types, would refuse it for a count)."""
    value = float(literal)
    return int(value) if value.is_integer() and abs(value) <= MAX_EXACT_FLOAT_INTEGER else value


def _first_clause(exc: Exception) -> str:
    return str(exc).split(";")[0].split(":")[0].strip()


def _record_name(data: Any, position: str) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"]:
        return data["id"]
    return position


def _check_posts(data: Any, record: str, max_posts: int) -> None:
    posts = data.get("posts") if isinstance(data, dict) else None
    if isinstance(posts, list) and len(posts) > max_posts:
        raise ApiError(422, "too_many_posts",
                       f"{record}: posts: {len(posts)} posts, more than the limit of {max_posts} (max_posts)",
                       record=record, limit="max_posts", maximum=max_posts)


def parse_document(data: Any, *, max_posts: int, position: str = "document") -> Account:
    """One account document; 422 with the CLI's message when it is malformed or has too many posts."""
    # Counted before validation: validating 10 million posts to refuse them would be the attack itself.
    _check_posts(data, _record_name(data, position), max_posts)
    try:
        return parse_account(data, position=position)
    except AccountValidationError as exc:
        raise invalid_account(exc) from None
    except CredscoreError as exc:
        raise ApiError(422, "invalid_account", str(exc)) from None


def many_documents(data: Any, *, max_batch: int, single_ok: bool = False) -> list[Any]:
    """The documents of a JSON array or of ``{"accounts": [...]}`` (or one document when ``single_ok``).

    More than ``max_batch`` documents is a 413 naming the limit: the request is too large as a whole,
    and the client should split it.
    """
    if isinstance(data, dict) and "accounts" in data and "id" not in data:
        documents = data["accounts"]
        if not isinstance(documents, list):
            raise ApiError(422, "invalid_request", "accounts: expected a JSON array of account documents")
        unexpected = sorted(str(key) for key in data if key != "accounts")
        if unexpected:  # a misspelt option would otherwise be silently ignored
            raise ApiError(422, "invalid_request", f"unexpected key(s) beside \"accounts\": {', '.join(unexpected)}")
    elif isinstance(data, list):
        documents = data
    elif single_ok and isinstance(data, dict):
        documents = [data]
    else:
        expected = "an account document, " if single_ok else ""
        raise ApiError(422, "invalid_request",
                       f"expected {expected}a JSON array of account documents or {{\"accounts\": [...]}}")
    if not documents:
        raise ApiError(422, "invalid_request", "no account documents in the request")
    if len(documents) > max_batch:
        raise ApiError(413, "too_many_accounts",
                       f"{len(documents)} accounts in one request, more than the limit of {max_batch} (max_batch)",
                       limit="max_batch", maximum=max_batch)
    return documents


def on_platform_or_404(account: Account, platform: str) -> Account:
    """The account's part on one platform (:func:`~credscore.account.on_platform`); nothing there is a 404
    naming the platforms it has: the document itself is valid, the resource asked for is not in it."""
    try:
        return on_platform(account, platform)
    except InputError as exc:
        raise ApiError(404, "no_such_platform", str(exc), record=account.id) from None


def parse_records(documents: list[Any], *, max_posts: int, platform: str | None = None) -> list[Record]:
    """Every document of a batch, valid or not, in order: nothing is dropped; a repeated id is an error row.
    With ``platform``, each account's part there; an account with nothing there is an error row under its id."""
    from credscore.batch.run import DuplicateIds  # the CLI's rule and message; loaded at the server's warm-up

    duplicates = DuplicateIds()
    records = []
    for index, document in enumerate(documents):
        position = f"item {index}"
        record = _record_name(document, position)
        try:
            account = parse_document(document, max_posts=max_posts, position=position)
        except ApiError as exc:
            records.append(Record(index, record, error=exc.body()))
            continue
        problem = duplicates.problem(account.id, position)
        if problem is not None:
            records.append(Record(index, account.id, error=error_body("duplicate_id", f"{account.id}: {problem}",
                                                                      record=account.id)))
            continue
        if platform is not None:
            try:
                account = on_platform_or_404(account, platform)
            except ApiError as exc:
                records.append(Record(index, account.id, error=exc.body()))
                continue
        records.append(Record(index, account.id, account=account))
    return records

