"""What every pair of archetypes added together (a fake and its hard genuine counterpart) must hold: one fake and one
genuine with the same weight and three phrasing sets each, every set's slots in both languages, valid labelled
documents in the language asked for, and determinism for a seed.

Each pair's own behaviour is tested in its module (``test_funnel.py``, ``test_dream.py``).
"""

from __future__ import annotations

import pytest

from credscore.account import parse_account
from credscore.nlp.language import detect_account_language
from credscore.synth import ARCHETYPES, families, generate_accounts
from credscore.synth.archetypes import WEIGHTS
from credscore.synth.phrasings import LANGUAGES, PHRASINGS, REQUIRED_SLOTS

# (fake, genuine): release 5's sales funnel and its teacher, release 6's dream seller and its money educator.
PAIRS = [("funnel_guru", "course_teacher"), ("dream_seller", "money_educator")]
FAMILIES = [f for f in families() if any(f.split("/")[0] in pair for pair in PAIRS)]
# Texts long enough for the language to be told.
LONG_ENOUGH = 400


@pytest.mark.parametrize(("fake", "genuine"), PAIRS)
def test_one_fake_and_one_genuine_archetype_with_the_same_weight_and_three_families_each(fake, genuine):
    assert ARCHETYPES[fake] == "fake" and ARCHETYPES[genuine] == "genuine"
    assert WEIGHTS[fake] == WEIGHTS[genuine] > 0
    assert sorted(PHRASINGS[fake]) == sorted(PHRASINGS[genuine]) == ["p1", "p2", "p3"]
    assert len([f for f in FAMILIES if f.split("/")[0] in (fake, genuine)]) == 6


@pytest.mark.parametrize("family", FAMILIES)
def test_every_set_defines_its_slots_in_both_languages(family):
    archetype, set_id = family.split("/")
    for lang in LANGUAGES:
        assert REQUIRED_SLOTS[archetype] <= set(PHRASINGS[archetype][set_id][lang])


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_family_writes_valid_labelled_documents_in_its_language(family, lang):
    docs = list(generate_accounts(8, seed=61, families=[family], flip_rate=0.0,
                                  lang_mix=1.0 if lang == "fr" else 0.0))
    for doc in docs:
        account = parse_account(doc)
        assert doc["family"] == family
        assert account.label == ARCHETYPES[family.split("/")[0]]
        assert {p.platform for p in account.posts} <= {p.platform for p in account.profiles}
    long_enough = [d for d in docs if sum(len(p["text"]) for p in d["posts"]) > LONG_ENOUGH]
    assert len(long_enough) >= 4
    agree = sum(detect_account_language([p["text"] for p in d["posts"] if p["text"]]) == lang for d in long_enough)
    assert agree / len(long_enough) >= 0.75


@pytest.mark.parametrize("family", FAMILIES)
def test_families_are_deterministic_for_a_seed(family):
    first = list(generate_accounts(5, seed=63, families=[family]))
    assert first == list(generate_accounts(5, seed=63, families=[family]))
    assert first != list(generate_accounts(5, seed=64, families=[family]))
