import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression

from credscore.model.constrained import SignConstrainedLogisticRegression


def _data(seed=0, n=400):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    # Column 0 raises the odds, column 1 lowers them, column 2 is noise.
    y = (X[:, 0] - X[:, 1] + rng.normal(scale=0.5, size=n) > 0).astype(int)
    return X, y


def test_free_signs_give_scikit_learns_logistic_regression():
    X, y = _data()
    ours = SignConstrainedLogisticRegression(signs=(0, 0, 0), C=0.5).fit(X, y)
    reference = LogisticRegression(C=0.5, tol=1e-10, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(ours.coef_, reference.coef_, atol=1e-4)
    np.testing.assert_allclose(ours.intercept_, reference.intercept_, atol=1e-4)
    np.testing.assert_allclose(ours.predict_proba(X), reference.predict_proba(X), atol=1e-4)


@pytest.mark.parametrize(("signs", "expected"), [
    # Declared the way the data goes: the same model as unconstrained.
    ((1, -1, 0), (">", "<", None)),
    # Declared against the data: the coefficient stays at the bound (zero), never on the wrong side.
    ((-1, 1, 0), ("==", "==", None)),
    ((1, 1, 1), (">", "==", ">=")),
    ((-1, -1, -1), ("==", "<", "<=")),
])
def test_each_coefficient_stays_on_its_declared_side(signs, expected):
    X, y = _data()
    coef = SignConstrainedLogisticRegression(signs=signs).fit(X, y).coef_[0]
    for value, sign, check in zip(coef, signs, expected, strict=True):
        assert value * sign >= 0 or sign == 0
        if check == ">":
            assert value > 0.1
        elif check == "<":
            assert value < -0.1
        elif check == "==":
            assert value == 0.0


def test_probabilities_rank_like_the_decision_function_and_predict_agrees():
    X, y = _data(1)
    model = SignConstrainedLogisticRegression(signs=(1, -1, 0)).fit(X, y)
    proba = model.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert np.array_equal(np.argsort(proba[:, 1], kind="stable"),
                          np.argsort(model.decision_function(X), kind="stable"))
    assert np.array_equal(model.predict(X), (proba[:, 1] > 0.5).astype(int))
    assert (model.predict(X) == y).mean() > 0.85


def test_estimator_contract():
    X, y = _data()
    model = SignConstrainedLogisticRegression(signs=(1, -1, 0), C=2.0)
    assert clone(model).get_params() == model.get_params()
    with pytest.raises(NotFittedError):
        model.predict(X)
    fitted = model.fit(X, y)
    assert fitted.n_features_in_ == 3 and list(fitted.classes_) == [0, 1]


@pytest.mark.parametrize("signs", [(1, -1), (1, -1, 2)])
def test_signs_must_match_the_features(signs):
    X, y = _data()
    with pytest.raises(ValueError, match="signs must hold"):
        SignConstrainedLogisticRegression(signs=signs).fit(X, y)


def test_one_class_is_refused():
    X, _ = _data()
    with pytest.raises(ValueError, match="two classes"):
        SignConstrainedLogisticRegression(signs=(0, 0, 0)).fit(X, np.zeros(len(X), dtype=int))
