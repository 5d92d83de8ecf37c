"""The outcomes of a delivery attempt, each one event per parcel, committed at once.

Every function here first prepares and saves its proof files (fsynced, addressed by
SHA-256), then in ONE write transaction adds the `ProofFile` rows and records the
event of every parcel through `record_event` (lifecycle-checked). Either all the
parcels of the call get their event or none does. The event data names the proof
files by their hashes (`*_sha256` keys, which the central API checks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopapp.changes import Changes
from shopapp.clock import to_iso, utc_now
from shopapp.delivery import proofs
from shopapp.delivery.errors import DeliveryError
from shopapp.delivery.photos import PreparedPhoto, prepare
from shopapp.delivery.signature import Signature, check_signature, render_png, strokes_json
from shopapp.errors import ParcelNotFound
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Parcel
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number

RECIPIENT = "recipient"
NEIGHBOUR = "neighbour"
SAFE_PLACE = "safe_place"
DELIVERED_OUTCOMES = (RECIPIENT, NEIGHBOUR, SAFE_PLACE)

NOT_AT_HOME = "not_at_home"
REFUSED = "refused"
ADDRESS_NOT_FOUND = "address_not_found"
UNSAFE = "unsafe"
BUSINESS_CLOSED = "business_closed"
OTHER = "other"
FAILURE_REASONS = (NOT_AT_HOME, REFUSED, ADDRESS_NOT_FOUND, UNSAFE, BUSINESS_CLOSED, OTHER)

MAX_TEXT = 200
# A photo as it came (file or camera bytes), or already prepared off the UI thread.
Photo = bytes | PreparedPhoto
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class OutcomeResult:
    """What was committed: one event per parcel, all with the same data."""

    event_type: str
    tracking_numbers: tuple[str, ...]
    event_ids: tuple[str, ...]
    data: dict[str, Any] = field(default_factory=dict)
    proofs: tuple[proofs.StoredProof, ...] = ()

    @property
    def changes(self) -> Changes:
        """Parcels changed status; their events wait in the outbox."""
        return Changes.PARCELS | Changes.OUTBOX


def clean_text(value: str | None) -> str:
    """One line of text: control characters out, spaces collapsed, at most 200 characters."""
    return " ".join(_CONTROL.sub(" ", value or "").split())[:MAX_TEXT]


def _required(value: str | None, code: str, message: str) -> str:
    text = clean_text(value)
    if not text:
        raise DeliveryError(code, message)
    return text


def _numbers(parcels: str | Sequence[str]) -> list[str]:
    items = [parcels] if isinstance(parcels, str) else list(parcels)
    numbers = list(dict.fromkeys(n.strip().upper() for n in items if n.strip()))
    if not numbers:
        raise DeliveryError("no_parcel", "Choose at least one parcel first.")
    return numbers


def _load(session: Session, numbers: list[str]) -> list[Parcel]:
    found = []
    for number in numbers:
        parcel = by_tracking_number(session, number)
        if parcel is None:
            raise ParcelNotFound(number)
        found.append(parcel)
    return found


def _signature_files(paths: DataPaths, signature: Signature) -> list[proofs.StoredProof]:
    check_signature(signature)
    return [
        proofs.save_proof(paths, render_png(signature), proofs.SIGNATURE),
        proofs.save_proof(paths, strokes_json(signature), proofs.SIGNATURE_STROKES),
    ]


def _photo_file(paths: DataPaths, photo: Photo) -> proofs.StoredProof:
    return proofs.save_proof(paths, prepare(photo).jpeg, proofs.PHOTO)


def _proof_data(files: Sequence[proofs.StoredProof]) -> dict[str, str]:
    return {f"{proof.kind}_sha256": proof.sha256 for proof in files}


def _commit(
    store: Store,
    numbers: list[str],
    event_type: str,
    data: dict[str, Any],
    files: Sequence[proofs.StoredProof],
    now: datetime | None,
) -> OutcomeResult:
    """The files are on disk already; now their rows and the events, in one transaction."""
    moment = now or utc_now()
    at = to_iso(moment)
    ids = []
    with store.write() as session:
        for proof in files:
            proofs.add_proof_row(session, proof, moment)
        for parcel in _load(session, numbers):
            ids.append(record_event(session, parcel, event_type, data, at=at).id)
    return OutcomeResult(event_type, tuple(numbers), tuple(ids), dict(data), tuple(files))


def deliver_to_recipient(
    store: Store,
    paths: DataPaths,
    parcels: str | Sequence[str],
    *,
    name: str,
    signature: Signature,
    now: datetime | None = None,
) -> OutcomeResult:
    """Handed to the recipient (or someone at the address): name and signature required."""
    numbers = _numbers(parcels)
    who = _required(name, "name_required", "Type the name of the person who took the parcel.")
    files = _signature_files(paths, signature)
    data = {"outcome": RECIPIENT, "name": who, **_proof_data(files)}
    return _commit(store, numbers, "delivered", data, files, now)


def leave_with_neighbour(
    store: Store,
    paths: DataPaths,
    parcels: str | Sequence[str],
    *,
    name: str,
    address: str,
    signature: Signature | None = None,
    photo: Photo | None = None,
    now: datetime | None = None,
) -> OutcomeResult:
    """Left with a neighbour: their name and address, and a signature or a photo (or both)."""
    numbers = _numbers(parcels)
    who = _required(name, "neighbour_name_required", "Type the neighbour's name.")
    where = _required(address, "address_required", "Type the neighbour's address.")
    if signature is None and not photo:
        raise DeliveryError(
            "proof_required", "Get the neighbour's signature or take a photo of the parcel."
        )
    files = _signature_files(paths, signature) if signature is not None else []
    if photo:
        files.append(_photo_file(paths, photo))
    data = {"outcome": NEIGHBOUR, "name": who, "neighbour_address": where, **_proof_data(files)}
    return _commit(store, numbers, "delivered", data, files, now)


def leave_in_safe_place(
    store: Store,
    paths: DataPaths,
    parcels: str | Sequence[str],
    *,
    where: str,
    photo: Photo | None,
    now: datetime | None = None,
) -> OutcomeResult:
    """Left in a safe place: where, and a photo of the parcel there (required)."""
    numbers = _numbers(parcels)
    place = _required(where, "place_required", "Say where the parcel was left.")
    if not photo:
        raise DeliveryError("photo_required", "Take a photo of the parcel where it was left.")
    files = [_photo_file(paths, photo)]
    data = {"outcome": SAFE_PLACE, "where": place, **_proof_data(files)}
    return _commit(store, numbers, "delivered", data, files, now)


def record_failed_attempt(
    store: Store,
    paths: DataPaths,
    parcels: str | Sequence[str],
    *,
    reason: str,
    note: str = "",
    photo: Photo | None = None,
    now: datetime | None = None,
) -> OutcomeResult:
    """Not delivered: a reason from FAILURE_REASONS ("other" needs a note), optional photo.

    The parcel stays `attempt_failed` (in the van) until `attempts.return_to_shelf`
    puts it back on the shelf or among the returns.
    """
    numbers = _numbers(parcels)
    if reason not in FAILURE_REASONS:
        raise DeliveryError("bad_reason", f"Choose why the parcel was not delivered ({reason!r}).")
    text = clean_text(note)
    if reason == OTHER and not text:
        raise DeliveryError("note_required", "Say in a few words why it was not delivered.")
    files = [_photo_file(paths, photo)] if photo else []
    data: dict[str, Any] = {"reason": reason, **_proof_data(files)}
    if text:
        data["note"] = text
    return _commit(store, numbers, "attempt_failed", data, files, now)
