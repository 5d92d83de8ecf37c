"""Network faults through a loopback proxy, and a resend storm: every event arrives once."""

from __future__ import annotations

import hashlib
import random
import threading

import pytest
from sqlalchemy import text

from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile
from shopapp.sync import state
from shopapp.sync.report import SyncReport
from shopapp.sync.run import run_sync
from tests.sync.conftest import FAST, Shop, local_log, record_bulk, states
from tests.sync.faultproxy import FaultProxy, scripted

pytestmark = pytest.mark.e2e

# Faults on POST /v1/events, in the order they hit; "pass" lets a batch through.
EVENT_FAULTS = [
    "reset", "pass",
    "drop_before", "drop_after", "pass",
    "http500", "http429", "pass",
    "stall", "pass",
    "half", "pass",
    "slow", "drop_after", "http429_date", "pass",
    "half", "drop_after", "pass",
]  # fmt: skip
# Faults on the other requests (health, blobs, manifest pages).
OTHER_FAULTS = [
    "http500",
    "reset",
    "pass",
    "half",
    "pass",
    "drop_after",
    "http429",
    "pass",
    "stall",
]
# A fault whose request reached the server, which committed it before the answer was lost.
COMMITTED_THEN_LOST = ("drop_after", "stall", "half")


def _through(proxy: FaultProxy, store: Store) -> None:
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, proxy.base_url)


def _sync_until_done(paths: DataPaths, store: Store, runs: int, **kwargs: object) -> SyncReport:
    """Sync until nothing is pending (at most `runs` times); the summed report."""
    total = SyncReport()
    for _ in range(runs):
        report = run_sync(paths, store, policy=FAST, **kwargs)  # type: ignore[arg-type]
        total.sent += report.sent
        total.acknowledged += report.acknowledged
        total.duplicate += report.duplicate
        total.rejected += report.rejected
        total.new_parcels += report.new_parcels
        total.blobs_uploaded += report.blobs_uploaded
        total.requests += report.requests
        total.retries += report.retries
        for kind, n in report.faults.items():
            total.faults[kind] = total.faults.get(kind, 0) + n
        total.warnings += report.warnings
        if report.ok and report.pending == 0:
            total.ok = True
            return total
    return total


def test_every_fault_and_each_event_is_on_the_server_exactly_once(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(200)
    paired.assign(numbers)
    proxy = FaultProxy(
        paired.server.port,
        plan=scripted(EVENT_FAULTS, OTHER_FAULTS),
        stall_s=FAST.read_timeout_s + 1,
    )
    try:
        _through(proxy, store)
        proxy.refuse_for(0.3)  # the first tries find nobody listening at all
        pulled = _sync_until_done(paths, store, runs=3)
        assert pulled.ok and pulled.new_parcels == 200
        for n in range(2):
            content = f"signature {n}".encode() * 100
            digest = hashlib.sha256(content).hexdigest()
            (paths.proofs / digest).write_bytes(content)
            with store.write() as session:
                session.add(
                    ProofFile(
                        sha256=digest,
                        kind="signature",
                        path=digest,
                        size=len(content),
                        created_at="2026-11-26T10:00:00Z",
                    )
                )
        record_bulk(store, numbers, "received", "out_for_delivery", "delivered")
        pushed = _sync_until_done(paths, store, runs=3, batch_size=50)
    finally:
        proxy.close()
    counts = proxy.counts()
    mine = local_log(store)
    audit = paired.server.audit(paired.shop_id)
    print(f"\nfaults injected: {counts}; client saw {pushed.faults}; report {pushed.as_dict()}")

    assert pushed.ok
    assert [(e["id"], e["tracking_number"], e["type"]) for e in audit] == mine
    assert len({e["id"] for e in audit}) == len(audit) == 600
    assert states(store) == {"acknowledged": 600 - pushed.duplicate, "duplicate": pushed.duplicate}
    assert pushed.acknowledged + pushed.duplicate == 600 and pushed.rejected == []
    # Every batch the server committed but whose answer was lost came back as duplicates.
    lost, committed = 0, False
    for entry in proxy.log:
        if (entry.method, entry.path) == ("POST", "/v1/events"):
            committed = committed or entry.mode in COMMITTED_THEN_LOST
            if entry.mode in ("pass", "slow"):  # the answer arrived: this batch is done
                lost += committed
                committed = False
    assert lost >= 4
    assert pushed.duplicate == 50 * lost
    assert pushed.blobs_uploaded == 2
    for mode in {*EVENT_FAULTS, *OTHER_FAULTS, "refused_window"}:
        assert counts.get(mode, 0) >= 1, mode
    # Retry-After was honoured: the next try came at least that long after a 429.
    log = proxy.log
    for before, after in zip(log, log[1:], strict=False):
        if before.mode == "http429":
            assert after.at - before.at >= 0.9 * proxy.retry_after_s
    assert pushed.faults.get("ConnectionError", 0) + pushed.faults.get("ReadTimeout", 0) >= 4


@pytest.mark.slow
def test_resend_storm_leaves_exactly_one_copy(paths: DataPaths, store: Store, paired: Shop) -> None:
    total_events = 2000  # the benchmark does 10,000
    numbers = paired.numbers(total_events // 2)
    paired.assign(numbers)
    rng = random.Random(20261126)
    lock = threading.Lock()

    def plan(method: str, path: str) -> str:
        with lock:  # 30 % of the answers to event batches are lost after the commit
            return "drop_after" if path == "/v1/events" and rng.random() < 0.3 else "pass"

    proxy = FaultProxy(paired.server.port, plan=plan)
    rounds: list[SyncReport] = []
    try:
        _through(proxy, store)
        assert _sync_until_done(paths, store, runs=3).ok
        record_bulk(store, numbers, "received", "out_for_delivery")
        rounds.append(_sync_until_done(paths, store, runs=5))
        for _ in range(4):  # the client forgets its answers: every batch goes again
            with store.write() as session:
                session.connection().execute(
                    text("UPDATE event SET sync_state = 'pending', synced_at = NULL")
                )
            rounds.append(_sync_until_done(paths, store, runs=5))
    finally:
        proxy.close()
    audit = paired.server.audit(paired.shop_id)
    dropped = proxy.counts().get("drop_after", 0)
    print(
        f"\nstorm: {total_events} events sent {len(rounds)} times, {dropped} answers dropped "
        f"after commit; per round (acknowledged, duplicate): "
        f"{[(r.acknowledged, r.duplicate) for r in rounds]}; on the server: {len(audit)}"
    )
    assert all(r.ok for r in rounds)
    assert len(audit) == len({e["id"] for e in audit}) == total_events
    assert [e["id"] for e in audit] == [row[0] for row in local_log(store)]
    assert rounds[0].acknowledged + rounds[0].duplicate == total_events
    assert all(r.duplicate == total_events and r.acknowledged == 0 for r in rounds[1:])
    assert dropped > 0


def test_a_batch_over_the_size_limit_is_split_and_an_oversized_event_rejected(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(40)
    paired.assign(numbers)
    proxy = FaultProxy(paired.server.port, max_body=3000)
    try:
        _through(proxy, store)
        assert run_sync(paths, store, policy=FAST).ok
        record_bulk(store, numbers, "received")
        from tests.sync.conftest import record

        record(store, numbers[5:6], "damaged", data={"note": "x" * 7000})
        report = run_sync(paths, store, policy=FAST, batch_size=40)
    finally:
        proxy.close()
    assert report.ok, report.error
    assert report.acknowledged == 40
    assert [r.tracking_number for r in report.rejected] == [numbers[5]]
    assert "too big" in report.rejected[0].reason
    assert proxy.counts()["http413"] == 2  # the 40-event batch (its halves pass), the big one
    assert len(paired.server.audit(paired.shop_id)) == 40
