"""Worst case of the near-duplicate search: accounts of low-vocabulary posts, timed signal by signal.

    python benchmarks/worst_case.py [--sizes 4000,8000,16000,50000] [--vocabulary 30] [--repeat 3] [--seed 0]

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


def build(size: int, shape: str, vocabulary: int, seed: int) -> AnalysedAccount:
    rng = random.Random(seed)
    words = [f"mot{n}" for n in range(max(vocabulary, SPUN_WORDS + SPIN_CHOICES))]
    draw = random_words if shape == "random" else spun_words
    texts = [draw(rng, words[:vocabulary] if shape == "random" else words) for _ in range(size)]
    posts = [{"platform": PLATFORMS[n % len(PLATFORMS)], "text": " ".join(text),
              "created_at": (START + timedelta(minutes=7 * n + rng.randint(0, 3))).isoformat()}
             for n, text in enumerate(texts)]
    document = parse_account({"id": f"worst-{shape}-{size}", "posts": posts})
    analysed = tuple(AnalysedText("fr", tuple(text), len(text), (), (), (), (), (), 0) for text in texts)
    return AnalysedAccount(document, "fr", analysed, (), ())


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


if __name__ == "__main__":
    main()
