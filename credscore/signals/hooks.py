"""Hooks: a feed built on the engagement-bait formulas of the growth genre instead of knowledge of its own.

The hollow talk of the fake expert's checklist borrows the *shape* of insight: a numbered list of lessons ("Here are
11 lessons that changed my life 🧵", "Voici 7 leçons que j'aurais aimé connaître plus tôt"), a "truth" ("Harsh truths
nobody tells you", "Personne ne te le dira, alors je le fais"), a survey ("I asked 100 millionaires…"), closed by the
genre's stock lines ("Read that again.", "Let that sink in.", "Agree?", "Relis ça.", "Repost ♻️ to help your network",
"Follow me for more", "Enregistre ce post"). The formula is the content: a real professional's posts carry an
industry, customers or a craft, and use such a line now and then at most, so the share stays low.

A post of the account's own (not a reply, nor a post that opens on a mention: addressed to someone, a reply the export
did not mark; not a repost: others' words) with at least :data:`MIN_WORDS` words carries a *hook* when, read after
:func:`~credscore.nlp.normalise.normalise` (styled letters, homoglyphs and zero-width characters do not hide it), it
does not name the genre to criticise it (``[contexts.critiques]``: "I'm tired of 'harsh truths' threads") and:

- it holds a term of the ``hooks`` lexicon *as written* (accents aside; the shared matcher also finds inflected forms,
  and "letting that sink in" is plain speech), with what the term needs around it:
  ``[contexts.sentence_start]`` terms open a sentence or a line (the imperative "Read that again.", not "I had to read
  that again"); ``[contexts.whole_sentence]`` closers also end it ("Relis ça.", not "Relisez ça demain avant la
  réunion"); ``[contexts.questions]`` terms are a bare question ("Agree?", not "I agree with Sam");
  ``[contexts.surveyed]`` crowds follow a first-person survey (``[contexts.askers]``: "I asked 100 millionaires", not
  "Britain's millionaires pay less tax"); ``[contexts.pivots]`` ("Stop…", "Arrête de…") are followed by a later clause
  that opens on ``[contexts.starts]`` ("…Start…", "…commence à…");
- or it carries the recycling emoji ♻️ beside a reposting verb (``[contexts.reposts]``): the emoji is not a word, so
  "Repost ♻️" is read from the raw text.

Decided: a number or the thread emoji 🧵 alone is never a hook (scientists' "New paper 🧵 Here's what we found" and
newsrooms' "5 things to know about the budget"); the numbers of a numbered hook are never part of a term, whose
number-free promise ("lessons that changed my life", "que j'aurais aimé connaître plus tôt") is the hook; the one
figure listed, the genre's "99% of people…", counts only as a sentence's opening (a survey's "found 99% of people"
is a result). A mention inside a formula ("Follow @me for more") is skipped, as the analysis skips it. A charity's
"Please share to help us reach more people" is not the genre's "Repost to help your network": the genre's call names
the reader's network, a follow for more of the author, or the recycling emoji with a repost. "Agree?" closing one
real argument is one hook post among posts of substance: a low share.

Only the posts whose analysis found a term of the lexicon, or that hold ♻, are read again; the others, most posts,
cost one look at their matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.nlp.lexicons import any_written, context_terms, load_lexicons, strip_accents, written_pattern
from credscore.nlp.normalise import normalise
from credscore.nlp.text import MENTION_PATTERN
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

__all__ = ["has_hook", "hooks"]

NAME = "hooks"
LEXICON = "hooks"
# As platitudes: a post needs two words to say anything ("Agree?" alone is neither a hook of content nor substance),
# and fewer (a link, a hashtag block, "Wow") would dilute the share.
MIN_WORDS = 2
# Below this many posts of two words or more, one post more or less swings the share by a fifth or more (as for the
# other wording signals, e.g. platitudes).
MIN_POSTS = 5
# A survey hook's asker sits right before its crowd: "I asked 100 self-made millionaires" leaves a number and two
# words between them; further away the verb is about something else.
MAX_WORDS_BEFORE_CROWD = 2
# "Stop X. Start Y." fits in a line: past this many characters between the two halves, "start" belongs to another
# thought ("Stop by the shop on Friday … we start the sale at nine").
MAX_PIVOT_CHARS = 120
RECYCLING = "\u267b"  # ♻ (the emoji's variation selector is taken out by the pre-pass and irrelevant here)

# What a term needs before it sits within this many characters: a survey's asker and its number ("j'ai passé du temps
# avec plus de 1 000 millionnaires"), the end of the previous sentence. Reading no further back keeps the checks linear
# on any text, even one that repeats a term thousands of times.
LOOK_BACK_CHARS = 80
# What may follow a sentence's last word: the end of the text, or any sign that is not a letter, a space, a comma or
# an apostrophe (a full stop, a line break, a colon, an emoji).
_ENDS = re.compile(r"\s*(?:$|[^\w\s,'])")
_QUESTION = re.compile(r"\s*\?")
# A mention as the pre-pass takes it out (Mastodon's @user@instance included).
_MENTION = re.compile(MENTION_PATTERN)


@dataclass(frozen=True, slots=True)
class _Hooks:
    """The lexicon's terms as written (their pattern on accent-free, lower-case text) and its contexts."""

    written: dict[str, re.Pattern[str]]
    sentence_start: frozenset[str]
    whole_sentence: frozenset[str]
    questions: frozenset[str]
    surveyed: frozenset[str]
    pivots: frozenset[str]
    critiques: re.Pattern[str]
    asked: re.Pattern[str]
    """A first-person survey ending right where a crowd term starts (searched on the text before the term)."""
    starts: re.Pattern[str]
    """A later clause opening on the second half of a pivot (searched on the text after the pivot)."""
    reposts: re.Pattern[str]


@cache
def _hooks() -> _Hooks:
    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]
    terms = {term for _, term in lexicon.terms()}
    contexts = lexicon.contexts
    written = {term: re.compile(rf"(?<!\w){written_pattern(term)}(?!\w)") for term in terms}
    asked = re.compile(rf"(?<!\w)(?:{any_written(contexts['askers'].words())})\W+(?:(?:over|more than|plus de)\W+)?"
                       rf"(?:\d[\d\s,.]*k?\+?\s*)?(?:\w+\W+){{0,{MAX_WORDS_BEFORE_CROWD}}}$")
    start_words = any_written(contexts["starts"].words())
    starts = re.compile(rf"[^\n]{{1,{MAX_PIVOT_CHARS}}}?(?:[\n.!?;,:]|\W\s)\s*(?:{start_words})(?!\w)")
    return _Hooks(
        written=written,
        sentence_start=context_terms(lexicon, LEXICON, "sentence_start", terms),
        whole_sentence=context_terms(lexicon, LEXICON, "whole_sentence", terms),
        questions=context_terms(lexicon, LEXICON, "questions", terms),
        surveyed=context_terms(lexicon, LEXICON, "surveyed", terms),
        pivots=context_terms(lexicon, LEXICON, "pivots", terms),
        critiques=re.compile(rf"(?<!\w)(?:{any_written(contexts['critiques'].words())})(?!\w)"),
        asked=asked,
        starts=starts,
        reposts=re.compile(rf"(?<!\w)(?:{any_written(contexts['reposts'].words())})(?!\w)"),
    )


def _opens(lowered: str, start: int) -> bool:
    """Whether ``lowered[start:]`` opens a sentence: nothing before it but spaces and, before those, nothing or a sign
    that is not a letter, a comma or an apostrophe (a line break, the end of a sentence, a colon, a dash, an opening
    bracket or quote, an emoji or an arrow)."""
    # A longer run of spaces than the look-back separates as well as a line break.
    before = lowered[max(0, start - LOOK_BACK_CHARS):start].rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in ",'_")


def _counts(term: str, lowered: str, start: int, end: int, hooks: _Hooks) -> bool:
    """Whether the term found at ``lowered[start:end]`` has what it needs around it (see the module docstring)."""
    if term in hooks.sentence_start and not _opens(lowered, start):
        return False
    if term in hooks.whole_sentence and not _ENDS.match(lowered, end):
        return False
    if term in hooks.questions and not _QUESTION.match(lowered, end):
        return False
    if term in hooks.surveyed and not hooks.asked.search(lowered, max(0, start - LOOK_BACK_CHARS), start):
        return False
    return term not in hooks.pivots or bool(hooks.starts.match(lowered, end))


@remembered
def _judge(text: str, terms: frozenset[str]) -> bool:
    """Whether the post carries a hook, given the lexicon terms the analysis found in it."""
    hooks = _hooks()
    # Read normalised (styled letters, look-alikes, invisible characters), accents and curly apostrophes aside.
    lowered = strip_accents(normalise(text).replace("\u2019", "'").lower())
    if "@" in lowered:
        # A mention inside a formula is the author's handle or a tag ("Follow @me for more"): a reader skips it, as
        # the analysis does.
        lowered = _MENTION.sub(" ", lowered)
    if hooks.critiques.search(lowered):
        return False
    if RECYCLING in lowered and hooks.reposts.search(lowered):
        return True
    return any(_counts(term, lowered, found.start(), found.end(), hooks)
               for term in terms for found in hooks.written[term].finditer(lowered))


def has_hook(text: AnalysedText, raw: str) -> bool:
    """Whether a post (its analysis and its raw text) carries an engagement-bait hook formula."""
    terms = frozenset(match.term for match in text.matches if match.lexicon == LEXICON and match.start >= 0) \
        if text.matches else frozenset()
    if not terms and RECYCLING not in raw:
        return False  # most posts: no listed formula, no recycling emoji
    return _judge(raw, terms)


@signal(NAME, [
    Feature("hook_share", "Share of the account's own posts built on engagement-bait hook formulas ('Here are 11 "
            "lessons…', 'Harsh truths nobody tells you', 'Read that again.', 'Agree?', 'Repost to help your "
            "network')",
            "Part des publications du compte construites sur des formules d'accroche à engagement (« Voici 7 leçons "
            "… », « Personne ne te le dira », « Relis ça. », « D'accord ? », « Republie pour aider ton réseau »)",
            towards="fake", family="hollow_talk"),
])
def hooks(account: AnalysedAccount) -> SignalResult:
    """The share of the account's own posts (not replies or reposts) of :data:`MIN_WORDS` words or more that carry
    an engagement-bait hook formula.

    Not measurable with fewer than :data:`MIN_POSTS` such posts.
    """
    posts = pushed_posts(account, MIN_WORDS)
    if len(posts) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own of {MIN_WORDS} words or more")
    baited = [i for i in posts if has_hook(account.posts[i], account.account.posts[i].text)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"hook_share": share(len(baited), len(posts))},
        evidence={"hook_share": cited(post_evidence, account, baited)},
    )
