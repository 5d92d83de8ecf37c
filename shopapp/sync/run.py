"""One sync: clock check, proof files, events, manifest, map pack; a report whatever happens."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable

from shopapp.clock import utc_now_iso
from shopapp.delivery.proofs import purge_proofs
from shopapp.errors import ShopAppError
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.sync import state
from shopapp.sync.client import ApiClient
from shopapp.sync.mappack import sync_map_pack
from shopapp.sync.pairing import connect, load_pairing, refresh_carrier_formats
from shopapp.sync.pull import pull_manifest
from shopapp.sync.push import BATCH_SIZE, count_pending, push_blobs, push_events
from shopapp.sync.report import SyncReport
from shopapp.sync.retry import RetryPolicy
from shopapp.sync.skew import clock_warning, measure_offset

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]

# Share of the progress bar per phase: (start, width) in percent.
_PHASES = {
    "clock": (0, 3),
    "blobs": (3, 12),
    "events": (15, 60),
    "manifest": (75, 15),
    "map": (90, 10),
}



def _no_progress(_percent: int, _message: str) -> None:
    pass


def _phase(progress: Progress, name: str) -> Progress:
    start, width = _PHASES[name]

    def report(percent: int, message: str) -> None:
        progress(start + width * max(0, min(100, percent)) // 100, message)

    return report


def run_sync(
    paths: DataPaths,
    store: Store,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    policy: RetryPolicy | None = None,
    client: ApiClient | None = None,
    batch_size: int = BATCH_SIZE,
) -> SyncReport:
    """Push everything pending and pull the manifest once; never raises for sync failures.

    The report says what was done even when the run stopped half-way (`ok` False,
    `error` a sentence, `error_code` one of not_paired, offline, unauthorized, refused,
    bad_answer, cancelled, store_error).
    """
    progress = progress or _no_progress
    report = SyncReport(started_at=utc_now_iso())
    started = time.monotonic()
    own_client = client is None
    try:
        if client is None:
            client = connect(paths, store, policy=policy, cancel=cancel)
        report.server = client.base_url
        progress(0, "checking the clock")
        offset = measure_offset(client)
        report.clock_offset_s = offset
        warning = clock_warning(offset)
        if warning:
            report.clock_warning = warning
            report.warnings.append(warning)
        with store.write() as session:
            if offset is not None:
                state.put_value(session, state.CLOCK_OFFSET_S, f"{offset:.3f}")
                state.put_value(session, state.CLOCK_CHECKED_AT, utc_now_iso())
        push_blobs(store, paths, client, report, _phase(progress, "blobs"))
        push_events(store, client, report, _phase(progress, "events"), batch_size)
        pull_manifest(store, client, report, _phase(progress, "manifest"))
        try:
            report.carrier_formats = refresh_carrier_formats(store, client)
        except ShopAppError as error:  # the day's data is synced; formats wait for next time
            log.warning("carrier formats not refreshed: %s", error)
        # Never fails the sync: the map in use stays whatever happens to the new pack.
        outcome = sync_map_pack(paths, store, client, _phase(progress, "map"))
        report.map_pack = outcome.text()
        report.map_pack_bytes = outcome.downloaded_bytes
        if outcome.status == "failed" and outcome.warn:
            report.warnings.append(f"The map was not updated: {outcome.reason}.")
        report.ok = True
        # Proof files the server has had for the retention period are personal data
        # the shop no longer needs; only uploaded files are ever touched.
        purge_proofs(store, paths)
    except ShopAppError as error:
        report.error = str(error)
        report.error_code = getattr(error, "code", "store_error")
        log.warning("sync stopped: %s", error)
    finally:
        if client is not None:
            report.requests = client.stats.requests
            report.retries = client.stats.retries
            report.faults = dict(client.stats.failures)
            if own_client:
                client.close()
        report.duration_s = time.monotonic() - started
        _finish(store, report)
    progress(100, "done" if report.ok else "stopped")
    return report


def _finish(store: Store, report: SyncReport) -> None:
    """Record the pending count and, after a complete run, the time of the last sync."""
    try:
        report.pending = count_pending(store)
        with store.write() as session:
            if report.ok:
                state.put_value(session, state.LAST_SYNC_AT, utc_now_iso())
            state.put_value(session, state.LAST_SYNC_REPORT, json.dumps(report.as_dict()))
    except ShopAppError as error:
        log.warning("could not record the sync's outcome: %s", error)


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
