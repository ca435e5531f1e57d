"""``credscore synth``: a labelled synthetic corpus of raw account histories."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def synth(
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write (.jsonl, or .jsonl.gz).")],
    n: Annotated[int, typer.Option("-n", min=1, help="How many accounts.")] = 1200,
    seed: Annotated[int | None, typer.Option(help="Random seed: the same seed writes the same bytes (default: the "
                                             "generator's own, which draws no committed corpus).",
                                             show_default=False)] = None,
) -> None:
    """Generate a labelled synthetic corpus of raw account histories. Warns when the draw repeats the shipped
    model's training accounts (an evaluation on them would be in-sample)."""
    # Imported here: the generator's modules are not needed by the other commands, nor by --help.
    from credscore.atomic import check_output_folder
    from credscore.synth import write_corpus
    from credscore.synth.corpora import DEFAULT_SEED, training_overlap

    check_output_folder(output)
    seed = DEFAULT_SEED if seed is None else seed
    overlap = training_overlap(seed, n)
    if overlap is not None:
        # A warning, not a refusal: the README's command that rebuilds the training corpus draws it on purpose.
        typer.echo(f"warning: {overlap.message}", err=True)
    write_corpus(output, n, seed=seed)
    typer.echo(f"{n} accounts -> {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command("synth")(synth)
