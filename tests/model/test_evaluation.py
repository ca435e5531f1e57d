import numpy as np
import pytest

from credscore.model.evaluation import classification_metrics, expected_calibration_error, reliability_table


@pytest.mark.parametrize(("y", "p", "expected"), [
    # Perfectly calibrated: in each bin the observed rate equals the predicted probability.
    ([0, 0, 0, 1] * 25, [0.25] * 100, 0.0),
    # Always says 0.9 for accounts that are fake half of the time: off by 0.4.
    ([0, 1] * 50, [0.9] * 100, 0.4),
    # Two bins, each off by 0.1, weighted by their size.
    ([0] * 50 + [1] * 50, [0.1] * 50 + [0.9] * 50, 0.1),
])
def test_expected_calibration_error(y, p, expected):
    assert expected_calibration_error(np.array(y), np.array(p)) == pytest.approx(expected)


def test_reliability_table_counts_every_account_once_including_the_edges():
    proba = np.array([0.0, 0.05, 0.1, 0.55, 0.999, 1.0])
    table = reliability_table(np.array([0, 0, 1, 1, 1, 1]), proba)
    assert len(table) == 10
    assert sum(row["accounts"] for row in table) == len(proba)
    assert table[0]["accounts"] == 2 and table[1]["accounts"] == 1 and table[-1]["accounts"] == 2
    assert table[-1]["observed_fake_rate"] == 1.0
    assert table[3]["mean_predicted"] is None


def test_classification_metrics():
    figures = classification_metrics(np.array([0, 0, 1, 1]), np.array([0.1, 0.6, 0.7, 0.9]))
    assert figures["roc_auc"] == 1.0
    assert figures["accuracy"] == 0.75
    assert figures["false_positive_rate"] == 0.5
    assert figures["brier"] == pytest.approx((0.01 + 0.36 + 0.09 + 0.01) / 4)
    one_class = classification_metrics(np.array([1, 1]), np.array([0.8, 0.9]))
    assert one_class["roc_auc"] is None and one_class["false_positive_rate"] is None
