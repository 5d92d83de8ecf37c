"""One sync: clock check, events, manifest, proof files, map pack; a report whatever happens.

Events go first, so the carrier knows what was delivered even on a link too poor for
photos; the proof files (big) go after the manifest. The run counts the day's bytes the
server acknowledged and what is still to send (`shopapp.sync.link.Transfer`), publishes
them while it runs for the UI (`shopapp.sync.link.current`), and puts them in the report
with the link's faults.
"""

from __future__ import annotations

import errno
import json
import logging
import threading
import time
from dataclasses import dataclass

from shopapp.clock import utc_now_iso
from shopapp.delivery.proofs import purge_proofs
from shopapp.errors import ShopAppError
from shopapp.messages import Message, Progress, message, no_progress
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.sync import state
from shopapp.sync.client import ApiClient
from shopapp.sync.errors import SyncError
from shopapp.sync.link import Transfer, board_key, finish
from shopapp.sync.lock import APP, SyncLock, SyncRunning
from shopapp.sync.mappack import sync_map_pack
from shopapp.sync.pairing import connect, load_pairing, refresh_carrier_formats
from shopapp.sync.pull import pull_manifest
from shopapp.sync.push import count_pending, pending_event_bytes, push_events
from shopapp.sync.report import SyncReport, plain
from shopapp.sync.retry import RetryPolicy
from shopapp.sync.skew import clock_warning, measure_offset
from shopapp.sync.uploads import pending_proof_bytes, push_proofs

log = logging.getLogger(__name__)

# Share of the progress bar per phase: (start, width) as fractions; events and proof
# files share PUSH_SHARE by their bytes.
PUSH_SHARE = 0.80


def _phases(event_bytes: int, proof_bytes: int) -> dict[str, tuple[float, float]]:
    total = max(1, event_bytes + proof_bytes)
    events = max(0.05, PUSH_SHARE * event_bytes / total) if proof_bytes else PUSH_SHARE
    proofs = PUSH_SHARE - events
    return {
        "clock": (0.0, 0.03),
        "events": (0.03, events),
        "manifest": (0.03 + events, 0.07),
        "proofs": (0.10 + events, proofs),
        "map": (0.10 + PUSH_SHARE, 1.0 - 0.10 - PUSH_SHARE),
    }


def _phase(progress: Progress, phases: dict[str, tuple[float, float]], name: str) -> Progress:
    start, width = phases[name]

    def report(fraction: float, what: Message) -> None:
        progress(start + width * max(0.0, min(1.0, fraction)), what)

    return report


def run_sync(
    paths: DataPaths,
    store: Store,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    policy: RetryPolicy | None = None,
    client: ApiClient | None = None,
    batch_size: int | None = None,
    who: str = APP,
) -> SyncReport:
    """Push everything pending and pull the manifest once; never raises for sync failures.

    The report says what was done even when the run stopped half-way (`ok` False,
    `error` a sentence, `error_code` one of not_paired, offline, tls, unauthorized,
    refused, bad_answer, cancelled, store_error, busy; `error_args` what the UI's
    wording of it needs). `batch_size`: a fixed number of events per batch (default:
    batches sized for the link). Progress is (fraction 0..1, Message).

    One sync at a time on a data dir: the run holds the data dir's sync lock
    (`shopapp.sync.lock`, as `who`: "app" or "terminal"). When another process holds
    it, nothing is done and nothing is recorded: the report says `busy` and who has it.
    """
    progress = progress or no_progress
    lock = SyncLock(paths.root, who)
    try:
        lock.acquire()
    except SyncRunning as running:
        log.info("sync not started: %s", running)
        return SyncReport(
            started_at=utc_now_iso(),
            error=str(running),
            error_code=running.code,
            error_args=plain(running.message_args()),
        )
    try:
        return _run(paths, store, _forward_only(progress), cancel, policy, client, batch_size)
    finally:
        lock.release()


def _forward_only(progress: Progress) -> Progress:
    """The bar never goes back (a phase's share of rounding, a step told again)."""
    furthest = [0.0]

    def report(fraction: float, what: Message) -> None:
        furthest[0] = max(furthest[0], min(1.0, fraction))
        progress(furthest[0], what)

    return report


def _run(
    paths: DataPaths,
    store: Store,
    progress: Progress,
    cancel: threading.Event | None,
    policy: RetryPolicy | None,
    client: ApiClient | None,
    batch_size: int | None,
) -> SyncReport:
    report = SyncReport(started_at=utc_now_iso())
    started = time.monotonic()
    own_client = client is None
    transfer = Transfer(key=board_key(store.db_path))
    phases = _phases(0, 0)
    try:
        transfer.events_raw_left = pending_event_bytes(store)
        _files, transfer.proof_bytes_left = pending_proof_bytes(store)
        phases = _phases(int(transfer.events_raw_left * transfer.ratio), transfer.proof_bytes_left)
        transfer.publish()
        if client is None:
            client = connect(paths, store, policy=policy, cancel=cancel)
        transfer.meter = client.link
        report.server = client.base_url
        progress(0.0, message("sync.clock", "checking the clock"))
        offset = measure_offset(client)
        report.clock_offset_s = offset
        warning = clock_warning(offset)
        if warning:
            report.clock_warning = warning
            report.warn("sync.clock_off", warning, offset_s=round(offset or 0.0, 1))
        with store.write() as session:
            if offset is not None:
                state.put_value(session, state.CLOCK_OFFSET_S, f"{offset:.3f}")
                state.put_value(session, state.CLOCK_CHECKED_AT, utc_now_iso())
        transfer.set_phase("events")
        push_events(
            store, client, report, _phase(progress, phases, "events"), batch_size, transfer
        )
        transfer.set_phase("manifest")
        pull_manifest(store, client, report, _phase(progress, phases, "manifest"))
        try:
            report.carrier_formats = refresh_carrier_formats(store, client)
        except ShopAppError as error:  # the day's data is synced; formats wait for next time
            log.warning("carrier formats not refreshed: %s", error)
        transfer.set_phase("proofs")
        push_proofs(store, paths, client, report, _phase(progress, phases, "proofs"), transfer)
        transfer.set_phase("map")
        # Never fails the sync: the map in use stays whatever happens to the new pack.
        outcome = sync_map_pack(paths, store, client, _phase(progress, phases, "map"))
        report.map_pack = outcome.text()
        report.map_pack_bytes = outcome.downloaded_bytes
        if outcome.status == "failed" and outcome.warn:
            reason = outcome.reason_message()
            report.warn(
                "sync.map_not_updated",
                f"The map was not updated: {outcome.reason}.",
                reason_code=reason.code,
                reason_args=dict(reason.args),
                reason=outcome.reason,
            )
        report.ok = True
        # Proof files the server has had for the retention period are personal data
        # the shop no longer needs; only uploaded files are ever touched.
        purge_proofs(store, paths)
    except ShopAppError as error:
        report.error = str(error)
        if isinstance(error, SyncError):
            report.error_code = error.code
            report.error_args = plain(dict(error.message_args()))
        else:  # the shop's database (a full disk, an I/O error)
            report.error_code = "store_error"
            report.error_args = {"disk_full": _disk_full(error)}
        log.warning("sync stopped: %s", error)
    finally:
        if client is not None:
            report.requests = client.stats.requests
            report.retries = client.stats.retries
            report.faults = dict(client.stats.failures)
            report.link_faults = client.stats.link_faults
            report.bytes_on_wire = client.stats.bytes_up
            if client.link.measured:
                report.link_rate_bps = round(client.link.rate(), 1)
            if own_client:
                client.close()
        report.bytes_sent = transfer.bytes_sent
        report.duration_s = time.monotonic() - started
        _finish(store, report, transfer)
    if report.ok:
        progress(1.0, message("sync.done", "done"))
    else:
        progress(1.0, message("sync.stopped", "stopped"))
    return report


def _disk_full(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        if "database or disk is full" in str(seen) or "No space left" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _finish(store: Store, report: SyncReport, transfer: Transfer) -> None:
    """Record the pending count and, after a complete run, the time of the last sync."""
    try:
        report.pending = count_pending(store)
        report.proofs_pending, transfer.proof_bytes_left = pending_proof_bytes(store)
        transfer.events_raw_left = pending_event_bytes(store) if report.pending else 0
        report.bytes_to_send = transfer.bytes_left  # exact for files, estimated for events
        transfer.publish(running=False)
        with store.write() as session:
            if report.ok:
                state.put_value(session, state.LAST_SYNC_AT, utc_now_iso())
            state.put_value(session, state.LAST_SYNC_REPORT, json.dumps(report.as_dict()))
    except ShopAppError as error:
        log.warning("could not record the sync's outcome: %s", error)
    finally:
        if transfer.key is not None:
            finish(transfer.key)


def last_report(store: Store) -> SyncReport | None:
    """The report of the last sync run (complete or not), or None."""
    with store.read() as session:
        text = state.get_value(session, state.LAST_SYNC_REPORT)
    if not text:
        return None
    try:
        report = SyncReport.from_dict(json.loads(text))
    except (ValueError, TypeError):
        return None
    return report


def is_paired(store: Store) -> bool:
    return load_pairing(store) is not None


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: events waiting, rejections not seen, the last sync."""

    pending: int
    rejected_unreviewed: int
    last_sync_at: str | None
    paired: bool
    last_report: SyncReport | None


def sync_status(store: Store) -> SyncStatus:
    """The outbox's figures, the pairing and the last run's report, in one read."""
    from shopapp.store.queries import sync_summary

    with store.read() as session:
        summary = sync_summary(session)
        paired = bool(state.get_value(session, state.SERVER_URL))
    return SyncStatus(
        summary.pending, summary.rejected_unreviewed, summary.last_sync_at, paired,
        last_report(store),
    )  # fmt: skip
