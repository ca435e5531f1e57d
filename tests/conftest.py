"""Shared test helpers: build account documents and analysed accounts in one line."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

# Every run builds the derived language tables itself, as on a fresh machine, and never reads a cache left by an
# earlier run or by the user's own credscore: a cache folder of the session's own (subprocesses inherit it).
_CACHE = tempfile.mkdtemp(prefix="credscore-test-cache-")
os.environ["CREDSCORE_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)

from credscore.account import Account, parse_account  # noqa: E402 (after the cache folder is set)
from credscore.nlp.analysis import AnalysedAccount, analyse_account  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def post(text: str, platform: str = "twitter", **fields: Any) -> dict[str, Any]:
    return {"platform": platform, "text": text, **fields}


def account(posts: list[dict[str, Any]] | None = None, **fields: Any) -> Account:
    """An account document from a few fields; ``posts`` may be plain strings (twitter posts)."""
    documents = [post(p) if isinstance(p, str) else p for p in posts or []]
    return parse_account({"id": fields.pop("id", "acct-test"), "posts": documents, **fields})


def analysed(posts: list[dict[str, Any] | str] | None = None, **fields: Any) -> AnalysedAccount:
    return analyse_account(account(posts, **fields))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``: skipped for a user's fresh clone, a failure in CI where it must be present."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("../shared is missing beside the checkout; CI must have it")
        pytest.skip("../shared is not present beside this checkout")
    return SHARED
