"""What the tests of the generator's archetypes read of the documents it writes (shared by their modules)."""

from __future__ import annotations

from datetime import datetime

from credscore.synth import generate_accounts


def post_time(value: str) -> float:
    """A document's ISO time as POSIX seconds."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def docs_of(archetype: str, n: int, seed: int, **options) -> list[dict]:
    """``n`` documents of one archetype (or family), labels as drawn (no flipped label)."""
    return list(generate_accounts(n, seed=seed, families=[archetype], flip_rate=0.0, **options))


def broadcasts(doc: dict) -> list[dict]:
    """The account's own posts (not replies, comments or reposts)."""
    return [p for p in doc["posts"] if p.get("kind", "post") == "post"]


def answers(doc: dict) -> list[dict]:
    """The account's replies and comments."""
    return [p for p in doc["posts"] if p.get("kind") in ("reply", "comment")]
