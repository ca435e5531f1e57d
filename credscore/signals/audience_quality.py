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
- ``empty_share``: share of the members whose avatar and post count are known that have no avatar
  and no post.
- ``batch_created_share``: share of the members with a creation time that were created in a batch:
  more accounts created within :data:`BATCH_WINDOW` than the creations around them make likely
  (:func:`creation_batches`, see :mod:`credscore.signals.bursts`). Sources that give only the day of
  creation (stamped at midnight) are read a day at a time.

Each share is ``NaN`` when fewer than :data:`MIN_SAMPLE` members carry what it needs; the signal is
not measurable without an audience sample, or when no share can be measured: most sources give no
audience, and that must count neither way. Members on another platform than the account's profiles
still count (an importer may give a sample per platform). The order of the sample changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import time, timedelta

from credscore.account import AudienceMember
from credscore.nlp.analysis import AnalysedAccount
from credscore.signals.base import Feature, SignalResult, audience_evidence, cited, not_measurable, signal
from credscore.signals.bursts import TimeBurst, time_bursts

__all__ = ["FLAGS", "audience_composition", "audience_quality", "creation_batches", "member_flags"]

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
# Sources that know only the day of an account's creation stamp it at midnight.
DATE_ONLY = time(0, 0)

FLAGS = ("mass_follower", "empty", "no_avatar", "no_posts")
"""What :func:`member_flags` can say about a member."""


def member_flags(member: AudienceMember) -> frozenset[str]:
    """What marks a follower as a likely bought or idle account, from what its profile shows.

    ``mass_follower`` (following at least :data:`MASS_FOLLOWING` and more than :data:`MASS_RATIO` times its
    followers), ``no_avatar``, ``no_posts``, and ``empty`` (both). A mark whose data are absent is not given.
    """
    flags = set()
    if member.following is not None and member.followers is not None \
            and member.following >= MASS_FOLLOWING and member.following > MASS_RATIO * member.followers:
        flags.add("mass_follower")
    if member.has_avatar is False:
        flags.add("no_avatar")
    if member.posts_count == 0:
        flags.add("no_posts")
    if {"no_avatar", "no_posts"} <= flags:
        flags.add("empty")
    return frozenset(flags)


def _day_only(member: AudienceMember) -> bool:
    return member.created_at is not None and member.created_at.timetz().replace(tzinfo=None) == DATE_ONLY


def creation_batches(members: Sequence[AudienceMember]) -> list[TimeBurst]:
    """The batches of accounts created together in an audience sample; ``members`` are positions in ``members``.

    Read an hour at a time, or a day at a time when most creation times are date-only (midnight).
    """
    dated = [i for i, member in enumerate(members) if member.created_at is not None]
    if not dated:
        return []
    day_only = sum(1 for i in dated if _day_only(members[i])) * 2 > len(dated)
    times = [members[i].created_at for i in dated]
    bursts = time_bursts([when for when in times if when is not None], window=DAY_WINDOW if day_only else BATCH_WINDOW,
                         baseline=BATCH_BASELINE, min_count=MIN_BATCH)
    return [TimeBurst(burst.start, burst.end, tuple(dated[k] for k in burst.members), burst.expected,
                      burst.probability) for burst in bursts]


def audience_composition(members: Sequence[AudienceMember]) -> dict[str, int]:
    """How many members carry each flag, plus ``batch_created`` and ``sample`` (the report's composition)."""
    counts = dict.fromkeys(FLAGS, 0)
    for member in members:
        for flag in member_flags(member):
            counts[flag] += 1
    counts["batch_created"] = sum(len(burst.members) for burst in creation_batches(members))
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
    flags = [member_flags(member) for member in members]
    counted = [i for i, member in enumerate(members) if member.following is not None and member.followers is not None]
    known = [i for i, member in enumerate(members) if member.has_avatar is not None and member.posts_count is not None]
    dated = [i for i, member in enumerate(members) if member.created_at is not None]
    if max(len(counted), len(known), len(dated)) < MIN_SAMPLE:
        return not_measurable(NAME, f"fewer than {MIN_SAMPLE} followers in the audience sample with their counters, "
                                    f"avatar and posts, or creation date")
    mass = [i for i in counted if "mass_follower" in flags[i]]
    empty = [i for i in known if "empty" in flags[i]]
    batched = sorted({i for burst in creation_batches(members) for i in burst.members})
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
