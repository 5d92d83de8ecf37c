"""Fixtures of the sync tests: one real central API per module, a new shop per test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from central_api.testing import RunningServer, running_server
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number
from shopapp.sync.pairing import pair
from shopapp.sync.retry import RetryPolicy

# Tests wait fractions of a second between tries, never the production backoff.
FAST = RetryPolicy(
    max_attempts=12,
    base_s=0.02,
    cap_s=0.3,
    total_s=60.0,
    connect_timeout_s=2.0,
    read_timeout_s=2.0,
    max_retry_after_s=5.0,
)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("central")
    with running_server(f"sqlite:///{folder / 'central.sqlite3'}", log_dir=folder) as server:
        yield server


@dataclass
class Shop:
    shop_id: int
    token: str
    server: RunningServer

    def numbers(self, count: int, start: int = 0) -> list[str]:
        return [f"T{self.shop_id:04d}X{n:07d}" for n in range(start, start + count)]

    def assign(self, numbers: list[str]) -> None:
        for first in range(0, len(numbers), 5000):
            self.server.assign(
                self.shop_id,
                [
                    {
                        "tracking_number": number,
                        "recipient": f"Recipient {number[-4:]}",
                        "address": f"{number[-3:]} Mill Lane",
                        "lat": 52.0 + int(number[-3:]) / 10000,
                        "lon": -1.0,
                        "service": "next_day",
                        "weight_kg": 1.25,
                    }
                    for number in numbers[first : first + 5000]
                ],
            )


@pytest.fixture
def shop(central: RunningServer) -> Shop:
    shop_id, token = central.create_shop("Hill Farm Stores", 52.05, -1.02)
    return Shop(shop_id, token, central)


@pytest.fixture
def paired(paths: DataPaths, store: Store, shop: Shop) -> Shop:
    pair(paths, store, shop.server.base_url, shop.token, policy=FAST)
    return shop


def record(
    store: Store, numbers: list[str], *types: str, data: dict[str, Any] | None = None
) -> int:
    """Record `types` for every parcel in turn (each parcel in its own transaction)."""
    count = 0
    for number in numbers:
        with store.write() as session:
            parcel = by_tracking_number(session, number)
            assert parcel is not None, number
            for event_type in types:
                record_event(session, parcel, event_type, data)
                count += 1
    return count


def record_bulk(store: Store, numbers: list[str], *types: str) -> int:
    """Like `record`, in one transaction (fast set-up of thousands of events)."""
    count = 0
    with store.write() as session:
        for number in numbers:
            parcel = by_tracking_number(session, number)
            assert parcel is not None, number
            for event_type in types:
                record_event(session, parcel, event_type)
                count += 1
    return count


def local_log(store: Store) -> list[tuple[str, str, str]]:
    """(id, tracking number, type) of every local event in commit order."""
    from sqlmodel import col, select

    from shopapp.store.models import Event

    with store.read() as session:
        return [
            (e.id, e.tracking_number, e.type)
            for e in session.exec(select(Event).order_by(col(Event.seq)))
        ]


def states(store: Store) -> dict[str, int]:
    from sqlalchemy import func
    from sqlmodel import select

    from shopapp.store.models import Event

    with store.read() as session:
        rows = session.exec(select(Event.sync_state, func.count()).group_by(Event.sync_state))
        return {state: int(n) for state, n in rows}


def tmp_data_dir(tmp_path: Path, name: str) -> Path:
    return tmp_path / name
