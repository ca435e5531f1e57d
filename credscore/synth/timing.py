"""When things happen: a person's irregular rhythm, a scheduler's slots, a robot's timer.

All times are POSIX seconds (UTC) until the account is finalised; :func:`iso` writes them as
ISO 8601 with a ``Z``.
"""

from __future__ import annotations

import calendar
import itertools
import math
import random
import time

__all__ = ["DAY", "days_left", "history_start", "human_times", "iso", "regular_times", "scheduled_times", "span_days"]

DAY = 86_400
_FIRST = calendar.timegm((2011, 6, 1, 0, 0, 0))
_LAST = calendar.timegm((2024, 12, 31, 0, 0, 0))
# When people post (UTC hour of day): little at night, peaks morning, lunch and evening.
_HOUR_WEIGHTS = (1, 0.5, 0.3, 0.2, 0.3, 0.6, 2, 4, 6, 6, 5, 5, 6, 5, 4, 4, 5, 6, 7, 7, 6, 5, 3, 2)
_HOUR_CUMULATIVE = tuple(itertools.accumulate(_HOUR_WEIGHTS))


def iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(seconds)))


def span_days(rng: random.Random, n: int, per_day: tuple[float, float]) -> float:
    """How many days ``n`` posts cover at a rate drawn from ``per_day``: weeks to years."""
    rate = rng.uniform(*per_day)
    return min(max(n / rate, rng.uniform(5, 40)), 1_600.0)


def history_start(rng: random.Random, days: float, *, since: float | None = None) -> float:
    """A start time such that the whole history fits between mid-2011 (or ``since``) and the end of 2024."""
    first = _FIRST if since is None else since
    return rng.uniform(first, max(first, _LAST - days * DAY))


def days_left(since: float) -> float:
    """How many days a history that starts no earlier than ``since`` can last."""
    return max(1.0, (_LAST - since) / DAY)


def human_times(rng: random.Random, n: int, start: float, days: float) -> list[float]:
    """Irregular times: heavy-tailed gaps (bursts and silences), at the hours people are awake."""
    if n <= 0:
        return []
    gaps = [rng.lognormvariate(0.0, 1.4) for _ in range(n)]
    scale = days * DAY / sum(gaps)
    out: list[float] = []
    t = start
    for gap in gaps:
        t += gap * scale
        hour = rng.choices(range(24), cum_weights=_HOUR_CUMULATIVE)[0]
        out.append(math.floor(t / DAY) * DAY + hour * 3600 + rng.randrange(3600))
    out.sort()
    return out


def scheduled_times(rng: random.Random, n: int, start: float, days: float, *, slots: int = 3,
                    jitter: float = 90.0) -> list[float]:
    """Times a scheduling tool produces: a few fixed times of day, a little jitter, most days."""
    day_slots = sorted(rng.sample(range(6 * 4, 22 * 4), slots))  # quarter-hours between 6:00 and 22:00
    first_day = math.floor(start / DAY) * DAY
    out = []
    for i in range(n):
        day = first_day + math.floor(i * days / n) * DAY
        out.append(day + rng.choice(day_slots) * 900 + rng.uniform(0, jitter))
    out.sort()
    return out


def regular_times(rng: random.Random, n: int, start: float, interval: float, *, jitter: float,
                  quiet_hours: tuple[int, int] | None = None) -> list[float]:
    """A timer: every ``interval`` seconds ± ``jitter``, optionally silent between two hours (UTC)."""
    out: list[float] = []
    t = start
    while len(out) < n:
        t += interval
        if quiet_hours is not None:
            hour = time.gmtime(int(t)).tm_hour
            if quiet_hours[0] <= hour < quiet_hours[1]:
                continue
        out.append(t + rng.uniform(-jitter, jitter))
    return out
