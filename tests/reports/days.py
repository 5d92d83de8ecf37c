"""A shop's days built event by event, at chosen UTC times (shared by the report tests)."""

from __future__ import annotations

from typing import Any

from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel

# Europe/Paris: CET (+1) until 29 March 2026 01:00 UTC, then CEST (+2).
ZONE_NAME = "Europe/Paris"

Step = tuple[str, str, dict[str, Any]]  # (event type, UTC ISO time, data)


def add_parcel(
    store: Store, tracking: str, steps: list[Step], recipient: str = "", address: str = ""
) -> None:
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(
            session,
            {
                "tracking_number": tracking,
                "recipient": recipient or f"Recipient {tracking}",
                "address": address or f"{tracking} Lane, Hillbury",
            },
        )
        for event_type, at, data in steps:
            record_event(session, parcel, event_type, data, at=at)


def delivered_at(store: Store, tracking: str, at: str) -> None:
    add_parcel(
        store,
        tracking,
        [
            ("received", "2026-03-20T08:00:00.000000Z", {}),
            ("out_for_delivery", "2026-03-20T09:00:00.000000Z", {}),
            ("delivered", at, {"outcome": "recipient", "name": "A. Person"}),
        ],
    )


def picked_up_at(store: Store, tracking: str, at: str) -> None:
    add_parcel(
        store,
        tracking,
        [
            ("received", "2026-03-20T08:00:00.000000Z", {}),
            ("held_for_pickup", "2026-03-20T08:01:00.000000Z", {}),
            ("picked_up", at, {"name": "B. Collector"}),
        ],
    )


def open_shop(store: Store) -> None:
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
