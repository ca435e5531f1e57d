"""What the commands share: exit statuses, choices, and the options declared once for all of them."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from credscore.scoring import Scorer

__all__ = [
    "EXIT_INTERNAL_ERROR", "EXIT_INTERRUPTED", "EXIT_RECORDS_FAILED", "EXIT_USER_ERROR", "AudienceSampleOption",
    "Lang", "LangOption",
    "MaxPostsOption", "ModelOption", "OutputFormat", "OutputFormatOption", "PlatformOption", "RedactOption",
    "RulesOption", "SourceOption", "TrustOption", "make_scorer",
]

EXIT_RECORDS_FAILED = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3
# 128 + SIGINT: what shells report for a command stopped by Ctrl-C.
EXIT_INTERRUPTED = 130


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class Lang(StrEnum):
    fr = "fr"
    en = "en"


ModelOption = Annotated[Path | None, typer.Option(
    "--model", help="A model file (.skops) instead of the shipped one.")]
TrustOption = Annotated[bool, typer.Option(
    "--trust-model", help="Load a model that has no sidecar, or a legacy pickle/joblib model (which runs any code "
    "it holds). Only for a file whose origin you trust.")]
RulesOption = Annotated[Path | None, typer.Option(
    "--rules", help="Your rules file, merged over the bundled rules.")]
PlatformOption = Annotated[str | None, typer.Option(
    "--platform", help="Score only what the account holds on this platform (e.g. instagram): its profile, posts, "
    "messages, follows, audience and counters there.")]
RedactOption = Annotated[bool, typer.Option(
    "--redact", help="Leave out the texts of direct messages and the handles of the people the account "
    "exchanged messages or follows with (evidence references are kept).")]
MaxPostsOption = Annotated[int | None, typer.Option(
    "--max-posts", min=1, help="For a handle: fetch at most this many posts per account.")]
AudienceSampleOption = Annotated[int | None, typer.Option(
    "--audience-sample", min=0, help="For a Mastodon or Bluesky handle: read the public profiles of at most this many "
    "followers, the most recent (default 200; 0 for none).")]
SourceOption = Annotated[str | None, typer.Option(
    "--source", help="The format of an export when detection is not enough (e.g. twitter-archive, "
    "linkedin-export).")]
LangOption = Annotated[Lang | None, typer.Option(
    "--lang", help="Language of the explanation or report (default: the account's).")]
OutputFormatOption = Annotated[OutputFormat, typer.Option("--format", help="text for people, json for machines.")]


def make_scorer(model: Path | None, rules: Path | None, trust: bool) -> Scorer:
    """The scorer of a command: a bad model or rules file is one clear error, named as the user gave it."""
    from credscore.scoring import Scorer

    return Scorer(model=model, rules=rules, trust=trust)


