"""Cold start: one verdict from a fresh process, against the floor of importing its libraries.

    python benchmarks/cold_start.py [--rounds 5] [--top 15]

Each round runs, in a fresh process each and in turn (so that the load of a shared machine falls on all
of them alike): the floor, ``python -c "import spacy, sklearn.linear_model"``; ``credscore score`` on the
bundled French and English examples (``--format json``); ``credscore --help`` and ``credscore --version``.
Printed: per command the median wall time with its min–max, the median CPU time (user + system) with its
min–max, the peak RSS, and the ratios of the medians to the floor's (wall and CPU: on a shared machine CPU
time is the steadier of the two).

By default the processes run as an installed credscore does, with its modules' bytecode compiled once (in a
temporary pycache folder, warmed up by one unmeasured run of each command): an environment that sets
``PYTHONDONTWRITEBYTECODE`` would otherwise compile credscore's hundred-odd modules from source in every run
(about 0.2 s), which no installed copy does. ``--no-bytecode`` measures the environment as it is.

Then the breakdown of one French run: the imports that cost most (``python -X importtime``, by cumulative
time, top-level and overall), and the stages inside the process (imports, model and rules, pipelines,
function words and lemma tables, the first verdict, a second verdict of the same account).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "data" / "examples"
FLOOR = "import spacy, sklearn.linear_model"
# The environment of the measured processes (see --no-bytecode).
ENV = dict(os.environ)


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    max_rss_mb: float


def commands() -> dict[str, list[str]]:
    credscore = [sys.executable, "-m", "credscore"]
    return {
        "floor (import spacy, sklearn.linear_model)": [sys.executable, "-c", FLOOR],
        "credscore score fr_fake_guru.json": [*credscore, "score", str(EXAMPLES / "fr_fake_guru.json"),
                                               "--format", "json"],
        "credscore score en_fake_guru.json": [*credscore, "score", str(EXAMPLES / "en_fake_guru.json"),
                                               "--format", "json"],
        "credscore --help": [*credscore, "--help"],
        "credscore --version": [*credscore, "--version"],
    }


def run_once(command: list[str]) -> Run:
    """Wall time, CPU time (user + system, the process and its children) and peak RSS of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {stderr.strip()[-500:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s ({min(values):.2f}–{max(values):.2f})"


def timings(rounds: int) -> None:
    runs: dict[str, list[Run]] = {name: [] for name in commands()}
    for command in commands().values():
        run_once(command)  # unmeasured: compiles the bytecode, fills credscore's cache
    for number in range(rounds):
        for name, command in commands().items():
            runs[name].append(run_once(command))
        print(f"round {number + 1}/{rounds} done", file=sys.stderr)
    floor = runs[next(iter(runs))]
    floor_wall = statistics.median(run.wall for run in floor)
    floor_cpu = statistics.median(run.cpu for run in floor)
    print(f"\n## Cold start, {rounds} interleaved rounds (median, min–max)\n")
    print(f"{'command':46} {'wall':>24} {'CPU':>24} {'RSS':>8} {'wall ×':>7} {'CPU ×':>6}")
    for name, found in runs.items():
        walls, cpus = [run.wall for run in found], [run.cpu for run in found]
        print(f"{name:46} {spread(walls):>24} {spread(cpus):>24} {max(run.max_rss_mb for run in found):5.0f} MB "
              f"{statistics.median(walls) / floor_wall:6.2f} {statistics.median(cpus) / floor_cpu:6.2f}")


def import_breakdown(top: int) -> None:
    command = [sys.executable, "-X", "importtime", "-m", "credscore", "score", str(EXAMPLES / "fr_fake_guru.json"),
               "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=True, env=ENV)
    rows = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        head, cumulative_us, name = line.split("|", 2)
        self_us = head.split(":")[1]
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((depth, int(self_us), int(cumulative_us), name.strip()))
    total = sum(cumulative for depth, _, cumulative, _ in rows if depth == 0)
    print(f"\n## Imports of `credscore score fr_fake_guru.json` (-X importtime): {len(rows)} modules, "
          f"{total / 1e6:.2f} s\n")
    print("Top-level imports by cumulative time:")
    for _, _, cumulative, name in sorted((row for row in rows if row[0] == 0), key=lambda row: -row[2])[:top]:
        print(f"  {cumulative / 1e3:8.0f} ms  {name}")
    print("Modules by own (self) time:")
    for _, own, cumulative, name in sorted(rows, key=lambda row: -row[1])[:top]:
        print(f"  {own / 1e3:8.0f} ms  {name} (cumulative {cumulative / 1e3:.0f} ms)")
    heavy = ("pandas", "dask", "matplotlib", "fastapi", "pyarrow", "jinja2", "lingua", "pytest")
    present = sorted({name for *_, name in rows if name.split(".")[0] in heavy and "." not in name})
    print(f"Optional heavy packages imported: {', '.join(present) or 'none'}")


STAGES = """
import sys, time
start = time.perf_counter()
cpu = time.process_time()
marks = []
def mark(stage):
    global start, cpu
    now, now_cpu = time.perf_counter(), time.process_time()
    marks.append((stage, now - start, now_cpu - cpu))
    start, cpu = now, now_cpu
import credscore.cli
mark("import credscore.cli (the command line)")
import credscore.scoring
mark("import credscore.scoring (spaCy, scikit-learn, signals)")
from credscore.scoring import Scorer
scorer = Scorer()
mark("model and rules loaded")
from credscore.inputs import load_any
account = load_any(sys.argv[1])
mark("account read and validated")
from credscore.nlp.pipeline import default_pipelines
default_pipelines()["fr"]  # the one a French account needs (each language's is built when first asked for)
mark("French pipeline built (tokenizer, lexicon matcher)")
from credscore.nlp.language import _function_words
_function_words()
mark("function words (stop words, lemma tables)")
scorer.score(account)
mark("first verdict (language id, analysis, signals, model)")
scorer.score(account)
mark("second verdict of the same account")
for stage, wall, cpu in marks:
    print(f"{wall:.3f}\\t{cpu:.3f}\\t{stage}")
"""


def stage_breakdown(rounds: int) -> None:
    found: dict[str, list[tuple[float, float]]] = {}
    for _ in range(rounds):
        result = subprocess.run([sys.executable, "-c", STAGES, str(EXAMPLES / "fr_fake_guru.json")],
                                capture_output=True, text=True, cwd=REPO, check=True, env=ENV)
        for line in result.stdout.splitlines():
            wall, cpu, stage = line.split("\t")
            found.setdefault(stage, []).append((float(wall), float(cpu)))
    print(f"\n## Stages of one French verdict, in process ({rounds} runs, median wall / CPU)\n")
    for stage, values in found.items():
        print(f"  {statistics.median(w for w, _ in values):6.2f} s  {statistics.median(c for _, c in values):6.2f} s"
              f"  {stage}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--top", type=int, default=15, help="imports listed in the breakdown (default 15)")
    parser.add_argument("--stage-runs", type=int, default=3, help="runs of the in-process stages (default 3)")
    parser.add_argument("--no-bytecode", dest="bytecode", action="store_false",
                        help="keep the environment's PYTHONDONTWRITEBYTECODE (modules compiled from source each run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cold-start-pycache-") as pycache:
        if args.bytecode:
            ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            ENV["PYTHONPYCACHEPREFIX"] = pycache
        print(f"bytecode: {'compiled once, as installed' if args.bytecode else 'as the environment has it'}")
        timings(args.rounds)
        import_breakdown(args.top)
        stage_breakdown(args.stage_runs)


if __name__ == "__main__":
    main()
