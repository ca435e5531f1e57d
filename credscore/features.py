"""Signals -> numeric features, as a scikit-learn transformer.

:class:`AccountFeaturizer` turns account documents into the matrix the classifier reads:
one column per signal feature (``signal.feature``), ``NaN`` where a signal could not be
measured. It follows scikit-learn's estimator contract (parameters only in ``__init__``,
learned attributes ending in ``_``, ``get_feature_names_out``) so that it plugs into users'
own pipelines; it holds no spaCy object, so it pickles and clones cheaply.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from credscore.account import Account
from credscore.nlp.analysis import analyse_accounts
from credscore.signals import compute_signals, registered_signals
from credscore.signals.base import Feature, SignalResult

__all__ = ["AccountFeaturizer", "feature_declarations", "feature_matrix", "feature_names", "feature_signs",
           "feature_vector"]


def feature_names() -> list[str]:
    """Every feature the signals produce, in model order."""
    return [name for signal in registered_signals() for name in signal.feature_names()]


def feature_declarations() -> list[tuple[str, Feature]]:
    """``(signal name, feature)`` for every feature, in model order: each with its direction and family."""
    return [(signal.name, feature) for signal in registered_signals() for feature in signal.features]


def feature_signs() -> list[int]:
    """Each feature's declared direction in model order: +1 towards fake, -1 towards genuine."""
    return [feature.sign for _, feature in feature_declarations()]


def feature_vector(results: Mapping[str, SignalResult]) -> np.ndarray:
    """One account's features in model order; ``NaN`` for a signal that was not measurable."""
    row = []
    for signal in registered_signals():
        result = results[signal.name]
        for feature in signal.features:
            row.append(result.values[feature.name] if result.measurable else np.nan)
    return np.asarray(row, dtype=np.float64)


def feature_matrix(results: Sequence[Mapping[str, SignalResult]]) -> np.ndarray:
    if not results:
        return np.empty((0, len(feature_names())))
    return np.vstack([feature_vector(row) for row in results])


class AccountFeaturizer(TransformerMixin, BaseEstimator):
    """Transform a sequence of :class:`~credscore.account.Account` into the signal feature matrix.

    Parameters
    ----------
    lang : {"fr", "en"} or None
        Force the language of every text; by default each account's ``lang`` hint is used, or
        the language is identified text by text.
    """

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang

    def fit(self, X: Sequence[Account], y: object = None) -> AccountFeaturizer:
        self.feature_names_out_ = np.asarray(feature_names(), dtype=object)
        self.n_features_out_ = len(self.feature_names_out_)
        return self

    def transform(self, X: Sequence[Account]) -> np.ndarray:
        analysed = analyse_accounts(list(X), lang=self.lang)
        return feature_matrix([compute_signals(account) for account in analysed])

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(feature_names(), dtype=object)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags
