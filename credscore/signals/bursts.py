"""Bursts in time: more events within a short window than the events around it make likely.

Shared by :mod:`credscore.signals.audience_quality` (followers' accounts created in batches) and
:mod:`credscore.signals.growth` (new followers arriving in a rush); it registers no signal of its own.

A window of length ``window`` holding ``k`` events is a burst when ``k`` is at least ``min_count`` and
a Poisson count at the *local* rate — the events within ``baseline`` either side, the window's own left
out — would reach ``k`` with a probability below :data:`BURST_PROBABILITY`. The local rate, not the rate
over the whole history, is what keeps a platform's rush of sign-ups (Mastodon in November 2022, Bluesky
in November 2024) or a post that went viral from reading as a batch: the days around it were busy too.
The result depends on the set of times only, never on their order.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["BURST_PROBABILITY", "TimeBurst", "poisson_tail", "time_bursts"]

# One in a million: over the thousands of windows a history holds, chance alone makes no burst.
BURST_PROBABILITY = 1e-6
# A local rate is never taken below one event per baseline: a quiet account's first followers are no burst
# just because nothing happened before.
MIN_BASELINE_EVENTS = 1
# Standard deviations above the mean below which a count cannot be a burst: a Poisson tail is heavier than the
# normal one, whose tail at four deviations (3e-5) is already far above BURST_PROBABILITY.
CLEAR_OF_THE_MEAN = 4
# Terms of the tail sum after which the remainder is negligible (the terms fall geometrically past the mean).
_MAX_TERMS = 10_000


@dataclass(frozen=True, slots=True)
class TimeBurst:
    """A run of windows holding a burst: from the first event to the last, with the positions of its events."""

    start: datetime
    end: datetime
    members: tuple[int, ...]
    """Positions, in the sequence given, of the events inside the burst."""
    expected: float
    """The events the local rate expects in one window."""
    probability: float
    """The smallest tail probability of the burst's windows."""


def poisson_tail(k: int, mean: float) -> float:
    """P(X >= k) for X Poisson with ``mean``, summed from k upwards (precise for the small tails that matter)."""
    if k <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    if mean >= k:
        # A large tail: the complement of the few terms below k is precise enough.
        below = sum(math.exp(-mean + j * math.log(mean) - math.lgamma(j + 1)) for j in range(k))
        return max(0.0, 1.0 - below)
    log_term = -mean + k * math.log(mean) - math.lgamma(k + 1)
    total, j = 0.0, k
    term = math.exp(log_term)
    while term > 0 and j < k + _MAX_TERMS:
        total += term
        j += 1
        term *= mean / j
        if term < total * 1e-17:
            break
    return min(1.0, total)


def time_bursts(times: Sequence[datetime], *, window: timedelta, baseline: timedelta, min_count: int
                ) -> list[TimeBurst]:
    """The bursts among ``times`` (see the module docstring), earliest first, overlapping windows merged."""
    # POSIX seconds: comparing aware datetimes is slow, and a million follows are compared many times.
    stamps = [when.timestamp() for when in times]
    order = sorted(range(len(stamps)), key=lambda i: (stamps[i], i))
    ordered = [stamps[i] for i in order]
    step, around_each = window.total_seconds(), baseline.total_seconds()
    found: list[tuple[int, int, float, float]] = []  # (first, last exclusive, expected, probability)
    for first, start in enumerate(ordered):
        last = bisect_left(ordered, start + step, lo=first)
        count = last - first
        if count < min_count:
            continue
        around = bisect_left(ordered, start + step + around_each) - bisect_left(ordered, start - around_each) - count
        # The baseline the history covers: at its start or end only one side was observed, and the rate is read
        # over what was (else the first day of an export would look twice as busy as the days around it).
        covered = (min(start + step + around_each, ordered[-1]) - max(start - around_each, ordered[0])) - step
        expected = max(around, MIN_BASELINE_EVENTS) / (max(covered, step) / step)
        if count < expected + CLEAR_OF_THE_MEAN * math.sqrt(expected):
            continue  # a Poisson tail this close to the mean is far above BURST_PROBABILITY: no need to sum it
        probability = poisson_tail(count, expected)
        if probability < BURST_PROBABILITY:
            found.append((first, last, expected, probability))
    bursts: list[TimeBurst] = []
    merged: list[list[float]] = []
    for first, last, expected, probability in found:
        if merged and first < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
            merged[-1][2] = max(merged[-1][2], expected)
            merged[-1][3] = min(merged[-1][3], probability)
        else:
            merged.append([first, last, expected, probability])
    for begin, end, expected, probability in merged:
        members = tuple(sorted(order[k] for k in range(int(begin), int(end))))
        bursts.append(TimeBurst(times[order[int(begin)]], times[order[int(end) - 1]], members, expected, probability))
    return bursts
