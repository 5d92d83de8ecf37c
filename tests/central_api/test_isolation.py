"""Cross-shop isolation matrix: shop A's token on shop B's parcels, events, blobs and map.

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


@dataclass
class World:
    """Shop A (the intruder) and shop B with a parcel, an accepted event and a blob."""

    api: Api
    a: Shop
    b: Shop
    b_parcel: str
    b_event: dict[str, object]
    b_blob: bytes

    @property
    def b_blob_sha(self) -> str:
        return hashlib.sha256(self.b_blob).hexdigest()

    def b_state(self) -> tuple[object, ...]:
        """Everything of B's that A must not be able to change."""
        parcel_now = self.b.parcel(self.b_parcel)
        blob = self.api.client.get(f"/v1/blobs/{self.b_blob_sha}", headers=self.b.headers)
        return (parcel_now, self.b.audit(include_rejected=True), blob.content)


@pytest.fixture
def world(api: Api) -> World:
    a = api.create_shop("Shop A")
    b = api.create_shop("Shop B")
    a.assign(parcel("AAA001"))
    b.assign(parcel("BBB001"))
    b_event = event("BBB001", "received")
    assert b.send(b_event)[0]["status"] == "accepted"
    blob = b"shop B's signature"
    sha = hashlib.sha256(blob).hexdigest()
    assert api.client.put(f"/v1/blobs/{sha}", content=blob, headers=b.headers).status_code == 201
    return World(api, a, b, "BBB001", b_event, blob)


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


MATRIX: dict[tuple[str, str], Callable[[World], None]] = {
    ("GET", "/v1/health"): _public,
    ("GET", "/v1/shop"): _own_shop,
    ("GET", "/v1/manifest"): _manifest,
    ("POST", "/v1/events"): _events,
    ("PUT", "/v1/blobs/{sha256}"): _blob_put,
    ("GET", "/v1/blobs/{sha256}"): _blob_get,
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
        found |= {(method, path) for method in route.methods or () if method != "HEAD"}
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
