"""One analysis per text, shared by every signal.

:func:`analyse_accounts` runs the pre-pass (:mod:`credscore.nlp.text`), identifies the
language of each text, then runs each language's spaCy pipeline once over all texts with
``nlp.pipe``. What the signals need is kept in small frozen :class:`AnalysedText` records; the
spaCy ``Doc`` objects are dropped straight away so that memory stays flat in a batch.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

from spacy.attrs import ORTH

from credscore.account import Account
from credscore.nlp.language import (
    DEFAULT_LANGUAGE,
    READABLE_LANGUAGES,
    detect_account_language,
    detect_languages,
    language_code,
)
from credscore.nlp.lexicons import load_lexicons
from credscore.nlp.memo import bounded
from credscore.nlp.pipeline import EXTENSION, LexiconMatcher, default_pipelines
from credscore.nlp.text import SplitText, split_text
from credscore.resources import data_dir

__all__ = ["AnalysedAccount", "AnalysedText", "LexiconMatch", "analyse_account", "analyse_accounts", "language_shares"]

logger = logging.getLogger(__name__)

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
    """What the signals need to know about one text (post, message or bio), as normalised by the pre-pass."""

    lang: str
    """The text's language (ISO 639-1: "fr", "en", "da"...), "und" for a long text no language was found in.
    Texts in a language other than French or English are read with the English pipeline."""
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
        if not self.matches:
            return []  # most texts: nothing to sort
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
    """The ISO 639-1 code of the language most of the account's own words are in (French, English or not)."""
    posts: tuple[AnalysedText, ...]
    messages: tuple[AnalysedText, ...]
    bios: tuple[AnalysedText, ...]
    readable_share: float = 1.0
    """The share of the account's own words (posts, messages, bios) in texts identified as French or English:
    what credscore can read. 1.0 for an account with no words at all (nothing it could not read)."""


@cache
def _hashtag_terms(lexicons_path: Path | None) -> Mapping[str, tuple[tuple[str, str], ...]]:
    """Lexicon terms as they are written in hashtags ("socialmedia" for "social media")."""
    # One term per lexicon and hashtag: "#gamechanger" spells both "game changer" and "game-changer".
    index: dict[str, dict[str, str]] = {}
    # The terms the matchers look for, in their order, read from the lexicons: no pipeline is built for this.
    lexicons = load_lexicons(lexicons_path or data_dir() / "lexicons")
    for lexicon_name, lexicon in sorted(lexicons.items()):
        for _, term in lexicon.terms():
            index.setdefault(hashtag_spelling(term), {}).setdefault(lexicon_name, term)
    return {tag: tuple(terms.items()) for tag, terms in index.items()}


# What a token is to the signals, decided once per distinct spelling (see _TokenKinds).
_SKIPPED, _WORD, _NUMBER, _OTHER = range(4)
# Distinct spellings remembered per language before the memo starts afresh: bounds memory in a long batch.
TOKEN_KIND_MEMO_SIZE = 200_000
# spaCy's vocabulary keeps every string it has seen; past this many, the pipelines are built afresh, so that
# memory stays flat over millions of accounts. (``nlp.memory_zone`` would free them too, but turns off the
# tokenizer's cache inside the zone, which costs more than rebuilding now and then.)
MAX_VOCABULARY_STRINGS = 2_000_000


class _TokenKinds:
    """The kind and lower-case form of each distinct token spelling, looked up once per spelling.

    Creating a spaCy ``Token`` per token costs more than tokenising; a text's tokens are read as an
    array of ``ORTH`` hashes instead, and each spelling's lexeme flags are read once and memoised.
    """

    def __init__(self, vocab) -> None:
        self._vocab = vocab
        self.memo: dict[int, tuple[int, str]] = {}
        """Read directly by the per-token loop; :meth:`__call__` fills it."""

    def __call__(self, orth: int) -> tuple[int, str]:
        known = self.memo.get(orth)
        if known is None:
            if len(self.memo) >= TOKEN_KIND_MEMO_SIZE:
                self.memo.clear()
            known = self.memo[orth] = self._kind(self._vocab[orth])
        return known

    @staticmethod
    def _kind(lexeme) -> tuple[int, str]:
        text = lexeme.orth_
        if lexeme.is_space or (lexeme.is_punct and text not in _PERCENT_OR_AMOUNT):
            return _SKIPPED, ""
        if lexeme.is_alpha:
            return _WORD, lexeme.lower_
        if lexeme.like_num or lexeme.is_currency or text in _PERCENT_OR_AMOUNT or any(c.isdigit() for c in text):
            return _NUMBER, ""
        return _OTHER, ""


@cache
def _token_kinds(nlp) -> _TokenKinds:
    return _TokenKinds(nlp.vocab)


# Pre-passed texts whose spaCy reading is remembered across chunks: a batch meets the same short texts ("Merci !", a
# DM template, a cross-post) over and over, often thousands of accounts apart. Past this, the oldest half is dropped
# before the next chunk: memory stays flat (about 60 MB at this size). On 20,000 generated accounts (172,000
# distinct pre-passed texts), the old memo of 20,000 that started afresh when full read 371,000 texts; this one
# reads 207,000.
READING_MEMO_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class _Reading:
    """What spaCy tells about one pre-passed text, whatever raw text it came from."""

    words: tuple[str, ...]
    tokens: int
    number_positions: tuple[int, ...]
    matches: tuple[LexiconMatch, ...]


# Raw texts whose pre-pass, and pre-passed texts whose identified language, are remembered across chunks (each a
# pure function of the text): a cross-post, a DM template or a greeting met in one chunk is met again later. When a
# memo outgrows this, its oldest half is dropped before the next chunk: memory stays flat, recent texts remembered.
SPLIT_MEMO_SIZE = 20_000
LANGUAGE_MEMO_SIZE = 100_000
# The function-word votes of the texts accounts' languages are identified from (an account's longest texts, which are
# read again for each account that posts them): a few small counts per text.
VOTES_MEMO_SIZE = 50_000
_split_memo: dict[str, SplitText] = {}
_language_memo: dict[str, str | None] = {}
_votes_memo: dict[str, dict[str, int]] = {}


# Per pipeline (a rebuilt pipeline starts a new memo, and a dropped one takes its memo with it), the reading of
# each pre-passed text.
_readings: weakref.WeakKeyDictionary[Any, dict[str, _Reading]] = weakref.WeakKeyDictionary()


def _reading_memo(nlp) -> dict[str, _Reading]:
    memo = _readings.get(nlp)
    if memo is None:
        memo = _readings[nlp] = {}
    return memo


def _read_doc(doc, found, kinds: _TokenKinds) -> _Reading:
    memo = kinds.memo
    # Comprehensions over the tokens' (kind, lower) pairs: a loop statement per token cost a third more.
    read = [memo.get(orth) or kinds(orth) for orth in (doc.to_array(ORTH).tolist() if len(doc) else ())]
    token_kinds = [kind for kind, _ in read]
    words = tuple([lower for kind, lower in read if kind == _WORD])
    tokens = len(token_kinds) - token_kinds.count(_SKIPPED)
    # Most texts hold no number: their positions are looked for only when there is one.
    numbers = tuple([position for position, kind in enumerate(token_kinds) if kind == _NUMBER]
                    if _NUMBER in token_kinds else ())
    matches = tuple([LexiconMatch(lexicon, term, start, end) for lexicon, term, start, end in found]) if found else ()
    return _Reading(words, tokens, numbers, matches)


def _readings_of(nlp, texts: list[str], batch_size: int) -> dict[str, _Reading]:
    """The reading of each pre-passed text, from the memo or from one spaCy pass over those not in it."""
    memo = bounded(_reading_memo(nlp), READING_MEMO_SIZE)
    # This call's readings are gathered apart from the memo, which another thread may trim meanwhile.
    found: dict[str, _Reading] = {}
    new = []
    for text in dict.fromkeys(texts):
        reading = memo.get(text)
        if reading is None:
            new.append(text)
        else:
            found[text] = reading
    kinds = _token_kinds(nlp)
    matcher = cast(LexiconMatcher, nlp.get_pipe("credscore_lexicons"))
    # Read as the lexicons spell their terms (an accent added or hyphens cut into a term undone), kept under the
    # pre-passed text.
    respell = getattr(matcher, "respell", None) or (lambda text: text)
    if nlp.pipe_names == ["credscore_lexicons"] and hasattr(matcher, "find"):
        # The tokenizer and the matcher called directly: what ``nlp.pipe`` does here, without its per-doc
        # overhead or the ``Doc._`` extension lookups.
        tokenizer = nlp.tokenizer
        for text in new:
            doc = tokenizer(respell(text))
            found[text] = memo[text] = _read_doc(doc, matcher.find(doc), kinds)
    else:
        docs = nlp.pipe([respell(text) for text in new], batch_size=batch_size)
        for text, doc in zip(new, docs, strict=True):
            found[text] = memo[text] = _read_doc(doc, doc._.get(EXTENSION), kinds)
    return found


def _analysed_text(reading: _Reading, lang: str, split: SplitText,
                   hashtag_terms: Mapping[str, tuple[tuple[str, str], ...]]) -> AnalysedText:
    matches = reading.matches
    if split.hashtags:
        tagged = [LexiconMatch(lexicon, term, -1, -1)
                  for tag in split.hashtags for lexicon, term in hashtag_terms.get(tag, ())]
        if tagged:
            matches = (*matches, *tagged)
    return AnalysedText(lang, reading.words, reading.tokens, reading.number_positions, matches, split.links,
                        split.mentions, split.hashtags, split.emoji)


def analyse_accounts(
    accounts: Sequence[Account],
    *,
    lang: str | None = None,
    lexicons_path: Path | None = None,
    batch_size: int = 256,
) -> list[AnalysedAccount]:
    """Analyse every text of ``accounts`` with one ``nlp.pipe`` pass per language.

    ``lang`` forces the language of every text (as the CLI's ``--lang``). Otherwise each text long enough
    is identified, and an account's own ``lang`` hint (any ISO 639 code: an account hinted ``"da"`` is
    Danish, read through the English pipeline) stands for its short texts; failing a hint, the account's
    language is identified from all its texts.
    """
    pipelines = default_pipelines(lexicons_path)
    hashtag_terms = _hashtag_terms(lexicons_path)
    # A text cross-posted ten times, or a DM template sent to a hundred people, is pre-passed and identified once
    # (each a pure function of the text alone).
    split_memo = bounded(_split_memo, SPLIT_MEMO_SIZE)
    language_memo = bounded(_language_memo, LANGUAGE_MEMO_SIZE)
    splits: dict[str, SplitText] = {}  # this chunk's, apart from the memo (which another thread may trim)
    # The function-word votes of the texts an account's language was identified from: the texts' own identification
    # reads them again, and so does the next account that posts the same text.
    votes = bounded(_votes_memo, VOTES_MEMO_SIZE)
    raw_texts: list[list[str]] = []
    languages: list[str] = []
    text_languages: list[list[str]] = []
    for account in accounts:
        texts = [post.text for post in account.posts] + [message.text for message in account.messages]
        texts += [profile.bio or "" for profile in account.profiles]
        raw_texts.append(texts)
        for text in texts:
            if text not in splits:
                split = split_memo.get(text)
                if split is None:
                    split = split_memo[text] = split_text(text)
                splits[text] = split
        # Languages are identified on the words alone: links and handles are noise to an identifier.
        words = [splits[text].words_text for text in texts]
        # The CLI's --lang is the user's word and forces every text. The document's own "lang" is a hint (an
        # importer may set it from the interface's language): it stands for the short texts, where no language
        # can be identified, while each longer text is still identified, so that a Danish account hinted "fr"
        # is not read as French.
        forced = language_code(lang)
        account_language = forced or language_code(account.lang) or detect_account_language(
            [text for text in words if text], votes)
        languages.append(account_language)
        text_languages.append([account_language] * len(words) if forced
                              else detect_languages(words, account_language, language_memo, votes))

    # Texts in a language credscore has no pipeline for go through the English one, so that nothing
    # downstream breaks; their AnalysedText.lang still says their real language.
    # Each pipeline's texts, with the languages each was identified in (a short "Merci !" may be French in one
    # account and Danish in another): one spaCy pass per text, one record per language.
    by_pipeline: dict[str, dict[str, dict[str, None]]] = {code: {} for code in pipelines}
    for texts, codes in zip(raw_texts, text_languages, strict=True):
        for text, text_code in zip(texts, codes, strict=True):
            # The codes with a pipeline are by_pipeline's keys: a plain dict look-up, once per text of the chunk.
            pipeline_texts = by_pipeline.get(text_code)
            if pipeline_texts is None:
                pipeline_texts = by_pipeline[DEFAULT_LANGUAGE]
            pipeline_texts.setdefault(text, {})[text_code] = None
    analysed_memo: dict[tuple[str, str], AnalysedText] = {}
    for pipeline_code, codes_of in by_pipeline.items():
        if not codes_of:
            continue
        # Keyed on the pre-passed text: two raw texts that differ only in links, hashtags or emoji are read once.
        readings = _readings_of(pipelines[pipeline_code], [splits[text].words_text for text in codes_of],
                                batch_size)
        for text, text_codes in codes_of.items():
            split = splits[text]
            for code in text_codes:
                analysed_memo[code, text] = _analysed_text(readings[split.words_text], code, split, hashtag_terms)
    results = [[analysed_memo[code, text] for text, code in zip(texts, codes, strict=True)]
               for texts, codes in zip(raw_texts, text_languages, strict=True)]

    if sum(len(nlp.vocab.strings) for nlp in pipelines.built()) > MAX_VOCABULARY_STRINGS:
        logger.debug("spaCy vocabularies past %d strings: building the pipelines afresh", MAX_VOCABULARY_STRINGS)
        default_pipelines.cache_clear()  # type: ignore[attr-defined]
        _token_kinds.cache_clear()
        _readings.clear()

    analysed = []
    for account, account_language, account_texts in zip(accounts, languages, results, strict=True):
        n_posts, n_messages = len(account.posts), len(account.messages)
        dominant, readable = language_shares(account_texts, account_language)
        analysed.append(AnalysedAccount(
            account=account,
            language=dominant,
            posts=tuple(account_texts[:n_posts]),
            messages=tuple(account_texts[n_posts:n_posts + n_messages]),
            bios=tuple(account_texts[n_posts + n_messages:]),
            readable_share=readable,
        ))
    return analysed


def analyse_account(account: Account, *, lang: str | None = None, lexicons_path: Path | None = None) -> AnalysedAccount:
    """Analyse one account (see :func:`analyse_accounts`)."""
    return analyse_accounts([account], lang=lang, lexicons_path=lexicons_path)[0]


def language_shares(texts: Sequence[AnalysedText], account_language: str) -> tuple[str, float]:
    """The language most of the account's own words are in, and the share of words in French or English.

    Without any word, the account's language as identified (or given) and nothing unread.
    """
    words: dict[str, int] = {}
    for text in texts:
        if text.words:
            words[text.lang] = words.get(text.lang, 0) + len(text.words)
    total = sum(words.values())
    if not total:
        return account_language, 1.0
    # Most words first; on a tie the account's own language, then French or English, then the code.
    dominant = max(words, key=lambda code: (words[code], code == account_language, code in READABLE_LANGUAGES, code))
    return dominant, sum(words.get(code, 0) for code in READABLE_LANGUAGES) / total
