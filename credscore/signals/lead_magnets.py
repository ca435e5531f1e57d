"""Lead magnets: a feed of bait for a free guide instead of what the author knows.

"Ils vendent des formations" before they know anything: the fake expert's posts are a sales funnel. Each one
teases a free checklist, template or masterclass ("grab it in the first comment", "free for the next 48 hours"),
or asks readers to comment a keyword to receive it ("Comment PROMPT and I'll send it", "Commente « IA » et je te
l'envoie"): the gift is the bait for an e-mail address or a sales call, and the post says nothing the author
knows. A teacher announces a course, a company a webinar, a creator a free template now and then, among posts
with substance; a feed where post after post is bait is a funnel.

A post is bait when it carries a term of the ``lead_magnets`` lexicon; or a sentence that gives
(``[contexts.gifts]``: "free", "offert") one of the things a funnel dangles (``[contexts.magnets]``: a guide, a
template, a masterclass), in any order and words apart ("my free 5-day email course", "the template is free for
48h"); or a call to comment (or message) a keyword written in capitals or quotes (the ``[contexts.keyword_calls]``
verbs, in the post's language), followed by a promise to send something or what it is for (``[contexts.delivery]``)
when the keyword is not quoted, unless the keyword ends its sentence ("Comment AGENT 👇").
Only the account's own posts count, not its replies and comments ("here you go 👉 link" is the delivery, not the
bait), nor reposts (others' words). The lexicon leaves out a shop's discounts, a bare "link in bio" and the free
workshops of libraries and associations: see its ``sources``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.nlp.lexicons import LANGUAGES, load_lexicons
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, cited, not_measurable, post_evidence, share, signal
from credscore.signals.readings import remembered

NAME = "lead_magnets"
LEXICON = "lead_magnets"
# The keyword a reader is asked to comment: two to twenty capitals or digits ("AI", "PROMPT", "GUIDE", "IA").
KEYWORD_LETTER = "[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]"
KEYWORD = KEYWORD_LETTER + "{2,20}"
# What every keyword begins with: a post without it calls for no keyword (the keyword is matched case-sensitively).
KEYWORD_START = re.compile(KEYWORD_LETTER + "{2}")
# Letters that case-insensitive patterns equate with an ASCII letter though ``str.lower`` does not: long s, dotless
# and dotted i. (The Kelvin sign needs no place here: ``str.lower`` folds it to "k". An ASCII "K" stood here by
# mistake, which only sent every text with a capital K past the verb filter.)
CASE_FOLDED_APART = ("\u017f", "\u0131", "\u0130")
"""Each looked for as a substring: a few searches in C, not a walk over every character of the text."""
OPENING_QUOTES = "«\"“'‘"
CLOSING_QUOTES = "»\"”'’"
# Sentences and words of a post, for the gift and the thing given in one sentence.
SENTENCE_END = re.compile(r"[.!?\n]+")
WORD = re.compile(r"[\w'’-]+")
# An unquoted keyword counts only with a promise to send, or what it is for, right after it (within this many
# characters: a word or two): "Comment AI and I'll send you the guide", "Comment INBOX for the setup", not "Commente
# OM-PSG" in a sports feed nor "Comment ROI is up: our numbers for May".
DELIVERY_REACH = 12


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as written (a plain substring search, in one pass)."""
    return re.compile("|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class _KeywordCalls:
    """A language's patterns of a call to comment a keyword (quoted; bare, then a promise), and a word each verb
    contains in lower case, to skip the posts that ask nothing at once."""

    quoted: re.Pattern[str]
    bare: re.Pattern[str]
    clues: re.Pattern[str]


@cache
def _keyword_calls() -> dict[str, _KeywordCalls]:
    """Per language, the patterns of a call to comment a keyword."""
    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]
    verbs, delivery = lexicon.contexts["keyword_calls"], lexicon.contexts["delivery"]
    patterns = {}
    for lang in LANGUAGES:
        verb = "|".join(re.escape(word) for word in sorted(getattr(verbs, lang), key=len, reverse=True))
        promise = "|".join(re.escape(word) for word in sorted(getattr(delivery, lang), key=len, reverse=True))
        lead = rf"(?<!\w)(?i:{verb})\s*(?:(?i:with|avec)\s*)?:?\s*"
        patterns[lang] = _KeywordCalls(
            quoted=re.compile(rf"{lead}[{OPENING_QUOTES}]\s?{KEYWORD}\s?[{CLOSING_QUOTES}]"),
            bare=re.compile(rf"{lead}{KEYWORD}(?!\w)(?:[^.!?\n]{{0,{DELIVERY_REACH}}}?(?<!\w)(?i:{promise})(?!\w)"
                            rf"|[^\w\n]*(?:$|[.!?\n]))"),
            clues=_any_of(max(word.split(), key=len) for word in getattr(verbs, lang)))
    return patterns


@dataclass(frozen=True, slots=True)
class _Gifts:
    """The ``gifts``, ``magnets`` and ``not_gifts`` phrases, each padded with a space on both sides (as a sentence's
    words are joined), both languages together (posts mix them: "free masterclass" in a French post), apostrophes
    made straight; and a word each gift phrase must contain, to skip the posts that give nothing at once."""

    gifts: tuple[str, ...]
    magnets: tuple[str, ...]
    not_gifts: tuple[str, ...]
    clues: re.Pattern[str]
    any_gift: re.Pattern[str]
    """``gifts`` as one pattern that finds any of them in a padded sentence: one pass instead of one per phrase. The
    same for ``magnets`` and ``not_gifts``."""
    any_magnet: re.Pattern[str]
    any_not_gift: re.Pattern[str]


@cache
def _gift_phrases() -> _Gifts:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts

    def phrases(name: str) -> tuple[str, ...]:
        return tuple(sorted({word.replace("’", "'") for lang in LANGUAGES for word in getattr(contexts[name], lang)}))

    gifts = phrases("gifts")
    padded_gifts = tuple(f" {gift} " for gift in gifts)
    magnets = tuple(f" {thing} " for thing in phrases("magnets"))
    not_gifts = tuple(f" {phrase} " for phrase in phrases("not_gifts"))
    return _Gifts(gifts=padded_gifts, magnets=magnets, not_gifts=not_gifts,
                  clues=_any_of(max(gift.split(), key=len) for gift in gifts), any_gift=_any_phrase(padded_gifts),
                  any_magnet=_any_phrase(magnets), any_not_gift=_any_phrase(not_gifts))


def _any_phrase(phrases: Iterable[str]) -> re.Pattern[str]:
    """:func:`_any_of` ``phrases``; with none, a pattern that finds nothing (as no phrase is found)."""
    phrases = tuple(phrases)
    return _any_of(phrases) if phrases else re.compile("(?!)")


@remembered
def gives_a_magnet(text: str) -> bool:
    """Whether one sentence of ``text`` gives away (free, offered) a thing a funnel dangles (a guide, a template)."""
    phrases = _gift_phrases()
    lowered = text.lower().replace("’", "'")
    if not phrases.clues.search(lowered):  # most posts give nothing
        return False
    for sentence in SENTENCE_END.split(lowered):
        padded = f" {' '.join(WORD.findall(sentence))} "
        if (phrases.any_gift.search(padded) and phrases.any_magnet.search(padded)
                and not phrases.any_not_gift.search(padded)):
            return True
    return False


@remembered
def calls_for_a_keyword(text: str, lang: str) -> bool:
    """Whether ``text`` asks readers to comment or message a keyword to receive something (French verbs for a French
    text, English ones otherwise: "comment" is also the French "how")."""
    if not KEYWORD_START.search(text):  # no word in capitals: no keyword to comment (matched case-sensitively)
        return False
    calls = _keyword_calls()["fr" if lang == "fr" else "en"]
    # No verb of the calls in the text, in lower case: no call (unless the text has one of the few letters that
    # Python's case-insensitive matching equates with another, which the patterns then read).
    if not calls.clues.search(text.lower()) and not any(letter in text for letter in CASE_FOLDED_APART):
        return False
    return bool(calls.quoted.search(text) or calls.bare.search(text))


@signal(NAME, [
    Feature("bait_share", "Share of the account's own posts built around a lead magnet: a free guide, template or "
            "masterclass to grab, or a keyword to comment to receive it",
            "Part des publications du compte construites autour d'un produit d'appel : un guide, un modèle ou une "
            "masterclass gratuits à récupérer, ou un mot à commenter pour le recevoir",
            towards="fake", family="hollow_talk"),
])
def lead_magnets(account: AnalysedAccount) -> SignalResult:
    """The share of the account's own posts (not replies, comments or reposts) that are bait for a lead magnet.

    Not measurable without a post of its own: replies alone say nothing of what a feed is built around.
    """
    posts = [i for i, post in enumerate(account.account.posts) if post.kind == "post"]
    if not posts:
        return not_measurable(NAME, "no post of the account's own (replies and reposts are not counted)")
    bait = [i for i in posts if _is_bait(account.account.posts[i].text, account.posts[i])]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"bait_share": share(len(bait), len(posts))},
        evidence={"bait_share": cited(post_evidence, account, bait)},
    )


def _is_bait(text: str, read: AnalysedText) -> bool:
    """Whether a post (its text as written, and as read) is built around a lead magnet."""
    return bool(read.terms(LEXICON)) or gives_a_magnet(text) or calls_for_a_keyword(text, read.lang)
