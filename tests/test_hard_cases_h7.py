"""Seventh round of hard cases (issue 11): organisations that copy every post to three networks and never reply.

Three accounts written by hand while reviewing round 6, from the same reading of what the rules allowed:

- ``h7_fr_recrutement_trois_reseaux``: a payroll-software publisher's recruiting account pasting each job offer
  (salary, contract, city) to LinkedIn, X and Facebook within a minute, in HR's words ("leadership bienveillant",
  "passion du produit", "chef de projet digital"), answering no one. It scored 92.4, ``likely_fake``: silence plus
  HR words read as buzzwords, and identical cross-posting as the mechanic. Those words are no longer buzzwords
  (``data/lexicons/buzzwords.toml``).
- ``h7_fr_industriel_actus_trois_reseaux``: a textile manufacturer's news (a new director, a trade fair, a hiring
  drive, a collection, a safety day) posted at 09:00 to three networks, with "transformation digitale",
  "innovation", "valeur ajoutée" and "notre engagement pour la planète", no business figure, no reply. It scored
  68.6, ``likely_fake``: its talk was short of the hollow-talk family's level (0.79 against the 1.0 the accusing
  rules ask for), so it showed one family of habits, how it posts; rule ``cross-posting-and-silence`` keeps such an
  account ``uncertain``. And a company's stated commitment to a cause ("notre engagement pour la planète") is the
  everyday sense of the word (``data/lexicons/ordinary_senses.toml``): 28.5, ``likely_genuine``. Its first twelve
  posts (four announcements, two with such words) scored 92.6, ``likely_fake``; 60 now, held by the rule.
- ``h7_en_association_quartier_trois_reseaux``: a volunteer-run neighbourhood association (community garden, repair
  café, food sharing, a council meeting) posting each item at 17:30 to Facebook, Instagram and X, never replying.
  It scored 92.6, ``likely_fake``: "our community garden", "our community fridge" read as the marketer's "our
  community", and "inspiring", "empowering", "authentic" as buzzwords. A neighbourhood's places and services
  ("community garden", "community hall", "community fridge"…) are the everyday sense now
  (``data/lexicons/ordinary_senses.toml``): 60, ``uncertain``, held by ``cross-posting-and-silence``.

Asserted: neither is ``likely_fake`` nor accused of a blatant habit, and no thinner or one-platform view of either is
``likely_fake``.
"""

from __future__ import annotations

import pytest

from tests.hard_case_support import (
    assert_no_platform_accused,
    assert_not_accused,
    assert_thinner_not_accused,
    document,
    thinner_histories,
    variant,
    verdict,
)

GENUINE = ("h7_fr_recrutement_trois_reseaux", "h7_fr_industriel_actus_trois_reseaux",
           "h7_en_association_quartier_trois_reseaux")
FIRST_POSTS = 12


@pytest.mark.parametrize("name", GENUINE)
def test_an_organisation_copying_every_post_to_three_networks_is_not_accused(name):
    scored = verdict(name)
    assert len({post["platform"] for post in document(name)["posts"]}) == 3
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.9
    assert scored.signals["conversation"].values["reply_share"] == 0
    assert_not_accused(name)


@pytest.mark.parametrize("name", GENUINE)
@pytest.mark.parametrize("thinner", thinner_histories(FIRST_POSTS))
def test_a_thinner_history_of_such_an_organisation_is_not_accused(name, thinner):
    assert_thinner_not_accused(name, thinner)


@pytest.mark.parametrize("name", GENUINE)
def test_one_platform_of_such_an_organisation_is_not_accused(name):
    assert_no_platform_accused(name)


def test_the_manufacturers_first_announcements_are_held_by_the_rule_for_one_family_of_habits():
    scored = variant("h7_fr_industriel_actus_trois_reseaux", first=FIRST_POSTS)
    assert scored.band == "uncertain" and scored.score <= 60
    # Whatever the model makes of it, the rule for one family of habits holds it below "likely fake".
    assert scored.probability * 100 <= 60 or "cross-posting-and-silence" in {
        reason.id for reason in scored.reasons if reason.source == "rule"}

