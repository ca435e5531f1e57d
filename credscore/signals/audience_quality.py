"""Audience quality: who follows the account, judged on a sample of followers' public profiles.

Bought followers are accounts nobody uses: made by the thousand, in batches, with no photo and no
post, following thousands of accounts so that some follow back. Audit tools read an influencer's
audience this way. HypeAuditor counts as *mass followers* the accounts that follow more than 1,500
accounts, and as *suspicious* those with no avatar and no posts, and Modash's fake-follower check
uses the same kinds of marks (profile picture, posts, following against followers). credscore reads
the ``audience`` sample of the account document (format 1.1) with the same criteria:

- ``mass_follower_share``: share of the members with both counters known that follow at least
  :data:`MASS_FOLLOWING` accounts (HypeAuditor's mark) *and* more than :data:`MASS_RATIO` times as
  many as follow them: a popular account that follows many back is not a follow-for-follow account.
- ``empty_share``: share of the members whose avatar and post count are known that are empty accounts:
  no avatar and no post, and, where most real followers never post, more (:data:`EMPTY_ALSO_NEEDS`).
- ``batch_created_share``: share of the members with a creation time that were created in a batch:
  more accounts created within :data:`BATCH_WINDOW` than the creations around them make likely
  (:func:`creation_batches`, see :mod:`credscore.signals.bursts`). Sources that give only the day of
  creation (stamped at midnight) are read a day at a time.

*Watch-first platforms.* On TikTok, YouTube and Twitch most real followers watch and never post, and many keep
the default picture and leave the bio blank: Pew Research Center ("How U.S. Adults Use TikTok", February 2024)
found that about half of adult TikTok users have never posted a video and that the typical user has written no bio.
The audit tools read those followers as real: HypeAuditor's TikTok report counts "consumers" (who watch more than
they create) in the authentic audience and keeps "suspicious" for accounts that do not look like real people
(help.hypeauditor.com, "How to read TikTok Audience Types"); Modash weighs a missing picture and bio *against the
following count* and the account's age (help.modash.io, "Audience & likers credibility"); infludata's inactive
followers lack the picture *and* the bio (faq.infludata.com, "What does the audience type mean?"). So a member on
such a platform is empty only when it shows no avatar, no post, no bio *and* one mark of a made account: it
follows at least :data:`MASS_FOLLOWING` accounts, or was created together with others of the sample, in a batch
within the hour or in a cohort of a quarter of the sample within a week (:func:`created_together`). On
Instagram and Threads, where lurkers are common but most people post a few pictures, a bio is enough to tell a
person from a shell. X, Mastodon, Bluesky, LinkedIn and any other platform are read as before: posting is what
their users do, and an account with no picture and no post is the audit tools' suspicious account.

Each share is ``NaN`` when fewer than :data:`MIN_SAMPLE` members carry what it needs; the signal is
not measurable without an audience sample, or when no share can be measured: most sources give no
audience, and that must count neither way. Members on another platform than the account's profiles
still count (an importer may give a sample per platform). The order of the sample changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import time, timedelta
from typing import Any, TypeVar, cast

from credscore.account import AudienceMember
from credscore.nlp.analysis import AnalysedAccount
from credscore.signals.base import Feature, SignalResult, audience_evidence, cited, not_measurable, signal
from credscore.signals.bursts import TimeBurst, time_bursts

__all__ = ["EMPTY_ALSO_NEEDS", "FLAGS", "audience_composition", "audience_quality", "created_together",
           "creation_batches", "member_flags"]

NAME = "audience_quality"
# HypeAuditor's mass follower follows more than 1,500 accounts.
MASS_FOLLOWING = 1_500
# ...and, here, more than ten times as many accounts as follow it back (a creator who follows 2,000 of their
# 50,000 followers is no mass follower).
MASS_RATIO = 10
# A share over fewer members than this moves by more than three points per member: too coarse to compare
# with the audit tools' reference shares.
MIN_SAMPLE = 30
# Accounts a farm makes come within minutes or hours of each other; a day is the resolution of date-only sources.
BATCH_WINDOW = timedelta(hours=1)
DAY_WINDOW = timedelta(days=1)
# The creations around a window that set the local rate: a fortnight either side.
BATCH_BASELINE = timedelta(days=15)
# Five accounts at least: fewer created together happen (a family, a class joining the same day).
MIN_BATCH = 5
# A cohort: a quarter of the dated sample created within one week. Real followers of a creator joined the platform
# over its lifetime (a week holds a percent or two of them); a farm makes the accounts it sells in days. Used only as
# a mark of a made account where silent followers are the norm (EMPTY_ALSO_NEEDS), not as a batch.
COHORT_WINDOW = timedelta(days=7)
COHORT_SHARE = 0.25
# Sources that know only the day of an account's creation stamp it at midnight.
DATE_ONLY = time(0, 0)

FLAGS = ("mass_follower", "empty", "no_avatar", "no_posts")
"""What :func:`member_flags` can say about a member."""

# What a member with no avatar and no post must show besides to be an empty account, per platform (names compared
# case-insensitively; any platform not named needs nothing more). "no_bio": no bio written (absent or blank);
# "made": following at least MASS_FOLLOWING accounts, or created together with others of the sample (see the module
# docstring for the sources).
# Watch-first platforms: a silent viewer with the default picture and no bio is the typical real follower there.
# Instagram and Threads: lurking is common, but a person who keeps a profile writes a line about themselves.
EMPTY_ALSO_NEEDS: Mapping[str, frozenset[str]] = {
    "tiktok": frozenset({"no_bio", "made"}),
    "youtube": frozenset({"no_bio", "made"}),
    "twitch": frozenset({"no_bio", "made"}),
    "instagram": frozenset({"no_bio"}),
    "threads": frozenset({"no_bio"}),
}


def member_flags(member: AudienceMember, *, created_together: bool = False) -> frozenset[str]:
    """What marks a follower as a likely bought or idle account, from what its profile shows.

    ``mass_follower`` (following at least :data:`MASS_FOLLOWING` and more than :data:`MASS_RATIO` times its
    followers), ``no_avatar``, ``no_posts``, and ``empty``: both, plus what the member's platform asks besides
    (:data:`EMPTY_ALSO_NEEDS`); ``created_together`` says whether the member was created together with others of
    the sample (:func:`created_together`), one of the marks of a made account. A mark whose data are absent is not
    given.
    """
    flags = set()
    if member.following is not None and member.followers is not None \
            and member.following >= MASS_FOLLOWING and member.following > MASS_RATIO * member.followers:
        flags.add("mass_follower")
    if member.has_avatar is False:
        flags.add("no_avatar")
    if member.posts_count == 0:
        flags.add("no_posts")
    if {"no_avatar", "no_posts"} <= flags and _empty_besides(member, created_together):
        flags.add("empty")
    return frozenset(flags)


def _empty_besides(member: AudienceMember, together: bool) -> bool:
    """Whether a member with no avatar and no post shows what its platform asks besides to be an empty account."""
    needs = EMPTY_ALSO_NEEDS.get(member.platform.strip().casefold(), frozenset())
    if "no_bio" in needs and member.bio is not None and member.bio.strip():
        return False
    if "made" in needs:
        return together or (member.following is not None and member.following >= MASS_FOLLOWING)
    return True


def _day_only(member: AudienceMember) -> bool:
    return member.created_at is not None and member.created_at.timetz().replace(tzinfo=None) == DATE_ONLY


# The last sample's creation batches and cohorts, by identity (the sample is kept alive with them, so that no other
# sample can take its id), for a tuple only (an account's ``audience``: a list may change between two calls): the
# signal and a batch row's composition figures ask for them five and three times over one sample. Per process; two
# threads racing on it only compute them twice.
_last_sample: dict[str, tuple[Sequence[AudienceMember], Any]] = {}
T = TypeVar("T")


def _per_sample(reading: str, members: Sequence[AudienceMember], compute: Callable[[Sequence[AudienceMember]], T]
                ) -> T:
    """``compute(members)``, remembered for the last sample ``reading`` was asked of."""
    last = _last_sample.get(reading)
    if last is not None and last[0] is members:
        return cast(T, last[1])
    result = compute(members)
    if isinstance(members, tuple):
        _last_sample[reading] = (members, result)
    return result


def creation_batches(members: Sequence[AudienceMember]) -> list[TimeBurst]:
    """The batches of accounts created together in an audience sample; ``members`` are positions in ``members``.

    Read an hour at a time, or a day at a time when most creation times are date-only (midnight). Not to be changed
    by the caller (it is remembered for the sample).
    """
    return _per_sample("batches", members, lambda sample: _creation_batches(sample))


def _creation_batches(members: Sequence[AudienceMember]) -> list[TimeBurst]:
    dated = [i for i, member in enumerate(members) if member.created_at is not None]
    if not dated:
        return []
    day_only = sum(1 for i in dated if _day_only(members[i])) * 2 > len(dated)
    times = [members[i].created_at for i in dated]
    bursts = time_bursts([when for when in times if when is not None], window=DAY_WINDOW if day_only else BATCH_WINDOW,
                         baseline=BATCH_BASELINE, min_count=MIN_BATCH)
    return [TimeBurst(burst.start, burst.end, tuple(dated[k] for k in burst.members), burst.expected,
                      burst.probability) for burst in bursts]


def _batched(members: Sequence[AudienceMember]) -> frozenset[int]:
    """The positions of the members created in a batch (bursts do not overlap: each member is in one at most)."""
    return frozenset(i for burst in creation_batches(members) for i in burst.members)


def _cohorts(members: Sequence[AudienceMember]) -> frozenset[int]:
    """The positions of the members created within :data:`COHORT_WINDOW` of a :data:`COHORT_SHARE` of the dated
    sample (and of :data:`MIN_BATCH` members at least)."""
    return _per_sample("cohorts", members, lambda sample: _cohorts_of(sample))


def _cohorts_of(members: Sequence[AudienceMember]) -> frozenset[int]:
    dated = sorted((member.created_at.timestamp(), i) for i, member in enumerate(members)
                   if member.created_at is not None)
    needed = max(MIN_BATCH, math.ceil(COHORT_SHARE * len(dated)))
    step = COHORT_WINDOW.total_seconds()
    found: set[int] = set()
    last = 0
    for first, (start, _) in enumerate(dated):
        last = max(last, first)
        while last < len(dated) and dated[last][0] < start + step:
            last += 1
        if last - first >= needed:
            found.update(i for _, i in dated[first:last])
    return frozenset(found)


def created_together(members: Sequence[AudienceMember]) -> frozenset[int]:
    """The positions of the members created together with others of the sample: in a batch within the hour
    (:func:`creation_batches`), or in a cohort: a :data:`COHORT_SHARE` of the dated sample within a week
    (:data:`COHORT_WINDOW`). A real audience joined the platform over years; a farm's accounts are made in days."""
    return _batched(members) | _cohorts(members)


def audience_composition(members: Sequence[AudienceMember]) -> dict[str, int]:
    """How many members carry each flag, plus ``batch_created`` and ``sample`` (the report's composition)."""
    counts = dict.fromkeys(FLAGS, 0)
    together = created_together(members)
    for index, member in enumerate(members):
        for flag in member_flags(member, created_together=index in together):
            counts[flag] += 1
    counts["batch_created"] = len(_batched(members))
    counts["sample"] = len(members)
    return counts


@signal(NAME, [
    Feature("mass_follower_share", "Share of the sampled followers that follow thousands of accounts, far more than "
            "follow them (mass followers)",
            "Part des abonnés de l'échantillon qui suivent des milliers de comptes, bien plus qu'ils n'ont d'abonnés "
            "(abonnés de masse)",
            towards="fake", family="audience"),
    Feature("empty_share", "Share of the sampled followers with no profile picture and no post",
            "Part des abonnés de l'échantillon sans photo de profil ni publication",
            towards="fake", family="audience"),
    Feature("batch_created_share", "Share of the sampled followers whose accounts were created in a batch, many "
            "within the same hour", "Part des abonnés de l'échantillon dont le compte a été créé en série, "
            "beaucoup dans la même heure",
            towards="fake", family="audience"),
])
def audience_quality(account: AnalysedAccount) -> SignalResult:
    """Share of mass followers, of empty accounts and of accounts created in batches in the audience sample.

    Each share is ``NaN`` below :data:`MIN_SAMPLE` members with its data; not measurable when all three are.
    """
    members = account.account.audience
    if not members:
        return not_measurable(NAME, "no audience sample (followers' public profiles)")
    batched_members = _batched(members)
    together = batched_members | _cohorts(members)
    flags = [member_flags(member, created_together=i in together) for i, member in enumerate(members)]
    counted = [i for i, member in enumerate(members) if member.following is not None and member.followers is not None]
    known = [i for i, member in enumerate(members) if member.has_avatar is not None and member.posts_count is not None]
    dated = [i for i, member in enumerate(members) if member.created_at is not None]
    if max(len(counted), len(known), len(dated)) < MIN_SAMPLE:
        return not_measurable(NAME, f"fewer than {MIN_SAMPLE} followers in the audience sample with their counters, "
                                    f"avatar and posts, or creation date")
    mass = [i for i in counted if "mass_follower" in flags[i]]
    empty = [i for i in known if "empty" in flags[i]]
    batched = sorted(batched_members)
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "mass_follower_share": len(mass) / len(counted) if len(counted) >= MIN_SAMPLE else math.nan,
            "empty_share": len(empty) / len(known) if len(known) >= MIN_SAMPLE else math.nan,
            "batch_created_share": len(batched) / len(dated) if len(dated) >= MIN_SAMPLE else math.nan,
        },
        evidence={
            "mass_follower_share": cited(audience_evidence, account, mass) if len(counted) >= MIN_SAMPLE else (),
            "empty_share": cited(audience_evidence, account, empty) if len(known) >= MIN_SAMPLE else (),
            "batch_created_share": cited(audience_evidence, account, batched) if len(dated) >= MIN_SAMPLE else (),
        },
    )
