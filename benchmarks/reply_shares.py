"""How much the synthetic accounts converse, as the conversation signal measures it (issue #11 item 8).

    python benchmarks/reply_shares.py [--accounts 400] [--seed 11]

Draws ``--accounts`` fresh accounts (labels not flipped; a seed that is no committed corpus's) and prints,
per archetype, the mean ``conversation.reply_share`` (posts that are replies in the account's own words)
and ``conversation.generic_reply_share`` (replies that say nothing of their own: stock praise, a word or
two, or the same reply sent to several people), over the accounts where the signal is measurable.
Reference, real human accounts of PAN 2019: about 0.30 and 0.19.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from statistics import mean

from credscore.account import parse_account
from credscore.nlp.analysis import analyse_accounts
from credscore.signals import compute_signals
from credscore.synth import ARCHETYPES, generate_accounts

_EXTRA_FIELDS = ("archetype", "family", "label", "label_flipped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    documents = list(generate_accounts(args.accounts, seed=args.seed, flip_rate=0.0))
    accounts = [parse_account({k: v for k, v in d.items() if k not in _EXTRA_FIELDS}) for d in documents]
    shares: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for document, analysed in zip(documents, analyse_accounts(accounts), strict=True):
        result = compute_signals(analysed)["conversation"]
        if result.measurable:
            shares[document["archetype"]].append((result.values["reply_share"],
                                                  result.values["generic_reply_share"]))
    print(f"{'archetype':26s} {'label':8s} {'n':>4s} {'reply':>7s} {'generic':>8s}")
    for archetype in sorted(shares, key=lambda a: (ARCHETYPES[a], a)):
        rows = shares[archetype]
        print(f"{archetype:26s} {ARCHETYPES[archetype]:8s} {len(rows):4d} {mean(r for r, _ in rows):7.3f} "
              f"{mean(g for _, g in rows):8.3f}")


if __name__ == "__main__":
    main()
