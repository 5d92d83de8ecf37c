"""GET /v1/map and /v1/map/info: the shop's own pack, ETag and 304, byte ranges, 404s."""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from central_api.mappacks import find_pack
from central_api.mapserve import byte_range, none_match
from tests.central_api.conftest import Api, Shop
from tests.central_api.mapfixtures import publish_bytes

PACK = os.urandom(300_000)  # the routes do not look inside; any bytes make a pack here
SHA = hashlib.sha256(PACK).hexdigest()
ETAG = f'"{SHA}"'


def get(shop: Shop, path: str, headers: dict[str, str] | None = None) -> Any:
    """GET with the shop's token and extra headers."""
    return shop.api.client.get(path, headers={**shop.headers, **(headers or {})})


@pytest.fixture
def with_pack(api: Api, shop: Shop, tmp_path: Path) -> Shop:
    assert publish_bytes(api.db, shop.shop_id, PACK, tmp_path / "maps") == SHA
    return shop


def test_pack_served_with_its_hash(with_pack: Shop) -> None:
    answer = with_pack.get("/v1/map")
    assert answer.status_code == 200
    assert answer.content == PACK
    assert answer.headers["etag"] == ETAG
    assert answer.headers["x-map-sha256"] == SHA
    assert answer.headers["content-length"] == str(len(PACK))
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["accept-ranges"] == "bytes"
    digest = base64.b64encode(hashlib.sha256(PACK).digest()).decode()
    assert answer.headers["repr-digest"] == f"sha-256=:{digest}:"
    info = with_pack.get("/v1/map/info")
    assert info.status_code == 200
    body = info.json()
    assert body["sha256"] == SHA and body["bytes"] == len(PACK) and body["format"] == "osm.pbf"
    assert body["attribution"] == "© OpenStreetMap contributors" and body["licence"] == "ODbL 1.0"
    assert set(body["bbox"]) == {"south", "west", "north", "east"}


def test_unchanged_pack_is_304_without_a_body(with_pack: Shop) -> None:
    for value in (ETAG, f'"{"0" * 64}", {ETAG}', f"W/{ETAG}", "*"):
        answer = get(with_pack, "/v1/map", {"If-None-Match": value})
        assert answer.status_code == 304, value
        assert answer.content == b""
        assert answer.headers["etag"] == ETAG
    other = get(with_pack, "/v1/map", {"If-None-Match": f'"{"0" * 64}"'})
    assert other.status_code == 200 and other.content == PACK


def test_a_range_resumes_and_if_range_guards_it(with_pack: Shop) -> None:
    cut = 123_457
    rest = get(with_pack, "/v1/map", {"Range": f"bytes={cut}-", "If-Range": ETAG})
    assert rest.status_code == 206
    assert rest.content == PACK[cut:]
    assert rest.headers["content-range"] == f"bytes {cut}-{len(PACK) - 1}/{len(PACK)}"
    middle = get(with_pack, "/v1/map", {"Range": "bytes=10-19"})
    assert middle.status_code == 206 and middle.content == PACK[10:20]
    tail = get(with_pack, "/v1/map", {"Range": "bytes=-5"})
    assert tail.status_code == 206 and tail.content == PACK[-5:]
    # A partial of another pack: the whole current pack comes instead.
    stale = get(with_pack, "/v1/map", {"Range": f"bytes={cut}-", "If-Range": '"old"'})
    assert stale.status_code == 200 and stale.content == PACK
    # Several ranges, other units, nonsense: ignored, the whole pack.
    for value in ("bytes=0-1,5-6", "items=0-5", "bytes=x-", "bytes=9-3", "bytes=" + "9" * 40):
        answer = get(with_pack, "/v1/map", {"Range": value})
        assert answer.status_code == 200 and answer.content == PACK, value


def test_a_range_past_the_end_is_416(with_pack: Shop) -> None:
    answer = get(with_pack, "/v1/map", {"Range": f"bytes={len(PACK)}-"})
    assert answer.status_code == 416
    assert answer.headers["content-range"] == f"bytes */{len(PACK)}"
    assert "past the end" in answer.json()["detail"]


def test_no_pack_is_404_with_a_problem(shop: Shop) -> None:
    for path in ("/v1/map", "/v1/map/info"):
        answer = get(shop, path, {"If-None-Match": "*"})
        assert answer.status_code == 404
        assert "No map pack has been published for this shop" in answer.json()["detail"]


def test_another_shops_token_gets_404_not_the_pack(with_pack: Shop, other_shop: Shop) -> None:
    for headers in ({}, {"If-None-Match": ETAG}, {"Range": "bytes=0-", "If-Range": ETAG}):
        answer = get(other_shop, "/v1/map", headers)
        assert answer.status_code == 404, headers
        assert PACK[:64] not in answer.content
    assert other_shop.get("/v1/map/info").status_code == 404
    assert with_pack.get("/v1/map").status_code == 200


def test_no_token_is_401(with_pack: Shop) -> None:
    answer = with_pack.api.client.get("/v1/map")
    assert answer.status_code == 401 and PACK[:64] not in answer.content


def test_a_new_pack_replaces_the_old_file(api: Api, with_pack: Shop, tmp_path: Path) -> None:
    old = find_pack(api.db, with_pack.shop_id)
    assert old is not None and Path(old.path).is_file()
    newer = PACK[::-1]
    sha = publish_bytes(api.db, with_pack.shop_id, newer, tmp_path / "maps")
    assert not Path(old.path).exists()
    answer = get(with_pack, "/v1/map", {"If-None-Match": ETAG})
    assert answer.status_code == 200 and answer.content == newer
    assert answer.headers["etag"] == f'"{sha}"'
    # Publishing the same bytes again changes nothing.
    assert publish_bytes(api.db, with_pack.shop_id, newer, tmp_path / "maps") == sha
    assert get(with_pack, "/v1/map", {"If-None-Match": f'"{sha}"'}).status_code == 304


def test_a_pack_file_gone_from_disk_is_503_with_a_long_retry_after(
    api: Api, with_pack: Shop
) -> None:
    pack = find_pack(api.db, with_pack.shop_id)
    assert pack is not None
    Path(pack.path).unlink()
    answer = with_pack.get("/v1/map")
    assert answer.status_code == 503
    assert int(answer.headers["retry-after"]) >= 600
    assert "missing on the server" in answer.json()["detail"]


def test_range_and_etag_rules() -> None:
    assert byte_range(None, 10) is None
    assert byte_range("bytes=0-", 10) == (0, 9)
    assert byte_range("bytes=3-100", 10) == (3, 9)
    assert byte_range("bytes = 3 - 4", 10) == (3, 4)
    assert byte_range("bytes=-3", 10) == (7, 9)
    assert byte_range("bytes=-30", 10) == (0, 9)
    assert byte_range("bytes=10-", 10) == "unsatisfiable"
    assert byte_range("bytes=-0", 10) == "unsatisfiable"
    assert byte_range("bytes=0-", 0) == "unsatisfiable"
    for ignored in ("bytes=-", "bytes=5-2", "bytes=1-2,4-5", "lines=1-2", "", "bytes=a-b"):
        assert byte_range(ignored, 10) is None, ignored
    assert none_match('"a", W/"b"', '"b"') and none_match("*", '"x"')
    assert not none_match('"a"', '"b"') and not none_match(None, '"b"')
