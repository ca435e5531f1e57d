"""Reframes: a feed built on the two-beat slogan of the growth genre instead of knowledge of its own.

The hollow talk of the fake expert's checklist has the *shape* of insight. Its commonest shape denies a plain view
and swaps in a slogan, in two short beats: "Most founders don't have a product problem. They have a distribution
problem.", "It's not a content problem. It's a positioning problem.", "You don't need a niche. You need a point of
view.", "Ce n'est pas de la chance, c'est une méthode.", "Tu n'as pas besoin d'un plan parfait. Tu as besoin d'un
premier pas." The formula sounds like a correction of a mistake but names no fact that would settle it; a feed made of
it says nothing about an industry, customers or a craft. A real professional uses the turn now and then to explain
something ("The bug wasn't in the parser. It was in the cache."), among posts of substance: the share stays low.
Tweets of real people measure it at a few per thousand posts.

A post of the account's own (see :func:`~credscore.signals.base.pushed_posts`) is a *reframe* when, read after
:func:`~credscore.nlp.normalise.normalise` (styled letters and look-alikes do not hide it), lower case, accents aside,
two consecutive beats (its sentences, lines and the clauses between commas or dashes) are:

- a *denial* of :data:`MIN_DENIAL_WORDS` to :data:`MAX_DENIAL_WORDS` words: English with a word of
  ``[contexts.negations]`` ("isn't", "don't", "nobody"); French with one of them after the particle of
  ``[contexts.particles]`` ("n'est pas", "ne … jamais") or in a colloquial form of ``[contexts.colloquial]`` ("c'est
  pas", "pas besoin"); a negation before its particle ("Personne ne te choisit.") is not read;
- followed by a *turn*: a beat of :data:`MIN_TURN_WORDS` to :data:`MAX_TURN_WORDS` words that denies nothing and
  opens on a word of ``[contexts.turns]`` ("It's …", "C'est …", "They're …"), or names again a word of what is
  denied, from the negation on (a word of four letters or more that is not a function word, compared on its first
  :data:`STEM_LETTERS` letters once a plural's "s" is dropped: "need" … "need", "care" … "cares", "problem" …
  "problem", "besoin" … "besoin"); a beat that opens on ``[contexts.continuations]`` ("but", "mais") carries the
  argument on and is no turn.

Decided: a "but" that turns the sentence is an argument going on, not the formula ("You may not like it, but this is
what peak performance looks like"); a turn that opens on another pronoun without a word of the denial is a notice
("We don't ship on Sundays. You can still order."). A repeated slogan in one post is one reframe post.

Only posts whose words hold a negation (or whose text holds an "n't") are split into beats; the others, most posts,
cost one look at the words the analysis read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.language import stop_words
from credscore.nlp.lexicons import any_written, fold, load_lexicons
from credscore.nlp.normalise import normalise
from credscore.nlp.quotes import without_quotes
from credscore.resources import data_dir
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    pushed_posts,
    share,
    signal,
)
from credscore.signals.readings import remembered

__all__ = ["is_reframe", "reframes"]

NAME = "reframes"
LEXICON = "reframes"
# A post needs a few words to hold two beats ("Not luck. Method." is three, and no sentence); fewer would dilute.
MIN_WORDS = 4
# Below this many posts, one post more or less swings the share by a fifth or more (as for the other wording signals).
MIN_POSTS = 5
# The denial is one short claim ("Most founders don't have a product problem", "It's not luck"); a long sentence with a
# negation in it is an argument or a story, and a word or two ("Not yet", "Pas encore") answers a question.
MIN_DENIAL_WORDS = 3
MAX_DENIAL_WORDS = 14
# The turn is a slogan: a few words ("It's a method.", "They have a distribution problem."). Fewer than three are a
# closer ("C'est tout.", "That's it."); more than ten, an explanation.
MIN_TURN_WORDS = 3
MAX_TURN_WORDS = 10
# A word of the denial named again in the turn, compared on its first letters ("needs"/"need", "problème"/"problèmes").
MIN_SHARED_WORD_LETTERS = 4
STEM_LETTERS = 5

# Where a beat ends: a sentence's end (not a decimal point), a colon or semicolon, a line break, a comma, a dash set
# off by spaces.
_BEAT_END = re.compile(r"(?<!\d)[.!?…;:]+|[.!?…;:]+(?!\d)|\n+|,\s|\s[—–-]\s")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")

@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicon's contexts as patterns on folded text, and the function words that say nothing of a beat's own."""

    english: re.Pattern[str]
    french: re.Pattern[str]
    colloquial: re.Pattern[str]
    turn: re.Pattern[str]
    continuation: re.Pattern[str]
    function_words: frozenset[str]
    clues: tuple[str, ...]
    """What every negation holds (its words, "n't"): a text without any denies nothing."""


@cache
def _words() -> _Words:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts

    negations = contexts["negations"]
    particles = "|".join(re.escape(fold(word)) + ("" if word.endswith("'") else r"\s")
                         for word in contexts["particles"].fr)
    return _Words(
        english=re.compile(rf"(?<![\w'])(?:{any_written(negations.en)})(?![\w'])"),
        french=re.compile(rf"(?<![\w'])(?:{particles}).*?(?<![\w'])(?:{any_written(negations.fr)})(?![\w'])"),
        colloquial=re.compile(rf"(?<![\w'])(?:{any_written(contexts['colloquial'].fr)})(?![\w'])"),
        turn=re.compile(rf"^\W*(?:{any_written(contexts['turns'].words())})(?![\w'])"),
        continuation=re.compile(rf"^\W*(?:{any_written(contexts['continuations'].words())})(?![\w'])"),
        function_words=frozenset(fold(word) for word in stop_words("fr") | stop_words("en")),
        clues=tuple(sorted({"n't", *(fold(word) for word in negations.words() if "'" not in word)})),
    )


def _denial_start(beat: str, words: _Words) -> int:
    """Where the beat's negation begins (its particle in French), or -1 when it denies nothing."""
    found = [match.start() for match in (pattern.search(beat) for pattern in (words.english, words.french,
                                                                            words.colloquial)) if match]
    return min(found) if found else -1


def _stems(said: list[str], words: _Words) -> set[str]:
    # A plural's "s" dropped first, so that "care" and "cares" meet.
    return {(word[:-1] if word.endswith("s") else word)[:STEM_LETTERS] for word in said
            if len(word) >= MIN_SHARED_WORD_LETTERS and word not in words.function_words}


@cache
def _negation_words() -> frozenset[str]:
    """The negations as the analysis's words spell them: the one-word negations of the lexicon, "no" (of "no one")
    and "nt" (the analysis splits "isnt" into "is" and "nt"). Its words drop the "n't" of "don't", which
    :func:`_may_deny` finds in the raw text."""
    negations = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts["negations"].words()
    return frozenset({fold(word) for word in negations if word.isalpha()} | {"no", "nt"})


def _may_deny(raw: str, words: tuple[str, ...], negations: frozenset[str]) -> bool:
    """Whether a post may hold a negation, from the words the analysis already read (in C, where folding and
    searching every post cost a tenth of a batch's signal time): most posts deny nothing and are not read again."""
    return not negations.isdisjoint(words) or "n't" in raw or "n\u2019t" in raw or "N'T" in raw or "N\u2019T" in raw


@remembered
def is_reframe(text: str) -> bool:
    """Whether a post holds the two beats of a reframe (see the module docstring)."""
    folded = fold(text)
    if not any(clue in folded for clue in _words().clues):  # most posts: no negation at all
        return False
    # A slogan the post quotes is someone else's ("'It's not a pyramid' — every upline, every time").
    folded = fold(normalise(without_quotes(text)))
    words = _words()
    beats = [beat.strip() for beat in _BEAT_END.split(folded)]
    beats = [beat for beat in beats if beat]
    for denial, turn in pairwise(beats):
        denial_words = _WORD.findall(denial)
        start = _denial_start(denial, words)
        if not MIN_DENIAL_WORDS <= len(denial_words) <= MAX_DENIAL_WORDS or start < 0:
            continue
        turn_words = _WORD.findall(turn)
        if (not MIN_TURN_WORDS <= len(turn_words) <= MAX_TURN_WORDS or _denial_start(turn, words) >= 0
                or words.continuation.search(turn)):
            continue
        # The word named again belongs to what is denied ("don't have a product *problem*"), not to the subject
        # before the negation ("The cheapest *keyboard* that doesn't feel cheap. Four *keyboards* under 50 …").
        denied = _WORD.findall(denial[start:])
        if words.turn.search(turn) or _stems(denied, words) & _stems(turn_words, words):
            return True
    return False


@signal(NAME, [
    Feature("reframe_share", "Share of the account's own posts built on the two-beat slogan \"It's not X. It's Y.\" "
            "(\"You don't need a niche. You need a point of view.\")",
            "Part des publications du compte construites sur le slogan en deux temps « Ce n'est pas X, c'est Y » "
            "(« Tu n'as pas besoin d'une niche. Tu as besoin d'un point de vue. »)",
            towards="fake", family="hollow_talk"),
])
def reframes(account: AnalysedAccount) -> SignalResult:
    """The share of the account's own posts of :data:`MIN_WORDS` words or more that are reframes.

    Not measurable with fewer than :data:`MIN_POSTS` such posts.
    """
    posts = pushed_posts(account, MIN_WORDS)
    if len(posts) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own of {MIN_WORDS} words or more")
    negations = _negation_words()
    reframed = [i for i in posts if _may_deny(account.account.posts[i].text, account.posts[i].words, negations)
                and is_reframe(account.account.posts[i].text)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"reframe_share": share(len(reframed), len(posts))},
        evidence={"reframe_share": cited(post_evidence, account, reframed)},
    )
