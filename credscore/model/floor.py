"""No credit for the absence of a fake habit: values of a fake-habit feature below what a typical
genuine account shows are raised to that level before the classifier sees them.

A towards-fake feature (the share of cross-posts, of generic comments, of evenly liked posts) says
something when an account shows *more* of the habit than genuine accounts do. Showing less of it
than the average genuine account is no evidence of being genuine: a fake that avoids one habit
should not earn credit for it (the checklist reads as converging clues, never as a ledger where
one missing habit pays for another). Fitted on the training accounts' labels, the floor is the
mean value of each towards-fake feature over the *genuine* accounts; values below it are raised
to it, missing values stay missing (imputed next, so that they still push by exactly zero).

A towards-fake feature that no genuine training account could measure (unfollows are recorded only by the exports
of some platforms, and the training accounts that have them may all be fakes) has no genuine level: its floor is
then the mean of the values measured at all. Unfloored, a measured value below the fakes' mean would push towards
genuine, and an account would earn credit for showing the habit a little (a reason that says "lowers the score"
beside a follow-for-follow churn of 40 %).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

__all__ = ["HabitFloor"]


class HabitFloor(TransformerMixin, BaseEstimator):
    """Raise each towards-fake column to the genuine accounts' mean.

    Parameters
    ----------
    signs : sequence of {-1, 0, 1}
        One per column: ``1`` marks a towards-fake column (floored), others are left as they are.
    """

    def __init__(self, signs: Sequence[int] = ()) -> None:
        self.signs = signs

    def fit(self, X: np.ndarray, y: np.ndarray) -> HabitFloor:
        X = validate_data(self, X, dtype=np.float64, ensure_all_finite="allow-nan")
        signs = np.asarray(self.signs, dtype=int)
        if signs.shape != (X.shape[1],):
            raise ValueError(f"signs must hold one value per column ({X.shape[1]}), got {list(self.signs)}")
        y = np.asarray(y)
        genuine = X[y == np.unique(y)[0]]
        with np.errstate(all="ignore"):
            means = np.array([np.nanmean(column) if np.any(~np.isnan(column))
                              else np.nanmean(everyone) if np.any(~np.isnan(everyone)) else -np.inf
                              for column, everyone in zip(genuine.T, X.T, strict=True)])
        self.floor_ = np.where(signs > 0, means, -np.inf)
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self, "floor_")
        X = validate_data(self, X, dtype=np.float64, ensure_all_finite="allow-nan", reset=False)
        return np.where(np.isnan(X), X, np.maximum(X, self.floor_))

    def get_feature_names_out(self, input_features: Sequence[str] | None = None) -> np.ndarray:
        check_is_fitted(self, "floor_")
        if input_features is None:
            return np.asarray([f"x{i}" for i in range(self.n_features_in_)], dtype=object)
        return np.asarray(input_features, dtype=object)
