"""Cross-shop isolation matrix: shop A's token on shop B's parcels, events, blobs (whole
and partly uploaded) and map.

Every route of the app must appear in MATRIX (or be a public documentation route): a
new route without an isolation check makes `test_matrix_covers_every_route` fail.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.routing import Route

from tests.central_api.conftest import ADMIN, Api, Shop, event, parcel
from tests.central_api.mapfixtures import publish_bytes

UPLOAD = "application/offset+octet-stream"
# Bytes of B's photo that B has uploaded so far (a resumable upload under way).
B_PARTIAL_HELD = 1000


def patch(
    w: World, shop: Shop, sha: str, offset: int, length: int, body: bytes
) -> Any:
    headers = {
        **shop.headers,
        "Upload-Offset": str(offset),
        "Upload-Length": str(length),
        "Content-Type": UPLOAD,
    }
    return w.api.client.patch(f"/v1/blobs/{sha}", content=body, headers=headers)


@dataclass
class World:
    """Shop A (the intruder) and shop B with a parcel, an accepted event, a blob and a
    photo partly uploaded."""

    api: Api
    a: Shop
    b: Shop
    b_parcel: str
    b_event: dict[str, object]
    b_blob: bytes
    b_photo: bytes

    @property
    def b_blob_sha(self) -> str:
        return hashlib.sha256(self.b_blob).hexdigest()

    @property
    def b_photo_sha(self) -> str:
        return hashlib.sha256(self.b_photo).hexdigest()

    def b_state(self) -> tuple[object, ...]:
        """Everything of B's that A must not be able to change."""
        parcel_now = self.b.parcel(self.b_parcel)
        blob = self.api.client.get(f"/v1/blobs/{self.b_blob_sha}", headers=self.b.headers)
        heads = [
            {
                k: v
                for k, v in self.api.client.head(f"/v1/blobs/{sha}", headers=self.b.headers)
                .headers.items()
                if k.startswith("upload-") and k != "upload-expires"
            }
            for sha in (self.b_blob_sha, self.b_photo_sha)
        ]
        photo = self.api.client.get(f"/v1/blobs/{self.b_photo_sha}", headers=self.b.headers)
        return (
            parcel_now,
            self.b.audit(include_rejected=True),
            blob.content,
            heads,
            photo.status_code,
        )


@pytest.fixture
def world(api: Api) -> World:
    a = api.create_shop("Shop A")
    b = api.create_shop("Shop B")
    a.assign(parcel("AAA001"))
    b.assign(parcel("BBB001"))
    photo = bytes(range(256)) * 16
    photo_sha = hashlib.sha256(photo).hexdigest()
    b_event = event("BBB001", "received", {"photo_sha256": photo_sha})
    assert b.send(b_event)[0]["status"] == "accepted"
    blob = b"shop B's signature"
    sha = hashlib.sha256(blob).hexdigest()
    assert api.client.put(f"/v1/blobs/{sha}", content=blob, headers=b.headers).status_code == 201
    w = World(api, a, b, "BBB001", b_event, blob, photo)
    started = patch(w, b, photo_sha, 0, len(photo), photo[:B_PARTIAL_HELD])
    assert started.status_code == 204 and started.headers["upload-offset"] == str(B_PARTIAL_HELD)
    return w


def _parcel(w: World) -> None:
    theirs = w.api.client.get(f"/v1/parcels/{w.b_parcel}", headers=w.a.headers)
    nobody = w.api.client.get("/v1/parcels/ZZZ999", headers=w.a.headers)
    assert theirs.status_code == nobody.status_code == 404
    assert theirs.json()["detail"].replace(w.b_parcel, "X") == nobody.json()["detail"].replace(
        "ZZZ999", "X"
    )


def _blob_get(w: World) -> None:
    answer = w.api.client.get(f"/v1/blobs/{w.b_blob_sha}", headers=w.a.headers)
    assert answer.status_code == 404
    assert w.b_blob not in answer.content


def _blob_put(w: World) -> None:
    wrong = w.api.client.put(f"/v1/blobs/{w.b_blob_sha}", content=b"other", headers=w.a.headers)
    assert wrong.status_code == 400
    # With the very bytes, A gets a copy of its own, answered like any new blob (no leak).
    same = w.api.client.put(f"/v1/blobs/{w.b_blob_sha}", content=w.b_blob, headers=w.a.headers)
    assert same.status_code == 201 and same.json()["created"] is True


def _blob_head(w: World) -> None:
    """A's HEAD on B's whole blob and on B's partial upload: as for a hash nobody has."""
    nobody = w.api.client.head(f"/v1/blobs/{'0' * 64}", headers=w.a.headers)
    assert nobody.status_code == 404
    for sha in (w.b_blob_sha, w.b_photo_sha):
        answer = w.api.client.head(f"/v1/blobs/{sha}", headers=w.a.headers)
        assert answer.status_code == 404
        assert not any(k.startswith("upload-") for k in answer.headers)
        assert answer.headers.get("content-length") == nobody.headers.get("content-length")


def _blob_patch(w: World) -> None:
    """A's PATCHes on B's hashes are A's own uploads: they never reach, complete or
    disturb B's, and answer as they would for a hash nobody has."""
    photo, size = w.b_photo, len(w.b_photo)
    # At B's offset: A holds nothing, so A is told to start from 0 (like any new hash).
    resumed = patch(w, w.a, w.b_photo_sha, B_PARTIAL_HELD, size, photo[B_PARTIAL_HELD:])
    nobody = patch(w, w.a, "0" * 64, B_PARTIAL_HELD, size, photo[B_PARTIAL_HELD:])
    assert resumed.status_code == nobody.status_code == 409
    assert resumed.headers["upload-offset"] == nobody.headers["upload-offset"] == "0"
    assert "upload-length" not in resumed.headers
    # Wrong bytes over B's whole blob and B's photo: A's own uploads fail the hash check.
    for sha, length in ((w.b_blob_sha, len(w.b_blob)), (w.b_photo_sha, size)):
        wrong = patch(w, w.a, sha, 0, length, b"x" * length)
        assert wrong.status_code == 422 and wrong.headers["upload-offset"] == "0"
    # A part of B's photo under A's token is A's own partial upload, not B's.
    mine = patch(w, w.a, w.b_photo_sha, 0, size, photo[:10])
    assert mine.status_code == 204 and mine.headers["upload-offset"] == "10"
    again = patch(w, w.a, w.b_photo_sha, 10, size, photo[10:])
    assert again.status_code == 204 and again.headers["upload-complete"] == "?1"
    assert w.api.client.get(f"/v1/blobs/{w.b_photo_sha}", headers=w.a.headers).content == photo


def _events(w: World) -> None:
    results = w.a.send(
        event(w.b_parcel, "out_for_delivery"),
        event("ZZZ999", "out_for_delivery"),
        dict(w.b_event),  # B's event id, replayed by A
        event(w.b_parcel, "received", {"unexpected": True}),
    )
    assert [r["status"] for r in results[:3]] == ["rejected"] * 3
    theirs, nobody = results[0]["reason"], results[1]["reason"]
    assert theirs.replace(w.b_parcel, "X") == nobody.replace("ZZZ999", "X")
    # A found B's parcel number in its tote: A gets a record of its own, B's is untouched.
    assert results[3]["status"] == "accepted"
    assert w.a.parcel(w.b_parcel)["flags"] == ["unexpected"]


def _manifest(w: World) -> None:
    numbers = []
    cursor = 0
    while True:
        page = w.a.get("/v1/manifest", params={"cursor": cursor, "limit": 1}).json()
        numbers += [p["tracking_number"] for p in page["parcels"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert numbers == ["AAA001"]


def _map_pack(path: str) -> Callable[[World], None]:
    """B has a map pack, A none: A's token never reaches B's pack, its hash or its size."""

    def check(w: World) -> None:
        folder = tempfile.mkdtemp(prefix="isolation-maps-")
        try:
            pack = b"shop B's map pack " * 1000
            sha = publish_bytes(w.api.db, w.b.shop_id, pack, Path(folder))
            for headers in ({}, {"If-None-Match": f'"{sha}"'}, {"Range": "bytes=0-"}):
                answer = w.api.client.get(path, headers={**w.a.headers, **headers})
                assert answer.status_code == 404, headers
                assert pack[:32] not in answer.content and sha not in answer.text
                assert "No map pack has been published for this shop" in answer.json()["detail"]
            assert w.api.client.get(path, headers=w.b.headers).status_code == 200
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    return check


def _own_shop(w: World) -> None:
    assert w.a.get("/v1/shop").json()["shop_id"] == w.a.shop_id


def _admin(method: str, path: str) -> Callable[[World], None]:
    def check(w: World) -> None:
        url = path.format(shop_id=w.b.shop_id)
        body = None
        if url.endswith("/parcels"):
            body = {"shop_id": w.b.shop_id, "parcels": [parcel(w.b_parcel, address="Elsewhere")]}
        elif url.endswith("/shops"):
            body = {"name": "Fake", "lat": 1, "lon": 1}
        elif url.endswith("/tracking-formats"):
            body = {"couriers": []}
        answer = w.api.client.request(method, url, json=body, headers=w.a.headers)
        assert answer.status_code == 401

    return check


def _public(w: World) -> None:
    assert w.api.client.get("/v1/health").status_code == 200


def _ready(w: World) -> None:
    # No token, nothing of any shop: the database's state only.
    answer = w.api.client.get("/v1/ready", headers=w.a.headers)
    assert answer.status_code == 200
    assert set(answer.json()) == {"status", "database", "schema_revision", "version"}


MATRIX: dict[tuple[str, str], Callable[[World], None]] = {
    ("GET", "/v1/health"): _public,
    ("GET", "/v1/ready"): _ready,
    ("GET", "/v1/shop"): _own_shop,
    ("GET", "/v1/manifest"): _manifest,
    ("POST", "/v1/events"): _events,
    ("PUT", "/v1/blobs/{sha256}"): _blob_put,
    ("GET", "/v1/blobs/{sha256}"): _blob_get,
    ("HEAD", "/v1/blobs/{sha256}"): _blob_head,
    ("PATCH", "/v1/blobs/{sha256}"): _blob_patch,
    ("GET", "/v1/parcels/{tracking_number}"): _parcel,
    ("GET", "/v1/map"): _map_pack("/v1/map"),
    ("GET", "/v1/map/info"): _map_pack("/v1/map/info"),
    ("POST", "/v1/admin/shops"): _admin("POST", "/v1/admin/shops"),
    ("POST", "/v1/admin/parcels"): _admin("POST", "/v1/admin/parcels"),
    ("GET", "/v1/admin/shops/{shop_id}/events"): _admin("GET", "/v1/admin/shops/{shop_id}/events"),
    ("POST", "/v1/admin/shops/{shop_id}/token"): _admin("POST", "/v1/admin/shops/{shop_id}/token"),
    ("DELETE", "/v1/admin/shops/{shop_id}/token"): _admin(
        "DELETE", "/v1/admin/shops/{shop_id}/token"
    ),
    ("PUT", "/v1/admin/tracking-formats"): _admin("PUT", "/v1/admin/tracking-formats"),
    ("GET", "/v1/admin/tracking-formats"): _admin("GET", "/v1/admin/tracking-formats"),
}
# FastAPI's own documentation pages carry no data.
DOCS = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def _walk(routes: list[Any], prefix: str = "") -> set[tuple[str, str]]:
    """(method, path) of every route, descending into included routers.

    FastAPI 0.16x keeps an included router as one entry of `app.routes`
    (`_IncludedRouter`, holding `original_router` and its `include_context`).
    """
    found: set[tuple[str, str]] = set()
    for route in routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            context_prefix = getattr(route.include_context, "prefix", "")
            found |= _walk(original.routes, prefix + context_prefix)
            continue
        assert isinstance(route, Route), f"unexpected kind of route: {route!r}"
        path = prefix + route.path
        if path in DOCS:
            continue
        # Starlette adds HEAD to every GET route; a HEAD route of its own is a route.
        methods = set(route.methods or ())
        if "GET" in methods:
            methods.discard("HEAD")
        found |= {(method, path) for method in methods}
    return found


def _app_routes(api: Api) -> set[tuple[str, str]]:
    walked = _walk(list(api.app.routes))
    documented = {
        (method.upper(), path)
        for path, operations in api.app.openapi()["paths"].items()
        for method in operations
    }
    assert documented <= walked
    return walked | documented


def test_matrix_covers_every_route(api: Api) -> None:
    routes = _app_routes(api)
    missing = routes - set(MATRIX)
    assert not missing, f"routes without a cross-shop check in MATRIX: {sorted(missing)}"
    assert not set(MATRIX) - routes, "MATRIX names routes the app no longer has"


@pytest.mark.parametrize("route", sorted(MATRIX), ids=lambda r: f"{r[0]} {r[1]}")
def test_shop_a_cannot_reach_shop_b(world: World, route: tuple[str, str]) -> None:
    before = world.b_state()
    MATRIX[route](world)
    assert world.b_state() == before, "shop B's data changed"


def test_shop_b_events_stay_out_of_shop_a_audit(world: World) -> None:
    world.a.send(event(world.b_parcel, "out_for_delivery"))
    ids = {e["id"] for e in world.a.audit(include_rejected=True)}
    assert str(world.b_event["id"]) not in ids
    assert (
        world.api.client.get(f"/v1/admin/shops/{world.a.shop_id}/events", headers=ADMIN).status_code
        == 200
    )
