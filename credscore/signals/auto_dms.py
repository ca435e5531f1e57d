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
  ("réservez un appel", "book a call", "link in bio"), a discount ("-50%") or a price offered (below). A link to
  a page of the platform the DM is sent on (a reel shared in an Instagram chat) passes content along and is no
  pitch: ordinary people share posts by DM all day.

A price offered: the funnel's DM names the price with no link ("Mon programme Mindset 90 jours est à 497 € au lieu
de 997 €, il me reste 3 places, je te la réserve ?"). A DM offers a price when one of its sentences holds an amount
of money (:data:`AMOUNT`: "497 €", "€497", "$1,997", "1 997 euros", "49.99 USD", "3x 166 €") or an instalment plan
(:data:`INSTALMENTS`: "en 3 fois sans frais", "payable in 3 instalments"), and the sender offers it: an instalment
plan, or, in that sentence or one beside it (the question after a price: "497 €. Je te la réserve ?"), something sold or
offered in the first person (``[contexts.offers]`` of the lexicon: "coaching", "ce programme", "je te propose", "my
day rate"), a call to reserve, buy, book or start (``[contexts.calls]``), seats counted as running out ("il me reste 3
places", ``[contexts.seats]`` and ``[contexts.scarcity]``), or a price sold right before the amount
(``[contexts.anchors]``: "au lieu de 997 €", "for only $49", "dès 29 €"; ``[contexts.leads]``, only opening the
sentence: "Only €497 for 12 weeks", not "I fear only 5,000 euros won't cover the move"). Where the line is:

- plain speech about money is no offer: a sentence about money spent, owed or moved between people
  (``[contexts.plain]``: "the concert was 45 € each, I paid yours", "can you pay me back the 20 €?", "j'ai acheté
  le programme à 497 €") offers nothing whatever else it holds, and a price with none of the marks above ("rent is
  900 € now") is not read as offered;
- a price asked for is no pitch: a DM that says it answers ("as discussed", "voici le devis", ``[contexts.answers]``)
  or that answers a message the same counterpart sent within :data:`ANSWER_WINDOW` before (a freelancer's "my day
  rate is 450 €" after a client's "what is your rate?") is an answer, not an unsolicited pitch; unless the account
  had already pitched that counterpart before they wrote (the funnel's "reply YES" then the price);
- what a friend says of a price once ("tickets are only 15 €", "il me reste 2 places dans la voiture, 10 € l'essence")
  may read as an offer: one message moves a share of many little, and what the share measures is a habit.

Only the price reading looks at the exchange: a link, a lexicon term or a discount is a pitch as before, asked for
or not.

Not measurable without any sent message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from credscore.account import Message
from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import fold, load_lexicons
from credscore.nlp.normalise import normalise
from credscore.resources import data_dir
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
from credscore.signals.readings import remembered

__all__ = ["auto_dms", "normalise_handle", "offers_a_price"]

NAME = "auto_dms"
# Below this many words (after masking) a repeated message is a formula anyone repeats ("merci à toi"), not a template.
MIN_TEMPLATE_WORDS = 4
# Discounts written with figures, which a list of words cannot hold: "-50%", "-30 %", "20% off".
DISCOUNT = re.compile(r"(?<![\w-])-\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s?off\b", re.IGNORECASE)
LEXICON = "sales_pitch"
# A number as prices are written: digits grouped by threes after a space, a comma, a dot or an apostrophe ("1 997",
# "1,997", "1.997", "1'997"), or plain digits, with cents ("49.99", "49,99"); atomic, so a long run of digits and
# spaces costs linear time.
_NUMBER = r"(?>\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
# Currency signs before or after the number, or a currency's name or code after it ("€497", "97 $", "49.99 usd",
# "1 997 euros"); "k" for thousands ("2k€"). Pounds of weight and "balles" (slang) are not read.
_SIGN = r"(?:[$€£¥]|us\$|ca\$|chf)"
_CODE = r"(?:euros?|eur|dollars?|usd|cad|chf|gbp)"
AMOUNT = re.compile(rf"(?<![\w$€£¥]){_SIGN}\s?{_NUMBER}(?:k(?![a-z]))?"
                    rf"|(?<![\w.,]){_NUMBER}(?:\s?k)?\s?(?:{_SIGN}|{_CODE}(?![a-z]))")
# A plan of payments, the seller's terms: "en 3 fois (sans frais)", "payable en 3 fois", "3x 166 €", "in 3 monthly
# instalments", "3 mensualités de 166 €", "3 monthly payments of $166"; read on the folded text (accents dropped).
INSTALMENTS = re.compile(
    rf"(?<!\w)(?:en|in)\s+\d{{1,2}}\s+fois\s+sans\s+frais"
    rf"|(?<!\w)(?:payable|reglable|paiement|payment)\s+(?:en|in)\s+\d{{1,2}}\s+(?:fois|x|instal+ments|"
    rf"(?:monthly\s+)?payments|mensualites|versements)(?!\w)"
    rf"|(?<!\w)\d{{1,2}}\s?[x×]\s?(?={_SIGN}|{_NUMBER}\s?(?:{_SIGN}|{_CODE}))"
    rf"|(?<!\w)(?:in\s+)?\d{{1,2}}\s+(?:monthly\s+)?(?:instal+ments|payments|mensualites|versements)"
    rf"\s+(?:de|of)(?!\w)")
# Where a DM's sentence ends: a full stop, "!" or "?" (not a decimal point: "49.99 €" is one amount) or a line break.
SENTENCE_END = re.compile(r"(?<!\d)[.!?…]+|[.!?…]+(?!\d)|\n+")
# A counted seat: "3 places", "2 spots" (which words say they run out is in the lexicon).
_COUNTED = r"(?<!\w)\d{1,3}\s+"
# A price a client asked for gets its answer within days; a fortnight leaves room for a busy freelancer, while a
# price sent weeks after the counterpart last wrote is a new approach.
ANSWER_WINDOW = timedelta(days=14)
# Every amount, instalment plan and context word holds one of these: a DM without any skips the price reading.
_MONEY_CLUE = re.compile(r"[$€£¥]|\d\s*(?:eur|usd|dollar|cad|chf|gbp|fois|x|instal|payment|mensualit|versement)"
                         r"|instal+ments|mensualit|sans frais")


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
    pitched = {i for i in sent
               if any(not on_platform(link, messages[i].platform) for link in account.messages[i].links)
               or account.messages[i].terms(LEXICON) or DISCOUNT.search(messages[i].text)}
    pitches = sorted(pitched | _unasked_prices(messages, sent, pitched))
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


@dataclass(frozen=True, slots=True)
class _PriceWords:
    """The lexicon's contexts as patterns, French and English together (DMs mix them), accents and apostrophes
    folded as in the text read."""

    offers: re.Pattern[str]
    calls: re.Pattern[str]
    anchored: re.Pattern[str]
    """An anchor word right before an amount ("au lieu de 997 €", "for only $49"), or a lead word that opens the
    sentence or a clause after a colon, a dash or a bracket right before it ("Only €497", ": seulement 47 €")."""
    seats: re.Pattern[str]
    """A counted seat ("3 places")."""
    scarcity: re.Pattern[str]
    plain: re.Pattern[str]
    answers: re.Pattern[str]


def _any_of(words: Iterable[str]) -> str:
    """Any of ``words`` (folded) as whole words, longest first; a word ending with an apostrophe runs into the next."""
    ordered = sorted({fold(word) for word in words}, key=len, reverse=True)
    return "|".join(re.escape(word) + ("" if word.endswith("'") else r"(?!\w)") for word in ordered)


@cache
def _price_words() -> _PriceWords:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts

    def words(name: str) -> str:
        return _any_of(contexts[name].words())

    def whole(name: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w'])(?:{words(name)})")

    return _PriceWords(offers=whole("offers"), calls=whole("calls"),
                       anchored=re.compile(rf"(?:(?<![\w'])(?:{words('anchors')})|(?:^|[:(\-–—])\W*(?:{words('leads')}))"
                                           rf"\W{{0,3}}(?:{AMOUNT.pattern})"),
                       seats=re.compile(rf"{_COUNTED}(?:{words('seats')})"), scarcity=whole("scarcity"),
                       plain=whole("plain"), answers=whole("answers"))


@remembered
def offers_a_price(text: str) -> bool:
    """Whether a DM offers a price: an amount or an instalment plan that its sender offers, and it does not say it
    answers a request (see the module docstring). Whether it answers a message received is the caller's to see."""
    folded = fold(normalise(text))
    if not _MONEY_CLUE.search(folded):  # most DMs: no money named
        return False
    words = _price_words()
    if words.answers.search(folded):
        return False
    sentences = [sentence for sentence in SENTENCE_END.split(folded) if sentence.strip()]
    return any(_offered(sentences, k, words) for k in range(len(sentences)))


def _offered(sentences: Sequence[str], k: int, words: _PriceWords) -> bool:
    """Whether sentence ``k`` names a price that its sender offers (what is offered may come in the sentence
    before: "Je propose de diffuser votre contenu. Tarif : 79 €"; the call in the one after: "497 €. Je te la
    réserve ?")."""
    sentence = sentences[k]
    instalments = INSTALMENTS.search(sentence) is not None
    if not instalments and not AMOUNT.search(sentence):
        return False
    if words.plain.search(sentence):
        return False
    if instalments or words.anchored.search(sentence):
        return True
    around = " ".join(sentences[max(k - 1, 0):k + 2])
    return bool(words.offers.search(around) or words.calls.search(around)
                or (words.seats.search(around) and words.scarcity.search(around)))


def _unasked_prices(messages: Sequence[Message], sent: Sequence[int], pitched: set[int]) -> set[int]:
    """The sent DMs that offer a price nobody asked for: not an answer to a message the same counterpart sent within
    :data:`ANSWER_WINDOW` before, unless the account had pitched that counterpart before they wrote."""
    offering = [i for i in sent if i not in pitched and offers_a_price(messages[i].text)]
    if not offering:
        return set()
    received: dict[str, list[datetime]] = {}
    first_pitch: dict[str, datetime] = {}
    for i, message in enumerate(messages):
        who = normalise_handle(message.counterpart)
        if who and message.direction == "received":
            received.setdefault(who, []).append(message.created_at)
        elif who and i in pitched:
            first_pitch[who] = min(first_pitch.get(who, message.created_at), message.created_at)
    unasked = set()
    # In time order, so that a price pushed earlier counts as a pitch to that person (a price given as an answer
    # does not: a client who asks again for a quote is answered again).
    for i in sorted(offering, key=lambda i: (messages[i].created_at, i)):
        at, who = messages[i].created_at, normalise_handle(messages[i].counterpart)
        asked = [when for when in received.get(who, ()) if at - ANSWER_WINDOW <= when <= at] if who else []
        # Answered a message, and had not pitched this person before the first of those they sent in the window.
        if asked and not (who in first_pitch and first_pitch[who] < min(asked)):
            continue
        unasked.add(i)
        if who:
            first_pitch[who] = min(first_pitch.get(who, at), at)
    return unasked
