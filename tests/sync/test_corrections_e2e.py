"""End to end over loopback: a delivery corrected, synced, in the server's audit; and a
correction refused by the app's rules and one refused by the server's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests
from sqlmodel import select

from shopapp.clock import to_iso, utc_now
from shopapp.delivery import corrections, outcomes
from shopapp.parcels.lifecycle import CorrectionRefused
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ACKNOWLEDGED, REJECTED, Event
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number
from shopapp.sync.run import run_sync
from tests.delivery.conftest import scribble
from tests.sync.conftest import FAST, Shop, local_log, record

pytestmark = pytest.mark.e2e
# Noon UTC today: the delivery and its correction fall on one day whenever this runs.
NOON = utc_now().replace(hour=12, minute=0, second=0, microsecond=0)


def server_status(shop: Shop, number: str) -> str:
    answer = requests.get(
        f"{shop.server.base_url}/v1/parcels/{number}",
        headers={"Authorization": f"Bearer {shop.token}"},
        timeout=5,
    )
    answer.raise_for_status()
    return str(answer.json()["status"])


def test_a_corrected_delivery_syncs_and_the_server_follows(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(2)
    paired.assign(numbers)
    assert run_sync(paths, store, policy=FAST).ok
    record(store, numbers, "received", "out_for_delivery")
    delivered = outcomes.deliver_to_recipient(
        store, paths, numbers[0], name="Ann", signature=scribble(), now=NOON
    ).event_ids[0]
    first = run_sync(paths, store, policy=FAST)
    assert first.ok and first.rejected == []
    assert server_status(paired, numbers[0]) == "delivered"

    # Acknowledged by the server already, still correctable the same day.
    fixed = corrections.correct_outcome(
        store, delivered, outcome="failed", failure_reason="not_at_home",
        reason="found_parcel", note="still in the van", now=NOON + timedelta(minutes=40),
        zone=UTC,
    )  # fmt: skip
    report = run_sync(paths, store, policy=FAST)
    assert report.ok, report.error
    assert (report.sent, report.acknowledged, report.rejected) == (1, 1, [])

    audit = paired.server.audit(paired.shop_id)
    assert [(e["id"], e["tracking_number"], e["type"]) for e in audit] == local_log(store)
    seen = next(e for e in audit if e["id"] == fixed.event_id)
    assert seen["type"] == "outcome_corrected"
    assert seen["data"]["corrects"] == delivered
    assert seen["data"]["outcome"] == "failed" and seen["data"]["reason"] == "found_parcel"
    assert server_status(paired, numbers[0]) == "attempt_failed"
    with store.read() as session:
        parcel = by_tracking_number(session, numbers[0])
        assert parcel is not None and parcel.status == "attempt_failed"
        row = session.exec(select(Event).where(Event.id == fixed.event_id)).one()
        assert row.sync_state == ACKNOWLEDGED

    # A second correction of the same delivery: the app refuses it, nothing is queued.
    with pytest.raises(CorrectionRefused) as caught:
        corrections.correct_outcome(
            store, delivered, outcome="neighbour", name="Bo", reason="wrong_button",
            now=NOON + timedelta(hours=1), zone=UTC,
        )  # fmt: skip
    assert caught.value.code == "correction.already_corrected"
    assert run_sync(paths, store, policy=FAST).sent == 0


def test_a_correction_the_server_refuses_is_rejected_with_its_reason(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    number = paired.numbers(1)[0]
    paired.assign([number])
    assert run_sync(paths, store, policy=FAST).ok
    record(store, [number], "received", "out_for_delivery")
    delivered = outcomes.deliver_to_recipient(
        store, paths, number, name="Ann", signature=scribble(), now=NOON
    ).event_ids[0]
    # A correction two days late, as a client without the app's checks would send it: the
    # data is well formed (the fold accepts it), the history rule is the server's to apply.
    late = NOON + timedelta(days=2)
    with store.write() as session:
        parcel = by_tracking_number(session, number)
        assert parcel is not None
        data = {"corrects": delivered, "corrected_type": "delivered", "outcome": "neighbour",
                "name": "Bo", "reason": "wrong_button"}  # fmt: skip
        refused = record_event(session, parcel, "outcome_corrected", data, at=to_iso(late)).id
    # The app's own check refuses the same correction.
    with pytest.raises(CorrectionRefused):
        corrections.correct_outcome(
            store, delivered, outcome="safe_place", where="porch", reason="wrong_button",
            now=late, zone=UTC,
        )  # fmt: skip
    report = run_sync(paths, store, policy=FAST)
    assert [(r.id, r.tracking_number) for r in report.rejected] == [(refused, number)]
    assert "only on the day it was recorded" in report.rejected[0].reason
    with store.read() as session:
        row = session.exec(select(Event).where(Event.id == refused)).one()
        assert (row.sync_state, row.sync_reason) == (REJECTED, report.rejected[0].reason)
    assert server_status(paired, number) == "delivered"
    rejected = [
        e for e in paired.server.audit(paired.shop_id, include_rejected=True)
        if e["status"] == "rejected"
    ]  # fmt: skip
    assert [e["id"] for e in rejected] == [refused]
    assert datetime.fromisoformat(rejected[0]["at"]) == late
