"""Untrusted model files: what tests/model/test_persistence.py does not already cover.

Hand-written skops files whose schema calls ``os.system``, ``builtins.eval`` or ``subprocess.Popen``
(each proved live: skops runs it when told to trust it), the trust flag for a model with no sidecar
and for a legacy pickle, and the ``--trust-model`` option of the command line.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import pickle
import shutil
import zipfile

import joblib
import pytest
import sklearn
import skops
import skops.io
from typer.testing import CliRunner

from credscore.cli import app
from credscore.errors import ModelIntegrityError
from credscore.features import feature_names
from credscore.model.persistence import load_model, sidecar_path
from credscore.resources import default_model_path
from tests.conftest import REPO

runner = CliRunner()
EXAMPLE = REPO / "data" / "examples" / "en_fake_guru.json"


def _json_node(value):
    return {"__class__": "str", "__module__": "builtins", "__loader__": "JsonNode", "content": json.dumps(value),
            "is_json": True}


def _call_node(module: str, name: str, *args):
    """A skops node that, once loaded, calls ``module.name(*args)``."""
    return {"__class__": name, "__module__": module, "__loader__": "ConstructorFromReduceNode",
            "content": {"__class__": "tuple", "__module__": "builtins", "__loader__": "TupleNode",
                        "content": [_json_node(arg) for arg in args]}}


def _payload(module: str, name: str, *args) -> bytes:
    """A skops file shaped like a credscore model whose classifier is a call to ``module.name``."""
    key = {"__class__": "str", "__module__": "builtins", "__loader__": "TypeNode"}
    schema = {"__class__": "dict", "__module__": "builtins", "__loader__": "DictNode",
              "content": {"classifier": _call_node(module, name, *args), "text_model": _json_node(None)},
              "key_types": {"__class__": "list", "__module__": "builtins", "__loader__": "ListNode",
                            "content": [key, key]},
              "protocol": 2, "_skops_version": skops.__version__}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("schema.json", json.dumps(schema))
    return buffer.getvalue()


def _payloads(marker):
    return {
        "os.system": ("os", "system", f"touch '{marker}'"),
        "builtins.eval": ("builtins", "eval", f"open({str(marker)!r}, 'w').close()"),
        "subprocess.Popen": ("subprocess", "Popen", ["touch", str(marker)]),
    }


def _with_sidecar(path, data: bytes):
    """Write ``data`` at ``path`` with a sidecar that matches it exactly (SHA-256, versions, features)."""
    path.write_bytes(data)
    sidecar_path(path).write_text(json.dumps({
        "name": "evil", "credscore_version": "0", "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__, "feature_names": feature_names(),
        "model_sha256": hashlib.sha256(data).hexdigest(), "training_data": {}, "metrics": {}, "seed": 0,
        "command": ""}))
    return path


@pytest.mark.parametrize("target", ["os.system", "builtins.eval", "subprocess.Popen"])
def test_the_payloads_are_live(tmp_path, target):
    """Control: skops told to trust the type does run it, so the refusals below are meaningful."""
    marker = tmp_path / "ran"
    module, name, arg = _payloads(marker)[target]
    loaded = skops.io.loads(_payload(module, name, arg), trusted=["builtins.dict", "builtins.str", "builtins.tuple",
                                                                  "builtins.list", target])
    if target == "subprocess.Popen":
        loaded["classifier"].wait(timeout=30)
    assert marker.exists()


@pytest.mark.parametrize("trust", [False, True])
@pytest.mark.parametrize("target", ["os.system", "builtins.eval", "subprocess.Popen"])
def test_a_model_calling_outside_the_allow_list_is_refused_and_nothing_runs(tmp_path, target, trust):
    marker = tmp_path / "ran"
    module, name, arg = _payloads(marker)[target]
    path = _with_sidecar(tmp_path / "evil.skops", _payload(module, name, arg))
    with pytest.raises(ModelIntegrityError, match=rf"outside credscore's allow-list: {target}$"):
        load_model(path, expected_features=feature_names(), trust=trust)
    # Without its sidecar, trust waives the missing sidecar, never the allow-list.
    sidecar_path(path).unlink()
    with pytest.raises(ModelIntegrityError, match="no sidecar" if not trust else "outside credscore's allow-list"):
        load_model(path, trust=trust)
    assert not marker.exists()


@pytest.fixture
def bare_model(tmp_path):
    """The shipped model, copied without its sidecar."""
    return shutil.copyfile(default_model_path(), tmp_path / "bare.skops")


def test_a_model_without_sidecar_needs_trust(bare_model, caplog):
    with pytest.raises(ModelIntegrityError) as refused:
        load_model(bare_model, expected_features=feature_names())
    message = str(refused.value)
    assert "no sidecar bare.json beside the model" in message and "--trust-model" in message
    assert "\n" not in message

    caplog.set_level(logging.WARNING)
    trusted = load_model(bare_model, expected_features=feature_names(), trust=True)
    shipped = load_model(default_model_path(), expected_features=feature_names())
    assert trusted.version == f"bare-unverified@{shipped.card.model_sha256[:12]}"
    assert trusted.card.feature_names == shipped.card.feature_names
    assert "loaded unverified" in caplog.text
    # Without a sidecar the column count is all that can be checked: a model for other signals is still refused.
    count = len(feature_names())
    with pytest.raises(ModelIntegrityError, match=f"reads {count} signal features, this credscore has {count + 1}"):
        load_model(bare_model, expected_features=[*feature_names(), "extra.one"], trust=True)


def test_trust_does_not_waive_a_sidecar_that_does_not_match(bare_model):
    sidecar_path(bare_model).write_text(sidecar_path(default_model_path()).read_text())
    bare_model.write_bytes(bare_model.read_bytes() + b"\0")
    with pytest.raises(ModelIntegrityError, match="does not match its sidecar"):
        load_model(bare_model, trust=True)


class _Marker:
    """Pickles as a call that creates a file: what a malicious pickle does on load."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (exec, (f"open({self.path!r}, 'w').close()",))


@pytest.mark.parametrize("name", ["model.pkl", "model.pickle", "model.joblib", "model.skops", "model.bin"])
def test_a_pickle_is_refused_whatever_its_name_and_nothing_runs(tmp_path, name):
    marker = tmp_path / "ran"
    path = tmp_path / name
    path.write_bytes(pickle.dumps(_Marker(marker), protocol=4))
    with pytest.raises(ModelIntegrityError, match="pickle/joblib models are refused") as refused:
        load_model(path)
    assert "--trust-model" in str(refused.value)
    assert not marker.exists()
    # The same file given a sidecar that matches it is no more acceptable.
    _with_sidecar(path, path.read_bytes())
    with pytest.raises(ModelIntegrityError, match="pickle/joblib models are refused"):
        load_model(path)
    assert not marker.exists()


def test_a_trusted_pickle_is_run_which_is_what_trust_means(tmp_path, caplog):
    marker = tmp_path / "ran"
    path = tmp_path / "legacy.pkl"
    path.write_bytes(pickle.dumps(_Marker(marker), protocol=4))
    caplog.set_level(logging.WARNING)
    with pytest.raises(ModelIntegrityError, match="not a credscore model"):
        load_model(path, trust=True)
    assert marker.exists()
    assert "it can run any code it holds" in caplog.text


@pytest.fixture
def legacy_model(tmp_path):
    """The shipped model's classifier as a joblib file, as an older credscore might have written it."""
    shipped = load_model(default_model_path(), expected_features=feature_names())
    path = tmp_path / "legacy.joblib"
    joblib.dump(shipped.model, path)
    return path


def test_a_trusted_legacy_joblib_model_loads_and_scores_like_the_original(legacy_model):
    trusted = load_model(legacy_model, expected_features=feature_names(), trust=True)
    assert trusted.card.name == "legacy-unverified"
    plain = json.loads(_cli("score", EXAMPLE, "--format", "json").stdout)
    result = _cli("score", EXAMPLE, "--format", "json", "--model", legacy_model, "--trust-model")
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert (verdict["score"], verdict["probability"]) == (plain["score"], plain["probability"])
    assert verdict["model_version"].startswith("legacy-unverified@")


def _cli(*args):
    return runner.invoke(app, [str(arg) for arg in args])


@pytest.mark.parametrize("command", ["score", "evaluate"])
def test_the_command_line_refuses_then_trusts(bare_model, legacy_model, command):
    for model in (bare_model, legacy_model):
        refused = _cli(command, EXAMPLE, "--model", model)
        assert refused.exit_code != 0
        assert isinstance(refused.exception, ModelIntegrityError) and "--trust-model" in str(refused.exception)
    accepted = _cli(command, EXAMPLE, "--model", bare_model, "--trust-model", "--format", "json")
    assert accepted.exit_code == 0, accepted.output
    assert json.loads(accepted.stdout)
