"""The correction rules of the lifecycle table: what may be corrected, to what, and when."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from parcelwire import lifecycle as table
from shopapp.errors import IllegalTransition
from shopapp.parcels import lifecycle
from shopapp.parcels.lifecycle import CorrectionRefused, ParcelState, PastEvent

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
DELIVERY = PastEvent("d-1", "delivered", NOON, {"outcome": "recipient", "name": "Ann"})
FAILURE = PastEvent("f-1", "attempt_failed", NOON, {"reason": "not_at_home"})
HANDOVER = PastEvent("p-1", "picked_up", NOON, {"name": "Ann"})


def fix(corrected: PastEvent, **fields: Any) -> dict[str, Any]:
    return {"corrects": corrected.id, "corrected_type": corrected.type, "reason": "wrong_button",
            **fields}  # fmt: skip


def check(
    status: str,
    corrected: PastEvent | None,
    data: dict[str, Any],
    *,
    kind: str = "outcome_corrected",
    later: tuple[PastEvent, ...] = (),
    at: datetime = NOON + timedelta(hours=1),
    day_of: Any = None,
) -> str:
    return lifecycle.check_correction(
        ParcelState(status, 1), kind, data, at, corrected, later, "JJD001", day_of
    )


def refused(*args: Any, **kwargs: Any) -> CorrectionRefused:
    with pytest.raises(CorrectionRefused) as caught:
        check(*args, **kwargs)
    return caught.value


# (corrected, status now, corrected outcome, extra data) -> status after
ALLOWED = [
    (DELIVERY, "delivered", {"outcome": "neighbour", "name": "Bo"}, "delivered"),
    (DELIVERY, "delivered", {"outcome": "recipient", "name": "Anne"}, "delivered"),
    (DELIVERY, "delivered", {"outcome": "safe_place", "where": "shed"}, "delivered"),
    (DELIVERY, "delivered", {"outcome": "failed", "failure_reason": "refused"}, "attempt_failed"),
    (FAILURE, "attempt_failed", {"outcome": "recipient", "name": "Ann"}, "delivered"),
    (FAILURE, "received", {"outcome": "safe_place", "where": "porch"}, "delivered"),
    (FAILURE, "return_pending", {"outcome": "neighbour", "name": "Cy"}, "delivered"),
    (FAILURE, "received", {"outcome": "failed", "failure_reason": "refused"}, "received"),
]


@pytest.mark.parametrize(("corrected", "status", "fields", "after"), ALLOWED)
def test_allowed_corrections_and_the_status_after(
    corrected: PastEvent, status: str, fields: dict[str, Any], after: str
) -> None:
    later = (PastEvent("r-1", "received", NOON, {"reason": "attempt_failed"}),)
    history = later if status == "received" else ()
    assert check(status, corrected, fix(corrected, **fields), later=history) == after
    # The fold agrees: replaying the correction from its data alone gives the same status.
    state = lifecycle.apply_event(
        ParcelState(status, 1), "outcome_corrected", fix(corrected, **fields)
    )
    assert state.status == after


def test_attempts_follow_the_corrected_outcome() -> None:
    failed = lifecycle.replay(
        [
            ("received", None),
            ("out_for_delivery", None),
            ("delivered", {"outcome": "recipient"}),
            ("outcome_corrected", fix(DELIVERY, outcome="failed", failure_reason="refused")),
        ]
    )
    assert (failed.status, failed.attempts) == ("attempt_failed", 1)
    delivered = lifecycle.apply_event(
        ParcelState("received", 1),
        "outcome_corrected",
        fix(FAILURE, outcome="safe_place", where="shed"),  # fmt: skip
    )
    assert (delivered.status, delivered.attempts) == ("delivered", 0)


def test_a_handover_keeps_its_status_and_needs_a_name() -> None:
    data = fix(HANDOVER, name="Bob Smith")
    assert check("picked_up", HANDOVER, data, kind="handover_corrected") == "picked_up"
    rule = refused("picked_up", HANDOVER, fix(HANDOVER), kind="handover_corrected").rule
    assert rule == "name_required"
    same = refused("picked_up", HANDOVER, fix(HANDOVER, name=" ann "), kind="handover_corrected")
    assert same.rule == "no_change"


REFUSED = [
    # what may never be corrected
    ("returned", PastEvent("x", "returned_to_carrier", NOON), "outcome_corrected", {}),
    (
        "correction_of_correction",
        PastEvent("x", "outcome_corrected", NOON),
        "outcome_corrected",
        {},
    ),  # fmt: skip
    ("not_correctable", PastEvent("x", "received", NOON), "outcome_corrected", {}),
    ("not_correctable", DELIVERY, "handover_corrected", {"name": "Bo"}),
    ("not_correctable", HANDOVER, "outcome_corrected", {"outcome": "recipient", "name": "Bo"}),
    ("no_event", None, "outcome_corrected", {}),
]


@pytest.mark.parametrize(("rule", "corrected", "kind", "fields"), REFUSED)
def test_what_may_never_be_corrected(
    rule: str, corrected: PastEvent | None, kind: str, fields: dict[str, Any]
) -> None:
    data = fix(corrected or DELIVERY, **{"outcome": "neighbour", "name": "Bo", **fields})
    error = refused("delivered", corrected, data, kind=kind)
    assert error.rule == rule
    assert error.code == f"correction.{rule}"
    assert isinstance(error, IllegalTransition)
    assert "JJD001" in str(error) and f"'{kind}'" in str(error)


def test_a_correction_is_made_once() -> None:
    first = PastEvent("c-1", "outcome_corrected", NOON, fix(DELIVERY, outcome="neighbour"))
    data = fix(DELIVERY, outcome="safe_place", where="shed")
    assert refused("delivered", DELIVERY, data, later=(first,)).rule == "already_corrected"


def test_only_the_latest_outcome_and_not_after_the_return() -> None:
    data = fix(FAILURE, outcome="recipient", name="Ann")
    out_again = (PastEvent("o", "out_for_delivery", NOON), PastEvent("f2", "attempt_failed", NOON))
    assert refused("attempt_failed", FAILURE, data, later=out_again).rule == "moved_on"
    held = (PastEvent("h", "held_for_pickup", NOON),)
    assert refused("held_for_pickup", FAILURE, data, later=held).rule == "moved_on"
    gone = (PastEvent("rp", "return_pending", NOON), PastEvent("rc", "returned_to_carrier", NOON))
    assert refused("returned_to_carrier", FAILURE, data, later=gone).rule == "returned"
    # Damage noted and the shelf in between are fine.
    fine = (PastEvent("dm", "damaged", NOON), PastEvent("r", "received", NOON))
    assert check("received", FAILURE, data, later=fine) == "delivered"


def test_only_on_the_day_of_the_outcome() -> None:
    data = fix(DELIVERY, outcome="neighbour", name="Bo")
    next_day = NOON + timedelta(hours=24, seconds=1)
    assert refused("delivered", DELIVERY, data, at=next_day).rule == "not_same_day"
    assert refused("delivered", DELIVERY, data, at=NOON - timedelta(1)).rule == "before_event"
    # Within 24 hours but after local midnight: refused where the shop's zone is known.
    madrid = ZoneInfo("Europe/Madrid")

    def day_of(moment: datetime) -> date:
        return moment.astimezone(madrid).date()

    late = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # 23:30 in Madrid
    evening = PastEvent("d-2", "delivered", late, {"outcome": "recipient", "name": "Ann"})
    after_midnight = late + timedelta(hours=1)
    data = fix(evening, outcome="neighbour", name="Bo")
    assert refused("delivered", evening, data, at=after_midnight, day_of=day_of).rule == (
        "not_same_day"
    )
    assert check("delivered", evening, data, at=after_midnight) == "delivered"  # window only


@pytest.mark.parametrize(
    ("fields", "rule"),
    [
        ({"reason": ""}, "reason_required"),
        ({"outcome": "teleported"}, "bad_outcome"),
        ({"outcome": "failed"}, "failure_reason_required"),
        ({"outcome": "recipient", "name": "ann"}, "no_change"),
        ({"corrected_type": "attempt_failed"}, "no_event"),
        ({"corrects": "someone-else"}, "no_event"),
    ],
)
def test_what_the_correction_must_say(fields: dict[str, Any], rule: str) -> None:
    data = {**fix(DELIVERY, outcome="neighbour", name="Bo"), **fields}
    assert refused("delivered", DELIVERY, data).rule == rule


def test_every_rule_has_a_reason_and_the_table_raises_its_own_error() -> None:
    assert set(lifecycle.CORRECTION_RULES) >= {r for r, *_ in REFUSED}
    with pytest.raises(table.CorrectionRefused) as caught:
        table.apply_event(ParcelState("delivered"), "outcome_corrected", {})
    assert not isinstance(caught.value, CorrectionRefused)  # the server's, not the app's
    assert "it names no event of this parcel to correct" in str(caught.value)
    assert table.correction_type_for("picked_up") == "handover_corrected"
    assert table.correction_type_for("returned_to_carrier") is None
