"""Which day a plan is for, and from when: a plan made once the shift has begun starts
from now, and once the shift is over the next plan is tomorrow's (from its opening).

Times are seconds since the shop's local midnight, as in the planner's problem.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopapp.reports.localdays import Zone, to_local

# The vans leave at the next five minutes: an ETA is never in the past, and a plan made
# at 10:02 reads "from 10:05", not "from 10:02:37".
START_STEP_S = 300


@dataclass(frozen=True, slots=True)
class PlanningDay:
    """The day to plan and the earliest time its vans may leave.

    Attributes:
        day: the local date planned.
        start_s: when the vans leave (seconds since local midnight): the opening time,
            or later when the shift has begun.
        tomorrow: today's shift is over, so this is the next day's plan.
    """

    day: dt.date
    start_s: int
    tomorrow: bool = False


def seconds_of_day(local: dt.datetime) -> int:
    return local.hour * 3600 + local.minute * 60 + local.second + (local.microsecond > 0)


def rounded_up(seconds: int, step: int = START_STEP_S) -> int:
    """`seconds` rounded up to the next `step` (unchanged when already on one)."""
    return -(-seconds // step) * step


def planning_day(open_s: int, close_s: int, now: dt.datetime, zone: Zone = None) -> PlanningDay:
    """The plan "Plan today" makes at `now` (an aware moment) for a shop open from
    `open_s` to `close_s`: before opening, today's from opening; during the shift,
    today's from now (rounded up); after the shift (or too near its end to leave),
    tomorrow's from opening."""
    local = to_local(now, zone)
    start = rounded_up(seconds_of_day(local))
    if start >= close_s:
        return PlanningDay(local.date() + dt.timedelta(days=1), open_s, tomorrow=True)
    return PlanningDay(local.date(), max(open_s, start))


def start_on(day: dt.date, open_s: int, close_s: int, now: dt.datetime, zone: Zone = None) -> int:
    """When the vans may leave on `day`: from now (rounded up) if `day` is today and its
    shift has begun, else at opening (another day; or today's shift is over, and the
    plan then only shows what was left)."""
    local = to_local(now, zone)
    if local.date() != day:
        return open_s
    start = rounded_up(seconds_of_day(local))
    return max(open_s, start) if start < close_s else open_s
