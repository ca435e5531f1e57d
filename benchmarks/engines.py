"""The Dask engine and ``score_frame`` against the local engine, on the same input, interleaved.

    python benchmarks/engines.py [--accounts 2000] [--jobs 2] [--rounds 3] [--seed 1] [--no-frame]

Generates distinct accounts (the generator, with a seed no committed corpus uses), then runs in turn, in fresh
processes, ``credscore batch -j 1`` (the reference), ``credscore batch -j N`` (local engine) and
``credscore batch --engine dask -j N`` (a local Dask cluster of N worker processes), and ``score_frame`` with
``jobs=1`` and ``jobs=N`` in a ``python -c`` process (as in a notebook: a DataFrame of the same accounts; only
the scoring call is timed, with the CPU of the pool it starts, not reading the file into the frame), over
several rounds in a rotating order so that the load of a shared machine falls on all of them alike. Printed per
run: the median wall time and CPU time (user + system of every process of the run, read from /proc as in
``throughput.py``) with their min–max, and per round ratios to ``-j 1`` (the frame's to ``jobs=1``): the
speed-up in wall time beside the CPU it cost. On a shared machine the wall time measures the neighbours as much
as the code; the CPU time much less so.
Every run must give the same rows (checked on every run: ids, bands and scores).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from throughput import ratios, rounds, summary, timed_process  # benchmarks/ is the script's folder

# A notebook's call, as a program with no main module (what `python -c` is, like a notebook's kernel):
# `score_frame` may then fork its workers from the warm server. Only the scoring call is timed.
FRAME = """
import json, sys, time
sys.path.insert(0, sys.argv[4])
import pandas as pd
from throughput import family, process_cpu
from credscore.batch import score_frame
documents = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
frame = pd.DataFrame(documents)
started, cpu = time.perf_counter(), process_cpu(family)
scored = score_frame(frame, jobs=int(sys.argv[2]))
# The pool's workers (and the warm server) are still alive: their CPU time is counted.
print(time.perf_counter() - started, process_cpu(family) - cpu)
scored.to_parquet(sys.argv[3])
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-frame", action="store_true", help="leave out score_frame")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        accounts = work / "accounts.jsonl"
        subprocess.run([sys.executable, "-m", "credscore", "synth", "-n", str(options.accounts), "--seed",
                        str(options.seed), "-o", str(accounts)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        reference: list[pd.DataFrame] = []

        def same_rows(output: Path) -> None:
            rows = pd.read_parquet(output)[["id", "band", "score"]].reset_index(drop=True)
            if not reference:
                reference.append(rows)
            pd.testing.assert_frame_equal(rows, reference[0])  # the same rows, whatever the engine

        runs = iter(range(10**9))  # each run its own output (Dask writes a folder, the local engine a file)

        def batch(*arguments: str) -> Callable[[], tuple[float, float]]:
            def run() -> tuple[float, float]:
                output = work / f"batch-{next(runs)}.parquet"
                measured = timed_process([sys.executable, "-m", "credscore", "batch", str(accounts), "-o",
                                          str(output), "--restart", *arguments])
                same_rows(output)
                return measured
            return run

        def frame(jobs: int) -> Callable[[], tuple[float, float]]:
            def run() -> tuple[float, float]:
                output = work / f"frame-{next(runs)}.parquet"
                done = subprocess.run([sys.executable, "-c", FRAME, str(accounts), str(jobs), str(output),
                                       str(Path(__file__).resolve().parent)], check=True, capture_output=True,
                                      text=True)
                same_rows(output)
                wall, cpu = map(float, done.stdout.split()[-2:])
                return wall, cpu
            return run

        many = options.jobs
        sides = {"batch -j 1": batch("-j", "1"), f"batch -j {many}": batch("-j", str(many)),
                 f"dask -j {many}": batch("-j", str(many), "--engine", "dask")}
        if not options.no_frame:
            sides |= {"frame jobs=1": frame(1), f"frame jobs={many}": frame(many)}
        print(f"{options.accounts} distinct accounts (seed {options.seed}), {options.rounds} interleaved rounds")
        results = rounds(sides, options.rounds)
        for name, measured in results.items():
            print(f"  {name:14s} wall {summary([wall for wall, _ in measured])}, CPU "
                  f"{summary([cpu for _, cpu in measured])}, "
                  f"{options.accounts / statistics.median(wall for wall, _ in measured):.0f} accounts/s")
        for name, base in ((f"batch -j {many}", "batch -j 1"), (f"dask -j {many}", "batch -j 1"),
                           (f"frame jobs={many}", "frame jobs=1")):
            if name in results:
                print(f"  {name}: throughput {summary(ratios(results, base, name, 0), 'x')} that of {base} (wall), "
                      f"CPU {summary(ratios(results, name, base, 1), 'x')} that of {base}")
        dask, local = f"dask -j {many}", f"batch -j {many}"
        print(f"  Dask takes {summary(ratios(results, dask, local, 0), 'x')} the local engine's wall time at "
              f"-j {many}, {summary(ratios(results, dask, local, 1), 'x')} its CPU time")


if __name__ == "__main__":
    main()
