"""Throughput of the whole scorer against the floor of bare spaCy tokenisation, on the same texts.

    python benchmarks/throughput.py [--accounts 300] [--seed 0]

Generates a reproducible workload with the synthetic corpus generator (French and English mixed,
DMs and follows), then times, on one core and in one process:
- the floor: the blank French/English tokenizers over every post text (``nlp.pipe``, nothing else);
- credscore: analysis, signals, model and rules (``Scorer.score_many``), the model and pipelines
  already loaded, as in a batch.
It prints accounts/s, posts/s, tokens/s and credscore's time as a multiple of the floor.
"""

from __future__ import annotations

import argparse
import time

import spacy

from credscore.account import parse_account
from credscore.scoring import Scorer
from credscore.synth import generate_accounts

CHUNK = 256


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    accounts = [parse_account(doc) for doc in generate_accounts(args.accounts, seed=args.seed)]
    texts = [post.text for account in accounts for post in account.posts]
    scorer = Scorer()
    scorer.score_many(accounts[:2])  # load pipelines and lexicons before timing

    floor_nlp = {lang: spacy.blank(lang) for lang in ("fr", "en")}
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in floor_nlp["fr"].pipe(texts, batch_size=1000))
    floor = time.perf_counter() - started

    started = time.perf_counter()
    for start in range(0, len(accounts), CHUNK):
        scorer.score_many(accounts[start:start + CHUNK])
    spent = time.perf_counter() - started

    print(f"workload: {len(accounts)} accounts, {len(texts)} posts, {tokens} tokens (seed {args.seed})")
    print(f"floor (blank tokenizer only): {tokens / floor:,.0f} tokens/s, {len(accounts) / floor:,.1f} accounts/s")
    print(f"credscore (score_many, 1 process): {len(accounts) / spent:,.1f} accounts/s, "
          f"{len(texts) / spent:,.0f} posts/s, {tokens / spent:,.0f} tokens/s")
    print(f"credscore / floor: {spent / floor:.1f}x the time of bare tokenisation")


if __name__ == "__main__":
    main()
