"""Language identification: function words first, then lingua.

credscore reads French and English; it must also *see* when an account writes in another language
(Danish, German, Spanish...), so that its wording signals are not guessed from words it cannot read.

Most posts settle the question by their function words: "vous", "pour", "avec" are French,
"the", "your", "with" English, "und", "nicht" German, "og", "ikke" Danish. A text is counted against
the words that are stop words of one language only (spaCy's own stop-word lists; the foreign lists
leave out any word that is also a French or English word, such as "man" or "come"); when one language
has at least :data:`DECISIVE_FUNCTION_WORDS` of them and clearly dominates every other, that is the
text's language. This is some ten times quicker than a statistical identifier, and on short marketing
posts (a title and a link) more accurate than lingua's quick mode. The other texts go to lingua, a
real statistical identifier, over the languages of :data:`IDENTIFIED_LANGUAGES`: a foreign language
is kept only when lingua is confident of it (:data:`FOREIGN_MIN_CONFIDENCE`); otherwise French or
English is chosen between them alone, as before.

Short texts ("Super article !", "So true 🙌") are too short to tell apart reliably, so a
text below :data:`MIN_CHARS_PER_TEXT` takes the language of the whole account, which is
identified once on a sample of its texts (French or English with lingua's high-accuracy mode,
as before; another language with the quick mode, which is reliable on a sample). Longer texts
are identified one by one with lingua's faster low-accuracy mode, which is reliable at that length.

An account whose history holds more than :data:`UNDECIDED_SAMPLE` long texts that no function word places (a bot's
word salad, a feed of product names, tens of thousands of them) is read from a sample: lingua identifies
:data:`UNDECIDED_SAMPLE` of them, chosen by a checksum of their text (never by their order, so that the verdict does
not depend on the order of the posts), and when at least :data:`UNDECIDED_AGREEMENT` of the sample agree, the others
take that language; otherwise each is identified as always. Below that many, every text is identified on its own:
no account of the corpus, of PAN 2019 or of the hand-written cases comes near it.
"""

from __future__ import annotations

import importlib
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import regex
from lingua import IsoCode639_3, Language, LanguageDetector, LanguageDetectorBuilder

from credscore.nlp import lexicons
from credscore.nlp.cache import cached, files_digest, package_version
from credscore.nlp.lexicons import LANGUAGES, forms_by_lemma
from credscore.nlp.tokenizer import install_french_exceptions

__all__ = [
    "DEFAULT_LANGUAGE",
    "IDENTIFIED_LANGUAGES",
    "MIN_CHARS_PER_TEXT",
    "READABLE_LANGUAGES",
    "UNDETERMINED",
    "detect_account_language",
    "detect_languages",
    "function_word_vote",
    "language_code",
    "stop_words",
]

DEFAULT_LANGUAGE = "en"
# The languages credscore's lexicons and wording signals are written for.
READABLE_LANGUAGES = ("fr", "en")
# ISO 639-2's code for a text whose language could not be identified.
UNDETERMINED = "und"
MIN_CHARS_PER_TEXT = 40
# lingua's quick mode costs some 60 µs a text: past this many undecided texts in one account, a sample of this size
# tells their language (see the module docstring) ...
UNDECIDED_SAMPLE = 500
# ... when this share of the sample agrees on it.
UNDECIDED_AGREEMENT = 0.98
# Enough text to identify an account's language without reading all of a long history.
ACCOUNT_SAMPLE_CHARS = 2000

# A language wins the vote with this many of its function words when no other has any ...
DECISIVE_FUNCTION_WORDS = 2
# ... or with twice as many and this many times any other's.
FUNCTION_WORD_DOMINANCE = 4
# lingua's confidence (its probabilities sum to 1 over the languages) above which a text is taken to be in a
# language credscore cannot read: more likely than all the others together. Below it, French or English is
# chosen between them alone, as it was before other languages were told apart, so that a French post made
# of anglicisms ("growth hacking, funnels, webinar") is not called Dutch.
FOREIGN_MIN_CONFIDENCE = 0.5

# The languages lingua tells apart: French and English, the languages most often met on the same
# networks in Europe and the Americas, and the main other scripts (identified by their letters alone, at
# almost no cost). Each added Latin-script language slows lingua down: add one only for a real need.
IDENTIFIED_LANGUAGES = (
    Language.FRENCH, Language.ENGLISH,
    Language.GERMAN, Language.DUTCH, Language.DANISH, Language.SWEDISH, Language.BOKMAL, Language.FINNISH,
    Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.CATALAN, Language.ROMANIAN,
    Language.POLISH, Language.TURKISH, Language.INDONESIAN,
    Language.RUSSIAN, Language.UKRAINIAN, Language.GREEK, Language.ARABIC, Language.HEBREW, Language.HINDI,
    Language.CHINESE, Language.JAPANESE, Language.KOREAN,
)
# Languages whose spaCy stop words (those that are not French or English words) vote as function words.
FUNCTION_WORD_LANGUAGES = ("de", "nl", "da", "sv", "nb", "fi", "es", "pt", "it", "ca", "ro", "pl", "tr", "id")
_FUNCTION_WORD_CODES = frozenset(FUNCTION_WORD_LANGUAGES)  # looked up against a text's few voting languages

_WORD = regex.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# The same words in a lower-case ASCII text, found by the standard library's engine (twice as quick there): on ASCII,
# the letters ``[^\W\d_]`` are a-z once lowered, in both engines.
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# A letter of a script other than Latin. Without one, lingua considers only the Latin-script languages (it narrows its
# candidates to the alphabets the text's letters are in), so that only a function word of a foreign Latin-script
# language can back a foreign finding (see _confident_foreign).
_NON_LATIN_LETTER = regex.compile(r"[^\P{L}\p{Script=Latin}]")


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def language_code(hint: str | None) -> str | None:
    """The ISO 639-1 code of a language hint ("fr", "FR", "fr-CA", "fra", "dan"), or None when it names none."""
    if not hint:
        return None
    primary = regex.split(r"[-_\s]", hint.strip().lower(), maxsplit=1)[0]
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    if len(primary) == 3 and primary.isascii() and primary.isalpha():
        try:
            return _code(Language.from_iso_code_639_3(IsoCode639_3.from_str(primary)))
        except ValueError:
            return None
    return None


@cache
def _function_words() -> Mapping[str, tuple[str, ...]]:
    """Each function word and the languages it belongs to (French and English ones as before: not shared).

    Made from spaCy's stop words and lemma tables, once, then read from the user's cache (credscore.nlp.cache).
    """
    key = (package_version("spacy"), package_version("spacy-lookups-data"), FUNCTION_WORD_LANGUAGES,
           files_digest([Path(__file__), Path(lexicons.__file__)]))
    return cached("function-words", key, _make_function_words, check=_is_function_words)


def _is_function_words(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(codes, tuple) for codes in value.values())


def _make_function_words() -> dict[str, tuple[str, ...]]:
    words: dict[str, set[str]] = {}
    french_stop_words, english_stop_words = stop_words("fr"), stop_words("en")
    # One-letter words ("a", "y", "à") are left out: they are too often abbreviations or stray letters.
    for word in french_stop_words - english_stop_words:
        words.setdefault(word, set()).add("fr")
    for word in english_stop_words - french_stop_words:
        words.setdefault(word, set()).add("en")
    readable_words = _readable_words()
    for code in FUNCTION_WORD_LANGUAGES:
        try:
            foreign = stop_words(code)
        except ImportError:  # pragma: no cover - every language listed ships with spaCy
            continue
        # A foreign stop word that is also a French or English word ("man", "come", "die") proves nothing.
        for word in foreign - french_stop_words - english_stop_words - readable_words:
            words.setdefault(word, set()).add(code)
    return {word: tuple(sorted(codes)) for word, codes in words.items() if len(word) > 1}


def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of a language; imported on first use, French without its slow tokenizer pattern."""
    if code == "fr":
        install_french_exceptions()
    return frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)


def _readable_words() -> frozenset[str]:
    """Every French and English word form of spaCy's lemma tables (the forms and their lemmas)."""
    words: set[str] = set()
    for lang in LANGUAGES:
        for lemma, forms in forms_by_lemma(lang).items():
            words.add(lemma)
            words.update(forms)
    return frozenset(words)


@cache
def _detector(accurate: bool, wide: bool) -> LanguageDetector:
    """lingua over French and English alone (``wide=False``) or over :data:`IDENTIFIED_LANGUAGES`."""
    languages = IDENTIFIED_LANGUAGES if wide else (Language.FRENCH, Language.ENGLISH)
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return builder.build() if accurate else builder.with_low_accuracy_mode().build()


# Each text's function-word votes (see _votes), as an account's identification and its texts' share them.
Votes = dict[str, int]


def detect_account_language(texts: Sequence[str], votes_memo: dict[str, Votes] | None = None) -> str:
    """The dominant language of an account (an ISO 639-1 code), from a sample of its texts.

    ``votes_memo`` keeps each sampled text's votes, for :func:`detect_languages` to identify the text alone.
    """
    sample, size = [], 0
    # Sorted, so that the sample (and so the verdict) does not depend on the order of the posts.
    for text in sorted(texts, key=lambda text: (-len(text), text)):
        if size >= ACCOUNT_SAMPLE_CHARS:
            break
        sample.append(text)
        size += len(text)
    if not size:
        return DEFAULT_LANGUAGE
    joined = "\n".join(sample)
    # Over a sample this long, function words that dominate four to one settle it; lingua otherwise. The sample's
    # votes are its texts' votes added up (no word runs across the line breaks that join them).
    votes: Votes = {}
    memo = {} if votes_memo is None else votes_memo
    for text in sample:
        for code, count in _votes_of(text, memo).items():
            votes[code] = votes.get(code, 0) + count
    voted = _decide(votes)
    if voted:
        return voted
    # Another language is looked for with the quick mode only, on a sample long enough for it: the accurate
    # mode over all the languages loads models for seconds, and a few short posts are too little to tell.
    foreign = _confident_foreign(joined, votes) if len(joined) >= MIN_CHARS_PER_TEXT else None
    if foreign:
        return foreign
    found = _detector(True, False).detect_language_of(joined)
    return _code(found) if found else DEFAULT_LANGUAGE


def function_word_vote(text: str) -> str | None:
    """The language whose function words clearly dominate ``text``, or None when they do not settle it."""
    return _decide(_votes(text))


def _votes_of(text: str, memo: dict[str, Votes]) -> Votes:
    """:func:`_votes`, kept in ``memo`` (read only: the same dict is given to every caller)."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = _votes(text)
    return found


def _votes(text: str) -> Votes:
    """How many of each language's function words ``text`` holds."""
    function_words = _function_words()
    votes: dict[str, int] = {}
    lowered = text.lower()
    for word in (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered):
        for language in function_words.get(word, ()):
            votes[language] = votes.get(language, 0) + 1
    return votes


def _decide(votes: Mapping[str, int]) -> str | None:
    if not votes:
        return None
    # The best-placed language, French and English first on a tie (a tie is no win anyway).
    language = max(votes, key=lambda code: (votes[code], code in READABLE_LANGUAGES, code))
    mine = votes[language]
    # One stray word of a third language ("oh", "ciao", "danke") is a borrowing or an interjection, not a
    # rival: it is ignored. Between French and English every word counts, as it always has.
    others = [count for code, count in votes.items() if code != language and (
        count >= DECISIVE_FUNCTION_WORDS or (code in READABLE_LANGUAGES and language in READABLE_LANGUAGES))]
    if mine >= DECISIVE_FUNCTION_WORDS and (not others or (
            mine >= 2 * DECISIVE_FUNCTION_WORDS and all(mine >= FUNCTION_WORD_DOMINANCE * count for count in others))):
        return language
    return None


def detect_languages(texts: Sequence[str], account_language: str, memo: dict[str, str | None] | None = None,
                     votes_memo: Mapping[str, Votes] | None = None) -> list[str]:
    """One language code per text; short texts take ``account_language``, unidentifiable ones ``"und"``.

    Give the texts without their links, mentions and hashtags (:func:`credscore.nlp.text.split_text`):
    a URL's letters are noise to an identifier. ``memo`` keeps what was found for each long text,
    to share between the accounts of a batch (a text cross-posted ten times is identified once); ``votes_memo``, the
    votes of texts already counted (see :func:`detect_account_language`).
    """
    memo = {} if memo is None else memo
    # An account's own findings, kept apart from the memo shared with other accounts (see _sampled); most accounts
    # have too few texts for a sample.
    sampled: dict[str, str | None] = {}
    if len(texts) > UNDECIDED_SAMPLE:
        long_texts = {text for text in texts if len(text) >= MIN_CHARS_PER_TEXT}
        if len(long_texts) > UNDECIDED_SAMPLE:
            sampled = _sampled(long_texts, memo, votes_memo)
    codes = []
    for text in texts:
        if len(text) < MIN_CHARS_PER_TEXT:
            codes.append(account_language)
            continue
        # "" for a text the memo does not hold: None is a finding (no language identified).
        found = sampled.get(text, "")
        if found == "":
            found = memo.get(text, "")
        if found == "":
            found = memo[text] = _identify(text, votes_memo)
        codes.append(found or UNDETERMINED)
    return codes


def _sampled(texts: set[str], memo: dict[str, str | None],
             votes_memo: Mapping[str, Votes] | None) -> dict[str, str | None]:
    """The languages of ``texts`` that function words tell (as :func:`_identify` would), and those of the others when
    they are many and a sample of them agrees (see the module docstring).

    What the sample tells is not written to ``memo``: shared by the accounts of a batch, it would make another
    account's verdict depend on the accounts scored before it. The texts of the sample are (lingua identified them).
    """
    settled: dict[str, str | None] = {}
    undecided = []
    for text in texts:
        votes = votes_memo.get(text) if votes_memo is not None else None
        if votes is None:
            votes = _votes(text)
        voted = _decide(votes) or _confident_foreign(text, votes)
        if voted:
            settled[text] = voted
        else:
            undecided.append(text)
    if len(undecided) <= UNDECIDED_SAMPLE:
        return settled
    undecided.sort(key=lambda text: (zlib.crc32(text.encode("utf-8", "surrogatepass")), text))
    sample = undecided[:UNDECIDED_SAMPLE]
    found = []
    for text in sample:
        code = memo.get(text, "")
        if code == "":
            code = memo[text] = _identify(text, votes_memo)
        found.append(code)
    language, count = Counter(found).most_common(1)[0]
    if language is not None and count >= UNDECIDED_AGREEMENT * len(sample):
        settled.update(dict.fromkeys(undecided[UNDECIDED_SAMPLE:], language))
    return settled


def _identify(text: str, votes_memo: Mapping[str, Votes] | None = None) -> str | None:
    # Read from the memo, not added to it: only the texts an account's language was identified from are met twice.
    votes = votes_memo.get(text) if votes_memo is not None else None
    if votes is None:
        votes = _votes(text)
    voted = _decide(votes)
    if voted:
        return voted
    foreign = _confident_foreign(text, votes)
    if foreign:
        return foreign
    found = _detector(False, False).detect_language_of(text)
    return _code(found) if found else None


def _confident_foreign(text: str, votes: Mapping[str, int]) -> str | None:
    """The language lingua (quick mode) is confident ``text`` is in, when that is neither French nor English.

    In Latin letters, lingua must be backed by at least one function word of that language: its quick mode
    calls an English headline without function words ("Very Cool Star Trek Pizza Cutter!") Danish, while
    a real Danish, German or Spanish sentence of this length always has one. Other scripts need no backing.
    """
    # (A text's votes name one to three languages: those are looked up, not all fourteen; an ASCII text has only
    # Latin letters.)
    if not any(votes[code] for code in _FUNCTION_WORD_CODES.intersection(votes)) and (
            text.isascii() or not _NON_LATIN_LETTER.search(text)):
        # Latin letters alone and no foreign function word: whatever lingua finds, _lingua_foreign could not keep it
        # (a Latin-script language needs the backing of its function words; lingua gives no other script a chance).
        # Most French and English texts end here, without lingua's pass over 25 languages.
        return None
    return _lingua_foreign(text, votes)


def _lingua_foreign(text: str, votes: Mapping[str, int]) -> str | None:
    """What :func:`_confident_foreign` says, always asking lingua."""
    values = _detector(False, True).compute_language_confidence_values(text)
    if not values:
        return None
    best = values[0]
    code = _code(best.language)
    if code in READABLE_LANGUAGES or best.value < FOREIGN_MIN_CONFIDENCE:
        return None
    if code in FUNCTION_WORD_LANGUAGES and not votes.get(code):
        return None
    return code
