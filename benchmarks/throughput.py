"""Batch throughput and memory, against the floor of bare spaCy tokenisation on the same texts.

    python benchmarks/throughput.py [--accounts 2000] [--seed 1] [--rounds 3] [--jobs 2] [--rss 10000,100000]

Workload: ``--accounts`` *distinct* synthetic accounts (``credscore synth -n N --seed S``: French and
English mixed, posts on several platforms, DMs and follows), written as JSON Lines. Distinct, not a
pool repeated under new ids: spaCy's tokenizer cache (and credscore's own memos) would make both
sides cheap on repeated texts, which a real batch does not enjoy.

Each round runs, in a rotating order so that load drift on a shared machine hits every side alike:

- the **floor**: a fresh process that reads the file, ``json.loads`` every line and runs spaCy's blank
  French/English tokenizers over every text credscore reads (posts, DMs, bios; ``nlp.pipe``);
- ``credscore batch -j 1`` and ``credscore batch -j JOBS``, each a fresh process (whole runs: start-up,
  reading, decoding, validation, analysis, signals, model, rules, writing the output);
- with JOBS > 1, what the machine allows JOBS processes at once: JOBS pure-Python busy loops side by side
  against one (the ceiling of any wall-time scaling at that moment), and JOBS floors side by side, whose
  CPU time against one floor's is the machine's own price for running them at once (shared caches and
  memory bandwidth, the hypervisor): a pool pays it too, whatever its code.

Each side's wall time and CPU time (user + system, the process and every worker it waited for) are
taken per round. Printed: medians with min–max, and the ratios to the floor, **CPU-time ratio beside
the wall ratio**: on a shared machine the wall time measures the neighbours as much as the code, the
CPU time much less so. Then the steady state: batches in this process with warm workers (start-up
excluded, as in a long batch), each run over accounts of its own (the workers remember the texts they
have read, and a second run over the same accounts would find them all there), with the CPU per account
of one process and of the pool, and the tokenizer floor without its start-up over the same texts.

``--baseline TREE``: one more side, ``credscore batch -j 1`` run from the source tree TREE (a copy of an earlier
version: its ``credscore`` package, data and models), interleaved with the others: a change's effect measured
against the code before it in the same rounds, under the same load, and printed as this checkout's CPU over the
baseline's per round. ``--workload FILE``: those accounts (JSON Lines) instead of generated ones, so that
several runs of the benchmark read the same file without generating it again.

Each credscore side reads and writes its derived tables (``credscore.nlp.cache``) in a folder of its own,
built before the rounds: a user's cache folder is shared with every other credscore on the machine, and one of
another version (or another checkout) replaces the tables of this one, which each run would then build again.

``--rss``: the peak RSS of ``credscore batch -j 1`` over files of those numbers of small distinct
accounts (at most 10 posts each), each in a fresh process: memory must stay flat as the input grows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from credscore.batch import CHUNK_SIZE, LocalEngine, ScorerSpec, score_file
from credscore.synth import generate_accounts

CREDSCORE = [sys.executable, "-m", "credscore"]

# The floor as its own program: what any tool reading these accounts with spaCy must at least do.
FLOOR = """
import json, sys
import spacy
pipelines = {lang: spacy.blank(lang) for lang in ("fr", "en")}
texts = {"fr": [], "en": []}
with open(sys.argv[1], encoding="utf-8") as stream:
    for line in stream:
        document = json.loads(line)
        lang = "fr" if document.get("lang") == "fr" else "en"
        texts[lang] += [item["text"] for key in ("posts", "messages") for item in document.get(key, [])]
        texts[lang] += [profile.get("bio") or "" for profile in document.get("profiles", [])]
print(sum(len(doc) for lang, nlp in pipelines.items() for doc in nlp.pipe(texts[lang], batch_size=1000)))
"""


def private_cache(folder: Path, source: Path, tree: Path | None = None) -> dict[str, str]:
    """The environment of a credscore side (from ``tree``, a source tree, when given) whose derived tables live in
    ``folder``, built there by one untimed run over the first accounts of ``source``."""
    env = {**os.environ, "CREDSCORE_CACHE_DIR": str(folder)}
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(tree), os.environ.get("PYTHONPATH"))))
    first = folder.with_name(f"{folder.name}-accounts.jsonl")
    with source.open(encoding="utf-8") as stream, first.open("w", encoding="utf-8") as copy:
        copy.writelines(line for _, line in zip(range(8), stream, strict=False))
    subprocess.run([*CREDSCORE, "batch", str(first), "-o", str(first.with_suffix(".csv")), "--restart", "-j", "1"],
                   env=env, cwd=tree, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return env


def workload(path: Path, accounts: int, seed: int, *, posts: int | None = None) -> None:
    """Write ``accounts`` distinct generated accounts to ``path`` (at most ``posts`` posts each when given)."""
    with path.open("w", encoding="utf-8") as stream:
        for document in generate_accounts(accounts, seed=seed):
            if posts is not None:
                document = {**document, "posts": document.get("posts", [])[:posts]}
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")


def texts_of(path: Path) -> list[tuple[str, str]]:
    found = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            document = json.loads(line)
            lang = "fr" if document.get("lang") == "fr" else "en"
            found += [(lang, item["text"]) for key in ("posts", "messages") for item in document.get(key, [])]
            found += [(lang, profile.get("bio") or "") for profile in document.get("profiles", [])]
    return found


# Between the seeds of the steady-state runs' workloads: far apart, so that no two runs draw the same accounts.
STEADY_SEED_STEP = 1_000

# How often the CPU time of a run's processes is read: what a process spends after its last reading is missed.
SAMPLE_SECONDS = 0.05


def timed_process(command: Sequence[str], copies: int = 1, *, env: Mapping[str, str] | None = None,
                  cwd: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one fresh process and every process it starts; with ``copies``,
    of that many started at once (wall: until the last ends; CPU: all of them). ``env`` and ``cwd``: the
    process's environment and folder (default: this process's).

    Read from /proc over the run's session every :data:`SAMPLE_SECONDS`, not from ``RUSAGE_CHILDREN``: workers
    forked by a fork server are not the run's children, and a process nobody waits for is not counted there.
    Each process's last moments (under :data:`SAMPLE_SECONDS`) are missed, on every side alike.
    """
    started = time.perf_counter()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True, env=env, cwd=cwd) for _ in range(copies)]
    seen: dict[int, float] = {}
    while True:
        # Read before reaping: a finished process's times are gone once it is waited for.
        for process in processes:
            seen.update(session_cpu(process.pid))
        if all(process.poll() is not None for process in processes):
            break
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    for process in processes:
        seen.update(session_cpu(process.pid))  # helpers still winding down
        if process.returncode:
            raise subprocess.CalledProcessError(process.returncode, command)
    return wall, sum(seen.values())


def session_cpu(session: int) -> dict[int, float]:
    """The CPU seconds so far of each live process of ``session`` (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # the session id (field 6 of stat; 4th after the command name)
            found[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    return found


# CPU seconds each burner process spends: long enough to measure, short enough to repeat every round.
BURN_SECONDS = 2.0
BURN = ("import sys, time\nstarted = time.process_time()\n"
        "while time.process_time() - started < float(sys.argv[1]):\n    pass")


def machine_scaling(jobs: int) -> float:
    """How much faster ``jobs`` pure-Python busy loops finish than one run after the other, on this machine now.

    The ceiling of any pool's wall-time scaling at this moment: on a machine shared with others' work it is far
    below ``jobs``, and a pool's scaling means something only beside it.
    """
    command = [sys.executable, "-c", BURN, str(BURN_SECONDS)]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    burners = [subprocess.Popen(command) for _ in range(jobs)]
    for burner in burners:
        burner.wait()
    return jobs * alone / (time.perf_counter() - started)


def summary(values: Sequence[float], unit: str = "s") -> str:
    """The median, with min–max."""
    return f"{statistics.median(values):.2f}{unit} ({min(values):.2f}–{max(values):.2f})"


def rounds(sides: dict[str, Callable[[], tuple[float, float]]], count: int) -> dict[str, list[tuple[float, float]]]:
    """Run every side once per round, in an order rotated each round; (wall, cpu) per side and round."""
    names = list(sides)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for number in range(count):
        order = names[number % len(names):] + names[:number % len(names)]
        for name in order:
            results[name].append(sides[name]())
        shown = (f"{name} {results[name][-1][0]:.2f}x" if name == "machine" else
                 f"{name} {results[name][-1][0]:.1f}s wall {results[name][-1][1]:.1f}s CPU" for name in names)
        print(f"  round {number + 1}: " + ", ".join(shown), flush=True)
    return results


def ratios(results: dict[str, list[tuple[float, float]]], top: str, bottom: str, which: int) -> list[float]:
    """Per round, ``top`` over ``bottom`` (0: wall time, 1: CPU time): a ratio within one round shares its load."""
    return [a[which] / b[which] for a, b in zip(results[top], results[bottom], strict=True)]


def process_cpu(pids: Callable[[], list[int]]) -> float:
    """CPU seconds so far of this process and its live children (their /proc entries; Linux)."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in pids():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def family() -> list[int]:
    """This process and its descendants (the pool's workers)."""
    found, frontier = [os.getpid()], [os.getpid()]
    while frontier:
        pid = frontier.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{pid}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found.append(child)
                frontier.append(child)
    return found


def steady(sources: Sequence[Path], output: Path, jobs: int, chunk_size: int) -> list[tuple[float, float]]:
    """(wall, cpu) of one whole batch per source in this process, workers started and warmed up first.

    Each run reads other accounts than the runs before it: the workers keep what they have read in memos (a
    text met again is not read again), and a run over the very accounts of the previous one would find every
    text there, which no batch of distinct accounts does.
    """
    engine = LocalEngine(jobs, warm_workers=True)  # as the credscore command runs them
    warm = sources[0].with_name("warm.jsonl")
    with sources[0].open(encoding="utf-8") as stream, warm.open("w", encoding="utf-8") as copy:
        copy.writelines(line for _, line in zip(range(8 * jobs), stream, strict=False))
    score_file(warm, output, ScorerSpec(), engine=engine, chunk_size=4, restart=True)
    measured = []
    for source in sources:
        cpu, started = process_cpu(family), time.perf_counter()
        score_file(source, output, ScorerSpec(), engine=engine, chunk_size=chunk_size, restart=True)
        measured.append((time.perf_counter() - started, process_cpu(family) - cpu))
    return measured


def floor_in_process(texts_of_runs: Sequence[list[tuple[str, str]]]) -> list[tuple[float, float]]:
    """(wall, cpu) of the tokenizers alone over each run's texts (start-up and reading excluded), new pipelines
    each run."""
    import spacy

    measured = []
    for texts in texts_of_runs:
        pipelines = {lang: spacy.blank(lang) for lang in ("fr", "en")}
        started, cpu = time.perf_counter(), time.process_time()
        for lang, nlp in pipelines.items():
            for _doc in nlp.pipe((text for code, text in texts if code == lang), batch_size=1000):
                pass
        measured.append((time.perf_counter() - started, time.process_time() - cpu))
    return measured


def peak_rss_mb(source: Path, output: Path) -> float:
    # As ``credscore batch -j 1`` runs it (its objects set apart from the garbage collector after the first chunk).
    code = ("import resource, sys; from credscore.batch import LocalEngine, score_file; "
            "score_file(sys.argv[1], sys.argv[2], engine=LocalEngine(1, warm_workers=True)); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code, str(source), str(output)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:  # say why (the scoring process's last lines), not a traceback of this script
        last = "\n".join(done.stderr.strip().splitlines()[-3:])
        sys.exit(f"the memory run on {source.name} failed (exit {done.returncode}):\n{last}")
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of fresh processes")
    parser.add_argument("--jobs", type=int, default=2, help="the pool's size for the scaling measures")
    parser.add_argument("--steady-runs", type=int, default=2, help="in-process runs with warm workers (0: none)")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE)
    parser.add_argument("--rss", default="", help="comma-separated account counts for the memory runs")
    parser.add_argument("--baseline", type=Path, help="a source tree whose credscore batch -j 1 is a side too")
    parser.add_argument("--workload", type=Path, help="a JSON Lines file of accounts, instead of generated ones")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="credscore-bench-") as folder:
        folder = Path(folder)
        source = folder / "accounts.jsonl"
        if args.workload:
            source = args.workload.resolve()
            with source.open(encoding="utf-8") as stream:
                args.accounts = sum(1 for line in stream if line.strip())
        else:
            workload(source, args.accounts, args.seed)
        texts = texts_of(source)
        posts = sum(len(json.loads(line).get("posts", [])) for line in source.open(encoding="utf-8"))
        distinct = len({text for _, text in texts})
        print(f"workload: {args.accounts} distinct accounts "
              f"({args.workload if args.workload else f'seed {args.seed}'}), {posts} posts, {len(texts)} texts "
              f"({distinct / max(1, len(texts)):.0%} distinct); load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores")
        floor_script = folder / "floor.py"
        floor_script.write_text(FLOOR, encoding="utf-8")
        batch = [*CREDSCORE, "batch", str(source), "-o", str(folder / "scores.csv"), "--restart", "-j"]
        many = f"batch -j {args.jobs}"
        mine = private_cache(folder / "cache", source)
        sides = {"floor": lambda: timed_process([sys.executable, str(floor_script), str(source)]),
                 "batch -j 1": lambda: timed_process([*batch, "1"], env=mine)}
        if args.baseline:
            tree = args.baseline.resolve()
            theirs = private_cache(folder / "baseline-cache", source, tree)
            sides["baseline -j 1"] = lambda: timed_process(
                [*CREDSCORE, "batch", str(source), "-o", str(folder / "baseline.csv"), "--restart", "-j", "1"],
                env=theirs, cwd=tree)
        if args.jobs > 1:
            sides[many] = lambda: timed_process([*batch, str(args.jobs)], env=mine)
            sides["machine"] = lambda: (machine_scaling(args.jobs), 0.0)
            # The machine's own price for running JOBS processes at once (shared caches, memory bandwidth, the
            # hypervisor): the floor's CPU when JOBS copies run side by side, against one alone.
            sides[f"floor x{args.jobs}"] = lambda: timed_process(
                [sys.executable, str(floor_script), str(source)], copies=args.jobs)
        if args.rounds:
            print(f"whole processes, {args.rounds} interleaved rounds:")
            results = rounds(sides, args.rounds)
            for name, measured in results.items():
                if name == "machine" or name.startswith("floor x"):
                    continue
                print(f"  {name:12s} wall {summary([wall for wall, _ in measured])}, CPU "
                      f"{summary([cpu for _, cpu in measured])}, CPU per account "
                      f"{summary([1000 * cpu / args.accounts for _, cpu in measured], ' ms')}")
            print(f"  one core: CPU ratio to the floor {summary(ratios(results, 'batch -j 1', 'floor', 1), 'x')}, "
                  f"wall ratio {summary(ratios(results, 'batch -j 1', 'floor', 0), 'x')}")
            if args.baseline:
                baseline = ratios(results, "baseline -j 1", "floor", 1)
                print(f"  baseline: CPU ratio to the floor {summary(baseline, 'x')}; this checkout's CPU "
                      f"{summary(ratios(results, 'batch -j 1', 'baseline -j 1', 1), 'x')} the baseline's (per round)")
            if args.jobs > 1:
                side_by_side = [pair[1] / (args.jobs * alone[1])
                                for pair, alone in zip(results[f"floor x{args.jobs}"], results["floor"], strict=True)]
                print(f"  {args.jobs} cores: throughput {summary(ratios(results, 'batch -j 1', many, 0), 'x')} "
                      f"that of one (wall), CPU {summary(ratios(results, many, 'batch -j 1', 1), 'x')} "
                      "that of one (start-ups included); what the machine allowed meanwhile: "
                      f"{summary([scaling for scaling, _ in results['machine']], 'x')} for {args.jobs} busy loops, "
                      f"and {args.jobs} floors side by side took {summary(side_by_side, 'x')} the CPU of one alone "
                      "each")
        if args.steady_runs:
            # One workload per run, each of other accounts (seeds SEED, SEED + STEADY_SEED_STEP, ...): see steady().
            sources = [source]
            for run in range(1, args.steady_runs):
                sources.append(folder / f"steady-{run}.jsonl")
                workload(sources[-1], args.accounts, args.seed + run * STEADY_SEED_STEP)
            print(f"steady state (in this process, workers warm, medians of {args.steady_runs} runs over distinct "
                  "workloads):")
            floor = floor_in_process([texts] + [texts_of(path) for path in sources[1:]])
            one = steady(sources, folder / "scores.csv", 1, args.chunk_size)
            print(f"  tokenizer floor  wall {summary([w for w, _ in floor])}, CPU {summary([c for _, c in floor])}")
            print(f"  batch, 1 core    wall {summary([w for w, _ in one])}, CPU {summary([c for _, c in one])}: "
                  f"CPU {summary(ratios({'one': one, 'floor': floor}, 'one', 'floor', 1), 'x')} the floor (per "
                  f"run), {1000 * statistics.median(c for _, c in one) / args.accounts:.2f} ms CPU per account")
            if args.jobs > 1:
                pool = steady(sources, folder / "scores.csv", args.jobs, args.chunk_size)
                print(f"  batch, {args.jobs} cores  wall {summary([w for w, _ in pool])}, CPU "
                      f"{summary([c for _, c in pool])}: throughput "
                      f"{statistics.median(w for w, _ in one) / statistics.median(w for w, _ in pool):.2f}x one core "
                      f"(wall), {1000 * statistics.median(c for _, c in pool) / args.accounts:.2f} ms CPU per account "
                      "(all processes)")
        for count in [int(n) for n in args.rss.split(",") if n]:
            small = folder / f"small-{count}.jsonl"
            workload(small, count, args.seed, posts=10)
            peak = peak_rss_mb(small, folder / "rss.csv")
            print(f"peak RSS, {count:,} distinct accounts of <=10 posts, 1 core: {peak:,.0f} MB")
            small.unlink()


if __name__ == "__main__":
    main()
