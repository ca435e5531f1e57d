"""``credscore batch``: every account of a file scored, one row each, resumable."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from credscore.cli.errors import interrupted
from credscore.cli.options import (
    EXIT_RECORDS_FAILED,
    MaxPostsOption,
    ModelOption,
    PlatformOption,
    RulesOption,
    TrustOption,
    make_scorer,
)

RESUME_HINT = "run the same command with --resume to continue where it stopped"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def batch(
    input_file: Annotated[Path, typer.Argument(
        metavar="INPUT", help="Accounts: JSON Lines or a JSON array; the tabular form (a folder with accounts.parquet "
        "or accounts.csv, and posts/messages/follows/profiles tables); or a .txt list of handles to fetch "
        "(mastodon:@user@instance, bluesky:handle, rss:URL; one per line).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file: .csv, .jsonl or .parquet (with "
                                         "--engine dask: a folder of Parquet files). Its folder must exist.")],
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1, help="Worker processes (default: every core, "
                                             "at most one per 1,000 accounts); with --engine dask and no "
                                             "--scheduler, the local cluster's workers.")]
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
    max_posts: MaxPostsOption = None,
    platform: PlatformOption = None,
) -> None:
    """Score every account of a file: one row per account (id, score, probability, band, top_reason, error, and the
    audience signals' engagement_shortfall, generic_comment_share, mass_follower_share, unexplained_growth_share),
    in input order. Then what an agency sorts by: platform (the one with the most posts with counters, else the
    most followers), followers (on it), engagement_rate (the median per post of likes + comments + reposts over the
    followers; over the views on YouTube), engagement_vs_tier (that median over the low end of the range published
    for the follower tier: below 1, below the range), real_audience_share (the share of the followers' sample with
    no mark of a bought or idle account). A blank cell: not measurable. Exits with status 1 if any record failed
    (its row says why), 130 if interrupted."""
    try:
        from credscore.atomic import check_output_folder
        from credscore.batch import (
            DaskEngine,
            LocalEngine,
            ScorerSpec,
            count_records,
            default_jobs,
            output_format,
            score_file,
        )
        from credscore.batch.worker import remember_scorer

        output_format(output)
        check_output_folder(output)
        # A bad model or rules file stops here, named as the user gave it, before any work starts.
        scorer = make_scorer(model, rules, trust_model) if model is not None or rules is not None else None
        spec = ScorerSpec.from_paths(model, rules, trust=trust_model, platform=platform)
        bar = _ProgressBar(count_records(input_file))
        # Without -j, as many workers as help: a small input is scored faster without starting any.
        runner = (DaskEngine(scheduler, jobs) if engine is Engine.dask
                  else LocalEngine(jobs or default_jobs(bar.total), warm_workers=True))
        if isinstance(runner, LocalEngine) and runner.jobs == 1:
            # Scored in this process: with the scorer already built (the shipped model is loaded here, once).
            remember_scorer(spec, scorer or make_scorer(model, rules, trust_model))
        # Otherwise only the workers load spaCy, scikit-learn and the shipped model: not this process.
        try:
            summary = score_file(input_file, output, spec, engine=runner, chunk_size=chunk_size, resume=resume,
                                 restart=restart, max_posts=max_posts, progress=bar.start)
        finally:
            bar.close()
    except KeyboardInterrupt:
        # Finished chunks are stored; the output itself is only written, atomically, at the end.
        interrupted(RESUME_HINT)
    resumed = f" (resumed after {summary.resumed_chunks} chunk(s))" if summary.resumed_chunks else ""
    typer.echo(f"{summary.rows} accounts: {summary.scored} scored, {summary.errors} error(s) -> {summary.output}"
               f"{resumed}", err=True)
    if summary.errors:
        raise typer.Exit(EXIT_RECORDS_FAILED)


class _ProgressBar:
    """A tqdm bar on stderr (only on a terminal) with the input's account count as its total, hence an ETA."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self._bar: Any = None  # a tqdm bar once started (tqdm ships no type hints)

    def start(self, done: int) -> Callable[[int], None]:
        from tqdm import tqdm

        self._bar = tqdm(desc="scoring", unit=" accounts", total=self.total, initial=done, file=sys.stderr,
                         disable=None, dynamic_ncols=True)
        return self._bar.update

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)
