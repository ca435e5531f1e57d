"""A logistic regression whose coefficients keep the signs each feature declares.

Every credscore feature says which way it counts (``Feature.towards``): a higher share of link-only
posts can only point towards "fake", more quantified business figures only towards "genuine". An
unconstrained model fitted on correlated features learns some signs backwards (a genuine-ward
feature that "raises the score"), and then its explanations point the wrong way and adding a fake
habit can lower a fake's score. Bounding each coefficient to its declared side keeps the linear
model's explanations exact *and* right-signed.

scikit-learn's ``LogisticRegression`` takes no bounds, so this estimator minimises the same
L2-penalised log-loss (``C · Σ log-loss + ½‖w‖²``, the intercept unpenalised) with SciPy's
L-BFGS-B, which supports box constraints. It follows the estimator contract (parameters in
``__init__``, learned attributes ending in ``_``) so that it pipelines, clones and calibrates like
any classifier.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, log_expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted, validate_data

__all__ = ["SignConstrainedLogisticRegression"]


class SignConstrainedLogisticRegression(ClassifierMixin, BaseEstimator):
    """Binary logistic regression with each coefficient held to a declared sign.

    Parameters
    ----------
    signs : sequence of {-1, 0, 1}
        One per feature: ``1`` keeps the coefficient ≥ 0 (a higher value can only raise the
        probability of the positive class), ``-1`` keeps it ≤ 0, ``0`` leaves it free.
    C : float
        Inverse regularisation strength, as in scikit-learn's ``LogisticRegression``.
    max_iter, tol : int, float
        L-BFGS-B's iteration limit and gradient tolerance.
    """

    def __init__(self, signs: Sequence[int] = (), C: float = 1.0, max_iter: int = 1000,  # noqa: N803 (sklearn name)
                 tol: float = 1e-8) -> None:
        self.signs = signs
        self.C = C
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None
            ) -> SignConstrainedLogisticRegression:
        X, y = validate_data(self, X, y, dtype=np.float64)
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise ValueError(f"needs exactly two classes, got {len(self.classes_)}")
        signs = np.asarray(self.signs, dtype=int)
        if signs.shape != (X.shape[1],) or not np.isin(signs, (-1, 0, 1)).all():
            raise ValueError(f"signs must hold one of -1, 0, 1 per feature ({X.shape[1]}), got {list(self.signs)}")
        target = np.where(y == self.classes_[1], 1.0, -1.0)
        weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w, b = theta[:-1], theta[-1]
            margin = target * (X @ w + b)
            value = -self.C * float(weight @ log_expit(margin)) + 0.5 * float(w @ w)
            # d/dm of -log σ(m) is -σ(-m).
            slope = -self.C * weight * target * expit(-margin)
            gradient = np.append(X.T @ slope + w, slope.sum())
            return value, gradient

        bounds = [(0.0, None) if s > 0 else (None, 0.0) if s < 0 else (None, None) for s in signs] + [(None, None)]
        result = minimize(loss, np.zeros(X.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                          options={"maxiter": self.max_iter, "gtol": self.tol})
        self.coef_ = result.x[:-1].reshape(1, -1)
        self.intercept_ = result.x[-1:].copy()
        self.n_iter_ = np.asarray([result.nit])
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return X @ self.coef_[0] + self.intercept_[0]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        positive = expit(self.decision_function(X))
        return np.column_stack([1.0 - positive, positive])

    def predict(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self)
        return self.classes_[(self.decision_function(X) > 0).astype(int)]
