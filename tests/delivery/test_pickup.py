"""Counter pickup: codes, lookup by code / QR / tracking number / name, handover, waiting."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from shopapp.clock import to_iso
from shopapp.delivery import pickup
from shopapp.delivery.errors import DeliveryError, EmptySignature
from shopapp.delivery.signature import Signature
from shopapp.errors import IllegalTransition
from shopapp.paths import DataPaths
from shopapp.store import Store
from tests.delivery.conftest import add_parcel, parcel
from tests.delivery.test_outcomes import assert_hashes_match_files, events

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def held(store: Store, number: str, recipient: str, days_ago: float = 0) -> str:
    add_parcel(store, number, "received", recipient=recipient)
    return pickup.hold_for_pickup(store, number, now=NOW - timedelta(days=days_ago))


def test_codes_are_short_unambiguous_and_unique(store: Store) -> None:
    codes = {held(store, f"JJD20{n:02d}", f"Person {n}") for n in range(40)}
    assert len(codes) == 40
    for code in codes:
        assert len(code) == 6 and set(code) <= set(pickup.CODE_ALPHABET)
    assert not set("0O1IL2Z5S8BQUVG6") & set(pickup.CODE_ALPHABET)
    row = parcel(store, "JJD2000")
    assert row.status == "held_for_pickup" and row.pickup_code in codes
    assert json.loads(events(store, "JJD2000")[-1].data) == {"pickup_code": row.pickup_code}


def test_code_parsing_accepts_qr_payload_and_typed_forms() -> None:
    assert pickup.parse_pickup_code("SHOPAPP-PICKUP:ACD479") == "ACD479"
    assert pickup.parse_pickup_code("acd 479") == "ACD479"
    assert pickup.parse_pickup_code(" ACD-479\r") == "ACD479"
    assert pickup.parse_pickup_code(pickup.qr_payload("XYW347")) == "XYW347"
    assert pickup.format_code("ACD479") == "ACD 479"
    for bad in ("ACD47", "ACD4790", "AB0479", "", "SHOPAPP-PICKUP:"):
        assert pickup.parse_pickup_code(bad) is None


def test_lookup_by_code_qr_tracking_number_and_name(store: Store) -> None:
    code = held(store, "JJD2100", "Dora Dunn", days_ago=2.5)
    held(store, "JJD2101", "Ed Dunnock")
    add_parcel(store, "JJD2102", "received", recipient="Fay Dunmore")
    by_code = pickup.find_for_pickup(store, pickup.format_code(code).lower(), now=NOW)
    assert [i.tracking_number for i in by_code] == ["JJD2100"]
    assert by_code[0].waited == timedelta(days=2.5)
    assert by_code[0].collect_by == to_iso(NOW + timedelta(days=4.5))
    by_qr = pickup.find_for_pickup(store, pickup.qr_payload(code), now=NOW)
    assert [i.tracking_number for i in by_qr] == ["JJD2100"]
    by_number = pickup.find_for_pickup(store, "jjd 2101", now=NOW)
    assert [i.tracking_number for i in by_number] == ["JJD2101"]
    by_name = pickup.find_for_pickup(store, "dun", now=NOW)
    # Held parcels first, then the one on the shelf (which can be held at once).
    assert [i.tracking_number for i in by_name] == ["JJD2100", "JJD2101", "JJD2102"]
    assert by_name[2].waited is None
    everything_held = pickup.find_for_pickup(store, "", now=NOW)
    assert {i.tracking_number for i in everything_held} == {"JJD2100", "JJD2101"}
    assert pickup.find_for_pickup(store, "nobody", now=NOW) == []
    assert pickup.find_for_pickup(store, "100%_", now=NOW) == []


def test_handover_records_name_signature_and_id_check(
    store: Store, paths: DataPaths, signature: Signature
) -> None:
    held(store, "JJD2200", "Gil Green")
    result = pickup.hand_over(
        store,
        paths,
        "JJD2200",
        name="Gil Green",
        signature=signature,
        id_check="driving_licence",
        now=NOW,
    )
    assert parcel(store, "JJD2200").status == "picked_up"
    last = events(store, "JJD2200")[-1]
    assert (last.type, last.id, last.at) == ("picked_up", result.event_ids[0], to_iso(NOW))
    data = json.loads(last.data)
    assert data["name"] == "Gil Green" and data["id_check"] == "driving_licence"
    assert_hashes_match_files(store, paths, data)
    with pytest.raises(IllegalTransition, match="already been picked up"):
        pickup.hand_over(store, paths, "JJD2200", name="Gil", signature=signature)


def test_handover_refusals(store: Store, paths: DataPaths, signature: Signature) -> None:
    held(store, "JJD2300", "Hal Hope")
    with pytest.raises(EmptySignature):
        pickup.hand_over(store, paths, "JJD2300", name="Hal", signature=Signature.from_strokes([]))
    with pytest.raises(DeliveryError, match="name"):
        pickup.hand_over(store, paths, "JJD2300", name=" ", signature=signature)
    with pytest.raises(DeliveryError):
        pickup.hand_over(store, paths, "JJD2300", name="Hal", signature=signature, id_check="x")
    add_parcel(store, "JJD2301", "received")
    with pytest.raises(IllegalTransition):  # not held for pickup
        pickup.hand_over(store, paths, "JJD2301", name="Hal", signature=signature)
    assert parcel(store, "JJD2300").status == "held_for_pickup"


def test_holding_twice_or_a_delivered_parcel_is_refused(store: Store) -> None:
    code = held(store, "JJD2400", "Ivy")
    with pytest.raises(IllegalTransition):
        pickup.hold_for_pickup(store, "JJD2400")
    assert parcel(store, "JJD2400").pickup_code == code


def test_a_parcel_held_without_a_code_gets_one(store: Store) -> None:
    add_parcel(store, "JJD2500", "received", "held_for_pickup")  # held by another path
    assert parcel(store, "JJD2500").pickup_code is None
    code = pickup.ensure_pickup_code(store, "JJD2500")
    assert pickup.parse_pickup_code(code) == code
    assert pickup.ensure_pickup_code(store, "JJD2500") == code
    assert pickup.pickup_item(store, "JJD2500").pickup_code == code
    add_parcel(store, "JJD2501", "received")
    with pytest.raises(DeliveryError, match="not held"):
        pickup.ensure_pickup_code(store, "JJD2501")
