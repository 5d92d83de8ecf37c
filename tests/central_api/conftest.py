"""Fixtures of the central API tests: one database per test, on SQLite and on PostgreSQL.

Every test that takes `database_url` (directly or through `api`) runs twice: on a new
SQLite file, and on PostgreSQL when SHOPAPP_TEST_PG_URL is set (see .ci/postgres.sh),
each PostgreSQL test in a schema of its own that is dropped afterwards. Without the
variable the PostgreSQL half is skipped.
"""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from central_api.app import create_app
from central_api.config import Settings
from central_api.db import Database, normalise_url

with warnings.catch_warnings():
    # WORKAROUND: Starlette deprecates its httpx-based TestClient in favour of httpx2,
    # which is not a dependency of this project; the client works as before.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PG_ENV = "SHOPAPP_TEST_PG_URL"
ADMIN_TOKEN = "test-admin-token"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def new_id() -> str:
    return str(uuid.uuid4())


def event(
    tracking_number: str, type_: str, data: dict[str, Any] | None = None, **fields: Any
) -> dict[str, Any]:
    """One event as the shop's outbox would send it."""
    body: dict[str, Any] = {
        "id": new_id(),
        "tracking_number": tracking_number,
        "type": type_,
        "at": "2026-11-26T09:30:00+00:00",
        "data": data or {},
    }
    body.update(fields)
    return body


def parcel(tracking_number: str, **fields: Any) -> dict[str, Any]:
    """A manifest entry as the carrier assigns it."""
    body: dict[str, Any] = {
        "tracking_number": tracking_number,
        "recipient": "Ann Smith",
        "address": "1 Mill Lane, Upper Slaughter",
        "lat": 51.90,
        "lon": -1.77,
        "service": "next_day",
        "deadline": "2026-11-27T18:00:00Z",
    }
    body.update(fields)
    return body


def pg_schema_url(base_url: str) -> tuple[str, str]:
    """A URL on `base_url`'s database whose connections use a new schema (and its name)."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    url = sa.engine.make_url(normalise_url(base_url))
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


@contextmanager
def pg_schema(base_url: str) -> Iterator[str]:
    """Create a schema for one test, yield a URL that uses it, drop it afterwards."""
    url, schema = pg_schema_url(base_url)
    engine = sa.create_engine(normalise_url(base_url))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield url
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.sqlite3'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV} (see .ci/postgres.sh)")
    with pg_schema(base) as url:
        yield url


class Api:
    """A TestClient on a fresh app, with helpers for the admin steps of a test."""

    def __init__(self, client: TestClient, app: FastAPI) -> None:
        self.client = client
        self.app = app

    @property
    def db(self) -> Database:
        database: Database = self.app.state.database
        return database

    def create_shop(
        self, name: str = "Village Stores", lat: float = 51.9, lon: float = -1.7
    ) -> Shop:
        answer = self.client.post(
            "/v1/admin/shops", json={"name": name, "lat": lat, "lon": lon}, headers=ADMIN
        )
        assert answer.status_code == 201, answer.text
        body = answer.json()
        return Shop(self, body["shop_id"], body["token"])


class Shop:
    """A shop created through the admin API, and calls with its token."""

    def __init__(self, api: Api, shop_id: int, token: str) -> None:
        self.api = api
        self.shop_id = shop_id
        self.token = token
        self.headers = bearer(token)

    def assign(self, *parcels: dict[str, Any]) -> dict[str, Any]:
        answer = self.api.client.post(
            "/v1/admin/parcels",
            json={"shop_id": self.shop_id, "parcels": list(parcels)},
            headers=ADMIN,
        )
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def send(self, *events: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.api.client.post(
            "/v1/events", json={"events": list(events)}, headers=self.headers
        )
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.api.client.get(path, headers=self.headers, **kwargs)

    def parcel(self, tracking_number: str) -> dict[str, Any]:
        answer = self.get(f"/v1/parcels/{tracking_number}")
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def audit(self, include_rejected: bool = False) -> list[dict[str, Any]]:
        answer = self.api.client.get(
            f"/v1/admin/shops/{self.shop_id}/events",
            params={"include_rejected": include_rejected},
            headers=ADMIN,
        )
        assert answer.status_code == 200, answer.text
        events: list[dict[str, Any]] = answer.json()["events"]
        return events


def make_api(database_url: str, **settings: Any) -> Iterator[Api]:
    options: dict[str, Any] = {"admin_token": ADMIN_TOKEN}
    options.update(settings)
    app = create_app(Settings(database_url=database_url, **options))
    with TestClient(app) as client:
        yield Api(client, app)


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    """A fresh app on a fresh database, with the admin token ADMIN_TOKEN."""
    yield from make_api(database_url)


@pytest.fixture
def shop(api: Api) -> Shop:
    return api.create_shop("Shop A")


@pytest.fixture
def other_shop(api: Api) -> Shop:
    return api.create_shop("Shop B", 52.1, -1.2)
