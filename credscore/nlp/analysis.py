"""One analysis per text, shared by every signal.

:func:`analyse_accounts` runs the pre-pass (:mod:`credscore.nlp.text`), identifies the
language of each text, then runs each language's spaCy pipeline once over all texts with
``nlp.pipe``. What the signals need is kept in small frozen :class:`AnalysedText` records; the
spaCy ``Doc`` objects are dropped straight away so that memory stays flat in a batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.attrs import IS_ALPHA, IS_CURRENCY, IS_PUNCT, IS_SPACE, LIKE_NUM

from credscore.account import Account
from credscore.nlp.language import detect_account_language, detect_languages
from credscore.nlp.pipeline import EXTENSION, default_pipelines
from credscore.nlp.text import split_text

__all__ = ["AnalysedAccount", "AnalysedText", "LexiconMatch", "analyse_account", "analyse_accounts"]

_PERCENT_OR_AMOUNT = frozenset("%‰€$£¥")


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    """A lexicon term found in a text. ``start``/``end`` are word-token positions; -1 for a hashtag."""

    lexicon: str
    term: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AnalysedText:
    """What the signals need to know about one text (post, message or bio)."""

    lang: str
    words: tuple[str, ...]
    """The author's own words, lower-case: no links, mentions, hashtags, emoji, numbers or punctuation."""
    tokens: int
    """Tokens of the text once links, mentions, hashtags and emoji are taken out (punctuation excluded)."""
    number_positions: tuple[int, ...]
    """Token positions of numbers, percentages and amounts."""
    matches: tuple[LexiconMatch, ...]
    links: tuple[str, ...]
    mentions: tuple[str, ...]
    hashtags: tuple[str, ...]
    emoji: int

    @property
    def fingerprint(self) -> str:
        """The text up to hashtags, emoji, links, mentions, punctuation and case: the key for duplicates."""
        return " ".join(self.words)

    def terms(self, lexicon: str) -> list[LexiconMatch]:
        return [match for match in self.matches if match.lexicon == lexicon]

    def occurrences(self, lexicon: str) -> list[LexiconMatch]:
        """The lexicon's matches in the words (hashtags left out), each occurrence once: a term inside a
        longer one ("community" in "build a community") is the same occurrence."""
        kept, reach = [], -1
        in_words = (match for match in self.matches if match.lexicon == lexicon and match.start >= 0)
        for match in sorted(in_words, key=lambda match: (match.start, -match.end)):
            if match.end > reach:
                kept.append(match)
                reach = match.end
        return kept


def hashtag_spelling(term: str) -> str:
    """A lexicon term as it is written in a hashtag: "social media" -> "socialmedia"."""
    return term.replace(" ", "").replace("-", "").lower()


@dataclass(frozen=True, slots=True)
class AnalysedAccount:
    """An account and the analysis of each of its texts, aligned with the account's lists."""

    account: Account
    language: str
    posts: tuple[AnalysedText, ...]
    messages: tuple[AnalysedText, ...]
    bios: tuple[AnalysedText, ...]


@cache
def _hashtag_terms(lexicons_path: Path | None) -> Mapping[str, tuple[tuple[str, str], ...]]:
    """Lexicon terms as they are written in hashtags ("socialmedia" for "social media")."""
    # One term per lexicon and hashtag: "#gamechanger" spells both "game changer" and "game-changer".
    index: dict[str, dict[str, str]] = {}
    for nlp in default_pipelines(lexicons_path).values():
        matcher = nlp.get_pipe("credscore_lexicons")
        for lexicon, term in matcher.lexicon_terms():
            index.setdefault(hashtag_spelling(term), {}).setdefault(lexicon, term)
    return {tag: tuple(terms.items()) for tag, terms in index.items()}


def _analyse_doc(doc, lang: str, split, hashtag_terms: Mapping[str, tuple[tuple[str, str], ...]]) -> AnalysedText:
    flags = doc.to_array([IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, IS_CURRENCY]) if len(doc) else np.zeros((0, 5))
    words, numbers = [], []
    tokens = 0
    for position, token in enumerate(doc):
        is_alpha, is_punct, is_space, like_num, is_currency = flags[position]
        if is_space or (is_punct and token.text not in _PERCENT_OR_AMOUNT):
            continue
        tokens += 1
        if is_alpha:
            words.append(token.lower_)
        elif like_num or is_currency or token.text in _PERCENT_OR_AMOUNT or any(c.isdigit() for c in token.text):
            numbers.append(position)
    matches = [LexiconMatch(lexicon, term, start, end) for lexicon, term, start, end in doc._.get(EXTENSION)]
    for tag in split.hashtags:
        for lexicon, term in hashtag_terms.get(tag, ()):
            matches.append(LexiconMatch(lexicon, term, -1, -1))
    return AnalysedText(lang, tuple(words), tokens, tuple(numbers), tuple(matches), split.links, split.mentions,
                        split.hashtags, split.emoji)


def analyse_accounts(
    accounts: Sequence[Account],
    *,
    lang: str | None = None,
    lexicons_path: Path | None = None,
    batch_size: int = 256,
) -> list[AnalysedAccount]:
    """Analyse every text of ``accounts`` with one ``nlp.pipe`` pass per language.

    ``lang`` forces the language of every text (as the CLI's ``--lang``); otherwise an
    account's own ``lang`` hint is used, and failing that the language is identified.
    """
    pipelines = default_pipelines(lexicons_path)
    hashtag_terms = _hashtag_terms(lexicons_path)
    texts_by_account: list[list[str]] = []
    languages: list[str] = []
    text_languages: list[list[str]] = []
    for account in accounts:
        texts = [post.text for post in account.posts] + [message.text for message in account.messages]
        texts += [profile.bio or "" for profile in account.profiles]
        texts_by_account.append(texts)
        forced = lang or _known_language(account.lang)
        account_language = forced or detect_account_language([t for t in texts if t])
        languages.append(account_language)
        text_languages.append([account_language] * len(texts) if forced else detect_languages(texts, account_language))

    splits = [[split_text(text) for text in texts] for texts in texts_by_account]
    results: list[list[AnalysedText | None]] = [[None] * len(texts) for texts in texts_by_account]
    for code, nlp in pipelines.items():
        where = [(a, t) for a, codes in enumerate(text_languages) for t, c in enumerate(codes) if c == code]
        if not where:
            continue
        docs = nlp.pipe((splits[a][t].words_text for a, t in where), batch_size=batch_size)
        for (a, t), doc in zip(where, docs, strict=True):
            results[a][t] = _analyse_doc(doc, code, splits[a][t], hashtag_terms)

    analysed = []
    for account, account_language, texts in zip(accounts, languages, results, strict=True):
        n_posts, n_messages = len(account.posts), len(account.messages)
        done: list[AnalysedText] = [text for text in texts if text is not None]
        analysed.append(AnalysedAccount(
            account=account,
            language=account_language,
            posts=tuple(done[:n_posts]),
            messages=tuple(done[n_posts:n_posts + n_messages]),
            bios=tuple(done[n_posts + n_messages:]),
        ))
    return analysed


def analyse_account(account: Account, *, lang: str | None = None, lexicons_path: Path | None = None) -> AnalysedAccount:
    """Analyse one account (see :func:`analyse_accounts`)."""
    return analyse_accounts([account], lang=lang, lexicons_path=lexicons_path)[0]


def _known_language(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip().lower()[:2]
    return code if code in ("fr", "en") else None
