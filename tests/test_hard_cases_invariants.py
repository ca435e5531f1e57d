"""What must hold of every verdict, on every hand-written hard case (``tests/hard_cases/*.json``, all rounds): the
explanation's honesty and the verdict's invariance under the ways one history reaches credscore twice."""

from __future__ import annotations

import copy

import pytest

from credscore.account import parse_account
from tests.hard_case_support import ALL_CASES, document, scorer, verdict


@pytest.mark.parametrize("name", ALL_CASES)
def test_what_could_not_be_measured_is_never_a_reason(name):
    scored = verdict(name)
    unmeasured = {signal for signal, result in scored.signals.items() if not result.measurable}
    for reason in scored.reasons:
        if reason.source == "model":
            assert reason.id.split(".")[0] not in unmeasured, (name, reason.id)


@pytest.mark.parametrize("name", ALL_CASES)
def test_no_item_is_quoted_for_both_directions(name):
    cited = {"towards_fake": set(), "towards_genuine": set()}
    for reason in verdict(name).reasons:
        cited[reason.direction].update((item.kind, item.index) for item in reason.evidence)
    assert not cited["towards_fake"] & cited["towards_genuine"], name


@pytest.mark.parametrize("name", ALL_CASES)
def test_the_same_history_loaded_twice_or_with_capitalised_platforms_scores_the_same(name):
    original = document(name)
    doubled = copy.deepcopy(original)
    for key in ("posts", "messages", "follows"):
        doubled[key] = original.get(key, []) + copy.deepcopy(original.get(key, []))
    shouting = copy.deepcopy(original)
    for item in shouting["posts"] + shouting.get("profiles", []) + shouting.get("messages", []):
        item["platform"] = item["platform"].capitalize()
    first = verdict(name)
    for other in scorer().score_many([parse_account(doubled), parse_account(shouting)]):
        assert other.band == first.band, name
        if first.score is not None:
            assert abs(other.score - first.score) < 1e-6, name
