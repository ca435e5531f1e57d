"""Platitudes: a feed of borrowed wisdom instead of knowledge of its own.

The hollow talk of the fake expert's checklist has nothing to say about an industry, customers or a craft, so it
posts the stock aphorisms of hustle and mindset culture as content: "patience is the key to success", "work smarter,
not harder", "sortez de votre zone de confort", "visez la lune", bare, in quotes, as a "Reminder:" / "Rappel :" line,
under #motivation #mindset #réussite. A real professional may quote a line now and then; their feed carries their own
substance, so the share stays low.

A post of the account's own (not a reply: "never give up!" to a friend is conversation, and a post that opens on a
mention is addressed to someone, a reply the export did not mark; not a repost: others' words) with at least
:data:`MIN_WORDS` words is a *platitude* when, read after
:func:`~credscore.nlp.normalise.normalise` (styled letters, homoglyphs and zero-width characters do not hide it):

- it holds a term of the ``platitudes`` lexicon *as written* (accents aside): the shared matcher also finds the
  term's inflected forms, and "she never gave up" or "I dreamed big as a kid" are plain narrative, not the maxim;
- and it preaches it rather than criticises it (no word of ``[contexts.critiques]``: "'work smarter not harder' is
  useless advice", "arrêtez avec les poncifs");
- and the maxim is the post's content: a short post (at most :data:`MAX_MAXIM_WORDS` words) that reports nothing
  concrete (no figure beside the maxim's own: "3-1 against Lyon tonight, never give up team!" is a club's match
  report), or a longer post that strings at least :data:`MIN_PLATITUDES_IN_A_LONG_POST` distinct platitudes (the
  one-line-per-paragraph "broetry" of the genre; a book review or an essay that quotes one line is about something);
- or, with no listed term, it is a short quote or labelled maxim (quote marks around a few words, an attribution
  "— Author", or a label of ``[contexts.leads]`` such as "Reminder:" or "Citation du jour" at the start of a line)
  that carries a motivational hashtag (``[contexts.hashtags]``, or a listed platitude spelled as a hashtag:
  ``#nevergiveup``). A hashtag alone never counts: a runner's #motivation after a workout is not a maxim.

Decided borderline: a shop's "Time is money: order before noon" is counted (the cliché is its slogan); it is one post
among the shop's offers and news, a low share. Missed on purpose: an unlisted maxim posted bare, without quote shape
or hashtag (no reliable way to tell it from a plain sentence).

Only the posts whose analysis found a term of the lexicon or that carry a hashtag are read again; the others, most
posts, cost one look at their matches and hashtags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount, AnalysedText, hashtag_spelling
from credscore.nlp.lexicons import any_written, load_lexicons, strip_accents, written_pattern
from credscore.nlp.normalise import normalise
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

__all__ = ["is_platitude", "platitudes"]

NAME = "platitudes"
LEXICON = "platitudes"
# A post needs two words to say anything ("Dream big." is a whole platitude); fewer (a link, a hashtag block, "Wow")
# is neither a platitude nor substance, and would dilute the share.
MIN_WORDS = 2
# Below this many posts of two words or more, one post more or less swings the share by a fifth or more (as for the
# other wording signals, e.g. topic_monoculture).
MIN_POSTS = 5
# A maxim posted as content is short: a quote card's caption, a "Reminder:" line, a tweet. Past this many words the
# post talks about something else too (a review, an essay, a match report).
MAX_MAXIM_WORDS = 25
# A long post is a platitude only when it strings this many distinct ones: one quoted line is a reference; two or
# more are the genre's "broetry".
MIN_PLATITUDES_IN_A_LONG_POST = 2
# A quote is quote marks around at least this many words: "the 'best' plan" is irony, not a quote.
MIN_QUOTED_WORDS = 3

# Words as the as-written check reads them: letters and digits; everything else (spaces, punctuation, apostrophes)
# separates them.
_WORD = re.compile(r"\w+")
# A figure as the analysis counts one (a number, or a percent or currency sign: "100%" is two).
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*|[%‰€$£¥]")
# Quote marks around a span (straight, curly, French guillemets; the span on one line).
_QUOTED = re.compile(r"[\"“”„«]\s*([^\"“”„«»\n]+?)\s*[\"“”»]")
# An attribution at the end of a line: a dash or a tilde, then a name with capitals ("— Steve Jobs", "- Sénèque").
_ATTRIBUTION = re.compile(r"(?:^|\s)[—–~-]\s*[A-ZÀ-Ý][\w.'-]*(?:\s+[A-ZÀ-Ý][\w.'-]*)*\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Platitudes:
    """The lexicon's terms as written (their pattern on accent-free, lower-case text) and its contexts."""

    written: dict[str, re.Pattern[str]]
    """Per term, the term's own words in order, separated by anything that is not a word."""
    critiques: re.Pattern[str]
    hashtags: frozenset[str]
    """Accent-free motivational hashtags: the context's and the listed platitudes spelled as hashtags."""
    leads: re.Pattern[str]


@cache
def _platitudes() -> _Platitudes:
    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]
    terms = [term for _, term in lexicon.terms()]
    written = {term: re.compile(rf"(?<!\w){written_pattern(term)}(?!\w)") for term in terms}
    contexts = lexicon.contexts
    critiques = re.compile(rf"(?<!\w)(?:{any_written(contexts['critiques'].words())})(?!\w)")
    hashtags = frozenset(strip_accents(tag) for tag in contexts["hashtags"].words())
    hashtags |= {strip_accents(hashtag_spelling(term)).replace("'", "").replace(",", "") for term in terms}
    leads = re.compile(rf"^[^\w\n]*(?:{any_written(contexts['leads'].words())})(?:\s*(?:n°|#)?\s*\d+)?\s*[:：\-—–]",
                       re.MULTILINE)
    return _Platitudes(written=written, critiques=critiques, hashtags=hashtags, leads=leads)


def _quote_shaped(text: str, platitudes: _Platitudes) -> bool:
    """Whether the normalised ``text`` (case kept) is a quote or a labelled maxim."""
    if any(len(_WORD.findall(quoted)) >= MIN_QUOTED_WORDS for quoted in _QUOTED.findall(text)):
        return True
    if _ATTRIBUTION.search(text):
        return True
    return bool(platitudes.leads.search(strip_accents(text.lower())))


@remembered
def _judge(text: str, terms: frozenset[str], words: int, numbers: int, tagged: bool) -> bool:
    """Whether the post is a platitude, given the lexicon terms the analysis found in it, its count of words and of
    figures, and whether it carries a motivational hashtag (see the module docstring)."""
    platitudes = _platitudes()
    # Read normalised (styled letters, look-alikes, invisible characters), accents and curly apostrophes aside.
    normalised = normalise(text).replace("\u2019", "'")
    lowered = strip_accents(normalised.lower())
    if platitudes.critiques.search(lowered):
        return False
    found = [term for term in terms if platitudes.written[term].search(lowered)]
    short = words <= MAX_MAXIM_WORDS
    if found:
        # One occurrence of a term inside a longer one ("success is a journey" in "..., not a destination") is one.
        distinct = [term for term in found if not any(term != other and term in other for other in found)]
        if not short:
            return len(distinct) >= MIN_PLATITUDES_IN_A_LONG_POST
        # The maxim's own figures ("100% of the shots") are no report of anything.
        return numbers <= sum(len(_FIGURE.findall(term)) for term in distinct)
    # A labelled line with a figure ("Rappel : atelier jeudi 18h #entrepreneuriat") is a notice, not a maxim.
    return short and tagged and not numbers and _quote_shaped(normalised, platitudes)


def is_platitude(text: AnalysedText, raw: str) -> bool:
    """Whether a post (its analysis and its raw text) is a motivational platitude posted as content."""
    terms = frozenset(match.term for match in text.matches if match.lexicon == LEXICON and match.start >= 0) \
        if text.matches else frozenset()
    tagged = bool(text.hashtags) and not _platitudes().hashtags.isdisjoint(
        strip_accents(tag) for tag in text.hashtags)
    if not terms and not tagged:
        return False  # most posts: no listed platitude, no motivational hashtag
    return _judge(raw, terms, len(text.words), len(text.number_positions), tagged)


@signal(NAME, [
    Feature("platitude_share", "Share of the account's own posts that are motivational platitudes: stock "
            "aphorisms of hustle and success culture posted as content",
            "Part des publications du compte qui sont des platitudes de motivation : maximes toutes faites de la "
            "culture de la réussite publiées comme contenu",
            towards="fake", family="hollow_talk"),
])
def platitudes(account: AnalysedAccount) -> SignalResult:
    """The share of the account's own posts (not replies or reposts) of :data:`MIN_WORDS` words or more that are
    platitudes.

    Not measurable with fewer than :data:`MIN_POSTS` such posts.
    """
    posts = pushed_posts(account, MIN_WORDS)
    if len(posts) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own of {MIN_WORDS} words or more")
    hollow = [i for i in posts if is_platitude(account.posts[i], account.account.posts[i].text)]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"platitude_share": share(len(hollow), len(posts))},
        evidence={"platitude_share": cited(post_evidence, account, hollow)},
    )
