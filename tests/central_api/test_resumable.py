"""Resumable proof uploads: HEAD /v1/blobs/{sha256} says how much the server holds,
PATCH appends at that offset, the SHA-256 is checked once the file is whole, partial
uploads expire; and the audit shows a delivery's proof pending until it arrives."""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from sqlmodel import select

from central_api import uploads
from central_api.config import MAX_BLOB_BYTES, UPLOAD_EXPIRY_ENV, upload_expiry_from_env
from central_api.models import BlobUpload, BlobUploadChunk
from central_api.testing import RunningServer, running_server
from tests.central_api.conftest import Api, Shop, event, make_api, parcel

UPLOAD = "application/offset+octet-stream"
# A proof photo as the app takes them today: a 1600 px JPEG at quality 85, 200-400 kB.
PHOTO = os.urandom(317_000)
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()
CHUNK = 32 * 1024


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def patch(
    shop: Shop,
    digest: str,
    offset: int,
    length: int,
    body: bytes,
    **headers: str,
) -> Any:
    return shop.api.client.patch(
        f"/v1/blobs/{digest}",
        content=body,
        headers={
            **shop.headers,
            "Upload-Offset": str(offset),
            "Upload-Length": str(length),
            "Content-Type": UPLOAD,
            **headers,
        },
    )


def head(shop: Shop, digest: str) -> Any:
    return shop.api.client.head(f"/v1/blobs/{digest}", headers=shop.headers)


def upload_chunks(shop: Shop, content: bytes, start: int, stop: int) -> int:
    """PATCH content[start:stop] in CHUNK pieces; returns the server's final offset."""
    offset = start
    while offset < stop:
        piece = content[offset : min(offset + CHUNK, stop)]
        answer = patch(shop, sha(content), offset, len(content), piece)
        assert answer.status_code == 204, answer.text
        assert int(answer.headers["upload-offset"]) == offset + len(piece)
        offset += len(piece)
    return offset


def chunk_rows(api: Api) -> int:
    with api.db.read() as session:
        return len(list(session.exec(select(BlobUploadChunk.start))))


# --- the protocol --------------------------------------------------------------------


def test_head_of_nothing_is_404(api: Api, shop: Shop) -> None:
    answer = head(shop, PHOTO_SHA)
    assert answer.status_code == 404
    assert "upload-offset" not in answer.headers
    assert answer.headers["cache-control"] == "no-store"


def test_photo_cut_at_90_percent_goes_on_from_90_percent(api: Api, shop: Shop) -> None:
    ninety = len(PHOTO) * 9 // 10
    held = upload_chunks(shop, PHOTO, 0, ninety)  # ... and then the link dropped
    assert held == ninety
    state = head(shop, PHOTO_SHA)
    assert state.status_code == 200
    assert state.headers["upload-offset"] == str(ninety)
    assert state.headers["upload-length"] == str(len(PHOTO))
    assert state.headers["upload-complete"] == "?0"
    assert state.headers["cache-control"] == "no-store"
    assert "upload-expires" in state.headers
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").status_code == 404  # not a blob yet
    # The next sync asks HEAD and sends only the last 10 %.
    resume = int(state.headers["upload-offset"])
    last = patch(shop, PHOTO_SHA, resume, len(PHOTO), PHOTO[resume:])
    assert last.status_code == 204
    assert last.headers["upload-offset"] == str(len(PHOTO))
    assert last.headers["upload-complete"] == "?1"
    stored = shop.get(f"/v1/blobs/{PHOTO_SHA}")
    assert stored.status_code == 200 and sha(stored.content) == PHOTO_SHA
    assert stored.content == PHOTO
    done = head(shop, PHOTO_SHA)
    assert done.status_code == 200
    assert (done.headers["upload-offset"], done.headers["upload-complete"]) == (
        str(len(PHOTO)),
        "?1",
    )
    assert "upload-expires" not in done.headers
    assert chunk_rows(api) == 0  # the partial is gone once the blob is stored


def test_a_complete_blob_answers_complete_to_patch_and_put(api: Api, shop: Shop) -> None:
    upload_chunks(shop, PHOTO, 0, len(PHOTO))
    for offset in (0, 1000, len(PHOTO)):
        again = patch(shop, PHOTO_SHA, offset, len(PHOTO), b"ignored")
        assert again.status_code == 204
        assert again.headers["upload-offset"] == str(len(PHOTO))
        assert again.headers["upload-complete"] == "?1"
    put = api.client.put(f"/v1/blobs/{PHOTO_SHA}", content=PHOTO, headers=shop.headers)
    assert put.status_code == 200 and put.json()["created"] is False
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").content == PHOTO


def test_a_wrong_offset_is_409_with_the_server_offset(api: Api, shop: Shop) -> None:
    nothing = patch(shop, PHOTO_SHA, 5000, len(PHOTO), PHOTO[5000:6000])
    assert nothing.status_code == 409
    assert nothing.headers["upload-offset"] == "0"
    assert nothing.headers["upload-complete"] == "?0"
    assert "offset 0" in nothing.json()["detail"]
    upload_chunks(shop, PHOTO, 0, 3 * CHUNK)
    for wrong in (0, CHUNK, 3 * CHUNK - 1, 3 * CHUNK + 1, len(PHOTO)):
        answer = patch(shop, PHOTO_SHA, wrong, len(PHOTO), PHOTO[wrong : wrong + 100])
        assert answer.status_code == 409, wrong
        assert answer.headers["upload-offset"] == str(3 * CHUNK)
        assert answer.headers["upload-length"] == str(len(PHOTO))
        assert answer.headers["content-type"] == "application/json"
        assert str(3 * CHUNK) in answer.json()["detail"]
    # Nothing was written by the refused PATCHes: it goes on from where it was.
    upload_chunks(shop, PHOTO, 3 * CHUNK, len(PHOTO))
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").content == PHOTO


def test_another_upload_length_is_409(api: Api, shop: Shop) -> None:
    upload_chunks(shop, PHOTO, 0, CHUNK)
    answer = patch(shop, PHOTO_SHA, CHUNK, len(PHOTO) + 1, PHOTO[CHUNK : 2 * CHUNK])
    assert answer.status_code == 409
    assert answer.headers["upload-offset"] == str(CHUNK)
    assert answer.headers["upload-length"] == str(len(PHOTO))
    assert "Upload-Length" in answer.json()["detail"]


def test_a_hash_mismatch_at_completion_is_422_and_drops_the_partial(
    api: Api, shop: Shop
) -> None:
    damaged = bytearray(PHOTO)
    damaged[200_000] ^= 0x01
    ninety = len(PHOTO) * 9 // 10
    offset = 0
    while offset < ninety:
        answer = patch(shop, PHOTO_SHA, offset, len(PHOTO), bytes(damaged[offset:offset + CHUNK]))
        assert answer.status_code == 204
        offset = int(answer.headers["upload-offset"])
    last = patch(shop, PHOTO_SHA, offset, len(PHOTO), bytes(damaged[offset:]))
    assert last.status_code == 422
    assert last.headers["upload-offset"] == "0"
    assert last.headers["upload-complete"] == "?0"
    assert sha(bytes(damaged)) in last.json()["detail"]
    assert head(shop, PHOTO_SHA).status_code == 404
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").status_code == 404
    assert chunk_rows(api) == 0
    # From 0 again, with the right bytes.
    upload_chunks(shop, PHOTO, 0, len(PHOTO))
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").content == PHOTO


def test_upload_length_over_the_blob_limit_is_413(api: Api, shop: Shop) -> None:
    answer = patch(shop, "0" * 64, 0, MAX_BLOB_BYTES + 1, b"x")
    assert answer.status_code == 413
    assert str(MAX_BLOB_BYTES) in answer.json()["detail"]
    assert head(shop, "0" * 64).status_code == 404
    fits = patch(shop, "0" * 64, 0, MAX_BLOB_BYTES, b"x")
    assert fits.status_code == 204 and fits.headers["upload-offset"] == "1"


def test_a_body_past_upload_length_is_413(api: Api, shop: Shop) -> None:
    content = b"0123456789" * 10
    answer = patch(shop, sha(content), 0, len(content), content + b"more")
    assert answer.status_code == 413
    assert answer.headers["upload-offset"] == "0"
    # Also when no Content-Length says so in advance (a chunked body).
    def pieces() -> Iterator[bytes]:
        yield content[:60]
        yield content[60:] + b"more"

    chunked = patch(shop, sha(content), 0, len(content), pieces())  # type: ignore[arg-type]
    assert chunked.status_code == 413
    assert head(shop, sha(content)).headers["upload-offset"] == "0"
    ok = patch(shop, sha(content), 0, len(content), content)
    assert ok.status_code == 204 and ok.headers["upload-complete"] == "?1"


def test_an_empty_file(api: Api, shop: Shop) -> None:
    answer = patch(shop, sha(b""), 0, 0, b"")
    assert answer.status_code == 204
    assert (answer.headers["upload-offset"], answer.headers["upload-complete"]) == ("0", "?1")
    assert shop.get(f"/v1/blobs/{sha(b'')}").status_code == 200


def test_an_empty_patch_only_registers_the_upload(api: Api, shop: Shop) -> None:
    answer = patch(shop, PHOTO_SHA, 0, len(PHOTO), b"")
    assert answer.status_code == 204
    assert (answer.headers["upload-offset"], answer.headers["upload-complete"]) == ("0", "?0")
    assert head(shop, PHOTO_SHA).headers["upload-length"] == str(len(PHOTO))


def test_gzip_patch_bodies(api: Api, shop: Shop) -> None:
    import gzip

    text = b"a signature as SVG strokes, very compressible " * 4000
    digest = sha(text)
    half = len(text) // 2
    first = patch(
        shop, digest, 0, len(text), gzip.compress(text[:half]), **{"Content-Encoding": "gzip"}
    )
    assert first.status_code == 204 and first.headers["upload-offset"] == str(half)
    second = patch(
        shop, digest, half, len(text), gzip.compress(text[half:]), **{"Content-Encoding": "gzip"}
    )
    assert second.status_code == 204 and second.headers["upload-complete"] == "?1"
    assert shop.get(f"/v1/blobs/{digest}").content == text
    bad = patch(shop, PHOTO_SHA, 0, len(PHOTO), b"not gzip", **{"Content-Encoding": "gzip"})
    assert bad.status_code == 400
    assert head(shop, PHOTO_SHA).headers["upload-offset"] == "0"  # nothing written


def test_put_drops_a_partial_upload_of_the_same_file(api: Api, shop: Shop) -> None:
    upload_chunks(shop, PHOTO, 0, 2 * CHUNK)
    put = api.client.put(f"/v1/blobs/{PHOTO_SHA}", content=PHOTO, headers=shop.headers)
    assert put.status_code == 201
    assert chunk_rows(api) == 0
    state = head(shop, PHOTO_SHA)
    assert state.headers["upload-complete"] == "?1"
    late = patch(shop, PHOTO_SHA, 2 * CHUNK, len(PHOTO), PHOTO[2 * CHUNK :])
    assert late.status_code == 204 and late.headers["upload-complete"] == "?1"


def test_headers_and_content_type_are_checked(api: Api, shop: Shop) -> None:
    url = f"/v1/blobs/{PHOTO_SHA}"
    base = {**shop.headers, "Content-Type": UPLOAD}
    for headers in (
        {"Upload-Length": "10"},
        {"Upload-Offset": "0"},
        {"Upload-Offset": "-1", "Upload-Length": "10"},
        {"Upload-Offset": "x", "Upload-Length": "10"},
        {"Upload-Offset": "0", "Upload-Length": "1.5"},
    ):
        answer = api.client.patch(url, content=b"x", headers={**base, **headers})
        assert answer.status_code == 422, headers
        assert isinstance(answer.json()["detail"], list)
    for content_type in ("application/octet-stream", "application/json", "text/plain"):
        answer = api.client.patch(
            url,
            content=b"x",
            headers={
                **shop.headers,
                "Content-Type": content_type,
                "Upload-Offset": "0",
                "Upload-Length": "10",
            },
        )
        assert answer.status_code == 415, content_type
        assert UPLOAD in answer.json()["detail"]
    assert api.client.patch(url, content=b"x").status_code == 401
    assert api.client.head(url).status_code == 401
    assert api.client.patch("/v1/blobs/abc", content=b"x", headers=base).status_code == 422
    upper = patch(shop, PHOTO_SHA.upper(), 0, len(PHOTO), PHOTO[:10])
    assert upper.status_code == 204
    assert head(shop, PHOTO_SHA).headers["upload-offset"] == "10"


# --- expiry --------------------------------------------------------------------------


def backdate(api: Api, hours: float) -> None:
    with api.db.write() as session:
        for upload in session.exec(select(BlobUpload)):
            upload.updated_at -= timedelta(hours=hours)
            session.add(upload)


def test_a_partial_upload_expires_after_24_hours(api: Api, shop: Shop) -> None:
    upload_chunks(shop, PHOTO, 0, 4 * CHUNK)
    backdate(api, 23.9)
    assert head(shop, PHOTO_SHA).headers["upload-offset"] == str(4 * CHUNK)
    # A PATCH is activity: the clock starts again from it.
    upload_chunks(shop, PHOTO, 4 * CHUNK, 5 * CHUNK)
    backdate(api, 23.9)
    assert head(shop, PHOTO_SHA).status_code == 200
    backdate(api, 0.2)
    assert head(shop, PHOTO_SHA).status_code == 404  # expired: as if nothing were held
    gone_on = patch(shop, PHOTO_SHA, 5 * CHUNK, len(PHOTO), PHOTO[5 * CHUNK : 6 * CHUNK])
    assert gone_on.status_code == 409 and gone_on.headers["upload-offset"] == "0"
    assert "expired" in gone_on.json()["detail"]
    upload_chunks(shop, PHOTO, 0, len(PHOTO))  # from 0, a new upload: the old bytes are gone
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").content == PHOTO
    assert chunk_rows(api) == 0


def test_expired_partials_are_purged_and_live_ones_kept(api: Api, shop: Shop) -> None:
    other = os.urandom(100_000)
    upload_chunks(shop, PHOTO, 0, 3 * CHUNK)
    backdate(api, 25)
    upload_chunks(shop, other, 0, CHUNK)
    assert chunk_rows(api) == 4
    assert uploads.purge_expired(api.db, 24 * 3600) == 1
    assert chunk_rows(api) == 1
    assert head(shop, sha(other)).headers["upload-offset"] == str(CHUNK)
    assert uploads.purge_expired(api.db, 24 * 3600) == 0


@pytest.fixture
def quick_expiry(database_url: str) -> Iterator[Api]:
    yield from make_api(database_url, upload_expiry_s=0.5)


def test_the_expiry_is_a_setting(quick_expiry: Api) -> None:
    shop = quick_expiry.create_shop()
    upload_chunks(shop, PHOTO, 0, CHUNK)
    assert head(shop, PHOTO_SHA).status_code == 200
    time.sleep(0.6)
    assert head(shop, PHOTO_SHA).status_code == 404


def test_the_expiry_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UPLOAD_EXPIRY_ENV, raising=False)
    assert upload_expiry_from_env() == 24 * 3600
    monkeypatch.setenv(UPLOAD_EXPIRY_ENV, "3600")
    assert upload_expiry_from_env() == 3600
    for bad in ("soon", "0", "-5", "nan", "inf"):
        monkeypatch.setenv(UPLOAD_EXPIRY_ENV, bad)
        with pytest.raises(ValueError, match=UPLOAD_EXPIRY_ENV):
            upload_expiry_from_env()


# --- events before proofs: the audit -------------------------------------------------


def test_a_delivery_with_its_proofs_pending_then_arriving_in_the_audit(
    api: Api, shop: Shop
) -> None:
    signature = b"<svg>signature strokes</svg>" * 20
    shop.assign(parcel("JJD001"), parcel("JJD002"))
    results = shop.send(
        event("JJD001", "received"),
        event("JJD001", "out_for_delivery"),
        event(
            "JJD001",
            "delivered",
            {"photo_sha256": PHOTO_SHA, "signature_sha256": sha(signature), "name": "Ann"},
        ),
        event("JJD002", "delivered", {"photo_sha256": "ab" * 32}),  # refused: not received
    )
    # The delivery is accepted before any of its proof files came.
    assert [r["status"] for r in results] == ["accepted", "accepted", "accepted", "rejected"]
    assert shop.parcel("JJD001")["status"] == "delivered"

    def audit() -> dict[str, Any]:
        answer = api.client.get(
            f"/v1/admin/shops/{shop.shop_id}/events",
            params={"include_rejected": True},
            headers={"Authorization": "Bearer test-admin-token"},
        )
        assert answer.status_code == 200
        body: dict[str, Any] = answer.json()
        return body

    pending_both = sorted([PHOTO_SHA, sha(signature)])
    listing = audit()
    delivered, rejected = listing["events"][2], listing["events"][3]
    assert delivered["proofs_pending"] == pending_both
    assert rejected["proofs_pending"] == []  # a rejected event waits for nothing
    assert listing["proofs_pending"] == pending_both
    assert listing["events_with_proofs_pending"] == 1
    assert [e["proofs_pending"] for e in listing["events"][:2]] == [[], []]

    # 90 % of the photo: still pending, and the audit shows how far it got.
    ninety = len(PHOTO) * 9 // 10
    upload_chunks(shop, PHOTO, 0, ninety)
    delivered = audit()["events"][2]
    assert delivered["proofs_pending"] == pending_both
    photo_ref = next(b for b in delivered["blobs"] if b["key"] == "photo_sha256")
    assert photo_ref == {
        "key": "photo_sha256",
        "sha256": PHOTO_SHA,
        "uploaded": False,
        "bytes_held": ninety,
    }

    upload_chunks(shop, PHOTO, ninety, len(PHOTO))
    listing = audit()
    assert listing["events"][2]["proofs_pending"] == [sha(signature)]
    assert listing["proofs_pending"] == [sha(signature)]
    photo_ref = next(b for b in listing["events"][2]["blobs"] if b["key"] == "photo_sha256")
    assert photo_ref["uploaded"] is True and photo_ref["bytes_held"] == len(PHOTO)

    put = api.client.put(f"/v1/blobs/{sha(signature)}", content=signature, headers=shop.headers)
    assert put.status_code == 201
    listing = audit()
    assert listing["events"][2]["proofs_pending"] == []
    assert listing["proofs_pending"] == [] and listing["events_with_proofs_pending"] == 0
    assert all(b["uploaded"] for b in listing["events"][2]["blobs"])


def test_an_expired_partial_is_pending_with_nothing_held(api: Api, shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    shop.send(
        event("JJD001", "received"),
        event("JJD001", "out_for_delivery"),
        event("JJD001", "delivered", {"photo_sha256": PHOTO_SHA}),
    )
    upload_chunks(shop, PHOTO, 0, CHUNK)
    assert shop.audit()[-1]["blobs"][0]["bytes_held"] == CHUNK
    backdate(api, 25)
    last = shop.audit()[-1]
    assert last["blobs"][0]["bytes_held"] == 0 and last["proofs_pending"] == [PHOTO_SHA]


# --- over a real socket --------------------------------------------------------------


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[tuple[RunningServer, str]]:
    with running_server(database_url, log_dir=tmp_path) as running:
        _, token = running.create_shop("Upload Stores", 51.9, -1.7)
        yield running, token


def _raw_patch_head(token: str, digest: str, offset: int, length: int, body_length: int) -> bytes:
    return (
        f"PATCH /v1/blobs/{digest} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: {UPLOAD}\r\n"
        f"Upload-Offset: {offset}\r\nUpload-Length: {length}\r\n"
        f"Content-Length: {body_length}\r\n\r\n"
    ).encode()


def _head_offset(server: RunningServer, token: str, digest: str) -> int:
    answer = requests.head(
        f"{server.base_url}/v1/blobs/{digest}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    if answer.status_code == 404:
        return 0
    assert answer.status_code == 200
    return int(answer.headers["Upload-Offset"])


def _wait_for_offset(server: RunningServer, token: str, digest: str, at_least: int) -> int:
    deadline = time.monotonic() + 10
    while True:
        held = _head_offset(server, token, digest)
        if held >= at_least or time.monotonic() > deadline:
            return held
        time.sleep(0.05)


@pytest.mark.e2e
def test_a_request_cut_midway_keeps_what_arrived(server: tuple[RunningServer, str]) -> None:
    """One PATCH with the whole photo, cut by the link after 90 % of it: the server keeps
    what it received (written every 64 KiB and at the cut), and the rest goes on from there."""
    running, token = server
    ninety = len(PHOTO) * 9 // 10
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as conn:
        conn.sendall(_raw_patch_head(token, PHOTO_SHA, 0, len(PHOTO), len(PHOTO)))
        conn.sendall(PHOTO[:ninety])
        time.sleep(0.3)  # the bytes reach the server; then the link drops
    held = _wait_for_offset(running, token, PHOTO_SHA, ninety)
    # At most what uvicorn had buffered but not yet handed to the app is lost.
    assert ninety - 64 * 1024 <= held <= ninety, (held, ninety)
    rest = requests.patch(
        f"{running.base_url}/v1/blobs/{PHOTO_SHA}",
        data=PHOTO[held:],
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": UPLOAD,
            "Upload-Offset": str(held),
            "Upload-Length": str(len(PHOTO)),
        },
        timeout=30,
    )
    assert rest.status_code == 204 and rest.headers["Upload-Complete"] == "?1"
    stored = requests.get(
        f"{running.base_url}/v1/blobs/{PHOTO_SHA}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert stored.content == PHOTO
    print(f"\ncut at {ninety} of {len(PHOTO)} bytes: the server kept {held}")


@pytest.mark.e2e
def test_a_slow_link_keeps_what_trickled_in(server: tuple[RunningServer, str]) -> None:
    """Bytes that come slowly (a 32 kbit/s link) are written every second, not only
    every 64 KiB: a cut loses at most about a second of them."""
    running, token = server
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as conn:
        conn.sendall(_raw_patch_head(token, PHOTO_SHA, 0, len(PHOTO), len(PHOTO)))
        sent = 0
        for _ in range(10):  # 4 kB every 0.25 s: 16 kB/s
            conn.sendall(PHOTO[sent : sent + 4000])
            sent += 4000
            time.sleep(0.25)
        # Still connected: what arrived more than a second ago is already on the server.
        held_live = _head_offset(running, token, PHOTO_SHA)
    assert held_live >= 16_000, held_live
    held = _wait_for_offset(running, token, PHOTO_SHA, sent)
    assert sent - 8000 <= held <= sent, (held, sent)


@pytest.mark.e2e
def test_two_requests_on_one_upload_never_mix(server: tuple[RunningServer, str]) -> None:
    """A retry overtakes the request it replaces (still streaming on a dead link): the
    upload completes once, with the right bytes, whatever the old request does next."""
    running, token = server
    url = f"{running.base_url}/v1/blobs/{PHOTO_SHA}"
    headers = {"Authorization": f"Bearer {token}", "Content-Type": UPLOAD}
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as old:
        old.sendall(_raw_patch_head(token, PHOTO_SHA, 0, len(PHOTO), len(PHOTO)))
        old.sendall(PHOTO[:10_000])
        time.sleep(1.3)  # the old request writes its first bytes (a second has passed)
        held = _wait_for_offset(running, token, PHOTO_SHA, 10_000)
        assert held == 10_000
        retry = requests.patch(
            url,
            data=PHOTO[held:],
            headers={**headers, "Upload-Offset": str(held), "Upload-Length": str(len(PHOTO))},
            timeout=30,
        )
        assert retry.status_code == 204 and retry.headers["Upload-Complete"] == "?1"
        old.sendall(PHOTO[10_000:])  # the old request wakes up and sends the rest
        answer = old.recv(4096)
    assert answer.startswith(b"HTTP/1.1 204") or answer.startswith(b"HTTP/1.1 409"), answer
    stored = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert stored.content == PHOTO


def _upload_all(running: RunningServer, token: str, content: bytes, chunk: int) -> None:
    session = requests.Session()
    url = f"{running.base_url}/v1/blobs/{sha(content)}"
    headers = {"Authorization": f"Bearer {token}", "Content-Type": UPLOAD}
    offset = 0
    while True:
        answer = session.patch(
            url,
            data=content[offset : offset + chunk],
            headers={**headers, "Upload-Offset": str(offset), "Upload-Length": str(len(content))},
            timeout=30,
        )
        assert answer.status_code == 204, answer.text
        offset = int(answer.headers["Upload-Offset"])
        if answer.headers["Upload-Complete"] == "?1":
            return


@pytest.mark.e2e
@pytest.mark.slow
def test_upload_throughput(server: tuple[RunningServer, str], database_url: str) -> None:
    """Figures for the report: photos in 64 KiB PATCHes, a 10 MB file in 1 MiB PATCHes,
    against PUTs of the same files, over loopback."""
    running, token = server
    photos = [os.urandom(300_000) for _ in range(20)]
    started = time.perf_counter()
    for photo in photos:
        _upload_all(running, token, photo, 64 * 1024)
    patch_s = time.perf_counter() - started
    puts = [os.urandom(300_000) for _ in range(20)]
    started = time.perf_counter()
    for photo in puts:
        answer = requests.put(
            f"{running.base_url}/v1/blobs/{sha(photo)}",
            data=photo,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert answer.status_code == 201
    put_s = time.perf_counter() - started
    big = os.urandom(MAX_BLOB_BYTES)
    started = time.perf_counter()
    _upload_all(running, token, big, 1 << 20)
    big_s = time.perf_counter() - started
    backend = sa.engine.make_url(database_url).get_backend_name()
    mb = 20 * 300_000 / 1e6
    print(
        f"\n{backend}: 20 photos of 300 kB in 64 KiB PATCHes {patch_s:.2f} s "
        f"({mb / patch_s:.1f} MB/s, {patch_s / 20 * 1000:.0f} ms a photo); as PUTs "
        f"{put_s:.2f} s ({mb / put_s:.1f} MB/s); 10 MiB in 1 MiB PATCHes {big_s:.2f} s "
        f"({MAX_BLOB_BYTES / 1e6 / big_s:.1f} MB/s)"
    )
    assert patch_s < 60 and big_s < 60


def test_concurrent_patches_in_process_never_mix(api: Api, shop: Shop) -> None:
    """Many requests race on one upload at the same offsets: the server holds a prefix
    of the file at every moment, and the stored blob is the file."""
    errors: list[str] = []

    def worker() -> None:
        try:
            for _ in range(30):
                state = head(shop, PHOTO_SHA)
                offset = int(state.headers.get("upload-offset", 0))
                if state.headers.get("upload-complete") == "?1":
                    return
                answer = patch(shop, PHOTO_SHA, offset, len(PHOTO), PHOTO[offset:offset + CHUNK])
                if answer.status_code not in (204, 409):
                    errors.append(f"{answer.status_code} {answer.text}")
        except Exception as exc:  # reported below
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert shop.get(f"/v1/blobs/{PHOTO_SHA}").content == PHOTO
