import json

import numpy as np
import pytest
import skops.io
from sklearn.preprocessing import FunctionTransformer

from credscore.errors import ModelError, ModelIntegrityError
from credscore.model.classifier import CredscoreModel, build_classifier, feature_contributions, fit_model
from credscore.model.persistence import load_model, save_model, sidecar_path

FEATURES = ["a.x_share", "a.y", "b.z_share"]
# a.y is declared towards genuine: the data below gives it no weight, so any sign holds.
SIGNS = (1, -1, 1)


def _card(**overrides):
    return {"name": "test", "credscore_version": "0.1.0", "feature_names": tuple(FEATURES),
            "training_data": {"sha256": "0" * 64}, "metrics": {}, "seed": 0, "command": "test", **overrides}


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 3))
    X[rng.random(200) < 0.2, 2] = np.nan  # a signal that is sometimes not measurable
    y = (np.nan_to_num(X[:, 0]) + 0.5 * np.nan_to_num(X[:, 2]) > 0).astype(int)
    return build_classifier(len(y), seed=0, signs=SIGNS).fit(X, y), X


@pytest.fixture
def saved(tmp_path, fitted):
    path = tmp_path / "m.skops"
    save_model(CredscoreModel(fitted[0]), path, _card())
    return path


def test_round_trip_predicts_the_same(saved, fitted):
    model, X = fitted
    loaded = load_model(saved, expected_features=FEATURES)
    np.testing.assert_allclose(loaded.model.predict_proba(X, []), model.predict_proba(X)[:, 1])
    assert loaded.version.startswith("test@")
    assert json.loads(sidecar_path(saved).read_text())["model_sha256"] == loaded.card.model_sha256


def test_saving_is_deterministic(tmp_path, fitted):
    first, second = tmp_path / "1.skops", tmp_path / "2.skops"
    save_model(CredscoreModel(fitted[0]), first, _card())
    save_model(CredscoreModel(fitted[0]), second, _card())
    assert first.read_bytes() == second.read_bytes()


def test_tampered_model_is_refused(saved):
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    saved.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="does not match its sidecar"):
        load_model(saved)


def test_swapped_sidecar_is_refused(tmp_path, saved, fitted):
    other = tmp_path / "other.skops"
    classifier = build_classifier(50, seed=1, signs=SIGNS).fit(fitted[1][:50], np.arange(50) % 2)
    save_model(CredscoreModel(classifier), other, _card())
    sidecar_path(saved).write_bytes(sidecar_path(other).read_bytes())
    with pytest.raises(ModelIntegrityError, match="SHA-256"):
        load_model(saved)


def test_missing_sidecar_is_refused(saved):
    sidecar_path(saved).unlink()
    with pytest.raises(ModelIntegrityError, match="no sidecar"):
        load_model(saved)


def test_other_scikit_learn_version_is_refused(saved):
    card = json.loads(sidecar_path(saved).read_text())
    card["sklearn_version"] = "0.24.2"
    sidecar_path(saved).write_text(json.dumps(card))
    with pytest.raises(ModelIntegrityError, match=r"scikit-learn 0\.24\.2"):
        load_model(saved)


def test_feature_mismatch_is_refused(saved):
    with pytest.raises(ModelIntegrityError, match="features do not match"):
        load_model(saved, expected_features=[*FEATURES, "c.new"])


def test_type_outside_the_allow_list_is_refused_and_nothing_runs(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("os.system", lambda command: calls.append(command))
    path = tmp_path / "evil.skops"
    # A legitimate-looking skops file whose content names a type credscore never trusts.
    data = skops.io.dumps(FunctionTransformer(func=np.log1p))
    path.write_bytes(data)
    save_card = _card()
    import hashlib

    import sklearn
    import skops as skops_package
    sidecar_path(path).write_text(json.dumps({**save_card, "model_sha256": hashlib.sha256(data).hexdigest(),
                                              "sklearn_version": sklearn.__version__,
                                              "skops_version": skops_package.__version__}))
    with pytest.raises(ModelIntegrityError, match="outside credscore's allow-list"):
        load_model(path)
    assert calls == []


@pytest.mark.parametrize("name", ["model.pkl", "model.joblib"])
def test_pickle_files_are_refused(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x80\x04K\x01.")
    with pytest.raises(ModelIntegrityError, match="pickle/joblib models are refused"):
        load_model(path)


def test_missing_model_file(tmp_path):
    with pytest.raises(ModelError, match="no such model file"):
        load_model(tmp_path / "nope.skops")


def test_contributions_sum_to_the_linear_score(fitted):
    model, X = fitted
    pushes = feature_contributions(model, X[:10], 3)
    assert pushes.shape == (10, 3)
    # The first feature drives the label: it must dominate the explanation of the most confident rows.
    proba = model.predict_proba(X[:10])[:, 1]
    strongest = np.argmax(np.abs(pushes), axis=1)
    confident = np.abs(proba - 0.5) > 0.4
    assert (strongest[confident] == 0).mean() >= 0.8
    assert np.all(np.sign(pushes[confident, 0]) == np.sign(proba[confident] - 0.5))


def test_text_component_round_trip(tmp_path, fitted):
    _, X = fitted
    rng = np.random.default_rng(1)
    y = (rng.random(len(X)) < 0.5).astype(int)
    words = {0: ["margin", "customers", "quarter"], 1: ["viral", "engagement", "hack"]}
    texts = [" ".join(rng.choice(words[label], size=6)) + f" filler{i}" for i, label in enumerate(y)]
    model = fit_model(X, texts, y, seed=0, text=True, signs=SIGNS)
    path = tmp_path / "text.skops"
    save_model(model, path, _card(feature_names=(*FEATURES, "text.style")))
    loaded = load_model(path, expected_features=FEATURES)
    np.testing.assert_allclose(loaded.model.predict_proba(X, texts), model.predict_proba(X, texts))
    # The wording alone separates the labels here: the text column must carry the prediction.
    assert ((loaded.model.predict_proba(X, texts) > 0.5) == y).mean() > 0.9
    _, pushes, logits = loaded.model.explain(X, texts)
    assert pushes.shape == (len(X), len(FEATURES) + 1) and logits.shape == (len(X),)
    assert np.all(np.argmax(np.abs(pushes), axis=1) == len(FEATURES))


def test_sidecar_and_content_must_agree_about_the_text_component(saved):
    card = json.loads(sidecar_path(saved).read_text())
    card["feature_names"] = [*card["feature_names"], "text.style"]
    sidecar_path(saved).write_text(json.dumps(card))
    with pytest.raises(ModelIntegrityError, match="disagree about the text component"):
        load_model(saved, expected_features=FEATURES)
