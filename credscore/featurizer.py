"""The signal features as a scikit-learn transformer (:class:`AccountFeaturizer`), for users' own pipelines.

Apart from :mod:`credscore.features` so that scoring, which never uses it, does not import scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from credscore.account import Account
from credscore.features import feature_matrix, feature_names
from credscore.nlp.analysis import analyse_accounts
from credscore.signals import compute_signals

__all__ = ["AccountFeaturizer"]


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
