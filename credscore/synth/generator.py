"""Draw labelled accounts: archetype, family, language, person, then the archetype's behaviour.

Every account has its own :class:`random.Random`, seeded from ``(seed, index)`` by a string (hashed
with SHA-512 by :mod:`random`, so the same on every platform and Python run), never from global
state: account 17 of seed 3 is the same whether 20 or 20,000 accounts are drawn.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import accumulate
from pathlib import Path
from typing import Any

from credscore.account import FORMAT_ID
from credscore.synth.archetypes import ARCHETYPES, BEHAVIOURS, WEIGHTS
from credscore.synth.corpora import DEFAULT_SEED
from credscore.synth.draft import Draft
from credscore.synth.fillers import CITIES, EMOJI, FIRST_NAMES, LAST_NAMES, person_handle
from credscore.synth.noise import FLIP_RATE, draw_style
from credscore.synth.phrasings import PHRASINGS

__all__ = ["LANG_HINT_RATE", "families", "generate_accounts", "write_corpus"]

# Share of accounts that carry a ``lang`` hint; the others leave language detection to the scorer.
LANG_HINT_RATE = 0.45
# How careful each archetype is with spelling, 0 (not at all) to 1 (no typos: a machine or an editor).
_CAREFUL = {"blatant_guru": 0.5, "subtle_fake": 0.7, "content_farm": 1.0, "unlimited_seller": 0.4,
            "real_expert": 0.5, "link_curator": 0.6, "brand_community_manager": 0.85, "casual_user": 0.0,
            "non_native_writer": 0.3, "news_outlet": 0.95, "own_work_sharer": 0.7, "welcome_shop": 0.5,
            "announcement_copier": 0.6, "scheduled_association": 0.4, "social_media_pro": 0.7,
            "mention_stuffer": 0.5, "canned_replier": 0.6, "figure_faker": 0.6, "paraphrase_scheduler": 0.8,
            "evergreen_recycler": 0.8, "obfuscating_guru": 0.5, "polished_guru": 1.0,
            "funnel_guru": 0.8, "course_teacher": 0.6, "dream_seller": 0.6, "money_educator": 0.6,
            "micro_influencer": 0.5, "creator": 0.7, "brand_account": 0.9, "viral_creator": 0.3,
            "bought_followers": 0.6, "engagement_pod": 0.6, "follow_for_follow": 0.4, "bought_engagement": 0.7}
# The answer voice (credscore.synth.phrasings.replies) of an archetype's first family; its other families take
# the next voices, so that two families of one archetype never answer in the same words. Organisations start on
# the "nous" voice, ordinary people on the casual one.
_FIRST_VOICE = {"casual_user": 1, "brand_community_manager": 2, "news_outlet": 2, "welcome_shop": 2,
                "scheduled_association": 2, "brand_account": 2}
_LOUD = frozenset({"blatant_guru", "subtle_fake", "unlimited_seller", "mention_stuffer", "canned_replier",
                   "figure_faker", "paraphrase_scheduler", "evergreen_recycler", "obfuscating_guru", "funnel_guru",
                   "dream_seller"})


def families() -> list[str]:
    """Every family id, ``"archetype/set"``, sorted."""
    return sorted(f"{archetype}/{set_id}" for archetype in ARCHETYPES for set_id in PHRASINGS[archetype])


def _choices(selected: Sequence[str] | None) -> tuple[list[tuple[str, str]], list[float]]:
    """The (archetype, set) pairs to draw from and their cumulative weights.

    An archetype's weight is split evenly among its families, so restricting to some families
    keeps the archetypes' relative shares. A bare archetype name stands for all its families.
    """
    known = families()
    if selected is None:
        wanted = known
    else:
        if isinstance(selected, str):
            raise TypeError("families must be a sequence of family ids, not one string")
        wanted = []
        for item in selected:
            matches = [f for f in known if f == item or f.split("/")[0] == item]
            if not matches:
                raise ValueError(f"unknown family {item!r}; known: {', '.join(known)}")
            wanted.extend(m for m in matches if m not in wanted)
    pairs = [(family, phrasing) for family, phrasing in (f.split("/") for f in sorted(wanted))]
    weights = [WEIGHTS[a] / len(PHRASINGS[a]) for a, _ in pairs]
    return pairs, list(accumulate(weights))


def generate_accounts(n: int, *, seed: int = DEFAULT_SEED, families: Sequence[str] | None = None,
                      lang_mix: float = 0.55, flip_rate: float = FLIP_RATE) -> Iterator[dict[str, Any]]:
    """Yield ``n`` labelled account documents (``credscore.account/1`` plus ``archetype``, ``family``).

    ``families`` restricts the draw to some family ids (``"blatant_guru/p2"``) or archetype names;
    ``lang_mix`` is the share of French accounts; ``flip_rate`` the share whose label is flipped
    on purpose (they carry ``"label_flipped": true``). Deterministic for a given ``seed``.
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    if not 0.0 <= lang_mix <= 1.0:
        raise ValueError(f"lang_mix must be between 0 and 1, got {lang_mix}")
    if not 0.0 <= flip_rate <= 1.0:
        raise ValueError(f"flip_rate must be between 0 and 1, got {flip_rate}")
    pairs, cumulative = _choices(families)
    for index in range(n):
        rng = random.Random(f"credscore.synth/{seed}/{index}")
        archetype, set_id = rng.choices(pairs, cum_weights=cumulative)[0]
        yield _account(rng, f"synth-{seed}-{index:06d}", archetype, set_id, lang_mix, flip_rate)


def _account(rng: random.Random, account_id: str, archetype: str, set_id: str, lang_mix: float,
             flip_rate: float) -> dict[str, Any]:
    lang = "fr" if rng.random() < lang_mix else "en"
    # A non-native writer writes ``lang`` but was born to the other language (and its names).
    origin = ("en" if lang == "fr" else "fr") if archetype == "non_native_writer" else lang
    first, last = rng.choice(FIRST_NAMES[origin]), rng.choice(LAST_NAMES[origin])
    style = draw_style(rng, hype=archetype in _LOUD, careful=_CAREFUL[archetype])
    if archetype == "non_native_writer":  # the other-language set holds the other direction's mistakes
        style = replace(style, mixed_rate=0.0)
    voice = _FIRST_VOICE.get(archetype, 0) + sorted(PHRASINGS[archetype]).index(set_id)
    draft = Draft(rng, lang, PHRASINGS[archetype][set_id], style, rng.choice(CITIES[lang]), first, voice=voice)
    BEHAVIOURS[archetype](draft, person_handle(first, last, rng))

    label = ARCHETYPES[archetype]
    name = draft.name or f"{first} {last}"
    if label == "fake" and draft.name is None and rng.random() < 0.3:
        name = f"{name} {rng.choice(EMOJI['hype'])}"
    document: dict[str, Any] = {"format": FORMAT_ID, "id": account_id, "name": name}
    if rng.random() < LANG_HINT_RATE:
        document["lang"] = lang
    flipped = rng.random() < flip_rate
    document["label"] = ({"fake": "genuine", "genuine": "fake"}[label]) if flipped else label
    document["archetype"] = archetype
    document["family"] = f"{archetype}/{set_id}"
    if flipped:
        document["label_flipped"] = True
    document.update(draft.finish())
    return document


def write_corpus(path: str | os.PathLike[str], n: int, seed: int = DEFAULT_SEED, **options: Any) -> Path:
    """Write ``n`` accounts as JSON Lines (gzip when ``path`` ends with ``.gz``), byte for byte
    the same for the same arguments (the gzip header carries no time and no file name).

    ``options`` are passed to :func:`generate_accounts` (``families``, ``lang_mix``, ``flip_rate``).
    """
    path = Path(path)
    with path.open("wb") as raw:
        sink = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if path.suffix == ".gz" else raw
        with io.TextIOWrapper(sink, encoding="utf-8", newline="\n") as out:
            for document in generate_accounts(n, seed=seed, **options):
                out.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
                out.write("\n")
    return path
