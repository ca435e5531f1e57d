"""Phrasing data, the template grammar and the noise functions."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from credscore.synth import ARCHETYPES
from credscore.synth.fillers import base_context
from credscore.synth.grammar import expand, slot_names
from credscore.synth.noise import add_typos
from credscore.synth.phrasings import LANGUAGES, PHRASINGS, REQUIRED_SLOTS

SETS = [(archetype, set_id) for archetype in sorted(PHRASINGS) for set_id in sorted(PHRASINGS[archetype])]
_WORD = re.compile(r"[^\W\d_]{2,}")


def test_every_archetype_has_phrasing_sets():
    assert set(PHRASINGS) == set(ARCHETYPES)
    # two or three families per archetype, so that a split by family always holds one out
    assert all(len(sets) >= 2 for sets in PHRASINGS.values())


@pytest.mark.parametrize(("archetype", "set_id"), SETS)
def test_sets_define_the_slots_their_behaviour_reads_in_both_languages(archetype, set_id):
    for lang in LANGUAGES:
        slots = PHRASINGS[archetype][set_id][lang]
        assert REQUIRED_SLOTS[archetype] <= set(slots), (lang, REQUIRED_SLOTS[archetype] - set(slots))
        assert all(isinstance(templates, list | tuple) and templates for templates in slots.values())


@pytest.mark.parametrize(("archetype", "set_id"), SETS)
def test_every_template_expands(archetype, set_id):
    rng = random.Random(0)
    for lang in LANGUAGES:
        slots = PHRASINGS[archetype][set_id][lang]
        # what the draft adds to the shared context: the owner's first name, and per message the
        # follower's handle, the subject of a piece of news, an order number; the hard cases' own
        # link and tagged handles
        context = {**base_context(lang, "Lyon"), "me": "Alex", "handle": "@sam_b", "subject": "le sujet",
                   "own": "https://example.org/a", "cc": "@a @b"}
        for name, templates in slots.items():
            for template in templates:
                for _ in range(3):
                    text = expand(template, slots, context, rng)
                    assert "{" not in text and "}" not in text, (name, template)


@pytest.mark.parametrize("archetype", sorted(PHRASINGS))
def test_sets_of_one_archetype_share_no_worded_template(archetype):
    def worded(set_id):
        return {t for slots in PHRASINGS[archetype][set_id].values() for templates in slots.values()
                for t in templates if len(_WORD.findall(re.sub(r"\{[a-z_0-9]+\}", "", t))) >= 2}

    for a, b in itertools.combinations(sorted(PHRASINGS[archetype]), 2):
        assert not worded(a) & worded(b), (a, b, worded(a) & worded(b))


@pytest.mark.parametrize(("archetype", "set_id"), SETS)
def test_dm_questions_and_answers_pair_up(archetype, set_id):
    """Conversations answer question i with answer i: the lists must line up."""
    for lang in LANGUAGES:
        slots = PHRASINGS[archetype][set_id][lang]
        if "dm_reply" in slots:
            assert len(slots["dm_in"]) == len(slots["dm_reply"])


def test_expand_fills_nested_slots_and_context():
    slots = {"greeting": ["{hello} {who}"], "hello": ["Bonjour"]}
    assert expand("{greeting} !", slots, {"who": "Alex"}, random.Random(1)) == "Bonjour Alex !"
    assert slot_names("{a} et {b_2}") == ["a", "b_2"]


def test_expand_reports_an_unknown_slot():
    with pytest.raises(KeyError, match="nowhere"):
        expand("x {nowhere}", {}, {}, random.Random(1))


def test_before_after_percentages_agree():
    context = base_context("en", "Leeds")
    rng = random.Random(3)
    for _ in range(50):
        text = expand("{pct_a} to {pct_b}", {}, context, rng)
        before, after = (float(x.rstrip("%")) for x in text.split(" to "))
        assert after > before


def test_numbers_are_written_the_french_way():
    rng = random.Random(4)
    text = expand("{pct_a} {big}", {}, base_context("fr", "Lyon"), rng)
    assert re.fullmatch(r"\d+(,\d)? % \d{1,3}(\u202f\d{3})?", text), text


def test_typos_touch_one_plain_word_and_never_links_tags_or_mentions():
    text = "Merci @julie_m pour ce partage https://bit.ly/AbCdE #communauté vraiment intéressant"
    rng = random.Random(5)
    for _ in range(200):
        noisy = add_typos(text, rng, 1.0)
        changed = [(a, b) for a, b in zip(text.split(" "), noisy.split(" "), strict=True) if a != b]
        assert len(changed) == 1
        assert changed[0][0] in {"Merci", "pour", "partage", "vraiment", "intéressant"}
    assert add_typos(text, rng, 0.0) == text
