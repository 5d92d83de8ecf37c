"""Push: proof files first, then the pending events in batches, in commit order.

An event leaves "pending" only from the server's answer for its id, and each batch's
answers are written in one transaction: a crash or a cut connection at any moment
leaves the batch pending, and sending it again is harmless (the server answers
"duplicate" for what it already has).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import col, select

from shopapp.clock import utc_now_iso
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import (
    ACKNOWLEDGED,
    DUPLICATE,
    PENDING,
    REJECTED,
    Event,
    ProofFile,
)
from shopapp.sync.client import ApiClient
from shopapp.sync.errors import ApiError, BadAnswer, Cancelled
from shopapp.sync.report import RejectedEvent, SyncReport

log = logging.getLogger(__name__)

BATCH_SIZE = 500
Progress = Callable[[int, str], None]
# 422: the server could not read one of the events; 413: the batch is over its size limit.
# Both are narrowed down by halving the batch; alone, such an event is rejected.
_SPLIT_ON = frozenset({413, 422})
_STATES = {"accepted": ACKNOWLEDGED, "duplicate": DUPLICATE, "rejected": REJECTED}


@dataclass(frozen=True)
class OutgoingEvent:
    seq: int
    id: str
    tracking_number: str
    type: str
    at: str
    data: str

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tracking_number": self.tracking_number,
            "type": self.type,
            "at": self.at,
            "data": json.loads(self.data),
        }


def pending_proofs(store: Store) -> list[ProofFile]:
    with store.read() as session:
        query = (
            select(ProofFile)
            .where(col(ProofFile.uploaded_at).is_(None), col(ProofFile.purged_at).is_(None))
            .order_by(col(ProofFile.created_at))
        )
        return list(session.exec(query))


def push_blobs(
    store: Store, paths: DataPaths, client: ApiClient, report: SyncReport, progress: Progress
) -> None:
    """Upload every proof file not uploaded yet; `uploaded_at` only after a 2xx answer."""
    proofs = pending_proofs(store)
    for number, proof in enumerate(proofs, start=1):
        if client.cancel.is_set():
            raise Cancelled()
        progress(number * 100 // max(1, len(proofs)), f"proof file {number} of {len(proofs)}")
        file = paths.proofs / proof.path
        try:
            content = file.read_bytes()
        except OSError as error:
            report.blobs_failed += 1
            report.warnings.append(
                f"Proof file {proof.path} cannot be read ({error.strerror or error}); "
                "it was not sent."
            )
            continue
        if hashlib.sha256(content).hexdigest() != proof.sha256.lower():
            report.blobs_failed += 1
            report.warnings.append(
                f"Proof file {proof.path} has changed since it was saved (its SHA-256 no "
                "longer matches); it was not sent. Call support."
            )
            continue
        try:
            client.request(
                "PUT", f"/v1/blobs/{proof.sha256.lower()}", f"proof file {proof.path}", data=content
            )
        except ApiError as error:
            if error.code == "unauthorized":
                raise
            report.blobs_failed += 1
            report.warnings.append(str(error))
            continue
        with store.write() as session:
            row = session.get(ProofFile, proof.sha256)
            if row is not None and row.uploaded_at is None:
                row.uploaded_at = utc_now_iso()
                session.add(row)
        report.blobs_uploaded += 1


def _next_batch(store: Store, after_seq: int, size: int) -> list[OutgoingEvent]:
    with store.read() as session:
        query = (
            select(Event)
            .where(Event.sync_state == PENDING, col(Event.seq) > after_seq)
            .order_by(col(Event.seq))
            .limit(size)
        )
        return [
            OutgoingEvent(e.seq or 0, e.id, e.tracking_number, e.type, e.at, e.data)
            for e in session.exec(query)
        ]


def count_pending(store: Store) -> int:
    from shopapp.store.outbox import pending_count

    with store.read() as session:
        return pending_count(session)


def _answers_by_id(body: Any, batch: Sequence[OutgoingEvent]) -> dict[str, tuple[str, str | None]]:
    """The batch's answers keyed by event id; BadAnswer when the body is not the contract."""
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise BadAnswer("The carrier's server answered the events without a list of results.")
    wanted = {event.id for event in batch}
    answers: dict[str, tuple[str, str | None]] = {}
    for item in body["results"]:
        if not isinstance(item, dict):
            continue
        event_id = str(item.get("id", "")).lower()
        status = item.get("status")
        if event_id in wanted and status in _STATES:
            reason = item.get("reason")
            answers[event_id] = (status, str(reason) if reason is not None else None)
    return answers


def _apply_answers(
    store: Store,
    batch: Sequence[OutgoingEvent],
    answers: dict[str, tuple[str, str | None]],
    report: SyncReport,
) -> None:
    """Write the answers of one batch in one transaction; unanswered events stay pending."""
    now = utc_now_iso()
    rows = []
    for event in batch:
        answer = answers.get(event.id.lower())
        if answer is None:
            continue
        status, reason = answer
        if status == "rejected" and not reason:
            reason = "The server gave no reason."
        rows.append({"b_id": event.id, "b_state": _STATES[status], "b_reason": reason, "b_at": now})
    if rows:
        statement = (
            update(Event)
            .where(col(Event.id) == bindparam("b_id"), col(Event.sync_state) == PENDING)
            .values(
                sync_state=bindparam("b_state"),
                sync_reason=bindparam("b_reason"),
                synced_at=bindparam("b_at"),
            )
            .execution_options(synchronize_session=False)
        )
        with store.write() as session:
            session.connection().execute(statement, rows)
    for event in batch:
        answer = answers.get(event.id.lower())
        if answer is None:
            continue
        status, reason = answer
        if status == "accepted":
            report.acknowledged += 1
        elif status == "duplicate":
            report.duplicate += 1
        else:
            report.rejected.append(
                RejectedEvent(event.id, event.tracking_number, event.type, reason or "")
            )


def _send(client: ApiClient, batch: Sequence[OutgoingEvent]) -> tuple[Any, int]:
    answer = client.request(
        "POST",
        "/v1/events",
        f"a batch of {len(batch)} events",
        json_body={"events": [event.payload() for event in batch]},
        answer_4xx=lambda status: status in _SPLIT_ON,
    )
    return answer.body, answer.status


def _send_and_apply(
    store: Store, client: ApiClient, batch: Sequence[OutgoingEvent], report: SyncReport
) -> None:
    """Send one batch and record its answers. A 422 (the server could not read one of the
    events) or a 413 (too big) is narrowed down by halves until the event is alone; that
    event is then marked rejected with the server's words, the others go through."""
    body, status = _send(client, batch)
    if status in _SPLIT_ON:
        if len(batch) == 1:
            detail = body.get("detail") if isinstance(body, dict) else body
            what = "is too big for" if status == 413 else "could not be read by"
            reason = (
                f"This event {what} the carrier's server: "
                + (detail if isinstance(detail, str) else json.dumps(detail))[:500]
            )
            _apply_answers(store, batch, {batch[0].id.lower(): ("rejected", reason)}, report)
            return
        middle = len(batch) // 2
        _send_and_apply(store, client, batch[:middle], report)
        _send_and_apply(store, client, batch[middle:], report)
        return
    answers = _answers_by_id(body, batch)
    missing = len(batch) - len(answers)
    if missing:
        report.warnings.append(
            f"The server's answer left {missing} events without an answer; they stay "
            "waiting and go with the next sync."
        )
    _apply_answers(store, batch, answers, report)


def push_events(
    store: Store,
    client: ApiClient,
    report: SyncReport,
    progress: Progress,
    batch_size: int = BATCH_SIZE,
) -> None:
    """Send every pending event, oldest first, `batch_size` per request."""
    total = count_pending(store)
    after_seq = 0
    done = 0
    while True:
        if client.cancel.is_set():
            raise Cancelled()
        batch = _next_batch(store, after_seq, batch_size)
        if not batch:
            break
        after_seq = batch[-1].seq
        progress(done * 100 // max(1, total), f"sending events {done + 1}-{done + len(batch)}")
        _send_and_apply(store, client, batch, report)
        report.sent += len(batch)  # delivered, and the server answered for the batch
        done += len(batch)
    progress(100, f"{done} events sent")
