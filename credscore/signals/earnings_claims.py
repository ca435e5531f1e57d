"""Earnings claims: a feed that sells a dream of money instead of what the author knows.

"Ils vendent des formations" before they know anything, and what sells a training best is a promise: financial
freedom, passive income, "I quit my 9-5", "my students made +312 %", "my agency does $94k a month", "no experience
needed". The fake experts who are not about social media at all (crypto and trading "mentors", dropshipping and
AI-agency coaches, "liberté financière" and mindset coaches) talk of little else; the consumer-protection
authorities name these claims as the mark of a coaching or business-opportunity scheme. A founder who shares a
month's revenue, or a financial educator who warns against such promises, does it now and then, among posts
about the work itself.

A post makes a claim when one of its sentences, read after :func:`~credscore.nlp.normalise.normalise` (homoglyphs
and styled letters do not hide it), is not a warning (``[contexts.warnings]``: "passive income is a myth",
"méfiez-vous des promesses…"):

- holds a term of the ``earnings_claims`` lexicon (the dream itself: "financial freedom", "revenus passifs",
  "quit my 9-5", "a six-figure business");
- or an amount of money with a period (``[contexts.periods]``: "a month", "/mo", "par mois", "in 60 days") and a
  gain (``[contexts.gains]``: "made", "earn", "génère") in the first person (``[contexts.speakers]``: the author or
  their business, not what "you" may earn or a client's emails bring in), and is not about a cost
  (``[contexts.costs]``: "hosting costs $40 a month");
- or an amount or a percentage with the people whose results are sold (``[contexts.learners]``: "my students",
  "mes élèves"; not "clients", whose figures fill the case studies of real agencies and consultants).

Only the account's own posts count, not replies or comments (answering "how much did it cost?" with a figure is
conversation), nor reposts (others' words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import load_lexicons
from credscore.nlp.normalise import normalise
from credscore.nlp.quotes import without_quotes
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, cited, not_measurable, post_evidence, share, signal
from credscore.signals.readings import remembered

__all__ = ["earnings_claims", "makes_a_claim"]

NAME = "earnings_claims"
LEXICON = "earnings_claims"
# A sentence ends at a full stop, "!" or "?" (not a decimal point: "$4.5k/mo" is one amount) or a line break.
SENTENCE_END = re.compile(r"(?<!\d)[.!?]+|[.!?]+(?!\d)|\n+")
# An amount of money, as the claims write it: "$94k", "$4.5k", "10 000 €", "8k€", "3,200 dollars", "12k euros". A
# number is digits in groups of three after a separator, or plain digits, with decimals: matched atomically, so that a
# long run of digits and spaces ("1 1 1 1 …") costs linear time, not quadratic.
_NUMBER = r"(?>\d{1,3}(?:[\u00a0\u202f ,.']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = r"(?:\s?(?:k|m|mil+e|millions?)(?![a-z]))?"
AMOUNT = re.compile(rf"[$€£]\s?{_NUMBER}{_SCALE}|{_NUMBER}{_SCALE}\s?(?:[$€£]|(?:euros?|dollars?|usd|eur)(?![a-z]))")
PERCENT = re.compile(rf"{_NUMBER}\s?%")
# What every amount or percentage holds (a currency sign or word, "%"; a currency word right after a number or its
# scale, "12keuros"): a text without one, nor any clue word of the dream terms, holds no claim. Most posts, even with
# figures (dates, times, counts), are skipped at once.
MONEY = re.compile(r"[$€£%]|(?<![a-jl-z])(?:euros?|dollars?|usd|eur)(?![a-z])")
# What :data:`MONEY` finds, told by plain substring searches first: a sign, or a word it needs ("euros" holds "eur").
_MONEY_SIGNS = ("$", "€", "£", "%")
_MONEY_WORDS = ("eur", "dollar", "usd")
# A text's words as the dream terms write theirs (hyphens and apostrophes inside a word), for the clue words: one set
# look-up per word, where a pattern of every clue would try each of them at every position.
TOKEN = re.compile(r"[\w'-]+")


def _phrases(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words (not inside another word), longest first; a word ending with an apostrophe
    ("j'") is followed by the next word at once."""
    ordered = sorted(set(words), key=len, reverse=True)
    whole = "|".join(re.escape(word) for word in ordered if not word.endswith("'"))
    elided = "|".join(re.escape(word) for word in ordered if word.endswith("'"))
    return re.compile(rf"(?<![\w$€£])(?:(?:{whole})(?!\w){f'|{elided}' if elided else ''})")


@dataclass(frozen=True, slots=True)
class _Claims:
    """The patterns of the lexicon and its contexts, both languages together (posts mix them), apostrophes
    straight; and a word of each dream term, to skip the posts that hold none at once."""

    dreams: re.Pattern[str]
    gains: re.Pattern[str]
    periods: re.Pattern[str]
    learners: re.Pattern[str]
    speakers: re.Pattern[str]
    warnings: re.Pattern[str]
    costs: re.Pattern[str]
    clues: re.Pattern[str]
    """The longest word of each dream term, as a whole :data:`TOKEN`: a text holds a term only if it holds that word.
    One search for any of them, where a set of them had to wait for every token of the text to be listed."""


@cache
def _claims() -> _Claims:
    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]

    def context(name: str) -> re.Pattern[str]:
        return _phrases(lexicon.contexts[name].words())

    dreams = [term.lower().replace("\u2019", "'") for _, term in lexicon.terms()]
    clues = _whole_tokens(max(term.split(), key=len) for term in dreams)
    return _Claims(dreams=_phrases(dreams), gains=context("gains"), periods=context("periods"),
                   learners=context("learners"), speakers=context("speakers"), warnings=context("warnings"),
                   costs=context("costs"), clues=clues)


def _whole_tokens(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` found as a whole :data:`TOKEN` of a text (not inside a longer run of word characters,
    hyphens and apostrophes). A word that is no token (it holds other characters) is never one: left out."""
    tokens = sorted({word for word in words if TOKEN.fullmatch(word)}, key=len, reverse=True)
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(re.escape(word) for word in tokens) or '(?!)'})(?![\w'-])")


def _holds_money(lowered: str) -> bool:
    """Whether :data:`MONEY` finds something in ``lowered``: the pattern is tried only on a text that holds a word it
    needs and no sign (most texts hold neither)."""
    if any(sign in lowered for sign in _MONEY_SIGNS):
        return True
    return any(word in lowered for word in _MONEY_WORDS) and MONEY.search(lowered) is not None


def _sentence_claims(sentence: str, claims: _Claims, *, dreams: bool = True, money: bool = True) -> bool:
    """Whether ``sentence`` (normalised, lower case) makes a claim; ``dreams=False`` when the text holds no dream term
    (none of them can match: their pattern is not tried), ``money=False`` when it holds nothing :data:`MONEY` finds
    (no amount or percentage can match: theirs are not tried)."""
    if dreams and claims.dreams.search(sentence):
        return not claims.warnings.search(sentence)
    if not money:
        return False
    amount = AMOUNT.search(sentence)
    if amount and claims.gains.search(sentence) and claims.periods.search(sentence) \
            and claims.speakers.search(sentence) and not claims.costs.search(sentence):
        return not claims.warnings.search(sentence)
    return bool((amount or PERCENT.search(sentence)) and claims.learners.search(sentence)
                and not claims.warnings.search(sentence))


@remembered
def makes_a_claim(text: str) -> bool:
    """Whether one sentence of ``text`` claims earnings or results (see the module docstring)."""
    claims = _claims()
    # What the post quotes is someone else's claim (a pitch reported to warn, a rule explained).
    lowered = normalise(without_quotes(text)).lower().replace("\u2019", "'")
    # A term or an amount found in a sentence is found in the whole text too (a sentence ends at characters that
    # are neither letters nor currency signs, which the patterns' edges accept): what the whole text lacks, no
    # sentence is searched for.
    dreams = claims.clues.search(lowered) is not None and claims.dreams.search(lowered) is not None
    money = _holds_money(lowered)
    if not dreams and not money:  # most posts: no money, no dream
        return False
    return any(_sentence_claims(sentence, claims, dreams=dreams, money=money)
               for sentence in SENTENCE_END.split(lowered))


@signal(NAME, [
    Feature("claim_share", "Share of the account's own posts that sell a dream of money: earnings per month, "
            "students' results, financial freedom, no experience needed",
            "Part des publications du compte qui vendent un rêve d'argent : gains par mois, résultats d'élèves, "
            "liberté financière, sans expérience",
            towards="fake", family="hollow_talk"),
])
def earnings_claims(account: AnalysedAccount) -> SignalResult:
    """The share of the account's own posts (not replies, comments or reposts) that claim earnings or results.

    Not measurable without a post of its own: replies alone say nothing of what a feed sells.
    """
    posts = [i for i, post in enumerate(account.account.posts) if post.kind == "post"]
    if not posts:
        return not_measurable(NAME, "no post of the account's own (replies and reposts are not counted)")
    claiming = [i for i in posts if makes_a_claim(account.account.posts[i].text)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"claim_share": share(len(claiming), len(posts))},
        evidence={"claim_share": cited(post_evidence, account, claiming)},
    )

