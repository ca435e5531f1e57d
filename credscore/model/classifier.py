"""The classifier over the signal features, and how it explains a prediction.

A logistic regression on standardised features whose coefficients keep the sign each feature
declares (:class:`~credscore.model.constrained.SignConstrainedLogisticRegression`), wrapped in
``CalibratedClassifierCV`` so that its probabilities are calibrated. A linear model is chosen
on purpose: each feature's push on the log-odds is ``coefficient × standardised value``, an
explanation that is exact rather than approximated after the fact, and with the signs held, a
feature can only push the way it is declared to.

A feature that could not be measured is imputed with the training mean, so that after
standardisation it pushes by exactly zero: "could not be measured" is coverage, never evidence
either way. Showing *less* of a fake habit than a typical genuine account is no evidence either:
each towards-fake feature is first raised to the genuine accounts' mean (:class:`HabitFloor`), so
that a fake avoiding one habit earns no credit for it. Calibration (a sigmoid or an isotonic map,
both non-decreasing) keeps the direction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from credscore.model.constrained import SignConstrainedLogisticRegression
from credscore.model.floor import HabitFloor
from credscore.model.linear import evidence_relative_to_genuine
from credscore.model.text import build_text_model, hash_texts, text_logits

__all__ = ["CALIBRATION_FOLDS", "CredscoreModel", "build_classifier", "feature_contributions", "fit_model"]

CALIBRATION_FOLDS = 5
# Isotonic calibration needs enough examples per fold to be smoother than a staircase.
MIN_SAMPLES_FOR_ISOTONIC = 1000
# Moderate regularisation: the features are few, correlated shares, and the corpus is synthetic.
REGULARISATION_C = 0.5


def build_classifier(n_samples: int, seed: int, signs: Sequence[int]) -> CalibratedClassifierCV:
    """An unfitted calibrated classifier suited to a training set of ``n_samples`` accounts.

    ``signs`` holds each column's declared direction (+1 towards fake, -1 towards genuine). The fit is
    deterministic (L-BFGS-B from zero); ``seed`` is kept for the calibration folds' API symmetry.
    """
    base = Pipeline([
        ("floor", HabitFloor(signs=tuple(int(s) for s in signs))),
        ("impute", SimpleImputer(strategy="mean", keep_empty_features=True)),
        ("scale", StandardScaler()),
        ("classify", SignConstrainedLogisticRegression(signs=tuple(int(s) for s in signs), C=REGULARISATION_C)),
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
        standardised = pipeline[:-1].transform(X)
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
    genuine_pushes: np.ndarray | None = None
    """Each column's mean push over the genuine training accounts: the reference of the family evidence
    (:meth:`evidence_pushes`). ``None`` for older models (the reference is then the training mean)."""

    def evidence_pushes(self, pushes: np.ndarray, signals: np.ndarray) -> np.ndarray:
        """``pushes`` (relative to the average training account) made relative to the average *genuine* one,
        with no evidence at all from a feature that could not be measured (``NaN`` in ``signals``).

        How much more of a family's habits an account shows than a typical genuine account does not
        depend on how many fakes the training set held, which the plain average does; and a signal that
        could not be measured (no DMs, no timestamps) is no evidence either way.
        """
        return evidence_relative_to_genuine(pushes, signals, self.genuine_pushes)

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
              text: bool, signs: Sequence[int]) -> CredscoreModel:
    """Fit the classifier, and first the text component when ``text`` is true.

    The classifier learns the weight of the text column from *out-of-fold* text scores: scores of
    a text model that never saw the account, as at scoring time. Otherwise it would learn to
    trust a text model that has memorised its own training accounts.

    ``signs`` holds the signal features' declared directions; the text column counts towards fake.
    """
    if not text:
        classifier = build_classifier(len(y), seed, signs).fit(signals, y)
        return CredscoreModel(classifier, None, _genuine_pushes(classifier, signals, y))
    hashed = texts if sparse.issparse(texts) else hash_texts(texts)
    folds = StratifiedKFold(n_splits=CALIBRATION_FOLDS, shuffle=True, random_state=seed)
    out_of_fold = cross_val_predict(build_text_model(seed), hashed, y, cv=folds, method="decision_function")
    text_model = build_text_model(seed).fit(hashed, y)
    columns = np.column_stack([signals, out_of_fold])
    classifier = build_classifier(len(y), seed, [*signs, 1]).fit(columns, y)
    return CredscoreModel(classifier, text_model, _genuine_pushes(classifier, columns, y))


def _genuine_pushes(classifier: CalibratedClassifierCV, columns: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The reference of the evidence pushes: a typical genuine account.

    For a fake-habit column, that is its floor (the genuine accounts' mean, see :class:`HabitFloor`), so that
    showing no more of the habit than a typical genuine account is exactly no evidence; for the others, the
    genuine accounts' mean push.
    """
    reference = feature_contributions(classifier, columns[y == 0], columns.shape[1]).mean(axis=0)
    at_floor, floored = np.zeros(columns.shape[1]), np.zeros(columns.shape[1], dtype=bool)
    fitted = [calibrated.estimator for calibrated in classifier.calibrated_classifiers_]
    for pipeline in fitted:
        floor: HabitFloor = pipeline.named_steps["floor"]
        row = np.where(np.isfinite(floor.floor_), floor.floor_, np.nan)[np.newaxis, :]
        at_floor += (pipeline[:-1].transform(row) * pipeline.named_steps["classify"].coef_[0])[0]
        floored |= np.isfinite(floor.floor_)
    return np.where(floored, at_floor / len(fitted), reference)
