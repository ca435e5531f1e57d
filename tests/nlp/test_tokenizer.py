"""The French tokenizer without its slow pattern tokenises exactly as spaCy's own.

spaCy's French ``token_match`` (hyphenated and elided words kept whole) is one regular expression of about
300 alternatives that takes seconds to compile; credscore rewrites it with the shared parts factored out.
Compared here with spaCy's own pattern, compiled as spaCy compiles it: the matches on every word of the
samples and on generated strings, and the tokens of the seeds, a sample of the corpus and a table of hard
words. The slow test compares every text of the corpus with ``spacy.blank("fr")`` run in a process where
credscore was never imported.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from credscore.nlp.tokenizer import (
    FRENCH_EXCEPTIONS_MODULE,
    FactoredPattern,
    factor_alternation,
    install_french_exceptions,
    stock_french_pattern,
)
from tests.conftest import REPO

CORPUS = REPO / "data" / "corpus" / "synth-v6.jsonl.gz"
# One text in this many of the corpus in the quick test (the slow test reads them all).
CORPUS_SAMPLE_EVERY = 40

# Hyphenated words, elisions, URLs and odd spellings: what the exceptions are about, and what they must not catch.
HARD_WORDS = [
    "porte-monnaie", "Porte-Monnaie", "PORTE-MONNAIE", "peut-être", "aujourd'hui", "Aujourd’hui", "entr'ouvert",
    "entr’ouvrir", "grand'mère", "grands-mères", "anti-vax", "Anti-Âge", "après-midi", "arc-en-ciel",
    "saut-de-ski", "pet-en-l'air", "pet-en-l’air", "burn-out", "Burn-Outs", "black-outé", "New-York",
    "new-yorkais", "états-unis", "États-Unis", "droits-de-l'homme", "c'est-à-dire", "vis-à-vis", "est-ce",
    "qu'est-ce", "a-t-il", "va-t-elle", "dit-il", "Qu'en-dira-t-on", "l'engagement", "d'abord", "jusqu'au",
    "presqu'île", "prud'homme", "aide-soignant–e", "sous-marin", "sur-le-champ", "rendez-vous", "week-end",
    "e-mail", "e‑mail", "social‑media", "co-fondateur", "ex-Google", "self-made", "growth-hacking",
    "https://exemple.fr/porte-monnaie", "www.anti-vax.org", "@porte_monnaie", "#anti-vax", "n°1", "N°1",
    "J.-C.", "M.", "St-Étienne", "Saint-Étienne", "Aix-en-Provence", "x-", "-x", "--", "a-", "'", "l'", "’",
    "porte-\nmonnaie", "porte-monnaie\n", "anti-vax.", "(anti-vax)", "«anti-vax»", "anti-vax!!", "3-4", "2024-2025",
    "Mme.", "covid-19", "zig-zag", "yo-yo", "hip-hop", "fox-trotter", "à-côté", "ex-ante", "porte--monnaie",
]


@pytest.fixture(scope="module")
def stock_pattern() -> str:
    """spaCy's French token_match pattern (as captured by credscore, or spaCy's own if it imported it first)."""
    install_french_exceptions()
    captured = stock_french_pattern()
    if captured is not None:
        return captured
    return sys.modules[FRENCH_EXCEPTIONS_MODULE].TOKEN_MATCH.__self__.pattern


@pytest.fixture(scope="module")
def stock_match(stock_pattern: str):
    return re.compile(stock_pattern).match  # the seconds spaCy spends, once for these tests


@pytest.fixture(scope="module")
def tokenizers(stock_pattern: str, stock_match) -> tuple[Language, Language]:
    """spaCy's French pipeline with spaCy's pattern, and with credscore's."""
    stock, ours = spacy.blank("fr"), spacy.blank("fr")
    stock.tokenizer.token_match = stock_match
    ours.tokenizer.token_match = FactoredPattern(factor_alternation(stock_pattern)).match
    return stock, ours


def corpus_texts(every: int = 1) -> Iterator[str]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream:
        number = 0
        for line in stream:
            document = json.loads(line)
            texts = [item.get("text") or "" for key in ("posts", "messages") for item in document.get(key) or []]
            texts += [profile.get("bio") or "" for profile in document.get("profiles") or []]
            for text in texts:
                if number % every == 0:
                    yield text
                number += 1


def seed_texts(shared: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((shared / "seeds").glob("*.txt"))]


def tokens(nlp: Language, text: str) -> list[str]:
    return [token.text for token in nlp.make_doc(text)]


def test_the_pattern_is_factored_to_a_few_alternatives(stock_pattern):
    factored = factor_alternation(stock_pattern)
    assert stock_pattern.count("|") > 250
    # The large character classes appear a handful of times instead of hundreds: a pattern a hundred times shorter.
    assert len(factored) * 50 < len(stock_pattern)


def test_spacy_blank_takes_the_factored_pattern(stock_pattern):
    # credscore installed its module before anything imported spaCy's French (the pattern was captured).
    assert stock_french_pattern() is not None
    assert isinstance(spacy.blank("fr").tokenizer.token_match.__self__, FactoredPattern)


@pytest.mark.slow
def test_installed_in_a_fresh_process():
    # spacy.blank("fr") takes the factored pattern, and with it the tokenizer exceptions of spaCy's own module.
    script = (
        "import time, spacy.lang\n"
        "from credscore.nlp.tokenizer import FactoredPattern, install_french_exceptions\n"
        "start = time.process_time(); install_french_exceptions(); import spacy\n"
        "nlp = spacy.blank('fr'); nlp.make_doc('porte-monnaie')\n"
        "print(type(nlp.tokenizer.token_match.__self__).__name__, time.process_time() - start)\n"
        "print(len(nlp.tokenizer.rules), nlp.make_doc(\"Qu'est-ce que l'anti-vax ?\").text)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    kind, seconds = result.stdout.splitlines()[0].split()
    assert kind == "FactoredPattern"
    # spaCy's pattern alone takes about four seconds of CPU to compile.
    assert float(seconds) < 2.0
    rules = int(result.stdout.splitlines()[1].split()[0])
    assert rules == len(spacy.blank("fr").tokenizer.rules)


def test_a_pipeline_round_trip_keeps_the_factored_pattern(tokenizers):
    _, ours = tokenizers
    loaded = spacy.blank("fr").from_bytes(ours.to_bytes())
    assert loaded.tokenizer.token_match.__self__.pattern == ours.tokenizer.token_match.__self__.pattern
    assert tokens(loaded, "Le porte-monnaie d'aujourd'hui") == tokens(ours, "Le porte-monnaie d'aujourd'hui")


def test_same_matches_on_every_word(stock_pattern, stock_match, shared_dir):
    ours = FactoredPattern(factor_alternation(stock_pattern)).match
    words = {word for text in [*seed_texts(shared_dir), *corpus_texts(CORPUS_SAMPLE_EVERY)] for word in text.split()}
    words.update(HARD_WORDS)
    words.update(variant for word in list(words)
                 for variant in (word.upper(), word.title(), word.strip(".,;:!?()«»\"")))
    assert len(words) > 10_000
    different = [word for word in words if bool(stock_match(word)) != bool(ours(word))]
    assert different == []
    # Not a vacuous comparison: many words are kept whole by the exceptions.
    assert sum(bool(ours(word)) for word in words) > 100


@given(st.text(alphabet="abcéèàçôAÉ-–—‐‑'’ .loupetsrainde", max_size=24))
@settings(max_examples=400, deadline=None)
def test_same_matches_on_generated_strings(tokenizers, text):
    stock, ours = (nlp.tokenizer.token_match for nlp in tokenizers)
    assert bool(stock(text)) == bool(ours(text))


@pytest.mark.parametrize("word", HARD_WORDS)
def test_same_tokens_on_hard_words(tokenizers, word):
    stock, ours = tokenizers
    sentence = f"Vu : {word}, et l'{word} !"
    assert tokens(ours, word) == tokens(stock, word)
    assert tokens(ours, sentence) == tokens(stock, sentence)


def test_same_tokens_on_the_seeds_and_a_corpus_sample(tokenizers, shared_dir):
    stock, ours = tokenizers
    texts = [*seed_texts(shared_dir), *corpus_texts(CORPUS_SAMPLE_EVERY)]
    assert len(texts) > 2000
    assert [tokens(ours, text) for text in texts] == [tokens(stock, text) for text in texts]


@pytest.mark.parametrize(("pattern", "expected"), [
    # The large classes are what is shared; the cheap parts before them are merged.
    (f"(?i)(?:^ab[{'x' * 120}]+$)|(?:^cd[{'x' * 120}]+$)", "(?i)(?:^ab|^cd)[xxx"),
    # A capturing group or a back-reference could change meaning if moved: kept as it is.
    ("(a)|(?:b)", "(a)"),
    (r"(?:^(?:a)\1$)", r"(?:^(?:a)\1$)"),
])
def test_factoring_merges_only_what_is_safe(pattern, expected):
    assert expected in factor_alternation(pattern)


@given(st.lists(st.sampled_from(["ab", "c", "é-", "x?", "[-–]", "(?:l')?", ""]), min_size=1, max_size=3),
       st.lists(st.text(alphabet="abcé-x'l", max_size=6), min_size=1, max_size=20))
@settings(max_examples=150, deadline=None)
def test_factoring_keeps_the_strings_matched(heads, strings):
    big = "[" + "a-z" + "".join(chr(code) for code in range(0x100, 0x100 + 60)) + "]"
    alternatives = [f"(?:^{head}{big}+-{head}{big}*$)" for head in heads] + [f"(?:^{head}$)" for head in heads]
    pattern = "(?iu)" + "|".join(alternatives)
    stock, factored = re.compile(pattern), re.compile(factor_alternation(pattern))
    for text in strings:
        assert bool(stock.match(text)) == bool(factored.match(text))


@pytest.mark.slow
def test_same_tokens_as_spacy_itself_on_the_whole_corpus(tmp_path, shared_dir):
    """Every text of the corpus and the seeds, tokenised by spacy.blank("fr") in a process without credscore."""
    texts = [*seed_texts(shared_dir), *corpus_texts()]
    source = tmp_path / "texts.json"
    source.write_text(json.dumps(texts), encoding="utf-8")
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.blank('fr')\n"
        "assert 'credscore' not in sys.modules\n"
        "texts = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "json.dump([[t.text for t in nlp.make_doc(text)] for text in texts], open(sys.argv[2], 'w'))\n"
    )
    expected = tmp_path / "tokens.json"
    subprocess.run([sys.executable, "-c", script, str(source), str(expected)], check=True, timeout=900)
    install_french_exceptions()
    ours = spacy.blank("fr")
    assert isinstance(ours.tokenizer.token_match.__self__, FactoredPattern)
    assert [tokens(ours, text) for text in texts] == json.loads(expected.read_text(encoding="utf-8"))
