"""The carrier's reasons for rejected events: the ones the reference server really gives
are recognised as codes with their arguments; any other keeps the server's text."""

from __future__ import annotations

import uuid

import pytest
import requests

from parcelwire.lifecycle import CORRECTION_RULES, CorrectionRefused, IllegalTransition
from shopapp.sync.rejections import KNOWN_CODES, reason_message
from tests.sync.conftest import Shop

from shopapp.ui.messages import knows

pytestmark = pytest.mark.e2e


def _post(shop: Shop, events: list[dict[str, object]]) -> list[str]:
    answer = requests.post(
        f"{shop.server.base_url}/v1/events",
        json={"events": events},
        headers={"Authorization": f"Bearer {shop.token}"},
        timeout=10,
    )
    answer.raise_for_status()
    results = answer.json()["results"]
    assert all(r["status"] == "rejected" for r in results), results
    return [str(r["reason"]) for r in results]


def _event(number: str, kind: str, data: dict[str, object] | None = None) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "tracking_number": number,
        "type": kind,
        "at": "2026-03-02T10:00:00Z",
        "data": data or {},
    }


def test_the_reference_servers_reasons_get_their_codes(shop: Shop) -> None:
    known = shop.numbers(1)[0]
    shop.assign([known])
    reasons = _post(
        shop,
        [
            _event("NOTOURS123", "delivered"),
            _event(known, "delivered"),  # still expected: not out for delivery
            _event(known, "teleported"),
            _event(known, "delivered", {"signature_sha256": "not-a-digest"}),
            _event("bad number!", "received"),
        ],
    )
    found = [reason_message(reason) for reason in reasons]
    assert [m.code for m in found] == [
        "reject.not_on_manifest",
        "reject.not_allowed",
        "reject.unknown_action",
        "reject.bad_proof_reference",
        "reject.bad_tracking_number",
    ], reasons
    assert dict(found[0].args) == {"number": "NOTOURS123", "type": "delivered"}
    assert dict(found[1].args) == {"number": known, "status": "expected", "type": "delivered"}
    assert found[2].arg("type") == "teleported"
    assert found[3].arg("key") == "signature_sha256"
    assert all(m.fallback == r for m, r in zip(found, reasons, strict=True))  # the English


def test_the_lifecycles_own_sentence_and_the_pushs_own_reasons() -> None:
    sentence = str(
        IllegalTransition("ABC123", "delivered", "received", "it has already been delivered")
    )
    found = reason_message(sentence)
    assert found.code == "reject.not_allowed"
    assert dict(found.args) == {"number": "ABC123", "status": "delivered", "type": "received"}
    assert reason_message("The server gave no reason.").code == "reject.no_reason"
    big = reason_message("This event is too big for the carrier's server: over 1 MB")
    assert big.code == "reject.too_big" and big.arg("detail") == "over 1 MB"
    unread = reason_message("This event could not be read by the carrier's server: bad 'at'")
    assert unread.code == "reject.unreadable" and unread.arg("detail") == "bad 'at'"


def test_an_unknown_reason_keeps_the_servers_text() -> None:
    found = reason_message("  Le colis est bloqué en douane.  ")
    assert found.code == "reject.other"
    assert found.arg("text") == "Le colis est bloqué en douane."
    assert "reject.other" in KNOWN_CODES


@pytest.mark.parametrize("rule", CORRECTION_RULES)
def test_a_refused_correction_is_worded_as_the_apps_own_refusal(rule: str) -> None:
    # The server's sentence for a correction its lifecycle refuses, as the server makes it.
    sentence = str(CorrectionRefused("ABC123", "delivered", "outcome_corrected", rule))
    found = reason_message(sentence)
    assert (found.code, found.arg("tracking_number")) == (f"correction.{rule}", "ABC123")
    assert found.fallback == sentence and found.code in KNOWN_CODES
    assert knows(found.code)  # worded in the app's one message table
