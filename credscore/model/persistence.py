"""Save and load models safely: skops files with an allow-list, and a JSON sidecar.

A pickle or joblib file runs arbitrary code when loaded, so models are stored with skops,
which rebuilds objects only from types it is told to trust. That allow-list is written here
(:data:`ALLOWED_TYPES`), never computed from the file being loaded.

Beside ``NAME.skops`` lies ``NAME.json``, the sidecar (:class:`ModelCard`): versions, feature
names, the SHA-256 of the model file, the training data fingerprint, evaluation metrics and
the reference distribution of each feature among genuine and fake training accounts.
Loading checks, before anything of the model file is read: the sidecar is there, the
SHA-256 matches, the scikit-learn version and the feature names match this credscore; then
that every type in the file is on the allow-list.

A model without text component also carries, in its sidecar, its linear form (the numbers of each
calibration fold, :mod:`credscore.model.linear`): once the checks above pass, such a model is applied with
NumPy alone, without importing scikit-learn, SciPy or skops (a second of every verdict); the skops file is
still hashed, and loaded only when something asks for the estimator itself.

Two kinds of model file are refused unless the caller says it trusts where the file came from
(``trust=True``, ``--trust-model``): a skops file with no sidecar, and a legacy pickle/joblib file.
Trust waives only what is missing: a skops file without a sidecar is still checked against the
allow-list, and a sidecar that is there is still checked (a sidecar that does not match is never
waived: it describes another model). A trusted pickle is loaded with joblib, which runs whatever
code the file holds: that is what trusting it means, and a warning says so.
"""

from __future__ import annotations

import builtins
import contextlib
import contextvars
import hashlib
import importlib.abc
import importlib.machinery
import importlib.metadata
import io
import json
import logging
import re
import sys
import threading
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from credscore.atomic import write_atomically
from credscore.errors import ModelError, ModelIntegrityError
from credscore.model.linear import LinearForm, LinearModel, linear_form
from credscore.model.text import TEXT_FEATURE, TEXT_SIGNAL

if TYPE_CHECKING:
    # scikit-learn, SciPy and skops are imported only where a model is saved or loaded the skops way.
    from credscore.model.classifier import CredscoreModel

__all__ = ["ALLOWED_TYPES", "PICKLE_SUFFIXES", "LoadedModel", "ModelCard", "load_model", "save_model", "sha256_of",
           "sidecar_path"]

logger = logging.getLogger(__name__)

# Legacy model files that pickle: loading one runs any code it holds. Also recognised by their first bytes.
PICKLE_SUFFIXES = frozenset({".pkl", ".pickle", ".joblib"})
TRUST_HINT = "pass --trust-model (trust=True) only if you trust where this file came from"

# Every type a credscore model is made of. A model file naming any other type is refused.
ALLOWED_TYPES = (
    "builtins.bool",
    "builtins.dict",
    "builtins.float",
    "builtins.int",
    "builtins.list",
    "builtins.slice",
    "builtins.str",
    "builtins.tuple",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.float64",
    "numpy.int64",
    "credscore.model.constrained.SignConstrainedLogisticRegression",
    "credscore.model.floor.HabitFloor",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.impute._base.MissingIndicator",
    "sklearn.impute._base.SimpleImputer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
)


class ModelCard(BaseModel):
    """The sidecar of a model file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    credscore_version: str
    sklearn_version: str
    skops_version: str
    feature_names: tuple[str, ...]
    model_sha256: str
    training_data: dict[str, Any]
    metrics: dict[str, Any]
    seed: int
    command: str
    reference: dict[str, Any] | None = None
    """Per feature, its percentiles among the genuine and the fake training accounts (older sidecars: none)."""
    linear: LinearForm | None = None
    """The model's numbers, applied without scikit-learn (:mod:`credscore.model.linear`); none for a model with
    a text component, and in older sidecars."""

    @model_validator(mode="after")
    def _linear_matches_the_features(self) -> ModelCard:
        if self.linear is None:
            return self
        if TEXT_FEATURE_NAME in self.feature_names:
            # A model with a text component has no linear form: one of the two does not describe the model.
            raise ValueError("a text feature beside a linear form: the sidecar and its content disagree about the "
                             "text component")
        if self.linear.width != len(self.feature_names):
            raise ValueError(f"its linear form has {self.linear.width} columns for {len(self.feature_names)} "
                             "features")
        return self


TEXT_FEATURE_NAME = f"{TEXT_SIGNAL}.{TEXT_FEATURE.name}"


@dataclass(frozen=True)
class LoadedModel:
    model: CredscoreModel | LinearModel
    """The estimator, or its linear form when the sidecar holds one (which scores the same, without
    scikit-learn; its ``classifier`` loads the estimator when something needs it)."""
    card: ModelCard
    path: Path

    @property
    def version(self) -> str:
        return f"{self.card.name}@{self.card.model_sha256[:12]}"


def sidecar_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda stream: stream.write(data), binary=True)


def save_model(model: CredscoreModel, path: str | Path, card: dict[str, Any]) -> ModelCard:
    """Write ``model`` to ``path`` (skops) and its sidecar beside it; returns the sidecar."""
    import sklearn
    import skops

    path = Path(path)
    if path.suffix != ".skops":
        raise ModelError(f"{path}: a model file must end in .skops")
    data = _reproducible_zip(_skops_io().dumps({"classifier": model.classifier, "text_model": model.text_model,
                                             "genuine_pushes": model.genuine_pushes}))
    full = ModelCard(
        **card,
        sklearn_version=sklearn.__version__,
        skops_version=skops.__version__,
        model_sha256=hashlib.sha256(data).hexdigest(),
        linear=linear_form(model),
    )
    # A sidecar without linear form is written as before, so that an older credscore still reads it.
    written = full.model_dump(exclude={"linear"} if full.linear is None else set())
    _atomic_write(path, data)
    _atomic_write(sidecar_path(path), (json.dumps(written, indent=2, sort_keys=True) + "\n").encode())
    return full


_MEMO_ID = re.compile(r'"__id__": (\d+)')


def _reproducible_zip(data: bytes) -> bytes:
    """The same archive, reproducible: the same model gives the same bytes (and SHA-256).

    skops names array files after object ids (memory addresses) and stamps entries with the
    current time; entries are renamed in archive order and dated 1980-01-01.
    """
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w") as target:
        entries = [entry for entry in source.infolist() if entry.filename != "schema.json"]
        renamed = {entry.filename: f"{number:05d}{Path(entry.filename).suffix}"
                   for number, entry in enumerate(entries)}
        schema = source.read("schema.json").decode()
        for old, new in renamed.items():
            schema = schema.replace(f'"{old}"', f'"{new}"')
        # Memo ids are memory addresses too; number them in order of first appearance.
        memo: dict[str, str] = {}
        schema = _MEMO_ID.sub(lambda found: f'"__id__": {memo.setdefault(found[1], str(len(memo) + 1))}', schema)
        for name, content in [*((renamed[e.filename], source.read(e)) for e in entries),
                              ("schema.json", schema.encode())]:
            fixed = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, content)
    return output.getvalue()


def _types_in(path: Path) -> set[str]:
    """Every type named in a skops file's schema, read as plain JSON (nothing is imported or run).

    skops's own ``get_untrusted_types`` leaves out the types skops trusts by default; credscore
    wants every type checked against its own list.
    """

    def walk(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("__module__"), str) and isinstance(node.get("__class__"), str):
                yield f"{node['__module__']}.{node['__class__']}"
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
    return set(walk(schema))


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def _is_pickle(path: Path) -> bool:
    """A pickle or joblib file, by its name or its first bytes (protocol 2 and later start with 0x80, version)."""
    if PICKLE_SUFFIXES.intersection(suffix.lower() for suffix in path.suffixes):
        return True
    with path.open("rb") as stream:
        head = stream.read(2)
    return len(head) == 2 and head[0] == 0x80 and 2 <= head[1] <= 5


def read_card(path: Path) -> ModelCard:
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        raise ModelIntegrityError(f"{path}: no sidecar {sidecar.name} beside the model, so it cannot be verified; "
                                  f"{TRUST_HINT}")
    try:
        return ModelCard.model_validate_json(sidecar.read_bytes())
    except (OSError, ValidationError) as exc:
        first = _first_error(exc) if isinstance(exc, ValidationError) else str(exc)
        raise ModelIntegrityError(f"{sidecar}: not a valid model sidecar ({first})") from None


def _first_error(exc: ValidationError) -> str:
    """The first thing wrong in a sidecar, with where it is when that is a field (``linear.folds.0.coef: ...``)."""
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def load_model(path: str | Path, *, expected_features: list[str] | None = None, trust: bool = False) -> LoadedModel:
    """Load a model after checking its sidecar, hash, versions, features and types.

    ``trust`` accepts a model with no sidecar (its types are still checked) and a legacy pickle/joblib
    file (which runs code when loaded); see the module docstring.
    """
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path}: no such model file")
    if _is_pickle(path):
        if not trust:
            raise ModelIntegrityError(f"{path}: pickle/joblib models are refused (loading one runs any code it "
                                      f"holds); retrain with `credscore train` to get a .skops model, or {TRUST_HINT}")
        return _load_pickle(path, expected_features)
    if path.suffix != ".skops":
        raise ModelIntegrityError(f"{path}: not a skops model file (credscore models end in .skops)")
    card = _verified_card(path, expected_features) if not trust or sidecar_path(path).exists() else None
    _check_types(path)
    if card is not None and card.linear is not None:
        # Verified: the sidecar describes this very file, so its linear form is this model's.
        return LoadedModel(LinearModel.from_form(card.linear, partial(_estimator_of, path, card)), card, path)
    content = _read_skops(path)
    if card is None:
        logger.warning("%s: no sidecar; loaded unverified because the model is trusted (its types were checked)", path)
        card = _unverified_card(content, path, expected_features)
    return LoadedModel(_model_from(content, card, path), card, path)


def _check_types(path: Path) -> None:
    """Refuse a skops file that names a type outside the allow-list (its schema is read as plain JSON)."""
    try:
        named = _types_in(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, RecursionError) as exc:
        raise ModelIntegrityError(f"{path}: not a readable skops file ({exc})") from None
    refused = sorted(named - set(ALLOWED_TYPES))
    if refused:
        raise ModelIntegrityError(f"{path}: refers to types outside credscore's allow-list: {', '.join(refused)}")


def _read_skops(path: Path) -> object:
    """The content of a skops file whose types were checked, rebuilt by skops from the allow-list only."""
    skops_io = _skops_io()
    try:
        with _allow_list_only():
            return skops_io.load(path, trusted=list(ALLOWED_TYPES))
    except Exception as exc:
        raise ModelIntegrityError(f"{path}: cannot be loaded ({exc})") from None


def _estimator_of(path: Path, card: ModelCard) -> CredscoreModel:
    """The estimator behind a model loaded in its linear form, when something needs it: the file is checked
    again (it may have changed since), then loaded the skops way."""
    if not path.is_file():
        raise ModelError(f"{path}: no such model file")
    actual = sha256_of(path)
    if actual != card.model_sha256:
        raise ModelIntegrityError(f"{path}: SHA-256 {actual[:12]}… no longer matches the model loaded from it "
                                  f"({card.model_sha256[:12]}…); the file was changed, load it again")
    _check_types(path)
    return _model_from(_read_skops(path), card, path)


def _installed_sklearn_version() -> str:
    """scikit-learn's version, read from its installed metadata while it is not imported (importing it costs
    a second that a model in its linear form never needs)."""
    module = sys.modules.get("sklearn")
    if module is not None:
        return str(module.__version__)
    try:
        return importlib.metadata.version("scikit-learn")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - an install without metadata
        import sklearn

        return str(sklearn.__version__)


def _verified_card(path: Path, expected_features: list[str] | None) -> ModelCard:
    """The model's sidecar, once it is known to describe this very file and this credscore's features."""
    card = read_card(path)
    actual = sha256_of(path)
    if actual != card.model_sha256:
        raise ModelIntegrityError(
            f"{path}: SHA-256 {actual[:12]}… does not match its sidecar ({card.model_sha256[:12]}…); "
            "the file was changed or the sidecar belongs to another model")
    installed = _installed_sklearn_version()
    if _minor(card.sklearn_version) != _minor(installed):
        raise ModelIntegrityError(
            f"{path}: trained with scikit-learn {card.sklearn_version}, this is {installed}; "
            "retrain it (see README: Retraining) or install the matching scikit-learn")
    signal_features = [name for name in card.feature_names if name != TEXT_FEATURE_NAME]
    if expected_features is not None and signal_features != list(expected_features):
        missing = sorted(set(expected_features) - set(signal_features))
        extra = sorted(set(signal_features) - set(expected_features))
        raise ModelIntegrityError(
            f"{path}: its features do not match this credscore's signals (missing {missing or 'none'}, "
            f"unknown {extra or 'none'}, or a different order); retrain it")
    return card


def _load_pickle(path: Path, expected_features: list[str] | None) -> LoadedModel:
    """A trusted legacy pickle/joblib model: joblib runs whatever the file holds, as the caller accepted."""
    import joblib
    from sklearn.calibration import CalibratedClassifierCV

    from credscore.model.classifier import CredscoreModel

    logger.warning("%s: loading a pickle/joblib model because it is trusted; it can run any code it holds", path)
    card = _verified_card(path, expected_features) if sidecar_path(path).exists() else None
    try:
        content = joblib.load(path)
    except Exception as exc:
        raise ModelIntegrityError(f"{path}: cannot be loaded as a pickle/joblib model ({exc})") from None
    if isinstance(content, CredscoreModel):
        content = {"classifier": content.classifier, "text_model": content.text_model}
    elif isinstance(content, CalibratedClassifierCV):
        content = {"classifier": content, "text_model": None}
    card = card or _unverified_card(content, path, expected_features)
    return LoadedModel(_model_from(content, card, path), card, path)


def _unverified_card(content: object, path: Path, expected_features: list[str] | None) -> ModelCard:
    """A stand-in sidecar for a trusted model that has none: what the content itself tells."""
    import sklearn
    import skops
    from sklearn.calibration import CalibratedClassifierCV

    if not isinstance(content, dict) or not isinstance(content.get("classifier"), CalibratedClassifierCV):
        raise ModelIntegrityError(f"{path}: not a credscore model (expected a calibrated classifier)")
    text = content.get("text_model") is not None
    columns = getattr(content["classifier"], "n_features_in_", None)
    signals = None if columns is None else int(columns) - text
    if expected_features is not None and signals != len(expected_features):
        raise ModelIntegrityError(f"{path}: the model reads {signals} signal features, this credscore has "
                                  f"{len(expected_features)}; retrain it")
    names = list(expected_features) if expected_features is not None else [f"feature_{i}" for i in range(signals or 0)]
    return ModelCard(name=f"{path.stem}-unverified", credscore_version="unknown", sklearn_version=sklearn.__version__,
                     skops_version=skops.__version__, feature_names=(*names, *([TEXT_FEATURE_NAME] if text else [])),
                     model_sha256=sha256_of(path), training_data={}, metrics={}, seed=0, command="")


def _model_from(content: object, card: ModelCard, path: Path) -> CredscoreModel:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.pipeline import Pipeline

    from credscore.model.classifier import CredscoreModel

    # Models of credscore 0.1 have no genuine reference: their family evidence is then relative to the mean.
    if not isinstance(content, dict) or not {"classifier", "text_model"} <= set(content) \
            or not set(content) <= {"classifier", "text_model", "genuine_pushes"}:
        raise ModelIntegrityError(f"{path}: not a credscore model (expected a classifier and a text model slot)")
    classifier, text_model = content["classifier"], content["text_model"]
    reference = content.get("genuine_pushes")
    text_ok = text_model is None or isinstance(text_model, Pipeline)
    if not isinstance(classifier, CalibratedClassifierCV) or not text_ok:
        raise ModelIntegrityError(f"{path}: not a credscore model (unexpected {type(classifier).__name__})")
    if (text_model is not None) != (TEXT_FEATURE_NAME in card.feature_names):
        raise ModelIntegrityError(f"{path}: its sidecar and its content disagree about the text component")
    columns = len(card.feature_names)
    if reference is not None and (not isinstance(reference, np.ndarray) or reference.shape != (columns,)):
        raise ModelIntegrityError(f"{path}: its genuine reference does not match its {columns} columns")
    return CredscoreModel(classifier, text_model, reference)


# --- Importing skops.io quickly -------------------------------------------------------------------------------
# When skops.io is imported, it makes its lists of the types it trusts by default: every scikit-learn estimator
# (which imports every module of scikit-learn, and Dask, pandas and pytest through them), all of sklearn.ensemble,
# and every NumPy and SciPy ufunc (each found by searching all loaded modules): one to two seconds of a single
# verdict. credscore never relies on those defaults: it passes its own allow-list, and refuses any file naming
# another type before skops reads it, so every type that reaches skops is trusted with or without them. skops's
# module is therefore run with those lists left empty, and they are replaced by lists made on first use, by
# running the module again as it is; inside credscore's own loads they stay empty. Anyone else in the process
# who uses skops gets its full lists.

_TRUSTED_TYPES_MODULE = "skops.io._trusted_types"
# The lists skops makes at import that cost seconds, and what they are made from.
_DEFERRED_LISTS = ("SKLEARN_ESTIMATOR_TYPE_NAMES", "SKLEARN_INTERNAL_TYPE_NAMES", "SCIPY_UFUNC_TYPE_NAMES",
                   "NUMPY_UFUNC_TYPE_NAMES")
# Imported by skops only for one of those lists, and costly (all of sklearn.ensemble): left out until then.
_DEFERRED_IMPORTS = ("sklearn.ensemble._hist_gradient_boosting.binning",)
_import_lock = threading.RLock()
_allow_list_context: contextvars.ContextVar[bool] = contextvars.ContextVar("credscore_allow_list_only", default=False)


def _skops_io() -> ModuleType:
    """``skops.io``, imported without making its default lists of trusted types."""
    with _import_lock:
        if "skops.io" not in sys.modules and _TRUSTED_TYPES_MODULE not in sys.modules:
            finder = _DeferredListsFinder()
            sys.meta_path.insert(0, finder)
            try:
                import skops.io
            finally:
                sys.meta_path.remove(finder)
        import skops.io

        return skops.io


@contextlib.contextmanager
def _allow_list_only() -> Iterator[None]:
    """Within: skops's deferred default lists are empty (credscore's allow-list is all that is trusted)."""
    token = _allow_list_context.set(True)
    try:
        yield
    finally:
        _allow_list_context.reset(token)


class _DeferredList(list[str]):
    """One of skops's default lists of trusted types, made on first use (empty within credscore's own loads).

    skops only adds it to another list (``SKLEARN_ESTIMATOR_TYPE_NAMES + ...``); the other list operations
    give the same values, so that it is never seen empty by mistake.
    """

    def __init__(self, name: str, make: Any) -> None:
        super().__init__()
        self._name, self._make = name, make

    def _values(self) -> list[str]:
        return [] if _allow_list_context.get() else list(self._make()[self._name])

    def __add__(self, other: Sequence[str]) -> list[str]:  # type: ignore[override]
        return self._values() + list(other)

    def __radd__(self, other: Sequence[str]) -> list[str]:
        return list(other) + self._values()

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __contains__(self, name: object) -> bool:
        return name in self._values()

    def __getitem__(self, index: Any) -> Any:
        return self._values()[index]

    def __eq__(self, other: object) -> bool:
        return self._values() == other

    __hash__ = None

    def __repr__(self) -> str:
        return repr(self._values())


class _DeferredListsFinder(importlib.abc.MetaPathFinder):
    """Finds skops's trusted-types module for :class:`_DeferredListsLoader` (in place only while ``skops.io`` is
    imported)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if fullname != _TRUSTED_TYPES_MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return None
        spec.loader = _DeferredListsLoader(spec.loader)
        return spec


class _DeferredListsLoader(importlib.abc.Loader):
    """Runs skops's trusted-types module with the costly lists left empty, then defers them."""

    def __init__(self, source: importlib.machinery.SourceFileLoader) -> None:
        self._source = source
        self._full: dict[str, Any] | None = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        code = self._source.get_code(module.__name__)
        if code is None:  # pragma: no cover - a source file always has code
            raise ImportError(f"no code for {module.__name__}")
        fresh = dict(module.__dict__)
        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _quick_importer()}
        try:
            exec(code, module.__dict__)  # skops's own installed module, run as its import would run it
            deferred = all(isinstance(module.__dict__.get(name), list) for name in _DEFERRED_LISTS)
        except Exception:  # a skops this does not know: its module is run as it is
            deferred = False
        finally:
            module.__dict__["__builtins__"] = builtins
        if not deferred:
            logger.debug("%s run as it is (its default lists made at import)", module.__name__)
            module.__dict__.clear()
            module.__dict__.update(fresh)
            exec(code, module.__dict__)
            return

        def full_lists() -> dict[str, Any]:
            with _import_lock:
                if self._full is None:
                    namespace = dict(fresh)
                    exec(code, namespace)  # the module once more, as it is: its lists as skops makes them
                    self._full = namespace
                return self._full

        for name in _DEFERRED_LISTS:
            setattr(module, name, _DeferredList(name, full_lists))


def _quick_importer() -> Any:
    """``__import__`` for skops's module, handing it stand-ins that make the costly lists empty."""

    def importer(name: str, globals_: Any = None, locals_: Any = None, fromlist: Any = (), level: int = 0) -> object:
        if level == 0 and name in _DEFERRED_IMPORTS:
            # skops leaves out what it cannot import; the list it belongs to is deferred with the others.
            raise ImportError(f"{name}: imported when skops's default lists are made")
        module = builtins.__import__(name, globals_, locals_, fromlist, level)
        names = tuple(fromlist or ())
        if level == 0 and name == "sklearn.utils" and names == ("all_estimators",):
            return SimpleNamespace(all_estimators=lambda: [])
        if level == 1 and name == "_utils" and "get_public_type_names" in names:
            found = {each: getattr(module, each) for each in names}
            return SimpleNamespace(**{**found, "get_public_type_names": lambda module, oftype: []})
        return module

    return importer
