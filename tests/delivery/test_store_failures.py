"""Disk full / I/O error on the Nth write of a delivery: a clear message, nothing half-written."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlmodel import func, select

from shopapp.delivery import outcomes, pickup
from shopapp.delivery.signature import Signature
from shopapp.errors import StoreError
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Event, Parcel, ProofFile
from shopapp.store.outbox import replayed_state, state_of
from tests.counter.test_store_failures import FailNth
from tests.delivery.conftest import add_parcel, parcel


def counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        events = int(session.exec(select(func.count()).select_from(Event)).one())
        proofs = int(session.exec(select(func.count()).select_from(ProofFile)).one())
    return events, proofs


def assert_consistent(store: Store) -> None:
    with store.read() as session:
        for row in session.exec(select(Parcel)):
            assert replayed_state(session, row) == state_of(row), row.tracking_number


@pytest.mark.parametrize(
    ("message", "says"),
    [("database or disk is full", "disk is full"), ("disk I/O error", "disk failed")],
)
def test_nth_write_of_a_delivery_fails_cleanly(
    store: Store,
    paths: DataPaths,
    out_for_delivery: Callable[..., str],
    signature: Signature,
    photo: bytes,
    message: str,
    says: str,
) -> None:
    numbers = [out_for_delivery("JJD7000"), out_for_delivery("JJD7003")]
    before = counts(store)
    # Two proof rows (PNG, strokes), two parcel updates, two events: six writes.
    for n in range(1, 7):
        with FailNth(store, n, message), pytest.raises(StoreError) as caught:
            outcomes.deliver_to_recipient(store, paths, numbers, name="Ann", signature=signature)
        assert says in str(caught.value) and "nothing was saved" in str(caught.value).lower()
        assert counts(store) == before, n
        assert all(parcel(store, number).status == "out_for_delivery" for number in numbers)
        assert_consistent(store)
    # The app is still usable: the same delivery now goes through, once.
    outcomes.leave_in_safe_place(store, paths, numbers, where="Porch", photo=photo)
    assert counts(store) == (before[0] + 2, before[1] + 1)
    assert_consistent(store)


def test_nth_write_of_a_handover_fails_cleanly(
    store: Store, paths: DataPaths, signature: Signature
) -> None:
    add_parcel(store, "JJD7100", "received")
    pickup.hold_for_pickup(store, "JJD7100")
    before = counts(store)
    for n in range(1, 5):
        with FailNth(store, n, "database or disk is full"), pytest.raises(StoreError):
            pickup.hand_over(store, paths, "JJD7100", name="Hal", signature=signature)
        assert counts(store) == before
        assert parcel(store, "JJD7100").status == "held_for_pickup"
    pickup.hand_over(store, paths, "JJD7100", name="Hal", signature=signature)
    assert parcel(store, "JJD7100").status == "picked_up"
    assert_consistent(store)
