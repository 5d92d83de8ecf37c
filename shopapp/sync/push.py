"""Push: the pending events in batches, in commit order (proof files go after, in
`shopapp.sync.uploads`, so the carrier knows what was delivered even on a link too poor
for photos).

An event leaves "pending" only from the server's answer for its id, and each batch's
answers are written in one transaction: a crash or a cut connection at any moment
leaves the batch pending, and sending it again is harmless (the server answers
"duplicate" for what it already has).

Batches fit the link: they are sized by the bytes of their gzipped JSON, not by a
count. The first is small (`START_BYTES`); each answered batch doubles the next one's
size (up to `CAP_BYTES`, and to what the link carries in a third of its usual time
between drops, see `shopapp.sync.link`); a batch cut or timed out on the way is sent
again at half its size, down to a single event. A link that is up for a few seconds at
a time still moves the day forward, batch by batch, and every answered batch is kept.
The push gives up (NetworkError, everything kept for the next sync) only after
`policy.max_attempts` failed tries in a row, or `policy.total_s` seconds, with no batch
answered. `batch_size` (a fixed number of events per batch, the old way) is kept for
tests and benchmarks that need batches of a known count.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import bindparam, update
from sqlmodel import col, select

from parcelwire.wire import EventsOut, describe, validate_leaving_out
from shopapp.clock import utc_now_iso
from shopapp.messages import Message, Progress, message
from shopapp.store import Store
from shopapp.store.models import (
    ACKNOWLEDGED,
    DUPLICATE,
    PENDING,
    REJECTED,
    Event,
)
from shopapp.sync.client import ApiClient, Encoded, LinkFault
from shopapp.sync.errors import BadAnswer, Cancelled, NetworkError
from shopapp.sync.link import Sizer, Transfer
from shopapp.sync.report import RejectedEvent, SyncReport

log = logging.getLogger(__name__)

BATCH_SIZE = 500  # events per batch when a fixed count is asked for
# Bytes of gzipped JSON per batch: where the sizing starts, its floor and its cap.
START_BYTES = 6 * 1024
FLOOR_BYTES = 256
CAP_BYTES = 256 * 1024
MAX_EVENTS = 1000  # the server's limit per batch (central_api.config.MAX_EVENTS_PER_BATCH)
# Bytes of each event's answer ({"id", "status", "reason"}, gzipped), for time-outs.
ANSWER_BYTES_PER_EVENT = 40
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

    def raw_size(self) -> int:
        """About the bytes of this event in a batch's JSON."""
        return (
            len(self.id) + len(self.tracking_number) + len(self.type) + len(self.at)
            + len(self.data) + _EVENT_OVERHEAD
        )  # fmt: skip

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tracking_number": self.tracking_number,
            "type": self.type,
            "at": self.at,
            "data": json.loads(self.data),
        }


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
    """The batch's answers keyed by event id, read with the wire's model (EventsOut, which
    the server answers with); BadAnswer when the body is not that. An answer that does
    not fit, or names no event of the batch, is left out: its event stays pending."""
    try:
        answer, left_out = validate_leaving_out(EventsOut, body, "results")
    except ValidationError as error:
        raise BadAnswer(
            "The carrier's server answered the events without a list of results "
            f"({describe(error.errors())})."
        ) from None
    if left_out:
        log.warning(
            "%d answers to the events do not fit the contract, e.g. %s",
            len(left_out), left_out[0].reason,
        )  # fmt: skip
    wanted = {event.id.lower() for event in batch}
    return {
        result.id.lower(): (result.status, result.reason)
        for result in answer.results
        if result.id.lower() in wanted
    }


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
    """Send one batch and record its answers."""
    body, status = _send(client, batch)
    _record_answer(store, client, batch, body, status, report)


def _record_answer(
    store: Store,
    client: ApiClient,
    batch: Sequence[OutgoingEvent],
    body: Any,
    status: int,
    report: SyncReport,
) -> None:
    """Record the answers to one batch. A 422 (the server could not read one of the
    events) or a 413 (too big) is narrowed down by halves until the event is alone; that
    event is then marked rejected with the server's words, the others go through."""
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
        report.warn(
            "sync.events_unanswered",
            f"The server's answer left {missing} events without an answer; they stay "
            "waiting and go with the next sync.",
            count=missing,
        )
    _apply_answers(store, batch, answers, report)


def push_events(
    store: Store,
    client: ApiClient,
    report: SyncReport,
    progress: Progress,
    batch_size: int | None = None,
    transfer: Transfer | None = None,
) -> None:
    """Send every pending event, oldest first: batches sized for the link, or
    `batch_size` events per batch when given."""
    transfer = transfer or Transfer()
    if batch_size is None:
        _push_adaptive(store, client, report, progress, transfer)
        return
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
        progress(done / max(1, total), _sending(done, len(batch), total))
        _send_and_apply(store, client, batch, report)
        report.sent += len(batch)  # delivered, and the server answered for the batch
        done += len(batch)
        raw = sum(event.raw_size() for event in batch)
        transfer.events_sent(raw, int(raw * transfer.ratio))
    progress(1.0, message("sync.events_sent", f"{done} events sent", count=done))


def _sending(done: int, size: int, total: int, wire: int | None = None) -> Message:
    """Progress: "sending events 1-200" (and the batch's bytes), as a message code."""
    english = f"sending events {done + 1}-{done + size}"
    if wire is not None:
        english += f" ({wire:,} bytes)"
    return message(
        "sync.events", english, first=done + 1, last=done + size, total=total, bytes=wire or 0
    )


def pending_event_bytes(store: Store) -> int:
    """The raw JSON bytes of the pending events, about (for what is still to send)."""
    from sqlalchemy import func

    with store.read() as session:
        query = select(
            func.coalesce(
                func.sum(
                    func.length(Event.id)
                    + func.length(Event.tracking_number)
                    + func.length(Event.type)
                    + func.length(Event.at)
                    + func.length(Event.data)
                    + _EVENT_OVERHEAD
                ),
                0,
            )
        ).where(Event.sync_state == PENDING)
        return int(session.exec(query).one())


def _fit(
    client: ApiClient, candidates: Sequence[OutgoingEvent], limit: int, ratio: float
) -> tuple[list[OutgoingEvent], Encoded]:
    """The longest run of `candidates` whose gzipped batch is about `limit` bytes or less
    (at least one event): a guess from the compression ratio seen, then checked."""
    budget = limit / max(0.05, ratio)
    count, raw = 0, 0
    for event in candidates:
        raw += event.raw_size()
        if count and raw > budget:
            break
        count += 1
    for _ in range(4):
        batch = list(candidates[:count])
        body = client.encode({"events": [event.payload() for event in batch]})
        size = client.wire_size(body)
        too_big = size > limit * 1.15 and count > 1
        too_small = size < limit * 0.75 and count < len(candidates)
        if not (too_big or too_small):
            return batch, body
        count = max(1, min(len(candidates), int(count * limit / max(1, size) * 0.95)))
    if size > limit * 1.15 and count > 1:  # never over the limit by much: a cut costs it all
        count = max(1, int(count * limit / size * 0.9))
        batch = list(candidates[:count])
        body = client.encode({"events": [event.payload() for event in batch]})
    return batch, body


def _push_adaptive(
    store: Store, client: ApiClient, report: SyncReport, progress: Progress, transfer: Transfer
) -> None:
    policy = client.policy
    sizer = Sizer(START_BYTES, FLOOR_BYTES, CAP_BYTES)
    total = count_pending(store)
    after_seq = 0
    done = 0
    failures = 0
    last_progress = time.monotonic()
    last = ""
    while True:
        if client.cancel.is_set():
            raise Cancelled()
        candidates = _next_batch(store, after_seq, MAX_EVENTS)
        if not candidates:
            break
        batch, body = _fit(client, candidates, sizer.limit(client.link), transfer.ratio)
        wire = client.wire_size(body)
        progress(done / max(1, total), _sending(done, len(batch), total, wire))
        try:
            answer = client.exchange(
                "POST",
                "/v1/events",
                f"a batch of {len(batch)} events",
                body=body,
                answer_4xx=lambda status: status in _SPLIT_ON,
                expect_down=ANSWER_BYTES_PER_EVENT * len(batch),
            )
        except LinkFault as fault:
            failures += 1
            last = fault.last
            waited = time.monotonic() - last_progress
            if failures >= policy.max_attempts or waited >= policy.total_s:
                log.warning("events push gave up: %s", last)
                raise NetworkError(
                    f"a batch of {len(batch)} events", failures, f"{last}; no answer for "
                    f"{waited:.0f} s"
                ) from None
            if fault.on_the_link:
                sizer.shrink(wire)  # cut or timed out: the next try carries less
            log.info(
                "events batch of %d (%d bytes): %s; next try at most %d bytes",
                len(batch), wire, last, sizer.limit(client.link),
            )  # fmt: skip
            client.stats.retries += 1
            client.pause(failures, fault.retry_after)
            continue
        failures = 0
        last_progress = time.monotonic()
        _record_answer(store, client, batch, answer.body, answer.status, report)
        sizer.grow()
        after_seq = batch[-1].seq
        report.sent += len(batch)
        done += len(batch)
        transfer.events_sent(sum(event.raw_size() for event in batch), wire)
    progress(1.0, message("sync.events_sent", f"{done} events sent", count=done))


_EVENT_OVERHEAD = len('{"id":"","tracking_number":"","type":"","at":"","data":},')
