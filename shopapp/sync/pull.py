"""Pull: the manifest pages after our cursor, each page and the new cursor in one transaction.

A crash between pages loses nothing: the cursor only moves with the page it covers, so
the next pull starts from the first page not yet applied. Pages come gzipped
(`Accept-Encoding: gzip`) and fit the link: a page cut or timed out on the way is asked
again at half the size (down to `MIN_PAGE`), and doubles back to `PAGE_SIZE` while
pages arrive; on a link seen dropping, the first page is sized to what it carries
between drops. What the shop has recorded
(status, shelf, attempts) is never overwritten (see `upsert_manifest_parcel`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from shopapp.clock import from_iso, to_iso
from shopapp.store import Store
from shopapp.store.parcels import by_tracking_numbers, upsert_manifest_parcel
from shopapp.sync import state
from shopapp.sync.client import ApiClient, LinkFault
from shopapp.sync.errors import BadAnswer, Cancelled, NetworkError
from shopapp.sync.report import SyncReport

log = logging.getLogger(__name__)

PAGE_SIZE = 1000
MIN_PAGE = 20
BYTES_PER_PARCEL = 80  # a manifest row, gzipped, about (to size the first page)
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


def _page(client: ApiClient, cursor: int, limit: int) -> tuple[list[Any], int, bool]:
    answer = client.exchange(
        "GET",
        "/v1/manifest",
        "the manifest",
        params={"cursor": cursor, "limit": limit},
        expect_down=limit * BYTES_PER_PARCEL,
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
    window = client.link.window_bytes()
    limit = PAGE_SIZE if window == float("inf") else int(window / BYTES_PER_PARCEL)
    limit = max(MIN_PAGE, min(PAGE_SIZE, limit))
    failures = 0
    last_progress = time.monotonic()
    pages = 0
    while pages < MAX_PAGES:
        if client.cancel.is_set():
            raise Cancelled()
        try:
            parcels, next_cursor, more = _page(client, cursor, limit)
        except LinkFault as fault:
            failures += 1
            waited = time.monotonic() - last_progress
            if failures >= client.policy.max_attempts or waited >= client.policy.total_s:
                if fault.kind == "undecodable":
                    raise BadAnswer(
                        "The carrier's server sent an answer for the manifest that is not JSON."
                    ) from None
                raise NetworkError("the manifest", failures, fault.last) from None
            if fault.on_the_link:
                limit = max(MIN_PAGE, limit // 2)
            client.stats.retries += 1
            client.pause(failures, fault.retry_after)
            continue
        failures = 0
        last_progress = time.monotonic()
        pages += 1
        limit = min(PAGE_SIZE, limit * 2)
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
