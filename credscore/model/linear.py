"""The calibrated linear classifier as plain numbers, applied with NumPy alone.

A single verdict used to import scikit-learn and SciPy (about a second) only to apply a model that is,
once fitted, a handful of arrays per calibration fold: each towards-fake column raised to its floor
(:class:`~credscore.model.floor.HabitFloor`), missing values replaced by the training means, the columns
standardised, a dot product with the coefficients, and the fold's calibration map (Platt's sigmoid or an
isotonic step function). :func:`linear_form` reads those numbers off the fitted estimator when a model is
saved; they travel in the model's sidecar (:class:`LinearForm`, checked by pydantic), and
:class:`LinearModel` applies them exactly as scikit-learn does (same operations in the same order, the
isotonic map clipped to its training range and interpolated as ``interp1d`` does), so that the scores and
the pushes are those of the estimator, which a test checks to 1e-9.

A model with a text component, or an estimator of another shape, has no linear form: it is loaded the
skops way. The light model still reaches the estimator it stands for when something needs it
(:attr:`LinearModel.classifier`), by loading the skops file, checked again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, model_validator

if TYPE_CHECKING:
    from sklearn.calibration import CalibratedClassifierCV

    from credscore.model.classifier import CredscoreModel

__all__ = ["IsotonicMap", "LinearFold", "LinearForm", "LinearModel", "SigmoidMap", "evidence_relative_to_genuine",
           "linear_form"]

logger = logging.getLogger(__name__)

# The version of the sidecar's linear form; a later layout gets a new number and older credscores refuse it.
FORM_VERSION: Literal[1] = 1
# scikit-learn sets calibrated probabilities that exceed 1 by at most this much to exactly 1 (rounding of the
# calibration maps); done the same way so that the probabilities are the same.
PROBABILITY_OVERSHOOT = 1e-5
# At export, the linear form must reproduce the estimator to this much on probe rows, or it is not written.
EXPORT_TOLERANCE = 1e-9
# Probe rows of the export check: drawn around the training means, spread wide enough to reach both ends
# of every calibration map, with some values missing and some far outside the training range.
PROBE_ROWS = 256
PROBE_SPREAD = 4.0
PROBE_MISSING_SHARE = 0.2
PROBE_FAR = 1e6
PROBE_SEED = 0

Vector = tuple[FiniteFloat, ...]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SigmoidMap(_Frozen):
    """Platt's calibration: ``1 / (1 + exp(a · decision + b))`` (scikit-learn's ``_SigmoidCalibration``)."""

    method: Literal["sigmoid"] = "sigmoid"
    a: FiniteFloat
    b: FiniteFloat


class IsotonicMap(_Frozen):
    """An isotonic calibration: the decision clipped to ``[x_min, x_max]``, then interpolated linearly
    between the thresholds (scikit-learn's ``IsotonicRegression`` with ``out_of_bounds="clip"``)."""

    method: Literal["isotonic"] = "isotonic"
    x_thresholds: Vector = Field(min_length=1)
    y_thresholds: Vector = Field(min_length=1)
    x_min: FiniteFloat
    x_max: FiniteFloat

    @model_validator(mode="after")
    def _consistent(self) -> IsotonicMap:
        if len(self.x_thresholds) != len(self.y_thresholds):
            raise ValueError(f"an isotonic map has {len(self.x_thresholds)} thresholds and "
                             f"{len(self.y_thresholds)} values")
        if any(later < earlier for earlier, later in zip(self.x_thresholds, self.x_thresholds[1:], strict=False)):
            raise ValueError("an isotonic map's thresholds are not in increasing order")
        if self.x_min > self.x_max:
            raise ValueError("an isotonic map's range is empty (x_min > x_max)")
        return self


class LinearFold(_Frozen):
    """One calibration fold: the pipeline's numbers, column by column, and its calibration map."""

    floor: tuple[FiniteFloat | None, ...]
    """Each column's floor (:class:`~credscore.model.floor.HabitFloor`); ``None`` for a column not floored."""
    impute: Vector
    """The value a missing column takes (the training mean)."""
    mean: Vector
    scale: Vector
    coef: Vector
    intercept: FiniteFloat
    calibration: Annotated[SigmoidMap | IsotonicMap, Field(discriminator="method")]

    @model_validator(mode="after")
    def _consistent(self) -> LinearFold:
        widths = {name: len(getattr(self, name)) for name in ("floor", "impute", "mean", "scale", "coef")}
        if len(set(widths.values())) != 1:
            raise ValueError(f"a fold's columns disagree in number ({widths})")
        if any(value == 0 for value in self.scale):
            raise ValueError("a fold's scale holds a zero")
        return self

    @property
    def width(self) -> int:
        return len(self.coef)


class LinearForm(_Frozen):
    """A calibrated linear classifier without text component, as the sidecar stores it."""

    version: Literal[1] = FORM_VERSION
    folds: tuple[LinearFold, ...] = Field(min_length=1)
    genuine_pushes: Vector | None = None
    """Each column's push for a typical genuine account (see ``CredscoreModel.genuine_pushes``)."""

    @model_validator(mode="after")
    def _consistent(self) -> LinearForm:
        widths = sorted({fold.width for fold in self.folds})
        if len(widths) != 1:
            raise ValueError(f"the linear form's folds disagree in their number of columns ({widths})")
        if self.genuine_pushes is not None and len(self.genuine_pushes) != widths[0]:
            raise ValueError(f"the linear form's genuine reference has {len(self.genuine_pushes)} columns, "
                             f"its folds {widths[0]}")
        return self

    @property
    def width(self) -> int:
        return self.folds[0].width


def evidence_relative_to_genuine(pushes: np.ndarray, signals: np.ndarray,
                                 genuine_pushes: np.ndarray | None) -> np.ndarray:
    """``pushes`` made relative to a typical genuine account, and zero for a feature not measured.

    See ``CredscoreModel.evidence_pushes``: shared by the estimator and its linear form.
    """
    relative = pushes if genuine_pushes is None else pushes - genuine_pushes
    measured = ~np.isnan(signals)
    if relative.shape[1] > measured.shape[1]:  # the text column is always measured
        measured = np.column_stack([measured, np.ones((len(measured), relative.shape[1] - measured.shape[1]),
                                                      dtype=bool)])
    return np.where(measured, relative, 0.0)


@dataclass(frozen=True)
class _Fold:
    """A fold's numbers as arrays, ready to apply."""

    floor: np.ndarray
    impute: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    calibration: SigmoidMap | IsotonicMap
    x_thresholds: np.ndarray | None
    y_thresholds: np.ndarray | None

    @classmethod
    def of(cls, fold: LinearFold) -> _Fold:
        def vector(values: Sequence[float]) -> np.ndarray:
            return np.asarray(values, dtype=np.float64)

        isotonic = fold.calibration if isinstance(fold.calibration, IsotonicMap) else None
        return cls(
            # HabitFloor stores -inf for a column it leaves alone: the maximum then keeps the value as it is.
            floor=vector([-np.inf if value is None else value for value in fold.floor]),
            impute=vector(fold.impute), mean=vector(fold.mean), scale=vector(fold.scale), coef=vector(fold.coef),
            intercept=float(fold.intercept), calibration=fold.calibration,
            x_thresholds=None if isotonic is None else vector(isotonic.x_thresholds),
            y_thresholds=None if isotonic is None else vector(isotonic.y_thresholds),
        )

    def standardised(self, X: np.ndarray) -> np.ndarray:
        """floor -> impute -> scale, as the fold's pipeline transforms (``pipeline[:-1].transform``)."""
        floored = np.where(np.isnan(X), X, np.maximum(X, self.floor))
        imputed = np.where(np.isnan(floored), self.impute, floored)
        return (imputed - self.mean) / self.scale

    def calibrated(self, decision: np.ndarray) -> np.ndarray:
        """The fold's probability of "fake" from its decision values (``_CalibratedClassifier.predict_proba``)."""
        if isinstance(self.calibration, SigmoidMap):
            # scipy's expit(-(a·d + b)) = 1 / (1 + exp(a·d + b)); exp overflows to inf for a hopeless case: 0.
            with np.errstate(over="ignore"):
                probability = 1.0 / (1.0 + np.exp(self.calibration.a * decision + self.calibration.b))
        else:
            assert self.x_thresholds is not None and self.y_thresholds is not None
            clipped = np.clip(decision, self.calibration.x_min, self.calibration.x_max)
            if len(self.x_thresholds) == 1:
                probability = self.y_thresholds.repeat(clipped.shape)
            else:
                probability = np.interp(clipped, self.x_thresholds, self.y_thresholds)
                # interp1d's fill value outside its thresholds (never reached once clipped to the range).
                outside = (clipped < self.x_thresholds[0]) | (clipped > self.x_thresholds[-1])
                probability[outside] = np.nan
        probability[(probability > 1.0) & (probability <= 1.0 + PROBABILITY_OVERSHOOT)] = 1.0
        return probability


def _load_nothing() -> CredscoreModel:
    raise RuntimeError("this linear model was not loaded from a model file: it has no estimator to load")


@dataclass(frozen=True, eq=False)
class LinearModel:
    """What scoring needs of a :class:`~credscore.model.classifier.CredscoreModel` without text component,
    computed from its :class:`LinearForm` with NumPy alone.

    ``load_estimator`` gives the estimator itself, for whatever needs more than scoring (loaded on first use).
    """

    folds: tuple[_Fold, ...]
    genuine_pushes: np.ndarray | None
    width: int
    load_estimator: Callable[[], CredscoreModel] = field(default=_load_nothing, repr=False)
    text_model: ClassVar[None] = None

    @classmethod
    def from_form(cls, form: LinearForm,
                  load_estimator: Callable[[], CredscoreModel] = _load_nothing) -> LinearModel:
        reference = None if form.genuine_pushes is None else np.asarray(form.genuine_pushes, dtype=np.float64)
        return cls(tuple(_Fold.of(fold) for fold in form.folds), reference, form.width, load_estimator)

    def columns(self, signals: np.ndarray, texts: Sequence[str] | Any = ()) -> np.ndarray:
        """The classifier's input: the signal features (checked as scikit-learn checks them)."""
        X = np.asarray(signals, dtype=np.float64)
        if X.ndim != 2:
            raise ValueError(f"expected a 2-D array of features, got {X.ndim} dimension(s)")
        if X.shape[1] != self.width:
            raise ValueError(f"X has {X.shape[1]} features, but the model expects {self.width} features as input")
        if np.isinf(X).any():
            raise ValueError("Input X contains infinity or a value too large for dtype('float64').")
        return X

    def predict_proba(self, signals: np.ndarray, texts: Sequence[str] | Any = ()) -> np.ndarray:
        """The calibrated probability of "fake" for each account: the mean of the folds' probabilities."""
        return self._probabilities(self.columns(signals, texts))

    def explain(self, signals: np.ndarray, texts: Sequence[str] | Any = ()) -> tuple[np.ndarray, np.ndarray, None]:
        """Probabilities and each column's push on the log-odds (averaged over the folds); no text log-odds."""
        X = self.columns(signals, texts)
        total = np.zeros(X.shape)
        for fold in self.folds:
            total += fold.standardised(X) * fold.coef
        return self._probabilities(X), total / len(self.folds), None

    def evidence_pushes(self, pushes: np.ndarray, signals: np.ndarray) -> np.ndarray:
        """See ``CredscoreModel.evidence_pushes``."""
        return evidence_relative_to_genuine(pushes, signals, self.genuine_pushes)

    def text_scores(self, texts: Sequence[str]) -> np.ndarray:
        raise ValueError("this model has no text component")

    def _probabilities(self, X: np.ndarray) -> np.ndarray:
        # Summed fold by fold then divided, in scikit-learn's order (CalibratedClassifierCV.predict_proba).
        total = np.zeros(X.shape[0])
        for fold in self.folds:
            total += fold.calibrated(fold.standardised(X) @ fold.coef + fold.intercept)
        return total / len(self.folds)

    @cached_property
    def estimator(self) -> CredscoreModel:
        """The estimator this form was read from (loaded from the model file on first use)."""
        return self.load_estimator()

    @property
    def classifier(self) -> CalibratedClassifierCV:
        return self.estimator.classifier

    def __reduce__(self) -> str | tuple[Any, ...]:
        # A pickle of the model is the estimator's, as credscore has always written (and loads as a legacy model).
        return self.estimator.__reduce__()


def linear_form(model: CredscoreModel) -> LinearForm | None:
    """The linear form of a fitted model, or ``None`` when it has none that reproduces it.

    Only a model without text component whose folds are exactly credscore's pipeline (floor, mean imputer
    without indicator, scaler, sign-constrained regression) calibrated by a sigmoid or a clipped isotonic map
    has one; and it is kept only if it reproduces the estimator's probabilities and pushes on probe rows.
    """
    try:
        form = _read_form(model)
    except _NotLinearError as reason:
        logger.info("no linear form for this model (%s): it will be loaded from its skops file", reason)
        return None
    try:
        gap = _gap_on_probes(model, form)
    except (ValueError, ArithmeticError) as exc:  # the export is optional: the model is saved without it
        logger.warning("the linear form could not be checked against the estimator (%s); not written", exc)
        return None
    if not gap <= EXPORT_TOLERANCE:
        logger.warning("the linear form differs from the estimator by %.3g on probe rows; not written", gap)
        return None
    return form


class _NotLinearError(Exception):
    pass


def _read_form(model: CredscoreModel) -> LinearForm:
    from sklearn.calibration import CalibratedClassifierCV, _SigmoidCalibration
    from sklearn.impute import SimpleImputer
    from sklearn.isotonic import IsotonicRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from credscore.model.constrained import SignConstrainedLogisticRegression
    from credscore.model.floor import HabitFloor

    def expect(condition: bool, reason: str) -> None:
        if not condition:
            raise _NotLinearError(reason)

    classifier = model.classifier
    expect(model.text_model is None, "it has a text component")
    expect(type(classifier) is CalibratedClassifierCV and len(classifier.classes_) == 2, "not a binary calibration")
    folds = []
    for calibrated in classifier.calibrated_classifiers_:
        pipeline = calibrated.estimator
        expect(type(pipeline) is Pipeline and [name for name, _ in pipeline.steps] == ["floor", "impute", "scale",
                                                                                      "classify"], "another pipeline")
        floor, imputer, scaler, regression = (step for _, step in pipeline.steps)
        expect(type(floor) is HabitFloor and type(scaler) is StandardScaler
               and type(regression) is SignConstrainedLogisticRegression, "other steps")
        expect(type(imputer) is SimpleImputer and imputer.strategy == "mean" and imputer.indicator_ is None
               and imputer.keep_empty_features and _is_nan(imputer.missing_values), "another imputer")
        expect(calibrated.method in ("sigmoid", "isotonic") and len(calibrated.calibrators) == 1,
               "another calibration")
        expect(list(regression.classes_) == list(classifier.classes_), "classes in another order")
        width = regression.coef_.shape[1]
        mapping = calibrated.calibrators[0]
        if type(mapping) is _SigmoidCalibration:
            calibration: SigmoidMap | IsotonicMap = SigmoidMap(a=float(mapping.a_), b=float(mapping.b_))
        else:
            expect(type(mapping) is IsotonicRegression and mapping.out_of_bounds == "clip", "another isotonic map")
            calibration = IsotonicMap(x_thresholds=_floats(mapping.X_thresholds_),
                                      y_thresholds=_floats(mapping.y_thresholds_),
                                      x_min=float(mapping.X_min_), x_max=float(mapping.X_max_))
        # A scaler told not to centre (or not to scale) leaves the values as they are: 0 and 1 do the same.
        mean = scaler.mean_ if scaler.with_mean else np.zeros(width)
        scale = scaler.scale_ if scaler.with_std else np.ones(width)
        try:
            folds.append(LinearFold(
                # -inf marks a column left alone; any other number that is not finite is refused by the form.
                floor=tuple(None if value == -np.inf else float(value) for value in floor.floor_),
                impute=_floats(imputer.statistics_), mean=_floats(mean), scale=_floats(scale),
                coef=_floats(regression.coef_[0]), intercept=float(regression.intercept_[0]), calibration=calibration,
            ))
        except ValueError as exc:  # pydantic's: a number that is not finite, a shape that does not agree
            raise _NotLinearError(f"numbers the form cannot hold: {exc}") from None
    genuine = None if model.genuine_pushes is None else _floats(model.genuine_pushes)
    try:
        return LinearForm(folds=tuple(folds), genuine_pushes=genuine)
    except ValueError as exc:
        raise _NotLinearError(f"numbers the form cannot hold: {exc}") from None


def _gap_on_probes(model: CredscoreModel, form: LinearForm) -> float:
    """The largest difference between the estimator and its linear form on probe rows (probabilities, pushes)."""
    light = LinearModel.from_form(form)
    first = form.folds[0]
    rng = np.random.default_rng(PROBE_SEED)
    rows = np.asarray(first.mean) + PROBE_SPREAD * np.asarray(first.scale) * rng.standard_normal((PROBE_ROWS,
                                                                                                   form.width))
    rows[rng.random(rows.shape) < PROBE_MISSING_SHARE] = np.nan
    far = rng.random(rows.shape) < PROBE_MISSING_SHARE
    rows[far] = rng.choice([-PROBE_FAR, PROBE_FAR], size=int(far.sum()))
    rows = np.vstack([rows, np.full((1, form.width), np.nan)])  # nothing measured at all
    probabilities, pushes, _ = model.explain(rows, [])
    light_probabilities, light_pushes, _ = light.explain(rows)
    if np.isnan(probabilities).any() or np.isnan(light_probabilities).any():
        return float("inf")
    return float(max(np.abs(probabilities - light_probabilities).max(), np.abs(pushes - light_pushes).max()))


def _floats(values: Any) -> tuple[float, ...]:
    return tuple(float(value) for value in np.asarray(values, dtype=np.float64).ravel())


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and value != value
