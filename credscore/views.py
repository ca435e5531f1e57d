"""Platform views: an account's part on each network it posts on, read as an account of its own.

A fake expert's habits live where he sells: his Threads is links and hollow talk, his LinkedIn long posts full of
figures. Scored as one history, the clean network dilutes the other's shares (links per post, hollow talk per word,
replies per post), and a cheap trick follows: add a tidy blog and the whole reads less fake than its worst network
would alone. An agency auditing the Threads account with ``--platform threads`` would read the truth. The rules may
therefore read the score of the account's worst network (``views.worst_score``, see :mod:`credscore.decision`): the
same scorer, model and rules applied to each platform's part (:func:`~credscore.account.on_platform`), so that the
whole never reads less fake than a part that could be scored on its own.

Only parts with enough history of their own for a verdict are views (the verdict's ``minimum_own_posts``), and only
an account that posts on two platforms at least has them: one network's part is the whole.

A view asks whether what the account *posts* on a network reads as a fake expert's. Whether it answers people is a
fact about the person, not about one network: a marketer who broadcasts her figures on X and answers her readers on
Facebook converses, and her X alone must not read as silence. A view therefore takes the whole account's
:data:`PERSON_SIGNALS` (its conversation) where the whole shows more of it than the view does, without their evidence
items, which point into the whole; where the view shows more (the network where she answers), it keeps its own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from credscore.account import PLATFORM_PARTS, Account, on_platform
from credscore.duplicates import canonical_platform
from credscore.nlp.analysis import AnalysedAccount, language_shares
from credscore.rules.schema import RuleSet
from credscore.signals.base import Evidence, SignalResult

__all__ = ["PERSON_SIGNALS", "WORST_VIEW", "PlatformView", "could_change", "from_view", "platform_views",
           "read_below", "with_the_persons"]

WORST_VIEW = "views.worst_score"
"""The derived value rules read: the highest final score among the account's platform views."""

PERSON_SIGNALS = {"conversation": "reply_share"}
"""Signals that describe the person across networks, each with the feature that says which reading shows more of
the habit (the higher value: it counts towards genuine)."""


@dataclass(frozen=True, slots=True)
class PlatformView:
    """One platform's part of an account, and where each of its items sits in the whole."""

    platform: str
    account: Account
    positions: dict[str, tuple[int, ...]]
    """List name (``posts``, ``messages``…) -> the whole account's index of each of the view's items, in order."""

    def read(self, whole: AnalysedAccount) -> AnalysedAccount:
        """The view's analysis, made of the whole account's reading of each of its texts: nothing is read again
        (a 50,000-post history is not tokenised twice), and a short text keeps the language its whole history
        gave it. Its language and readable share are the view's own words'."""
        posts = tuple(whole.posts[index] for index in self.positions["posts"])
        messages = tuple(whole.messages[index] for index in self.positions["messages"])
        bios = tuple(whole.bios[index] for index in self.positions["profiles"])
        language, readable = language_shares((*posts, *messages, *bios), whole.language)
        return AnalysedAccount(self.account, language, posts, messages, bios, readable_share=readable)


def platform_views(account: Account, minimum_own_posts: int) -> tuple[PlatformView, ...]:
    """The account's part on each platform it posts on that has at least ``minimum_own_posts`` posts of its own,
    in the platforms' alphabetical order; none for an account whose posts are on fewer than two platforms."""
    own: dict[str, int] = {}
    platforms = set()
    for post in account.posts:
        platform = canonical_platform(post.platform)
        platforms.add(platform)
        own[platform] = own.get(platform, 0) + (post.kind != "repost")
    if len(platforms) < 2:
        return ()
    views = []
    for platform in sorted(platforms):
        if own.get(platform, 0) < minimum_own_posts:
            continue
        positions = {part: tuple(index for index, item in enumerate(getattr(account, part))
                                 if canonical_platform(item.platform) == platform)
                     for part in PLATFORM_PARTS}
        views.append(PlatformView(platform, on_platform(account, platform), positions))
    return tuple(views)


def read_below(rules: RuleSet) -> float:
    """The final score below which a rule reading :data:`WORST_VIEW` could change it: ``-inf`` when no rule reads it,
    ``inf`` when one could change any score, else the highest floor that reads it (a score already there stays).
    A property of the rules, worked out once per rule set."""
    readers = [rule for rule in rules.active() if any(condition.feature == WORST_VIEW for condition in rule.when)]
    if not readers:
        return -math.inf
    # A rule that holds of an unmeasured worst view fired without the views: measured, it might not.
    if any(rule.effect != "floor" or any(condition.feature == WORST_VIEW and condition.if_unmeasured
                                         for condition in rule.when) for rule in readers):
        return math.inf
    return max(rule.amount for rule in readers)


def could_change(rules: RuleSet, score: float) -> bool:
    """Whether a rule reading :data:`WORST_VIEW` could change a final ``score`` (:func:`read_below`): the views then
    need to be scored; otherwise the score is the same without them."""
    return score < read_below(rules)


def from_view(evidence: Sequence[Evidence], view: PlatformView) -> tuple[Evidence, ...]:
    """A view's evidence items, each pointing at its place in the whole account."""
    return tuple(replace(item, index=view.positions[item.list_name][item.index]) for item in evidence)


def with_the_persons(view: Mapping[str, SignalResult], whole: Mapping[str, SignalResult]) -> dict[str, SignalResult]:
    """A view's signal results, each of its :data:`PERSON_SIGNALS` replaced by the whole account's (without evidence)
    where the whole shows more of the habit, or the view could not measure it."""
    kept = dict(view)
    for name, feature in PERSON_SIGNALS.items():
        person, own = whole.get(name), view.get(name)
        if person is None or not person.measurable:
            continue
        if own is None or not own.measurable or person.values[feature] > own.values[feature]:
            kept[name] = replace(person, evidence={})
    return kept
