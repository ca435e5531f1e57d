"""Batch throughput and memory, against the floor of bare spaCy tokenisation on the same texts.

    python benchmarks/throughput.py [--accounts 1500] [--jobs 2] [--rss 10000,100000] [--seed 0]

Workload: a pool of synthetic accounts (``credscore synth``: French and English mixed, posts on
several platforms, DMs and follows) repeated under new ids to ``--accounts``, written as JSON Lines.
Printed, all measured in this run:
- the floor: spaCy's blank French/English tokenizers over every text credscore reads (posts, DMs,
  bios; ``nlp.pipe``, nothing else in the pipeline), in one process, best of three runs;
- the whole batch (read, decode, validate, analyse, signals, model, rules, write the CSV) on 1 core
  and on ``--jobs`` cores, workers warmed up first (as in a long batch), best of ``--repeat`` runs, its
  time as a multiple of the floor;
- the scaling ratio;
- with ``--rss``: the peak RSS of ``credscore batch -j 1`` over files of those numbers of small accounts
  (10 posts each, the same shape), each in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

import spacy

from credscore.batch import CHUNK_SIZE, LocalEngine, ScorerSpec, default_jobs, score_file
from credscore.synth import generate_accounts

POOL = 400


def workload(path: Path, accounts: int, seed: int, *, posts: int | None = None) -> list[dict]:
    """Write ``accounts`` accounts to ``path`` (a pool repeated under new ids); return the pool."""
    pool = list(generate_accounts(POOL, seed=seed))
    if posts is not None:
        pool = [{**document, "posts": document.get("posts", [])[:posts]} for document in pool]
    with path.open("w", encoding="utf-8") as stream:
        for number, document in enumerate(islice(cycle(pool), accounts)):
            stream.write(json.dumps({**document, "id": f"bench-{number:08d}"}, ensure_ascii=False) + "\n")
    return pool


def texts_of(path: Path) -> list[tuple[str, str]]:
    found = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            document = json.loads(line)
            lang = "fr" if document.get("lang") == "fr" else "en"
            found += [(lang, item["text"]) for key in ("posts", "messages") for item in document.get(key, [])]
            found += [(lang, profile.get("bio") or "") for profile in document.get("profiles", [])]
    return found


def floor_seconds(texts: list[tuple[str, str]], runs: int = 3) -> tuple[float, int]:
    """The best of ``runs`` (a short run is easily disturbed; the best is what the tokenizer can do), each with
    new pipelines: a tokenizer that has seen the texts before answers from its cache."""
    best, tokens = float("inf"), 0
    for _ in range(runs):
        pipelines = {lang: spacy.blank(lang) for lang in ("fr", "en")}
        tokens, started = 0, time.perf_counter()
        for lang, nlp in pipelines.items():
            tokens += sum(len(doc) for doc in nlp.pipe((text for code, text in texts if code == lang),
                                                       batch_size=1000))
        best = min(best, time.perf_counter() - started)
    return best, tokens


def batch_seconds(source: Path, output: Path, jobs: int, chunk_size: int, repeat: int) -> float:
    """The best of ``repeat`` runs of the whole batch, workers warmed up first."""
    engine = LocalEngine(jobs)
    # Warm-up: start the workers and let each load its pipelines and model, as they are for most of a long batch.
    warm = source.with_name("warm.jsonl")
    with source.open(encoding="utf-8") as stream, warm.open("w", encoding="utf-8") as copy:
        copy.writelines(islice(stream, 8 * jobs))
    score_file(warm, output, ScorerSpec(), engine=engine, chunk_size=4, restart=True)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        score_file(source, output, ScorerSpec(), engine=engine, chunk_size=chunk_size, restart=True)
        best = min(best, time.perf_counter() - started)
    return best


def peak_rss_mb(source: Path, output: Path) -> float:
    code = ("import resource, sys; from credscore.batch import LocalEngine, score_file; "
            "score_file(sys.argv[1], sys.argv[2], engine=LocalEngine(1)); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code, str(source), str(output)], capture_output=True, text=True,
                          check=True)
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1500)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--rss", default="", help="comma-separated account counts for the memory runs")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each batch measurement (the best counts)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="credscore-bench-") as folder:
        folder = Path(folder)
        source = folder / "accounts.jsonl"
        workload(source, args.accounts, args.seed)
        texts = texts_of(source)
        posts = sum(1 for line in source.open(encoding="utf-8") for _ in json.loads(line).get("posts", []))
        floor, tokens = floor_seconds(texts)
        distinct = len({text for _, text in texts})
        print(f"workload: {args.accounts} accounts, {posts} posts ({posts / args.accounts:.0f}/account), "
              f"{len(texts)} texts ({distinct / len(texts):.0%} distinct), {tokens} tokens (seed {args.seed})")
        print(f"floor (blank tokenizer, 1 core): {tokens / floor:,.0f} tokens/s, {args.accounts / floor:,.1f} "
              "accounts/s")
        one = batch_seconds(source, folder / "scores.csv", 1, args.chunk_size, args.repeat)
        print(f"credscore batch, 1 core:  {args.accounts / one:,.1f} accounts/s, {posts / one:,.0f} posts/s "
              f"= {one / floor:.2f}x the floor")
        if args.jobs > 1:
            many = batch_seconds(source, folder / "scores.csv", args.jobs, args.chunk_size, args.repeat)
            print(f"credscore batch, {args.jobs} cores: {args.accounts / many:,.1f} accounts/s, "
                  f"{posts / many:,.0f} posts/s; scaling {one / many:.2f}x")
        for count in [int(n) for n in args.rss.split(",") if n]:
            small = folder / f"small-{count}.jsonl"
            workload(small, count, args.seed, posts=10)
            peak = peak_rss_mb(small, folder / "rss.csv")
            print(f"peak RSS, {count:,} accounts of <=10 posts, 1 core: {peak:,.0f} MB")
            small.unlink()


if __name__ == "__main__":
    main()
