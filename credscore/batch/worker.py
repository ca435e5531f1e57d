"""What runs where the records are scored: decode, validate, score, and turn each record into a row.

A worker (a local process, or a Dask worker on another machine) builds its :class:`Scorer` once,
from a :class:`ScorerSpec` that carries the model and rules as bytes, so that remote workers need
no shared files; the scorer is kept for every later chunk of the same spec.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from credscore.batch.rows import error_row, verdict_row
from credscore.errors import CredscoreError, InputError
from credscore.reader import LoadedRecord, RawRecord, load_raw, on_platform_records

if TYPE_CHECKING:
    # Imported where a scorer is built: the process that only reads records and writes rows (``-j 2``) never
    # loads spaCy, the model and the pipelines, seconds of CPU that would be spent for nothing.
    from credscore.scoring import Scorer
    from credscore.verdict import Verdict

__all__ = ["ScorerSpec", "remember_scorer", "score_chunk", "score_loaded", "tune_gc_for_scoring", "warm_up"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScorerSpec:
    """The model and rules of a batch, as bytes: what any worker needs to build the same scorer; and the platform
    whose part of each account is scored, when one is asked (see :func:`~credscore.account.on_platform`)."""

    model: bytes | None = None
    """A model file (``.skops``); None for the shipped model."""
    card: bytes | None = None
    """The model's sidecar (``.json``)."""
    rules: bytes | None = None
    """A user rules file (TOML), merged over the bundled rules."""
    model_name: str = "model.skops"
    """The model file's name (its suffix tells a legacy pickle from a skops file)."""
    trust: bool = False
    """Load a model without sidecar, or a legacy pickle (see ``credscore.model.persistence.load_model``)."""
    platform: str | None = None
    """Score only what each account holds on this platform; not part of :attr:`key` (the scorer is the same)."""

    @classmethod
    def from_paths(cls, model: str | Path | None = None, rules: str | Path | None = None, *,
                   trust: bool = False, platform: str | None = None) -> ScorerSpec:
        def read(path: Path, what: str) -> bytes:
            try:
                return path.read_bytes()
            except FileNotFoundError:
                raise InputError(f"{path}: no such {what} file") from None
            except OSError as exc:
                raise InputError(f"{path}: cannot read the {what} file ({exc.strerror})") from None

        model_bytes = card = None
        if model is not None:
            # Imported only for a model of the user's.
            from credscore.model.persistence import sidecar_path

            model = Path(model)
            model_bytes = read(model, "model")
            card_path = sidecar_path(model)
            # A missing sidecar is the loader's to refuse, with its own message.
            card = card_path.read_bytes() if card_path.is_file() else None
        return cls(model_bytes, card, read(Path(rules), "rules") if rules is not None else None,
                   Path(model).name if model is not None else "model.skops", trust, platform)

    @property
    def key(self) -> str:
        digest = hashlib.sha256()
        for part in (self.model, self.card, self.rules, self.model_name.encode(), b"trust" if self.trust else b""):
            digest.update(b"-" if part is None else hashlib.sha256(part).digest())
        return digest.hexdigest()

    def build(self) -> Scorer:
        from credscore.scoring import Scorer

        if self.model is None and self.rules is None:
            return Scorer()
        # The scorer reads its files when built; they are not needed afterwards.
        with tempfile.TemporaryDirectory(prefix="credscore-scorer-") as temporary:
            return self._build_in(Path(temporary))

    def _build_in(self, folder: Path) -> Scorer:
        from credscore.scoring import Scorer

        model = rules = None
        if self.model is not None:
            from credscore.model.persistence import sidecar_path

            model = folder / Path(self.model_name).name
            model.write_bytes(self.model)
            if self.card is not None:
                sidecar_path(model).write_bytes(self.card)
        if self.rules is not None:
            rules = folder / "rules.toml"
            rules.write_bytes(self.rules)
        return Scorer(model=model, rules=rules, trust=self.trust)


_scorers: dict[str, Scorer] = {}
_scorers_lock = threading.Lock()


def scorer_for(spec: ScorerSpec) -> Scorer:
    """This process's scorer for ``spec``, built on first use."""
    with _scorers_lock:
        scorer = _scorers.get(spec.key)
        if scorer is None:
            scorer = _scorers[spec.key] = spec.build()
        return scorer


def warm_up(spec: ScorerSpec) -> Scorer:
    """This process's scorer for ``spec``, with what it builds on first use already built.

    A scorer builds its spaCy pipelines (tokenizers, lexicon matchers), language models and compiled patterns
    the first time it reads texts: about a second of CPU that every worker of a pool would pay again, on its
    first chunk. Scoring the bundled example accounts (French and English) builds them here once, so that
    workers forked from this process start with them. What the examples leave in the memos changes no
    result (a memo only saves reading a text again). Bundled examples that cannot be read are skipped.
    """
    from credscore.reader import load_account
    from credscore.resources import data_dir

    scorer = scorer_for(spec)
    accounts = []
    for path in sorted((data_dir() / "examples").glob("*.json")):
        try:
            accounts.append(load_account(path))
        except CredscoreError:
            logger.debug("cannot warm up on %s", path, exc_info=True)
    if accounts:
        scorer.score_many(accounts)
    return scorer


# Container allocations between two young-generation collections in a process that only scores (Python's
# default: 700). Scoring allocates millions of short-lived objects; at 700, collections took about 10 % of the
# CPU and walked the memos again and again; at 50,000, about 4 %; at 200,000, about 2 %; at this, under 0.5 %
# (0.04 s against 0.27 s of young collections over the benchmarks/throughput.py workload, one process): a chunk's
# accounts and readings are freed by their reference counts before a collection comes, instead of being walked by
# one or two collections while they are alive. Cyclic garbage is rare here: the same peak memory.
SCORING_GC_YOUNG_THRESHOLD = 1_000_000


def tune_gc_for_scoring() -> None:
    """Make the garbage collector cheap for a process that only scores from now on.

    What the process holds now is kept out of every later collection (``gc.freeze``): the libraries, model and
    pipelines it has loaded (some 100,000 objects) live as long as it does, yet each full collection walked
    them all (about 0.1 s each, some ten per thousand accounts); in a worker forked from the warm server the
    walk also wrote into every page that holds them, copying pages it shares with the server. Garbage is
    collected first; what is made afterwards is collected as usual, the young generation every
    :data:`SCORING_GC_YOUNG_THRESHOLD` allocations. Not for a process whose loaded objects may become garbage
    later (a notebook, a server reloading its model): they would stay in memory.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(SCORING_GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def remember_scorer(spec: ScorerSpec, scorer: Scorer) -> None:
    """Use ``scorer``, already built from the same files as ``spec``, for ``spec`` in this process.

    The command line builds one to check the model and rules before any work starts; scoring in this
    process then reuses it rather than loading the model a second time.
    """
    with _scorers_lock:
        _scorers.setdefault(spec.key, scorer)


def score_chunk(spec: ScorerSpec | Scorer, records: Sequence[RawRecord]) -> list[dict[str, Any]]:
    """One row per record, in order: decode and validate each record, then score the valid ones together."""
    scorer = scorer_for(spec) if isinstance(spec, ScorerSpec) else spec
    loaded = [load_raw(record) for record in records]
    if isinstance(spec, ScorerSpec) and spec.platform is not None:
        loaded = list(on_platform_records(loaded, spec.platform))
    rows: list[dict[str, Any] | None] = [None] * len(loaded)
    valid = []
    for slot, record in enumerate(loaded):
        if record.error is not None:
            rows[slot] = error_row(record.record_id, str(record.error), record.position)
        else:
            valid.append(slot)
    for slot, row in zip(valid, _score_valid([loaded[slot] for slot in valid], scorer), strict=True):
        rows[slot] = row
    return [row for row in rows if row is not None]


def _score_valid(records: list[LoadedRecord], scorer: Scorer) -> list[dict[str, Any]]:
    from credscore.scoring import headlines_only
    from credscore.signals.base import evidence_left_out
    from credscore.verdict import Verdict

    # A row shows the score, the band and the first reason's id, none of the items a verdict quotes, nor its coverage
    # or later reasons: the verdicts are made without them, and dropped once their rows are made.
    with evidence_left_out(), headlines_only():
        outcomes = score_loaded(records, scorer)
    return [verdict_row(outcome, record.loaded_account(), record.position) if isinstance(outcome, Verdict)
            else error_row(record.record_id, outcome, record.position)
            for record, outcome in zip(records, outcomes, strict=True)]


def score_loaded(records: Sequence[LoadedRecord], scorer: Scorer) -> list[Verdict | str]:
    """The verdict of each valid record, or the message saying why it could not be scored, in order.

    The records are scored together; should that fail, one by one, so that one bad account does not
    sink the others.
    """
    try:
        return list(scorer.score_many([record.loaded_account() for record in records]))
    except Exception:
        logger.debug("chunk failed; scoring its %d accounts one by one", len(records), exc_info=True)
        return [_score_one(record, scorer) for record in records]


def _score_one(record: LoadedRecord, scorer: Scorer) -> Verdict | str:
    try:
        return scorer.score(record.loaded_account())
    except CredscoreError as exc:
        return str(exc)
    except Exception as exc:  # an internal failure on one account is reported in its row, not raised
        logger.debug("scoring %s failed", record.record_id, exc_info=True)
        return f"internal error while scoring: {type(exc).__name__}: {exc}"
