"""Recruitment schemes: the account pitches a scheme the reader pays to join and profits from by recruiting.

The "business opportunity", the "investment circle", the "mastermind" whose members must bring in members: the
money that comes back to a member is the entry fees of the people they recruit, and the people at the bottom lose
what they paid. French law forbids it (Code de la consommation, article L121-15), the FTC calls it a pyramid scheme,
and the fake experts who run one never name it so: "c'est un club d'entraide", "chaque membre que tu fais entrer te
rapporte 40 %", "pour débloquer tes gains, tu invites 2 personnes". An employer's referral bonus, a fixed bonus per
referred customer or franchisee, a club's member-gets-member discount are honest programmes, and this signal never
counts them.

A text (a message the account sent, or a post of its own) pitches such a scheme when, read after
:func:`~credscore.nlp.normalise.normalise`, lower case, accents aside:

- one of its sentences asks the reader to pay to join: an amount of money and a word of ``[contexts.entries]``
  ("2 497 € l'entrée", "500 € minimum", "the starter kit is $299");
- one of its sentences ties the reader's gains to the people they bring in: a word of ``[contexts.recruits]``
  ("fais entrer", "parrainer", "recruit") with a percentage (a share of each recruit's fee: "te rapporte 40 %"), a
  word of ``[contexts.conditions]`` (recruiting as the condition of a gain, a withdrawal or a rank: "pour débloquer
  tes gains", "pour rester actif") or of ``[contexts.levels]`` (gains from the recruits' own recruits: "à leur
  tour", "downline"), offered to the reader (a word of ``[contexts.readers]``: "tu", "you", or a rule they must
  follow, "il faut"; a member telling what she herself earns on the people she brought in pitches nothing), and no
  word of ``[contexts.discounts]`` (a club's "20 % de réduction pour vous deux");
- and it does not warn: no word of ``[contexts.warnings]`` ("arnaque", "pyramid", "beware") anywhere in the text,
  unless a negation of ``[contexts.negations]`` comes up to :data:`NEGATION_WORDS` words before it ("ce n'est pas
  une pyramide" is the pitch denying what it is).

The feature is the number of places the account made the pitch: the distinct people (counterparts) it sent it to,
plus its own posts that make it. Not measurable without a sent message or a post of its own. The corpus the model
is trained on holds no such account, so the model gives the feature no weight: the firm rule
``pitches-a-recruitment-scheme`` acts on it (two pitches at least: ``likely_fake``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import fold, load_lexicons, whole_words
from credscore.nlp.normalise import normalise
from credscore.resources import data_dir
from credscore.signals.auto_dms import AMOUNT
from credscore.signals.base import (
    EVIDENCE_PER_FEATURE,
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    signal,
)
from credscore.signals.dm_asks import asked, match_without, split_sentences
from credscore.signals.readings import remembered

__all__ = ["pitches_a_scheme", "pitching_sentence", "recruitment_schemes"]

NAME = "recruitment_schemes"
LEXICON = "recruitment_schemes"
# "ce n'est pas une pyramide", "this is not a scam": the negation sits a few words before the warning word.
NEGATION_WORDS = 3

_PERCENT = re.compile(r"\d\s?%")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicon's contexts as patterns on folded text."""

    entry: re.Pattern[str]
    recruit: re.Pattern[str]
    stake: re.Pattern[str]
    """A condition of the reader's gains or a level below the recruits (a percentage is searched apart)."""
    reader: re.Pattern[str]
    discount: re.Pattern[str]
    warning: re.Pattern[str]
    negations: frozenset[str]


@cache
def _words() -> _Words:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts
    return _Words(
        entry=whole_words(contexts["entries"].words()),
        recruit=whole_words(contexts["recruits"].words()),
        stake=whole_words(contexts["conditions"].words() + contexts["levels"].words()),
        reader=whole_words(contexts["readers"].words()),
        discount=whole_words(contexts["discounts"].words()),
        warning=whole_words(contexts["warnings"].words()),
        negations=frozenset(fold(word) for word in contexts["negations"].words()),
    )


def _warns(folded: str, words: _Words) -> bool:
    """Whether the text warns against a scheme: a warning word that no negation comes right before."""
    return match_without(words.warning, folded, words.negations, NEGATION_WORDS)


def _ties_gains_to_recruits(sentence: str, words: _Words) -> bool:
    return (words.recruit.search(sentence) is not None
            and (_PERCENT.search(sentence) is not None or words.stake.search(sentence) is not None)
            and words.reader.search(sentence) is not None and words.discount.search(sentence) is None)


def pitches_a_scheme(text: str) -> bool:
    """Whether a message or a post pitches a scheme the reader pays to join and profits from by recruiting (see the
    module docstring)."""
    return pitching_sentence(text) is not None


@remembered
def pitching_sentence(text: str) -> int | None:
    """The first sentence (counted as :func:`~credscore.signals.dm_asks.sentences` splits the text) that ties gains
    to recruiting in a text that pitches a recruitment scheme, or None when it pitches none."""
    # A price to join is an amount, written with digits: most texts hold none, and need not be read further.
    if _DIGIT.search(text) is None:
        return None
    words = _words()
    folded = fold(normalise(text))
    # Most of the others name no recruiting at all.
    if words.recruit.search(folded) is None or words.entry.search(folded) is None or _warns(folded, words):
        return None
    split = split_sentences(folded)
    if not any(AMOUNT.search(sentence) and words.entry.search(sentence) for sentence in split):
        return None
    # Quoted from the gains tied to recruiting: what sets the scheme apart from any offer with a price.
    return next((i for i, sentence in enumerate(split) if _ties_gains_to_recruits(sentence, words)), None)


@signal(NAME, [
    Feature("pitches", "People the account pitched by direct message, and posts of its own, offering a scheme "
            "the reader pays to join and profits from by recruiting others",
            "Personnes démarchées en message privé, et publications du compte, proposant un système où l'on paie "
            "pour entrer et où l'on gagne en recrutant d'autres membres",
            towards="fake", family="broadcasting"),
])
def recruitment_schemes(account: AnalysedAccount) -> SignalResult:
    """The number of people the account's sent messages pitch a recruitment scheme to, plus its own posts (not
    replies, comments or reposts) that pitch one.

    Not measurable without a sent message or a post of its own.
    """
    posts = account.account.posts
    own = [i for i, post in enumerate(posts) if post.kind == "post"]
    if not own and not any(message.direction == "sent" for message in account.account.messages):
        return not_measurable(NAME, "no sent direct message and no post of the account's own")
    people, quoted = asked(account, pitching_sentence)
    pitching_posts = [i for i in own if pitches_a_scheme(posts[i].text)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"pitches": float(people + len(pitching_posts))},
        evidence={"pitches": (quoted + cited(post_evidence, account, pitching_posts))[:EVIDENCE_PER_FEATURE]},
    )
