"""An action and its event commit together or not at all; status always equals replay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from shopapp.errors import IllegalTransition, StoreError
from shopapp.parcels.lifecycle import EVENT_TYPES
from shopapp.store import Store
from shopapp.store.models import Event, Parcel
from shopapp.store.outbox import pending_count, record_event, replayed_state, state_of
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel


def test_failed_block_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.write() as session:
            parcel, _ = upsert_manifest_parcel(session, {"tracking_number": "A1"})
            record_event(session, parcel, "received")
            raise RuntimeError("power cut in the middle of the action")
    with store.read() as session:
        assert by_tracking_number(session, "A1") is None
        assert session.exec(select(func.count()).select_from(Event)).one() == 0


def test_illegal_transition_writes_nothing(store: Store) -> None:
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(session, {"tracking_number": "A2"})
    with pytest.raises(IllegalTransition, match="A2"):
        with store.write() as session:
            parcel = by_tracking_number(session, "A2")
            assert parcel is not None
            record_event(session, parcel, "delivered")
    with store.read() as session:
        parcel = by_tracking_number(session, "A2")
        assert parcel is not None and parcel.status == "expected"
        assert pending_count(session) == 0


def test_manifest_update_never_overwrites_the_shops_records(store: Store) -> None:
    with store.write() as session:
        parcel, created = upsert_manifest_parcel(
            session, {"tracking_number": "a3", "recipient": "Ann", "address": "1 Lane"}
        )
        assert created
        record_event(session, parcel, "received")
        parcel.shelf_slot = "B4"
    with store.write() as session:
        parcel, created = upsert_manifest_parcel(
            session, {"tracking_number": "A3", "recipient": "Ann Smith", "address": "1 Lane"}
        )
        assert not created
    with store.read() as session:
        parcel = by_tracking_number(session, "A3")
        assert parcel is not None
        assert (parcel.recipient, parcel.status, parcel.shelf_slot) == (
            "Ann Smith",
            "received",
            "B4",
        )


def test_sqlite_failure_becomes_a_clear_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="Nothing was saved|nothing was saved"):
        with store.write() as session:
            session.connection().exec_driver_sql("INSERT INTO no_such_table VALUES (1)")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(EVENT_TYPES)), max_size=30))
def test_stored_status_always_equals_replay(store: Store, actions: list[tuple[int, str]]) -> None:
    """Random actions on a few parcels, each in its own transaction, legal or not."""
    with store.write() as session:
        session.connection().exec_driver_sql("DELETE FROM event")
        session.connection().exec_driver_sql("DELETE FROM parcel")
    for parcel_no, action in actions:
        try:
            with store.write() as session:
                parcel, _ = upsert_manifest_parcel(session, {"tracking_number": f"H{parcel_no}"})
                record_event(session, parcel, action, {"reason": "not_at_home"})
        except IllegalTransition:
            pass
    with store.read() as session:
        for parcel in session.exec(select(Parcel)).all():
            assert replayed_state(session, parcel) == state_of(parcel)
