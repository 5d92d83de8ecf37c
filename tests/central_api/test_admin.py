"""Admin routes: shops and their tokens, the admin token itself, the audit listing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
from sqlmodel import select

from central_api.models import Shop as ShopRow
from tests.central_api.conftest import ADMIN, Api, Shop, bearer, event, make_api, parcel


def test_create_shop_returns_id_and_token_and_stores_only_its_hash(api: Api) -> None:
    answer = api.client.post(
        "/v1/admin/shops", json={"name": "Corner Shop", "lat": 52.0, "lon": -1.5}, headers=ADMIN
    )
    assert answer.status_code == 201
    body = answer.json()
    assert set(body) == {"shop_id", "token"} and len(body["token"]) >= 40
    with api.db.read() as session:
        row = session.exec(select(ShopRow)).one()
    assert row.token_hash == hashlib.sha256(body["token"].encode()).hexdigest()
    assert body["token"] not in repr(row.model_dump())
    own = api.client.get("/v1/shop", headers=bearer(body["token"])).json()
    assert own == {
        "shop_id": body["shop_id"],
        "name": "Corner Shop",
        "lat": 52.0,
        "lon": -1.5,
        "time_zone": None,
        "tracking_formats": [],
    }


def test_admin_token_required(api: Api, shop: Shop) -> None:
    calls = [
        ("POST", "/v1/admin/shops", {"name": "X", "lat": 1, "lon": 1}),
        ("POST", "/v1/admin/parcels", {"shop_id": shop.shop_id, "parcels": []}),
        ("GET", f"/v1/admin/shops/{shop.shop_id}/events", None),
        ("POST", f"/v1/admin/shops/{shop.shop_id}/token", None),
        ("DELETE", f"/v1/admin/shops/{shop.shop_id}/token", None),
    ]
    for headers in ({}, bearer("wrong"), shop.headers):
        for method, path, body in calls:
            answer = api.client.request(method, path, json=body, headers=headers)
            assert answer.status_code == 401, (method, path, headers)
            assert answer.headers["www-authenticate"] == "Bearer"
            assert "detail" in answer.json()


@pytest.fixture
def no_admin_api(database_url: str) -> Iterator[Api]:
    yield from make_api(database_url, admin_token=None)


def test_admin_api_disabled_without_env_token(no_admin_api: Api) -> None:
    post = no_admin_api.client.post
    body = {"name": "X", "lat": 1, "lon": 1}
    assert post("/v1/admin/shops", json=body).status_code == 401
    answer = post("/v1/admin/shops", json=body, headers=ADMIN)
    assert answer.status_code == 503
    assert "CENTRAL_ADMIN_TOKEN" in answer.json()["detail"]


def test_rotate_and_revoke_token(api: Api, shop: Shop) -> None:
    rotated = api.client.post(f"/v1/admin/shops/{shop.shop_id}/token", headers=ADMIN)
    assert rotated.status_code == 200
    new_token = rotated.json()["token"]
    assert api.client.get("/v1/shop", headers=shop.headers).status_code == 401
    assert api.client.get("/v1/shop", headers=bearer(new_token)).status_code == 200
    revoked = api.client.delete(f"/v1/admin/shops/{shop.shop_id}/token", headers=ADMIN)
    assert revoked.json() == {"shop_id": shop.shop_id, "revoked": True}
    assert api.client.get("/v1/shop", headers=bearer(new_token)).status_code == 401
    for method in ("POST", "DELETE"):
        missing = api.client.request(method, "/v1/admin/shops/999/token", headers=ADMIN)
        assert missing.status_code == 404


def test_audit_lists_accepted_events_in_arrival_order(api: Api, shop: Shop) -> None:
    shop.assign(parcel("JJD001"), parcel("JJD002"))
    sent = [
        event("JJD002", "received"),
        event("JJD001", "received"),
        event("JJD001", "picked_up"),  # rejected: not held for pickup
        event("JJD001", "held_for_pickup"),
    ]
    shop.send(*sent[:2])
    shop.send(*sent[2:])
    audit = shop.audit()
    assert [e["id"] for e in audit] == [sent[0]["id"], sent[1]["id"], sent[3]["id"]]
    assert [e["seq"] for e in audit] == sorted(e["seq"] for e in audit)
    first = audit[0]
    assert set(first) >= {"id", "tracking_number", "type", "at", "data", "received_at", "status"}
    everything = shop.audit(include_rejected=True)
    assert [e["status"] for e in everything] == ["accepted", "accepted", "rejected", "accepted"]
    assert api.client.get("/v1/admin/shops/999/events", headers=ADMIN).status_code == 404


def test_audit_shows_which_proofs_arrived(api: Api, shop: Shop) -> None:
    photo = b"jpeg bytes"
    digest = hashlib.sha256(photo).hexdigest()
    shop.assign(parcel("JJD001"))
    shop.send(
        event("JJD001", "received"),
        event("JJD001", "out_for_delivery"),
        event("JJD001", "delivered", {"photo_sha256": digest, "left_with": "neighbour"}),
    )
    assert shop.audit()[-1]["blobs"][0]["uploaded"] is False
    assert shop.audit()[-1]["proofs_pending"] == [digest]
    put = api.client.put(f"/v1/blobs/{digest}", content=photo, headers=shop.headers)
    assert put.status_code == 201
    assert shop.audit()[-1]["blobs"] == [
        {"key": "photo_sha256", "sha256": digest, "uploaded": True, "bytes_held": len(photo)}
    ]
    assert shop.audit()[-1]["proofs_pending"] == []


def test_create_shop_validation(api: Api) -> None:
    for body in (
        {"name": "", "lat": 1, "lon": 1},
        {"name": "X", "lat": 100, "lon": 1},
        {"name": "X", "lat": 1},
        {"name": "X\u0000", "lat": 1, "lon": 1},
    ):
        assert api.client.post("/v1/admin/shops", json=body, headers=ADMIN).status_code == 422


def test_central_database_holds_only_central_tables(api: Api) -> None:
    import sqlalchemy as sa

    import shopapp.store.models  # noqa: F401  (puts the shop's tables on SQLModel.metadata)
    from central_api.db import open_database

    again = open_database(str(api.db.engine.url.render_as_string(hide_password=False)))
    try:
        names = set(sa.inspect(again.engine).get_table_names())
    finally:
        again.dispose()
    assert names == {
        "alembic_version",
        "shops",
        "parcels",
        "events",
        "blobs",
        "blob_uploads",
        "blob_upload_chunks",
        "carrier_settings",
        "map_packs",
    }


def test_audit_pages_by_seq(api: Api, shop: Shop) -> None:
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(5)))
    shop.send(*(event(f"JJD{n:03d}", "received") for n in range(5)))
    everything = shop.audit()
    seen: list[dict[str, object]] = []
    after = 0
    while True:
        page = api.client.get(
            f"/v1/admin/shops/{shop.shop_id}/events",
            params={"after": after, "limit": 2},
            headers=ADMIN,
        ).json()["events"]
        if not page:
            break
        seen += page
        after = page[-1]["seq"]
    assert seen == everything
