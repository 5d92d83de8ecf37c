"""Check-in outcomes at the counter: each committed at once, each with its events."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from shopapp.changes import Changes
from shopapp.clock import to_iso
from shopapp.counter import Outcome, Severity, check_in, mark_damaged, undo_last_scan
from shopapp.counter.checkin import NO_PROFILE
from shopapp.counter.shelf import shelf_letter
from shopapp.errors import IllegalTransition, ParcelNotFound, ShopAppError
from shopapp.scanning import encode_shelf_code
from shopapp.store import Store
from shopapp.store.models import Event, Parcel
from shopapp.store.outbox import replayed_state, state_of
from shopapp.store.parcels import by_tracking_number
from tests.counter.conftest import Manifest
from tests.counter.numbers import ups

T0 = datetime(2026, 11, 26, 9, 0, 0, tzinfo=UTC)


def events(store: Store, tracking: str | None = None) -> list[Event]:
    with store.read() as session:
        query = select(Event).order_by(Event.seq)  # type: ignore[arg-type]
        if tracking:
            query = query.where(Event.tracking_number == tracking)
        return list(session.exec(query))


def parcel(store: Store, tracking: str) -> Parcel:
    with store.read() as session:
        found = by_tracking_number(session, tracking)
        assert found is not None
        return found


def assert_consistent(store: Store) -> None:
    """Every parcel's stored state is what replaying its events gives."""
    with store.read() as session:
        for row in session.exec(select(Parcel)):
            assert replayed_state(session, row) == state_of(row), row.tracking_number


def test_received_shows_slot_and_recipient_and_commits_one_event(
    store: Store, manifest: Manifest
) -> None:
    outcome = check_in(store, manifest.near[0], now=T0)
    assert outcome.outcome is Outcome.RECEIVED
    assert outcome.severity is Severity.OK
    assert outcome.recipient == "Ann Archer"
    assert outcome.shelf_slot == "A-1"
    assert outcome.events == ("received",)
    assert outcome.status == "received"
    assert outcome.message.code == "checkin.received" and outcome.message.arg("slot") == "A-1"
    assert outcome.changes == Changes.PARCELS | Changes.OUTBOX
    stored = parcel(store, manifest.near[0])
    assert (stored.status, stored.shelf_slot) == ("received", "A-1")
    assert stored.received_at == to_iso(T0)
    [event] = events(store)
    assert (event.type, event.at, json.loads(event.data)) == ("received", stored.received_at, {})
    assert_consistent(store)


def test_slots_follow_the_surname_and_take_the_lowest_free_number(
    store: Store, manifest: Manifest
) -> None:
    bob, dan = manifest.near[1], manifest.near[3]  # Bob Brook, Dan Brook
    assert check_in(store, bob, now=T0).shelf_slot == "B-1"
    assert check_in(store, dan, now=T0).shelf_slot == "B-2"
    undo_last_scan(store, bob, now=T0 + timedelta(seconds=5))
    # B-1 is free again: the next Brook takes it, deterministically.
    assert check_in(store, bob, now=T0 + timedelta(seconds=6)).shelf_slot == "B-1"
    assert check_in(store, manifest.near[4], now=T0).shelf_slot == "A-1"  # Eve Ångström


@pytest.mark.parametrize(
    ("name", "letter"),
    [("Jane Ann Smith", "S"), ("Zoë Ångström", "A"), ("", "Z"), ("李 王", "Z"), ("O'Neil", "O")],
)
def test_shelf_letter(name: str, letter: str) -> None:
    assert shelf_letter(name) == letter


def test_the_same_code_however_it_arrives(store: Store, manifest: Manifest) -> None:
    number = manifest.near[0]
    spaced = " ".join(number[i : i + 4] for i in range(0, len(number), 4)).lower()
    assert check_in(store, spaced + "\r\n", now=T0).outcome is Outcome.RECEIVED
    later = T0 + timedelta(minutes=5)
    for variant in (number + "\t", number.lower(), encode_shelf_code(number)):
        again = check_in(store, variant, now=later)
        assert again.outcome is Outcome.ALREADY_RECEIVED, variant
        assert again.tracking_number == number
    assert len(events(store)) == 1


def test_already_received_makes_no_new_event(store: Store, manifest: Manifest) -> None:
    check_in(store, manifest.near[0], now=T0)
    again = check_in(store, manifest.near[0], now=T0 + timedelta(seconds=30))
    assert again.outcome is Outcome.ALREADY_RECEIVED
    assert again.severity is Severity.WARNING
    assert not again.repeat and not again.recorded
    assert again.shelf_slot == "A-1"
    assert again.message.code == "checkin.already_received"
    assert again.message.arg("slot") == "A-1" and "A-1" in str(again.message)
    assert not again.changes  # nothing recorded: nothing for the pages to refresh
    assert len(events(store)) == 1


def test_repeat_within_two_seconds_is_counted_once(store: Store, manifest: Manifest) -> None:
    first = check_in(store, manifest.near[0], now=T0)
    for ms in (5, 300, 1999):
        again = check_in(store, manifest.near[0], now=T0 + timedelta(milliseconds=ms))
        assert again.repeat, ms
        assert again.message.code == "checkin.repeat"
        assert str(again.message) == "Scanned twice: counted once."
        assert again.outcome is Outcome.ALREADY_RECEIVED
        assert again.shelf_slot == first.shelf_slot
    late = check_in(store, manifest.near[0], now=T0 + timedelta(seconds=2.5))
    assert not late.repeat
    assert len(events(store)) == 1


def test_not_on_manifest_keeps_an_unexpected_parcel(store: Store, manifest: Manifest) -> None:
    outcome = check_in(store, manifest.unknown, now=T0)
    assert outcome.outcome is Outcome.NOT_ON_MANIFEST
    assert outcome.severity is Severity.WARNING
    assert outcome.shelf_slot == "UNK-1"
    assert outcome.message.code == "checkin.not_on_manifest"
    assert outcome.message.arg("slot") == "UNK-1" and "address" in str(outcome.message)
    stored = parcel(store, manifest.unknown)
    assert stored.unexpected and stored.status == "received"
    [event] = events(store)
    assert event.type == "received" and json.loads(event.data) == {"unexpected": True}
    # Scanned again: already received, not a second unexpected parcel.
    again = check_in(store, manifest.unknown, now=T0 + timedelta(seconds=10))
    assert again.outcome is Outcome.ALREADY_RECEIVED
    assert len(events(store)) == 1
    assert check_in(store, ups(9998), now=T0).shelf_slot == "UNK-2"
    assert_consistent(store)


def test_outside_the_radius_is_received_and_set_aside(store: Store, manifest: Manifest) -> None:
    outcome = check_in(store, manifest.far, now=T0)
    assert outcome.outcome is Outcome.OUTSIDE_RADIUS
    assert outcome.severity is Severity.WARNING
    assert outcome.events == ("received", "return_pending")
    assert outcome.shelf_slot == "RET-1"
    assert outcome.distance_m is not None and 39_000 < outcome.distance_m < 41_000
    said = outcome.message
    assert said.code == "checkin.outside_radius" and said.arg("slot") == "RET-1"
    assert said.arg("distance_m") == outcome.distance_m and said.arg("radius_m") > 0
    assert "returns shelf RET-1" in str(said)
    stored = parcel(store, manifest.far)
    assert stored.status == "return_pending" and stored.outside_radius
    first, second = events(store, manifest.far)
    assert (first.type, json.loads(first.data)) == ("received", {"outside_radius": True})
    assert second.type == "return_pending"
    assert_consistent(store)
    # Its scan cannot be undone any more; the message says what to do.
    with pytest.raises(ShopAppError, match="returns shelf") as refused:
        undo_last_scan(store, manifest.far)
    assert refused.value.message.code == "undo.set_aside"


def test_parcel_without_location_is_received(store: Store, manifest: Manifest) -> None:
    outcome = check_in(store, manifest.no_location, now=T0)
    assert outcome.outcome is Outcome.RECEIVED
    assert outcome.distance_m is None


JUNK = [
    "",
    "\r\n",
    "1Z999AA10123456785",  # wrong check digit
    "1Z999AA1012345",  # truncated
    "hello world",
    "\x00\x01\x02",
    "5012345678900",  # a product barcode
    "A" * 10_000,
    "1Z999AA10123456784 1Z5R89390357567127",  # two labels read as one
    "SHOP:1Z999AA10123456784X",  # a shelf label with a wrong check character
]


@pytest.mark.parametrize("junk", JUNK, ids=range(len(JUNK)))
def test_invalid_codes_make_no_event(store: Store, manifest: Manifest, junk: str) -> None:
    outcome = check_in(store, junk, now=T0)
    assert outcome.outcome is Outcome.INVALID
    assert outcome.severity is Severity.ERROR
    assert outcome.message.code == f"scan.{outcome.error_code}" and str(outcome.message)
    assert outcome.tracking_number is None and not outcome.recorded
    assert len(outcome.raw) <= 200
    assert events(store) == []


def test_wrong_check_digit_says_so(store: Store, manifest: Manifest) -> None:
    outcome = check_in(store, "1Z999AA10123456785")
    assert outcome.error_code == "check_digit"
    assert outcome.message.code == "scan.check_digit"
    assert "check digit" in str(outcome.message)


def test_damaged_key_flags_the_parcel_once(store: Store, manifest: Manifest) -> None:
    check_in(store, manifest.near[0], now=T0)
    first = mark_damaged(store, manifest.near[0])
    assert first.recorded and first.event_type == "damaged"
    assert first.message.code == "damage.noted" and first.changes
    second = mark_damaged(store, manifest.near[0].lower())
    assert not second.recorded
    assert second.message.code == "damage.already_noted" and not second.changes
    assert parcel(store, manifest.near[0]).damaged
    assert [e.type for e in events(store)] == ["received", "damaged"]
    with pytest.raises(ParcelNotFound):
        mark_damaged(store, manifest.unknown)
    assert_consistent(store)


def test_undo_is_a_compensating_event_never_a_delete(store: Store, manifest: Manifest) -> None:
    check_in(store, manifest.near[0], now=T0)
    result = undo_last_scan(store, manifest.near[0], now=T0 + timedelta(seconds=1))
    assert result.recorded and result.event_type == "scan_undone"
    assert result.message.code == "undo.done" and result.message.arg("slot") == "A-1"
    assert "A-1" in str(result.message)
    stored = parcel(store, manifest.near[0])
    assert (stored.status, stored.shelf_slot, stored.received_at) == ("expected", None, None)
    assert [e.type for e in events(store)] == ["received", "scan_undone"]
    with pytest.raises(ShopAppError, match="no scan-in to undo") as refused:
        undo_last_scan(store, manifest.near[0])
    assert refused.value.message.code == "undo.nothing_to_undo"
    # Scanned again at once: a new scan-in (the undo broke the repeat window).
    again = check_in(store, manifest.near[0], now=T0 + timedelta(seconds=1.5))
    assert again.outcome is Outcome.RECEIVED and again.shelf_slot == "A-1"
    assert [e.type for e in events(store)] == ["received", "scan_undone", "received"]
    assert_consistent(store)


def test_undo_of_an_unexpected_parcel(store: Store, manifest: Manifest) -> None:
    check_in(store, manifest.unknown, now=T0)
    undo_last_scan(store, manifest.unknown)
    stored = parcel(store, manifest.unknown)
    assert stored.status == "expected" and not stored.unexpected
    assert_consistent(store)


def test_damage_after_delivery_is_refused(store: Store, manifest: Manifest) -> None:
    from shopapp.store.outbox import record_event

    check_in(store, manifest.near[0], now=T0)
    with store.write() as session:
        found = by_tracking_number(session, manifest.near[0])
        assert found is not None
        record_event(session, found, "out_for_delivery")
        record_event(session, found, "delivered")
    with pytest.raises(IllegalTransition):
        mark_damaged(store, manifest.near[0])
    # At the counter again: it says the parcel should not be here; no event.
    outcome = check_in(store, manifest.near[0], now=T0 + timedelta(hours=3))
    assert outcome.outcome is Outcome.ALREADY_RECEIVED
    assert outcome.message.code == "checkin.not_at_counter"
    assert outcome.message.arg("status") == "delivered" and "delivered" in str(outcome.message)


def test_back_from_a_run_goes_back_on_the_shelf(store: Store, manifest: Manifest) -> None:
    from shopapp.store.outbox import record_event

    check_in(store, manifest.near[0], now=T0)
    with store.write() as session:
        found = by_tracking_number(session, manifest.near[0])
        assert found is not None
        record_event(session, found, "out_for_delivery")
        record_event(session, found, "attempt_failed", {"reason": "not at home"})
    outcome = check_in(store, manifest.near[0], now=T0 + timedelta(hours=5))
    assert outcome.outcome is Outcome.RECEIVED
    assert outcome.message.code == "checkin.received_back"
    assert "back on the shelf" in str(outcome.message)
    assert_consistent(store)


def test_no_shop_profile_is_a_clear_error(store: Store) -> None:
    with pytest.raises(ShopAppError) as caught:
        check_in(store, ups(1))
    assert str(caught.value) == NO_PROFILE
    assert caught.value.message.code == "checkin.no_profile"
    assert "setup" in NO_PROFILE
    # An invalid code is still answered (nothing to look up).
    assert check_in(store, "garbage!").outcome is Outcome.INVALID
