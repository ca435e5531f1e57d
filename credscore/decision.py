"""The one decision: enough history? the score after the rules, and its band.

``score``, ``batch``, ``evaluate`` and ``train`` all decide through :func:`decide`, so that what is
measured is exactly what ships.

Besides the signal features, rules may name a few *derived* values (:data:`DERIVED_FEATURES`):

- ``family.hollow_talk``, ``family.broadcasting``, ``family.audience`` and ``family.engagement``: the
  model's push on the log-odds from the features of each family (what the account says; how it posts;
  who follows it and how they came; what its posts get from others), relative to the average *genuine*
  training account, a feature that could not be measured counting for nothing (see
  ``CredscoreModel.evidence_pushes``). The seed checklist reads as converging clues: a newspaper that
  auto-posts its headlines everywhere shows the broadcasting mechanics and none of the hollow talk, a
  shop with a welcome DM one habit of one family, a creator followed by spam accounts after a viral
  post (which nobody can prevent) an audience signal alone. Rules use these values to require two
  families before the score can reach "likely fake".
- ``family.converging``: the second strongest family, i.e. how strongly *two* families at least point
  to a fake.
- ``family.mechanics``: the part of ``family.broadcasting`` that comes from habits the account *shows*
  (its towards-fake features: links, identical or recycled posts, templated DMs, canned replies,
  bursts), without the part that comes from a genuine habit it *lacks* (few replies in its own words).
  Silence corroborates broadcasting mechanics but is not one: officials, researchers, community managers
  and creators often post without answering, and an export or a scraped feed may hold no replies at all.
- ``coverage.readable_share``: the share of the account's words in a language credscore reads
  (French or English). The band must not rest on signals it could not read.
- ``coverage.platforms`` and ``coverage.messages_sent``: how many platforms the account's posts are
  on, and how many direct messages it sent. On one platform with no DMs, the two strongest mechanics
  of the checklist (the same text pushed to several platforms, automatic DMs) cannot be observed at
  all; the rules then ask for stronger converging evidence before "likely fake".
- ``coverage.own_posts``: how many posts of its own the account has (not reposts). A handful of posts is enough
  to be scored but thin ground to accuse anyone on: one link through a shortener in five posts is a fifth of the
  feed.
- ``coverage.bios``: how many of the account's profiles carry a bio. A fake *expert* is one who claims
  expertise, and the bio is where an account presents itself; seen on one platform, with no bio and no
  DM, the account never presented itself at all (a scraped feed of posts alone), and its posts alone
  must not make it more than "uncertain".
- ``views.worst_score``: the highest final score among the account's *platform views*, each network's part read
  as an account of its own (:mod:`credscore.views`): a clean blog must not dilute what its Threads shows. Not
  measured for an account on one platform, for a view (a view has no views), nor where no rule reading it could
  change the score (:func:`credscore.views.could_change`).
- ``research.link_share``: the distinct papers the account links to (a DOI, a preprint server, an open
  archive, a journal) per distinct post of its own (:func:`credscore.signals.link_only.research_link_share`).
  Sharing research is substance: a researcher whose subject is marketing or influence talks like the
  lexicons of hollow talk without being a fake expert; one DOI pasted under many posts is one paper.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from credscore.nlp.analysis import AnalysedAccount
from credscore.rules import RuleHit, RuleSet, apply_rules, evaluate_rules, lowering_hits
from credscore.rules.schema import DERIVED_FEATURES
from credscore.signals import readable_share
from credscore.signals.base import FAMILIES, Feature, SignalResult
from credscore.signals.link_only import research_link_share
from credscore.views import WORST_VIEW

__all__ = ["DERIVED_FEATURES", "Band", "Decision", "coverage_values", "decide", "family_evidence", "final_scores",
           "model_columns", "worst_view_scores"]

Band = Literal["likely_genuine", "uncertain", "likely_fake", "insufficient_data"]

FAMILY_PREFIX = "family."
CONVERGING = f"{FAMILY_PREFIX}converging"
BROADCASTING = "broadcasting"
MECHANICS = f"{FAMILY_PREFIX}mechanics"
READABLE_SHARE = "coverage.readable_share"
PLATFORMS = "coverage.platforms"
MESSAGES_SENT = "coverage.messages_sent"
BIOS = "coverage.bios"
OWN_POSTS = "coverage.own_posts"
RESEARCH_LINKS = "research.link_share"
COVERAGE_VALUES = (READABLE_SHARE, PLATFORMS, MESSAGES_SENT, BIOS, OWN_POSTS, RESEARCH_LINKS)
if set(DERIVED_FEATURES) != {*(f"{FAMILY_PREFIX}{family}" for family in FAMILIES), CONVERGING, MECHANICS,
                             *COVERAGE_VALUES, WORST_VIEW}:
    raise RuntimeError("credscore.rules.schema.DERIVED_FEATURES is out of step with the decision's derived values")


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict's decision: its score (``None`` without enough history), band and the rules behind it
    (a protective cap that did not lower the score is not among them)."""

    score: float | None
    band: Band
    hits: tuple[RuleHit, ...] = ()
    derived: Mapping[str, float] = field(default_factory=dict)
    """The derived values the rules could read (family evidence, coverage values)."""


def family_evidence(pushes: np.ndarray, columns: Sequence[Feature]) -> dict[str, float]:
    """Each family's total push on the log-odds, the second strongest of them (``family.converging``), and the
    broadcasting habits shown (``family.mechanics``).

    ``pushes`` are evidence pushes (relative to the average genuine account); ``columns`` the model's
    columns in order, each with its declared family.
    """
    totals = {family: 0.0 for family in FAMILIES}
    mechanics = 0.0
    # (Python floats, read once: the same values as float() of each numpy element, without a numpy scalar each.)
    for push, feature in zip(pushes.tolist(), columns, strict=True):
        totals[feature.family] += push
        if feature.family == BROADCASTING and feature.towards == "fake":
            mechanics += push
    values = {f"{FAMILY_PREFIX}{family}": total for family, total in totals.items()}
    values[CONVERGING] = sorted(totals.values(), reverse=True)[1]
    values[MECHANICS] = mechanics
    return values


def coverage_values(account: AnalysedAccount) -> dict[str, float]:
    """The values of an analysed account rules may read beside the signals (:data:`COVERAGE_VALUES`): what its
    history covers, and the research it links to."""
    return {
        READABLE_SHARE: readable_share(account),
        PLATFORMS: float(len({post.platform.strip().lower() for post in account.account.posts})),
        MESSAGES_SENT: float(sum(1 for message in account.account.messages if message.direction == "sent")),
        BIOS: float(sum(1 for profile in account.account.profiles if (profile.bio or "").strip())),
        OWN_POSTS: float(account.account.own_post_count()),
        RESEARCH_LINKS: research_link_share(account),
    }


def decide(probability: float, pushes: np.ndarray, columns: Sequence[Feature],
           results: Mapping[str, SignalResult], *, coverage: Mapping[str, float], rules: RuleSet,
           worst_view: float | None = None) -> Decision:
    """Decide one account from the model's calibrated ``probability``, its per-column evidence ``pushes``,
    its :func:`coverage_values` (whose ``coverage.own_posts`` says whether it has enough history) and the final
    score of its worst platform view (``None``: not measured)."""
    settings = rules.verdict
    if coverage[OWN_POSTS] < settings.minimum_own_posts:
        return Decision(None, "insufficient_data")
    derived = family_evidence(pushes, columns)
    derived.update({name: float(coverage[name]) for name in COVERAGE_VALUES})
    derived[WORST_VIEW] = math.nan if worst_view is None else float(worst_view)
    hits = evaluate_rules(rules, results, derived)
    score = apply_rules(100.0 * probability, hits)
    return Decision(score, settings.band(score), tuple(lowering_hits(100.0 * probability, hits)), derived)


def model_columns(text: bool) -> list[Feature]:
    """The model's columns in order, each a declared :class:`Feature`: the signals', then the text model's."""
    from credscore.features import feature_declarations
    from credscore.model.text import TEXT_FEATURE

    return [feature for _, feature in feature_declarations()] + ([TEXT_FEATURE] if text else [])


def final_scores(probabilities: np.ndarray, pushes: np.ndarray, results: Sequence[Mapping[str, SignalResult]],
                 coverages: Sequence[Mapping[str, float]], rules: RuleSet, *, text: bool,
                 worst_views: Sequence[float | None] | None = None) -> np.ndarray:
    """The score after the rules of accounts with enough history (as :func:`decide`), one per account;
    ``worst_views``: each one's worst platform view's final score (:func:`worst_view_scores`), if measured."""
    columns = model_columns(text)
    worst = worst_views if worst_views is not None else [None] * len(results)
    return np.asarray([decide(float(p), row, columns, r, coverage=coverage, rules=rules, worst_view=view).score
                       for p, row, r, coverage, view
                       in zip(probabilities, pushes, results, coverages, worst, strict=True)], dtype=float)


def worst_view_scores(count: int, parents: Sequence[int], scores: Sequence[float | None]) -> list[float | None]:
    """For each of ``count`` accounts, the highest of its platform views' final ``scores`` (``parents``: each
    view's account), ``None`` for an account without a view that could be scored."""
    worst: list[float | None] = [None] * count
    for parent, score in zip(parents, scores, strict=True):
        if score is not None and not math.isnan(score):
            current = worst[parent]
            worst[parent] = score if current is None else max(current, score)
    return worst
