"""HabitFloor: less of a fake habit than a typical genuine account earns no credit."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.utils.estimator_checks import check_transformer_general

from credscore.model.floor import HabitFloor

# Columns: a towards-fake share, a towards-genuine share. Genuine rows first (label 0), fakes after.
X = np.array([[0.1, 0.5], [0.3, 0.7], [np.nan, 0.6], [0.8, 0.1], [0.9, np.nan]])
Y = np.array([0, 0, 0, 1, 1])


@pytest.mark.parametrize(("row", "expected"), [
    ([0.0, 0.0], [0.2, 0.0]),        # no habit at all: raised to the genuine mean; the genuine-ward column untouched
    ([0.2, 0.9], [0.2, 0.9]),        # at the genuine mean
    ([0.95, 0.3], [0.95, 0.3]),      # more of the habit than genuine accounts show: kept
    ([np.nan, 0.4], [np.nan, 0.4]),  # missing stays missing (imputed next, pushing by zero)
])
def test_fake_habit_columns_are_raised_to_the_genuine_mean(row, expected):
    floor = HabitFloor(signs=(1, -1)).fit(X, Y)
    np.testing.assert_allclose(floor.floor_, [0.2, -np.inf])
    np.testing.assert_allclose(floor.transform(np.array([row])), [expected])


def test_a_column_no_genuine_account_measured_is_raised_to_the_mean_of_what_was_measured():
    # Measured on fakes only: showing the habit a little must not count as evidence of being genuine.
    data = np.array([[np.nan, 1.0], [np.nan, 2.0], [0.5, 3.0], [0.7, 4.0]])
    floor = HabitFloor(signs=(1, 1)).fit(data, np.array([0, 0, 1, 1]))
    np.testing.assert_allclose(floor.floor_, [0.6, 1.5])
    np.testing.assert_allclose(floor.transform(np.array([[0.1, 0.0], [0.9, 2.5], [np.nan, np.nan]])),
                               [[0.6, 1.5], [0.9, 2.5], [np.nan, np.nan]])


def test_a_column_nobody_measured_is_left_missing():
    data = np.array([[np.nan, 1.0], [np.nan, 2.0], [np.nan, 3.0], [np.nan, 4.0]])
    floor = HabitFloor(signs=(1, 1)).fit(data, np.array([0, 0, 1, 1]))
    assert floor.floor_[0] == -np.inf
    np.testing.assert_allclose(floor.transform(np.array([[0.1, 0.0]])), [[0.1, 1.5]])


def test_signs_must_match_the_columns():
    with pytest.raises(ValueError, match="one value per column"):
        HabitFloor(signs=(1,)).fit(X, Y)


def test_estimator_contract():
    floor = HabitFloor(signs=(1, -1))
    assert clone(floor).get_params() == {"signs": (1, -1)}
    fitted = floor.fit(X, Y)
    assert list(fitted.get_feature_names_out(["a", "b"])) == ["a", "b"]
    check_transformer_general("HabitFloor", HabitFloor(signs=(1, -1, 1)))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.floats(0, 1), min_size=2, max_size=2), st.floats(0, 1))
def test_more_of_a_habit_never_lowers_the_transformed_value(row, more):
    floor = HabitFloor(signs=(1, -1)).fit(X, Y)
    before = floor.transform(np.array([row]))[0, 0]
    after = floor.transform(np.array([[row[0] + more, row[1]]]))[0, 0]
    assert after >= before
