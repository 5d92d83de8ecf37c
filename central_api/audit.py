"""The carrier's audit listing: a shop's events in arrival order, with proof status."""

from __future__ import annotations

from sqlmodel import col, select

from central_api.blobs import uploaded
from central_api.db import Database
from central_api.events import ACCEPTED, blob_refs
from central_api.models import Event
from central_api.schemas import AuditEvent, AuditOut, BlobRef


def shop_events(
    db: Database,
    shop_id: int,
    include_rejected: bool = False,
    after: int = 0,
    limit: int | None = None,
) -> AuditOut:
    """The shop's accepted events (and rejected ones if asked) in arrival order.

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
    present = uploaded(db, shop_id, {h.lower() for r in refs.values() for h in r.values()})
    events = [
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
            blobs=[
                BlobRef(key=key, sha256=value, uploaded=value.lower() in present)
                for key, value in sorted(refs[row.event_id].items())
            ],
        )
        for row in rows
    ]
    return AuditOut(events=events)
