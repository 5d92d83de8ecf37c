"""PUT/GET /v1/blobs/{sha256}: hash checked on upload, size-limited, stored per shop."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from central_api.config import MAX_BLOB_BYTES
from tests.central_api.conftest import Api, Shop, make_api


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def test_upload_then_again_then_read_back(api: Api, shop: Shop) -> None:
    content = b"\x89PNG signature strokes"
    url = f"/v1/blobs/{sha(content)}"
    first = api.client.put(url, content=content, headers=shop.headers)
    assert first.status_code == 201
    assert first.json() == {"sha256": sha(content), "size": len(content), "created": True}
    again = api.client.put(url, content=content, headers=shop.headers)
    assert again.status_code == 200 and again.json()["created"] is False
    got = api.client.get(url, headers=shop.headers)
    assert got.status_code == 200 and got.content == content
    assert got.headers["content-type"] == "application/octet-stream"
    upper = api.client.get(url.upper().replace("/V1/BLOBS/", "/v1/blobs/"), headers=shop.headers)
    assert upper.status_code == 200


def test_hash_mismatch_is_refused(api: Api, shop: Shop) -> None:
    answer = api.client.put(f"/v1/blobs/{sha(b'one')}", content=b"two", headers=shop.headers)
    assert answer.status_code == 400
    assert sha(b"two") in answer.json()["detail"]
    assert api.client.get(f"/v1/blobs/{sha(b'one')}", headers=shop.headers).status_code == 404


def test_empty_blob_is_fine(api: Api, shop: Shop) -> None:
    answer = api.client.put(f"/v1/blobs/{sha(b'')}", content=b"", headers=shop.headers)
    assert answer.status_code == 201


def test_bad_hash_in_path_is_422(api: Api, shop: Shop) -> None:
    for bad in ("abc", "g" * 64, "a" * 65):
        assert (
            api.client.put(f"/v1/blobs/{bad}", content=b"x", headers=shop.headers).status_code
            == 422
        )


def test_default_limit_is_10_mb(api: Api, shop: Shop) -> None:
    content = b"\0" * (MAX_BLOB_BYTES + 1)
    answer = api.client.put(f"/v1/blobs/{sha(content)}", content=content, headers=shop.headers)
    assert answer.status_code == 413
    assert "limit" in answer.json()["detail"]
    fits = content[:MAX_BLOB_BYTES]
    assert (
        api.client.put(f"/v1/blobs/{sha(fits)}", content=fits, headers=shop.headers).status_code
        == 201
    )


@pytest.fixture
def small_api(database_url: str) -> Iterator[Api]:
    yield from make_api(database_url, max_blob_bytes=1024, max_body_bytes=2048)


def test_chunked_upload_over_the_limit(small_api: Api) -> None:
    shop = small_api.create_shop()
    content = b"x" * 1500

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(content), 100):
            yield content[start : start + 100]

    answer = small_api.client.put(
        f"/v1/blobs/{sha(content)}", content=chunks(), headers=shop.headers
    )
    assert answer.status_code == 413
