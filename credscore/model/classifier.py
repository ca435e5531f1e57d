"""The classifier over the signal features, and how it explains a prediction.

A logistic regression on standardised features (missing values imputed, with a missing-value
indicator so that "could not be measured" is itself information), wrapped in
``CalibratedClassifierCV`` so that its probabilities are calibrated. A linear model is chosen
on purpose: each feature's push on the log-odds is ``coefficient × standardised value``, an
explanation that is exact rather than approximated after the fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from credscore.model.text import build_text_model, hash_texts, text_logits

__all__ = ["CALIBRATION_FOLDS", "CredscoreModel", "build_classifier", "feature_contributions", "fit_model"]

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


@dataclass(frozen=True)
class CredscoreModel:
    """The classifier over the signal features, with the optional text component as one more column.

    Texts are given either raw or already hashed (:func:`~credscore.model.text.hash_texts`), so that a
    cross-validation hashes each text once.
    """

    classifier: CalibratedClassifierCV
    text_model: Pipeline | None = None

    def columns(self, signals: np.ndarray, texts: Sequence[str] | sparse.spmatrix) -> np.ndarray:
        """The classifier's input: the signal features, then the text log-odds when there is a text model."""
        if self.text_model is None:
            return signals
        if signals.shape[0] == 0:
            return np.empty((0, signals.shape[1] + 1))
        hashed = texts if sparse.issparse(texts) else hash_texts(texts)
        return np.column_stack([signals, text_logits(self.text_model, hashed)])

    def predict_proba(self, signals: np.ndarray, texts: Sequence[str] | sparse.spmatrix) -> np.ndarray:
        """The calibrated probability of "fake" for each account."""
        return self.classifier.predict_proba(self.columns(signals, texts))[:, 1]

    def explain(self, signals: np.ndarray, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Probabilities, each column's push on the log-odds, and the text log-odds (``None`` without text model)."""
        columns = self.columns(signals, texts)
        probabilities = self.classifier.predict_proba(columns)[:, 1]
        pushes = feature_contributions(self.classifier, columns, columns.shape[1])
        return probabilities, pushes, (columns[:, -1] if self.text_model is not None else None)

    def text_scores(self, texts: Sequence[str]) -> np.ndarray:
        """Each text's own log-odds under the text model (to quote the posts whose wording weighs most)."""
        if self.text_model is None:
            raise ValueError("this model has no text component")
        return text_logits(self.text_model, hash_texts(texts))


def fit_model(signals: np.ndarray, texts: Sequence[str] | sparse.spmatrix, y: np.ndarray, *, seed: int,
              text: bool) -> CredscoreModel:
    """Fit the classifier, and first the text component when ``text`` is true.

    The classifier learns the weight of the text column from *out-of-fold* text scores: scores of
    a text model that never saw the account, as at scoring time. Otherwise it would learn to
    trust a text model that has memorised its own training accounts.
    """
    if not text:
        return CredscoreModel(build_classifier(len(y), seed).fit(signals, y))
    hashed = texts if sparse.issparse(texts) else hash_texts(texts)
    folds = StratifiedKFold(n_splits=CALIBRATION_FOLDS, shuffle=True, random_state=seed)
    out_of_fold = cross_val_predict(build_text_model(seed), hashed, y, cv=folds, method="decision_function")
    text_model = build_text_model(seed).fit(hashed, y)
    classifier = build_classifier(len(y), seed).fit(np.column_stack([signals, out_of_fold]), y)
    return CredscoreModel(classifier, text_model)
