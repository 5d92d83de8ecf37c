"""Every allowed and every forbidden transition of the lifecycle table, and replay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopapp.errors import IllegalTransition
from shopapp.parcels import lifecycle
from shopapp.parcels.lifecycle import EVENT_TYPES, STATUSES, TRANSITIONS, ParcelState

# The expected table, written out independently of the code's dict, so that a change
# to the rules shows up here as a deliberate edit.
ALLOWED = {
    ("expected", "received"): "received",
    ("out_for_delivery", "received"): "received",
    ("attempt_failed", "received"): "received",
    ("received", "scan_undone"): "expected",
    ("received", "out_for_delivery"): "out_for_delivery",
    ("attempt_failed", "out_for_delivery"): "out_for_delivery",
    ("held_for_pickup", "out_for_delivery"): "out_for_delivery",
    ("out_for_delivery", "delivered"): "delivered",
    ("out_for_delivery", "attempt_failed"): "attempt_failed",
    ("received", "held_for_pickup"): "held_for_pickup",
    ("attempt_failed", "held_for_pickup"): "held_for_pickup",
    ("held_for_pickup", "picked_up"): "picked_up",
    ("received", "return_pending"): "return_pending",
    ("attempt_failed", "return_pending"): "return_pending",
    ("held_for_pickup", "return_pending"): "return_pending",
    ("return_pending", "returned_to_carrier"): "returned_to_carrier",
    **{
        (s, "damaged"): s
        for s in STATUSES
        if s not in ("delivered", "picked_up", "returned_to_carrier")
    },
}
ALL_PAIRS = [(s, e) for s in STATUSES for e in EVENT_TYPES]


def test_table_matches_the_written_rules() -> None:
    code = {(s, e): to for e, moves in TRANSITIONS.items() for s, to in moves.items()}
    assert code == ALLOWED


@pytest.mark.parametrize(("status", "event"), [p for p in ALL_PAIRS if p in ALLOWED])
def test_allowed_transition(status: str, event: str) -> None:
    after = lifecycle.apply_event(ParcelState(status), event, {}, "1Z999AA10123456784")
    assert after.status == ALLOWED[(status, event)]


@pytest.mark.parametrize(("status", "event"), [p for p in ALL_PAIRS if p not in ALLOWED])
def test_forbidden_transition_names_parcel_state_and_action(status: str, event: str) -> None:
    with pytest.raises(IllegalTransition) as caught:
        lifecycle.apply_event(ParcelState(status), event, {}, "1Z999AA10123456784")
    message = str(caught.value)
    assert "1Z999AA10123456784" in message
    assert f"'{status}'" in message
    assert f"'{event}'" in message
    assert caught.value.status == status and caught.value.action == event


def test_unknown_action_is_refused() -> None:
    with pytest.raises(IllegalTransition, match="unknown action"):
        lifecycle.apply_event(ParcelState(), "teleported")


def test_flags_and_attempts() -> None:
    state = lifecycle.replay(
        [
            ("received", {"unexpected": True}),
            ("damaged", None),
            ("out_for_delivery", None),
            ("attempt_failed", {"reason": "not_at_home"}),
            ("out_for_delivery", None),
            ("attempt_failed", {"reason": "refused"}),
        ]
    )
    assert state.status == "attempt_failed"
    assert state.attempts == 2
    assert state.flags == {"unexpected", "damaged"}


def test_undo_removes_the_scans_flags_but_keeps_damage() -> None:
    state = lifecycle.replay(
        [("received", {"outside_radius": True}), ("damaged", None), ("scan_undone", None)]
    )
    assert state == ParcelState("expected", 0, frozenset({"damaged"}))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(EVENT_TYPES), max_size=40))
def test_random_sequences_fold_like_step_by_step(actions: list[str]) -> None:
    """Applying allowed actions one by one equals replaying the accepted ones."""
    state = ParcelState()
    accepted = []
    for action in actions:
        try:
            state = lifecycle.apply_event(state, action, {})
        except IllegalTransition:
            continue
        accepted.append((action, {}))
    assert lifecycle.replay(accepted) == state
