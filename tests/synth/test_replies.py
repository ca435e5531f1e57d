"""Genuine people answer each person in other words; the gaming fakes still paste one reply (issue #11 item 8).

Two answers are "the same" as the conversation signal sees them: their words (links, mentions, hashtags and
numbers aside) match up to the addressee's name, or share at least two thirds of their words in order
(:func:`credscore.signals.canned.repeated`).
"""

from __future__ import annotations

import random
import re

import pytest

from credscore.nlp.lexicons import load_lexicons
from credscore.resources import data_dir
from credscore.signals.canned import repeated
from credscore.synth import ARCHETYPES, generate_accounts
from credscore.synth.fillers import base_context
from credscore.synth.grammar import expand
from credscore.synth.phrasings.replies import VOICES

_NOT_WORDS = re.compile(r"https?://\S+|@[\w.]+|#\w+")
_WORDS = re.compile(r"[^\W\d_]+")
_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?:[\s'’-][^\W\d_]+)*")
ANSWERING = ("real_expert", "non_native_writer", "link_curator", "brand_community_manager", "casual_user",
             "news_outlet", "own_work_sharer", "welcome_shop", "announcement_copier", "scheduled_association",
             "social_media_pro")
# The share of a person's answers that may read like another of their answers (a bare "Merci !" twice, one
# point made twice in few words): people repeat themselves a little, a tool that pastes a reply does not vary.
MOST_ALIKE = 0.25


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(_NOT_WORDS.sub(" ", text.lower())))


def _alike_share(answers_per_account: list[list[str]]) -> float:
    """The share of answers with a twin among the same account's answers."""
    alike = total = 0
    for answers in answers_per_account:
        alike += len(repeated([_words(a) for a in answers], near_from=3))
        total += len(answers)
    assert total > 0
    return alike / total


def _replies(doc: dict) -> list[str]:
    return [p["text"] for p in doc["posts"] if p.get("kind") in ("reply", "comment")]


def test_every_answering_archetype_is_genuine():
    assert all(ARCHETYPES[archetype] == "genuine" for archetype in ANSWERING)


@pytest.mark.parametrize("lang_mix", [1.0, 0.0], ids=["fr", "en"])
@pytest.mark.parametrize("archetype", ANSWERING)
def test_genuine_people_answer_each_person_in_other_words(archetype, lang_mix):
    docs = list(generate_accounts(40, seed=91, families=[archetype], lang_mix=lang_mix, flip_rate=0.0))
    answers = [_replies(d) for d in docs if len(_replies(d)) >= 2]
    assert answers
    assert _alike_share(answers) < MOST_ALIKE


def test_people_still_send_the_odd_bare_thank_you():
    docs = list(generate_accounts(60, seed=92, families=["real_expert", "welcome_shop"], flip_rate=0.0))
    answers = [a for d in docs for a in _replies(d)]
    bare = sum(len(_words(a)) <= 2 for a in answers) / len(answers)
    assert 0.03 < bare < 0.2


@pytest.mark.parametrize("archetype", ["real_expert", "brand_community_manager", "welcome_shop"])
def test_direct_message_answers_are_worded_for_each_person(archetype):
    docs = list(generate_accounts(40, seed=93, families=[archetype], flip_rate=0.0))
    answers = []
    for d in docs:
        messages = d.get("messages", [])
        asked = {m["counterpart"] for m in messages if m["direction"] == "received"}
        # an answer follows a question; a welcome DM to a new follower is a template on purpose
        sent = [m["text"] for m in messages if m["direction"] == "sent" and m["counterpart"] in asked
                and any(r["direction"] == "received" and r["counterpart"] == m["counterpart"]
                        and r["created_at"] < m["created_at"] for r in messages)]
        if len(sent) >= 2:
            answers.append(sent)
    assert answers
    assert _alike_share(answers) < MOST_ALIKE


@pytest.mark.parametrize("archetype", ["canned_replier", "figure_faker"])
def test_gaming_fakes_still_paste_their_replies(archetype):
    docs = list(generate_accounts(40, seed=94, families=[archetype], flip_rate=0.0))
    answers = [_replies(d) for d in docs if len(_replies(d)) >= 4]
    assert answers
    empty = sum(len(repeated([_words(a) for a in replies], near_from=3) | {i for i, a in enumerate(replies)
                                                                           if len(_words(a)) <= 2})
                for replies in answers)
    assert empty / sum(len(replies) for replies in answers) > 0.8


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_voice_part_expands_and_names_no_lexicon_term(lang):
    """The parts vary the words of an answer, not the signals it carries (no praise, buzzword, measure...)."""
    lexicons = load_lexicons(data_dir() / "lexicons")
    # terms spelled with letters only (a term like "n°1" is matched on its symbols, not on the letter "n")
    terms = {(name, term.lower()) for name, lexicon in lexicons.items() for term in getattr(lexicon, lang)
             if _LETTERS_ONLY.fullmatch(term)}
    rng = random.Random(5)
    assert len(VOICES[lang]) == 3
    for voice in VOICES[lang]:
        assert set(voice) == {"ack", "detail", "follow", "short"}
        for templates in voice.values():
            for template in templates:
                text = expand(template, {}, base_context(lang, "Lyon"), rng)
                assert "{" not in text
                words = f" {' '.join(_words(text))} "
                assert not [(name, term) for name, term in terms if f" {' '.join(_words(term))} " in words], text
