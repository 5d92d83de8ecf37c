"""The day plan's entry points for the UI: each takes a `Store`, opens its own session,
and returns a typed result; a result that changed something says so in `changes`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shopapp.changes import Changes
from shopapp.clock import utc_now
from shopapp.dayplan.day import (
    DayPlanError,
    DayProblem,
    build_day_problem,
    set_location,
    which_day,
)
from shopapp.dayplan.hours import PlanningDay
from shopapp.dayplan.plans import SavedPlan, latest_plan, load_day, save_plan, update_plan
from shopapp.errors import ShopAppError
from shopapp.planning.plan import Plan
from shopapp.store import Store

if TYPE_CHECKING:
    from shopapp.dayplan.edit import PlannedDay


@dataclass(frozen=True, slots=True)
class DayView:
    """The day as the Plan page shows it: its latest plan, or the shelf waiting.

    `problem` is why the saved plan (or the day) could not be read; the shelf can
    still be planned when only the saved plan is damaged (`day` is then the shelf's).
    `planning` is the day shown and when its vans may leave (None when the day was
    given, or could not be worked out).
    """

    day: DayProblem | None
    saved: SavedPlan | None
    problem: ShopAppError | None = None
    planning: PlanningDay | None = None

    @property
    def plan(self) -> Plan | None:
        return self.saved.plan if self.saved is not None else None


def open_day(store: Store, day: dt.date | None, now: dt.datetime | None = None) -> DayView:
    """The newest plan of `day` with its stops as the store has them now, else the shelf.

    With `day` None, the day is the one "Plan today" plans at `now` (`which_day`):
    today, or tomorrow once today's shift is over.
    """
    problem: ShopAppError | None = None
    saved: SavedPlan | None = None
    planning: PlanningDay | None = None
    try:
        with store.read() as session:
            if day is None:
                planning = which_day(session, now or utc_now())
                day = planning.day
            try:
                saved = latest_plan(session, day)
            except DayPlanError as error:  # a damaged plan: the shelf can be planned
                problem = error
            if saved is not None:
                return DayView(load_day(session, saved), saved, planning=planning)
            return DayView(build_day_problem(session, day, now), None, problem, planning)
    except ShopAppError as error:
        return DayView(None, None, error, planning)


def planning_day_at(store: Store, now: dt.datetime) -> PlanningDay:
    """The day "Plan today" plans at `now` (`which_day`) in its own read."""
    with store.read() as session:
        return which_day(session, now)


def shelf_day(store: Store, day: dt.date, now: dt.datetime | None = None) -> DayProblem:
    """The problem of the parcels on the shelf to plan for `day` (`build_day_problem`;
    with `now`, today's vans leave no earlier than now)."""
    with store.read() as session:
        return build_day_problem(session, day, now)


@dataclass(frozen=True, slots=True)
class PlanSaved:
    """A plan written to the store (a new draft, or a draft edited by hand)."""

    saved: SavedPlan

    @property
    def changes(self) -> Changes:
        return Changes.PLAN


def keep_plan(store: Store, day: DayProblem, planned: PlannedDay) -> PlanSaved:
    """Store a new draft of `planned` (made on `day`'s problem, maybe with road matrices)."""
    from dataclasses import replace

    with store.write() as session:
        return PlanSaved(save_plan(session, replace(day, problem=planned.problem), planned.plan))


def edit_plan(store: Store, plan_id: int, plan: Plan) -> PlanSaved:
    """Replace a draft's routes (a stop moved, moved to another van, pinned)."""
    with store.write() as session:
        return PlanSaved(update_plan(session, plan_id, plan))


@dataclass(frozen=True, slots=True)
class LocationSet:
    """A location remembered for an address; the next plan places its parcels there."""

    address: str
    lat: float
    lon: float

    @property
    def changes(self) -> Changes:
        return Changes.PLAN


def remember_location(store: Store, address: str, lat: float, lon: float) -> LocationSet:
    """`set_location` in its own transaction."""
    with store.write() as session:
        set_location(session, address, lat, lon)
    return LocationSet(address, lat, lon)
