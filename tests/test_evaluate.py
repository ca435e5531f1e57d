"""Evaluation end to end on a small generated corpus."""

import numpy as np
import pytest

from credscore import evaluate
from credscore.account import parse_account
from credscore.features import feature_names
from credscore.model.evaluation import classification_metrics
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


def test_label_noise_bounds_any_ranking_and_is_undone_for_the_unflipped_figures():
    y = np.array([1, 1, 1, 0, 0, 0])
    flipped = np.array([False, False, True, False, False, True])
    true = np.array([1, 1, 0, 0, 0, 1])
    # A ranking that knows the true classes: perfect against them, bounded against the labels as given.
    scores = np.where(true == 1, 90.0, 10.0)
    noise = evaluate._label_noise(y, flipped, scores / 100.0, scores)
    assert noise["flipped"] == 2
    assert noise["verdict_roc_auc_unflipped"] == noise["model_roc_auc_unflipped"] == 1.0
    assert noise["ceiling_roc_auc"] < 1.0
    labelled_as_given = classification_metrics(y, scores / 100.0)["roc_auc"]
    assert labelled_as_given == pytest.approx(noise["ceiling_roc_auc"])


def test_the_report_says_how_many_labels_were_flipped_and_only_when_some_were():
    documents = list(generate_accounts(40, seed=5, flip_rate=0.3))
    data = evaluate.labelled_set([parse_account(doc) for doc in documents], RULES.verdict.minimum_own_posts)
    assert data.flipped.tolist() == [bool(doc.get("label_flipped")) for doc in documents]
    model = load_model(default_model_path(), expected_features=feature_names())
    report = evaluate.evaluate_model(data, model, RULES)
    assert report["label_noise"]["flipped"] == int(data.flipped[data.sufficient].sum()) > 0
    assert "labels flipped on purpose" in evaluate_text(report)
    clean = evaluate.labelled_set([parse_account(doc) for doc in generate_accounts(20, seed=5, flip_rate=0.0)],
                                  RULES.verdict.minimum_own_posts)
    assert "label_noise" not in evaluate.evaluate_model(clean, model, RULES)


def evaluate_text(report):
    from credscore.render import render_evaluation

    return render_evaluation("corpus", {**report, "model_version": "m"})
