"""The checks every round of hand-written hard cases makes, over all the rounds at once.

Each round's module (``tests/test_hard_cases_h*.py``) holds its brief, its findings and its own tests, and declares
its cases: ``GENUINE``, ``FAKE``, the band a careful auditor gives where credscore agrees (``AUDITOR_BAND``), the
fakes credscore still lets through (``ESCAPING_FAKES``), the genuine accounts a rule still accuses of a blatant habit
(``ACCUSED_OF_A_HABIT``) and, for the rounds that check thinner views of their genuine accounts, ``FIRST_POSTS``.
Here: the auditor's band for every case credscore meets; no genuine account accused, nor a thinner or one-platform
view of one; no fake in ``likely_genuine``.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from tests import (
    test_hard_cases_h2,
    test_hard_cases_h3,
    test_hard_cases_h4,
    test_hard_cases_h5,
    test_hard_cases_h6,
    test_hard_cases_h8,
    test_hard_cases_h9,
    test_hard_cases_h10,
    test_hard_cases_h11,
    test_hard_cases_h12,
    test_hard_cases_h13,
    test_hard_cases_h14,
    test_hard_cases_h15,
    test_hard_cases_h16,
    test_hard_cases_h17,
    test_hard_cases_h18,
    test_hard_cases_h19,
    test_hard_cases_h20,
    test_hard_cases_h21,
    test_hard_cases_h22,
    test_hard_cases_h23,
    test_hard_cases_h24,
    test_hard_cases_h25,
    test_hard_cases_h26,
    test_hard_cases_h27,
)
from tests.hard_case_support import (
    assert_band,
    assert_no_platform_accused,
    assert_not_accused,
    assert_not_passed,
    assert_thinner_not_accused,
    thinner_histories,
)

ROUNDS: tuple[ModuleType, ...] = (test_hard_cases_h2, test_hard_cases_h3, test_hard_cases_h4, test_hard_cases_h5,
                                  test_hard_cases_h6, test_hard_cases_h8, test_hard_cases_h9,
                                  test_hard_cases_h10, test_hard_cases_h11,
                                  test_hard_cases_h12, test_hard_cases_h13, test_hard_cases_h14, test_hard_cases_h15,
                                  test_hard_cases_h16, test_hard_cases_h17, test_hard_cases_h18, test_hard_cases_h19,
                                  test_hard_cases_h20, test_hard_cases_h21, test_hard_cases_h22,
                                  test_hard_cases_h23, test_hard_cases_h24,
                                  test_hard_cases_h25, test_hard_cases_h26,
                                  test_hard_cases_h27)


def _declared(round_module: ModuleType, name: str) -> tuple[str, ...]:
    return tuple(getattr(round_module, name, ()))


def _thinner_rounds() -> list[ModuleType]:
    return [round_module for round_module in ROUNDS if getattr(round_module, "FIRST_POSTS", None)]


def test_every_round_declares_its_cases():
    for round_module in ROUNDS:
        genuine, fake = set(_declared(round_module, "GENUINE")), set(_declared(round_module, "FAKE"))
        assert genuine and fake and not genuine & fake, round_module.__name__
        assert set(round_module.AUDITOR_BAND) <= genuine | fake, round_module.__name__
        assert set(_declared(round_module, "ESCAPING_FAKES")) <= fake, round_module.__name__
        assert set(_declared(round_module, "ACCUSED_OF_A_HABIT")) <= genuine, round_module.__name__
        uncertain = set(_declared(round_module, "UNCERTAIN_FAKES"))
        assert uncertain <= fake and not uncertain & set(_declared(round_module, "ESCAPING_FAKES")), \
            round_module.__name__
    names = [name for round_module in ROUNDS for name in (*round_module.GENUINE, *round_module.FAKE)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "band"), [
    (name, band) for round_module in ROUNDS for name, band in sorted(round_module.AUDITOR_BAND.items())])
def test_the_band_a_careful_auditor_gives(name, band):
    assert_band(name, band)


@pytest.mark.parametrize("name", [
    name for round_module in ROUNDS
    for name in round_module.GENUINE if name not in _declared(round_module, "ACCUSED_OF_A_HABIT")])
def test_no_genuine_account_is_accused(name):
    # Issue 11's first requirement: posting mechanics alone (a scheduler, cross-posts, templated DMs, links to
    # talks or docs) never reach "likely fake", nor a rule naming a blatant habit.
    assert_not_accused(name)


@pytest.mark.parametrize(("name", "thinner"), [
    pytest.param(name, view.values[0], id=f"{name}-{view.id}")
    for round_module in _thinner_rounds() for name in round_module.GENUINE
    for view in thinner_histories(round_module.FIRST_POSTS)])
def test_a_thinner_history_of_a_genuine_account_is_not_accused(name, thinner):
    assert_thinner_not_accused(name, thinner)


@pytest.mark.parametrize("name", [name for round_module in _thinner_rounds() for name in round_module.GENUINE])
def test_one_platform_of_a_genuine_account_is_not_accused(name):
    assert_no_platform_accused(name)


@pytest.mark.parametrize("name", [
    name for round_module in ROUNDS
    for name in round_module.FAKE if name not in _declared(round_module, "ESCAPING_FAKES")])
def test_no_hand_written_fake_passes_as_genuine(name):
    assert_not_passed(name)
