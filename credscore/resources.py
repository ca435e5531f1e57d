"""Where the bundled data (lexicons, rules, examples) and the default model live.

In a source checkout or an editable install they are the top-level ``data/`` and ``models/``
folders; a built wheel carries them inside the package as ``credscore/_data`` and
``credscore/_models`` (see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_dir", "default_model_path", "models_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _bundled(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    return inside if inside.is_dir() else _PACKAGE.parent / checkout


def data_dir() -> Path:
    """The folder of lexicons, rules and examples."""
    return _bundled("_data", "data")


def models_dir() -> Path:
    """The folder of shipped models."""
    return _bundled("_models", "models")


def default_model_path() -> Path:
    """The shipped default model file (its sidecar lies beside it)."""
    return models_dir() / "default.skops"
