"""Automatic direct messages.

"Ils envoient des DM automatiques à leurs nouveaux followers": a fake expert lets a tool greet
every new follower within minutes, with one template where only the first name changes
("Merci Julie pour le follow ! Découvrez ma formation : …"), and the message is a pitch. A
real professional writes to people one at a time, later, about something they said.

Two measures over the account's *sent* messages (whether new followers are greeted within minutes
is the separate signal :mod:`credscore.signals.welcome_dms`, which needs follow times):

- templates: a sent message is templated when another sent message is the same up to one word,
  once the links, mentions, numbers and punctuation are gone (the analysis already drops them
  from the words) and the words that spell the recipient's handle are masked. The one word
  left free is the first name the tool inserts when the handle does not spell it
  ("Merci Julie …" to ``@jmartin``). Candidates are found with a dict, not by comparing every
  pair: each message is filed under its word sequence and under each sequence with one word
  deleted, and two sequences share a key exactly when one word substituted, added, removed or
  moved turns one into the other. Only the first :data:`MAX_COMPARED_WORDS` words are compared.
  A message of fewer than :data:`MIN_TEMPLATE_WORDS` words is never a template.
- pitches: the share of sent DMs that carry a link, a term of the ``sales_pitch`` lexicon
  ("réservez un appel", "book a call", "link in bio") or a discount ("-50%").

Not measurable without any sent message.
"""

from __future__ import annotations

import re

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import strip_accents
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    message_evidence,
    not_measurable,
    share,
    signal,
)

NAME = "auto_dms"
# Below this many words (after masking) a repeated message is a formula anyone repeats ("merci à toi"), not a template.
MIN_TEMPLATE_WORDS = 4
# Two messages that agree (up to one word) on this many words are the same template; the cap keeps the key cost flat.
MAX_COMPARED_WORDS = 40
# A word this short inside a handle is chance ("le" in "leblogdemarc"), not the recipient's name.
MIN_NAME_CHARS = 3
# Discounts written with figures, which a list of words cannot hold: "-50%", "-30 %", "20% off".
DISCOUNT = re.compile(r"(?<![\w-])-\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s?off\b", re.IGNORECASE)


@signal(NAME, [
    Feature("template_share", "Share of sent direct messages that repeat another sent message up to a name",
            "Part des messages privés envoyés qui reprennent un autre message envoyé, au prénom près"),
    Feature("pitch_share", "Share of sent direct messages that carry a link, an offer or a call to buy",
            "Part des messages privés envoyés qui contiennent un lien, une offre ou un appel à l'achat"),
])
def auto_dms(account: AnalysedAccount) -> SignalResult:
    """Share of templated sent DMs, and of DMs that sell. Not measurable without any sent message."""
    messages = account.account.messages
    sent = [i for i, message in enumerate(messages) if message.direction == "sent"]
    if not sent:
        return not_measurable(NAME, "no sent direct message")

    templated = _templated(account, sent)
    pitches = [i for i in sent if account.messages[i].links or account.messages[i].terms("sales_pitch")
               or DISCOUNT.search(messages[i].text)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "template_share": share(len(templated), len(sent)),
            "pitch_share": share(len(pitches), len(sent)),
        },
        evidence={
            "template_share": cited(message_evidence, account, templated),
            "pitch_share": cited(message_evidence, account, pitches),
        },
    )


def normalise_handle(counterpart: str | None) -> str:
    """A handle as both exports write it: lower case, without the leading '@'."""
    return (counterpart or "").strip().lstrip("@").lower()


def _masked(words: tuple[str, ...], counterpart: str | None) -> tuple[str, ...]:
    """The words, without those that spell part of the recipient's user name."""
    user = strip_accents(normalise_handle(counterpart).split("@")[0])
    if not user:
        return words
    return tuple(word for word in words if len(word) < MIN_NAME_CHARS or strip_accents(word) not in user)


def _templated(account: AnalysedAccount, sent: list[int]) -> list[int]:
    """The sent messages that have a twin up to one word, in the order of the messages."""
    filed: dict[tuple[str, ...], list[int]] = {}
    for i in sent:
        words = _masked(account.messages[i].words, account.account.messages[i].counterpart)[:MAX_COMPARED_WORDS]
        keys = {words} if len(words) >= MIN_TEMPLATE_WORDS else set()
        if len(words) > MIN_TEMPLATE_WORDS:
            keys.update(words[:k] + words[k + 1:] for k in range(len(words)))
        for key in keys:
            filed.setdefault(key, []).append(i)
    templated = {i for members in filed.values() if len(members) > 1 for i in members}
    return sorted(templated)
