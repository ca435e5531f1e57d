"""Train the classifier on labelled accounts, with out-of-fold figures for its model card."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.model_selection import StratifiedKFold

from credscore.account import Account
from credscore.decision import coverage_values, final_scores, worst_view_scores
from credscore.errors import ModelError
from credscore.features import feature_matrix, feature_names, feature_signs
from credscore.model.classifier import CredscoreModel, fit_model
from credscore.model.evaluation import classification_metrics
from credscore.model.text import account_text, hash_texts
from credscore.nlp.analysis import AnalysedAccount, analyse_accounts
from credscore.rules import RuleSet, load_rules
from credscore.signals import compute_signals
from credscore.signals.base import SignalResult
from credscore.views import platform_views, read_below, with_the_persons

__all__ = ["ANALYSIS_CHUNK", "REFERENCE_QUANTILES", "TrainingSet", "ViewCollector", "ViewRows", "featurize",
           "featurize_with_views", "fit_classifier",
           "out_of_fold", "out_of_fold_predictions", "reference_distribution", "shipped_scores", "training_set"]

logger = logging.getLogger(__name__)

# Accounts analysed per spaCy pass: large enough for nlp.pipe to batch well, small enough for flat memory.
ANALYSIS_CHUNK = 256
CROSS_VALIDATION_FOLDS = 5
# Percentiles of each feature kept in the model card, per class, to place an account among the training accounts.
REFERENCE_QUANTILES = (5, 25, 50, 75, 95)


@dataclass(frozen=True)
class ViewRows:
    """The platform views of a set of accounts (:mod:`credscore.views`), with what the rules read of them:
    the ``views.worst_score`` of each account is decided from these rows as the scorer decides it."""

    parents: np.ndarray
    """Each view's account: its row in the set."""
    X: np.ndarray
    texts: tuple[str, ...]
    results: tuple[Mapping[str, SignalResult], ...]
    coverages: tuple[Mapping[str, float], ...]

    @classmethod
    def none(cls) -> ViewRows:
        return cls(np.empty(0, dtype=int), np.empty((0, len(feature_names()))), (), (), ())

    def of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The views of ``rows`` (positions in the set): their own positions here, and their accounts' positions
        within ``rows``."""
        place = {int(row): position for position, row in enumerate(rows)}
        chosen = np.asarray([i for i, parent in enumerate(self.parents) if int(parent) in place], dtype=int)
        return chosen, np.asarray([place[int(self.parents[i])] for i in chosen], dtype=int)

    def within(self, rows: np.ndarray) -> ViewRows:
        """The views of ``rows`` only, their ``parents`` counted within ``rows``."""
        chosen, parents = self.of(rows)
        return ViewRows(parents, self.X[chosen], tuple(self.texts[i] for i in chosen),
                        tuple(self.results[i] for i in chosen), tuple(self.coverages[i] for i in chosen))


class ViewCollector:
    """Gathers the platform views of analysed accounts as the scorer reads them (:mod:`credscore.views`): each
    made of its account's reading, measured, keeping the person signals of its account."""

    def __init__(self, minimum_own_posts: int) -> None:
        self.minimum_own_posts = minimum_own_posts
        self._parents: list[int] = []
        self._texts: list[str] = []
        self._results: list[Mapping[str, SignalResult]] = []
        self._coverages: list[Mapping[str, float]] = []

    def add(self, row: int, analysed: AnalysedAccount, results: Mapping[str, SignalResult]) -> None:
        """The views of the account at ``row``, already analysed and measured (``results``)."""
        for view in platform_views(analysed.account, self.minimum_own_posts):
            read = view.read(analysed)
            self._parents.append(row)
            self._texts.append(account_text(view.account))
            self._results.append(with_the_persons(compute_signals(read), results))
            self._coverages.append(coverage_values(read))

    def rows(self) -> ViewRows:
        if not self._parents:
            return ViewRows.none()
        return ViewRows(np.asarray(self._parents, dtype=int), feature_matrix(self._results), tuple(self._texts),
                        tuple(self._results), tuple(self._coverages))


@dataclass(frozen=True)
class TrainingSet:
    X: np.ndarray
    texts: tuple[str, ...]
    y: np.ndarray
    ids: tuple[str, ...]
    fingerprint: str
    """SHA-256 over the accounts' canonical JSON, in order: what the model learned from."""
    skipped: int
    """Accounts left out for having less history than the verdict's minimum."""
    results: tuple[Mapping[str, SignalResult], ...] = ()
    """Each account's signal results, for the rules of the final decision."""
    coverages: tuple[Mapping[str, float], ...] = ()
    """Each account's coverage values (:func:`credscore.decision.coverage_values`)."""
    views: ViewRows | None = None
    """The accounts' platform views, for the rules of the final decision."""


def featurize(accounts: Sequence[Account]
              ) -> tuple[np.ndarray, list[Mapping[str, SignalResult]], list[dict[str, float]]]:
    """The signal feature matrix of ``accounts``, analysed chunk by chunk, with the signal results
    and each account's coverage values."""
    X, results, readable, _ = _featurized(accounts, None)
    return X, results, readable


def featurize_with_views(accounts: Sequence[Account], minimum_own_posts: int
                         ) -> tuple[np.ndarray, list[Mapping[str, SignalResult]], list[dict[str, float]], ViewRows]:
    """As :func:`featurize`, with the accounts' platform views (:class:`ViewRows`, ``parents`` their rows)."""
    return _featurized(accounts, ViewCollector(minimum_own_posts))


def _featurized(accounts: Sequence[Account], views: ViewCollector | None
                ) -> tuple[np.ndarray, list[Mapping[str, SignalResult]], list[dict[str, float]], ViewRows]:
    rows: list[np.ndarray] = []
    results: list[Mapping[str, SignalResult]] = []
    readable: list[dict[str, float]] = []
    for start in range(0, len(accounts), ANALYSIS_CHUNK):
        analysed = analyse_accounts(accounts[start:start + ANALYSIS_CHUNK])
        chunk = [compute_signals(account) for account in analysed]
        rows.append(feature_matrix(chunk))
        results.extend(chunk)
        readable.extend(coverage_values(account) for account in analysed)
        if views is not None:
            for offset, (account, result) in enumerate(zip(analysed, chunk, strict=True)):
                views.add(start + offset, account, result)
    X = np.vstack(rows) if rows else np.empty((0, len(feature_names())))
    return X, results, readable, views.rows() if views is not None else ViewRows.none()


def training_set(accounts: Iterable[Account], minimum_own_posts: int) -> TrainingSet:
    """Labelled accounts with enough history, their features and a fingerprint of the data."""
    digest = hashlib.sha256()
    kept: list[Account] = []
    skipped = unlabelled = 0
    for account in accounts:
        if account.label is None:
            unlabelled += 1
            continue
        digest.update(account.model_dump_json().encode())
        digest.update(b"\n")
        if account.own_post_count() < minimum_own_posts:
            skipped += 1
            continue
        kept.append(account)
    if unlabelled:
        raise ModelError(f"{unlabelled} account(s) have no `label`; training needs every account labelled")
    y = np.asarray([account.label == "fake" for account in kept], dtype=int)
    if len(kept) < 2 * CROSS_VALIDATION_FOLDS or len(np.unique(y)) < 2 or np.bincount(y).min() < CROSS_VALIDATION_FOLDS:
        raise ModelError(
            f"not enough labelled accounts to train: {len(kept)} usable ({int(y.sum())} fake, "
            f"{int(len(y) - y.sum())} genuine); at least {CROSS_VALIDATION_FOLDS} of each are needed")
    X, results, readable, views = featurize_with_views(kept, minimum_own_posts)
    return TrainingSet(X, tuple(account_text(a) for a in kept), y, tuple(a.id for a in kept), digest.hexdigest(),
                       skipped, tuple(results), tuple(readable), views)


def out_of_fold_predictions(X: np.ndarray, texts: Sequence[str], y: np.ndarray, folds: Sequence, *, seed: int,
                            text: bool) -> tuple[np.ndarray, np.ndarray]:
    """Each account's probability and per-column evidence pushes (relative to the average genuine account,
    as the decision reads them) from a model trained on the other folds."""
    probabilities, pushes, _, _ = out_of_fold(X, texts, y, folds, seed=seed, text=text)
    return probabilities, pushes


def out_of_fold(X: np.ndarray, texts: Sequence[str], y: np.ndarray, folds: Sequence, *, seed: int, text: bool,
                views: ViewRows | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """As :func:`out_of_fold_predictions`, with the probabilities and pushes of the accounts' platform ``views``
    (``parents`` are rows of ``X``), each from the model of the fold that holds its account out."""
    views = views if views is not None else ViewRows.none()
    hashed = hash_texts(texts) if text else sparse.csr_matrix((len(y), 0))
    view_hashed = hash_texts(views.texts) if text and views.texts else sparse.csr_matrix((len(views.texts), 0))
    width = X.shape[1] + (1 if text else 0)
    probabilities, pushes = np.zeros(len(y)), np.zeros((len(y), width))
    view_probabilities, view_pushes = np.zeros(len(views.parents)), np.zeros((len(views.parents), width))
    for train, test in folds:
        model = fit_model(X[train], hashed[train], y[train], seed=seed, text=text, signs=feature_signs())
        probabilities[test], fold_pushes, _ = model.explain(X[test], hashed[test])
        pushes[test] = model.evidence_pushes(fold_pushes, X[test])
        held, _ = views.of(np.asarray(test))
        if len(held):
            view_probabilities[held], fold_pushes, _ = model.explain(views.X[held], view_hashed[held])
            view_pushes[held] = model.evidence_pushes(fold_pushes, views.X[held])
    return probabilities, pushes, view_probabilities, view_pushes


def shipped_scores(probabilities: np.ndarray, pushes: np.ndarray, results: Sequence[Mapping[str, SignalResult]],
                   coverages: Sequence[Mapping[str, float]], rules: RuleSet, *, text: bool,
                   views: ViewRows | None = None, view_probabilities: np.ndarray | None = None,
                   view_pushes: np.ndarray | None = None) -> np.ndarray:
    """The final scores as :class:`~credscore.scoring.Scorer` makes them, from the model's outputs for the accounts
    and for their platform ``views`` (aligned with ``views``' rows; ``parents`` index ``results``): each view
    decided on its own, the worst one read by the rules where it could change the score."""
    before = final_scores(probabilities, pushes, results, coverages, rules, text=text)
    if views is None or not len(views.parents) or view_probabilities is None or view_pushes is None:
        return before
    view_scores = final_scores(view_probabilities, view_pushes, views.results, views.coverages, rules, text=text)
    worst = worst_view_scores(len(results), views.parents.tolist(), view_scores.tolist())
    below = read_below(rules)
    readable = [view if view is not None and not np.isnan(score) and score < below else None
                for view, score in zip(worst, before, strict=True)]
    return final_scores(probabilities, pushes, results, coverages, rules, text=text, worst_views=readable)


def fit_classifier(data: TrainingSet, seed: int, *, text: bool = True, rules: RuleSet | None = None
                   ) -> tuple[CredscoreModel, dict]:
    """Fit the model; returns it with its out-of-fold (cross-validated) metrics.

    The metrics are those of what ships: the final score after ``rules`` (the bundled rules by
    default), as well as the model's probability before them.
    """
    folds = list(StratifiedKFold(n_splits=CROSS_VALIDATION_FOLDS, shuffle=True, random_state=seed)
                 .split(data.X, data.y))
    probabilities, pushes, view_probabilities, view_pushes = out_of_fold(data.X, data.texts, data.y, folds, seed=seed,
                                                                         text=text, views=data.views)
    scores = shipped_scores(probabilities, pushes, data.results, data.coverages, rules or load_rules(), text=text,
                            views=data.views, view_probabilities=view_probabilities, view_pushes=view_pushes)
    metrics = {"cross_validated": classification_metrics(data.y, probabilities),
               "cross_validated_final": classification_metrics(data.y, scores / 100.0)}
    return fit_model(data.X, data.texts, data.y, seed=seed, text=text, signs=feature_signs()), metrics


def reference_distribution(data: TrainingSet) -> dict:
    """Each signal feature's distribution among the genuine and the fake training accounts.

    Per feature and class: the :data:`REFERENCE_QUANTILES` percentiles (``p5`` … ``p95``), the mean and
    how many accounts it was measurable on; an unmeasured feature counts in none of them (``null``
    figures when no account of the class had it). Reports place an account's values against these.
    """
    classes = {"genuine": data.y == 0, "fake": data.y == 1}
    features = {}
    for column, name in enumerate(feature_names()):
        features[name] = {label: _summary(data.X[rows, column]) for label, rows in classes.items()}
    return {"quantiles": list(REFERENCE_QUANTILES), "features": features}


def _summary(values: np.ndarray) -> dict:
    measured = values[~np.isnan(values)]
    if not len(measured):
        return {**{f"p{q}": None for q in REFERENCE_QUANTILES}, "mean": None, "measured": 0}
    # Rounded: the sidecar is read by people, and six decimals are far below any feature's resolution.
    quantiles = np.percentile(measured, REFERENCE_QUANTILES)
    return {**{f"p{q}": round(float(v), 6) for q, v in zip(REFERENCE_QUANTILES, quantiles, strict=True)},
            "mean": round(float(measured.mean()), 6), "measured": len(measured)}
