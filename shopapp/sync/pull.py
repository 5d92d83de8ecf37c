"""Pull: the manifest pages after our cursor, each page and the new cursor in one transaction.

A crash between pages loses nothing: the cursor only moves with the page it covers, so
the next pull starts from the first page not yet applied. What the shop has recorded
(status, shelf, attempts) is never overwritten (see `upsert_manifest_parcel`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from shopapp.clock import from_iso, to_iso
from shopapp.store import Store
from shopapp.store.parcels import by_tracking_numbers, upsert_manifest_parcel
from shopapp.sync import state
from shopapp.sync.client import ApiClient
from shopapp.sync.errors import BadAnswer, Cancelled
from shopapp.sync.report import SyncReport

log = logging.getLogger(__name__)

PAGE_SIZE = 1000
# A manifest bigger than this many pages in one sync is a server fault, not a busy day.
MAX_PAGES = 10_000
Progress = Callable[[int, str], None]


def _seconds_of_local_day(text: str) -> int:
    """Seconds since local midnight (the shop's clock) of an ISO 8601 UTC time."""
    moment: datetime = from_iso(text).astimezone()
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def local_row(item: Mapping[str, Any]) -> dict[str, Any]:
    """The server's manifest parcel in the local Parcel's terms (ValueError when unusable)."""
    number = item.get("tracking_number")
    if not isinstance(number, str) or not number.strip():
        raise ValueError("a manifest row without a tracking number")
    row: dict[str, Any] = {"tracking_number": number}
    for name in ("recipient", "address", "size", "instructions"):
        value = item.get(name)
        if isinstance(value, str):
            row[name] = value
    for name in ("lat", "lon"):
        value = item.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            row[name] = float(value)
    service = item.get("service")
    if isinstance(service, str) and service:
        # The carrier writes "next_day"; the app's planner speaks "next-day".
        row["service"] = service.strip().lower().replace("_", "-")
    deadline = item.get("deadline")
    if isinstance(deadline, str) and deadline:
        row["deadline"] = to_iso(from_iso(deadline))
    weight = item.get("weight_kg")
    if isinstance(weight, int | float) and not isinstance(weight, bool):
        row["weight_g"] = round(float(weight) * 1000)
    for server_name, local_name in (
        ("time_window_start", "tw_start_s"),
        ("time_window_end", "tw_end_s"),
    ):
        value = item.get(server_name)
        if isinstance(value, str) and value:
            row[local_name] = _seconds_of_local_day(value)
    attempts = item.get("max_attempts")
    if isinstance(attempts, int) and not isinstance(attempts, bool):
        row["max_attempts"] = attempts
    seq = item.get("seq")
    if isinstance(seq, int) and not isinstance(seq, bool):
        row["manifest_seq"] = seq
    return row


def _page(client: ApiClient, cursor: int) -> tuple[list[Any], int, bool]:
    answer = client.request(
        "GET", "/v1/manifest", "the manifest", params={"cursor": cursor, "limit": PAGE_SIZE}
    )
    body = answer.body
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("parcels"), list)
        or not isinstance(body.get("cursor"), int)
    ):
        raise BadAnswer("The carrier's server sent a manifest page that is not in the agreed form.")
    return body["parcels"], body["cursor"], bool(body.get("more"))


def _apply_page(store: Store, parcels: list[Any], cursor: int, report: SyncReport) -> None:
    """One page's parcels and the cursor after them, in one transaction."""
    rows: dict[str, tuple[dict[str, Any], Any]] = {}
    for item in parcels:
        try:
            row = local_row(item)
        except (ValueError, TypeError) as error:
            report.warnings.append(f"A manifest row was skipped: {error}.")
            continue
        # One row per parcel (the last wins): the upserts below do not flush in between.
        rows[row["tracking_number"].strip().upper()] = (row, item.get("pickup_code"))
    with store.write() as session, session.no_autoflush:
        known = by_tracking_numbers(session, rows)
        for row, pickup_code in rows.values():
            parcel, created = upsert_manifest_parcel(session, row, known)
            if isinstance(pickup_code, str) and pickup_code:
                parcel.pickup_code = pickup_code
            if created:
                report.new_parcels += 1
            else:
                report.updated_parcels += 1
        state.put_value(session, state.MANIFEST_CURSOR, str(cursor))


def pull_manifest(store: Store, client: ApiClient, report: SyncReport, progress: Progress) -> None:
    """Pull and apply manifest pages until the server says there are no more."""
    with store.read() as session:
        cursor = state.get_int(session, state.MANIFEST_CURSOR, 0)
    pulled = 0
    for _ in range(MAX_PAGES):
        if client.cancel.is_set():
            raise Cancelled()
        parcels, next_cursor, more = _page(client, cursor)
        if next_cursor < cursor or (more and next_cursor == cursor):
            raise BadAnswer(
                f"The carrier's server moved the manifest cursor from {cursor} to "
                f"{next_cursor}; the pull stopped to avoid a loop."
            )
        _apply_page(store, parcels, next_cursor, report)
        pulled += len(parcels)
        cursor = next_cursor
        progress(50 if more else 100, f"{pulled} manifest parcels pulled")
        if not more:
            return
    raise BadAnswer("The manifest did not end after many pages; the pull stopped.")
