"""Evaluation end to end on a small generated corpus."""

import numpy as np
import pytest

from credscore import evaluate
from credscore.account import parse_account
from credscore.features import feature_names
from credscore.model.persistence import load_model
from credscore.resources import default_model_path
from credscore.rules import load_rules
from credscore.synth import generate_accounts

RULES = load_rules(known_features=feature_names())


@pytest.fixture(scope="module")
def labelled():
    accounts = [parse_account(doc) for doc in generate_accounts(150, seed=11)]
    return evaluate.labelled_set(accounts, RULES.verdict.minimum_own_posts)


def test_accounts_below_the_minimum_are_left_out_and_counted(labelled):
    report = evaluate.evaluate_model(labelled, load_model(default_model_path(), expected_features=feature_names()),
                                     RULES)
    short = int((~labelled.sufficient).sum())
    assert short > 0, "the generator draws some accounts with a handful of posts"
    assert report["insufficient_data"] == short
    assert report["scored"] == len(labelled.ids) - short
    assert report["model"]["accounts"] == report["scored"]
    assert set(report["by_language"]) <= {"fr", "en"}
    assert sum(row["accounts"] for row in report["by_archetype"].values()) == report["scored"]
    assert sum(row["accounts"] for row in report["reliability"]) == report["scored"]


def test_cross_validation_holds_out_whole_families(labelled, monkeypatch):
    seen = []
    original = evaluate._folds

    def spy(*args, **kwargs):
        folds, split = original(*args, **kwargs)
        seen.append((folds, split))
        return folds, split

    monkeypatch.setattr(evaluate, "_folds", spy)
    report = evaluate.cross_validate(labelled, RULES, n_folds=3, seed=0)
    folds, split = seen[0]
    assert split == "family"
    kept = np.flatnonzero(labelled.sufficient)
    families = np.array([labelled.families[i] for i in kept])
    for train, test in folds:
        assert not set(families[train]) & set(families[test])
    assert report["cross_validation"]["split"] == "family"
    assert report["baseline"]["accounts"] == report["scored"]
    assert 0.5 < report["model"]["roc_auc"] <= 1.0


def test_unlabelled_accounts_are_refused():
    from credscore.errors import CredscoreError

    with pytest.raises(CredscoreError, match="no `label`"):
        evaluate.labelled_set([parse_account({"id": "x", "posts": []})], 5)
