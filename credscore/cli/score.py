"""``credscore score``: one account, its verdict and the reasons behind it."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from credscore.cli.options import (
    AudienceSampleOption,
    LangOption,
    MaxPostsOption,
    ModelOption,
    OutputFormat,
    OutputFormatOption,
    PlatformOption,
    RedactOption,
    RulesOption,
    SourceOption,
    TrustOption,
    make_scorer,
)


def score(
    source: Annotated[str, typer.Argument(
        metavar="INPUT", help="An account document (JSON), a platform export (folder or .zip), a feed, or a "
        "handle: mastodon:@user@instance, bluesky:handle.bsky.social, rss:URL.")],
    output_format: OutputFormatOption = OutputFormat.text,
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
    """Score one account and explain the verdict."""
    from credscore.inputs import load_any
    from credscore.render import render_text

    scorer = make_scorer(model, rules, trust_model)
    account = load_any(source, max_posts=max_posts, source_format=source_format, audience_sample=audience_sample)
    if platform is not None:
        from credscore.account import on_platform

        account = on_platform(account, platform)
    verdict = scorer.score(account)
    if redact:
        from credscore.privacy import redact_verdict

        verdict = redact_verdict(verdict, account)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        from credscore.words import explanation_language

        typer.echo(render_text(verdict, lang.value if lang else explanation_language(verdict.coverage.languages)))


def register(app: typer.Typer) -> None:
    app.command("score")(score)
