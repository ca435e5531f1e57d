"""What a signal is: a small pure function from an analysed account to a :class:`SignalResult`.

A signal declares its features (name -> description in English and French) when it is
registered with :func:`signal`; it returns a value for each feature and the evidence items
(the exact posts, messages, profiles, comments, followers, follows or counter snapshots) behind each,
or says it is *not measurable* when the history lacks what it needs. Not measurable is not zero: the
model sees a missing value and the verdict says what could not be measured.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from credscore.nlp.analysis import AnalysedAccount

__all__ = [
    "DIRECTIONS",
    "EVIDENCE_PER_FEATURE",
    "EXCERPT_CHARS",
    "FAMILIES",
    "Direction",
    "Evidence",
    "EvidenceKind",
    "Family",
    "Feature",
    "Signal",
    "SignalResult",
    "audience_evidence",
    "cited",
    "comment_evidence",
    "evidence_left_out",
    "follow_evidence",
    "message_evidence",
    "not_measurable",
    "post_evidence",
    "profile_evidence",
    "pushed_posts",
    "registered_signals",
    "share",
    "signal",
    "snapshot_evidence",
]

# How many evidence items a feature keeps: enough to show a pattern, few enough to read.
EVIDENCE_PER_FEATURE = 5
EXCERPT_CHARS = 160
# What :func:`cited` cites items by: a position, or (post, comment) positions for a comment.
Key = TypeVar("Key", bound=Hashable)


EvidenceKind = Literal["post", "message", "profile", "comment", "audience", "follow", "snapshot"]
# Where each kind of item sits in the account document (``audience`` is a list named in the singular; a comment is
# cited by its post's position).
_LISTS = {"post": "posts", "comment": "posts", "message": "messages", "profile": "profiles", "audience": "audience",
          "follow": "follows", "snapshot": "snapshots"}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One item of an account's history that supports a finding.

    Posts, messages and profiles are the account's own words; comments (what others wrote under a post),
    audience members (followers' public profiles), follows and snapshots (counters over time) are what others
    do around the account. A comment is cited by its post's position (``index``) and its own position among
    that post's comments (``comment``).
    """

    kind: EvidenceKind
    index: int
    """Position in the account's ``posts``/``messages``/``profiles``/``audience``/``follows``/``snapshots`` list
    (for a comment: its post's position in ``posts``)."""
    platform: str
    excerpt: str
    id: str | None = None
    created_at: str | None = None
    link: str | None = None
    comment: int | None = None
    """For a comment: its position in the post's ``comments``; ``None`` for every other kind."""

    @property
    def list_name(self) -> str:
        """The account's list that ``index`` is a position in (``posts`` for a comment: its post's)."""
        return _LISTS[self.kind]

    @property
    def ref(self) -> str:
        """A stable reference: a post's, message's or profile's own id, or the item's place in the document
        (``posts[3]``, ``posts[3].comments[2]``, ``audience[12]``, ``follows[40]``, ``snapshots[2]``)."""
        if self.kind == "comment":
            return f"posts[{self.index}].comments[{self.comment}]"
        if self.kind in ("post", "message", "profile") and self.id:
            return self.id
        return f"{self.list_name}[{self.index}]"


Direction = Literal["fake", "genuine"]
Family = Literal["hollow_talk", "broadcasting", "audience", "engagement"]
DIRECTIONS: tuple[Direction, ...] = ("fake", "genuine")
FAMILIES: tuple[Family, ...] = ("hollow_talk", "broadcasting", "audience", "engagement")


@dataclass(frozen=True, slots=True)
class Feature:
    """One numeric feature a signal produces, with the way it counts.

    ``towards`` says which way a *higher* value points: ``"fake"`` (more of a fake expert's habit)
    or ``"genuine"`` (more of what fakes do not produce). The shipped classifier is constrained to
    respect it, so that a reason never says the opposite of what its feature measures.

    ``family`` is the checklist family the feature belongs to: ``"hollow_talk"`` (what the account
    says: buzzwords, no business measures, only social media, self-titles, unlimited offers) or
    ``"broadcasting"`` (how it posts: links only, identical cross-posts, templated DMs, clockwork
    timing, no real conversation); and, around the account, what others do: ``"audience"`` (who follows
    it and how they came: mass-followers and empty accounts, followers created in batches, jumps no post
    explains, follow-for-follow churn) and ``"engagement"`` (what its posts get: likes far below the
    audience's size or too even, generic, templated or pod comments). Followers and engagement are two
    independent observations: bought followers show in both (they do not engage), while spam accounts
    that follow any creator who goes viral show in the first only. One family alone is never enough to
    call an account fake.
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
    _declared: frozenset[str] = field(init=False, repr=False, compare=False)
    """The names of ``features``, made once: every result of every account is checked against them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_declared", frozenset(feature.name for feature in self.features))

    def __call__(self, account: AnalysedAccount) -> SignalResult:
        result = self.compute(account)
        if result.measurable and result.values.keys() != self._declared:
            raise RuntimeError(f"signal {self.name} returned {sorted(result.values)}, "
                               f"declared {sorted(self._declared)}")
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


def pushed_posts(account: AnalysedAccount, min_words: int) -> list[int]:
    """The positions of the posts the account pushed to its audience, of at least ``min_words`` words: its own (not
    replies, comments or reposts), and not opening on a mention, which addresses someone (a reply the export did not
    mark as one: X's archives and many scrapers mark none).

    A text pasted to several networks is one thing said: it counts as often as it was posted on the one network where
    it was posted most (the same words, links and mentions aside; of two networks with as many copies, the first in
    alphabetical order, so that the order of the posts changes nothing). A union's campaign line pasted to five
    networks would otherwise weigh five times in a share of what the account says; the pasting is what
    ``cross_posting`` measures. The same text posted again on one network is said again, and counts again (a
    recycler's slogans)."""
    copies: dict[tuple[str, ...], dict[str, list[int]]] = {}
    for i, post in enumerate(account.account.posts):
        words = account.posts[i].words
        if (post.kind == "post" and len(words) >= min_words
                and not (account.posts[i].mentions and post.text.lstrip().startswith(("@", "\uff20")))):
            copies.setdefault(words, {}).setdefault(post.platform, []).append(i)
    kept = [min(by_platform.items(), key=lambda item: (-len(item[1]), item[0]))[1] for by_platform in copies.values()]
    return sorted(i for positions in kept for i in positions)


def not_measurable(name: str, why: str) -> SignalResult:
    return SignalResult(signal=name, measurable=False, note=why)


def share(part: int | float, whole: int | float) -> float:
    """``part / whole``; callers make sure ``whole`` is not zero (that case is *not measurable*)."""
    value = part / whole
    if math.isnan(value):
        raise ValueError("share of nothing")
    return value


# Whether the signals build their evidence items. A batch row shows a verdict's score, band and first reason, never
# the items quoted under them, whose excerpts, times and links cost about a tenth of the scoring (measured with
# benchmarks/throughput.py): the batch leaves them out (see :func:`evidence_left_out`). A context variable, so that
# one thread's batch never takes the items out of another thread's verdicts.
_evidence_wanted: ContextVar[bool] = ContextVar("credscore_evidence_wanted", default=True)


@contextmanager
def evidence_left_out() -> Iterator[None]:
    """Within the block, the signals cite no evidence items: :func:`cited` gives none, and each ``*_evidence``
    builder gives the one placeholder :data:`LEFT_OUT`.

    For verdicts of which only the values, scores, bands and reason ids are read (a batch row): no value, score,
    band or reason depends on evidence items, only what the reasons quote. Never for a verdict shown or returned.
    """
    token = _evidence_wanted.set(False)
    try:
        yield
    finally:
        _evidence_wanted.reset(token)


LEFT_OUT = Evidence(kind="post", index=-1, platform="", excerpt="")
"""What the evidence builders give within :func:`evidence_left_out`: no item of the account's (index -1)."""


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def cited(evidence: Callable[[AnalysedAccount, Key], Evidence], account: AnalysedAccount, indexes: Iterable[Key]
          ) -> tuple[Evidence, ...]:
    """The evidence of the first :data:`EVIDENCE_PER_FEATURE` distinct items among ``indexes``, in order (none within
    :func:`evidence_left_out`).

    ``evidence`` is :func:`post_evidence`, :func:`message_evidence`, :func:`profile_evidence`,
    :func:`audience_evidence`, :func:`follow_evidence`, :func:`snapshot_evidence` (keys: positions) or
    :func:`comment_evidence` (keys: ``(post position, comment position)``).
    """
    if not _evidence_wanted.get():
        return ()
    # The first distinct keys only: a signal may pass every matching position of a long history, and the rest
    # are neither deduplicated nor read (evidence is built for the items kept, once each).
    chosen: dict[Key, None] = {}
    for key in indexes:
        chosen[key] = None
        if len(chosen) == EVIDENCE_PER_FEATURE:
            break
    return tuple(evidence(account, key) for key in chosen)


def post_evidence(account: AnalysedAccount, index: int) -> Evidence:
    if not _evidence_wanted.get():
        return LEFT_OUT
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


def message_evidence(account: AnalysedAccount, index: int, start: int = 0) -> Evidence:
    """A sent or received message, quoted from its beginning, or from ``start`` (a position in its text, "…" before
    it): where what the finding rests on begins, when it would not fit in the excerpt otherwise."""
    if not _evidence_wanted.get():
        return LEFT_OUT
    message = account.account.messages[index]
    links = account.messages[index].links
    within = 0 < start < len(message.text)
    return Evidence(
        kind="message",
        index=index,
        platform=message.platform,
        excerpt=_excerpt("…" + message.text[start:].lstrip() if within else message.text),
        created_at=message.created_at.isoformat(),
        link=links[0] if links else None,
    )


def profile_evidence(account: AnalysedAccount, index: int) -> Evidence:
    if not _evidence_wanted.get():
        return LEFT_OUT
    profile = account.account.profiles[index]
    return Evidence(kind="profile", index=index, platform=profile.platform, excerpt=_excerpt(profile.bio or ""),
                    id=profile.handle, link=profile.url)


def comment_evidence(account: AnalysedAccount, where: tuple[int, int]) -> Evidence:
    """A comment under one of the account's posts: ``where`` is (post position, comment position).

    The excerpt names the commenter (``@author: text``): who comments is the evidence of a pod.
    """
    if not _evidence_wanted.get():
        return LEFT_OUT
    index, position = where
    post = account.account.posts[index]
    comment = (post.comments or ())[position]
    author = (comment.author or "").strip()
    said = f"@{author.lstrip('@')}: {comment.text}" if author else comment.text
    return Evidence(kind="comment", index=index, comment=position, platform=post.platform, excerpt=_excerpt(said),
                    created_at=comment.created_at.isoformat() if comment.created_at else None)


def audience_evidence(account: AnalysedAccount, index: int) -> Evidence:
    """A member of the account's audience sample, with the counters that describe them."""
    if not _evidence_wanted.get():
        return LEFT_OUT
    member = account.account.audience[index]
    parts = [f"@{member.handle.strip().lstrip('@')}" if member.handle and member.handle.strip() else "?"]
    parts += [f"{label} {value}" for label, value in (("followers", member.followers), ("following", member.following),
                                                         ("posts", member.posts_count)) if value is not None]
    if member.has_avatar is not None:
        parts.append("avatar" if member.has_avatar else "no avatar")
    if member.bio and member.bio.strip():
        parts.append(member.bio)
    return Evidence(kind="audience", index=index, platform=member.platform, excerpt=_excerpt(" · ".join(parts)),
                    created_at=member.created_at.isoformat() if member.created_at else None)


def follow_evidence(account: AnalysedAccount, index: int) -> Evidence:
    """A follow event; its excerpt says who followed whom, and when it was undone if it was."""
    if not _evidence_wanted.get():
        return LEFT_OUT
    follow = account.account.follows[index]
    who = f"@{follow.counterpart.strip().lstrip('@')}" if follow.counterpart and follow.counterpart.strip() else "?"
    said = f"followed by {who}" if follow.direction == "in" else f"followed {who}"
    if follow.ended_at is not None:
        said += f", undone {follow.ended_at.isoformat()}"
    return Evidence(kind="follow", index=index, platform=follow.platform, excerpt=_excerpt(said),
                    created_at=follow.created_at.isoformat() if follow.created_at else None)


def snapshot_evidence(account: AnalysedAccount, index: int) -> Evidence:
    """A snapshot of the account's public counters."""
    if not _evidence_wanted.get():
        return LEFT_OUT
    snapshot = account.account.snapshots[index]
    parts = [f"{label} {value}" for label, value in (("followers", snapshot.followers),
                                                     ("following", snapshot.following),
                                                     ("posts", snapshot.posts_count)) if value is not None]
    return Evidence(kind="snapshot", index=index, platform=snapshot.platform, excerpt=_excerpt(" · ".join(parts)),
                    created_at=snapshot.at.isoformat())
