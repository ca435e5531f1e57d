"""Genuine people do not post their own texts again; evergreen recyclers still do (issue #11 item 8).

Measured with the real ``cross_posting`` signal: ``self_duplicate_share`` is the share of an account's own posts
whose text (up to framing, figures, hashtags, emoji, links and mentions) comes back on the same platform. A genuine
account's one or two fake-like habits (an identical cross-post, a scheduled line) may add a little.
"""

from __future__ import annotations

import random
from statistics import mean

import pytest

from credscore.account import parse_account
from credscore.nlp.analysis import analyse_accounts
from credscore.signals import compute_signals
from credscore.synth import ARCHETYPES, generate_accounts
from credscore.synth.draft import Draft
from credscore.synth.noise import Style

GENUINE = sorted(name for name, label in ARCHETYPES.items() if label == "genuine")
_EXTRA_FIELDS = ("archetype", "family", "label", "label_flipped")
# Mean self-duplicate share allowed for a genuine archetype: what its occasional fake-like habits add, no more.
MOST_SELF_DUPLICATES = 0.08
# The accounts drawn per archetype and language: enough for a mean, few enough to keep the test quick.
ACCOUNTS = 10


def _self_duplicate_shares(docs: list[dict]) -> list[float]:
    accounts = [parse_account({k: v for k, v in d.items() if k not in _EXTRA_FIELDS}) for d in docs]
    results = [compute_signals(analysed)["cross_posting"] for analysed in analyse_accounts(accounts)]
    return [r.values["self_duplicate_share"] for r in results if r.measurable]


@pytest.mark.parametrize("lang_mix", [1.0, 0.0], ids=["fr", "en"])
@pytest.mark.parametrize("archetype", GENUINE)
def test_genuine_accounts_rarely_post_a_text_of_theirs_again(archetype, lang_mix):
    docs = list(generate_accounts(ACCOUNTS, seed=29, families=[archetype], lang_mix=lang_mix, flip_rate=0.0))
    shares = _self_duplicate_shares(docs)
    assert len(shares) >= ACCOUNTS // 2  # measured on most accounts, not vacuously
    assert mean(shares) <= MOST_SELF_DUPLICATES


def test_evergreen_recyclers_still_post_their_texts_again():
    docs = list(generate_accounts(ACCOUNTS, seed=29, families=["evergreen_recycler"], flip_rate=0.0))
    assert mean(_self_duplicate_shares(docs)) >= 0.5


def test_genuine_histories_stay_long_enough_to_score():
    docs = list(generate_accounts(200, seed=29, families=GENUINE, flip_rate=0.0))
    assert sum(len(d["posts"]) >= 20 for d in docs) / len(docs) >= 0.4


# --- Draft.say on a tiny phrasing set -----------------------------------------------------------

_PLAIN = Style(typo_rate=0.0, emoji_rate=0.0, emoji_pool="calm", hashtag_rate=0.0, no_accents=False,
               lowercase=False, mixed_rate=0.0, post_ids=False, missing_time_rate=0.0, counts=False,
               explicit_links=False, follows_timed=False)
_SETS = {
    "fr": {"post": ["Le prix du beurre a pris {n} % en un an, et les croissants suivent.",
                    "{who} a rouvert la boulangerie de la place après six mois de travaux."],
           "who": ["Martine", "Le fils Durand"],
           "opener": ["Aujourd'hui,"], "closer": ["☕"]},
    "en": {"post": ["Butter went up {n}% in a year, and croissants are following.",
                    "{who} reopened the bakery on the square after six months of works."],
           "who": ["Martine", "The Durand boy"],
           "opener": ["Today,"], "closer": ["☕"]},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_say_never_repeats_a_core_and_gives_up_when_nothing_is_new(lang):
    phrasing = {code: {**slots, "n": [str(n) for n in range(10, 90)]} for code, slots in _SETS.items()}
    draft = Draft(random.Random(4), lang, phrasing, _PLAIN, "Lyon" if lang == "fr" else "Leeds", "Ana")
    said = [draft.say("post", frame=True) for _ in range(20)]
    texts = [text for text in said if text is not None]
    # One butter post whatever the figure or framing; the bakery once, whoever reopened it (one word swapped).
    assert len(texts) == 2
    assert sum("beurre" in text.lower() or "butter" in text.lower() for text in texts) == 1
    assert said[-1] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_person_who_runs_out_of_posts_answers_less_in_proportion(lang):
    phrasing = {code: {**slots, "n": ["12"]} for code, slots in _SETS.items()}
    draft = Draft(random.Random(5), lang, phrasing, _PLAIN, "Lyon", "Ana")
    draft.answers_per_post = 0.5
    for _ in range(6):  # two posts said, four skipped: two answers owed
        draft.say("post")
    owed = [draft.reply("post") for _ in range(2)]
    assert owed == [None, None]
