"""Self-proclaimed titles in bios.

"Se faire appeler gourou, ninja des réseaux sociaux": a fake expert's bio gives them titles
nobody awarded (guru, ninja, rockstar, evangelist, thought leader, "expert n°1", "#1") where a
real professional names a job, an employer or a result. The more such titles, and the more
profiles that carry them, the louder the claim.

Titles are the terms of the ``self_titles`` lexicon found in the analysed bios
(``AnalysedAccount.bios``, aligned with the account's profiles). A title counts only when the
person applies it to themselves as a boast; its clause of the bio (clauses end at ``|``, ``•``,
``;``, commas, full stops, slashes and line breaks) decides, with the word lists of the lexicon's
``[contexts]`` tables:

- a job title at an employer is no boast: a title followed by "at", "chez" or "@" ("Developer
  Evangelist at Acme", "Ninja @Acme");
- a research, teaching or reporting subject is no boast ("Influencer marketing researcher", "I study
  online gurus"), nor a title that only qualifies a field ("influencer marketing", "Genius Bar");
- other people are not the person: a plural ("I help influencers"), or a title shortly after
  "for", "help", "become", "pour", "j'accompagne"; nor is a title denied ("not your average guru",
  "ni gourou ni ninja");
- titles that are also real trades (magician, wizard, evangelist, genius) count only as a metaphor,
  next to a field of business or social media ("magicienne du SEO", "marketing genius"): a children's
  party magician or an Apple Genius is no boast.

The bio is read as the analysis saw it (normalised: no zero-width or look-alike tricks); the display
name (``Account.name``) is not read. Evidence quotes the bio as written.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

import regex

from credscore.nlp import lexicons as lexicons_module
from credscore.nlp.analysis import AnalysedAccount, AnalysedText, LexiconMatch
from credscore.nlp.cache import cached, files_digest, package_version
from credscore.nlp.lexicons import ContextWords, expand_term, load_lexicons, strip_accents
from credscore.nlp.normalise import normalise
from credscore.resources import data_dir
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    profile_evidence,
    share,
    signal,
)

NAME = "self_titles"
LEXICON = "self_titles"
# "#1" in a bio ("#1 LinkedIn expert") is a rank claim, but the pre-pass takes it out of the text as the
# hashtag "1", where no lexicon term can reach it: such hashtags count as the title below.
RANK_HASHTAGS = frozenset({"1"})
RANK_TITLE = "#1"
# Lexicons whose terms name a field of business or social media: next to one, a trade is a metaphor.
DOMAIN_LEXICONS = ("social_media_topics", "buzzwords", "business_metrics", "sales_pitch")
# Words read after a title for an employer ("Evangelist at Acme"): a few, so that "guru. Worked at Acme"
# in the same clause does not count, while "Evangelist, EMEA at Acme" is a separate clause anyway.
EMPLOYER_WINDOW = 3
# Words read before a title for someone else: "I help coaches become thought leaders", "pour les influenceurs"
# (a denial is read anywhere before the title in its clause: "not your average marketing guru").
OTHERS_WINDOW = 3
# Where a clause of a bio ends: separators, full stops, dashes between spaces, brackets.
_CLAUSE_END = regex.compile(r"[|•·;,/\n\r\t()\[\]]+|\.(?=\s|$)|\s[-–—]+\s")
# A word of a clause: letters and digits, with inner apostrophes, hyphens, dots and degree signs
# ("j'aide", "self-made", "no.1", "n°1"); "@" alone is a word (an employer: "Ninja @ Acme").
_TOKEN = regex.compile(r"@|[\w]+(?:['°.\-][\w]+)*")


@signal(NAME, [
    Feature("distinct_titles", "Number of different self-proclaimed titles (guru, ninja, n°1...) across the bios",
            "Nombre de titres autoproclamés différents (gourou, ninja, n°1...) dans les biographies",
            towards="fake", family="hollow_talk"),
    Feature("titled_bio_share", "Share of the account's bios that carry a self-proclaimed title",
            "Part des biographies du compte qui affichent un titre autoproclamé",
            towards="fake", family="hollow_talk"),
])
def self_titles(account: AnalysedAccount) -> SignalResult:
    """Distinct self-proclaimed titles across the bios, and the share of bios that carry one.

    Spelling variants ("rock star", "rockstar") are one title; a title counts only where the bio applies it to
    the person as a boast (see the module's docstring). Not measurable when no profile has a bio.
    """
    with_bio = [i for i, profile in enumerate(account.account.profiles) if (profile.bio or "").strip()]
    if not with_bio:
        return not_measurable(NAME, "no profile with a bio")
    titles = {i: _titles(account.bios[i], account.account.profiles[i].bio or "") for i in with_bio}
    titled = [i for i in with_bio if titles[i]]
    seen: set[str] = set()
    first_to_claim = []
    for i in titled:
        if not titles[i] <= seen:
            first_to_claim.append(i)
            seen |= titles[i]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "distinct_titles": float(len(seen)),
            "titled_bio_share": share(len(titled), len(with_bio)),
        },
        evidence={
            "distinct_titles": cited(profile_evidence, account, first_to_claim),
            "titled_bio_share": cited(profile_evidence, account, titled),
        },
    )


def _titles(bio: AnalysedText, raw_bio: str) -> set[str]:
    """The titles one bio gives the person, a phrase's inner terms left out ("n°1" inside "expert n°1")."""
    matches = [m for m in bio.matches if m.lexicon == LEXICON]
    # Two terms over the same words ("magicien" and its form "magicienne") are one title.
    by_span: dict[tuple[int, int], str] = {}
    for m in matches:
        if m.start >= 0 and not _inside_another(m, matches):
            by_span[m.start, m.end] = min(by_span.get((m.start, m.end), m.term), m.term)
    candidates = set(by_span.values())
    hashtag_terms = {m.term for m in matches if m.start < 0}
    has_rank_hashtag = bool(RANK_HASHTAGS.intersection(bio.hashtags))
    if not candidates and not hashtag_terms and not has_rank_hashtag:
        return set()
    contexts = _contexts()
    clauses = _clauses(raw_bio)
    domains = _domain_forms(bio)
    found = {_key(term) for term in candidates if _boasts(term, clauses, contexts, domains)}
    # A hashtag has no clause around it: it counts unless the bio is about research or teaching, and a
    # trade as a hashtag (#magician) is a trade.
    if not any(_has_phrase(clause, contexts["topic"]) for clause in clauses):
        metaphors = contexts["metaphors"]
        found |= {_key(term) for term in hashtag_terms if (_fold(term),) not in metaphors}
        if has_rank_hashtag:
            found.add(RANK_TITLE)
    return found


def _boasts(term: str, clauses: Sequence[str], contexts: dict[str, frozenset[tuple[str, ...]]],
            domains: regex.Pattern[str] | None) -> bool:
    """Whether some occurrence of ``term`` in the bio's clauses is a title the person gives themselves."""
    pattern = _term_pattern(term)
    singular_end = _fold(term).split()[-1][-1:]
    located = False
    for clause in clauses:
        for match in pattern.finditer(clause):
            located = True
            surface = match[0]
            before, after = _TOKEN.findall(clause[:match.start()]), _TOKEN.findall(clause[match.end():])
            if surface[-1:] in "sx" and singular_end not in "sx":
                continue  # a plural names other people: "I help influencers"
            if _has_phrase(tuple(after[:EMPLOYER_WINDOW]), contexts["employer"]):
                continue
            if _has_phrase(tuple(before[-OTHERS_WINDOW:]), contexts["others"]) or _has_phrase(
                    tuple(before), contexts["denials"]):
                continue
            if after and _has_phrase((after[0],), contexts["topic_heads"]):
                continue
            if _has_phrase(clause, contexts["topic"]):
                continue
            if (_fold(term),) in contexts["metaphors"] and not _names_a_field(clause, contexts, domains):
                continue
            return True
    # A term the lexicon matched but the clauses cannot place (a spelling the tokenisers split apart) counts, as
    # it always did: better a boast kept than one lost to a tokenisation detail.
    return not located


def _names_a_field(clause: str, contexts: dict[str, frozenset[tuple[str, ...]]],
                   domains: regex.Pattern[str] | None) -> bool:
    return _has_phrase(clause, contexts["domains"]) or bool(domains and domains.search(clause))


def _has_phrase(text: str | tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``text`` (a clause, or its words) holds one of ``phrases`` (each a tuple of folded words)."""
    words = tuple(_TOKEN.findall(text)) if isinstance(text, str) else text
    if not words:
        return False
    empty, by_first_word = _phrases_by_first_word(phrases)
    if empty:  # an empty phrase is found at any word
        return True
    # At each word, only the phrases that begin with it are compared (not every phrase at every word).
    for start, word in enumerate(words):
        for phrase in by_first_word.get(word, ()):
            if words[start:start + len(phrase)] == phrase:
                return True
    return False


# The context lists are a handful of sets, each read once: their phrases grouped by first word are kept.
PHRASE_INDEXES_REMEMBERED = 64


@lru_cache(maxsize=PHRASE_INDEXES_REMEMBERED)
def _phrases_by_first_word(phrases: frozenset[tuple[str, ...]]) -> tuple[bool, dict[str, tuple[tuple[str, ...], ...]]]:
    """Whether ``phrases`` holds the empty phrase, and the others by their first word."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            grouped.setdefault(phrase[0], []).append(phrase)
    return () in phrases, {word: tuple(group) for word, group in grouped.items()}


def _clauses(raw_bio: str) -> list[str]:
    """The bio as the analysis read it, folded (lower case, no accents) and cut into clauses."""
    text = normalise(html.unescape(raw_bio) if "&" in raw_bio else raw_bio).replace("\u2019", "'")
    return [clause for clause in _CLAUSE_END.split(_fold(text)) if clause.strip()]


def _domain_forms(bio: AnalysedText) -> regex.Pattern[str] | None:
    """A pattern for the field terms (social media, buzzwords, business, sales) the analysis found in the bio."""
    terms = sorted({m.term for m in bio.matches if m.lexicon in DOMAIN_LEXICONS and m.start >= 0})
    if not terms:
        return None
    return _terms_pattern(tuple(terms))


# Distinct sets of field terms whose pattern is kept: bios repeat the same few combinations, and building one
# costs more than the rest of the signal.
TERMS_PATTERN_CACHE = 1024


@lru_cache(maxsize=TERMS_PATTERN_CACHE)
def _terms_pattern(terms: tuple[str, ...]) -> regex.Pattern[str]:
    return _forms_pattern(form for term in terms for form in _forms(term))


@cache
def _term_pattern(term: str) -> regex.Pattern[str]:
    return _forms_pattern(_forms(term))


@cache
def _forms(term: str) -> tuple[str, ...]:
    """The spellings the matcher accepts for ``term`` (French and English inflections), folded."""
    table = _forms_table()
    return table[term] if term in table else _expanded(term)


def _expanded(term: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_fold(form) for lang in ("fr", "en") for form in expand_term(term, lang)))


@cache
def _forms_table() -> Mapping[str, tuple[str, ...]]:
    """:func:`_forms` of every term of the self-title and field lexicons, built once and then read from the user
    cache: expanding them reads spaCy's lemma tables, a fifth of a second that one verdict need not wait for."""
    folder = data_dir() / "lexicons"
    key = (package_version("spacy-lookups-data"), files_digest(sorted(folder.glob("*.toml"))),
           files_digest([Path(__file__), Path(lexicons_module.__file__)]))

    def build() -> dict[str, tuple[str, ...]]:
        lexicons = load_lexicons(folder)
        return {term: _expanded(term) for name in (LEXICON, *DOMAIN_LEXICONS) for _, term in lexicons[name].terms()}

    return cached("self-title-forms", key, build, check=lambda value: isinstance(value, dict) and all(
        isinstance(forms, tuple) for forms in value.values()))


def _forms_pattern(forms: Iterable[str]) -> regex.Pattern[str]:
    # Longest first, so that "rock stars" wins over "rock star"; whole words only.
    alternatives = sorted(set(forms), key=lambda form: (-len(form), form))
    body = "|".join(r"\s+".join(regex.escape(word) for word in form.split()) for form in alternatives)
    return regex.compile(rf"(?<![\w°#@])(?:{body})(?![\w°])")


def _fold(text: str) -> str:
    return strip_accents(text.replace("\u2019", "'")).lower()


@cache
def _contexts() -> dict[str, frozenset[tuple[str, ...]]]:
    """The ``[contexts]`` word lists of the bundled self_titles lexicon, each phrase as a tuple of folded words."""
    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]
    empty = ContextWords()
    names = ("metaphors", "domains", "employer", "topic", "topic_heads", "others", "denials")
    return {name: frozenset(tuple(_TOKEN.findall(_fold(word))) for word in lexicon.contexts.get(name, empty).words())
            for name in names}


def _inside_another(match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    """Whether ``match`` lies strictly inside another match (a bio has a handful: the loop stays small)."""
    return any(other.start <= match.start and match.end <= other.end and (other.start, other.end) !=
               (match.start, match.end) for other in matches if other.start >= 0)


def _key(term: str) -> str:
    return term.replace(" ", "").replace("-", "")
