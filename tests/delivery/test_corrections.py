"""Correcting a delivery outcome or a handover: one compensating event, the app's refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from shopapp.delivery import attempts, corrections, outcomes, pickup
from shopapp.delivery.corrections import CorrectionError
from shopapp.delivery.signature import Signature
from shopapp.parcels.lifecycle import CorrectionRefused
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ACKNOWLEDGED, PENDING, REJECTED, Event
from shopapp.store.outbox import replayed_state
from tests.delivery.conftest import add_parcel, parcel

Make = Callable[..., str]
ZONE = ZoneInfo("Europe/London")
# A fixed morning in the shop's zone, so "today" does not depend on when the test runs.
MORNING = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def log(store: Store, number: str) -> list[Event]:
    with store.read() as session:
        rows = session.exec(select(Event).where(Event.tracking_number == number))
        return sorted(rows, key=lambda e: e.seq or 0)


def set_sync_state(store: Store, event_id: str, state: str) -> None:
    with store.write() as session:
        event = session.exec(select(Event).where(Event.id == event_id)).one()
        event.sync_state = state
        session.add(event)


def deliver(store: Store, paths: DataPaths, number: str, signature: Signature) -> str:
    result = outcomes.deliver_to_recipient(
        store, paths, number, name="Ann", signature=signature, now=MORNING
    )
    return result.event_ids[0]


def test_a_delivery_corrected_to_a_neighbour_is_one_pending_event(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0101")
    original = deliver(store, paths, number, signature)
    set_sync_state(store, original, ACKNOWLEDGED)  # synced already: still correctable today
    result = corrections.correct_outcome(
        store, original, outcome="neighbour", name=" Bo  Baker ", neighbour_address="No. 3",
        reason="wrong_button", now=MORNING + timedelta(hours=2), zone=ZONE,
    )  # fmt: skip
    assert result.status == "delivered" and result.changes
    last = log(store, number)[-1]
    assert (last.id, last.type, last.sync_state) == (result.event_id, "outcome_corrected", PENDING)
    assert json.loads(last.data) == {
        "corrects": original,
        "corrected_type": "delivered",
        "outcome": "neighbour",
        "name": "Bo Baker",
        "neighbour_address": "No. 3",
        "reason": "wrong_button",
    }
    with store.read() as session:
        stored = parcel(store, number)
        assert replayed_state(session, stored).status == stored.status == "delivered"
    listed = corrections.outcomes_of_day(store, now=MORNING + timedelta(hours=3), zone=ZONE)
    assert [(o.event_id, o.corrected_by, o.refusal) for o in listed] == [
        (original, result.event_id, "already_corrected")
    ]


def test_a_delivery_corrected_to_failed_goes_back_to_the_shelf(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0102")
    original = deliver(store, paths, number, signature)
    later = MORNING + timedelta(hours=1)
    corrections.correct_outcome(
        store, original, outcome="failed", failure_reason="not_at_home", reason="found_parcel",
        now=later, zone=ZONE,
    )  # fmt: skip
    assert (parcel(store, number).status, parcel(store, number).attempts) == ("attempt_failed", 1)
    assert attempts.end_run(store, later) == {number: "received"}


def test_todays_figures_follow_a_correction(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    from shopapp.reports.day import day_figures

    delivered = deliver(store, paths, out_for_delivery("JJD0110"), signature)
    deliver(store, paths, out_for_delivery("JJD0111"), signature)
    later = MORNING + timedelta(hours=1)
    with store.read() as session:
        before = day_figures(session, later)
    assert (before.delivered_today, before.failed_today) == (2, 0)
    corrections.correct_outcome(
        store, delivered, outcome="failed", failure_reason="not_at_home", reason="wrong_button",
        now=later, zone=ZONE,
    )  # fmt: skip
    with store.read() as session:
        after = day_figures(session, later)
    assert (after.delivered_today, after.failed_today) == (1, 1)


def test_a_failure_corrected_to_delivered_after_the_run_ended(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    number = out_for_delivery("JJD0103")
    failed = outcomes.record_failed_attempt(
        store, paths, number, reason="not_at_home", now=MORNING
    ).event_ids[0]
    attempts.end_run(store, MORNING + timedelta(minutes=30))
    assert parcel(store, number).status == "received"
    corrections.correct_outcome(
        store, failed, outcome="safe_place", where="behind the shed", reason="customer_report",
        now=MORNING + timedelta(hours=4), zone=ZONE,
    )  # fmt: skip
    assert (parcel(store, number).status, parcel(store, number).attempts) == ("delivered", 0)


def test_a_handover_to_the_wrong_name(store: Store, paths: DataPaths, signature: Signature) -> None:
    add_parcel(store, "JJD0104", "received")
    pickup.hold_for_pickup(store, "JJD0104")
    handed = pickup.hand_over(
        store, paths, "JJD0104", name="Gil", signature=signature, now=MORNING
    ).event_ids[0]
    result = corrections.correct_handover(
        store, handed, name="Gill Smith", reason="wrong_name", now=MORNING, zone=ZONE
    )
    assert result.status == "picked_up"
    assert json.loads(log(store, "JJD0104")[-1].data)["name"] == "Gill Smith"


def test_refusals_say_which_rule_and_record_nothing(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0105")
    original = deliver(store, paths, number, signature)
    before = len(log(store, number))

    def refusal(**kwargs: object) -> str:
        args: dict[str, object] = {
            "outcome": "neighbour", "name": "Bo", "reason": "wrong_button",
            "now": MORNING + timedelta(hours=1), "zone": ZONE, **kwargs,
        }  # fmt: skip
        with pytest.raises((CorrectionRefused, CorrectionError)) as caught:
            corrections.correct_outcome(store, str(args.pop("event_id", original)), **args)  # type: ignore[arg-type]
        return caught.value.code

    assert refusal(now=MORNING + timedelta(days=1)) == "correction.not_same_day"
    assert refusal(reason="because") == "correction.reason_required"
    assert refusal(reason="other") == "correction.note_required"
    assert refusal(name=" ") == "correction.name_required"
    assert refusal(outcome="recipient", name="Ann") == "correction.no_change"
    assert refusal(outcome="failed") == "correction.failure_reason_required"
    assert refusal(event_id="no-such-event") == "correction.no_event"
    assert len(log(store, number)) == before
    # Once corrected, never again; the correction itself cannot be corrected either.
    first = corrections.correct_outcome(
        store, original, outcome="neighbour", name="Bo", reason="wrong_button",
        now=MORNING + timedelta(hours=1), zone=ZONE,
    )  # fmt: skip
    assert refusal(outcome="safe_place", where="porch") == "correction.already_corrected"
    assert refusal(event_id=first.event_id) == "correction.correction_of_correction"


def test_a_return_handed_to_the_carrier_and_a_rejected_outcome_are_never_corrected(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0106", max_attempts=1)
    failed = outcomes.record_failed_attempt(
        store, paths, number, reason="refused", now=MORNING
    ).event_ids[0]
    attempts.end_run(store, MORNING)
    assert attempts.return_to_carrier(store, number, MORNING).outcome == "returned"
    with pytest.raises(CorrectionRefused) as caught:
        corrections.correct_outcome(
            store, failed, outcome="recipient", name="Ann", reason="wrong_button",
            now=MORNING + timedelta(hours=1), zone=ZONE,
        )  # fmt: skip
    assert caught.value.code == "correction.returned"
    listed = corrections.outcomes_of_day(store, now=MORNING + timedelta(hours=1), zone=ZONE)
    assert [o.refusal for o in listed] == ["returned"]

    other = out_for_delivery("JJD0107")
    rejected = deliver(store, paths, other, signature)
    set_sync_state(store, rejected, REJECTED)
    with pytest.raises(CorrectionError) as refused:
        corrections.correct_outcome(
            store, rejected, outcome="neighbour", name="Bo", reason="wrong_button",
            now=MORNING, zone=ZONE,
        )  # fmt: skip
    assert refused.value.code == "correction.rejected_event"


def test_outcomes_of_the_day_only_and_of_the_parcels_asked(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    first = out_for_delivery("JJD0108")
    second = out_for_delivery("JJD0109")
    deliver(store, paths, first, signature)
    outcomes.record_failed_attempt(store, paths, second, reason="unsafe", now=MORNING)
    today = corrections.outcomes_of_day(store, now=MORNING, zone=ZONE)
    assert [(o.tracking_number, o.outcome, o.detail, o.correctable) for o in today] == [
        (first, "recipient", "Ann", True),
        (second, "failed", "unsafe", True),
    ]
    assert [o.correction_type for o in today] == ["outcome_corrected"] * 2
    only = corrections.outcomes_of_day(store, tracking_numbers=[second], now=MORNING, zone=ZONE)
    assert [o.tracking_number for o in only] == [second]
    tomorrow = corrections.outcomes_of_day(store, now=MORNING + timedelta(days=1), zone=ZONE)
    assert tomorrow == []


def test_every_refusal_has_a_wording() -> None:
    """Each rule of the lifecycle table and each form refusal is worded in the UI's table."""
    import re
    from pathlib import Path

    from shopapp.parcels.lifecycle import CORRECTION_RULES

    from shopapp.ui.messages import TABLE

    source = Path(corrections.__file__).read_text(encoding="utf-8")
    form = set(re.findall(r'CorrectionError\(\s*"([a-z_]+)"', source))
    assert {"reason_required", "note_required", "rejected_event"} <= form
    codes = {f"correction.{why}" for why in (*CORRECTION_RULES, *form)}
    assert sorted(code for code in codes if code not in TABLE) == []
