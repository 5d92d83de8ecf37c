"""schemathesis on the map routes with a published pack (the shared fuzz test's shop has
none, so it only ever sees their 404): any If-None-Match, Range and If-Range value gets
a documented answer and never a server error; without or with a wrong token, 401."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from central_api.app import create_app
from central_api.config import Settings
from central_api.db import open_database
from central_api.testing import RunningServer, start_server
from tests.central_api.mapfixtures import publish_bytes

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

MAX_EXAMPLES = int(os.environ.get("SHOPAPP_SCHEMATHESIS_EXAMPLES", "25"))
PACK = bytes(range(256)) * 400


PLACEHOLDER = "no-server-yet"


class _Token:
    value = PLACEHOLDER


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("map-fuzz")
    url = f"sqlite:///{folder / 'central.sqlite3'}"
    running = start_server(url, log_dir=folder)
    try:
        shop_id, token = running.create_shop("Fuzzed Map Shop", 42.5, 1.5)
        _Token.value = token
        db = open_database(url)
        try:
            publish_bytes(db, shop_id, PACK, folder / "maps")
        finally:
            db.dispose()
        yield running
    finally:
        running.stop()


def _openapi() -> dict[str, Any]:
    app = create_app(Settings(database_url="sqlite://"))
    document: dict[str, Any] = app.openapi()
    app.state.database.dispose()
    return document


schema = schemathesis.openapi.from_dict(_openapi()).include(path_regex="^/v1/map")


@schema.auth(refresh_interval=None)
class _ShopToken:
    def get(self, case: Any, ctx: Any) -> str:
        return _Token.value

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = dict(case.headers or {})
        case.headers["Authorization"] = f"Bearer {data}"


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_map_routes_conform_with_a_pack(case: Any, server: RunningServer) -> None:
    # A Range that starts past the end is refused with 416 by design (no schema can say
    # which numbers are past the end of a file), so "valid data accepted" cannot hold.
    excluded = [positive_data_acceptance] if case.operation.path == "/v1/map" else []
    if (case.headers or {}).get("Authorization") == f"Bearer {PLACEHOLDER}":
        # Cases made while collecting, before the server (and its token) existed.
        case.headers["Authorization"] = f"Bearer {_Token.value}"
    case.call_and_validate(base_url=server.base_url, timeout=30, excluded_checks=excluded)


def test_the_fuzzed_shop_has_its_pack(server: RunningServer) -> None:
    import requests

    answer = requests.get(
        f"{server.base_url}/v1/map",
        headers={"Authorization": f"Bearer {_Token.value}"},
        timeout=10,
    )
    assert answer.status_code == 200 and answer.content == PACK
