"""Respelling: an accent added to a term or hyphens cut into it do not hide it from the lexicons; real words keep
their spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.nlp.pipeline import default_pipelines
from credscore.nlp.respell import Respeller, real_words
from credscore.nlp.text import split_text
from tests.nlp.test_tokenizer import corpus_texts, seed_texts

# What a lexicon would know: forms with their accents and without (as credscore.nlp.lexicons expands them).
FORMS = {"engagement", "storytelling", "communauté", "communaute", "viralité", "viralite", "mindset",
         "e-réputation", "e-reputation", "compte", "levier"}
# Real words whose accents are their own, though their accent-free spelling is a form ("compté" is not "compte").
REAL = {"compté", "comptés"}


@pytest.mark.parametrize(("text", "expected"), [
    ("L'éngagement de ta commu", "L'engagement de ta commu"),
    ("Ta commu-nauté te le rendra", "Ta communauté te le rendra"),
    ("Le story-telling, c'est la clé", "Le storytelling, c'est la clé"),
    ("la vi-ra-lité d'un post", "la viralité d'un post"),
    ("Work on your mind-set", "Work on your mindset"),
    ("Your stôrytelling and your vîral... ", "Your storytelling and your vîral... "),  # "viral" is no form here
    ("Un lévier de croissance", "Un levier de croissance"),
    ("ÉNGAGEMENT !", "engagement !"),
    # Real words and terms written with their own hyphen or accents stay as written.
    ("Peut-être demain, c'est-à-dire lundi", "Peut-être demain, c'est-à-dire lundi"),
    ("Notre e-réputation et notre communauté", "Notre e-réputation et notre communauté"),
    ("Nous avons compté 120 clients", "Nous avons compté 120 clients"),
    ("Un week-end à Saint-Étienne", "Un week-end à Saint-Étienne"),
    ("plain ascii engagement", "plain ascii engagement"),
    ("", ""),
])
def test_respelled(text, expected):
    assert Respeller(FORMS, REAL)(text) == expected


def test_real_words_are_those_an_accent_free_reading_would_turn_into_a_form():
    vocabulary = ["compté", "comptés", "compte", "communauté", "été", "engagé", "lévier"]
    # "communauté" is a form itself; "comptés", "été" and "engagé" lose their accents into no form; "compte" has none.
    assert real_words(FORMS, [vocabulary]) == ["compté", "lévier"]


@given(st.text(alphabet="aéèêicmnotu- ', ", max_size=60))
def test_respelling_is_idempotent_and_never_touches_what_hides_nothing(text):
    respell = Respeller(FORMS, REAL)
    once = respell(text)
    assert respell(once) == once
    if "-" not in text and text.isascii():
        assert once == text


@pytest.fixture(scope="module")
def shipped():
    return {lang: nlp.get_pipe("credscore_lexicons").respell for lang, nlp in default_pipelines().items()}


def test_the_shipped_lexicons_see_through_the_tricks(shipped):
    for respell in shipped.values():
        assert respell("L'éngagement de ta commu-nauté, le story-telling") == (
            "L'engagement de ta communauté, le storytelling")


def test_real_french_and_english_words_keep_their_accents(shipped, shared_dir):
    # The seeds and a sample of the corpus, as the analysis reads them: words change only where hyphens joined (an
    # "e-book" is an "ebook"), never by an accent taken off.
    for respell in shipped.values():
        for text in [split_text(raw).words_text for raw in [*seed_texts(shared_dir), *corpus_texts(10)]]:
            changed = set(text.split()) - set(respell(text).split())
            assert all("-" in word for word in changed), (text, changed)
