"""Headless `shopapp pair` and `shopapp sync`, and the UI's cheap online probe."""

from __future__ import annotations

import logging
from typing import Any

from shopapp.clock import utc_now_iso
from shopapp.logs import setup_logging
from shopapp.paths import DataPaths
from shopapp.store import Store, open_store
from shopapp.sync.client import ApiClient
from shopapp.sync.lock import TERMINAL, SyncRunning
from shopapp.sync.lock import holder as lock_holder
from shopapp.sync.pairing import load_pairing, pair
from shopapp.sync.report import SyncReport
from shopapp.sync.retry import RetryPolicy
from shopapp.sync.run import run_sync

log = logging.getLogger(__name__)

PROBE_POLICY = RetryPolicy(max_attempts=1, connect_timeout_s=3.0, read_timeout_s=5.0)


def pair_command(paths: DataPaths, server: str, token: str) -> dict[str, Any]:
    """`shopapp pair`: check the token with the server, keep it, fill a missing profile."""
    setup_logging(paths.logs)
    store = open_store(paths, daily_backup="skip")
    try:
        return pair(paths, store, server, token).as_dict()
    finally:
        store.close()


# `shopapp sync`'s exit code when another sync (the app's, or another terminal's) holds
# the data dir's sync lock: nothing was done; try again later (EX_TEMPFAIL).
EXIT_SYNC_RUNNING = 75


def sync_command(paths: DataPaths) -> dict[str, Any]:
    """`shopapp sync`: one push and pull; the report as JSON-ready data. When another
    sync runs on the data dir, nothing is done: `error_code` "busy" (and who has it)."""
    setup_logging(paths.logs)
    holder = lock_holder(paths.root)
    if holder is not None:  # not even the store is opened (its start-up checks write)
        running = SyncRunning(holder)
        report = SyncReport(
            started_at=utc_now_iso(),
            error=str(running),
            error_code=running.code,
            error_args=running.message_args(),
        )
        return report.as_dict()
    store = open_store(paths, daily_backup="skip")
    try:
        return run_sync(paths, store, who=TERMINAL).as_dict()
    finally:
        store.close()


def probe_url(server_url: str, policy: RetryPolicy = PROBE_POLICY) -> bool:
    """True when the server answers its health check at once (one try, short timeouts)."""
    try:
        with ApiClient(server_url, None, policy=policy) as client:
            client.request("GET", "/v1/health", "the health check", retry=False)
    except Exception as error:  # any failure means "not online now"; the reason is logged
        log.debug("health probe failed: %s", type(error).__name__)
        return False
    return True


def probe(paths: DataPaths, store: Store | None = None) -> bool:
    """Is the paired server reachable now? False when not paired. Cheap: one GET."""
    own = store is None
    opened = store or Store(paths.database)
    try:
        pairing = load_pairing(opened)
    except Exception:  # a database that cannot be read here is the start-up check's business
        return False
    finally:
        if own:
            opened.close()
    return pairing is not None and probe_url(pairing.server_url)


__all__ = ["EXIT_SYNC_RUNNING", "pair_command", "probe", "probe_url", "sync_command"]
