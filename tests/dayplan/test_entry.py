"""The Plan page's Store entry points: typed results, what changed, refusals as codes."""

from __future__ import annotations

import pytest

from shopapp import dayplan
from shopapp.changes import Changes, changes_of
from shopapp.store import Store
from shopapp.store.models import RoutePlan
from tests.dayplan.seed import DAY, seed_day


def test_open_day_shows_the_shelf_then_the_saved_plan(store: Store) -> None:
    seed_day(store, stops=12, outside=1, unlocated=1)
    view = dayplan.open_day(store, DAY)
    assert view.saved is None and view.plan is None and view.problem is None
    assert view.day is not None and len(view.day.members) == 14
    assert changes_of(view) is Changes.NONE  # a read changes nothing

    planned = dayplan.replan(view.day.problem, None, 0.3)
    saved = dayplan.keep_plan(store, view.day, planned)
    assert saved.changes is Changes.PLAN
    again = dayplan.open_day(store, DAY)
    assert again.saved is not None and again.saved.id == saved.saved.id
    assert again.plan == planned.plan

    moved = dayplan.set_pinned(planned.plan, planned.plan.routes[0].stops[0], True)
    edited = dayplan.edit_plan(store, saved.saved.id, moved)
    assert edited.changes is Changes.PLAN and edited.saved.plan.pinned == moved.pinned

    started = dayplan.start_run(store, saved.saved.id)
    assert started.changes == Changes.PARCELS | Changes.PLAN | Changes.OUTBOX
    with pytest.raises(dayplan.DayPlanError) as refused:
        dayplan.edit_plan(store, saved.saved.id, moved)
    assert refused.value.message.code == "dayplan.run_started_no_edit"


def test_a_damaged_plan_is_said_and_the_shelf_still_shown(store: Store) -> None:
    seed_day(store, stops=5, outside=0, unlocated=0)
    with store.write() as session:
        session.add(RoutePlan(plan_date=DAY.isoformat(), created_at="2026-11-26T07:00:00Z",
                              plan_json="{not json"))
    view = dayplan.open_day(store, DAY)
    assert view.saved is None and view.day is not None and len(view.day.members) == 5
    assert view.problem is not None
    assert view.problem.message.code == "dayplan.plan_unreadable"
    assert "cannot be read" in str(view.problem)  # the English, for the log


def test_no_profile_is_a_coded_problem_not_a_crash(store: Store) -> None:
    view = dayplan.open_day(store, DAY)
    assert view.day is None and view.problem is not None
    assert view.problem.message.code == "dayplan.no_profile"


def test_remember_location_says_what_changed_and_refuses_with_a_code(store: Store) -> None:
    parcels = seed_day(store, stops=3, outside=0, unlocated=1)
    address = parcels["JJD7003"]
    set_by_hand = dayplan.remember_location(store, address, 52.11, -1.91)
    assert set_by_hand.changes is Changes.PLAN
    with pytest.raises(dayplan.DayPlanError) as refused:
        dayplan.remember_location(store, address, 0.0, 0.0)
    assert refused.value.message.code == "dayplan.bad_location"
    assert refused.value.message.arg("lat") == 0.0
