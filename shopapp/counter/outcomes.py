"""What one check-in gave: an outcome class, its severity and what the counter shows."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from shopapp.changes import Changes
from shopapp.messages import Message


class Outcome(StrEnum):
    """The results of a scan at the counter."""

    RECEIVED = "received"
    ALREADY_RECEIVED = "already_received"
    NOT_ON_MANIFEST = "not_on_manifest"
    OUTSIDE_RADIUS = "outside_radius"
    INVALID = "invalid"
    # On the manifest, but the label fails its format's check digit: the shopkeeper
    # compares the label with the manifest's number and confirms; nothing is written yet.
    CONFIRM = "confirm"


class Severity(StrEnum):
    """Which sound and colour family an outcome belongs to."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


SEVERITY: dict[Outcome, Severity] = {
    Outcome.RECEIVED: Severity.OK,
    Outcome.ALREADY_RECEIVED: Severity.WARNING,
    Outcome.NOT_ON_MANIFEST: Severity.WARNING,
    Outcome.OUTSIDE_RADIUS: Severity.WARNING,
    Outcome.INVALID: Severity.ERROR,
    Outcome.CONFIRM: Severity.WARNING,
}


@dataclass(frozen=True, slots=True)
class CheckInOutcome:
    """One scan's result, already committed when the caller sees it.

    Attributes:
        outcome: the class of result (drives colour, word and sound).
        raw: the scan as received, cut to 200 characters.
        tracking_number: the normalised number; None for an invalid code.
        recipient: the manifest's recipient ("" when unknown).
        address: the manifest's address ("" when unknown).
        shelf_slot: where the parcel goes ("B-3", "RET-1", "UNK-2"); None when invalid.
        status: the parcel's status after the scan; None for an invalid code.
        message: what to tell the shopkeeper, as a code with its arguments (worded by
            the UI's message table; its English `fallback` is for logs and the CLI).
        error_code: the parser's `ScanError` value for an invalid code.
        events: the types of the events this scan committed, in order (empty: none).
        repeat: the same code was scanned again within `REPEAT_WINDOW_S` (no new event).
        distance_m: crow-fly distance from the shop, when the parcel has a location.
        damaged: the parcel carries the damaged flag.
    """

    outcome: Outcome
    raw: str = ""
    tracking_number: str | None = None
    recipient: str = ""
    address: str = ""
    shelf_slot: str | None = None
    status: str | None = None
    message: Message = field(default_factory=lambda: Message("checkin.none"))
    error_code: str | None = None
    events: tuple[str, ...] = ()
    repeat: bool = False
    distance_m: float | None = None
    damaged: bool = False

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.outcome]

    @property
    def recorded(self) -> bool:
        """True when this scan committed at least one event."""
        return bool(self.events)

    @property
    def changes(self) -> Changes:
        """A recorded scan changed a parcel and put events in the outbox."""
        return Changes.PARCELS | Changes.OUTBOX if self.events else Changes.NONE

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form (for the CLI's summary); the message in English."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["message"] = str(self.message)
        data["outcome"] = str(self.outcome)
        data["events"] = list(self.events)
        data["severity"] = str(self.severity)
        return data


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The result of "damaged" or "undo" on the parcel just scanned."""

    tracking_number: str
    event_type: str
    recorded: bool  # False: nothing to do (already damaged), no event written
    status: str
    message: Message

    @property
    def changes(self) -> Changes:
        return Changes.PARCELS | Changes.OUTBOX if self.recorded else Changes.NONE
