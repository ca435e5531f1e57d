"""Helpers for the importer tests: fixture paths, zipping a fixture, checking an account round-trips."""

from __future__ import annotations

import shutil
import zipfile
from collections import Counter
from pathlib import Path

from credscore.account import Account, parse_account

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FORMATS = ("twitter-archive", "mastodon-archive", "linkedin-export", "facebook-export", "tiktok-export",
           "youtube-takeout")
"""The file formats; each has a fixture folder of that name here and in ``../shared/fixtures``."""


def zipped(folder: Path, destination: Path, *, inside: str = "") -> Path:
    """``folder`` as a zip at ``destination``, its files under ``inside`` (a wrapping folder) when given."""
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{inside}{path.relative_to(folder).as_posix()}")
    return destination


def copy(folder: Path, destination: Path) -> Path:
    """A writable copy of a fixture folder."""
    shutil.copytree(folder, destination)
    return destination


def kinds(account: Account) -> Counter[str]:
    return Counter(post.kind for post in account.posts)


def directions(records) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(record.direction for record in records)


def assert_round_trips(account: Account) -> None:
    """The account, dumped to JSON data, validates again as the same account (extra fields included)."""
    again = parse_account(account.model_dump(mode="json"))
    assert again == account
    assert parse_account(account.model_dump(mode="json", exclude_none=True)) == account
    assert again.model_extra and again.model_extra["sources"], "every imported account says where it came from"
