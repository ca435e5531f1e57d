"""What the tests of the hand-written hard cases (``tests/hard_cases/*.json``) share: one scorer, each case read and
scored once."""

from __future__ import annotations

import json
from functools import cache

from credscore.account import parse_account
from credscore.scoring import Scorer
from credscore.verdict import Verdict
from tests.conftest import REPO

HARD_CASES = REPO / "tests" / "hard_cases"
ALL_CASES = sorted(path.stem for path in HARD_CASES.glob("*.json"))


@cache
def scorer() -> Scorer:
    return Scorer()


def document(name: str) -> dict:
    return json.loads((HARD_CASES / f"{name}.json").read_text(encoding="utf-8"))


@cache
def verdict(name: str) -> Verdict:
    return scorer().score(parse_account(document(name)))


def rules_fired(scored: Verdict) -> set[str]:
    return {reason.id for reason in scored.reasons if reason.source == "rule"}
