"""``credscore report``: the HTML report of one account, or the audit of a file of accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from credscore.cli.options import (
    EXIT_RECORDS_FAILED,
    AudienceSampleOption,
    LangOption,
    MaxPostsOption,
    ModelOption,
    PlatformOption,
    RedactOption,
    RulesOption,
    SourceOption,
    TrustOption,
    make_scorer,
)
from credscore.errors import InputError


def report(
    source: Annotated[str, typer.Argument(
        metavar="INPUT", help="One account (a document, an export, a feed or a handle such as "
        "mastodon:@user@instance), or a JSON Lines file / JSON array of accounts for an audit.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the report (.html); its folder "
                                         "must exist.")],
    lang: LangOption = None,
    rules: RulesOption = None,
    model: ModelOption = None,
    trust_model: TrustOption = False,
    max_posts: MaxPostsOption = None,
    audience_sample: AudienceSampleOption = None,
    source_format: SourceOption = None,
    redact: RedactOption = False,
    platform: PlatformOption = None,
) -> None:
    """Write an HTML report: one account in detail, or an audit of several accounts. Exits with status 1 if any
    record of an audit failed (its row says why)."""
    from credscore.reader import on_platform_records
    from credscore.report import render_report
    from credscore.report.command import HTML_SUFFIXES, records_of, score_for_report, write_report

    if output.suffix.lower() not in HTML_SUFFIXES:
        raise InputError(f"{output}: a report is an HTML file; name it with .html")
    scorer = make_scorer(model, rules, trust_model)
    records = records_of(source, max_posts, source_format, audience_sample)
    if platform is not None:
        records = on_platform_records(records, platform)
    verdicts, accounts, errors = score_for_report(records, scorer)
    if redact:
        from credscore.privacy import redact_verdict

        # With its account at hand, redaction also hides the counterparts' handles in posts and profiles.
        verdicts = [redact_verdict(verdict, account) for verdict, account in zip(verdicts, accounts, strict=True)]
    html = render_report(verdicts, lang=lang.value if lang else None, card=scorer.model.card, errors=errors,
                         redact=redact, settings=scorer.rules.verdict, accounts=accounts)
    write_report(output, html)
    typer.echo(f"{len(verdicts) + len(errors)} account(s): {len(verdicts)} scored, {len(errors)} error(s) "
               f"-> {output}", err=True)
    if errors:
        raise typer.Exit(EXIT_RECORDS_FAILED)


def register(app: typer.Typer) -> None:
    app.command("report")(report)
