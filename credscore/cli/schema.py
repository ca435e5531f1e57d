"""``credscore schema``: the JSON Schema of what credscore writes, for the programs that read it."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer


class Document(StrEnum):
    verdict = "verdict"


def schema(
    document: Annotated[Document, typer.Argument(help="Which document: verdict (`score --format json`, the API).")],
) -> None:
    """Print the JSON Schema (draft 2020-12) of a document credscore writes."""
    from credscore.verdict import verdict_json_schema

    typer.echo(json.dumps(verdict_json_schema(), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
