"""schemathesis against the real server (uvicorn subprocess on 127.0.0.1).

Every operation of /openapi.json is fuzzed with a bounded number of examples: no 5xx,
answers conform to the schema (status codes, content types, bodies), requests without
a token or with a wrong one are refused. Shop routes get the shop's token and admin
routes the admin token through a custom auth, so schemathesis' `ignored_auth` check
also replays each authenticated call without and with a bad token.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as hypothesis_strategies
from schemathesis.specs.openapi.checks import positive_data_acceptance

from central_api.app import create_app
from central_api.config import ADMIN_RATE_PER_S_ENV, RATE_PER_S_ENV, Settings
from central_api.testing import RunningServer, start_server
from tests.central_api.conftest import PG_ENV, event, parcel, pg_schema

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

MAX_EXAMPLES = int(os.environ.get("SHOPAPP_SCHEMATHESIS_EXAMPLES", "25"))


class _Tokens:
    base_url = ""
    shop_id = 0
    shop = ""
    admin = ""


def _valid_shop_token() -> str:
    """The fuzzed shop's token, renewed if a fuzzed admin call revoked or rotated it."""
    if not _Tokens.base_url:  # schemathesis may ask during collection, before any server
        return "no-server-yet"
    check = requests.get(
        f"{_Tokens.base_url}/v1/shop",
        headers={"Authorization": f"Bearer {_Tokens.shop}"},
        timeout=10,
    )
    if check.status_code == 401:
        renewed = requests.post(
            f"{_Tokens.base_url}/v1/admin/shops/{_Tokens.shop_id}/token",
            headers={"Authorization": f"Bearer {_Tokens.admin}"},
            timeout=10,
        )
        renewed.raise_for_status()
        _Tokens.shop = renewed.json()["token"]
    return _Tokens.shop


def _seed(server: RunningServer) -> None:
    shop_id, token = server.create_shop("Fuzzed Shop", 51.9, -1.7)
    _Tokens.shop = token
    _Tokens.shop_id = shop_id
    _Tokens.base_url = server.base_url
    _Tokens.admin = server.admin_token or ""
    server.assign(shop_id, [parcel(f"JJD{n:04d}") for n in range(20)])
    answer = requests.post(
        f"{server.base_url}/v1/events",
        json={"events": [event("JJD0001", "received")]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    answer.raise_for_status()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'central.sqlite3'}"
        with _started(url, tmp_path_factory.mktemp("fuzz-log")) as running:
            yield running
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV} (see .ci/postgres.sh)")
    with pg_schema(base) as url, _started(url, tmp_path_factory.mktemp("fuzz-log")) as running:
        yield running


class _started:
    def __init__(self, url: str, log_dir: Path) -> None:
        # No rate limit: every example must reach its route (test_ratelimit covers 429).
        self.server = start_server(
            url, log_dir=log_dir, env={RATE_PER_S_ENV: "0", ADMIN_RATE_PER_S_ENV: "0"}
        )

    def __enter__(self) -> RunningServer:
        _seed(self.server)
        return self.server

    def __exit__(self, *exc: object) -> None:
        self.server.stop()


def _openapi() -> dict[str, Any]:
    # The schema is the app's own (the served /openapi.json is checked to be the same).
    # WORKAROUND: schemathesis' lazy `from_fixture` loader sets `request.node._nodeid`,
    # which pytest 9 no longer has; so the schema is loaded at import time instead.
    app = create_app(Settings(database_url="sqlite://"))
    document: dict[str, Any] = app.openapi()
    app.state.database.dispose()
    return document


OPENAPI = _openapi()
# A resumable upload's PATCH body: raw bytes (schemathesis knows no such media type).
schemathesis.openapi.media_type(
    "application/offset+octet-stream", hypothesis_strategies.binary(max_size=4096)
)
schema = schemathesis.openapi.from_dict(OPENAPI)


@schema.auth(refresh_interval=None)
class _BearerByRoute:
    """The admin token on /v1/admin routes, the shop's token elsewhere."""

    def get(self, case: Any, ctx: Any) -> str:
        admin = case.operation.path.startswith("/v1/admin")
        return _Tokens.admin if admin else _valid_shop_token()

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = dict(case.headers or {})
        case.headers["Authorization"] = f"Bearer {data}"


def test_served_schema_is_the_one_fuzzed(server: RunningServer) -> None:
    served = requests.get(f"{server.base_url}/openapi.json", timeout=10).json()
    assert served == OPENAPI


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case: Any, server: RunningServer) -> None:
    excluded = []
    if (case.method, case.operation.path) in (
        ("PUT", "/v1/blobs/{sha256}"),
        ("PATCH", "/v1/blobs/{sha256}"),
    ):
        # Bytes that do not hash to the path's SHA-256 are refused with 400 (PUT) or 422
        # (PATCH, once whole) by design, and a PATCH at an offset the server does not hold
        # is 409; no schema can say so, so "schema-valid data accepted" cannot hold here.
        excluded.append(positive_data_acceptance)
    case.call_and_validate(base_url=server.base_url, timeout=30, excluded_checks=excluded)
