"""Moving and pinning stops by hand, ETAs recomputed, re-planning that keeps the pins."""

from __future__ import annotations

from dataclasses import replace

from shopapp import dayplan
from shopapp.planning import recompute_route, validate_plan
from shopapp.planning.plan import Plan
from shopapp.store import Store
from tests.dayplan.checks import check_plan
from tests.dayplan.seed import DAY, seed_day


def _planned(store: Store, **kw: int) -> tuple[dayplan.DayProblem, Plan]:
    seed_day(store, **kw)
    with store.read() as session:
        day = dayplan.build_day_problem(session, DAY)
    return day, dayplan.replan(day.problem, None, seconds=1).plan


def test_a_moved_stop_is_retimed_and_pinned(store: Store) -> None:
    day, plan = _planned(store, stops=24, outside=0, unlocated=0)
    route = max(plan.routes, key=lambda r: len(r.stops))
    r = plan.routes.index(route)
    first = route.stops[0]
    moved = dayplan.move_stop(day.problem, plan, first, +3)
    new = moved.routes[r]
    assert new.stops[3] == first and new.stops[:3] == route.stops[1:4]
    assert plan.routes[r].stops[0] == first  # the old plan is unchanged
    etas, dist, duration, warnings = recompute_route(day.problem, list(new.stops))
    assert (list(new.etas_s), new.distance_m, new.duration_s) == (etas, dist, duration)
    assert list(new.warnings) == warnings
    assert new.etas_s != route.etas_s
    assert moved.distance_m == sum(x.distance_m for x in moved.routes)
    assert dayplan.pinned(moved) == {first} and moved.edited
    # Moving past either end stays at the end.
    last = dayplan.move_stop(day.problem, moved, first, +99)
    assert last.routes[r].stops[-1] == first
    assert dayplan.move_stop(day.problem, last, last.routes[r].stops[0], -1) is last


def test_a_window_broken_by_hand_is_warned(store: Store) -> None:
    day, plan = _planned(store, stops=30, outside=0, unlocated=0, vehicles=1, capacity=80)
    windows = {s["id"]: s["tw"] for s in day.problem["stops"] if "tw" in s}
    morning = next(s for r in plan.routes for s in r.stops
                   if windows.get(s, [0, 86400])[1] == 12 * 3600)
    late = dayplan.move_stop(day.problem, plan, morning, +99)
    warnings = [w for r in late.routes for w in r.warnings]
    assert any(morning in w and "window" in w for w in warnings), warnings
    assert validate_plan(day.problem, late.to_json()) != []  # the checker agrees it breaks


def test_pinned_replan_keeps_the_pins(store: Store) -> None:
    day, plan = _planned(store, stops=40, outside=2, unlocated=1)
    assert len(plan.routes) == 2
    a, b = plan.routes[0], plan.routes[1]
    pins = {a.stops[2]: a.van, a.stops[-1]: a.van, b.stops[0]: b.van}
    edited = plan
    for sid in pins:
        edited = dayplan.set_pinned(edited, sid, True)
    again = dayplan.replan(day.problem, edited, seconds=1).plan
    assert dayplan.pinned(again) == set(pins)
    where = {sid: route.van for route in again.routes for sid in route.stops}
    assert {sid: where[sid] for sid in pins} == pins
    assert validate_plan(day.problem, again.to_json()) == []
    pinned_problem = dayplan.pinned_problem(day.problem, edited)
    assert check_plan(pinned_problem, again.to_json()) == []
    assert check_plan(day.problem, again.to_json()) == []
    assert dayplan.set_pinned(again, next(iter(pins)), False).pinned != again.pinned


def test_a_stop_moved_to_the_other_van(store: Store) -> None:
    day, plan = _planned(store, stops=20, outside=0, unlocated=0, capacity=16)
    assert [r.van for r in plan.routes] == [0, 1]
    sid = plan.routes[0].stops[1]
    moved = dayplan.transfer_stop(day.problem, plan, sid)
    assert sid not in moved.routes[0].stops and sid in moved.routes[1].stops
    assert dayplan.pinned(moved) == {sid}
    for route in moved.routes:
        times = dayplan.route_times(day.problem, list(route.stops))
        assert (list(route.etas_s), route.distance_m) == (times.etas, times.distance_m)
        assert route.load == sum(len(day.members[s]) for s in route.stops)
    assert moved.distance_m == sum(r.distance_m for r in moved.routes)
    # Cheapest insertion: no other place on van 2 is shorter.
    target = moved.routes[1].stops
    rest = [s for s in target if s != sid]
    best = min(dayplan.route_times(day.problem, [*rest[:k], sid, *rest[k:]]).distance_m
               for k in range(len(rest) + 1))
    assert moved.routes[1].distance_m == best
    back = dayplan.transfer_stop(day.problem, moved, sid, -1)
    assert sid in back.routes[0].stops
    # A van whose last stop leaves drops its route; a van without a route gets one.
    single = plan.with_routes([replace(plan.routes[0], stops=(sid,)), plan.routes[1]])
    single = dayplan.retime(day.problem, single)
    gone = dayplan.transfer_stop(day.problem, single, sid)
    assert [r.van for r in gone.routes] == [1]
    again = dayplan.transfer_stop(day.problem, gone, sid)
    assert [r.van for r in again.routes] == [0, 1] and again.routes[0].stops == (sid,)
