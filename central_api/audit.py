"""The carrier's audit listing: a shop's events in arrival order, with proof status."""

from __future__ import annotations

import uuid

from sqlmodel import col, select

from central_api.config import UPLOAD_EXPIRY_S
from central_api.db import Database
from central_api.events import ACCEPTED, blob_refs
from central_api.models import Event
from central_api.schemas import AuditEvent, AuditOut, BlobRef
from central_api.uploads import held_many
from parcelwire.lifecycle import CORRECTION_TYPES


def shop_events(
    db: Database,
    shop_id: int,
    include_rejected: bool = False,
    after: int = 0,
    limit: int | None = None,
    upload_expiry_s: float = UPLOAD_EXPIRY_S,
) -> AuditOut:
    """The shop's accepted events (and rejected ones if asked) in arrival order, each
    with its proofs: uploaded, partly received, or pending.

    `after` and `limit` page through a long history by the events' `seq`.
    """
    with db.read() as session:
        statement = select(Event).where(Event.shop_id == shop_id, col(Event.seq) > after)
        if not include_rejected:
            statement = statement.where(Event.status == ACCEPTED)
        statement = statement.order_by(col(Event.seq))
        if limit is not None:
            statement = statement.limit(limit)
        rows = list(session.exec(statement))
    refs = {row.event_id: blob_refs(row.data) for row in rows}
    corrected_by = _corrections(db, shop_id, rows)
    wanted = {h.lower() for r in refs.values() for h in r.values()}
    holding = held_many(db, shop_id, wanted, upload_expiry_s)
    events: list[AuditEvent] = []
    pending_anywhere: set[str] = set()
    waiting = 0
    for row in rows:
        blobs = [
            BlobRef(
                key=key,
                sha256=value,
                uploaded=holding.get(value.lower(), (0, False))[1],
                bytes_held=holding.get(value.lower(), (0, False))[0],
            )
            for key, value in sorted(refs[row.event_id].items())
        ]
        # Only accepted events wait for their proofs; a rejected one never will.
        pending = (
            sorted({b.sha256.lower() for b in blobs if not b.uploaded})
            if row.status == ACCEPTED
            else []
        )
        if pending:
            waiting += 1
            pending_anywhere.update(pending)
        events.append(
            AuditEvent(
                seq=row.seq or 0,
                id=row.event_id,
                tracking_number=row.tracking_number,
                type=row.type,
                at=row.at,
                data=row.data,
                received_at=row.received_at,
                status="accepted" if row.status == ACCEPTED else "rejected",
                reason=row.reason,
                blobs=blobs,
                proofs_pending=pending,
                corrected_by=corrected_by.get(row.event_id),
            )
        )
    return AuditOut(
        events=events,
        proofs_pending=sorted(pending_anywhere),
        events_with_proofs_pending=waiting,
    )


def _corrections(db: Database, shop_id: int, rows: list[Event]) -> dict[str, str]:
    """{corrected event id: the id of the accepted correction that names it}, for `rows`.

    A correction comes after the event it corrects, possibly beyond this page of the
    listing: the shop's accepted corrections after the page's first event are looked up.
    """
    if not rows:
        return {}
    with db.read() as session:
        statement = select(Event).where(
            Event.shop_id == shop_id,
            col(Event.seq) >= (rows[0].seq or 0),
            Event.status == ACCEPTED,
            col(Event.type).in_(CORRECTION_TYPES),
        )
        found = list(session.exec(statement))
    named: dict[str, str] = {}
    for fix in found:
        try:  # as the intake compared it: the canonical form of the UUID
            named[str(uuid.UUID(str(fix.data.get("corrects"))))] = fix.event_id
        except (ValueError, AttributeError):
            continue
    return named
