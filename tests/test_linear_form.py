"""The linear form of a model: the same probabilities and pushes as the estimator, without scikit-learn.

A model without text component carries its numbers in its sidecar, and ``load_model`` applies them with NumPy
alone. Every test here compares that form with the estimator it was read from (loaded the skops way) on real
feature rows and on rows no training account has (missing values, values far outside the training range), for
the shipped model (isotonic calibration) and for freshly trained ones (sigmoid and isotonic).
"""

from __future__ import annotations

import gzip
import json
import pickle
from functools import cache
from itertools import islice

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from credscore.account import parse_account
from credscore.errors import ModelError, ModelIntegrityError
from credscore.features import feature_names
from credscore.model import persistence
from credscore.model.classifier import MIN_SAMPLES_FOR_ISOTONIC, CredscoreModel, fit_model
from credscore.model.linear import LinearModel, linear_form
from credscore.model.persistence import LoadedModel, load_model, save_model, sidecar_path
from credscore.model.training import featurize
from credscore.resources import default_model_path
from tests.conftest import REPO

# Equal to this, absolutely: the form applies the estimator's own operations (only exp may differ in the last bit).
TOLERANCE = 1e-9
EXAMPLES = sorted((REPO / "data" / "examples").glob("*.json"))
CORPUS = REPO / "data" / "corpus" / "synth-v6.jsonl.gz"
# Every n-th account of the corpus: real feature rows, a few seconds to compute.
CORPUS_STEP = 10
SMALL_FEATURES = ["a.x_share", "a.y", "b.z_share", "c.w"]
SMALL_SIGNS = (1, -1, 1, 1)


def _card(names=SMALL_FEATURES, **overrides):
    return {"name": "test", "credscore_version": "0.1.0", "feature_names": tuple(names),
            "training_data": {}, "metrics": {}, "seed": 0, "command": "test", **overrides}


def _estimator(loaded: LoadedModel) -> CredscoreModel:
    """The estimator of a model file, loaded the skops way (checked: hash, types)."""
    return persistence._estimator_of(loaded.path, loaded.card)


@cache
def corpus_rows() -> np.ndarray:
    """The features of every 10th corpus account and of the bundled examples."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        documents = [json.loads(line) for line in islice(lines, 0, None, CORPUS_STEP)]
    documents += [json.loads(path.read_text(encoding="utf-8")) for path in EXAMPLES]
    X, _, _ = featurize([parse_account(document) for document in documents])
    return X


def unusual_rows(real: np.ndarray, seed: int = 0) -> np.ndarray:
    """Rows no training account has: missing values, nothing measured, negative and huge values, and each real row
    pushed beyond the range of every calibration map."""
    rng = np.random.default_rng(seed)
    width = real.shape[1]
    missing = real.copy()
    missing[rng.random(real.shape) < 0.3] = np.nan
    return np.vstack([
        missing,
        np.full((1, width), np.nan),
        np.zeros((1, width)),
        np.full((1, width), -1.0),
        np.full((1, width), 1e6),
        np.full((1, width), -1e6),
        real[: len(real) // 2] * 50,
        rng.normal(scale=1e3, size=(20, width)),
    ])


def assert_same(light: LinearModel, estimator: CredscoreModel, rows: np.ndarray) -> None:
    probabilities, pushes, logits = light.explain(rows)
    expected_probabilities, expected_pushes, expected_logits = estimator.explain(rows, [])
    assert logits is None and expected_logits is None
    np.testing.assert_allclose(probabilities, expected_probabilities, rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(pushes, expected_pushes, rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(light.predict_proba(rows), estimator.predict_proba(rows, []), rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(light.evidence_pushes(pushes, rows), estimator.evidence_pushes(expected_pushes, rows),
                               rtol=0, atol=TOLERANCE)


@pytest.fixture(scope="module")
def shipped():
    loaded = load_model(default_model_path(), expected_features=feature_names())
    return loaded, _estimator(loaded)


def test_the_shipped_model_loads_in_its_linear_form(shipped):
    loaded, estimator = shipped
    assert isinstance(loaded.model, LinearModel)
    assert loaded.model.text_model is None
    assert {calibrated.method for calibrated in estimator.classifier.calibrated_classifiers_} == {"isotonic"}
    assert len(loaded.model.folds) == len(estimator.classifier.calibrated_classifiers_)


def test_the_shipped_model_scores_real_rows_as_its_estimator(shipped):
    loaded, estimator = shipped
    rows = corpus_rows()
    assert rows.shape[1] == len(feature_names()) and np.isnan(rows).any()  # some signals not measurable
    assert_same(loaded.model, estimator, rows)
    # The rows reach both ends of the calibration: the comparison covers more than one flat step.
    probabilities = loaded.model.predict_proba(rows)
    assert probabilities.min() < 0.1 and probabilities.max() > 0.9


def test_the_shipped_model_scores_unusual_rows_as_its_estimator(shipped):
    loaded, estimator = shipped
    assert_same(loaded.model, estimator, unusual_rows(corpus_rows()))


def _small_data(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = np.column_stack([rng.random(n), rng.normal(size=n), rng.random(n), rng.exponential(size=n)])
    X[rng.random(n) < 0.2, 2] = np.nan  # a signal that is sometimes not measurable
    X[: n // 10, 3] = np.nan
    noise = rng.normal(scale=0.7, size=n)
    y = (2 * X[:, 0] - 0.5 * X[:, 1] + np.nan_to_num(X[:, 2], nan=0.5) - 1.2 + noise > 0).astype(int)
    return X, y


@pytest.fixture(scope="module", params=["sigmoid", "isotonic"])
def fresh(request, tmp_path_factory):
    """A freshly trained small model, saved and loaded back: (the loaded model, the fitted estimator, its rows)."""
    n = MIN_SAMPLES_FOR_ISOTONIC // 4 if request.param == "sigmoid" else MIN_SAMPLES_FOR_ISOTONIC + 200
    X, y = _small_data(n, seed=1)
    model = fit_model(X, [], y, seed=0, text=False, signs=SMALL_SIGNS)
    assert {calibrated.method for calibrated in model.classifier.calibrated_classifiers_} == {request.param}
    path = tmp_path_factory.mktemp(request.param) / "small.skops"
    save_model(model, path, _card())
    return load_model(path, expected_features=SMALL_FEATURES), model, X


def test_a_fresh_model_loads_in_its_linear_form_and_scores_as_it(fresh):
    loaded, model, X = fresh
    assert isinstance(loaded.model, LinearModel)
    assert loaded.card.linear is not None and loaded.card.linear.width == len(SMALL_FEATURES)
    assert_same(loaded.model, model, X)
    assert_same(loaded.model, model, unusual_rows(X))
    # The estimator loaded back from the skops file is the one that was fitted.
    assert_same(loaded.model, _estimator(loaded), unusual_rows(X, seed=2))


@settings(max_examples=60, deadline=None)
@given(rows=arrays(np.float64, st.tuples(st.integers(1, 8), st.just(len(SMALL_FEATURES))),
                   elements=st.one_of(st.just(np.nan), st.floats(-1e9, 1e9, allow_infinity=False))))
def test_any_rows_score_as_the_estimator(fresh, rows):
    loaded, model, _ = fresh
    assert_same(loaded.model, model, rows)


def test_a_sidecar_without_linear_form_loads_the_estimator(tmp_path, fresh):
    _, model, X = fresh
    path = tmp_path / "old.skops"
    save_model(model, path, _card())
    card = json.loads(sidecar_path(path).read_text())
    del card["linear"]  # as an older credscore wrote it
    sidecar_path(path).write_text(json.dumps(card))
    loaded = load_model(path, expected_features=SMALL_FEATURES)
    assert isinstance(loaded.model, CredscoreModel) and loaded.card.linear is None
    np.testing.assert_array_equal(loaded.model.predict_proba(X, []), model.predict_proba(X, []))


def test_a_text_model_has_no_linear_form(tmp_path):
    X, y = _small_data(120, seed=3)
    texts = [("viral hack" if label else "quarterly margin") + f" word{i}" for i, label in enumerate(y)]
    model = fit_model(X, texts, y, seed=0, text=True, signs=SMALL_SIGNS)
    assert linear_form(model) is None
    path = tmp_path / "text.skops"
    save_model(model, path, _card((*SMALL_FEATURES, "text.style")))
    assert "linear" not in json.loads(sidecar_path(path).read_text())  # readable by an older credscore too
    assert isinstance(load_model(path, expected_features=SMALL_FEATURES).model, CredscoreModel)


def _edit_fold(card: dict, name: str, change) -> None:
    card["linear"]["folds"][0][name] = change(card["linear"]["folds"][0][name])


@pytest.mark.parametrize(("edit", "message"), [
    (lambda card: _edit_fold(card, "coef", lambda values: values[:-1]), "columns disagree"),
    (lambda card: [part.update({name: values[:-1] for name, values in part.items() if isinstance(values, list)})
                   for part in [card["linear"], *card["linear"]["folds"]]],
     "3 columns for 4 features"),
    (lambda card: card["linear"].update(genuine_pushes=card["linear"]["genuine_pushes"] + [0.0]),
     "genuine reference has 5 columns"),
    (lambda card: _edit_fold(card, "scale", lambda values: [0.0, *values[1:]]), "scale holds a zero"),
    (lambda card: card["linear"].update(folds=[]), "at least 1 item"),
    (lambda card: _edit_fold(card, "calibration", lambda _: {"method": "isotonic", "x_thresholds": [1.0, 0.0],
                                                             "y_thresholds": [0.1, 0.9], "x_min": 0, "x_max": 1}),
     "not in increasing order"),
    (lambda card: _edit_fold(card, "calibration", lambda _: {"method": "spline"}), "method"),
    (lambda card: card["linear"].update(version=2), "linear.version: Input should be 1"),
])
def test_a_linear_form_that_does_not_fit_is_refused_clearly(tmp_path, fresh, edit, message):
    _, model, _ = fresh
    path = tmp_path / "m.skops"
    save_model(model, path, _card())
    card = json.loads(sidecar_path(path).read_text())
    edit(card)
    sidecar_path(path).write_text(json.dumps(card))
    with pytest.raises(ModelIntegrityError, match="not a valid model sidecar") as refused:
        load_model(path, expected_features=SMALL_FEATURES)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    assert issubclass(ModelIntegrityError, ModelError)


def test_a_non_finite_number_in_the_linear_form_is_refused(tmp_path, fresh):
    _, model, _ = fresh
    path = tmp_path / "m.skops"
    save_model(model, path, _card())
    text = sidecar_path(path).read_text()
    card = json.loads(text)
    card["linear"]["folds"][0]["intercept"] = float("nan")
    sidecar_path(path).write_text(json.dumps(card))  # written as NaN, which Python's JSON reads
    with pytest.raises(ModelIntegrityError, match="not a valid model sidecar"):
        load_model(path)


def test_the_light_model_checks_its_input_as_the_estimator_does(fresh):
    loaded, model, X = fresh
    for bad in (X[:, :-1], X[0]):
        with pytest.raises(ValueError):
            model.predict_proba(np.atleast_2d(bad) if bad.ndim == 2 else bad, [])
        with pytest.raises(ValueError):
            loaded.model.predict_proba(bad)
    infinite = X[:3].copy()
    infinite[0, 0] = np.inf
    with pytest.raises(ValueError, match="infinity"):
        model.predict_proba(infinite, [])
    with pytest.raises(ValueError, match="infinity"):
        loaded.model.predict_proba(infinite)
    with pytest.raises(ValueError, match="no text component"):
        loaded.model.text_scores(["a text"])


def test_the_estimator_behind_the_light_model_is_loaded_checked_and_pickles_as_before(tmp_path, fresh):
    _, model, X = fresh
    path = tmp_path / "m.skops"
    save_model(model, path, _card())
    loaded = load_model(path, expected_features=SMALL_FEATURES)
    assert isinstance(loaded.model, LinearModel)
    again = pickle.loads(pickle.dumps(loaded.model))  # the estimator's pickle, as credscore always wrote
    assert isinstance(again, CredscoreModel)
    np.testing.assert_allclose(again.predict_proba(X, []), model.predict_proba(X, []), rtol=0, atol=0)
    assert [type(c.estimator).__name__ for c in loaded.model.classifier.calibrated_classifiers_] == ["Pipeline"] * 5

    changed = load_model(path, expected_features=SMALL_FEATURES)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="no longer matches"):
        changed.model.classifier  # noqa: B018 (the access loads it)


def test_the_export_refuses_a_form_that_would_not_reproduce_the_estimator(fresh, monkeypatch):
    _, model, _ = fresh
    monkeypatch.setattr("credscore.model.linear._gap_on_probes", lambda model, form: 1e-6)
    assert linear_form(model) is None


def test_every_bundled_example_gets_the_same_verdict_from_the_light_model(shipped):
    from credscore.reader import load_account
    from credscore.scoring import Scorer
    from credscore.verdict import Verdict

    loaded, estimator = shipped
    accounts = [load_account(path) for path in EXAMPLES]
    light = Scorer(loaded).score_many(accounts)
    heavy = Scorer(LoadedModel(estimator, loaded.card, loaded.path)).score_many(accounts)
    assert isinstance(loaded.model, LinearModel) and len(light) == len(EXAMPLES) == 4
    for ours, theirs in zip(light, heavy, strict=True):
        assert isinstance(ours, Verdict)
        assert ours.probability is not None and theirs.probability is not None
        assert abs(ours.probability - theirs.probability) <= TOLERANCE
        assert (ours.score, ours.band) == (theirs.score, theirs.band)
        assert [(r.id, r.direction) for r in ours.reasons] == [(r.id, r.direction) for r in theirs.reasons]
