"""The day's plan glue (Qt-free): store parcels to a problem, saved plans, edits, the run."""

from __future__ import annotations

from shopapp.dayplan.day import (
    ON_SHELF,
    DayPlanError,
    DayProblem,
    DayStop,
    StopParcel,
    build_day_problem,
    set_location,
)
from shopapp.dayplan.edit import (
    PlannedDay,
    locate,
    move_stop,
    pinned,
    pinned_problem,
    replan,
    retime,
    route_times,
    set_pinned,
    transfer_stop,
)
from shopapp.dayplan.plans import (
    DRAFT,
    STARTED,
    RunStarted,
    SavedPlan,
    latest_plan,
    load_day,
    save_plan,
    start_run,
    update_plan,
)

__all__ = [
    "DRAFT",
    "ON_SHELF",
    "STARTED",
    "DayPlanError",
    "DayProblem",
    "DayStop",
    "PlannedDay",
    "RunStarted",
    "SavedPlan",
    "StopParcel",
    "build_day_problem",
    "latest_plan",
    "load_day",
    "locate",
    "move_stop",
    "pinned",
    "pinned_problem",
    "replan",
    "retime",
    "route_times",
    "save_plan",
    "set_location",
    "set_pinned",
    "start_run",
    "transfer_stop",
    "update_plan",
]
