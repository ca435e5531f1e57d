"""A single verdict loads only what it uses; skops's costly default lists wait until someone needs them.

The subprocess tests (marked slow) look at what a fresh process imports: ``credscore --help`` nothing of
spaCy or scikit-learn, ``credscore score`` none of the optional heavy packages, and a model load keeps
every allow-list check while skipping the list of every scikit-learn estimator.
"""

from __future__ import annotations

import importlib.util
import json
import operator
import os
import subprocess
import sys

import pytest
import skops.io
import skops.io._trusted_types as genuine

from credscore.model import persistence
from tests.conftest import REPO

DEFERRED = persistence._DEFERRED_LISTS


@pytest.fixture(scope="module")
def deferred_module():
    """skops's trusted-types module as credscore's loader runs it (a fresh copy, outside sys.modules)."""
    spec = persistence._DeferredListsFinder().find_spec(persistence._TRUSTED_TYPES_MODULE, skops.io.__path__)
    assert spec is not None and isinstance(spec.loader, persistence._DeferredListsLoader)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_costly_lists_are_empty_within_credscore_loads(deferred_module):
    with persistence._allow_list_only():
        for name in DEFERRED:
            assert list(getattr(deferred_module, name)) == []
        combined = deferred_module.SKLEARN_ESTIMATOR_TYPE_NAMES + deferred_module.SKLEARN_INTERNAL_TYPE_NAMES
        assert combined == []


def _skops_lists_now():
    """skops's own trusted-types module, run afresh (outside sys.modules): its lists as skops would make them now.
    The lists name every estimator scikit-learn can list at that moment, and a test that imports, say,
    ``sklearn.experimental.enable_halving_search_cv`` adds one: the copy imported with this test module may be
    older than the deferred lists, which are made on first use."""
    spec = importlib.util.spec_from_file_location("skops.io._credscore_test_copy", genuine.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lists_are_skops_own_for_anyone_else(deferred_module):
    fresh = _skops_lists_now()
    for name in DEFERRED:
        assert sorted(getattr(deferred_module, name)) == sorted(getattr(fresh, name)), name
        assert len(getattr(deferred_module, name)) == len(getattr(fresh, name)) > 0
    assert "sklearn.linear_model._logistic.LogisticRegression" in deferred_module.SKLEARN_ESTIMATOR_TYPE_NAMES
    # skops adds the lists together: the sum holds the full list.
    added = operator.add(deferred_module.SKLEARN_ESTIMATOR_TYPE_NAMES, ["x"])
    assert added[-1] == "x" and len(added) == len(fresh.SKLEARN_ESTIMATOR_TYPE_NAMES) + 1
    # The lists made at import without cost are skops's own.
    for name in ("PRIMITIVE_TYPE_NAMES", "CONTAINER_TYPE_NAMES", "NUMPY_DTYPE_TYPE_NAMES",
                 "NUMPY_RANDOM_BIT_GENERATOR_TYPE_NAMES"):
        assert getattr(deferred_module, name) == getattr(genuine, name), name


def _run(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=REPO,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.slow
def test_help_and_version_import_neither_spacy_nor_sklearn():
    script = (
        "import sys, contextlib, io\n"
        "from credscore.cli import app\n"
        "from credscore.cli.errors import run\n"
        "for flag in ('--help', '--version'):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try:\n"
        "            run(app, {'debug': False}, [flag])\n"
        "        except SystemExit:\n"
        "            pass\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'spacy', 'sklearn', 'numpy', 'pandas', "
        "'lingua', 'skops'}) + [name for name in ('credscore.synth', 'credscore.account') if name in sys.modules])\n"
    )
    assert _run(script).strip() == "[]"


@pytest.mark.slow
@pytest.mark.parametrize("example", ["fr_fake_guru.json", "en_genuine_pro.json"])
def test_a_verdict_imports_no_optional_heavy_package(example):
    # scikit-learn, SciPy and skops too: the shipped model is applied from the numbers in its sidecar (the same
    # verdicts as the estimator's: tests/test_linear_form.py).
    script = (
        "import sys, contextlib, io, json\n"
        "from credscore.cli import app\n"
        "from credscore.cli.errors import run\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        "        run(app, {'debug': False}, ['score', sys.argv[1], '--format', 'json'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "json.loads(out.getvalue())\n"
        "import spacy.lang.fr.tokenizer_exceptions as fr\n"
        "print(json.dumps({'packages': sorted({name.split('.')[0] for name in sys.modules} & {'dask', "
        "'distributed', 'matplotlib', 'fastapi', 'uvicorn', 'pytest', 'sklearn', 'scipy', 'skops', 'pandas'}), "
        "'token_match': type(fr.TOKEN_MATCH.__self__).__name__}))\n"
    )
    found = json.loads(_run(script, str(REPO / "data" / "examples" / example)))
    assert found == {"packages": [], "token_match": "FactoredPattern"}


@pytest.mark.slow
def test_a_french_verdict_builds_only_what_it_reads_once_the_cache_is_warm(tmp_path):
    # The first run fills the cache (lexicon patterns, self-title forms: built from spaCy's lemma tables); the
    # next one reads them from there, and builds no English pipeline for a French account.
    script = (
        "import sys, json\n"
        "from credscore.scoring import Scorer\n"
        "from credscore.reader import load_account\n"
        "from credscore.nlp.lexicons import forms_by_lemma\n"
        "from credscore.nlp.pipeline import default_pipelines\n"
        "verdict = Scorer().score(load_account(sys.argv[1]))\n"
        "print(json.dumps({'band': verdict.band, 'lemma_tables': forms_by_lemma.cache_info().currsize,\n"
        "                  'pipelines': [nlp.lang for nlp in default_pipelines().built()]}))\n"
    )
    env = {**os.environ, "CREDSCORE_CACHE_DIR": str(tmp_path / "cache")}
    example = str(REPO / "data" / "examples" / "fr_fake_guru.json")
    first = json.loads(_run(script, example, env=env))
    again = json.loads(_run(script, example, env=env))
    assert first["band"] == again["band"] == "likely_fake"
    assert first["lemma_tables"] > 0  # a cold cache: built from the tables
    assert again == {"band": "likely_fake", "lemma_tables": 0, "pipelines": ["fr"]}


@pytest.mark.slow
def test_a_fresh_process_loads_the_model_with_every_check(tmp_path):
    # A file naming a type outside the allow-list is refused by credscore before skops reads it; and skops
    # itself, given only credscore's allow-list (no default list), refuses it too.
    evil = tmp_path / "evil.skops"
    script = (
        "import sys\n"
        "import numpy as np\n"
        "from credscore.model import persistence\n"
        "from credscore.resources import default_model_path\n"
        "loaded = persistence.load_model(default_model_path())\n"
        "assert 'sklearn.ensemble' not in sys.modules, 'skops listed every estimator'\n"
        "skops_io = persistence._skops_io()\n"
        "from sklearn.preprocessing import FunctionTransformer\n"
        "from sklearn.ensemble import RandomForestClassifier\n"
        "skops_io.dump(RandomForestClassifier(n_estimators=1), sys.argv[1])\n"
        "with persistence._allow_list_only():\n"
        "    try:\n"
        "        skops_io.load(sys.argv[1], trusted=list(persistence.ALLOWED_TYPES))\n"
        "    except Exception as exc:\n"
        "        print('refused by skops:', type(exc).__name__)\n"
        "# Outside credscore's loads, skops's defaults are its own again: it trusts its estimators.\n"
        "skops_io.load(sys.argv[1])\n"
        "print('defaults restored')\n"
        "try:\n"
        "    persistence.load_model(sys.argv[1], trust=True)\n"
        "except Exception as exc:\n"
        "    print('refused by credscore:', 'allow-list' in str(exc))\n"
        "print(loaded.version)\n"
    )
    lines = _run(script, str(evil)).splitlines()
    assert lines[0] == "refused by skops: UntrustedTypesFoundException"
    assert lines[1:3] == ["defaults restored", "refused by credscore: True"]
    assert lines[3].startswith("credscore")
