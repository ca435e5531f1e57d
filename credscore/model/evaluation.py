"""Metrics of a probabilistic classifier: discrimination, decision quality and calibration."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    brier_score_loss,
    f1_score,
    roc_auc_score,
)

__all__ = ["CALIBRATION_BINS", "DEFAULT_THRESHOLD", "classification_metrics", "expected_calibration_error",
           "reliability_table"]

# The decision threshold on the calibrated probability of "fake".
DEFAULT_THRESHOLD = 0.5
# Equal-width probability bins of the reliability table and the expected calibration error.
CALIBRATION_BINS = 10


def classification_metrics(y_true: np.ndarray, proba: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> dict:
    """ROC-AUC, PR-AUC, F1, accuracy, false-positive rate, Brier score and ECE (``y_true``: 1 = fake)."""
    y_true = np.asarray(y_true, dtype=int)
    proba = np.asarray(proba, dtype=float)
    predicted = (proba >= threshold).astype(int)
    genuine = y_true == 0
    both_classes = len(np.unique(y_true)) == 2
    return {
        "accounts": len(y_true),
        "fake": int(y_true.sum()),
        "genuine": int(genuine.sum()),
        "threshold": threshold,
        "roc_auc": float(roc_auc_score(y_true, proba)) if both_classes else None,
        "pr_auc": float(average_precision_score(y_true, proba)) if both_classes else None,
        "f1": float(f1_score(y_true, predicted, zero_division=0)),
        "accuracy": float(accuracy_score(y_true, predicted)),
        "false_positive_rate": float(predicted[genuine].mean()) if genuine.any() else None,
        "brier": float(brier_score_loss(y_true, proba)),
        "ece": expected_calibration_error(y_true, proba),
    }


def reliability_table(y_true: np.ndarray, proba: np.ndarray, bins: int = CALIBRATION_BINS) -> list[dict]:
    """Per probability bin: how many accounts, their mean predicted probability, the observed share of fakes."""
    y_true = np.asarray(y_true, dtype=float)
    proba = np.asarray(proba, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    # The last bin is closed on the right so that a probability of exactly 1 is counted.
    which = np.clip(np.digitize(proba, edges[1:-1], right=False), 0, bins - 1)
    table = []
    for index in range(bins):
        members = which == index
        count = int(members.sum())
        table.append({
            "lower": float(edges[index]),
            "upper": float(edges[index + 1]),
            "accounts": count,
            "mean_predicted": float(proba[members].mean()) if count else None,
            "observed_fake_rate": float(y_true[members].mean()) if count else None,
        })
    return table


def expected_calibration_error(y_true: np.ndarray, proba: np.ndarray, bins: int = CALIBRATION_BINS) -> float:
    """The account-weighted mean gap between predicted probability and observed rate over the bins."""
    total = len(proba)
    if not total:
        return 0.0
    return float(sum(row["accounts"] / total * abs(row["mean_predicted"] - row["observed_fake_rate"])
                     for row in reliability_table(y_true, proba, bins) if row["accounts"]))
