"""What ``credscore report`` runs (the command itself is in :mod:`credscore.cli.report`).

One account gives the single-account report; a JSON Lines file or a JSON array of several accounts
gives the audit, where every record that cannot be read or scored is an error row.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from credscore.reader import LoadedRecord

if TYPE_CHECKING:
    from credscore.account import Account
    from credscore.verdict import Verdict

__all__ = ["HTML_SUFFIXES", "records_of", "score_for_report", "write_report"]

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")


def records_of(source: str, max_posts: int | None = None, source_format: str | None = None,
               audience_sample: int | None = None) -> Iterator[LoadedRecord]:
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
        yield LoadedRecord("document", account=load_any(source, max_posts=max_posts, source_format=source_format,
                                                        audience_sample=audience_sample))


def score_for_report(records: Iterable[LoadedRecord], scorer) -> tuple[
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


def _score_chunk(records: list[LoadedRecord], scorer, verdicts: list[Verdict],
                 accounts: list[Account], errors: list[tuple[str, str]]) -> None:
    from credscore.batch.worker import score_loaded
    from credscore.verdict import Verdict

    for record, outcome in zip(records, score_loaded(records, scorer), strict=True):
        if isinstance(outcome, Verdict):
            verdicts.append(outcome)
            accounts.append(record.loaded_account())
        else:
            errors.append((record.record_id, outcome))


def write_report(path: Path, html: str) -> None:
    """Write the report atomically: an interrupted run never leaves a half-written page. Its folder must exist."""
    from credscore.atomic import check_output_folder, write_atomically

    check_output_folder(path)
    write_atomically(path, lambda stream: stream.write(html))
