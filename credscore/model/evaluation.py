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

__all__ = ["DEFAULT_THRESHOLD", "classification_metrics"]

# The decision threshold on the calibrated probability of "fake".
DEFAULT_THRESHOLD = 0.5


def classification_metrics(y_true: np.ndarray, proba: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> dict:
    """ROC-AUC, PR-AUC, F1, accuracy, false-positive rate and Brier score (``y_true``: 1 = fake)."""
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
    }


def verdict_metrics(labels: list[str], probabilities: list[float | None], scores: list[float | None]) -> dict:
    """Figures for ``credscore evaluate``: the model alone, and the final verdict after the rules.

    Accounts with insufficient data (no probability) are counted and left out of the figures.
    """
    kept = [i for i, probability in enumerate(probabilities) if probability is not None]
    y = np.asarray([labels[i] == "fake" for i in kept], dtype=int)
    result: dict = {"accounts": len(labels), "insufficient_data": len(labels) - len(kept)}
    if len(kept):
        result["model"] = classification_metrics(y, np.asarray([probabilities[i] for i in kept]))
        result["verdict"] = classification_metrics(y, np.asarray([scores[i] / 100 for i in kept]))
    return result
