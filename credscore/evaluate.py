"""Honest evaluation of credscore on a labelled file.

Two ways to evaluate:

- :func:`evaluate_model` scores the file with a trained model (the shipped one by default):
  the file is a test set the model never saw.
- :func:`cross_validate` trains and tests within the file, fold by fold. When the accounts carry
  a ``family`` (the synthetic corpus does: archetype + phrasing set), folds are split **by
  family**, so every figure is measured on phrasings the model never saw. A bag-of-words
  baseline (TF-IDF + logistic regression) is fitted on the same folds in the same run, as the
  reference credscore's own figures are read against.

Both measure what ships: the final score after the rules, decided by the same function as
``credscore score`` (:func:`credscore.decision.decide`), beside the model's probability before the
rules: ROC-AUC, PR-AUC, F1, accuracy, false-positive rate, Brier score, expected calibration error
and a reliability table of each; the share of genuine accounts called "likely fake"; and the same
figures of the final score split by language, archetype, family and any group field the accounts
carry (for fairness checks).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline

from credscore.account import Account
from credscore.decision import coverage_values
from credscore.errors import CredscoreError
from credscore.features import feature_matrix
from credscore.model.evaluation import DEFAULT_THRESHOLD, classification_metrics, reliability_table
from credscore.model.persistence import LoadedModel
from credscore.model.text import account_text
from credscore.model.training import ANALYSIS_CHUNK, ViewCollector, ViewRows, out_of_fold, shipped_scores
from credscore.nlp.analysis import analyse_accounts
from credscore.rules import RuleSet
from credscore.signals import compute_signals
from credscore.signals.base import SignalResult

__all__ = ["LabelledSet", "cross_validate", "evaluate_model", "labelled_set"]

logger = logging.getLogger(__name__)

DEFAULT_FOLDS = 5
# Extra string fields that figures are split by when the accounts carry them (fairness checks).
DEFAULT_GROUPS = ("group",)
# The bag-of-words reference: what a plain text classifier reaches on the same folds.
BASELINE_MIN_DOCUMENT_FREQUENCY = 2


@dataclass(frozen=True)
class LabelledSet:
    """What evaluation needs of each labelled account, computed once."""

    ids: list[str]
    y: np.ndarray
    languages: list[str]
    archetypes: list[str | None]
    families: list[str | None]
    sufficient: np.ndarray
    X: np.ndarray
    results: list[Mapping[str, SignalResult]]
    texts: list[str]
    coverages: list[dict[str, float]]
    """Each account's coverage values (:func:`credscore.decision.coverage_values`)."""
    groups: dict[str, list[str | None]]
    """Group field -> each account's value of it (a string extra field such as ``group``)."""
    flipped: np.ndarray
    """Whether each account's label was flipped on purpose (``"label_flipped": true``, the generator's label noise)."""
    views: ViewRows
    """The platform views of the accounts with sufficient history (``parents``: rows of the set), which the rules
    read as the scorer does (:mod:`credscore.views`)."""


def labelled_set(accounts: Iterable[Account], minimum_own_posts: int, group_fields: Sequence[str] = DEFAULT_GROUPS
                 ) -> LabelledSet:
    """Analyse labelled accounts chunk by chunk; an unlabelled account is an error.

    ``group_fields`` name extra string fields of the accounts to split the figures by.
    """
    results: list[Mapping[str, SignalResult]]
    ids, labels, languages, archetypes, families, sufficient, results, texts = [], [], [], [], [], [], [], []
    flipped: list[bool] = []
    readable: list[dict[str, float]] = []
    groups: dict[str, list[str | None]] = {name: [] for name in group_fields}
    chunk: list[Account] = []
    views = ViewCollector(minimum_own_posts)

    def flush() -> None:
        for analysed in analyse_accounts(chunk):
            account = analysed.account
            extra = account.model_extra or {}
            ids.append(account.id)
            labels.append(account.label == "fake")
            languages.append(Counter(text.lang for text in analysed.posts).most_common(1)[0][0]
                             if analysed.posts else analysed.language)
            archetypes.append(extra.get("archetype") if isinstance(extra.get("archetype"), str) else None)
            families.append(extra.get("family") if isinstance(extra.get("family"), str) else None)
            flipped.append(extra.get("label_flipped") is True)
            sufficient.append(account.own_post_count() >= minimum_own_posts)
            results.append(compute_signals(analysed))
            views.add(len(ids) - 1, analysed, results[-1])
            texts.append(account_text(account))
            readable.append(coverage_values(analysed))
            for name, values in groups.items():
                values.append(extra.get(name) if isinstance(extra.get(name), str) else None)
        chunk.clear()

    for account in accounts:
        if account.label is None:
            raise CredscoreError(f"{account.id}: no `label`; evaluation needs labelled accounts")
        chunk.append(account)
        if len(chunk) >= ANALYSIS_CHUNK:
            flush()
    if chunk:
        flush()
    return LabelledSet(ids, np.asarray(labels, dtype=int), languages, archetypes, families,
                       np.asarray(sufficient, dtype=bool), feature_matrix(results), results, texts, readable,
                       {name: values for name, values in groups.items() if any(values)},
                       np.asarray(flipped, dtype=bool), views.rows())


def _report(data: LabelledSet, probabilities: np.ndarray, pushes: np.ndarray, rules: RuleSet, *, text: bool,
            views: tuple[ViewRows, np.ndarray, np.ndarray] | None = None) -> dict[str, Any]:
    """Figures over the accounts with sufficient history; ``probabilities``/``pushes`` are aligned with them, and
    ``views`` holds their platform views (``parents`` counted among them) with the model's outputs for each."""
    kept = np.flatnonzero(data.sufficient)
    y = data.y[kept]
    rows, view_probabilities, view_pushes = views if views is not None else (None, None, None)
    scores = shipped_scores(probabilities, pushes, [data.results[i] for i in kept], [data.coverages[i] for i in kept],
                            rules, text=text, views=rows, view_probabilities=view_probabilities,
                            view_pushes=view_pushes)
    bands = [rules.verdict.band(score) for score in scores]
    report: dict[str, Any] = {
        "accounts": len(data.ids),
        "insufficient_data": int((~data.sufficient).sum()),
        "scored": len(kept),
        "threshold": DEFAULT_THRESHOLD,
        "model": classification_metrics(y, probabilities),
        "verdict": classification_metrics(y, scores / 100.0),
        "reliability": reliability_table(y, probabilities),
        "verdict_reliability": reliability_table(y, scores / 100.0),
        "genuine_called_likely_fake": _share([b == "likely_fake" for b, label in zip(bands, y, strict=True)
                                              if label == 0]),
        "fake_called_likely_genuine": _share([b == "likely_genuine" for b, label in zip(bands, y, strict=True)
                                              if label == 1]),
        "by_language": {},
        "by_archetype": {},
        "by_family": {},
        "by_group": {},
    }
    if data.flipped[kept].any():
        report["label_noise"] = _label_noise(y, data.flipped[kept], probabilities, scores)
    languages = [data.languages[i] for i in kept]
    for language in sorted(set(languages)):
        members = np.asarray([lang == language for lang in languages])
        report["by_language"][language] = {
            **classification_metrics(y[members], scores[members] / 100.0),
            "genuine_called_likely_fake": _share([bands[i] == "likely_fake" for i in np.flatnonzero(members)
                                                  if y[i] == 0]),
        }
    report["by_archetype"] = _by_value([data.archetypes[i] for i in kept], y, scores, bands)
    report["by_family"] = _by_value([data.families[i] for i in kept], y, scores, bands)
    for name, values in data.groups.items():
        report["by_group"][name] = _by_value([values[i] for i in kept], y, scores, bands)
    return report


def _label_noise(y: np.ndarray, flipped: np.ndarray, probabilities: np.ndarray, scores: np.ndarray
                 ) -> dict[str, Any]:
    """What labels flipped on purpose do to the figures: the ROC-AUC that no ranking can pass against the labels
    as given (a ranking that knows every account's true class, its ties broken at random), and the model's and the
    verdict's ROC-AUC against the labels before the flip.

    Without it a corpus with label noise hides how close a ranking is to perfect: 1.5 % of labels flipped in each
    class cap the ROC-AUC near 0.985, whatever the model.
    """
    true = np.where(flipped, 1 - y, y)
    return {
        "flipped": int(flipped.sum()),
        "ceiling_roc_auc": classification_metrics(y, true.astype(float))["roc_auc"],
        "model_roc_auc_unflipped": classification_metrics(true, probabilities)["roc_auc"],
        "verdict_roc_auc_unflipped": classification_metrics(true, scores / 100.0)["roc_auc"],
    }


def _by_value(values: Sequence[str | None], y: np.ndarray, scores: np.ndarray, bands: Sequence[str]
              ) -> dict[str, dict[str, Any]]:
    """The bands of the final score per value of a field (archetype, family, a group)."""
    table = {}
    for value in sorted({v for v in values if v}):
        members = [i for i, v in enumerate(values) if v == value]
        counted = Counter(bands[i] for i in members)
        # The majority label; the others are, in the synthetic corpus, its deliberately flipped labels.
        majority = int(np.mean(y[members]) >= 0.5)
        genuine = [i for i in members if y[i] == 0]
        table[value] = {
            "label": "fake" if majority else "genuine",
            "accounts": len(members),
            "flipped_labels": int(sum(y[i] != majority for i in members)),
            "mean_score": float(np.mean(scores[members])),
            **{band: counted.get(band, 0) for band in ("likely_genuine", "uncertain", "likely_fake")},
            "genuine_called_likely_fake": _share([bands[i] == "likely_fake" for i in genuine]),
        }
    return table


def _share(flags: Sequence[bool]) -> float | None:
    return float(np.mean(flags)) if len(flags) else None


def evaluate_model(data: LabelledSet, model: LoadedModel, rules: RuleSet) -> dict[str, Any]:
    """The model's figures on a labelled file it was not trained on."""
    kept = np.flatnonzero(data.sufficient)
    texts = [data.texts[i] for i in kept]
    text = model.model.text_model is not None
    probabilities, pushes = _outputs(model, data.X[kept], texts, text=text)
    views = data.views.within(kept)
    view_probabilities, view_pushes = _outputs(model, views.X, list(views.texts), text=text)
    report = _report(data, probabilities, pushes, rules, text=text, views=(views, view_probabilities, view_pushes))
    report["model_version"] = model.version
    return report


def _outputs(model: LoadedModel, X: np.ndarray, texts: list[str], *, text: bool) -> tuple[np.ndarray, np.ndarray]:
    """The model's probability and evidence pushes for each row of ``X`` (none for no row)."""
    if not len(X):
        return np.empty(0), np.empty((0, X.shape[1] + int(text)))
    probabilities, pushes, _ = model.model.explain(X, texts)
    return probabilities, model.model.evidence_pushes(pushes, X)


def _folds(data: LabelledSet, kept: np.ndarray, n_folds: int, seed: int) -> tuple[list, str]:
    y = data.y[kept]
    families = [data.families[i] for i in kept]
    if all(families) and len(set(families)) >= n_folds:
        splitter = StratifiedGroupKFold(n_splits=n_folds, shuffle=True, random_state=seed)
        return list(splitter.split(kept, y, groups=families)), "family"
    splitter = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    return list(splitter.split(kept, y)), "random"


def bag_of_words_baseline() -> Pipeline:
    """TF-IDF over the words of all posts + logistic regression: the plain text-classifier reference."""
    return Pipeline([
        ("tfidf", TfidfVectorizer(sublinear_tf=True, min_df=BASELINE_MIN_DOCUMENT_FREQUENCY)),
        ("classify", LogisticRegression(max_iter=2000)),
    ])


def cross_validate(data: LabelledSet, rules: RuleSet, *, n_folds: int = DEFAULT_FOLDS, seed: int = 0,
                   baseline: bool = True, text: bool = True) -> dict[str, Any]:
    """Out-of-fold figures of credscore's classifier (and the bag-of-words baseline) within one file."""
    kept = np.flatnonzero(data.sufficient)
    y = data.y[kept]
    if len(kept) < 2 * n_folds or np.bincount(y, minlength=2).min() < n_folds:
        raise CredscoreError(f"not enough labelled accounts with sufficient history to cross-validate "
                             f"({len(kept)}; at least {n_folds} of each label are needed)")
    folds, split = _folds(data, kept, n_folds, seed)
    texts = [data.texts[i] for i in kept]
    views = data.views.within(kept)
    probabilities, pushes, view_probabilities, view_pushes = out_of_fold(data.X[kept], texts, y, folds, seed=seed,
                                                                         text=text, views=views)
    report = _report(data, probabilities, pushes, rules, text=text, views=(views, view_probabilities, view_pushes))
    report["cross_validation"] = {"folds": n_folds, "split": split, "seed": seed, "text_component": text}
    if baseline:
        baseline_probabilities = np.zeros(len(kept))
        for train, test in folds:
            reference = bag_of_words_baseline().fit([texts[i] for i in train], y[train])
            baseline_probabilities[test] = reference.predict_proba([texts[i] for i in test])[:, 1]
    if baseline:
        report["baseline"] = {"name": "tf-idf + logistic regression",
                              **classification_metrics(y, baseline_probabilities)}
    return report
