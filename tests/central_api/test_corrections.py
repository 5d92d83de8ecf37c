"""POST /v1/events with corrections: accepted under the lifecycle rules, rejected with a
reason otherwise, shown in the audit; the parcel's status follows the correction."""

from __future__ import annotations

from typing import Any

from tests.central_api.conftest import Shop, event, parcel

AT = "2026-11-26T09:30:00+00:00"


def fix(corrected: dict[str, Any], type_: str = "outcome_corrected", **data: Any) -> dict[str, Any]:
    body = {"corrects": corrected["id"], "corrected_type": corrected["type"],
            "reason": "wrong_button", **data}  # fmt: skip
    return event(corrected["tracking_number"], type_, body, at=data.pop("at", AT))


def delivered(shop: Shop, number: str, **data: Any) -> dict[str, Any]:
    shop.assign(parcel(number))
    done = event(number, "delivered", {"outcome": "recipient", "name": "Ann", **data})
    results = shop.send(event(number, "received"), event(number, "out_for_delivery"), done)
    assert [r["status"] for r in results] == ["accepted"] * 3
    return done


def test_a_correction_is_accepted_audited_and_moves_the_parcel(shop: Shop) -> None:
    done = delivered(shop, "JJD001")
    correction = fix(done, outcome="failed", failure_reason="not_at_home")
    assert shop.send(correction) == [{"id": correction["id"], "status": "accepted", "reason": None}]
    assert shop.parcel("JJD001")["status"] == "attempt_failed"
    last = shop.audit()[-1]
    assert (last["id"], last["type"]) == (correction["id"], "outcome_corrected")
    assert last["data"]["corrects"] == done["id"]
    assert last["data"]["outcome"] == "failed" and last["data"]["reason"] == "wrong_button"
    # The corrected delivery says, in the audit, which correction put it right.
    audited = {e["id"]: e for e in shop.audit()}
    assert audited[done["id"]]["corrected_by"] == correction["id"]
    assert audited[correction["id"]]["corrected_by"] is None
    # Sent again: a duplicate, the parcel unchanged.
    assert shop.send(correction)[0]["status"] == "duplicate"
    # The parcel is a failed attempt now: it can go back on the shelf and out again.
    assert [r["status"] for r in shop.send(event("JJD001", "received"))] == ["accepted"]


def test_the_outcome_and_its_correction_in_one_batch(shop: Shop) -> None:
    shop.assign(parcel("JJD002"))
    failed = event("JJD002", "attempt_failed", {"reason": "not_at_home"})
    back = event("JJD002", "received", {"reason": "attempt_failed"})
    correction = fix(failed, outcome="safe_place", where="shed")
    results = shop.send(
        event("JJD002", "received"), event("JJD002", "out_for_delivery"), failed, back, correction
    )
    assert [r["status"] for r in results] == ["accepted"] * 5
    assert shop.parcel("JJD002")["status"] == "delivered"


def test_a_handover_correction(shop: Shop) -> None:
    shop.assign(parcel("JJD003"))
    handed = event("JJD003", "picked_up", {"name": "Gil"})
    shop.send(event("JJD003", "received"), event("JJD003", "held_for_pickup"), handed)
    correction = fix(handed, "handover_corrected", name="Gill Smith", reason="wrong_name")
    assert shop.send(correction)[0]["status"] == "accepted"
    assert shop.parcel("JJD003")["status"] == "picked_up"


def reason(shop: Shop, correction: dict[str, Any]) -> str:
    result = shop.send(correction)[0]
    assert result["status"] == "rejected", result
    return str(result["reason"])


def test_the_rules_refuse_with_a_reason(shop: Shop, other_shop: Shop) -> None:
    done = delivered(shop, "JJD004")
    before = shop.parcel("JJD004")["status"]
    late = fix(done, outcome="neighbour", name="Bo", at="2026-11-27T09:30:01+00:00")
    assert "only on the day it was recorded" in reason(shop, late)
    assert "changes nothing" in reason(shop, fix(done, outcome="recipient", name="ann"))
    assert "needs its reason" in reason(shop, fix(done, outcome="neighbour", name="Bo", reason=""))
    wrong_type = fix(done, outcome="neighbour", name="Bo", corrected_type="attempt_failed")
    assert "names no event" in reason(shop, wrong_type)
    unknown = dict(done, id="00000000-0000-4000-8000-000000000000")
    assert "names no event" in reason(shop, fix(unknown, outcome="neighbour", name="Bo"))
    # Another shop cannot correct this shop's events (nor see that they exist).
    other_shop.assign(parcel("JJD004"))
    assert "names no event" in reason(other_shop, fix(done, outcome="neighbour", name="Bo"))

    first = fix(done, outcome="neighbour", name="Bo")
    assert shop.send(first)[0]["status"] == "accepted"
    again = fix(done, outcome="safe_place", where="porch")
    assert "already been corrected once" in reason(shop, again)
    assert "cannot itself be corrected" in reason(
        shop, fix(first, outcome="safe_place", where="porch")
    )
    assert shop.parcel("JJD004")["status"] == before == "delivered"
    rejected = [e for e in shop.audit(include_rejected=True) if e["status"] == "rejected"]
    assert len(rejected) == 7  # the other shop's rejection is in its own audit
    assert all(e["reason"] for e in rejected)


def test_a_return_handed_to_the_carrier_is_never_corrected(shop: Shop) -> None:
    shop.assign(parcel("JJD005"))
    failed = event("JJD005", "attempt_failed", {"reason": "refused"})
    shop.send(
        event("JJD005", "received"),
        event("JJD005", "out_for_delivery"),
        failed,
        event("JJD005", "return_pending", {"reason": "attempt_limit"}),
        event("JJD005", "returned_to_carrier"),
    )
    assert "can never be corrected" in reason(shop, fix(failed, outcome="recipient", name="Ann"))
    assert shop.parcel("JJD005")["status"] == "returned_to_carrier"


def test_only_the_latest_outcome(shop: Shop) -> None:
    shop.assign(parcel("JJD006"))
    first = event("JJD006", "attempt_failed", {"reason": "not_at_home"})
    shop.send(
        event("JJD006", "received"),
        event("JJD006", "out_for_delivery"),
        first,
        event("JJD006", "out_for_delivery"),
    )
    assert "latest outcome" in reason(shop, fix(first, outcome="recipient", name="Ann"))


def test_a_shop_with_a_zone_corrects_only_on_the_outcomes_local_day(api: Any) -> None:
    """The app's rule, on the server too, once the carrier has given the shop its zone: a
    delivery at 23:30 in New York corrected at 00:30 there (one hour later, the next local
    day) is refused; a shop whose zone is not known keeps the 24-hour window."""
    from tests.central_api.conftest import ADMIN

    def made(time_zone: str | None, name: str) -> Shop:
        body: dict[str, Any] = {"name": name, "lat": 40.7, "lon": -74.0}
        if time_zone is not None:
            body["time_zone"] = time_zone
        created = api.client.post("/v1/admin/shops", json=body, headers=ADMIN).json()
        return Shop(api, created["shop_id"], created["token"])

    late_evening, after_midnight = "2026-11-27T04:30:00+00:00", "2026-11-27T05:30:00+00:00"
    for zoned, shop in ((True, made("America/New_York", "Hudson")), (False, made(None, "Plain"))):
        shop.assign(parcel("JJD020"))
        done = event("JJD020", "delivered", {"outcome": "recipient", "name": "Ann"},
                     at=late_evening)  # fmt: skip
        shop.send(event("JJD020", "received"), event("JJD020", "out_for_delivery"), done)
        correction = fix(done, outcome="neighbour", name="Bo", at=after_midnight)
        if zoned:
            assert "only on the day it was recorded" in reason(shop, correction)
        else:
            assert shop.send(correction)[0]["status"] == "accepted"
