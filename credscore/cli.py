"""The ``credscore`` command line: a thin layer over the library.

Every error a user can cause is one clear line on stderr (exit status 2); ``--debug`` shows
the traceback. ``batch`` exits with status 1 when any record failed (its rows are still written).
"""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import click
import typer

from credscore.errors import CredscoreError

app = typer.Typer(
    name="credscore",
    help="Tell a credible social-media expert from a fake, with the evidence behind the verdict.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

EXIT_RECORDS_FAILED = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3

_state = {"debug": False}


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class Lang(StrEnum):
    fr = "fr"
    en = "en"


ModelOption = Annotated[Path | None, typer.Option("--model", help="A model file (.skops) instead of the shipped one.")]
TrustOption = Annotated[bool, typer.Option(
    "--trust-model", help="Load a --model that has no sidecar, or a legacy pickle/joblib model (which runs any code "
    "it holds). Only for a file whose origin you trust.")]
RulesOption = Annotated[Path | None, typer.Option("--rules", help="Your rules file, merged over the bundled rules.")]
RedactOption = Annotated[bool, typer.Option(
    "--redact", help="Leave out the texts of direct messages and the handles of the people the account "
    "exchanged messages or follows with (evidence references are kept).")]


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False) -> None:
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _scorer(model: Path | None, rules: Path | None, trust: bool = False):  # type: ignore[no-untyped-def]
    from credscore.scoring import Scorer

    return Scorer(model=_load_model(model, trust) if model is not None and trust else model, rules=rules)


def _load_model(model: Path | None, trust: bool):  # type: ignore[no-untyped-def]
    from credscore.features import feature_names
    from credscore.model.persistence import load_model
    from credscore.resources import default_model_path

    return load_model(model or default_model_path(), expected_features=feature_names(), trust=trust)


@app.command()
def score(
    source: Annotated[str, typer.Argument(
        metavar="INPUT", help="An account document (JSON), a platform export (folder or .zip), a feed, or a "
        "handle: mastodon:@user@instance, bluesky:handle.bsky.social, rss:URL.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", help="text for people, json for machines.")]
    = OutputFormat.text,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language of the explanation (default: the account's).")]
    = None,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_posts: Annotated[int | None, typer.Option(
        "--max-posts", min=1, help="For a handle: fetch at most this many posts.")] = None,
    redact: RedactOption = False,
    trust_model: TrustOption = False,
) -> None:
    """Score one account and explain the verdict."""
    from credscore.inputs import load_any
    from credscore.render import render_text

    account = load_any(source, max_posts=max_posts)
    verdict = _scorer(model, rules, trust_model).score(account)
    if redact:
        from credscore.privacy import redact_verdict

        verdict = redact_verdict(verdict, account)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        shown = lang.value if lang else _dominant_language(verdict.coverage.languages)
        typer.echo(render_text(verdict, shown))


def _dominant_language(languages: dict[str, int]) -> str:
    return max(languages, key=lambda code: (languages[code], code == "en")) if languages else "en"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    input_file: Annotated[Path, typer.Argument(
        metavar="INPUT", help="Accounts: JSON Lines or a JSON array; the tabular form (a folder with accounts.parquet "
        "or accounts.csv, and posts/messages/follows/profiles tables); or a .txt list of handles to fetch "
        "(mastodon:@user@instance, bluesky:handle, rss:URL; one per line).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file: .csv, .jsonl or .parquet (with "
                                         "--engine dask: a folder of Parquet files).")],
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1, help="Worker processes (default: every core); "
                                             "with --engine dask and no --scheduler, the local cluster's workers.")]
    = None,
    engine: Annotated[Engine, typer.Option(help="local: this machine's cores; dask: a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(help="With --engine dask: the scheduler's address "
                                                  "(tcp://host:8786); default: a local cluster.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run of the same input and "
                                         "output where it stopped.")] = False,
    restart: Annotated[bool, typer.Option("--restart", help="Discard an interrupted run and start again.")] = False,
    chunk_size: Annotated[int, typer.Option(min=1, help="Accounts per chunk (the unit of work and of resumption).")]
    = 256,
    rules: RulesOption = None,
    model: ModelOption = None,
    trust_model: TrustOption = False,
    max_posts: Annotated[int | None, typer.Option(
        "--max-posts", min=1, help="For handles: fetch at most this many posts per account.")] = None,
) -> None:
    """Score every account of a file: one row per account (id, score, probability, band, top_reason, error),
    in input order. Exits with status 1 if any record failed (its row says why)."""
    from tqdm import tqdm

    from credscore.batch import DaskEngine, LocalEngine, ScorerSpec, output_format, score_file

    output_format(output)
    # A bad model or rules file stops here, named as the user gave it, before any work starts.
    _scorer(model, rules, trust_model)
    spec = ScorerSpec.from_paths(model, rules, trust=trust_model)
    runner = DaskEngine(scheduler, jobs) if engine is Engine.dask else LocalEngine(jobs)

    bar = None

    def progress(done: int):  # type: ignore[no-untyped-def]
        nonlocal bar
        bar = tqdm(desc="scoring", unit=" accounts", initial=done, file=sys.stderr, disable=None)
        return bar.update

    try:
        summary = score_file(input_file, output, spec, engine=runner, chunk_size=chunk_size, resume=resume,
                             restart=restart, max_posts=max_posts, progress=progress)
    finally:
        if bar is not None:
            bar.close()
    resumed = f" (resumed after {summary.resumed_chunks} chunk(s))" if summary.resumed_chunks else ""
    typer.echo(f"{summary.rows} accounts: {summary.scored} scored, {summary.errors} error(s) -> {summary.output}"
               f"{resumed}", err=True)
    if summary.errors:
        raise typer.Exit(EXIT_RECORDS_FAILED)


@app.command()
def train(
    data: Annotated[Path, typer.Argument(help="Labelled accounts (any file the loader reads).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the model (.skops).")],
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    name: Annotated[str, typer.Option(help="The model's name in its card.")] = "credscore-custom",
    text: Annotated[bool, typer.Option("--text/--no-text", help="Add the text component (TF-IDF wording model) "
                                       "beside the signals.")] = True,
    rules: RulesOption = None,
) -> None:
    """Train the classifier on labelled accounts; writes the model and its sidecar."""
    from credscore import __version__
    from credscore.features import feature_names
    from credscore.model.persistence import TEXT_FEATURE_NAME, save_model
    from credscore.model.training import fit_classifier, reference_distribution, training_set
    from credscore.rules import load_rules

    settings = load_rules(rules, known_features=feature_names()).verdict
    data_set = training_set(_accounts(data), settings.minimum_own_posts)
    model, metrics = fit_classifier(data_set, seed, text=text)
    card = save_model(model, output, {
        "name": name,
        "credscore_version": __version__,
        "feature_names": tuple(feature_names()) + ((TEXT_FEATURE_NAME,) if text else ()),
        "training_data": {"source": data.name, "sha256": data_set.fingerprint, "accounts": len(data_set.y),
                          "fake": int(data_set.y.sum()), "genuine": int(len(data_set.y) - data_set.y.sum()),
                          "left_out_insufficient_history": data_set.skipped},
        "metrics": metrics,
        "reference": reference_distribution(data_set),
        "seed": seed,
        "command": f"credscore train {data.as_posix()} -o {output.as_posix()} --seed {seed} --name {name}"
                   + ("" if text else " --no-text"),
    })
    figures = metrics["cross_validated"]
    typer.echo(f"trained on {len(data_set.y)} accounts ({data_set.skipped} left out: too little history); "
               f"cross-validated ROC-AUC {figures['roc_auc']:.3f}, Brier {figures['brier']:.3f} -> {output} "
               f"(sha256 {card.model_sha256[:12]})", err=True)


@app.command()
def evaluate(
    data: Annotated[Path, typer.Argument(help="Labelled accounts.")],
    model: ModelOption = None,
    rules: RulesOption = None,
    cross_validate: Annotated[bool, typer.Option(
        "--cross-validate", help="Train and test within the file, fold by fold (by family when accounts have "
        "one), beside a bag-of-words baseline, instead of scoring it with a trained model.")] = False,
    folds: Annotated[int, typer.Option(min=2, help="Folds for --cross-validate.")] = 5,
    text: Annotated[bool, typer.Option("--text/--no-text", help="With --cross-validate: train the text "
                                       "component too.")] = True,
    seed: Annotated[int, typer.Option(help="Seed of the folds for --cross-validate.")] = 0,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    trust_model: TrustOption = False,
) -> None:
    """ROC-AUC, PR-AUC, F1, accuracy, FPR, Brier, calibration, per language and per archetype."""
    from credscore import evaluate as evaluation
    from credscore.features import feature_names
    from credscore.rules import load_rules

    rule_set = load_rules(rules, known_features=feature_names())
    loaded = None if cross_validate else _load_model(model, trust_model)
    labelled = evaluation.labelled_set(_accounts(data), rule_set.verdict.minimum_own_posts)
    if cross_validate:
        figures = evaluation.cross_validate(labelled, rule_set, n_folds=folds, seed=seed, text=text)
    else:
        figures = evaluation.evaluate_model(labelled, loaded, rule_set)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(figures, indent=2))
    else:
        from credscore.render import render_evaluation

        typer.echo(render_evaluation(str(data), figures))


def _accounts(path: Path):  # type: ignore[no-untyped-def]
    """The accounts of a file; the first invalid record stops the command with its error."""
    from credscore.reader import iter_records

    for record in iter_records(path):
        if record.error is not None:
            raise record.error
        yield record.account


@app.command()
def synth(
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write (.jsonl, or .jsonl.gz).")],
    n: Annotated[int, typer.Option("-n", min=1, help="How many accounts.")] = 1200,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed writes the same bytes.")] = 0,
) -> None:
    """Generate a labelled synthetic corpus of raw account histories."""
    from credscore.synth import write_corpus

    write_corpus(output, n, seed=seed)
    typer.echo(f"{n} accounts -> {output}", err=True)


def _register_import_command() -> None:
    from credscore.importers.commands import import_command

    app.command("import", help="Turn platform exports, feeds and public accounts into one account document.")(
        import_command)


_register_import_command()


def _register_report_command() -> None:
    from credscore.report.command import report_command

    app.command("report", help="Write an HTML report: one account in detail, or an audit of several accounts.")(
        report_command)


_register_report_command()


def _register_serve_command() -> None:
    from credscore.api.command import serve_command

    app.command("serve", help="Serve the HTTP API (score, batch, report, health, model card; docs at /docs).")(
        serve_command)


_register_serve_command()


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _one_line(exc: BaseException) -> str:
    """The message on one line, printable on any terminal (a message may quote what was read)."""
    text = " ".join(str(exc).splitlines())
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def main() -> None:
    """Console entry point: user errors are one line, never a traceback."""
    try:
        # Without standalone mode click returns the exit status of `typer.Exit` instead of exiting.
        status = app(standalone_mode=False)
        sys.exit(status if isinstance(status, int) else 0)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USER_ERROR)
    except click.exceptions.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except CredscoreError as exc:
        if _state["debug"]:
            raise
        typer.echo(f"error: {_one_line(exc)}", err=True)
        sys.exit(EXIT_USER_ERROR)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        if _state["debug"]:
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {_one_line(exc)} (run with --debug for details, and "
                   "please report it)", err=True)
        sys.exit(EXIT_INTERNAL_ERROR)
