"""What a signal is: a small pure function from an analysed account to a :class:`SignalResult`.

A signal declares its features (name -> description in English and French) when it is
registered with :func:`signal`; it returns a value for each feature and the evidence items
(the exact posts, messages or profiles) behind each, or says it is *not measurable* when the
history lacks what it needs. Not measurable is not zero: the model sees a missing value and
the verdict says what could not be measured.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from credscore.nlp.analysis import AnalysedAccount

__all__ = [
    "DIRECTIONS",
    "EVIDENCE_PER_FEATURE",
    "EXCERPT_CHARS",
    "FAMILIES",
    "Direction",
    "Evidence",
    "Family",
    "Feature",
    "Signal",
    "SignalResult",
    "cited",
    "message_evidence",
    "not_measurable",
    "post_evidence",
    "profile_evidence",
    "registered_signals",
    "share",
    "signal",
]

# How many evidence items a feature keeps: enough to show a pattern, few enough to read.
EVIDENCE_PER_FEATURE = 5
EXCERPT_CHARS = 160


@dataclass(frozen=True, slots=True)
class Evidence:
    """One item of an account's history that supports a finding."""

    kind: Literal["post", "message", "profile"]
    index: int
    """Position in the account's ``posts``/``messages``/``profiles`` list."""
    platform: str
    excerpt: str
    id: str | None = None
    created_at: str | None = None
    link: str | None = None

    @property
    def ref(self) -> str:
        """A stable reference: the item's own id, or its place in the document."""
        return self.id or f"{self.kind}s[{self.index}]"


Direction = Literal["fake", "genuine"]
Family = Literal["hollow_talk", "broadcasting"]
DIRECTIONS: tuple[Direction, ...] = ("fake", "genuine")
FAMILIES: tuple[Family, ...] = ("hollow_talk", "broadcasting")


@dataclass(frozen=True, slots=True)
class Feature:
    """One numeric feature a signal produces, with the way it counts.

    ``towards`` says which way a *higher* value points: ``"fake"`` (more of a fake expert's habit)
    or ``"genuine"`` (more of what fakes do not produce). The shipped classifier is constrained to
    respect it, so that a reason never says the opposite of what its feature measures.

    ``family`` is the checklist family the feature belongs to: ``"hollow_talk"`` (what the account
    says: buzzwords, no business measures, only social media, self-titles, unlimited offers) or
    ``"broadcasting"`` (how it posts: links only, identical cross-posts, templated DMs, clockwork
    timing, no real conversation). One family alone is never enough to call an account fake.
    """

    name: str
    en: str
    fr: str
    towards: Direction
    family: Family

    def __post_init__(self) -> None:
        if self.towards not in DIRECTIONS:
            raise ValueError(f"feature {self.name}: towards must be one of {DIRECTIONS}, got {self.towards!r}")
        if self.family not in FAMILIES:
            raise ValueError(f"feature {self.name}: family must be one of {FAMILIES}, got {self.family!r}")

    @property
    def sign(self) -> int:
        """+1 when a higher value points towards fake, -1 when towards genuine."""
        return 1 if self.towards == "fake" else -1


@dataclass(frozen=True, slots=True)
class SignalResult:
    """A signal's finding on one account."""

    signal: str
    measurable: bool
    values: Mapping[str, float] = field(default_factory=dict)
    """Feature name -> value. Empty when the signal is not measurable."""
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    """Feature name -> the items behind its value (at most :data:`EVIDENCE_PER_FEATURE`)."""
    note: str = ""
    """Why the signal could not be measured, when it could not."""


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    features: tuple[Feature, ...]
    compute: Callable[[AnalysedAccount], SignalResult]
    summary: str

    def __call__(self, account: AnalysedAccount) -> SignalResult:
        result = self.compute(account)
        if result.measurable:
            expected = {feature.name for feature in self.features}
            if set(result.values) != expected:
                raise RuntimeError(f"signal {self.name} returned {sorted(result.values)}, declared {sorted(expected)}")
        return result

    def feature_names(self) -> list[str]:
        return [f"{self.name}.{feature.name}" for feature in self.features]


_REGISTRY: dict[str, Signal] = {}


def signal(name: str, features: Iterable[Feature]) -> Callable[[Callable[[AnalysedAccount], SignalResult]], Signal]:
    """Register ``compute`` as the signal ``name`` producing ``features``."""

    def register(compute: Callable[[AnalysedAccount], SignalResult]) -> Signal:
        if name in _REGISTRY:
            raise RuntimeError(f"signal {name!r} registered twice")
        summary = (compute.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        registered = Signal(name, tuple(features), compute, summary)
        _REGISTRY[name] = registered
        return registered

    return register


def registered_signals() -> tuple[Signal, ...]:
    """Every signal registered so far, in registration order (see ``credscore.signals.registered_signals``)."""
    return tuple(_REGISTRY.values())


def not_measurable(name: str, why: str) -> SignalResult:
    return SignalResult(signal=name, measurable=False, note=why)


def share(part: int | float, whole: int | float) -> float:
    """``part / whole``; callers make sure ``whole`` is not zero (that case is *not measurable*)."""
    value = part / whole
    if math.isnan(value):
        raise ValueError("share of nothing")
    return value


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def cited(evidence: Callable[[AnalysedAccount, int], Evidence], account: AnalysedAccount, indexes: Iterable[int]
          ) -> tuple[Evidence, ...]:
    """The evidence of the first :data:`EVIDENCE_PER_FEATURE` distinct items among ``indexes``, in order.

    ``evidence`` is :func:`post_evidence`, :func:`message_evidence` or :func:`profile_evidence`.
    """
    return tuple(evidence(account, i) for i in itertools.islice(dict.fromkeys(indexes), EVIDENCE_PER_FEATURE))


def post_evidence(account: AnalysedAccount, index: int) -> Evidence:
    post = account.account.posts[index]
    links = account.posts[index].links
    return Evidence(
        kind="post",
        index=index,
        platform=post.platform,
        excerpt=_excerpt(post.text),
        id=post.id,
        created_at=post.created_at.isoformat() if post.created_at else None,
        link=links[0] if links else None,
    )


def message_evidence(account: AnalysedAccount, index: int) -> Evidence:
    message = account.account.messages[index]
    links = account.messages[index].links
    return Evidence(
        kind="message",
        index=index,
        platform=message.platform,
        excerpt=_excerpt(message.text),
        created_at=message.created_at.isoformat(),
        link=links[0] if links else None,
    )


def profile_evidence(account: AnalysedAccount, index: int) -> Evidence:
    profile = account.account.profiles[index]
    return Evidence(kind="profile", index=index, platform=profile.platform, excerpt=_excerpt(profile.bio or ""),
                    id=profile.handle, link=profile.url)
