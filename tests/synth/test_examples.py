"""data/examples: four hand-curated accounts, one per file, that show every habit."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime

import pytest

from credscore.account import parse_account
from credscore.nlp.language import detect_account_language
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"
NAMES = ["en_fake_guru", "en_genuine_pro", "fr_fake_guru", "fr_genuine_pro"]
FIGURE = re.compile(r"\d[\d\s\u202f.,]*\s?(%|€|\$)|[€$]\s?\d")


def _load(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def _time(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def test_exactly_the_four_examples():
    assert sorted(p.stem for p in EXAMPLES.glob("*.json")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_example_parses_with_the_label_and_language_its_name_says(name):
    document = _load(name)
    account = parse_account(document)
    lang, label = name.split("_")[0], "fake" if "_fake_" in name else "genuine"
    assert account.label == label
    assert account.lang == lang
    assert detect_account_language([p.text for p in account.posts if p.text]) == lang


@pytest.mark.parametrize("name", NAMES)
def test_example_is_rich(name):
    account = parse_account(_load(name))
    assert 20 <= len(account.posts) <= 40
    platforms = {p.platform for p in account.posts}
    assert len(platforms) >= 3
    assert all(p.created_at is not None and p.id for p in account.posts)
    assert {p.platform for p in account.profiles} >= platforms
    assert all(p.bio and p.handle for p in account.profiles)
    assert account.follows and account.messages


def _auto_dms(document: dict) -> list[float]:
    followed = {(f["platform"], f["counterpart"]): _time(f["created_at"]) for f in document["follows"]}
    return [_time(m["created_at"]) - followed[(m["platform"], m["counterpart"])]
            for m in document["messages"]
            if m["direction"] == "sent" and (m["platform"], m["counterpart"]) in followed]


def _cross_posts(document: dict, within: float) -> int:
    by_text = defaultdict(list)
    for post in document["posts"]:
        if post["text"]:
            by_text[post["text"]].append((post["platform"], _time(post["created_at"])))
    return sum(len({p for p, _ in copies}) >= 3 and max(t for _, t in copies) - min(t for _, t in copies) <= within
               for copies in by_text.values())


@pytest.mark.parametrize("name", ["fr_fake_guru", "en_fake_guru"])
def test_fake_examples_show_the_fake_habits(name):
    document = _load(name)
    bios = " ".join(p["bio"] for p in document["profiles"]).lower()
    assert re.search(r"gourou|guru|ninja", bios)
    delays = _auto_dms(document)
    assert len(delays) >= 5 and all(60 <= d <= 300 for d in delays)
    assert len({re.sub(r"@\S+", "", m["text"]) for m in document["messages"] if m["direction"] == "sent"}) == 1
    linked = [p for p in document["posts"] if "http" in p["text"] or p.get("links")]
    assert len(linked) / len(document["posts"]) > 0.5
    assert any(p["text"] == "" and p.get("links") for p in document["posts"])
    assert _cross_posts(document, within=15 * 60) >= 4
    assert not any(FIGURE.search(p["text"]) for p in document["posts"])


@pytest.mark.parametrize("name", ["fr_genuine_pro", "en_genuine_pro"])
def test_genuine_examples_show_the_genuine_habits(name):
    document = _load(name)
    posts = document["posts"]
    assert sum(p.get("kind") in ("reply", "comment") for p in posts) >= 5
    assert sum(bool(FIGURE.search(p["text"])) for p in posts) >= 8
    assert _cross_posts(document, within=24 * 3600) == 0
    assert len({p["text"] for p in posts}) == len(posts)
    assert not any(d <= 3600 for d in _auto_dms(document))
    # every DM sent answers a message received earlier from the same person
    received = {(m["counterpart"], m["platform"]): _time(m["created_at"])
                for m in document["messages"] if m["direction"] == "received"}
    for message in document["messages"]:
        if message["direction"] == "sent":
            assert received[(message["counterpart"], message["platform"])] < _time(message["created_at"])
    bios = " ".join(p["bio"] for p in document["profiles"]).lower()
    assert not re.search(r"gourou|guru|ninja", bios)
