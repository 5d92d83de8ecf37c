"""End to end over loopback: pair, pull, record, sync; the server's audit equals our log."""

from __future__ import annotations

import hashlib
import json
import stat
import time

import pytest
import requests
from sqlmodel import select

from shopapp.messages import Message
from shopapp.paths import DataPaths
from shopapp.shop import get_profile
from shopapp.store import Store
from shopapp.store.models import Event, Parcel, ProofFile
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from shopapp.sync import credentials, state
from shopapp.sync.commands import pair_command, probe, probe_url
from shopapp.sync.errors import SyncError, Unauthorized
from shopapp.sync.pairing import pair
from shopapp.sync.review import mark_reviewed, unreviewed_rejections
from shopapp.sync.run import run_sync
from tests.sync.conftest import FAST, Shop, local_log, record, states

pytestmark = pytest.mark.e2e


def test_pair_fills_the_profile_and_keeps_the_token_private(
    paths: DataPaths, store: Store, shop: Shop
) -> None:
    result = pair_command(paths, shop.server.base_url + "/", shop.token)
    assert result["ok"] is True
    assert result["shop_id"] == shop.shop_id
    assert result["profile"] == "created"
    # No keyring back end on these machines: the fallback file, and the output says so.
    assert result["token_storage"] == "file (readable only by you)"
    token_file = credentials.token_file(paths)
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(token_file.parent.stat().st_mode) == 0o700
    assert credentials.load_token(paths) == shop.token
    with store.read() as session:
        profile = get_profile(session)
        assert profile is not None
        assert (profile.name, profile.lat, profile.lon) == ("Hill Farm Stores", 52.05, -1.02)
        assert state.get_value(session, state.SERVER_URL) == shop.server.base_url
    # Pairing again keeps the profile the shop may have edited since.
    again = pair_command(paths, shop.server.base_url, shop.token)
    assert again["profile"] == "kept"


def test_a_wrong_token_is_refused_and_nothing_is_kept(
    paths: DataPaths, store: Store, shop: Shop
) -> None:
    with pytest.raises(Unauthorized, match="new token"):
        pair(paths, store, shop.server.base_url, "not-the-token", policy=FAST)
    with pytest.raises(SyncError, match="server address"):
        pair(paths, store, "ftp://example.org", shop.token, policy=FAST)
    assert credentials.load_token(paths) is None
    with store.read() as session:
        assert get_profile(session) is None
        assert state.get_value(session, state.SERVER_URL) is None
    report = run_sync(paths, store, policy=FAST)
    assert not report.ok and report.error_code == "not_paired"


def test_pull_record_sync_and_the_audit_matches_event_for_event(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(30)
    paired.assign(numbers)
    first = run_sync(paths, store, policy=FAST)
    assert first.ok, first.error
    assert (first.new_parcels, first.updated_parcels, first.sent) == (30, 0, 0)
    with store.read() as session:
        parcel = by_tracking_number(session, numbers[7])
        assert parcel is not None
        assert parcel.recipient == f"Recipient {numbers[7][-4:]}"
        assert parcel.service == "next-day" and parcel.weight_g == 1250
        assert state.get_int(session, state.MANIFEST_CURSOR) == 30

    # A signature proof for one delivery: the file first, then the row naming it.
    signature = b"\x89PNG fake signature bytes " * 40
    digest = hashlib.sha256(signature).hexdigest()
    (paths.proofs / f"{digest}.png").write_bytes(signature)
    with store.write() as session:
        session.add(
            ProofFile(
                sha256=digest,
                kind="signature",
                path=f"{digest}.png",
                size=len(signature),
                created_at="2026-11-26T10:00:00Z",
            )
        )
    record(store, numbers, "received")
    record(store, numbers[:20], "out_for_delivery")
    record(store, numbers[:15], "delivered")
    record(store, numbers[15:20], "attempt_failed")
    with store.write() as session:
        parcel = by_tracking_number(session, numbers[25])
        assert parcel is not None
        record_event(session, parcel, "damaged", {"note": "corner crushed"})
    with store.write() as session:  # the signed delivery of a parcel received later
        extra, _ = upsert_manifest_parcel(session, {"tracking_number": numbers[29]})
        record_event(session, extra, "out_for_delivery")
        record_event(session, extra, "delivered", {"signature_sha256": digest, "name": "A. N."})

    steps: list[tuple[float, Message]] = []
    report = run_sync(paths, store, policy=FAST, progress=lambda p, m: steps.append((p, m)))
    assert report.ok, report.error
    mine = local_log(store)
    assert report.sent == report.acknowledged == len(mine) == 30 + 20 + 15 + 5 + 1 + 2
    assert (report.duplicate, report.rejected, report.blobs_uploaded) == (0, [], 1)
    assert abs(report.clock_offset_s or 0) < 5 and report.warnings == []
    assert [p for p, _ in steps] == sorted(p for p, _ in steps) and steps[-1][0] == 1.0
    assert all(0.0 <= p <= 1.0 and isinstance(m, Message) for p, m in steps)
    codes = [m.code for _, m in steps]  # every step a code the UI words, never bare English
    assert codes[0] == "sync.clock" and codes[-1] == "sync.done"
    assert {"sync.events", "sync.events_sent", "sync.proof", "sync.proofs_done"} <= set(codes)
    sent = next(m for m in reversed([m for _, m in steps]) if m.code == "sync.events_sent")
    assert sent.count == report.sent

    audit = paired.server.audit(paired.shop_id)
    assert [(e["id"], e["tracking_number"], e["type"]) for e in audit] == mine
    signed = [e for e in audit if e["data"].get("signature_sha256") == digest]
    assert signed and signed[0]["blobs"][0]["uploaded"] is True
    assert states(store) == {"acknowledged": len(mine)}
    with store.read() as session:
        assert session.get(ProofFile, digest).uploaded_at is not None  # type: ignore[union-attr]
        assert state.get_value(session, state.LAST_SYNC_AT) is not None

    answer = requests.get(
        f"{paired.server.base_url}/v1/parcels/{numbers[3]}",
        headers={"Authorization": f"Bearer {paired.token}"},
        timeout=5,
    )
    assert answer.json()["status"] == "delivered"

    # The carrier changes an address: the shop's data follows, its own record stays.
    paired.server.assign(
        paired.shop_id,
        [{"tracking_number": numbers[20], "recipient": "New Name", "address": "2 Church St"}],
    )
    later = run_sync(paths, store, policy=FAST)
    assert later.ok and (later.sent, later.new_parcels, later.updated_parcels) == (0, 0, 1)
    with store.read() as session:
        parcel = by_tracking_number(session, numbers[20])
        assert parcel is not None
        assert (parcel.address, parcel.status) == ("2 Church St", "received")


def test_rejected_events_keep_their_reason_and_are_not_resent(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(6)
    paired.assign(numbers[:4])  # the last two are not on this shop's manifest
    assert run_sync(paths, store, policy=FAST).ok
    with store.write() as session:
        for number in numbers[4:]:
            upsert_manifest_parcel(session, {"tracking_number": number})
    record(store, numbers, "received")
    with store.write() as session:  # an event id the server cannot read (not a UUID)
        parcel = by_tracking_number(session, numbers[0])
        assert parcel is not None
        record_event(session, parcel, "out_for_delivery", event_id="not-a-uuid")
    record(store, numbers[1:4], "out_for_delivery")

    report = run_sync(paths, store, policy=FAST)
    assert report.ok, report.error
    assert report.sent == 10 and report.acknowledged == 7
    rejected = {r.tracking_number: r for r in report.rejected}
    assert set(rejected) == {numbers[0], numbers[4], numbers[5]}
    assert "not on this shop's manifest" in rejected[numbers[4]].reason
    assert "could not be read" in rejected[numbers[0]].reason
    as_json = json.loads(json.dumps(report.as_dict()))
    assert {"id", "tracking_number", "type", "reason"} <= set(as_json["rejected"][0])

    # Kept, with their reasons, until someone looks; never sent again.
    shown = unreviewed_rejections(store)
    assert {r.tracking_number for r in shown} == set(rejected)
    assert all(r.reason for r in shown)
    on_server = len(paired.server.audit(paired.shop_id, include_rejected=True))
    again = run_sync(paths, store, policy=FAST)
    assert again.ok and again.sent == 0 and again.rejected == []
    assert len(paired.server.audit(paired.shop_id, include_rejected=True)) == on_server
    assert mark_reviewed(store, [shown[0].id]) == 1
    assert len(unreviewed_rejections(store)) == 2
    with store.read() as session:
        kept = session.exec(select(Event).where(Event.sync_state == "rejected")).all()
        assert len(kept) == 3 and all(e.sync_reason for e in kept)
    assert len(paired.server.audit(paired.shop_id)) == 7


def test_clock_a_day_behind_warns_and_the_server_state_is_the_same(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    from shopapp.sync.pairing import connect

    numbers = paired.numbers(3)
    paired.assign(numbers)
    day_behind = connect(paths, store, policy=FAST)
    day_behind.clock = lambda: time.time() - 86_400
    assert run_sync(paths, store, client=day_behind).ok
    record(store, numbers, "received", "out_for_delivery", "delivered")
    report = run_sync(paths, store, client=day_behind)
    assert report.ok and report.acknowledged == 9
    assert report.clock_offset_s is not None and 86_390 < report.clock_offset_s < 86_410
    assert any("1.0 days behind" in w for w in report.warnings)
    with store.read() as session:
        assert abs(float(state.get_value(session, state.CLOCK_OFFSET_S) or 0) - 86_400) < 10
    five_min = connect(paths, store, policy=FAST)
    five_min.clock = lambda: time.time() + 360
    ahead = run_sync(paths, store, client=five_min)
    assert any("6 minutes ahead" in w for w in ahead.warnings)
    fine = run_sync(paths, store, policy=FAST)
    assert fine.warnings == []
    assert {e["type"] for e in paired.server.audit(paired.shop_id)} == {
        "received",
        "out_for_delivery",
        "delivered",
    }


def test_offline_keeps_everything_pending_and_probe_says_so(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(2)
    paired.assign(numbers)
    assert probe(paths) and probe(paths, store)
    assert run_sync(paths, store, policy=FAST).ok
    record(store, numbers, "received")
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, "http://127.0.0.1:9")  # nothing listens
    assert not probe(paths, store)
    started = time.monotonic()
    report = run_sync(paths, store, policy=FAST)
    assert time.monotonic() - started < 15
    assert not report.ok and report.error_code == "offline" and report.pending == 2
    assert "Nothing is lost" in (report.error or "")
    assert states(store) == {"pending": 2}
    assert not probe_url("http://127.0.0.1:9")


def test_parcel_status_on_the_shop_is_never_overwritten_by_the_manifest(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(1)
    paired.assign(numbers)
    assert run_sync(paths, store, policy=FAST).ok
    record(store, numbers, "received", "held_for_pickup")
    paired.assign(numbers)  # the carrier sends the same parcel again
    report = run_sync(paths, store, policy=FAST)
    assert report.ok and report.updated_parcels == 1
    with store.read() as session:
        parcel = session.exec(select(Parcel)).one()
        assert parcel.status == "held_for_pickup"


def test_cancel_stops_between_steps_and_the_next_sync_resumes(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    import threading

    numbers = paired.numbers(2500)
    paired.assign(numbers)
    cancel = threading.Event()

    def stop_after_first_page(_fraction: float, message: Message) -> None:
        if "manifest parcels pulled" in str(message):
            cancel.set()

    stopped = run_sync(paths, store, policy=FAST, cancel=cancel, progress=stop_after_first_page)
    assert not stopped.ok and stopped.error_code == "cancelled"
    assert stopped.new_parcels == 1000  # one page of 1,000, with its cursor, then stop
    with store.read() as session:
        assert state.get_int(session, state.MANIFEST_CURSOR) == 1000
    rest = run_sync(paths, store, policy=FAST)
    assert rest.ok and rest.new_parcels == 1500 and rest.updated_parcels == 0

    record(store, numbers[:1200], "received")
    cancel = threading.Event()

    def stop_after_first_batch(_fraction: float, message: Message) -> None:
        if message.code == "sync.events" and message.arg("first") == 501:
            cancel.set()

    half = run_sync(
        paths, store, policy=FAST, cancel=cancel, progress=stop_after_first_batch, batch_size=500
    )
    assert half.error_code == "cancelled" and half.pending == 700
    assert half.sent == half.acknowledged == 500
    done = run_sync(paths, store, policy=FAST)
    assert done.ok and done.sent == 700 and done.duplicate == 0
    assert [e["id"] for e in paired.server.audit(paired.shop_id)] == [
        row[0] for row in local_log(store)
    ]
