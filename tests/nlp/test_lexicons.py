import pytest

from credscore.errors import LexiconError
from credscore.nlp.lexicons import expand_term, load_lexicons
from tests.conftest import analysed


@pytest.mark.parametrize(("term", "lang", "present", "absent"), [
    # Numerals are matched as written: the lemma table reads "first" as a form of "1".
    ("number 1", "en", "number 1", "number first"),
    ("n°1", "fr", "n°1", "n°first"),
    # Words keep their inflections and accent-free spellings.
    ("communauté", "fr", "communautés", "communaute1"),
    ("thought leader", "en", "thought leaders", "thought leader 1"),
])
def test_expand_term(term, lang, present, absent):
    forms = expand_term(term, lang)
    assert present in forms
    assert absent not in forms


@pytest.mark.parametrize(("text", "lang", "term"), [
    # The tokenizer splits "N°1" (capital) and "n°1" differently: both match.
    ("N°1 du growth hacking", "fr", "n°1"),
    ("Le n°1 du growth hacking", "fr", "n°1"),
    ("NO.1 LinkedIn expert", "en", "no.1"),
    ("Thought Leader and speaker", "en", "thought leader"),
])
def test_a_term_matches_whatever_its_case(text, lang, term):
    assert term in {match.term for match in analysed([text], lang=lang).posts[0].terms("self_titles")}


def test_numbers_first_is_no_rank_claim():
    assert analysed(["Numbers first, opinions second"], lang="en").posts[0].terms("self_titles") == []


def test_context_words_are_validated(tmp_path):
    (tmp_path / "titles.toml").write_text('description = "x"\nen = ["guru"]\n[contexts.employer]\nen = ["at"]\n')
    assert load_lexicons(tmp_path)["titles"].contexts["employer"].words() == ("at",)
    (tmp_path / "titles.toml").write_text('description = "x"\nen = ["guru"]\n[contexts.employer]\nde = ["bei"]\n')
    with pytest.raises(LexiconError, match=r"contexts\.employer\.de"):
        load_lexicons(tmp_path)
