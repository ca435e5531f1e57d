"""``credscore report``: score one account or a file of accounts and write the HTML report.

:func:`report_command` is a Typer command function; the CLI registers it with
``app.command("report")(report_command)``. One account gives the single-account report; a JSON
Lines file or a JSON array of several accounts gives the audit, where every record that cannot be
read or scored is an error row (the command then exits with status 1, like ``batch``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from credscore.cli import EXIT_RECORDS_FAILED, Lang, ModelOption, RulesOption
from credscore.errors import InputError
from credscore.reader import LoadedRecord

if TYPE_CHECKING:
    from credscore.account import Account
    from credscore.verdict import Verdict

__all__ = ["HTML_SUFFIXES", "report_command", "score_for_report", "write_report"]

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")


def report_command(
    source: Annotated[str, typer.Argument(
        metavar="INPUT", help="One account (a document, an export, a feed or a handle such as "
        "mastodon:@user@instance), or a JSON Lines file / JSON array of accounts for an audit.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the report (.html).")],
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language of the report (default: the accounts').")]
    = None,
    rules: RulesOption = None,
    model: ModelOption = None,
    redact: Annotated[bool, typer.Option(
        "--redact", help="Leave out the texts of direct messages and the handles of the people the account "
        "exchanged messages or follows with.")] = False,
    max_posts: Annotated[int | None, typer.Option(
        "--max-posts", min=1, help="For a handle: fetch at most this many posts.")] = None,
) -> None:
    """Write an HTML report: one account in detail, or an audit of several accounts."""
    from credscore.report import render_report
    from credscore.scoring import Scorer

    if output.suffix.lower() not in HTML_SUFFIXES:
        raise InputError(f"{output}: a report is an HTML file; name it with .html")
    scorer = Scorer(model=model, rules=rules)
    verdicts, accounts, errors = score_for_report(_records(source, max_posts), scorer)
    if redact:
        from credscore.privacy import redact_verdict

        # With its account at hand, redaction also hides the counterparts' handles in posts and profiles.
        verdicts = [redact_verdict(verdict, account) for verdict, account in zip(verdicts, accounts, strict=True)]
    html = render_report(verdicts, lang=lang.value if lang else None, card=scorer.model.card, errors=errors,
                         redact=redact, settings=scorer.rules.verdict)
    write_report(output, html)
    typer.echo(f"{len(verdicts) + len(errors)} account(s): {len(verdicts)} scored, {len(errors)} error(s) "
               f"-> {output}", err=True)
    if errors:
        raise typer.Exit(EXIT_RECORDS_FAILED)


def _records(source: str, max_posts: int | None) -> Iterator[LoadedRecord]:
    """The records of an account file, record by record; any other input as its one account."""
    from credscore.inputs import DOCUMENT_SUFFIXES, load_any
    from credscore.reader import iter_records

    path = Path(source)
    if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES:
        records = list(iter_records(path))
        if len(records) == 1 and records[0].error is not None:
            # A file of one account that does not load is an error, not an audit of one error row.
            raise records[0].error
        yield from records
    else:
        yield LoadedRecord("document", account=load_any(source, max_posts=max_posts))


def score_for_report(records: Iterable[LoadedRecord], scorer) -> tuple[  # type: ignore[no-untyped-def]
        list[Verdict], list[Account], list[tuple[str, str]]]:
    """The verdicts of the records (with their accounts) and an error per record that could not be scored."""
    from credscore.batch.run import CHUNK_SIZE, DuplicateIds

    verdicts: list[Verdict] = []
    accounts: list[Account] = []
    errors: list[tuple[str, str]] = []
    duplicates = DuplicateIds()
    pending: list[LoadedRecord] = []
    for record in records:
        if record.error is not None:
            errors.append((record.record_id, str(record.error)))
            continue
        assert record.account is not None
        problem = duplicates.problem(record.account.id, record.position)
        if problem:
            errors.append((record.account.id, problem))
            continue
        pending.append(record)
        if len(pending) >= CHUNK_SIZE:
            _score_chunk(pending, scorer, verdicts, accounts, errors)
            pending = []
    if pending:
        _score_chunk(pending, scorer, verdicts, accounts, errors)
    return verdicts, accounts, errors


def _score_chunk(records: list[LoadedRecord], scorer, verdicts: list[Verdict],  # type: ignore[no-untyped-def]
                 accounts: list[Account], errors: list[tuple[str, str]]) -> None:
    from credscore.batch.worker import score_loaded
    from credscore.verdict import Verdict

    for record, outcome in zip(records, score_loaded(records, scorer), strict=True):
        if isinstance(outcome, Verdict):
            verdicts.append(outcome)
            accounts.append(record.account)  # type: ignore[arg-type]
        else:
            errors.append((record.record_id, outcome))


def write_report(path: Path, html: str) -> None:
    """Write the report atomically: an interrupted run never leaves a half-written page."""
    from credscore.atomic import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda stream: stream.write(html))
