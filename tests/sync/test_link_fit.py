"""Sync on a poor link, against a fake transport that follows the protocol of issue 18
(a requests adapter: the only place mocks are allowed): gzip on every body and answer,
batches sized by bytes that shrink when cut, resumable proof uploads, the link meter."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from shopapp.delivery.proofs import PHOTO, add_proof_row, save_proof
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from shopapp.sync.client import ApiClient
from shopapp.sync.link import LinkMeter, Sizer, Transfer
from shopapp.sync.push import push_events
from shopapp.sync.report import SyncReport
from shopapp.sync.retry import RetryPolicy
from shopapp.sync.uploads import known_offsets, pending_proof_bytes, push_proofs

QUICK = RetryPolicy(max_attempts=12, base_s=0.0, cap_s=0.0, total_s=60.0)


@dataclass
class Seen:
    method: str
    path: str
    headers: Mapping[str, str]
    size: int  # the body as sent
    outcome: str  # "answered", "cut"


@dataclass
class FakeCentral(BaseAdapter):
    """The central API of issue 18 in memory: events by id, blobs by SHA-256 with
    resumable partials. `cut(request) -> int | None` cuts an exchange: None lets it
    through; for a PATCH, N keeps the first N bytes of its body (the rest is lost)."""

    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    posts: int = 0  # event ids received, duplicates included
    blobs: dict[str, bytes] = field(default_factory=dict)
    partial: dict[str, bytearray] = field(default_factory=dict)
    resumable: bool = True
    takes_gzip: bool = True
    cut: Callable[[requests.PreparedRequest], int | None] = lambda _request: None
    seen: list[Seen] = field(default_factory=list)
    manifest: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def close(self) -> None:
        pass

    def send(self, request: requests.PreparedRequest, **_kwargs: Any) -> requests.Response:  # type: ignore[override]
        path = (request.path_url or "").split("?")[0]
        body = request.body if isinstance(request.body, bytes) else (request.body or b"")
        if isinstance(body, str):
            body = body.encode()
        kept = self.cut(request)
        seen = Seen(request.method or "", path, dict(request.headers), len(body), "answered")
        self.seen.append(seen)
        if kept is not None:
            seen.outcome = "cut"
            if request.method == "PATCH" and self.resumable:
                self._append(path, request.headers, body[:kept])
            raise requests.ConnectionError("the link dropped")
        return self._answer(request, path, body)

    def _answer(
        self, request: requests.PreparedRequest, path: str, body: bytes
    ) -> requests.Response:
        method = request.method
        if path == "/v1/health":
            return _response(200, {"status": "ok", "time": "2026-12-01T12:00:00Z"})
        if path == "/v1/manifest":
            query = dict(
                part.split("=")
                for part in (request.path_url.split("?") + [""])[1].split("&")
                if part
            )
            cursor, limit = int(query.get("cursor", 0)), int(query.get("limit", 1000))
            rows = self.manifest[cursor : cursor + limit]
            end = cursor + len(rows)
            return _response(
                200, {"parcels": rows, "cursor": end, "more": end < len(self.manifest)}
            )
        if path == "/v1/events" and method == "POST":
            if request.headers.get("Content-Encoding") == "gzip":
                if not self.takes_gzip:
                    return _response(400, {"detail": "There was an error parsing the body"})
                body = gzip.decompress(body)
            results = []
            for event in json.loads(body)["events"]:
                self.posts += 1
                status = "duplicate" if event["id"] in self.events else "accepted"
                self.events.setdefault(event["id"], event)
                results.append({"id": event["id"], "status": status, "reason": None})
            return _response(200, {"results": results})
        if path.startswith("/v1/blobs/"):
            sha = path.rsplit("/", 1)[1]
            if not self.resumable and method in ("HEAD", "PATCH"):
                return _response(405, {"detail": "Method Not Allowed"})
            if method == "PUT":
                assert hashlib.sha256(body).hexdigest() == sha
                self.blobs[sha] = body
                return _response(201, {"sha256": sha, "size": len(body), "created": True})
            if method == "HEAD":
                if sha in self.blobs:
                    return _response(
                        200,
                        None,
                        {"Upload-Offset": str(len(self.blobs[sha])), "Upload-Complete": "?1"},
                    )
                if sha in self.partial:
                    held = len(self.partial[sha])
                    return _response(
                        200, None, {"Upload-Offset": str(held), "Upload-Complete": "?0"}
                    )
                return _response(404, {"detail": "no such blob"})
            if method == "PATCH":
                return self._patch(sha, request.headers, body)
        return _response(404, {"detail": f"no route {method} {path}"})

    def _append(self, path: str, headers: Mapping[str, str], part: bytes) -> None:
        sha = path.rsplit("/", 1)[1]
        held = self.partial.setdefault(sha, bytearray())
        if int(headers["Upload-Offset"]) == len(held):
            held.extend(part)

    def _patch(self, sha: str, headers: Mapping[str, str], body: bytes) -> requests.Response:
        assert headers["Content-Type"] == "application/offset+octet-stream"
        total = int(headers["Upload-Length"])
        if sha in self.blobs:
            size = str(len(self.blobs[sha]))
            return _response(204, None, {"Upload-Offset": size, "Upload-Complete": "?1"})
        held = self.partial.setdefault(sha, bytearray())
        if int(headers["Upload-Offset"]) != len(held):
            return _response(409, {"detail": "offset"}, {"Upload-Offset": str(len(held))})
        held.extend(body)
        if len(held) >= total:
            content = bytes(self.partial.pop(sha))
            if hashlib.sha256(content).hexdigest() != sha:
                return _response(422, {"detail": "hash mismatch"})
            self.blobs[sha] = content
            return _response(204, None, {"Upload-Offset": str(total), "Upload-Complete": "?1"})
        return _response(204, None, {"Upload-Offset": str(len(held)), "Upload-Complete": "?0"})


def _response(
    status: int, body: Any, headers: Mapping[str, str] | None = None
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = b"" if body is None else json.dumps(body).encode()
    response.headers = CaseInsensitiveDict({"Content-Type": "application/json", **(headers or {})})
    response.reason = "fake"
    return response


def _client(central: FakeCentral) -> ApiClient:
    session = requests.Session()
    session.mount("https://", central)
    return ApiClient("https://central.test", "token", policy=QUICK, session=session,
                     rng=random.Random(1))  # fmt: skip


def _events(store: Store, count: int) -> None:
    with store.write() as session:
        for n in range(count):
            parcel, _ = upsert_manifest_parcel(session, {"tracking_number": f"JJD{n:010d}"})
            record_event(session, parcel, "received", {"note": f"shelf {n % 40}"})


def _photo(paths: DataPaths, store: Store, size: int = 90_000, seed: int = 5) -> str:
    content = random.Random(seed).randbytes(size)
    stored = save_proof(paths, content, PHOTO)
    with store.write() as session:
        add_proof_row(session, stored)
    return stored.sha256


def _no_progress(_fraction: float, _message: object) -> None:
    pass


def test_every_body_is_gzipped_and_answers_asked_gzipped(store: Store) -> None:
    _events(store, 30)
    central = FakeCentral()
    client = _client(central)
    report = SyncReport()
    push_events(store, client, report, _no_progress)
    client.request("GET", "/v1/manifest", "the manifest", params={"cursor": 0})
    assert report.acknowledged == 30
    posts = [s for s in central.seen if s.method == "POST"]
    assert posts and all(s.headers["Content-Encoding"] == "gzip" for s in posts)
    assert all(s.headers["Content-Type"] == "application/json" for s in posts)
    assert all(s.headers["Accept-Encoding"] == "gzip" for s in central.seen)
    raw = sum(len(json.dumps(e)) for e in central.events.values())
    assert sum(s.size for s in posts) < raw / 2  # compressed on the wire


def test_an_older_server_that_refuses_gzip_gets_plain_bodies(store: Store) -> None:
    _events(store, 10)
    central = FakeCentral(takes_gzip=False)
    report = SyncReport()
    client = _client(central)
    push_events(store, client, report, _no_progress)
    assert report.acknowledged == 10 and client.gzip_requests is False
    posts = [s for s in central.seen if s.method == "POST"]
    assert posts[0].headers.get("Content-Encoding") == "gzip"
    assert all("Content-Encoding" not in s.headers for s in posts[1:])


def test_a_batch_cut_mid_upload_goes_on_with_smaller_batches(store: Store) -> None:
    """Bodies over 3 kB are cut on the way (the link drops before they are through):
    the batch halves until it passes, every event arrives once, none is left."""
    _events(store, 600)

    def cut(request: requests.PreparedRequest) -> int | None:
        size = len(request.body or b"")
        return 0 if request.method == "POST" and size > 3000 else None

    central = FakeCentral(cut=cut)
    report = SyncReport()
    transfer = Transfer()
    push_events(store, _client(central), report, _no_progress, transfer=transfer)
    posts = [s for s in central.seen if s.method == "POST"]
    cut_sizes = [s.size for s in posts if s.outcome == "cut"]
    passed = [s.size for s in posts if s.outcome == "answered"]
    assert cut_sizes and passed
    first_cut = next(i for i, s in enumerate(posts) if s.outcome == "cut")
    assert posts[first_cut + 1].size < posts[first_cut].size / 1.5  # halved after the cut
    assert max(passed) <= 3000
    assert report.acknowledged == 600 and report.duplicate == 0 and report.pending == 0
    assert len(central.events) == central.posts == 600  # each once
    assert transfer.bytes_sent == sum(passed)


def test_batches_grow_while_answers_come_back_up_to_the_cap(store: Store) -> None:
    _events(store, 3000)
    central = FakeCentral()
    push_events(store, _client(central), SyncReport(), _no_progress)
    sizes = [s.size for s in central.seen if s.method == "POST"]
    assert 4000 <= sizes[0] <= 7500  # the first batch is small (about 6 kB gzipped)
    assert sizes[1] > 1.6 * sizes[0] and sizes[2] > 1.6 * sizes[1]  # doubling
    assert len(central.events) == 3000


def test_a_photo_cut_at_90_percent_goes_on_from_90_percent(paths: DataPaths, store: Store) -> None:
    sha = _photo(paths, store, size=90_000)
    state = {"cuts": 0}

    def cut(request: requests.PreparedRequest) -> int | None:
        if request.method != "PATCH" or state["cuts"]:
            return None
        offset = int(request.headers["Upload-Offset"])
        size = len(request.body or b"")
        if offset + size > 81_000:  # the chunk that crosses 90 %: cut there
            state["cuts"] += 1
            return 81_000 - offset
        return None

    central = FakeCentral(cut=cut)
    client = _client(central)
    client.policy = RetryPolicy(max_attempts=1, base_s=0.0, cap_s=0.0)  # one try: stop at the cut
    report = SyncReport()
    with pytest.raises(Exception, match="reach the carrier"):
        push_proofs(store, paths, client, report, _no_progress)
    assert len(central.partial[sha]) == 81_000 and sha not in central.blobs
    assert known_offsets(store) == {sha: 81_000} or known_offsets(store)[sha] <= 81_000
    with store.read() as session:
        assert session.get(ProofFile, sha).uploaded_at is None  # type: ignore[union-attr]

    # The next sync: asks where the server is, sends only the last 10 %.
    central.seen.clear()
    again = SyncReport()
    transfer = Transfer()
    transfer.proof_bytes_left = pending_proof_bytes(store)[1]
    assert transfer.proof_bytes_left == 90_000 - known_offsets(store)[sha]
    push_proofs(store, paths, _client(central), again, _no_progress, transfer)
    assert [s.method for s in central.seen][:2] == ["HEAD", "PATCH"]
    first_patch = next(s for s in central.seen if s.method == "PATCH")
    assert first_patch.headers["Upload-Offset"] == "81000"
    assert sum(s.size for s in central.seen if s.method == "PATCH") == 9_000
    assert hashlib.sha256(central.blobs[sha]).hexdigest() == sha
    assert again.blobs_uploaded == 1 and known_offsets(store) == {}
    assert transfer.bytes_sent == 9_000 and transfer.proof_bytes_left == 0
    with store.read() as session:
        assert session.get(ProofFile, sha).uploaded_at is not None  # type: ignore[union-attr]


def test_a_cut_photo_resumes_within_the_same_sync(paths: DataPaths, store: Store) -> None:
    shas = [_photo(paths, store, size=70_000, seed=n) for n in range(3)]
    cuts = iter([True, False, True, False, False, True] + [False] * 100)

    def cut(request: requests.PreparedRequest) -> int | None:
        if request.method == "PATCH" and next(cuts):
            return len(request.body or b"") // 2
        return None

    central = FakeCentral(cut=cut)
    report = SyncReport()
    push_proofs(store, paths, _client(central), report, _no_progress)
    assert report.blobs_uploaded == 3
    for sha in shas:
        assert hashlib.sha256(central.blobs[sha]).hexdigest() == sha
    sent = sum(s.size for s in central.seen if s.method == "PATCH")
    assert sent < 3 * 70_000 * 1.25  # a cut loses at most the unsent half of one chunk


def test_an_older_server_gets_the_whole_file_with_put(paths: DataPaths, store: Store) -> None:
    sha = _photo(paths, store, size=20_000)
    central = FakeCentral(resumable=False)
    report = SyncReport()
    push_proofs(store, paths, _client(central), report, _no_progress)
    assert report.blobs_uploaded == 1 and central.blobs[sha]
    assert [s.method for s in central.seen] == ["PATCH", "PUT"]


def test_a_begun_upload_asks_first_and_a_complete_blob_is_not_sent_again(
    paths: DataPaths, store: Store
) -> None:
    sha = _photo(paths, store, size=20_000)
    central = FakeCentral()
    central.blobs[sha] = (paths.proofs / f"{sha[:2]}/{sha}.jpg").read_bytes()
    from shopapp.sync.uploads import _remember_offset

    _remember_offset(store, sha, 0)  # an earlier sync began it (its answer was lost)
    report = SyncReport()
    push_proofs(store, paths, _client(central), report, _no_progress)
    assert report.blobs_uploaded == 1 and [s.method for s in central.seen] == ["HEAD"]
    assert known_offsets(store) == {}


def test_a_new_file_goes_straight_to_patch_at_offset_0(paths: DataPaths, store: Store) -> None:
    sha = _photo(paths, store, size=50_000)
    central = FakeCentral()
    push_proofs(store, paths, _client(central), SyncReport(), _no_progress)
    assert central.seen[0].method == "PATCH" and central.seen[0].headers["Upload-Offset"] == "0"
    assert "HEAD" not in [s.method for s in central.seen]
    assert hashlib.sha256(central.blobs[sha]).hexdigest() == sha


def test_the_link_meter_measures_rate_and_round_trip_and_sets_timeouts() -> None:
    now = [0.0]
    meter = LinkMeter(clock=lambda: now[0])
    assert meter.rate() == 2000.0 and not meter.measured  # assumed until measured
    meter.record(200, 200, 0.8)  # a small exchange: the round trip
    for _ in range(4):
        meter.record(16_000 + 300, 300, 0.8 + 16_600 / 4000)  # 4 kB/s beyond the round trip
    assert meter.rtt_s == pytest.approx(0.8)
    assert meter.rate() == pytest.approx(4000, rel=0.02)
    connect, read = meter.timeouts(32_000, 1000, 5.0, 15.0, 300.0)
    expected = 0.8 + (32_000 + 1000 + 600) / meter.rate()
    assert read == pytest.approx(3 * expected, rel=0.01) and connect == read  # margin 3x
    assert meter.timeouts(100, 100, 5.0, 15.0, 300.0) == (5.0, 15.0)  # the floors
    assert meter.timeouts(10_000_000, 0, 5.0, 15.0, 300.0) == (300.0, 300.0)  # the cap
    assert meter.window_bytes() == float("inf")  # no drop yet: no limit
    for _ in range(3):
        now[0] += 15.0
        meter.fault()
    assert meter.uptime_s() == pytest.approx(15.0) and meter.faults == 3
    assert meter.window_bytes() == pytest.approx((15 / 3 - 1.6) * meter.rate())


def test_the_sizer_doubles_halves_and_keeps_its_bounds() -> None:
    sizer = Sizer(start=6000, floor=256, cap=50_000)
    assert sizer.limit() == 6000
    for _ in range(5):
        sizer.grow()
    assert sizer.limit() == 50_000
    sizer.shrink(sent=10_000)
    assert sizer.limit() == 5000
    for _ in range(20):
        sizer.shrink()
    assert sizer.limit() == 256


def test_manifest_pages_shrink_when_cut_and_every_parcel_arrives(store: Store) -> None:
    from shopapp.sync.pull import pull_manifest

    def cut(request: requests.PreparedRequest) -> int | None:
        wanted = int(request.path_url.split("limit=")[1]) if "limit=" in request.path_url else 0
        return 0 if request.path_url.startswith("/v1/manifest") and wanted > 150 else None

    central = FakeCentral(cut=cut)
    central.manifest = [
        {"tracking_number": f"JJD{n:010d}", "recipient": "R", "address": "A", "seq": n + 1}
        for n in range(700)
    ]
    report = SyncReport()
    pull_manifest(store, _client(central), report, _no_progress)
    assert report.new_parcels == 700
    asked = [s for s in central.seen if s.path == "/v1/manifest"]
    assert asked[0].outcome == "cut"  # 1,000 at first: cut; then halved until it passes
    assert [s.outcome for s in asked].count("answered") >= 5
