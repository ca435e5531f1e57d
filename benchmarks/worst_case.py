"""Worst case of the near-duplicate search: accounts of low-vocabulary posts, timed signal by signal.

    python benchmarks/worst_case.py [--sizes 4000,8000,16000,50000] [--vocabulary 30] [--repeat 3] [--seed 0]
                                    [--verdict 50000 [--chunk-memory]]

On ordinary text every word bigram is rare and the near-duplicate search of ``cross_posting`` (and the
burst search of ``automation_cadence``, which shares it) only compares a post with its few look-alikes.
On text written with a few dozen words every bigram is common: an exact all-pairs search is quadratic
(20 s at 12,000 posts before the search was bounded). Two workloads per size, on three platforms:

- ``random``: posts of 8 to 30 words drawn from ``--vocabulary`` words;
- ``spun``: one 20-word text, each post with a few words swapped from a small pool (spintax), which
  makes every post a near-duplicate of many others.

The accounts are built as analysed texts directly (the words are known), so that the time printed is
the signals' alone, not spaCy's; each figure is the median of ``--repeat`` runs (min–max), CPU time
of this process (the machine is shared: wall time is noisier). Each signal is timed with its own
search; "both" is the two as scoring runs them, the second reusing the first's search.

``--verdict N`` then times what a user waits for: a whole verdict (``Scorer.score``: validation, language, spaCy's
reading, every signal, the model and the rules) of one account of N low-vocabulary posts of each shape, as the API
or ``credscore score`` would get it, with the pipelines already built (warm-up verdicts in French and English
first) and texts of their own for each repeat (so that no memo of an earlier run helps). ``--chunk-memory`` also
scores each repeat without the memory a chunk keeps of each signal's per-text readings
(``credscore/signals/readings.py``), alternating, in the same process: what it saves when the views read an
account's texts again.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from credscore.account import parse_account
from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.signals import cross_posting as cross_posting_module
from credscore.signals.automation_cadence import automation_cadence
from credscore.signals.cross_posting import cross_posting

PLATFORMS = ("twitter", "linkedin", "facebook")
START = datetime(2024, 1, 1, tzinfo=UTC)
SPUN_WORDS = 20
SPIN_CHOICES = 3


def random_words(rng: random.Random, vocabulary: list[str]) -> list[str]:
    return [rng.choice(vocabulary) for _ in range(rng.randint(8, 30))]


def spun_words(rng: random.Random, vocabulary: list[str]) -> list[str]:
    base = vocabulary[:SPUN_WORDS]
    return [rng.choice(vocabulary[SPUN_WORDS:SPUN_WORDS + SPIN_CHOICES]) if rng.random() < 0.1 else word
            for word in base]


def document(size: int, shape: str, vocabulary: int, seed: int) -> tuple[dict, list[list[str]]]:
    """The account as a user sends it (JSON-ready), and each post's words."""
    rng = random.Random(seed)
    words = [f"mot{n}" for n in range(max(vocabulary, SPUN_WORDS + SPIN_CHOICES))]
    draw = random_words if shape == "random" else spun_words
    texts = [draw(rng, words[:vocabulary] if shape == "random" else words) for _ in range(size)]
    posts = [{"platform": PLATFORMS[n % len(PLATFORMS)], "text": " ".join(text),
              "created_at": (START + timedelta(minutes=7 * n + rng.randint(0, 3))).isoformat()}
             for n, text in enumerate(texts)]
    return {"id": f"worst-{shape}-{size}-{seed}", "posts": posts}, texts


def build(size: int, shape: str, vocabulary: int, seed: int) -> AnalysedAccount:
    raw, texts = document(size, shape, vocabulary, seed)
    document_ = parse_account(raw)
    analysed = tuple(AnalysedText("fr", tuple(text), len(text), (), (), (), (), (), 0) for text in texts)
    return AnalysedAccount(document_, "fr", analysed, (), ())


def both(account: AnalysedAccount) -> None:
    """The two signals as scoring runs them: the second reuses the first's near-duplicate search."""
    cross_posting(account)
    automation_cadence(account)


def cpu_seconds(function, account: AnalysedAccount, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        cross_posting_module._last_clusters = None  # each signal timed cold, with its own search
        started = time.process_time()
        function(account)
        times.append(time.process_time() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="4000,8000,16000,50000")
    parser.add_argument("--vocabulary", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verdict", type=int, default=0, help="posts of the account scored whole (0: none)")
    parser.add_argument("--chunk-memory", action="store_true",
                        help="with --verdict: each repeat also without the chunk's memory of per-text readings, "
                             "alternating, in the same process")
    arguments = parser.parse_args()
    print(f"{'shape':<8}{'posts':>8}  {'cross_posting (s)':<24}{'automation_cadence (s)':<24}{'both (s)':<24}")
    for shape in ("random", "spun"):
        for size in (int(part) for part in arguments.sizes.split(",")):
            account = build(size, shape, arguments.vocabulary, arguments.seed)
            cells = []
            for function in (cross_posting, automation_cadence, both):
                times = cpu_seconds(function, account, arguments.repeat)
                cells.append(f"{statistics.median(times):6.2f} ({min(times):.2f}–{max(times):.2f})")
            print(f"{shape:<8}{size:>8}  {cells[0]:<24}{cells[1]:<24}{cells[2]:<24}", flush=True)
    if arguments.verdict:
        whole_verdicts(arguments)


def whole_verdicts(arguments: argparse.Namespace) -> None:
    from contextlib import nullcontext

    from credscore import Scorer, load_account
    from credscore import scoring as scoring_module
    from credscore.resources import data_dir

    scorer = Scorer()
    # Builds both languages' pipelines (a cold start, measured by cold_start.py, not this account's cost).
    for example in ("fr_fake_guru.json", "en_fake_guru.json"):
        scorer.score(load_account(data_dir() / "examples" / example))
    remembered = scoring_module.readings_remembered
    # Without the chunk's memory, a view reads its account's texts again past the bounded per-reading memory.
    sides = {"": remembered, " (no chunk memory)": nullcontext} if arguments.chunk_memory else {"": remembered}
    print(f"\nWhole verdict of one account of {arguments.verdict} posts (CPU s, wall s; median, min–max):")
    for shape in ("random", "spun"):
        cpu: dict[str, list[float]] = {side: [] for side in sides}
        wall: dict[str, list[float]] = {side: [] for side in sides}
        for repeat in range(arguments.repeat):
            for n, (side, memory) in enumerate(sides.items()):
                seed = arguments.seed + 1000 + repeat * len(sides) + n
                account = parse_account(document(arguments.verdict, shape, arguments.vocabulary, seed)[0])
                scoring_module.readings_remembered = memory  # type: ignore[assignment]
                try:
                    started, started_wall = time.process_time(), time.perf_counter()
                    verdict = scorer.score(account)
                    cpu[side].append(time.process_time() - started)
                    wall[side].append(time.perf_counter() - started_wall)
                finally:
                    scoring_module.readings_remembered = remembered
        for side in sides:
            times, walls = cpu[side], wall[side]
            print(f"{shape + side:<28}{arguments.verdict:>8}  CPU {statistics.median(times):6.2f} "
                  f"({min(times):.2f}–{max(times):.2f})  wall {statistics.median(walls):6.2f} "
                  f"({min(walls):.2f}–{max(walls):.2f})  band {verdict.band}", flush=True)

if __name__ == "__main__":
    main()
