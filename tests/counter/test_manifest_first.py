"""Check-in looks at the manifest first: a parcel the shop knows is received by its number."""

from __future__ import annotations

import json

import pytest
from sqlmodel import col, select

from shopapp.counter.checkin import CHECK_DIGIT_CONFIRMED, check_in
from shopapp.counter.outcomes import Outcome
from shopapp.scanning import ScanError, parse_scan
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.models import Event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel

TODAYS = ["TBA000000000000", "TBM502887274000", "TBC000000000000", "C1004444443",
          "1LS7000000000000"]
UPS_GOOD = "1Z5R89390357567127"
UPS_BAD_CHECK = "1Z5R89390357567128"  # UPS-shaped, its check digit fails


def _shop(store: Store, numbers: list[str]) -> None:
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
        for n, number in enumerate(numbers):
            upsert_manifest_parcel(
                session,
                {"tracking_number": number, "recipient": f"R{n}", "address": f"{n} Lane",
                 "lat": 52.1, "lon": -1.9},
            )


def _events(store: Store) -> list[tuple[str, str, dict[str, object]]]:
    with store.read() as session:
        return [(e.tracking_number, e.type, json.loads(e.data))
                for e in session.exec(select(Event).order_by(col(Event.seq)))]


def test_todays_formats_on_no_manifest_are_handled_as_their_formats_say(store: Store) -> None:
    _shop(store, [])
    for number in TODAYS[:4]:  # Amazon Logistics TBA/TBM/TBC, Amazon International
        assert parse_scan(number).ok, number
        outcome = check_in(store, number)
        assert outcome.outcome is Outcome.NOT_ON_MANIFEST, (number, outcome)
        assert outcome.tracking_number == number
    # LaserShip's 1LS7 format wants a 1 or 2 after "1LS7": this number fits no format,
    # so, on no manifest, it is no label the shop knows (not a "cut short" read).
    odd = check_in(store, TODAYS[4])
    assert odd.outcome is Outcome.INVALID and odd.error_code == ScanError.UNKNOWN_FORMAT


def test_a_number_of_no_known_format_on_the_manifest_is_received(store: Store) -> None:
    odd = "XK99-1234-ZZ"
    _shop(store, ["XK991234ZZ"])
    assert not parse_scan(odd).ok
    outcome = check_in(store, f"]C0{odd}\r")
    assert outcome.outcome is Outcome.RECEIVED
    assert outcome.tracking_number == "XK991234ZZ"


def test_a_number_of_no_known_format_on_no_manifest_stays_invalid(store: Store) -> None:
    _shop(store, ["XK991234ZZ"])
    outcome = check_in(store, "XK991234ZY")
    assert outcome.outcome is Outcome.INVALID
    assert outcome.error_code == ScanError.UNKNOWN_FORMAT
    assert outcome.message.code == "scan.unknown_format"
    assert "not a parcel label this shop knows" in str(outcome.message)
    assert _events(store) == []


def test_one_digit_off_a_manifest_number_is_not_taken_for_it(store: Store) -> None:
    _shop(store, [UPS_GOOD, "TBA000000000000"])
    checked = check_in(store, UPS_GOOD[:-2] + "37")  # a checked format: a misread
    assert checked.outcome is Outcome.INVALID and checked.error_code == ScanError.CHECK_DIGIT
    unchecked = check_in(store, "TBA000000000001")  # no check digit: another parcel
    assert unchecked.outcome is Outcome.NOT_ON_MANIFEST
    with store.read() as session:
        for number in (UPS_GOOD, "TBA000000000000"):
            parcel = by_tracking_number(session, number)
            assert parcel is not None and parcel.status == "expected"


def test_a_manifest_number_failing_its_check_digit_is_asked_about_first(store: Store) -> None:
    _shop(store, [UPS_BAD_CHECK])
    asked = check_in(store, UPS_BAD_CHECK)
    assert asked.outcome is Outcome.CONFIRM
    assert asked.tracking_number == UPS_BAD_CHECK and asked.recipient == "R0"
    assert not asked.recorded and _events(store) == []
    assert asked.message.code == "checkin.confirm"
    assert asked.message.arg("tracking_number") == UPS_BAD_CHECK
    assert "check digit" in str(asked.message)
    taken = check_in(store, UPS_BAD_CHECK, confirmed=True)
    assert taken.outcome is Outcome.RECEIVED
    assert _events(store) == [(UPS_BAD_CHECK, "received", {CHECK_DIGIT_CONFIRMED: True})]


def test_a_dashed_manifest_number_is_received_with_or_without_its_dash(store: Store) -> None:
    _shop(store, ["1LS7119013618127-1", "AB1234"])
    assert check_in(store, "1LS7119013618127-1\r").outcome is Outcome.RECEIVED
    assert check_in(store, "AB-1234").outcome is Outcome.RECEIVED  # printed with a dash


def test_a_known_format_cut_short_says_only_part_was_read(store: Store) -> None:
    _shop(store, [])
    cut = check_in(store, UPS_GOOD[:11])
    assert cut.outcome is Outcome.INVALID and cut.error_code == ScanError.TRUNCATED
    assert cut.message.code == "scan.truncated"
    assert str(cut.message).startswith("Only part of the code was read")
    whole = parse_scan("C1004444443")  # complete Amazon International, not a cut OnTrac
    assert whole.ok and whole.carrier == "amazon"


def test_a_foreign_keyboard_layout_read_of_a_manifest_number_is_received(store: Store) -> None:
    # On a French AZERTY layout a scanner's "ZQX12345678" arrives as "WAX&é\"'(-è_".
    _shop(store, ["ZQX12345678"])
    outcome = check_in(store, "WAX&é\"'(-è_")
    assert outcome.outcome is Outcome.RECEIVED
    assert outcome.tracking_number == "ZQX12345678"


@pytest.mark.parametrize("junk", ["", "\r", "\x00\x01\x02", "A" * 5000, "]C0\r"])
def test_garbage_never_matches_a_parcel(store: Store, junk: str) -> None:
    _shop(store, TODAYS)
    assert check_in(store, junk).outcome is Outcome.INVALID
    assert _events(store) == []
