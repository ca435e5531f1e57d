"""Signals -> numeric features, as a scikit-learn transformer.

:class:`AccountFeaturizer` turns account documents into the matrix the classifier reads:
one column per signal feature (``signal.feature``), ``NaN`` where a signal could not be
measured. It follows scikit-learn's estimator contract (parameters only in ``__init__``,
learned attributes ending in ``_``, ``get_feature_names_out``) so that it plugs into users'
own pipelines; it holds no spaCy object, so it pickles and clones cheaply. It is defined in
:mod:`credscore.featurizer` and imported from here on first use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from credscore.signals import registered_signals
from credscore.signals.base import Feature, SignalResult

if TYPE_CHECKING:
    from credscore.featurizer import AccountFeaturizer

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


def __getattr__(name: str) -> Any:
    # The scikit-learn transformer lives apart: importing scikit-learn costs a second that scoring never needs.
    if name == "AccountFeaturizer":
        from credscore.featurizer import AccountFeaturizer

        return AccountFeaturizer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
