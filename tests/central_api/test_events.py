"""POST /v1/events: idempotency by UUID, lifecycle rules, unexpected parcels, validation."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import select

from central_api.models import Event
from tests.central_api.conftest import Api, Shop, event, new_id, parcel


def _rows(api: Api, event_id: str) -> list[Event]:
    with api.db.read() as session:
        return list(session.exec(select(Event).where(Event.event_id == event_id)))


def test_same_uuid_twice_is_one_row_answered_accepted_then_duplicate(api: Api, shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    received = event("JJD001", "received")
    assert shop.send(received) == [{"id": received["id"], "status": "accepted", "reason": None}]
    assert shop.send(received) == [{"id": received["id"], "status": "duplicate", "reason": None}]
    assert len(_rows(api, received["id"])) == 1
    assert shop.parcel("JJD001")["status"] == "received"


def test_same_uuid_twice_in_one_batch(api: Api, shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    received = event("JJD001", "received")
    results = shop.send(received, received)
    assert [r["status"] for r in results] == ["accepted", "duplicate"]
    assert len(_rows(api, received["id"])) == 1


def test_uuid_in_other_spelling_is_the_same_event(shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    received = event("JJD001", "received")
    shop.send(received)
    upper = dict(received, id=received["id"].upper())
    assert shop.send(upper)[0]["status"] == "duplicate"


def test_rejected_event_gets_the_same_rejection_when_resent(shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    early = event("JJD001", "delivered")
    first = shop.send(early)[0]
    assert first["status"] == "rejected"
    # Even once the parcel could take it, the same id keeps its first answer.
    shop.send(event("JJD001", "received"), event("JJD001", "out_for_delivery"))
    assert shop.send(early)[0] == first


def test_lifecycle_break_is_rejected_with_parcel_state_and_action(shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    result = shop.send(event("JJD001", "delivered"))[0]
    assert result["status"] == "rejected"
    assert "JJD001" in result["reason"]
    assert "'expected'" in result["reason"]
    assert "'delivered'" in result["reason"]
    assert shop.parcel("JJD001")["status"] == "expected"


def test_full_delivery_path_with_proof_hashes(shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    signature = "ab" * 32
    results = shop.send(
        event("JJD001", "received"),
        event("JJD001", "out_for_delivery"),
        event("JJD001", "delivered", {"signature_sha256": signature, "recipient_name": "Ann"}),
    )
    assert [r["status"] for r in results] == ["accepted"] * 3
    assert shop.parcel("JJD001")["status"] == "delivered"
    audit = shop.audit()
    assert audit[-1]["blobs"] == [
        {"key": "signature_sha256", "sha256": signature, "uploaded": False, "bytes_held": 0}
    ]
    assert audit[-1]["proofs_pending"] == [signature]
    after = shop.send(event("JJD001", "received"))[0]
    assert after["status"] == "rejected" and "delivered" in after["reason"]


def test_failed_attempts_damage_and_undo(shop: Shop) -> None:
    shop.assign(parcel("JJD001"), parcel("JJD002"))
    results = shop.send(
        event("JJD001", "received"),
        event("JJD001", "out_for_delivery"),
        event("JJD001", "attempt_failed", {"reason": "not_at_home"}),
        event("JJD001", "damaged"),
        event("JJD002", "received"),
        event("JJD002", "scan_undone"),
    )
    assert all(r["status"] == "accepted" for r in results), results
    first = shop.parcel("JJD001")
    assert (first["status"], first["attempts"], first["flags"]) == (
        "attempt_failed",
        1,
        ["damaged"],
    )
    assert shop.parcel("JJD002")["status"] == "expected"


def test_partial_batch_answers_each_event_in_order(shop: Shop) -> None:
    shop.assign(parcel("JJD001"), parcel("JJD002"))
    batch = [
        event("JJD001", "received"),
        event("JJD002", "picked_up"),
        event("NOPE404", "received"),
        event("JJD002", "fly_away"),
        event("JJD002", "received"),
    ]
    results = shop.send(*batch)
    assert [r["id"] for r in results] == [e["id"] for e in batch]
    assert [r["status"] for r in results] == [
        "accepted",
        "rejected",
        "rejected",
        "rejected",
        "accepted",
    ]
    assert "fly_away" in results[3]["reason"]
    assert [e["id"] for e in shop.audit()] == [batch[0]["id"], batch[4]["id"]]
    assert len(shop.audit(include_rejected=True)) == 5


def test_unknown_parcel_is_rejected_but_unexpected_receipt_creates_it(shop: Shop) -> None:
    unknown = shop.send(event("XYZ123", "received"))[0]
    assert unknown["status"] == "rejected"
    assert "XYZ123" in unknown["reason"] and "manifest" in unknown["reason"]
    assert shop.get("/v1/parcels/XYZ123").status_code == 404
    found = shop.send(event("xyz 123", "received", {"unexpected": True}))[0]
    assert found["status"] == "accepted"
    created = shop.parcel("XYZ123")
    assert created["status"] == "received"
    assert created["flags"] == ["unexpected"]
    # It joins the shop's manifest, so a pull from 0 lists every parcel of the shop.
    assert [p["tracking_number"] for p in shop.get("/v1/manifest").json()["parcels"]] == ["XYZ123"]


def test_unexpected_flag_must_be_true_not_truthy(shop: Shop) -> None:
    result = shop.send(event("XYZ123", "received", {"unexpected": "yes"}))[0]
    assert result["status"] == "rejected"


def test_per_event_rejections_for_odd_values(shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    results = shop.send(
        event("JJD/001", "received"),
        event("JJD001", "delivered", {"photo_sha256": "not-a-hash"}),
    )
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert "not valid" in results[0]["reason"]
    assert "photo_sha256" in results[1]["reason"]


def test_times_are_kept_in_utc(shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    shop.send(event("JJD001", "received", at="2026-11-26T10:30:00+01:00"))
    assert shop.audit()[0]["at"] == "2026-11-26T09:30:00Z"


def test_empty_batch(shop: Shop) -> None:
    assert shop.send() == []


def test_a_full_batch_of_1000_goes_in_at_once(api: Api, shop: Shop) -> None:
    shop.assign(*(parcel(f"JJD{n:05d}") for n in range(500)))
    batch = [event(f"JJD{n:05d}", "received") for n in range(500)]
    batch += [event(f"JJD{n:05d}", "out_for_delivery") for n in range(500)]
    results = shop.send(*batch)
    assert {r["status"] for r in results} == {"accepted"}
    with api.db.read() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Event)).scalar_one() == 1000


def test_bad_input_is_422_with_a_json_body(api: Api, shop: Shop) -> None:
    good = event("JJD001", "received")
    cases = [
        {"events": [dict(good, id="not-a-uuid")]},
        {"events": [dict(good, at="2026-11-26T09:30:00")]},  # no time zone
        {"events": [dict(good, at="yesterday")]},
        {"events": [dict(good, tracking_number="")]},
        {"events": [dict(good, tracking_number="X" * 65)]},
        {"events": [dict(good, data=[1, 2])]},
        {"events": [dict(good, at="0001-01-01T00:00:00+05:00")]},  # out of range in UTC
        {"events": [{k: v for k, v in good.items() if k != "type"}]},
        {"events": [dict(good, id=new_id()) for _ in range(1001)]},
        {"nothing": []},
        [],
    ]
    for body in cases:
        answer = api.client.post("/v1/events", json=body, headers=shop.headers)
        assert answer.status_code == 422, (body, answer.text)
        assert isinstance(answer.json()["detail"], list)


def test_malformed_json_is_4xx(api: Api, shop: Shop) -> None:
    headers = dict(shop.headers, **{"Content-Type": "application/json"})
    for raw in (b"{", b'{"events": [NaN]}', b"\xff\xfe", b'{"events": "x"}'):
        answer = api.client.post("/v1/events", content=raw, headers=headers)
        assert 400 <= answer.status_code < 500, (raw, answer.text)


def test_unique_event_id_wins_a_race(api: Api, shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another request stores the same id between our look-up and our insert: the unique
    constraint refuses the second copy and the batch is decided again."""
    from central_api import events as intake

    shop.assign(parcel("JJD001"))
    received = event("JJD001", "received")
    shop.send(received)
    real_load = intake._Batch.load
    calls = []

    def blind_first_load(self: intake._Batch, batch: Any) -> Any:
        calls.append(1)
        answers = real_load(self, batch)
        return {} if len(calls) == 1 else answers

    monkeypatch.setattr(intake._Batch, "load", blind_first_load)
    assert shop.send(received)[0]["status"] == "duplicate"
    assert len(calls) == 2
    assert len(_rows(api, received["id"])) == 1
