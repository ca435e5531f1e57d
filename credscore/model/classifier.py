"""The classifier over the signal features, and how it explains a prediction.

A logistic regression on standardised features (missing values imputed, with a missing-value
indicator so that "could not be measured" is itself information), wrapped in
``CalibratedClassifierCV`` so that its probabilities are calibrated. A linear model is chosen
on purpose: each feature's push on the log-odds is ``coefficient × standardised value``, an
explanation that is exact rather than approximated after the fact.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

__all__ = ["CALIBRATION_FOLDS", "build_classifier", "feature_contributions"]

CALIBRATION_FOLDS = 5
# Isotonic calibration needs enough examples per fold to be smoother than a staircase.
MIN_SAMPLES_FOR_ISOTONIC = 1000
# Moderate regularisation: the features are few, correlated shares, and the corpus is synthetic.
REGULARISATION_C = 0.5


def build_classifier(n_samples: int, seed: int) -> CalibratedClassifierCV:
    """An unfitted calibrated classifier suited to a training set of ``n_samples`` accounts."""
    base = Pipeline([
        ("impute", SimpleImputer(strategy="median", add_indicator=True, keep_empty_features=True)),
        ("scale", StandardScaler()),
        ("classify", LogisticRegression(C=REGULARISATION_C, max_iter=2000, random_state=seed)),
    ])
    method = "isotonic" if n_samples >= MIN_SAMPLES_FOR_ISOTONIC else "sigmoid"
    return CalibratedClassifierCV(base, method=method, cv=CALIBRATION_FOLDS, ensemble=True)


def feature_contributions(model: CalibratedClassifierCV, X: np.ndarray, n_features: int) -> np.ndarray:
    """Each feature's push on the log-odds of "fake", shape ``(n_accounts, n_features)``.

    Averaged over the calibration folds' classifiers; a feature's missing-value indicator is
    added to the feature itself.
    """
    total = np.zeros((X.shape[0], n_features))
    fitted: Sequence[Pipeline] = [calibrated.estimator for calibrated in model.calibrated_classifiers_]
    for pipeline in fitted:
        imputer: SimpleImputer = pipeline.named_steps["impute"]
        standardised = pipeline.named_steps["scale"].transform(imputer.transform(X))
        pushes = standardised * pipeline.named_steps["classify"].coef_[0]
        total += pushes[:, :n_features]
        if imputer.indicator_ is not None:
            indicated = imputer.indicator_.features_
            total[:, indicated] += pushes[:, n_features:n_features + len(indicated)]
    return total / len(fitted)
