"""Business-metric literacy.

"Ils n'ont pas d'outils de mesures propres aux affaires (taux de conversion …)": a fake expert
counts followers and likes, and when they name a business measure it is a slogan ("boostez
votre ROI !") or one boilerplate figure pasted under every post ("📈 +340 % de ROI pour mes
clients"). Someone who has run a business names its measures (conversion rate, gross margin,
acquisition cost, churn) and gives their values as they change: "notre taux de conversion est
passé de 1,8 % à 2,4 % en mars", "CAC down to €42 after we cut paid social".

Mentions of the ``business_metrics`` lexicon are counted in the account's own posts (reposts
carry someone else's words; bios and DMs are left out: a bio's "ROI | Growth" and a DM's "+300 %
de CA" are claims, not discussion), sentence by sentence (lines and sentences are split apart,
so that one sentence's figure never counts for the next one's measure):

- A sentence repeated in several posts is read once: a signature line under every post names its
  measure once. A hashtag ("#ROI") is a tag, not a use of the measure: it is not counted. A term
  found inside a longer one ("conversion" in "taux de conversion") counts once.
- A mention is *quantified* when a figure of the measure stands within :data:`QUANTIFIED_WINDOW`
  tokens of it in the same sentence (spaCy token positions, punctuation included). A figure is a
  run of number tokens that is a value: a percentage or an amount ("2,4 %", "€42", "12k€"), a
  decimal ("4.2"), a magnitude or a multiple ("12k", "x3"), or a plain whole number *after* the
  measure ("NPS de 45"). A whole number before it counts things, not the measure ("5 erreurs qui
  tuent votre taux de conversion"), a year is a date ("ROI 2024"), and "Q3" or "10h" are no values.
- The quantified rate counts *distinct* (measure, figures) pairs: "ROI : 340 %" written under
  every post is one figure, however often it is repeated.

Not measurable below :data:`MIN_TOKENS`: a rate over a handful of words is noise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import cast

import regex

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.normalise import normalise
from credscore.nlp.pipeline import EXTENSION, LexiconMatcher, default_pipelines
from credscore.nlp.text import split_text
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)

NAME = "business_metrics"
LEXICON = "business_metrics"
# Below this many tokens (a few short posts) one mention more or less swings the rates: it is noise.
MIN_TOKENS = 50
# Rates are given per this many tokens, so that they read as whole numbers.
PER_TOKENS = 1000
# A figure this close belongs to the measure: "taux de conversion est passé de 1,8 %" is 4 tokens apart.
QUANTIFIED_WINDOW = 6
# The pipeline that reads a text identified in a language credscore has no pipeline for.
FALLBACK_LANGUAGE = "en"
# A sentence ends at a line break, or at a full stop, "!", "?" or "…" followed by a space ("1.8" goes on).
_SENTENCE_END = regex.compile(r"(?<=[.!?…])\s+|\n+")
_SIGNS = frozenset("%‰€$£¥")
# What makes a run of number tokens a value: a percentage or an amount, a decimal, a magnitude ("12k",
# "1,2M€", "3 Md"), a multiple ("x3", "4.2x").
_VALUE = regex.compile(r"[%‰\p{Sc}]|\d[.,]\d|\d\s?(?:k|m|md|mds|bn)\b|^x\d|\dx$", regex.IGNORECASE)
# A plain whole number, signed or written in groups ("+12", "1 200").
_WHOLE = regex.compile(r"[+-]?\d+(?: \d{3})*")
# A plain four-digit number in this range is a year ("ROI 2024"), not a value.
_YEAR = regex.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class _Mention:
    term: str
    figures: tuple[str, ...]
    """The figures of the measure in the window, as written (lower case); empty when none."""


@signal(NAME, [
    Feature("mention_rate", "Business metrics (conversion rate, margin, acquisition cost...) named per 1,000 words "
            "of the account's own posts, a sentence repeated in several posts counting once",
            "Indicateurs business (taux de conversion, marge, coût d'acquisition...) cités pour 1 000 mots des "
            "publications, une phrase répétée d'une publication à l'autre comptant une fois",
            towards="genuine", family="hollow_talk"),
    Feature("quantified_rate", "Different business figures (a metric with its value) given per 1,000 words of the "
            "account's own posts, the same figure repeated counting once",
            "Chiffres business différents (un indicateur avec sa valeur) donnés pour 1 000 mots des publications, "
            "le même chiffre répété comptant une fois",
            towards="genuine", family="hollow_talk"),
    Feature("quantified_share", "Share of the business metrics named that come with a figure (0 when none is "
            "named)", "Part des indicateurs business cités qui sont accompagnés d'un chiffre (0 si aucun n'est cité)",
            towards="genuine", family="hollow_talk"),
])
def business_metrics(account: AnalysedAccount) -> SignalResult:
    """Business metrics named per 1,000 tokens, distinct business figures per 1,000 tokens, share quantified.

    Not measurable below :data:`MIN_TOKENS` tokens of the account's own posts. The quantified
    share is 0.0 when no metric is named; its evidence, like every feature's, is instances of what
    it counts: the posts that give a metric with its figure.
    """
    own = [i for i, post in enumerate(account.account.posts) if post.kind != "repost"]
    tokens = sum(account.posts[i].tokens for i in own)
    if tokens < MIN_TOKENS:
        return not_measurable(NAME, f"fewer than {MIN_TOKENS} words in the account's own posts")

    # Only the posts where the analysis found a metric are read again, sentence by sentence.
    naming_posts = [i for i in own if account.posts[i].occurrences(LEXICON)]
    # A sentence is read once, in the language of the first post it appears in: the same line under a French
    # and an English post is still one sentence.
    seen: set[str] = set()
    first_post: dict[tuple[str, str], int] = {}
    for i in naming_posts:
        lang = account.posts[i].lang
        for sentence in _sentences(account.account.posts[i].text):
            if sentence not in seen:
                seen.add(sentence)
                first_post[lang, sentence] = i
    mentions_of = _mentions(list(first_post))

    mentions = quantified = 0
    naming, quantified_posts = [], []
    figures: dict[tuple[str, tuple[str, ...]], int] = {}
    for key, i in first_post.items():
        found = mentions_of[key]
        if not found:
            continue
        naming.append(i)
        mentions += len(found)
        quantified += sum(1 for mention in found if mention.figures)
        if any(mention.figures for mention in found):
            quantified_posts.append(i)
        for mention in found:
            if mention.figures:
                figures.setdefault((mention.term, mention.figures), i)
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "mention_rate": PER_TOKENS * share(mentions, tokens),
            "quantified_rate": PER_TOKENS * share(len(figures), tokens),
            "quantified_share": share(quantified, mentions) if mentions else 0.0,
        },
        evidence={
            "mention_rate": cited(post_evidence, account, sorted(naming)),
            "quantified_rate": cited(post_evidence, account, sorted(figures.values())),
            "quantified_share": cited(post_evidence, account, sorted(quantified_posts)),
        },
    )


def _sentences(text: str) -> Iterator[str]:
    """The sentences of a post as the analysis reads them (links, mentions, hashtags and emoji out)."""
    for sentence in _SENTENCE_END.split(normalise(text)):
        words = split_text(sentence).words_text
        if words:
            yield words


def _mentions(sentences: Sequence[tuple[str, str]]) -> dict[tuple[str, str], list[_Mention]]:
    """The metric mentions of each ``(language, sentence)``, one spaCy pass per language."""
    pipelines = default_pipelines()
    found: dict[tuple[str, str], list[_Mention]] = {}
    by_language: dict[str, list[tuple[str, str]]] = {}
    for lang, sentence in sentences:
        by_language.setdefault(lang if lang in pipelines else FALLBACK_LANGUAGE, []).append((lang, sentence))
    for code, keys in by_language.items():
        nlp = pipelines[code]
        matcher = cast(LexiconMatcher, nlp.get_pipe("credscore_lexicons"))
        if nlp.pipe_names == ["credscore_lexicons"] and hasattr(matcher, "find"):
            # The tokenizer and the matcher called directly: what ``nlp.pipe`` does here, without its set-up for each
            # account's few sentences or the ``Doc._`` extension look-ups.
            for key in keys:
                doc = nlp.tokenizer(key[1])
                found[key] = list(_read_mentions(doc, matcher.find(doc)))
            continue
        for key, doc in zip(keys, nlp.pipe(sentence for _, sentence in keys), strict=True):
            found[key] = list(_read_mentions(doc, doc._.get(EXTENSION)))
    return found


def _read_mentions(doc, lexicon_matches: Sequence[tuple[str, str, int, int]]) -> Iterator[_Mention]:
    """Each metric named in a sentence (``lexicon_matches``: the lexicon matcher's ``(lexicon, term, start, end)``),
    with the figures of the measure around it."""
    runs = _number_runs(doc)
    reach = -1
    matches = sorted(((start, end, term) for lexicon, term, start, end in lexicon_matches if lexicon == LEXICON),
                     key=lambda match: (match[0], -match[1]))
    for start, end, term in matches:
        # A term inside a longer one ("conversion" in "taux de conversion") is the same mention.
        if end <= reach:
            continue
        reach = end
        figures = tuple(text for first, last, text in runs
                        if last >= start - QUANTIFIED_WINDOW and first <= end - 1 + QUANTIFIED_WINDOW
                        and _value(text, after=first >= end))
        yield _Mention(term, figures)


def _number_runs(doc) -> list[tuple[int, int, str]]:
    """Runs of consecutive number tokens: (first position, last position, their text in lower case)."""
    runs: list[tuple[int, int, str]] = []
    for token in doc:
        text = token.text
        if not (token.like_num or token.is_currency or text in _SIGNS or any(char.isdigit() for char in text)):
            continue
        if runs and runs[-1][1] == token.i - 1:
            first, _, written = runs[-1]
            runs[-1] = (first, token.i, f"{written} {text.lower()}")
        else:
            runs.append((token.i, token.i, text.lower()))
    return runs


def _value(run: str, *, after: bool) -> bool:
    """Whether a run of number tokens is a value of a measure (see the module docstring)."""
    if _VALUE.search(run):
        return True
    return after and _WHOLE.fullmatch(run) is not None and _YEAR.fullmatch(run) is None
