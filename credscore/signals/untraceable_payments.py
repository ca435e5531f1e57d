"""Untraceable payments: direct messages that ask people to pay in crypto-currency, gift cards or cash transfers.

A fake expert's fraud is paid the way no bank can stop or take back: the "recovery investigator" who asks each victim
of a crypto theft for a retainer "in USDT", then a "release fee"; the "mentor" paid to a wallet address; the fake
grant, loan or job whose fees are paid with Transcash or PCS coupons, Google Play or Steam cards, or through Western
Union. Consumer-protection agencies say it plainly: anyone who asks to be paid with a gift card is a scammer, and a
stranger asking for crypto or a cash transfer up front is one of the surest signs of fraud. A freelancer or a shop
is paid by bank transfer, card, payment link or invoice, which this signal never counts.

A sentence of a message the account *sent* asks for such a payment when, read after
:func:`~credscore.nlp.normalise.normalise`, lower case, accents aside:

- it names a means of ``[contexts.means]`` ("USDT", "bitcoin", "wallet address", "coupon PCS", "Steam card",
  "Western Union"), or a gift card of no brand (``[contexts.gift_cards]``) in a message that names a brand of
  ``[contexts.card_brands]`` or the card's codes (``[contexts.card_codes]``): "achète 3 cartes cadeaux et envoie-moi
  les codes", "Apple or Google Play gift cards", where "vous pouvez acheter une carte cadeau sur notre site" is a shop
  selling its own;
- it, or the sentence before or after it, asks the reader to pay: a word of ``[contexts.asks]`` ("envoie", "payez",
  "send", "buy") that no word of ``[contexts.speakers]`` ("je", "on", "I", "we") comes right before
  (:data:`SPEAKER_WORDS` words: "je paie mes freelances en USDT", "I bought some bitcoin" is the account's own
  business), or a word of ``[contexts.dues]`` ("frais", "retainer", "fee") in a sentence with a figure (an amount:
  "the fees on ETH are high" asks nothing);
- and it does not warn: no clause that names the means or asks is denied by a word of ``[contexts.refusals]`` ("ne
  paie jamais en carte cadeau", "we never ask for payment in crypto"), and the sentence holds no word of
  ``[contexts.warnings]`` ("arnaque", "scam", "beware").

The feature is the number of distinct people (counterparts) asked, as for
:mod:`~credscore.signals.credential_requests`. Not measurable without a sent message. The corpus the model is trained
on holds no such account, so the model gives the feature no weight: the rule ``asks-for-untraceable-payment`` acts on
it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import fold, load_lexicons, whole_words
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, signal
from credscore.signals.dm_asks import CLAUSE_END, match_without, people_asked, sentences
from credscore.signals.readings import remembered

__all__ = ["asks_for_untraceable_payment", "untraceable_payments"]

NAME = "untraceable_payments"
LEXICON = "untraceable_payments"
# "je paie", "I'll send", "on a acheté": the speaker sits right before the verb, a word away at most ("je te paie").
SPEAKER_WORDS = 2

_FIGURE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicon's contexts as patterns on folded text."""

    means: re.Pattern[str]
    means_or_cards: re.Pattern[str]
    """The means, gift cards of no brand included: for a message that names a card's brand or codes."""
    card_context: re.Pattern[str]
    ask: re.Pattern[str]
    due: re.Pattern[str]
    refusal: re.Pattern[str]
    warning: re.Pattern[str]
    speakers: frozenset[str]


@cache
def _words() -> _Words:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts
    means = contexts["means"].words()
    return _Words(
        means=whole_words(means),
        means_or_cards=whole_words(means + contexts["gift_cards"].words()),
        card_context=whole_words(contexts["card_brands"].words() + contexts["card_codes"].words()),
        ask=whole_words(contexts["asks"].words()),
        due=whole_words(contexts["dues"].words()),
        refusal=whole_words(contexts["refusals"].words()),
        warning=whole_words(contexts["warnings"].words()),
        speakers=frozenset(fold(word) for word in contexts["speakers"].words()),
    )


def _asks(clause: str, words: _Words, priced: bool) -> bool:
    """Whether the clause asks the reader to pay: an ask that the account's own "je"/"I" does not come right before,
    or, in a sentence with a figure (``priced``), what is due."""
    if priced and words.due.search(clause):
        return True
    return match_without(words.ask, clause, words.speakers, SPEAKER_WORDS)


def _reading(sentence: str, words: _Words, means_named: re.Pattern[str]) -> tuple[bool, bool, bool]:
    """(names an untraceable means of ``means_named``, asks to pay, warns) for one sentence."""
    if words.warning.search(sentence):
        return False, False, True
    means = asks = False
    priced = _FIGURE.search(sentence) is not None
    for clause in CLAUSE_END.split(sentence):
        named = means_named.search(clause) is not None
        asked = _asks(clause, words, priced)
        if words.refusal.search(clause) and (named or asked):  # "ne paie jamais en carte cadeau": it warns
            return False, False, True
        means, asks = means or named, asks or asked
    return means, asks, False


def asks_for_untraceable_payment(text: str) -> bool:
    """Whether a message asks its reader to pay in crypto, gift cards, vouchers or a cash transfer (see the module
    docstring)."""
    return asking_sentence(text) is not None


@remembered
def asking_sentence(text: str) -> int | None:
    """The first sentence of a message (counted as :func:`~credscore.signals.dm_asks.sentences` splits it) of the ask
    for such a payment, or None when it asks for none."""
    words = _words()
    folded = fold(text)
    # A gift card of no brand is a shop's own, unless the message names a brand or the card's codes.
    means_named = words.means_or_cards if words.card_context.search(folded) else words.means
    if not means_named.search(folded):  # most messages name no such means: nothing more to read
        return None
    readings = [_reading(sentence, words, means_named) for sentence in sentences(text)]
    # A sentence that names the means and asks, first: it shows the whole ask.
    for i, (means, asks, _) in enumerate(readings):
        if means and asks:
            return i
    for i, (means, _, _) in enumerate(readings):
        if not means:
            continue
        # The ask may come in the sentence before or after the means ("Le retainer est de 450 $. En USDT.").
        if i > 0 and readings[i - 1][1] and not readings[i - 1][2]:
            return i - 1
        if i + 1 < len(readings) and readings[i + 1][1] and not readings[i + 1][2]:
            return i
    return None


@signal(NAME, [
    Feature("people_asked", "People the account asked by direct message to pay in crypto-currency, gift cards, "
            "prepaid vouchers or a cash transfer", "Personnes à qui le compte a demandé en message privé de payer "
            "en cryptomonnaie, en cartes cadeaux, en coupons prépayés ou par transfert d'espèces",
            towards="fake", family="broadcasting"),
])
def untraceable_payments(account: AnalysedAccount) -> SignalResult:
    """The number of distinct people the account's sent messages ask to pay by a means no bank can take back.

    Not measurable without a sent message.
    """
    return people_asked(NAME, "people_asked", account, asking_sentence)
