"""The Dask engine against the local one, on the same input, interleaved.

    python benchmarks/engines.py [--accounts 2000] [--jobs 2] [--rounds 3] [--seed 1]

Generates distinct accounts (the generator, with a seed no committed corpus uses), then runs in turn, in fresh
processes, ``credscore batch -j N`` (local engine) and ``credscore batch --engine dask -j N`` (a local Dask
cluster of N worker processes), and once ``-j 1`` as the reference, over several rounds so that the load of a
shared machine falls on all of them alike. Printed: each run's median wall time with its min–max, the throughput,
and the ratios to ``-j 1`` and between the two engines (wall time only: the local engine's workers are forked by a
server process whose CPU time is not counted as this benchmark's children; ``throughput.py`` measures CPU).
Both engines must give the same rows (checked on every run: ids, bands and scores).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd


def _run(arguments: list[str]) -> float:
    wall = time.perf_counter()
    subprocess.run([sys.executable, "-m", "credscore", "batch", *arguments], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        accounts = work / "accounts.jsonl"
        subprocess.run([sys.executable, "-m", "credscore", "synth", "-n", str(options.accounts), "--seed",
                        str(options.seed), "-o", str(accounts)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        runs = {"-j 1 (local)": ["-j", "1"], f"-j {options.jobs} (local)": ["-j", str(options.jobs)],
                f"-j {options.jobs} (dask)": ["-j", str(options.jobs), "--engine", "dask"]}
        times: dict[str, list[float]] = {name: [] for name in runs}
        reference = None
        for _ in range(options.rounds):
            for name, arguments in runs.items():
                output = work / f"out-{len(times[name])}-{abs(hash(name))}.parquet"
                times[name].append(_run([str(accounts), "-o", str(output), "--restart", *arguments]))
                rows = pd.read_parquet(output)[["id", "band", "score"]].reset_index(drop=True)
                if reference is None:
                    reference = rows
                pd.testing.assert_frame_equal(rows, reference)  # the same rows, whatever the engine
        print(f"{options.accounts} distinct accounts (seed {options.seed}), {options.rounds} interleaved rounds")
        base = statistics.median(times["-j 1 (local)"])
        medians = {}
        for name, walls in times.items():
            medians[name] = statistics.median(walls)
            print(f"  {name:16s} wall {medians[name]:6.1f} s ({min(walls):.1f}–{max(walls):.1f})  "
                  f"{options.accounts / medians[name]:6.1f} accounts/s  speed-up vs -j 1: {base / medians[name]:.2f}×")
        local, dask = medians[f"-j {options.jobs} (local)"], medians[f"-j {options.jobs} (dask)"]
        print(f"  Dask takes {dask / local:.2f}× the local engine's wall time at -j {options.jobs}")


if __name__ == "__main__":
    main()
