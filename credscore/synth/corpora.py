"""The committed corpora, how each was drawn, and whether a new draw repeats one of them.

Account ``i`` of a draw depends only on ``(seed, i)`` (see :mod:`credscore.synth.generator`), so
``generate_accounts(2000, seed=s)`` begins with the very accounts of a committed corpus drawn
with seed ``s``: an evaluation on it would be in-sample without anyone noticing. The library's
default seed (:data:`DEFAULT_SEED`) is therefore never the seed of a committed corpus, and
:func:`training_overlap` tells a caller (the ``synth`` and ``evaluate`` commands) when a draw
repeats the shipped model's training corpus, so that it can refuse or warn.

    >>> overlap = training_overlap(seed=3, n=2000)
    >>> overlap.shared if overlap else 0                # accounts the draw shares with training
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from credscore.resources import default_model_path

__all__ = ["COMMITTED_CORPORA", "DEFAULT_SEED", "GENERATOR_RELEASE", "CorpusDraw", "TrainingOverlap",
           "committed_corpus", "training_corpus_name", "training_overlap"]

logger = logging.getLogger(__name__)

# The seed ``generate_accounts`` and ``write_corpus`` use when none is given; no committed corpus
# uses it (v1 used 0, v2 3, v3 to v6 926), so a default draw is never the training data.
DEFAULT_SEED = 1


@dataclass(frozen=True, slots=True)
class CorpusDraw:
    """How a committed corpus file was written: ``credscore synth -n {n} --seed {seed}``."""

    name: str
    seed: int
    n: int
    generator: str  # the generator release that wrote it (its families and weights)

    @property
    def command(self) -> str:
        return f"credscore synth -n {self.n} --seed {self.seed} -o data/corpus/{self.name}"


#: The generator release of this code: "3" added the influencer archetypes (issue #13); "4" draws the counters
#: under a fake expert's posts from a real professional's range (organic-looking likes alone told genuine from
#: fake in release 3); "5" adds the sales-funnel guru and its genuine counterpart, the teacher who gives a free
#: resource now and then (issue #11); "6" the fake expert who sells a dream of money rather than social-media
#: know-how (crypto, e-commerce, AI-agency, property and mindset "mentors") and its genuine counterpart, the founder,
#: adviser or agent who talks about money honestly. A corpus is reproduced byte for byte only by the release that
#: wrote it.
GENERATOR_RELEASE = "6"

#: file name under ``data/corpus/`` -> how it was drawn
COMMITTED_CORPORA: Mapping[str, CorpusDraw] = MappingProxyType({
    "synth-v1.jsonl.gz": CorpusDraw("synth-v1.jsonl.gz", seed=0, n=800, generator="1"),
    "synth-v2.jsonl.gz": CorpusDraw("synth-v2.jsonl.gz", seed=3, n=1300, generator="2"),
    # 1,600 accounts, every family 16 or more (a seed chosen for it), the file under 5 MB gzipped.
    "synth-v3.jsonl.gz": CorpusDraw("synth-v3.jsonl.gz", seed=926, n=1600, generator="3"),
    # v3's draw under release 4: the same accounts and families, the fake experts' counters drawn anew.
    "synth-v4.jsonl.gz": CorpusDraw("synth-v4.jsonl.gz", seed=926, n=1600, generator="4"),
    # Release 5 under the same seed: 75 families at 1,600 accounts, 13 or more each (no seed of 926-990 gives more
    # with the file under 5 MB), the labels in balance.
    "synth-v5.jsonl.gz": CorpusDraw("synth-v5.jsonl.gz", seed=926, n=1600, generator="5"),
    # Release 6 under the same seed: 81 families at 1,600 accounts, 10 or more each, the file under 5 MB.
    "synth-v6.jsonl.gz": CorpusDraw("synth-v6.jsonl.gz", seed=926, n=1600, generator="6"),
})


@dataclass(frozen=True, slots=True)
class TrainingOverlap:
    """A draw that repeats accounts of a committed training corpus."""

    corpus: CorpusDraw
    seed: int
    shared: int  # accounts 0 .. shared-1 of the draw are drawn as the corpus's accounts were

    @property
    def message(self) -> str:
        """One line for the user: what overlaps and what to do instead."""
        return (f"seed {self.seed} is the seed of the training corpus {self.corpus.name}: the first {self.shared} "
                f"accounts of this draw are the shipped model's training accounts, so an evaluation on them is "
                f"in-sample; choose another --seed")


def committed_corpus(name: str) -> CorpusDraw | None:
    """The draw behind a committed corpus file name (a path's last part is enough), or ``None``."""
    return COMMITTED_CORPORA.get(Path(name).name)


def training_corpus_name(model_path: str | Path | None = None) -> str | None:
    """The file name of the corpus a model was trained on, read from its sidecar (``None`` when
    the sidecar is missing or unreadable: then nothing is known to overlap)."""
    path = Path(model_path) if model_path is not None else default_model_path()
    sidecar = path.with_suffix(".json")
    try:
        card = json.loads(sidecar.read_text(encoding="utf-8"))
        source = card["training_data"]["source"]
    except (OSError, ValueError, KeyError, TypeError):
        logger.debug("%s: no readable training source", sidecar)
        return None
    return source if isinstance(source, str) else None


def training_overlap(seed: int, n: int, *, model_path: str | Path | None = None,
                     corpus: str | None = None) -> TrainingOverlap | None:
    """Whether drawing ``n`` accounts with ``seed`` repeats the training corpus; ``None`` if not.

    The training corpus is ``corpus`` (a committed file name) or else the one named in the
    sidecar of ``model_path`` (default: the shipped model). A draw overlaps when it uses the
    corpus's seed: its first ``min(n, corpus size)`` accounts come from the same random streams,
    and are the training accounts verbatim with the generator release that wrote the corpus and
    the default options. A model trained on a file that is not a committed corpus overlaps nothing
    known.
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    name = corpus if corpus is not None else training_corpus_name(model_path)
    draw = committed_corpus(name) if name else None
    if draw is None or draw.seed != seed or n == 0:
        return None
    return TrainingOverlap(draw, seed, min(n, draw.n))
