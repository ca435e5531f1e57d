"""The scorer: analysed texts -> signals -> calibrated probability + rules -> verdict.

A thin orchestrator: each step lives in its own module and explains itself. The model, the
rules and the spaCy pipelines are loaded once per :class:`Scorer`; :meth:`Scorer.score_many`
runs spaCy once over all texts of a chunk of accounts.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from credscore.account import Account
from credscore.decision import Decision, coverage_values, decide
from credscore.features import feature_matrix, feature_names
from credscore.model.persistence import LoadedModel, load_model
from credscore.model.text import TEXT_FEATURE, TEXT_SIGNAL, account_text
from credscore.nlp.analysis import AnalysedAccount, analyse_accounts
from credscore.resources import default_model_path
from credscore.rules import RuleHit, RuleSet, load_rules
from credscore.signals import compute_signals, registered_signals
from credscore.signals.base import EVIDENCE_PER_FEATURE, Evidence, SignalResult, post_evidence
from credscore.signals.readings import readings_remembered
from credscore.verdict import Coverage, Reason, Verdict
from credscore.views import WORST_VIEW, PlatformView, from_view, platform_views, read_below, with_the_persons

__all__ = ["UNCOUNTED", "Scorer", "format_feature_value", "headlines_only"]

logger = logging.getLogger(__name__)

# When no feature stands out, the verdict still names what it rests on: this many of the model's features.
QUIET_REASONS = 2

# Whether verdicts are made whole. A batch row shows a verdict's score, probability, band, a few signal values and
# the id of its first reason; counting the coverage and wording every model reason cost about 1 % of a batch
# (benchmarks/throughput.py): the batch has them left out (see :func:`headlines_only`). A context variable, so that
# one thread's batch never changes another thread's verdicts.
_whole_verdicts: ContextVar[bool] = ContextVar("credscore_whole_verdicts", default=True)

UNCOUNTED = Coverage(posts=0, own_posts=0, reposts=0, messages_sent=0, messages_received=0, follows=0, profiles=0,
                     platforms=(), timestamped_posts=0, languages={}, minimum_own_posts=0, sufficient=False,
                     unmeasurable={})
"""The coverage of a verdict made within :func:`headlines_only`: not counted (every figure zero)."""


@contextmanager
def headlines_only() -> Iterator[None]:
    """Within the block, verdicts hold what a batch row reads and no more: the same id, score, probability, band,
    signal results and first reason as a whole verdict, but their coverage is :data:`UNCOUNTED` and, after the rules'
    reasons, they give the model's first reason only (the one a verdict without a rule's reason shows first).

    For verdicts made into batch rows and dropped (with :func:`credscore.signals.base.evidence_left_out`); never for
    a verdict shown or returned.
    """
    token = _whole_verdicts.set(False)
    try:
        yield
    finally:
        _whole_verdicts.reset(token)


def format_feature_value(feature: str, value: float, lang: str = "en") -> str:
    """Shares as percentages, everything else with up to two decimals; French typography for ``fr``."""
    if feature.endswith("_share"):
        return f"{value * 100:.0f} %" if lang == "fr" else f"{value:.0%}"
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",") if lang == "fr" else shown


class Scorer:
    """Score accounts with a model and a rule set.

    ``model`` is a model path or an already loaded model (default: the shipped model);
    ``rules`` a user rules file merged over the bundled rules.
    """

    def __init__(self, model: str | Path | LoadedModel | None = None, rules: str | Path | None = None, *,
                 trust: bool = False) -> None:
        # ``trust`` (--trust-model): accept a model file with no sidecar, or a legacy pickle (see load_model).
        names = feature_names()
        self.model = model if isinstance(model, LoadedModel) else load_model(
            model or default_model_path(), expected_features=names, trust=trust)
        self.rules: RuleSet = load_rules(rules, known_features=names)
        self._features = [(signal.name, feature) for signal in registered_signals() for feature in signal.features]
        if self.model.model.text_model is not None:
            self._features.append((TEXT_SIGNAL, TEXT_FEATURE))
        self._columns = [feature for _, feature in self._features]
        # Below this final score an account's platform views are read (:func:`credscore.views.read_below`).
        self._views_below = read_below(self.rules)

    def score(self, account: Account) -> Verdict:
        return self.score_many([account])[0]

    def score_many(self, accounts: Sequence[Account]) -> list[Verdict]:
        return self._score_many(accounts, views=True)

    def by_platform(self, account: Account) -> dict[str, Verdict]:
        """The verdict on each network's part of the account read alone, as the rules read it
        (:mod:`credscore.views`: a part with enough posts of its own, the person's conversation kept), by platform;
        empty for an account on one network."""
        views = platform_views(account, self.rules.verdict.minimum_own_posts)
        if not views:
            return {}
        (whole,) = self._decided([account], views=False)
        seen = self._measured([view.read(whole.analysed) for view in views], views=False,
                              wholes=[whole.results] * len(views))
        return {view.platform: self._verdict(scored) for view, scored in zip(views, seen, strict=True)}

    def _score_many(self, accounts: Sequence[Account], *, views: bool) -> list[Verdict]:
        return [self._verdict(scored) for scored in self._decided(accounts, views=views)]

    def _decided(self, accounts: Sequence[Account], *, views: bool) -> list[_Decided]:
        """Each account analysed, measured and decided; ``views``: whether its platform views are scored for the
        rules that read them (a view itself is decided without: a view has no views)."""
        if not accounts:
            return []
        # The views read their accounts' texts again: what each signal found in a text is kept for the chunk.
        with readings_remembered() if views else nullcontext():
            return self._measured(analyse_accounts(list(accounts)), views=views)

    def _measured(self, analysed: Sequence[AnalysedAccount], *, views: bool,
                  wholes: Sequence[Mapping[str, SignalResult]] | None = None) -> list[_Decided]:
        """As :meth:`_decided`, of accounts already analysed; ``wholes``: for views, the signal results of each
        one's whole account, whose person signals it keeps (:func:`with_the_persons`)."""
        if not analysed:
            return []
        accounts = [account.account for account in analysed]
        results = [compute_signals(account) for account in analysed]
        if wholes is not None:
            results = [with_the_persons(result, whole) for result, whole in zip(results, wholes, strict=True)]
        # Only a model with a text component reads the raw wording; joining every post is not free.
        texts = [account_text(account) for account in accounts] if self.model.model.text_model is not None else []
        signals = feature_matrix(results)
        probabilities, contributions, text_logits = self.model.model.explain(signals, texts)
        evidence = self.model.model.evidence_pushes(contributions, signals)
        if text_logits is not None:
            for result, logit in zip(results, text_logits, strict=True):
                result[TEXT_SIGNAL] = SignalResult(TEXT_SIGNAL, True, {TEXT_FEATURE.name: float(logit)})
        decided = [_Decided(account, result, float(probability), pushes,
                            decide(float(probability), pushes, self._columns, result,
                                   coverage=coverage_values(account), rules=self.rules))
                   for account, result, probability, pushes in zip(analysed, results, probabilities, evidence,
                                                                   strict=True)]
        if views:
            for position, worst in self._worst_views(decided).items():
                scored = decided[position]
                decided[position] = replace(scored, worst=worst, decision=decide(
                    scored.probability, scored.pushes, self._columns, scored.results,
                    coverage=coverage_values(scored.analysed), rules=self.rules, worst_view=worst.decision.score))
        return decided

    def _worst_views(self, decided: Sequence[_Decided]) -> dict[int, _WorstView]:
        """Each account's platform view with the highest final score, by the account's position, where a rule
        reading it could change the account's score as decided without it (:func:`credscore.views.could_change`);
        the views of a chunk are decided together."""
        minimum = self.rules.verdict.minimum_own_posts
        views: list[tuple[int, PlatformView]] = []
        for position, scored in enumerate(decided):
            before = scored.decision.score
            if before is not None and before < self._views_below:
                views.extend((position, view) for view in platform_views(scored.analysed.account, minimum))
        worst: dict[int, _WorstView] = {}
        seen_alone = self._measured([view.read(decided[position].analysed) for position, view in views],
                                    views=False, wholes=[decided[position].results for position, _ in views])
        for (position, view), seen in zip(views, seen_alone, strict=True):
            score, current = seen.decision.score, worst.get(position)
            if score is not None and (current is None or score > (current.decision.score or 0.0)):
                worst[position] = _WorstView(view, seen)
        return worst

    def _verdict(self, scored: _Decided) -> Verdict:
        analysed, results, probability, evidence = scored.analysed, scored.results, scored.probability, scored.pushes
        decision, worst = scored.decision, scored.worst
        settings = self.rules.verdict
        whole = _whole_verdicts.get()
        coverage = _coverage(analysed, results, settings.minimum_own_posts) if whole else UNCOUNTED
        if decision.score is None:
            return Verdict(analysed.account.id, None, None, "insufficient_data", results, (), coverage,
                           self.model.version, extra=_named(analysed.account))
        # A feature a fired rule already explains is not repeated as a model reason.
        explained = {feature for hit in decision.hits for feature in (*hit.values, hit.rule.evidence_feature)}
        reasons = [Reason.from_rule(hit) for hit in decision.hits]
        if worst is not None:
            # The worst view's reason quotes first what the view shows beyond what the other rules quote already.
            quoted: set[tuple[str, int]] = {(item.kind, item.index) for reason in reasons for item in reason.evidence}
            reasons = [self._view_reason(hit, worst, quoted) if hit.rule.evidence_feature == WORST_VIEW else reason
                       for hit, reason in zip(decision.hits, reasons, strict=True)]
        # Model reasons read the same pushes as the family evidence: relative to a typical genuine account, so
        # that showing no more of a habit than genuine accounts do is never a reason either way.
        # (Headlines only: the first model reason is the one shown when no rule gave one; the later ones are not made.)
        most = None if whole else 0 if reasons else 1
        if most != 0:
            reasons += self._model_reasons(analysed, results, evidence, explained, most=most)
        if not reasons:
            # Nothing stands out: the account shows no habit more than a typical genuine account does. Its reasons
            # are then what it shows *less* of (or, without any, its strongest measured features), however small:
            # a verdict always says what it rests on.
            reasons = self._model_reasons(analysed, results, evidence, explained, quiet=True, most=most)
        return Verdict(analysed.account.id, decision.score, probability, decision.band, results,
                       _without_contradicting_evidence(reasons), coverage, self.model.version,
                       extra=_named(analysed.account))

    def _view_reason(self, hit: RuleHit, worst: _WorstView, quoted: set[tuple[str, int]]) -> Reason:
        """A rule's reason that rests on the worst platform view: it quotes what the view's own reasons towards
        "fake" quote, each item at its place in the whole account (the view's verdict is made for it alone), those
        the account's other rules do not quote (``quoted``: kind and position) first."""
        shown = [item for reason in self._verdict(worst.seen).reasons if reason.direction == "towards_fake"
                 for item in reason.evidence]
        items = from_view(tuple(dict.fromkeys(shown)), worst.view)
        fresh = [item for item in items if (item.kind, item.index) not in quoted]
        again = [item for item in items if (item.kind, item.index) in quoted]
        return replace(Reason.from_rule(hit), evidence=tuple(fresh + again)[:EVIDENCE_PER_FEATURE])

    def _model_reasons(self, analysed: AnalysedAccount, results: Mapping[str, SignalResult], pushes: np.ndarray,
                       explained: set[str], *, quiet: bool = False, most: int | None = None) -> list[Reason]:
        """The features that push the log-odds most, each in the direction its sign gives.

        A feature that could not be measured pushes by zero (it is imputed with the training mean) and
        is never a reason: what could not be measured is coverage, listed apart. ``quiet``: for an account where
        none reaches ``min_model_contribution``, the features that lower the score most (the strongest either
        way when none lowers it), however little, at most :data:`QUIET_REASONS`. ``most``: the first ones only.
        """
        settings = self.rules.verdict
        lowering = quiet and bool((pushes < 0).any())
        order = np.argsort(pushes if lowering else -np.abs(pushes), kind="stable")
        threshold, at_most = (0.0, QUIET_REASONS) if quiet else (settings.min_model_contribution,
                                                                  settings.max_model_reasons)
        most = at_most if most is None else min(most, at_most)
        reasons: list[Reason] = []
        for column in order:
            push = float(pushes[column])
            if len(reasons) >= most or abs(push) < threshold or push == 0.0 or (lowering and push > 0):
                break
            signal_name, feature = self._features[column]
            result = results[signal_name]
            name = f"{signal_name}.{feature.name}"
            if name in explained or not result.measurable:
                continue
            value = result.values[feature.name]
            message = {"en": f"{feature.en}: {format_feature_value(feature.name, value, 'en')}",
                       "fr": f"{feature.fr} : {format_feature_value(feature.name, value, 'fr')}"}
            # A feature's evidence items are instances of what it counts (the cross-posts, the replies): they
            # back a reason only when the value is high on its own side. "Cross-posted share 30 % — lowers the
            # score" is true, yet quoting the three cross-posts under it would point the wrong way.
            evidence = tuple(result.evidence.get(feature.name, ())) if (push > 0) == (feature.towards == "fake") else ()
            if signal_name == TEXT_SIGNAL:
                evidence = self._text_evidence(analysed, towards_fake=push > 0)
            reasons.append(Reason(
                source="model", id=name, direction="towards_fake" if push > 0 else "towards_genuine",
                weight=push, effect="contribution", message=message, values={name: value}, evidence=evidence,
            ))
        return reasons

    def _text_evidence(self, analysed: AnalysedAccount, *, towards_fake: bool) -> tuple[Evidence, ...]:
        """The posts whose own wording pushes furthest in the reason's direction."""
        indexes = [i for i, post in enumerate(analysed.account.posts) if post.text.strip()]
        if not indexes:
            return ()
        scores = self.model.model.text_scores([analysed.account.posts[i].text for i in indexes])
        order = np.argsort(-scores if towards_fake else scores, kind="stable")[:EVIDENCE_PER_FEATURE]
        return tuple(post_evidence(analysed, indexes[i]) for i in order)


@dataclass(frozen=True, slots=True)
class _Decided:
    """One account analysed, measured and decided: what its verdict is made of."""

    analysed: AnalysedAccount
    results: dict[str, SignalResult]
    probability: float
    pushes: np.ndarray
    decision: Decision
    worst: _WorstView | None = None
    """Its platform view with the highest score, where one was read."""


@dataclass(frozen=True, slots=True)
class _WorstView:
    """An account's platform view with the highest score, as decided."""

    view: PlatformView
    seen: _Decided

    @property
    def decision(self) -> Decision:
        return self.seen.decision


def _without_contradicting_evidence(reasons: Sequence[Reason]) -> tuple[Reason, ...]:
    """The reasons, each later one citing no item that an earlier reason cites in the other direction.

    A post quoted as proof of a fake habit and, under another reason, as proof of a genuine one would
    tell the reader nothing; the first reason (rules first, then the strongest model reasons) keeps it.
    """
    cited: dict[str, set[tuple[str, int]]] = {"towards_fake": set(), "towards_genuine": set()}
    kept = []
    for reason in reasons:
        opposite = cited["towards_genuine" if reason.direction == "towards_fake" else "towards_fake"]
        evidence = tuple(item for item in reason.evidence if (item.kind, item.index) not in opposite)
        cited[reason.direction].update((item.kind, item.index) for item in evidence)
        kept.append(reason if evidence == reason.evidence else replace(reason, evidence=evidence))
    return tuple(kept)


def _named(account: Account) -> dict[str, str]:
    """The account's display name, for the reports' titles (``verdict.extra["name"]``)."""
    return {"name": account.name} if account.name else {}


def _coverage(analysed: AnalysedAccount, results: Mapping[str, SignalResult], minimum_own_posts: int) -> Coverage:
    account = analysed.account
    # One pass over the posts for what is counted of them (this runs for every account of a batch).
    own = timestamped = 0
    platforms = {p.platform for p in account.profiles}
    for post in account.posts:
        own += post.kind != "repost"  # as Account.own_post_count
        timestamped += post.created_at is not None
        platforms.add(post.platform)
    return Coverage(
        posts=len(account.posts),
        own_posts=own,
        reposts=len(account.posts) - own,
        messages_sent=sum(1 for m in account.messages if m.direction == "sent"),
        messages_received=sum(1 for m in account.messages if m.direction == "received"),
        follows=len(account.follows),
        profiles=len(account.profiles),
        platforms=tuple(sorted(platforms)),
        timestamped_posts=timestamped,
        languages=dict(sorted(Counter(text.lang for text in analysed.posts).items())),
        minimum_own_posts=minimum_own_posts,
        sufficient=own >= minimum_own_posts,
        unmeasurable={name: result.note for name, result in results.items() if not result.measurable},
        sources=_sources(account),
    )


def _sources(account: Account) -> tuple[dict, ...]:
    """The importers' notes on where the history came from (the extra field ``sources``), when well formed."""
    notes = (account.model_extra or {}).get("sources")
    if not isinstance(notes, list):
        return ()
    return tuple({key: note.get(key) for key in ("kind", "location", "complete", "note")}
                 for note in notes if isinstance(note, dict))
