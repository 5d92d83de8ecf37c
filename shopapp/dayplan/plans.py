"""Saved plans: a day's plan as a `route_plan` row, the latest one, and starting the run."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from shopapp.changes import Changes
from shopapp.clock import utc_now_iso
from shopapp.dayplan.day import ON_SHELF, DayPlanError, DayProblem, DayStop, StopParcel
from shopapp.messages import message
from shopapp.parcels import lifecycle
from shopapp.planning.plan import Plan
from shopapp.store import Store
from shopapp.store.models import Parcel, RoutePlan
from shopapp.store.outbox import record_event

DRAFT, STARTED, DONE = "draft", "started", "done"


@dataclass(frozen=True, slots=True)
class SavedPlan:
    """A stored plan. `problem` is the planner's problem; `members` maps stops to parcels."""

    id: int
    day: dt.date
    status: str
    created_at: str
    problem: dict[str, Any]
    members: dict[str, list[str]]
    plan: Plan

    def routed_parcels(self) -> list[str]:
        """Tracking numbers of the parcels on the plan's routes, in visiting order."""
        return [n for route in self.plan.routes for sid in route.stops
                for n in self.members.get(sid, [])]


def _plan_missing(plan_id: int) -> DayPlanError:
    return DayPlanError(message(
        "dayplan.plan_missing",
        f"Plan {plan_id} is not in the shop's records; plan the day again.", plan_id=plan_id))


def _saved(row: RoutePlan) -> SavedPlan:
    assert row.id is not None
    try:
        stored = json.loads(row.problem_json or "{}")
        members = {str(k): [str(n) for n in v] for k, v in stored.pop("members", {}).items()}
        raw = json.loads(row.plan_json or "{}")
        if not isinstance(raw.get("routes", []), list) or not isinstance(stored, dict):
            raise TypeError("not a plan")
        return SavedPlan(row.id, dt.date.fromisoformat(row.plan_date), row.status,
                         row.created_at, stored, members, Plan.from_json(raw))
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        raise DayPlanError(message(
            "dayplan.plan_unreadable",
            f"The saved plan {row.id} cannot be read ({error}); plan the day again.",
            plan_id=row.id,
        )) from error


def save_plan(session: Session, problem: DayProblem, plan: Plan) -> SavedPlan:
    """Store a new draft plan for the problem's day (the newest plan is the one that counts).

    The row's problem_json is the planner's problem with one extra key, "members"
    (stop id -> tracking numbers), so the plan can be read back without today's shelf.
    """
    row = RoutePlan(
        plan_date=problem.day.isoformat(),
        created_at=utc_now_iso(),
        status=DRAFT,
        problem_json=json.dumps({**problem.problem, "members": problem.members}),
        plan_json=json.dumps(plan.to_json()),
    )
    session.add(row)
    session.flush()
    return _saved(row)


def update_plan(session: Session, plan_id: int, plan: Plan) -> SavedPlan:
    """Replace a draft plan's routes (a stop moved or pinned by hand)."""
    row = session.get(RoutePlan, plan_id)
    if row is None:
        raise _plan_missing(plan_id)
    if row.status != DRAFT:
        raise DayPlanError(message(
            "dayplan.run_started_no_edit",
            "This run has started, so its plan cannot change; re-plan instead."))
    row.plan_json = json.dumps(plan.to_json())
    session.add(row)
    return _saved(row)


def latest_plan(session: Session, day: dt.date) -> SavedPlan | None:
    """The newest plan made for `day`, or None."""
    row = session.exec(
        select(RoutePlan)
        .where(RoutePlan.plan_date == day.isoformat())
        .order_by(col(RoutePlan.created_at).desc(), col(RoutePlan.id).desc())
    ).first()
    return None if row is None else _saved(row)


def load_day(session: Session, saved: SavedPlan) -> DayProblem:
    """The DayProblem of a saved plan, with the parcels' details as the store has them now."""
    from shopapp.dayplan.day import plan_settings

    _, units, shop_name = plan_settings(session)
    numbers = [n for group in saved.members.values() for n in group]
    rows = {p.tracking_number: p for p in session.exec(
        select(Parcel).where(col(Parcel.tracking_number).in_(numbers)))}
    stops: dict[str, DayStop] = {}
    for raw in saved.problem.get("stops", []):
        sid = str(raw["id"])
        present = [rows[n] for n in saved.members.get(sid, []) if n in rows]
        stops[sid] = DayStop(
            id=sid,
            address=present[0].address if present else sid,
            lat=raw.get("lat"),
            lon=raw.get("lon"),
            parcels=tuple(StopParcel(p.tracking_number, p.recipient, p.service, p.instructions,
                                     bool(raw.get("required", True)), p.shelf_slot)
                          for p in present),
        )
    return DayProblem(saved.day, saved.problem, saved.members, stops, units, shop_name)


@dataclass(frozen=True, slots=True)
class RunStarted:
    plan_id: int
    parcels: int  # parcels marked out for delivery (one event each)

    @property
    def changes(self) -> Changes:
        return Changes.PARCELS | Changes.PLAN | Changes.OUTBOX


def start_run(store: Store, plan_id: int) -> RunStarted:
    """Mark every parcel on the plan's routes out for delivery and the plan started.

    One transaction: every event and the plan's status commit together, or nothing does
    (a parcel that left the shelf since planning stops it, with a message to re-plan).
    """
    with store.write() as session:
        row = session.get(RoutePlan, plan_id)
        if row is None:
            raise _plan_missing(plan_id)
        if row.status != DRAFT:
            raise DayPlanError(message(
                "dayplan.run_already_started",
                "This run has already started; its parcels are out for delivery."))
        saved = _saved(row)
        numbers = saved.routed_parcels()
        if not numbers:
            raise DayPlanError(message(
                "dayplan.nothing_routed",
                "The plan has no stops on a route: there is nothing to take out."))
        parcels = {p.tracking_number: p for p in session.exec(
            select(Parcel).where(col(Parcel.tracking_number).in_(numbers)))}
        gone = [n for n in numbers if n not in parcels or parcels[n].status not in ON_SHELF]
        if gone:
            shown = ", ".join(gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
            raise DayPlanError(message(
                "dayplan.parcels_gone",
                f"Parcel(s) {shown} are no longer on the shelf (handed over or changed since the "
                "plan was made). Nothing was marked: re-plan the day, then start the run.",
                count=len(gone), numbers=", ".join(gone[:5]), more=max(0, len(gone) - 5),
            ))
        for number in numbers:
            record_event(session, parcels[number], lifecycle.OUT_FOR_DELIVERY,
                         {"plan_id": plan_id})
        row.status = STARTED
        session.add(row)
    return RunStarted(plan_id, len(numbers))
