"""Request size limits, health, authentication errors and 4xx (never 5xx) on bad input."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from tests.central_api.conftest import ADMIN, Api, Shop, bearer, event, make_api, parcel


def test_health_needs_no_token_and_gives_the_time(api: Api) -> None:
    answer = api.client.get("/v1/health")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "ok"
    server_time = datetime.fromisoformat(body["time"])
    assert server_time.tzinfo is not None
    assert abs((server_time - datetime.now(UTC)).total_seconds()) < 60
    date = parsedate_to_datetime(answer.headers["date"])
    assert abs(date.timestamp() - time.time()) < 60


def test_every_answer_has_a_date_header(api: Api, shop: Shop) -> None:
    assert "date" in api.client.get("/v1/shop", headers=shop.headers).headers
    assert "date" in api.client.get("/v1/shop").headers


def test_shop_routes_need_a_valid_token(api: Api) -> None:
    for headers in ({}, bearer("nope"), {"Authorization": "Basic eDp5"}, ADMIN):
        answer = api.client.get("/v1/manifest", headers=headers)
        assert answer.status_code == 401, headers
        assert answer.headers["www-authenticate"] == "Bearer"


@pytest.fixture
def small_api(database_url: str) -> Iterator[Api]:
    yield from make_api(database_url, max_body_bytes=2048)


def test_body_over_the_limit_is_413(small_api: Api) -> None:
    shop = small_api.create_shop()
    big = {"events": [event("JJD1", "received", {"note": "x" * 3000})]}
    answer = small_api.client.post("/v1/events", json=big, headers=shop.headers)
    assert answer.status_code == 413
    assert "2048" in answer.json()["detail"]


def test_chunked_body_over_the_limit_is_413(small_api: Api) -> None:
    shop = small_api.create_shop()
    raw = json.dumps({"events": [event("JJD1", "received", {"note": "x" * 3000})]}).encode()

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(raw), 500):
            yield raw[start : start + 500]

    headers = dict(shop.headers, **{"Content-Type": "application/json"})
    answer = small_api.client.post("/v1/events", content=chunks(), headers=headers)
    assert answer.status_code == 413


def test_nul_characters_in_event_data_are_kept(api: Api, shop: Shop) -> None:
    shop.assign(parcel("JJD1"))
    sent = event("JJD1", "received", {"note": "a\u0000b", "k\u0000": [1, {"x": "\u0000"}]})
    assert shop.send(sent)[0]["status"] == "accepted"
    assert shop.audit()[0]["data"] == sent["data"]


def test_validation_errors_do_not_echo_unencodable_input(api: Api) -> None:
    raw = b'{"name": "a\\ud800", "lat": NaN, "lon": Infinity}'
    headers = dict(ADMIN, **{"Content-Type": "application/json"})
    answer = api.client.post("/v1/admin/shops", content=raw, headers=headers)
    assert answer.status_code == 422
    assert {tuple(e["loc"]) for e in answer.json()["detail"]} == {
        ("body", "name"),
        ("body", "lat"),
        ("body", "lon"),
    }


def test_path_values_are_checked(api: Api, shop: Shop) -> None:
    assert shop.get("/v1/parcels/" + "A" * 65).status_code == 422
    assert shop.get("/v1/parcels/A%00B").status_code == 422
    big = 2**40
    assert api.client.get(f"/v1/admin/shops/{big}/events", headers=ADMIN).status_code == 422
    assert api.client.get("/v1/admin/shops/0/events", headers=ADMIN).status_code == 422


def test_database_trouble_is_503_with_retry_after(
    api: Api, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from central_api import routes_shop

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT ...", {}, Exception("database is locked"))

    monkeypatch.setattr(routes_shop, "ingest_events", locked)
    answer = api.client.post(
        "/v1/events", json={"events": [event("JJD1", "received")]}, headers=shop.headers
    )
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "1"
    assert "retry" in answer.json()["detail"]
