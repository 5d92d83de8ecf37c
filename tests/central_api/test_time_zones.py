"""Shops' time zones and deadlines: a date alone is the end of that day in the shop's zone
(stored and served as UTC), a date-time needs an offset, a zone must be an IANA name."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from central_api.cli import main
from tests.central_api.conftest import ADMIN, Api, Shop, parcel


def _shop(api: Api, time_zone: str | None, name: str = "Harbour Stores") -> Shop:
    body: dict[str, Any] = {"name": name, "lat": 40.7, "lon": -74.0}
    if time_zone is not None:
        body["time_zone"] = time_zone
    answer = api.client.post("/v1/admin/shops", json=body, headers=ADMIN)
    assert answer.status_code == 201, answer.text
    created = answer.json()
    return Shop(api, created["shop_id"], created["token"])


def _assign(shop: Shop, *parcels: dict[str, Any]) -> Any:
    return shop.api.client.post(
        "/v1/admin/parcels",
        json={"shop_id": shop.shop_id, "parcels": list(parcels)},
        headers=ADMIN,
    )


def _served_deadline(shop: Shop, number: str) -> datetime:
    return datetime.fromisoformat(shop.parcel(number)["deadline"])


def test_get_shop_tells_the_shop_its_time_zone(api: Api) -> None:
    new_york = _shop(api, "America/New_York")
    body = new_york.get("/v1/shop").json()
    assert body["time_zone"] == "America/New_York"
    assert {"shop_id", "name", "lat", "lon"} <= set(body)
    # Created without one: not known (null), so the shop's app keeps the zone of its setup.
    assert _shop(api, None, "Plain Stores").get("/v1/shop").json()["time_zone"] is None


def test_a_date_only_deadline_is_the_end_of_that_day_in_the_shop_s_zone(api: Api) -> None:
    new_york = _shop(api, "America/New_York")
    london = _shop(api, "Europe/London", "Quay Stores")
    summer = _shop(api, "Europe/London", "Summer Stores")
    assert _assign(new_york, parcel("JJD001", deadline="2026-11-25")).status_code == 200
    assert _assign(london, parcel("JJD001", deadline="2026-11-25")).status_code == 200
    assert _assign(summer, parcel("JJD002", deadline="2026-07-01")).status_code == 200
    # 23:59:59.999999 on 25 November in New York (UTC-5) is 04:59:59.999999 UTC the next day.
    assert _served_deadline(new_york, "JJD001") == datetime(
        2026, 11, 26, 4, 59, 59, 999_999, tzinfo=UTC
    )
    assert _served_deadline(london, "JJD001") == datetime(
        2026, 11, 25, 23, 59, 59, 999_999, tzinfo=UTC
    )
    # British Summer Time: UTC+1.
    assert _served_deadline(summer, "JJD002") == datetime(
        2026, 7, 1, 22, 59, 59, 999_999, tzinfo=UTC
    )
    # The manifest serves the same UTC date-time.
    page = new_york.get("/v1/manifest").json()
    assert page["parcels"][0]["deadline"].startswith("2026-11-26T04:59:59.999999")


def test_a_deadline_with_an_offset_is_kept_as_that_moment(api: Api) -> None:
    new_york = _shop(api, "America/New_York")
    answer = _assign(
        new_york,
        parcel("JJD001", deadline="2026-11-25T18:00:00+01:00"),
        parcel("JJD002", deadline="2026-11-25T10:00:00Z"),
    )
    assert answer.status_code == 200, answer.text
    assert _served_deadline(new_york, "JJD001") == datetime(2026, 11, 25, 17, tzinfo=UTC)
    assert _served_deadline(new_york, "JJD002") == datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("deadline", "words"),
    [
        ("2026-11-25T18:00:00", "needs an offset"),
        ("2026-11-25T00:00:00", "needs an offset"),
        ("2026-02-30", "not a calendar date"),
        ("9999-12-31", "year must be between"),
        ("25/11/2026", "a date (2026-11-25) or a date-time with an offset"),
        (20261125, "ISO 8601 string, not a number"),
        (["2026-11-25"], "must be a string"),
    ],
)
def test_a_deadline_that_names_no_moment_is_refused_with_a_clear_422(
    api: Api, deadline: object, words: str
) -> None:
    shop = _shop(api, "Europe/London")
    answer = _assign(shop, parcel("JJD001", deadline=deadline))
    assert answer.status_code == 422, answer.text
    problems = answer.json()["detail"]
    assert any(p["loc"][-1] == "deadline" and words in p["msg"] for p in problems), problems
    assert shop.get("/v1/manifest").json()["parcels"] == []


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "utc ", "", "../../etc/passwd", 5])
def test_an_unknown_time_zone_is_refused(api: Api, zone: object) -> None:
    answer = api.client.post(
        "/v1/admin/shops",
        json={"name": "Nowhere Stores", "lat": 51.9, "lon": -1.7, "time_zone": zone},
        headers=ADMIN,
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"][-1] == "time_zone"


def test_create_shop_on_the_command_line_takes_a_time_zone(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["create-shop", "--name", "Quay Stores", "--lat", "50.1", "--lon", "-5.5"]
    assert main([*args, "--database", database_url, "--time-zone", "Europe/London"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert main([*args, "--database", database_url, "--time-zone", "Europe/Londres"]) == 2
    assert "unknown time zone" in capsys.readouterr().err
    from central_api.db import open_database
    from central_api.models import Shop as ShopRow

    database = open_database(database_url)
    try:
        with database.read() as session:
            row = session.get(ShopRow, created["shop_id"])
            assert row is not None and row.time_zone == "Europe/London"
    finally:
        database.dispose()
