"""The reference distribution: computed at training time, stored in the model card, optional when loading."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from credscore.features import feature_names
from credscore.model.persistence import load_model
from credscore.model.training import REFERENCE_QUANTILES, TrainingSet, reference_distribution
from tests.conftest import REPO

MODELS = REPO / "models"


def _training_set(X: np.ndarray, y: list[int]) -> TrainingSet:
    return TrainingSet(X, tuple("" for _ in y), np.asarray(y), tuple(f"a{i}" for i in range(len(y))), "0" * 64, 0)


def test_quantiles_per_class_leave_unmeasured_accounts_out():
    names = feature_names()
    rng = np.random.default_rng(0)
    X = rng.random((40, len(names)))
    y = [0] * 20 + [1] * 20
    X[:5, 0] = np.nan  # five genuine accounts where the first feature could not be measured
    X[20:, 1] = np.nan  # no fake account where the second could
    reference = reference_distribution(_training_set(X, y))
    assert reference["quantiles"] == list(REFERENCE_QUANTILES)
    assert list(reference["features"]) == names
    first = reference["features"][names[0]]
    assert first["genuine"]["measured"] == 15 and first["fake"]["measured"] == 20
    expected = np.percentile(X[5:20, 0], REFERENCE_QUANTILES)
    assert [first["genuine"][f"p{q}"] for q in REFERENCE_QUANTILES] == pytest.approx(expected, abs=1e-6)
    assert first["fake"]["mean"] == pytest.approx(X[20:, 0].mean(), abs=1e-6)
    second = reference["features"][names[1]]
    assert second["fake"] == {"p5": None, "p25": None, "p50": None, "p75": None, "p95": None, "mean": None,
                              "measured": 0}
    json.dumps(reference, allow_nan=False)  # the sidecar is plain JSON


def test_shipped_card_carries_the_reference_of_every_feature():
    card = json.loads((MODELS / "default.json").read_text())
    reference = card["reference"]
    assert sorted(reference["features"]) == sorted(feature_names())  # the sidecar's keys are sorted
    counts = {"genuine": card["training_data"]["genuine"], "fake": card["training_data"]["fake"]}
    for name, classes in reference["features"].items():
        # Every feature was measured on some training accounts (follow-for-follow churn needs timed unfollows,
        # which only fakes of that kind leave in the corpus).
        assert sum(summary["measured"] for summary in classes.values()) > 0, name
        for label, summary in classes.items():
            assert 0 <= summary["measured"] <= counts[label], (name, label)
            values = [summary[f"p{q}"] for q in REFERENCE_QUANTILES]
            if summary["measured"] == 0:
                assert values == [None] * len(values), (name, label)  # no figure made up for an empty class
            else:
                assert values == sorted(values), (name, label)
    # The habits the signals look for do separate the classes in the training data (the corpus's hard genuine
    # cases share one habit each, such as a shop's welcome DM, so not every habit does on its own).
    for name in ("buzzwords.density", "cross_posting.self_duplicate_share", "auto_dms.pitch_share"):
        feature = reference["features"][name]
        assert feature["fake"]["p50"] > feature["genuine"]["p95"], name


def test_a_sidecar_without_reference_still_loads(tmp_path):
    shutil.copy(MODELS / "default.skops", tmp_path / "old.skops")
    sidecar = json.loads((MODELS / "default.json").read_text())
    del sidecar["reference"]
    (tmp_path / "old.json").write_text(json.dumps(sidecar))
    loaded = load_model(tmp_path / "old.skops", expected_features=feature_names())
    assert loaded.card.reference is None
    assert load_model(MODELS / "default.skops", expected_features=feature_names()).card.reference is not None
