"""GET /v1/manifest pages by cursor; POST /v1/admin/parcels assigns and re-assigns."""

from __future__ import annotations

from typing import Any

from tests.central_api.conftest import ADMIN, Api, Shop, event, parcel


def _pull_all(
    shop: Shop, cursor: int = 0, limit: int = 10
) -> tuple[list[dict[str, Any]], int, int]:
    """Every page from `cursor`; returns (parcels, final cursor, number of requests)."""
    parcels: list[dict[str, Any]] = []
    requests = 0
    while True:
        answer = shop.get("/v1/manifest", params={"cursor": cursor, "limit": limit})
        assert answer.status_code == 200, answer.text
        page = answer.json()
        requests += 1
        parcels += page["parcels"]
        assert page["cursor"] >= cursor
        cursor = page["cursor"]
        if not page["more"]:
            return parcels, cursor, requests


def test_pages_by_cursor(shop: Shop) -> None:
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(25)))
    parcels, cursor, requests = _pull_all(shop, limit=10)
    assert [p["tracking_number"] for p in parcels] == [f"JJD{n:03d}" for n in range(25)]
    assert requests == 3
    assert cursor == 25
    again = shop.get("/v1/manifest", params={"cursor": cursor}).json()
    assert again == {"parcels": [], "cursor": cursor, "more": False}


def test_exact_page_boundary(shop: Shop) -> None:
    shop.assign(*(parcel(f"JJD{n:03d}") for n in range(10)))
    first = shop.get("/v1/manifest", params={"limit": 10}).json()
    assert len(first["parcels"]) == 10 and first["more"] is False


def test_reassignment_updates_data_and_moves_the_parcel_past_the_cursor(shop: Shop) -> None:
    shop.assign(parcel("JJD001"), parcel("JJD002"))
    _, cursor, _ = _pull_all(shop)
    shop.send(event("JJD001", "received"))
    answer = shop.assign(parcel("JJD001", address="2 Mill Lane", instructions="Back door"))
    assert (answer["created"], answer["updated"]) == (0, 1)
    page = shop.get("/v1/manifest", params={"cursor": cursor}).json()
    assert [p["tracking_number"] for p in page["parcels"]] == ["JJD001"]
    moved = page["parcels"][0]
    assert moved["address"] == "2 Mill Lane"
    assert moved["instructions"] == "Back door"
    assert moved["status"] == "received"  # the shop's progress is kept
    assert page["cursor"] > cursor


def test_manifest_fields(shop: Shop) -> None:
    shop.assign(
        parcel(
            "jjd001",
            service="same_day",
            time_window_start="2026-11-27T09:00:00+01:00",
            time_window_end="2026-11-27T12:00:00+01:00",
            weight_kg=2.5,
            size="M",
            pickup_code="4711",
            max_attempts=2,
        )
    )
    got = shop.get("/v1/manifest").json()["parcels"][0]
    assert got["tracking_number"] == "JJD001"
    assert got["service"] == "same_day"
    assert got["time_window_start"] == "2026-11-27T08:00:00Z"
    assert (got["weight_kg"], got["size"], got["pickup_code"], got["max_attempts"]) == (
        2.5,
        "M",
        "4711",
        2,
    )
    assert (got["status"], got["attempts"], got["flags"]) == ("expected", 0, [])


def test_parcel_without_location(shop: Shop) -> None:
    shop.assign(parcel("JJD001", lat=None, lon=None))
    assert shop.parcel("JJD001")["lat"] is None


def test_bad_cursor_and_limit_are_422(shop: Shop) -> None:
    for params in ({"cursor": -1}, {"limit": 0}, {"limit": 1001}, {"cursor": "x"}):
        assert shop.get("/v1/manifest", params=params).status_code == 422, params
    assert shop.get("/v1/manifest", params={"cursor": 10**30}).status_code == 422


def test_assign_validation_and_unknown_shop(api: Api, shop: Shop) -> None:
    post = api.client.post
    unknown = post(
        "/v1/admin/parcels", json={"shop_id": 999, "parcels": [parcel("JJD1")]}, headers=ADMIN
    )
    assert unknown.status_code == 404
    for bad in (
        parcel("JJD/1"),
        parcel(""),
        parcel("JJD1", lat=91),
        parcel("JJD1", lon=-181),
        parcel("JJD1", deadline="2026-11-27T18:00:00"),
        parcel("JJD1", recipient=""),
        parcel("JJD1", weight_kg=-1),
    ):
        answer = post(
            "/v1/admin/parcels", json={"shop_id": shop.shop_id, "parcels": [bad]}, headers=ADMIN
        )
        assert answer.status_code == 422, bad
