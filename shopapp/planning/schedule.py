"""Timing of one route: ETAs, start and return time, warnings when a window or the shift breaks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from shopapp.planning.problem import Stop


@dataclass(slots=True)
class RouteTimes:
    """The schedule of one route; `etas` are service start times (after any wait)."""

    etas: list[int]
    start_s: int
    end_s: int
    distance_m: int
    load: int
    warnings: list[str] = field(default_factory=list)

    @property
    def duration_s(self) -> int:
        return self.end_s - self.start_s


def clock(seconds: int) -> str:
    """Seconds since local midnight as H:MM (a day boundary shows as +1d)."""
    days, rest = divmod(seconds, 86_400)
    text = f"{rest // 3600}:{rest % 3600 // 60:02d}"
    return f"{text} (+{days}d)" if days else text


def time_route(
    stops: Sequence[Stop],
    legs_m: Sequence[int],
    legs_s: Sequence[int],
    shift: tuple[int, int],
    capacity: int | None = None,
) -> RouteTimes:
    """Schedule `stops` in this order; `legs_m[k]` / `legs_s[k]` are the distance and the
    travel time into stop k, the last ones home.

    The van leaves as late as it can without arriving later back at the shop or missing
    a window, so waiting at a stop that opens later is spent at the shop instead.
    """
    if len(legs_m) != len(stops) + 1 or len(legs_s) != len(legs_m):
        raise ValueError("legs_m and legs_s need one leg per stop plus the way back")
    t = shift[0]
    etas: list[int] = []
    waits: list[int] = []
    slack: list[int] = []
    for stop, leg in zip(stops, legs_s, strict=False):
        arrive = t + leg
        start = max(arrive, stop.tw[0])
        etas.append(start)
        waits.append(start - arrive)
        slack.append(stop.tw[1] - start)
        t = start + stop.service_s
    end = t + legs_s[-1]
    # Leave later by `delay`: it shifts each stop until the waiting before it absorbs it.
    delay = sum(waits)
    waited = 0
    for wait, free in zip(waits, slack, strict=True):
        waited += wait
        delay = min(delay, waited + free)
    delay = max(0, delay)
    if delay:
        t = shift[0] + delay
        etas = []
        for stop, leg in zip(stops, legs_s, strict=False):
            t = max(t + leg, stop.tw[0])
            etas.append(t)
            t += stop.service_s
        end = t + legs_s[-1]
    times = RouteTimes(etas, shift[0] + delay, end, sum(legs_m), sum(s.demand for s in stops))
    for stop, eta in zip(stops, etas, strict=True):
        if eta > stop.tw[1]:
            times.warnings.append(
                f"Stop {stop.id}: arrival {clock(eta)} is after its window closes at "
                f"{clock(stop.tw[1])}."
            )
    if end > shift[1]:
        times.warnings.append(
            f"The van is back at the shop at {clock(end)}, after the shift ends at "
            f"{clock(shift[1])}."
        )
    if capacity is not None and times.load > capacity:
        times.warnings.append(
            f"The route carries {times.load} parcels, more than the van's capacity of {capacity}."
        )
    return times
