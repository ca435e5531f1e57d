"""Automatic direct messages.

"Ils envoient des DM automatiques à leurs nouveaux followers": a fake expert lets a tool greet
every new follower within minutes, with one template where only the first name changes
("Merci Julie pour le follow ! Découvrez ma formation : …"), and the message is a pitch. A
real professional writes to people one at a time, later, about something they said.

Two measures over the account's *sent* messages (whether new followers are greeted within hours
is the separate signal :mod:`credscore.signals.welcome_dms`, which needs follow times):

- templates: a sent message is templated when another sent message is the same template: the
  same words, or nearly, once the links, mentions, numbers, emoji and punctuation are gone (the
  analysis already drops them from the words) and the words that spell the recipient's handle are
  masked. "Nearly" leaves room for what a tool varies per recipient: the first name when the handle
  does not spell it ("Merci Julie …" to ``@jmartin``), a rotated greeting ("Hi"/"Hello"/"Hey") and
  spun words ("{Merci|Thanks} for following"); see :mod:`credscore.signals.canned`. A message of
  fewer than :data:`MIN_TEMPLATE_WORDS` words is never a template.
- pitches: the share of sent DMs that carry a link elsewhere, a term of the ``sales_pitch`` lexicon
  ("réservez un appel", "book a call", "link in bio") or a discount ("-50%"). A link to a page of the
  platform the DM is sent on (a reel shared in an Instagram chat) passes content along and is no pitch:
  ordinary people share posts by DM all day.

Not measurable without any sent message.
"""

from __future__ import annotations

import re

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
from credscore.signals.canned import masked, normalise_handle, repeated
from credscore.signals.link_only import on_platform

__all__ = ["auto_dms", "normalise_handle"]

NAME = "auto_dms"
# Below this many words (after masking) a repeated message is a formula anyone repeats ("merci à toi"), not a template.
MIN_TEMPLATE_WORDS = 4
# Discounts written with figures, which a list of words cannot hold: "-50%", "-30 %", "20% off".
DISCOUNT = re.compile(r"(?<![\w-])-\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s?off\b", re.IGNORECASE)


@signal(NAME, [
    Feature("template_share", "Share of sent direct messages that repeat another sent message up to a name, a "
            "greeting or a reworded word", "Part des messages privés envoyés qui reprennent un autre message envoyé, "
            "au prénom, à la formule d'accueil ou à un mot reformulé près",
            towards="fake", family="broadcasting"),
    Feature("pitch_share", "Share of sent direct messages that carry a link elsewhere, an offer or a call to buy",
            "Part des messages privés envoyés qui contiennent un lien vers l'extérieur, une offre ou un appel "
            "à l'achat",
            towards="fake", family="broadcasting"),
])
def auto_dms(account: AnalysedAccount) -> SignalResult:
    """Share of templated sent DMs, and of DMs that sell. Not measurable without any sent message."""
    messages = account.account.messages
    sent = [i for i, message in enumerate(messages) if message.direction == "sent"]
    if not sent:
        return not_measurable(NAME, "no sent direct message")

    templated = _templated(account, sent)
    pitches = [i for i in sent
               if any(not on_platform(link, messages[i].platform) for link in account.messages[i].links)
               or account.messages[i].terms("sales_pitch") or DISCOUNT.search(messages[i].text)]
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


def _templated(account: AnalysedAccount, sent: list[int]) -> list[int]:
    """The sent messages that have a twin among the other sent messages, in the order of the messages."""
    words = [masked(account.messages[i].words, [account.account.messages[i].counterpart]) for i in sent]
    words = [said if len(said) >= MIN_TEMPLATE_WORDS else () for said in words]
    return [sent[k] for k in sorted(repeated(words, near_from=MIN_TEMPLATE_WORDS))]
