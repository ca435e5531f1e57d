"""The audience sample's creation batches and cohorts are remembered for the last sample (a tuple, by identity):
asking again gives the same answer without measuring again, and another sample, or a list that changed, is measured
afresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from credscore.account import AudienceMember
from credscore.audience_figures import composition_figures
from credscore.signals import audience_quality as quality
from tests.conftest import analysed
from tests.signals.test_audience_quality import bought, real_people


def _sample(farm: int, real: int = 40) -> tuple[AudienceMember, ...]:
    return tuple(AudienceMember.model_validate(m) for m in bought(farm) + real_people(real))


def test_a_sample_asked_again_is_measured_once(monkeypatch):
    calls = []
    measure = quality._creation_batches
    monkeypatch.setattr(quality, "_creation_batches", lambda members: calls.append(1) or measure(members))
    sample = _sample(8)
    first = quality.creation_batches(sample)
    assert quality.creation_batches(sample) is first
    assert quality.audience_composition(sample)["batch_created"] == 8
    assert len(calls) == 1
    # An equal sample that is another object is measured again, with the same result.
    assert quality.creation_batches(_sample(8)) == first
    assert len(calls) == 2


def test_another_sample_is_not_answered_from_the_last():
    assert [burst.members for burst in quality.creation_batches(_sample(8))] == [tuple(range(8))]
    assert quality.creation_batches(_sample(0)) == []
    assert quality._cohorts(_sample(0)) == frozenset()
    assert quality._cohorts(_sample(12, 4)) >= frozenset(range(12))


def test_a_list_that_changed_is_measured_afresh():
    members = list(_sample(0))
    assert quality.creation_batches(members) == []
    members[:0] = _sample(8, 0)
    assert [burst.members for burst in quality.creation_batches(members)] == [tuple(range(8))]
    assert quality.created_together(members) >= frozenset(range(8))


def test_the_batch_rows_composition_is_the_signals():
    farm = [{"platform": "instagram", "handle": f"user{i}", "followers": 2, "following": 4_200 + i, "posts_count": 0,
             "has_avatar": False,
             "created_at": (datetime(2024, 3, 1, 10, tzinfo=UTC) + timedelta(minutes=2 * i)).isoformat()}
            for i in range(10)]
    account = analysed([], audience=farm + real_people(30))
    result = quality.audience_quality(account)
    figures = composition_figures(account.account)
    assert figures is not None
    assert dict(figures.counts)["batch_created"] == 10
    assert result.values["batch_created_share"] == 10 / 40
    assert figures.count("rest") == 30
