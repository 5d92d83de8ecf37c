"""Event intake: idempotent by event UUID, checked against the parcel lifecycle, batched.

One batch is one transaction: the answers are computed in memory from a few look-ups
(the batch's event ids, the shop's parcels it names), then every event row is inserted
in one executemany and the changed parcels are updated. Every event is stored with its
answer, accepted or rejected, so a resend gets the same answer ("duplicate" for an
accepted one, the same rejection for a rejected one).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from central_api.db import Database, lock_shop
from central_api.models import Event, Parcel, utcnow
from central_api.parcels import chunks, join_flags, split_flags
from central_api.schemas import (
    SHA256_RE,
    TRACKING_RE,
    EventIn,
    EventResult,
    normalise_tracking,
)
from central_api.shops import UnknownShop
from parcelwire.lifecycle import (
    CORRECTION_TYPES,
    EVENT_TYPES,
    EXPECTED,
    UNEXPECTED,
    IllegalTransition,
    ParcelState,
    PastEvent,
    apply_event,
    check_correction,
)
from parcelwire.wire import zone_named

Status = Literal["accepted", "duplicate", "rejected"]
ACCEPTED: Status = "accepted"
DUPLICATE: Status = "duplicate"
REJECTED: Status = "rejected"
# A concurrent request may insert the same event id between our look-up and our insert.
_ATTEMPTS = 3


@dataclass
class _Answer:
    status: str
    reason: str | None
    shop_id: int


@dataclass
class _ParcelRow:
    """The lifecycle columns of one parcel, as the batch changes them."""

    id: int | None
    status: str
    attempts: int
    flags: frozenset[str]


def blob_refs(data: dict[str, Any]) -> dict[str, str]:
    """The proof-of-delivery hashes an event names: every data key ending in `_sha256`."""
    return {
        key: value
        for key, value in data.items()
        if key.endswith("_sha256") and isinstance(value, str)
    }


def _bad_blob_ref(data: dict[str, Any]) -> str | None:
    for key, value in data.items():
        if key.endswith("_sha256") and not (isinstance(value, str) and SHA256_RE.match(value)):
            return key
    return None


def _replayed(answer: _Answer, shop_id: int) -> tuple[Status, str | None]:
    if answer.shop_id != shop_id:
        # Never say whose id it is: UUID collisions across shops are a client bug.
        return REJECTED, "This event id is already used by another record; make a new id."
    if answer.status == ACCEPTED:
        return DUPLICATE, None
    return REJECTED, answer.reason


_PARCELS = Parcel.__table__  # type: ignore[attr-defined]
_EVENTS = Event.__table__  # type: ignore[attr-defined]


class _Batch:
    """The state of one batch being decided: parcels touched and rows to write.

    Plain rows and Core statements, not ORM objects: building and flushing hundreds of
    ORM instances costs more than the database work itself.
    """

    def __init__(
        self, connection: sa.Connection, shop_id: int, next_seq: int, zone: tzinfo | None = None
    ) -> None:
        self.connection = connection
        self.shop_id = shop_id
        # The shop's zone when the carrier gave one: a correction must be made on its
        # outcome's local day there, as the app checks; without it, the 24-hour window.
        self.day_of: Callable[[datetime], date] | None = (
            None if zone is None else (lambda at: at.astimezone(zone).date())
        )
        self.next_seq = next_seq
        self.parcels: dict[str, _ParcelRow] = {}
        self.changed: dict[str, _ParcelRow] = {}
        self.created: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []
        # This batch's accepted events, in order: a correction may name one of them.
        self.accepted: list[tuple[str, PastEvent]] = []
        self.now = utcnow()

    def load(self, events: Sequence[EventIn]) -> dict[str, _Answer]:
        ids = list(dict.fromkeys(str(e.id) for e in events))
        answers: dict[str, _Answer] = {}
        columns = (_EVENTS.c.event_id, _EVENTS.c.status, _EVENTS.c.reason, _EVENTS.c.shop_id)
        for chunk in chunks(ids):
            statement = sa.select(*columns).where(_EVENTS.c.event_id.in_(chunk))
            for event_id, status, reason, shop_id in self.connection.execute(statement):
                answers[event_id] = _Answer(status, reason, shop_id)
        numbers = list(dict.fromkeys(normalise_tracking(e.tracking_number) for e in events))
        parcel_columns = (
            _PARCELS.c.id,
            _PARCELS.c.tracking_number,
            _PARCELS.c.status,
            _PARCELS.c.attempts,
            _PARCELS.c.flags,
        )
        for chunk in chunks(numbers):
            statement = sa.select(*parcel_columns).where(
                _PARCELS.c.shop_id == self.shop_id, _PARCELS.c.tracking_number.in_(chunk)
            )
            for id_, number, status, attempts, flags in self.connection.execute(statement):
                self.parcels[number] = _ParcelRow(id_, status, attempts, split_flags(flags))
        return answers

    def decide(self, event: EventIn, number: str) -> tuple[Status, str | None]:
        """Apply one event to the batch's parcels; returns (status, reason)."""
        if not TRACKING_RE.match(number):
            return REJECTED, (
                f"Tracking number '{number[:64]}' is not valid: use 1 to 64 letters, "
                "digits, '.', '_' or '-'."
            )
        if event.type not in EVENT_TYPES:
            return REJECTED, f"Parcel {number}: '{event.type[:64]}' is not a known action."
        bad_key = _bad_blob_ref(event.data)
        if bad_key is not None:
            return REJECTED, f"Parcel {number}: data['{bad_key[:64]}'] is not a SHA-256 hex digest."
        parcel = self.parcels.get(number)
        if parcel is None:
            if event.type == "received" and event.data.get(UNEXPECTED) is True:
                parcel = self._create_unexpected(number)
            else:
                return REJECTED, (
                    f"Parcel {number} is not on this shop's manifest: it cannot be marked "
                    f"'{event.type}'. A parcel found in the tote is recorded with a 'received' "
                    'event whose data has "unexpected": true.'
                )
        state = ParcelState(status=parcel.status, attempts=parcel.attempts, flags=parcel.flags)
        try:
            if event.type in CORRECTION_TYPES:
                corrected, later = self._history(number, event.data.get("corrects"))
                check_correction(
                    state, event.type, event.data, event.at, corrected, later, number,
                    day_of=self.day_of,
                )  # fmt: skip
            after = apply_event(state, event.type, event.data, number)
        except IllegalTransition as exc:
            return REJECTED, str(exc)
        parcel.status = after.status
        parcel.attempts = after.attempts
        parcel.flags = after.flags
        self.changed[number] = parcel
        return ACCEPTED, None

    def _history(self, number: str, corrects: object) -> tuple[PastEvent | None, list[PastEvent]]:
        """The accepted event of the parcel a correction names, and the parcel's accepted
        events after it (stored ones, then this batch's), or (None, [])."""
        try:
            wanted = str(uuid.UUID(str(corrects)))
        except ValueError:
            return None, []
        in_batch = [past for n, past in self.accepted if n == number]
        for index, past in enumerate(in_batch):
            if past.id == wanted:
                return past, in_batch[index + 1 :]
        columns = (_EVENTS.c.seq, _EVENTS.c.type, _EVENTS.c.at, _EVENTS.c.data)
        mine = (
            _EVENTS.c.shop_id == self.shop_id,
            _EVENTS.c.tracking_number == number,
            _EVENTS.c.status == ACCEPTED,
        )
        found = self.connection.execute(
            sa.select(*columns).where(_EVENTS.c.event_id == wanted, *mine)
        ).first()
        if found is None:
            return None, []
        seq, type_, at, data = found
        corrected = PastEvent(wanted, type_, at, data or {})
        stored = self.connection.execute(
            sa.select(_EVENTS.c.event_id, *columns[1:])
            .where(*mine, _EVENTS.c.seq > seq)
            .order_by(_EVENTS.c.seq)
        )
        later = [PastEvent(id_, t, a, d or {}) for id_, t, a, d in stored]
        return corrected, later + in_batch

    def _create_unexpected(self, number: str) -> _ParcelRow:
        # A parcel not on the manifest that the shop found: it joins the shop's manifest
        # (with a sequence number, so a pull from cursor 0 lists every parcel of the shop).
        self.next_seq += 1
        parcel = _ParcelRow(None, EXPECTED, 0, frozenset())
        self.parcels[number] = parcel
        self.created.append({"tracking_number": number, "seq": self.next_seq, "row": parcel})
        return parcel

    def record(self, event: EventIn, number: str, status: str, reason: str | None) -> None:
        if status == ACCEPTED:
            self.accepted.append(
                (number, PastEvent(str(event.id), event.type, event.at, event.data))
            )
        self.rows.append(
            {
                "event_id": str(event.id),
                "shop_id": self.shop_id,
                "tracking_number": number,
                "type": event.type,
                "at": event.at,
                "data": event.data,
                "received_at": self.now,
                "status": status,
                "reason": reason,
            }
        )

    def write(self) -> None:
        """Insert the new parcels and the events, update the changed parcels."""
        if self.created:
            defaults = Parcel(shop_id=self.shop_id, tracking_number="")
            self.connection.execute(
                _PARCELS.insert(),
                [
                    {
                        **defaults.model_dump(exclude={"id"}),
                        "tracking_number": new["tracking_number"],
                        "seq": new["seq"],
                        "status": new["row"].status,
                        "attempts": new["row"].attempts,
                        "flags": join_flags(new["row"].flags),
                        "updated_at": self.now,
                    }
                    for new in self.created
                ],
            )
        updates = [
            {
                "pid": row.id,
                "status": row.status,
                "attempts": row.attempts,
                "flags": join_flags(row.flags),
            }
            for row in self.changed.values()
            if row.id is not None
        ]
        if updates:
            self._update_parcels(updates)
        if self.rows:
            self.connection.execute(_EVENTS.insert(), self.rows)

    def _update_parcels(self, updates: list[dict[str, Any]]) -> None:
        # executemany: C loop in sqlite3, pipeline mode in psycopg 3. (An UPDATE ... FROM
        # VALUES was measured slower: SQLAlchemy compiles every literal row.)
        statement = (
            _PARCELS.update()
            .where(_PARCELS.c.id == sa.bindparam("pid"))
            .values(
                status=sa.bindparam("status"),
                attempts=sa.bindparam("attempts"),
                flags=sa.bindparam("flags"),
                updated_at=self.now,
            )
        )
        self.connection.execute(statement, updates)


def _ingest_once(db: Database, shop_id: int, events: Sequence[EventIn]) -> list[EventResult]:
    results: list[EventResult] = []
    with db.write() as session:
        shop = lock_shop(session, shop_id)
        if shop is None:
            raise UnknownShop(shop_id)
        zone = zone_named(shop.time_zone) if shop.time_zone else None
        batch = _Batch(session.connection(), shop_id, shop.manifest_seq, zone)
        answers = batch.load(events)
        for event in events:
            event_id = str(event.id)
            known = answers.get(event_id)
            if known is not None:
                status, reason = _replayed(known, shop_id)
            else:
                number = normalise_tracking(event.tracking_number)
                status, reason = batch.decide(event, number)
                batch.record(event, number, status, reason)
                answers[event_id] = _Answer(status, reason, shop_id)
            results.append(EventResult(id=event_id, status=status, reason=reason))
        batch.write()
        if batch.next_seq != shop.manifest_seq:
            shop.manifest_seq = batch.next_seq
            session.add(shop)
    return results


def ingest_events(db: Database, shop_id: int, events: Sequence[EventIn]) -> list[EventResult]:
    """Record a batch of a shop's events; one answer per event, in the batch's order."""
    for attempt in range(_ATTEMPTS):
        try:
            return _ingest_once(db, shop_id, events)
        except IntegrityError:
            # Another request stored one of these ids first: decide again from scratch.
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")
