"""Verdicts of the bundled examples, scored once for every report test."""

from __future__ import annotations

import pytest

from credscore.reader import load_account
from credscore.scoring import Scorer
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"
EXAMPLE_NAMES = ("fr_fake_guru", "en_fake_guru", "fr_genuine_pro", "en_genuine_pro")


@pytest.fixture(scope="session")
def scorer() -> Scorer:
    return Scorer()


@pytest.fixture(scope="session")
def accounts():
    return {name: load_account(EXAMPLES / f"{name}.json") for name in EXAMPLE_NAMES}


@pytest.fixture(scope="session")
def verdicts(scorer, accounts):
    scored = scorer.score_many(list(accounts.values()))
    return dict(zip(accounts, scored, strict=True))


@pytest.fixture(scope="session")
def card(scorer):
    return scorer.model.card
