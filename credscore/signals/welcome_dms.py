"""Welcome DMs to new followers.

"Ils envoient des DM automatiques à leurs nouveaux followers": a tool greets each new follower within seconds
or minutes of the follow, and the tools that pass for a person (a message written afresh for each follower,
sent after a random delay) within the hour or two; a person who writes to a new follower does it for some of
them, not for nearly everyone. The measure is the share of new followers (inbound follows with a time and a
counterpart) who got a sent DM on the same platform within :data:`WELCOME_WINDOW` after following: the share,
not the wording, tells the habit, so a personalised message counts as well. Handles are compared without case
and without the leading '@'; a DM sent before the follow is no welcome, and neither is an answer: when the
follower wrote first ("do you have it in size M?") and got a quick reply, the account talked with a customer,
it did not greet a follower.

It needs follow times: X's follower lists have none, and LinkedIn's connections carry the day only
(stamped at midnight, see :data:`DATE_ONLY`). Without a single follow that can be timed, the signal
is *not measurable* rather than 0 %, which would read as "greets nobody".
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, time, timedelta

from credscore.nlp.analysis import AnalysedAccount
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    message_evidence,
    not_measurable,
    share,
    signal,
)
from credscore.signals.canned import normalise_handle

NAME = "welcome_dms"
# A tool greets a new follower within seconds or minutes; one that imitates a person waits a random while, up to an
# hour or two. Three hours covers both; what tells a habit from a person's occasional note is that nearly every
# new follower gets one (the share).
WELCOME_WINDOW = timedelta(hours=3)
# Exports that know only the day of a follow (LinkedIn connections) stamp it at midnight: such a
# follow cannot be related to a DM within hours. A real follow at 00:00:00.000 exactly is rare.
DATE_ONLY = time(0, 0)


@signal(NAME, [
    Feature("welcome_share", "Share of new followers who received a direct message within hours of following",
            "Part des nouveaux abonnés qui ont reçu un message privé dans les heures suivant leur abonnement",
            towards="fake", family="broadcasting"),
])
def welcome_dms(account: AnalysedAccount) -> SignalResult:
    """Share of new followers greeted by a DM within hours.

    Not measurable without sent DMs, or without any inbound follow that has a counterpart and a time of day.
    """
    messages = account.account.messages
    sent = [i for i, message in enumerate(messages) if message.direction == "sent"]
    if not sent:
        return not_measurable(NAME, "no sent direct message")
    followers = [(follow.created_at, follow) for follow in account.account.follows
                 if follow.direction == "in" and follow.created_at is not None and normalise_handle(follow.counterpart)
                 and follow.created_at.timetz().replace(tzinfo=None) != DATE_ONLY]
    if not followers:
        if not any(follow.direction == "in" for follow in account.account.follows):
            # Only accounts it followed (or no follow at all): nothing to say of the export's times.
            return not_measurable(NAME, "no new follower recorded (the history holds no follow of the account by "
                                        "others)")
        return not_measurable(NAME, "no new follower with a known time (the export records follows without "
                                    "their time)")
    dms_by_recipient: dict[tuple[str, str], list[tuple[datetime, int]]] = {}
    for i in sent:
        handle = normalise_handle(messages[i].counterpart)
        if handle:
            dms_by_recipient.setdefault((messages[i].platform, handle), []).append((messages[i].created_at, i))
    for dms in dms_by_recipient.values():
        dms.sort()
    # When each person first wrote to the account: a DM after that answers them, it greets nobody.
    first_received: dict[tuple[str, str], datetime] = {}
    for message in messages:
        handle = normalise_handle(message.counterpart)
        if message.direction == "received" and handle:
            key = (message.platform, handle)
            first_received[key] = min(message.created_at, first_received.get(key, message.created_at))
    welcomes = []
    for followed_at, follow in followers:
        key = (follow.platform, normalise_handle(follow.counterpart))
        dms = dms_by_recipient.get(key, [])
        first = bisect_left(dms, followed_at, key=lambda dm: dm[0])
        if first < len(dms) and dms[first][0] - followed_at <= WELCOME_WINDOW \
                and not (key in first_received and first_received[key] <= dms[first][0]):
            welcomes.append(dms[first][1])
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"welcome_share": share(len(welcomes), len(followers))},
        evidence={"welcome_share": cited(message_evidence, account, welcomes)},
    )
