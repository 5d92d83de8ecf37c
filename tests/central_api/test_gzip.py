"""Content codings: gzip request bodies (within a limit on their inflated size; a gzip bomb
is 413), 400 for a body that is not gzip, 415 for other codings, gzip answers when asked,
and raw bytes (blobs, map packs) never gzipped, so the map's ETag and ranges still hold."""

from __future__ import annotations

import gzip
import hashlib
import json
import socket
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from central_api.config import MAX_INFLATED_BODY_BYTES
from central_api.testing import running_server
from tests.central_api.conftest import ADMIN, Api, Shop, event, make_api, parcel
from tests.central_api.mapfixtures import publish_bytes

JSON_GZIP = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
BOMB_BYTES = 1 << 30  # 1 GiB of zeros once inflated


def gz(payload: Any) -> bytes:
    return gzip.compress(json.dumps(payload).encode())


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """1 GiB of zeros in one gzip member: about 1 MB on the wire."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    parts = [packer.compress(zeros) for _ in range(BOMB_BYTES >> 20)]
    parts.append(packer.flush())
    return b"".join(parts)


def post_events(api: Api, shop: Shop, body: bytes, **headers: str) -> Any:
    return api.client.post(
        "/v1/events", content=body, headers={**shop.headers, **JSON_GZIP, **headers}
    )


# --- gzip bodies in ------------------------------------------------------------------


def test_gzip_events_are_accepted(api: Api, shop: Shop) -> None:
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(50)))
    events = [event(f"JJD{n:03d}", "received") for n in range(50)]
    body = gz({"events": events})
    assert len(body) < len(json.dumps({"events": events})) / 3
    answer = post_events(api, shop, body)
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"] * 50
    again = post_events(api, shop, body)  # the same batch resent: duplicates, as without gzip
    assert {r["status"] for r in again.json()["results"]} == {"duplicate"}
    assert len(shop.audit()) == 50


def test_gzip_admin_bodies_are_accepted(api: Api) -> None:
    created = api.client.post(
        "/v1/admin/shops",
        content=gz({"name": "Gzip Stores", "lat": 51.0, "lon": -1.0}),
        headers={**ADMIN, **JSON_GZIP},
    )
    assert created.status_code == 201, created.text
    shop_id = created.json()["shop_id"]
    assigned = api.client.post(
        "/v1/admin/parcels",
        content=gz({"shop_id": shop_id, "parcels": [parcel("JJD900"), parcel("JJD901")]}),
        headers={**ADMIN, "Content-Type": "application/json", "Content-Encoding": "x-gzip"},
    )
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["created"] == 2


def test_gzip_blob_put_is_stored_as_its_plain_bytes(api: Api, shop: Shop) -> None:
    content = b"signature strokes " * 500
    sha = hashlib.sha256(content).hexdigest()
    answer = api.client.put(
        f"/v1/blobs/{sha}",
        content=gzip.compress(content),
        headers={**shop.headers, "Content-Encoding": "gzip"},
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["size"] == len(content)
    assert api.client.get(f"/v1/blobs/{sha}", headers=shop.headers).content == content


def test_gzip_members_one_after_another_are_one_body(api: Api, shop: Shop) -> None:
    shop.assign(parcel("JJD001"))
    raw = json.dumps({"events": [event("JJD001", "received")]}).encode()
    half = len(raw) // 2
    answer = post_events(api, shop, gzip.compress(raw[:half]) + gzip.compress(raw[half:]))
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "accepted"


def test_identity_is_no_coding(api: Api, shop: Shop) -> None:
    body = json.dumps({"events": []}).encode()
    answer = post_events(api, shop, body, **{"Content-Encoding": "identity"})
    assert answer.status_code == 200, answer.text


# --- limits and refusals -------------------------------------------------------------


def test_gzip_bomb_is_413_quickly_and_in_bounded_memory(
    api: Api, shop: Shop, bomb: bytes
) -> None:
    assert len(bomb) < 1_100_000
    tracemalloc.start()
    try:
        started = time.perf_counter()
        answer = post_events(api, shop, bomb)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.status_code == 413
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["detail"] == (
        f"The decompressed request body is larger than the limit of "
        f"{MAX_INFLATED_BODY_BYTES} bytes."
    )
    assert seconds < 5, seconds
    # The limit (16 MiB) and a few pieces of the stream; never the gigabyte.
    assert peak < 3 * MAX_INFLATED_BODY_BYTES, peak
    print(f"\ngzip bomb: 413 in {seconds:.3f} s, peak traced memory {peak / 2**20:.1f} MiB")


def test_blob_bomb_is_413_at_the_blob_limit(api: Api, shop: Shop, bomb: bytes) -> None:
    for method, extra in (
        ("PUT", {}),
        ("PATCH", {"Upload-Offset": "0", "Upload-Length": str(10 * 2**20)}),
    ):
        headers = {**shop.headers, "Content-Encoding": "gzip", **extra}
        if method == "PATCH":
            headers["Content-Type"] = "application/offset+octet-stream"
        answer = api.client.request(method, f"/v1/blobs/{'0' * 64}", content=bomb, headers=headers)
        assert answer.status_code == 413, (method, answer.text)
        assert "larger than the limit" in answer.json()["detail"]


@pytest.fixture
def small_api(database_url: str) -> Iterator[Api]:
    yield from make_api(database_url, max_inflated_body_bytes=4096)


def test_inflated_limit_is_the_setting(small_api: Api) -> None:
    shop = small_api.create_shop()
    fits = gz({"events": [event("JJD1", "received", {"note": "x" * 3000})]})
    over = gz({"events": [event("JJD1", "received", {"note": "x" * 5000})]})
    assert len(over) < 200  # far below the wire limit: only the inflated size is over
    assert post_events(small_api, shop, fits).status_code == 200
    answer = post_events(small_api, shop, over)
    assert answer.status_code == 413
    assert "4096" in answer.json()["detail"]


def test_a_body_that_is_not_gzip_is_400(api: Api, shop: Shop) -> None:
    raw = json.dumps({"events": []}).encode()
    packed = gzip.compress(raw)
    for body, why in (
        (raw, "not valid gzip"),
        (packed[: len(packed) // 2], "cut short"),
        (packed[:5], "cut short"),
        (b"", "empty"),
        (packed + b"trailing junk", "not valid gzip"),
    ):
        answer = post_events(api, shop, body)
        assert answer.status_code == 400, (body[:20], answer.text)
        assert "Content-Encoding: gzip" in answer.json()["detail"]
        assert why in answer.json()["detail"]
    corrupt = bytearray(packed)
    corrupt[-6] ^= 0xFF  # the CRC-32 at the end
    answer = post_events(api, shop, bytes(corrupt))
    assert answer.status_code == 400


def test_other_codings_are_415(api: Api, shop: Shop) -> None:
    raw = json.dumps({"events": []}).encode()
    for coding, body in (
        ("deflate", zlib.compress(raw)),
        ("br", raw),
        ("compress", raw),
        ("gzip, gzip", gzip.compress(gzip.compress(raw))),
        ("zstd", raw),
    ):
        answer = post_events(api, shop, body, **{"Content-Encoding": coding})
        assert answer.status_code == 415, coding
        assert answer.headers["accept-encoding"] == "gzip"
        assert coding in answer.json()["detail"]


# --- gzip answers out ----------------------------------------------------------------


def test_answers_are_gzipped_when_asked(api: Api, shop: Shop) -> None:
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(40)))
    with api.client.stream(
        "GET", "/v1/manifest", headers={**shop.headers, "Accept-Encoding": "gzip"}
    ) as answer:
        raw = b"".join(answer.iter_raw())
    assert answer.status_code == 200
    assert answer.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in answer.headers["vary"].lower()
    assert int(answer.headers["content-length"]) == len(raw)
    page = json.loads(gzip.decompress(raw))
    assert len(page["parcels"]) == 40
    assert len(raw) < len(json.dumps(page)) / 4
    # The audit answer (admin) too.
    audit = api.client.get(
        f"/v1/admin/shops/{shop.shop_id}/events", headers={**ADMIN, "Accept-Encoding": "gzip"}
    )
    assert audit.status_code == 200


@pytest.mark.parametrize("accept", ["identity", "gzip;q=0", "deflate", "br", "*;q=0"])
def test_answers_are_plain_unless_gzip_is_accepted(api: Api, shop: Shop, accept: str) -> None:
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(40)))
    answer = api.client.get("/v1/manifest", headers={**shop.headers, "Accept-Encoding": accept})
    assert answer.status_code == 200
    assert "content-encoding" not in answer.headers
    assert len(answer.json()["parcels"]) == 40


def test_small_answers_and_star_accept(api: Api, shop: Shop) -> None:
    small = api.client.get("/v1/health", headers={"Accept-Encoding": "gzip"})
    assert len(small.content) < 500 and "content-encoding" not in small.headers
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(40)))
    star = api.client.get("/v1/manifest", headers={**shop.headers, "Accept-Encoding": "*"})
    assert star.headers["content-encoding"] == "gzip"


def test_blob_bytes_are_never_gzipped(api: Api, shop: Shop) -> None:
    content = b"a very compressible signature " * 1000
    sha = hashlib.sha256(content).hexdigest()
    assert api.client.put(f"/v1/blobs/{sha}", content=content, headers=shop.headers).is_success
    with api.client.stream(
        "GET", f"/v1/blobs/{sha}", headers={**shop.headers, "Accept-Encoding": "gzip"}
    ) as answer:
        raw = b"".join(answer.iter_raw())
    assert answer.status_code == 200
    assert "content-encoding" not in answer.headers
    assert raw == content


def test_map_pack_keeps_etag_and_ranges_when_gzip_is_accepted(
    api: Api, shop: Shop, tmp_path: Path
) -> None:
    pack = b"map pack bytes, compressible " * 10_000  # would shrink a lot if gzipped
    sha = publish_bytes(api.db, shop.shop_id, pack, tmp_path / "maps")
    etag = f'"{sha}"'
    asks = {**shop.headers, "Accept-Encoding": "gzip"}

    def raw_get(headers: dict[str, str]) -> tuple[Any, bytes]:
        with api.client.stream("GET", "/v1/map", headers=headers) as answer:
            return answer, b"".join(answer.iter_raw())

    whole, body = raw_get(asks)
    assert whole.status_code == 200 and body == pack
    assert "content-encoding" not in whole.headers
    assert whole.headers["etag"] == etag and whole.headers["content-length"] == str(len(pack))
    cut = 123_457
    rest, body = raw_get({**asks, "Range": f"bytes={cut}-", "If-Range": etag})
    assert rest.status_code == 206 and body == pack[cut:]
    assert "content-encoding" not in rest.headers
    assert rest.headers["content-range"] == f"bytes {cut}-{len(pack) - 1}/{len(pack)}"
    assert rest.headers["content-length"] == str(len(pack) - cut)
    same, body = raw_get({**asks, "If-None-Match": etag})
    assert same.status_code == 304 and body == b"" and same.headers["etag"] == etag
    info = api.client.get("/v1/map/info", headers=asks)
    assert info.json()["sha256"] == sha


# --- the real server -----------------------------------------------------------------


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_real_server_refuses_a_gzip_bomb_quickly_in_bounded_memory(
    tmp_path: Path, bomb: bytes
) -> None:
    with running_server(f"sqlite:///{tmp_path / 'central.sqlite3'}") as server:
        _, token = server.create_shop("Bombed Stores", 51.9, -1.7)
        headers = {"Authorization": f"Bearer {token}", **JSON_GZIP}
        url = f"{server.base_url}/v1/events"
        warm = requests.post(url, data=gz({"events": []}), headers=headers, timeout=30)
        assert warm.status_code == 200
        before = _peak_rss_kib(server.process.pid)
        started = time.perf_counter()
        answer = requests.post(url, data=bomb, headers=headers, timeout=60)
        seconds = time.perf_counter() - started
        after = _peak_rss_kib(server.process.pid)
        assert answer.status_code == 413
        assert "decompressed request body" in answer.json()["detail"]
        # The server stays up and serves the same connection's next request.
        assert requests.get(f"{server.base_url}/v1/health", timeout=10).status_code == 200
    growth_mib = (after - before) / 1024
    print(
        f"\nreal server, gzip bomb ({len(bomb)} bytes -> 1 GiB): 413 in {seconds:.3f} s; "
        f"peak RSS {before / 1024:.0f} -> {after / 1024:.0f} MiB (+{growth_mib:.0f} MiB)"
    )
    assert seconds < 5, seconds
    assert growth_mib < 100, growth_mib


@pytest.mark.e2e
@pytest.mark.slow
def test_real_server_answers_a_bomb_sent_slowly_before_it_is_all_sent(
    tmp_path: Path, bomb: bytes
) -> None:
    """The 413 comes as soon as the limit is passed (after ~16 kB of a 1 MB bomb), not
    after the whole upload: a raw socket sends the start and reads the answer."""
    with running_server(f"sqlite:///{tmp_path / 'central.sqlite3'}") as server:
        _, token = server.create_shop("Bombed Stores", 51.9, -1.7)
        head = (
            f"POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Content-Encoding: gzip\r\nContent-Length: {len(bomb)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
            conn.sendall(head + bomb[:64 * 1024])  # 64 kB inflate to ~64 MB: past the limit
            started = time.perf_counter()
            answer = conn.recv(4096)
            seconds = time.perf_counter() - started
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert seconds < 2, seconds


def test_bomb_fixture_is_what_it_says(bomb: bytes) -> None:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    total = 0
    data = bomb
    while data:
        total += len(inflater.decompress(data, 1 << 24))
        data = inflater.unconsumed_tail
    assert total == BOMB_BYTES and inflater.eof
