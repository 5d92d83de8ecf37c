"""Pull: the manifest pages after our cursor, each page and the new cursor in one transaction.

A crash between pages loses nothing: the cursor only moves with the page it covers, so
the next pull starts from the first page not yet applied. Pages come gzipped
(`Accept-Encoding: gzip`) and fit the link: a page cut or timed out on the way is asked
again at half the size (down to `MIN_PAGE`), and doubles back to `PAGE_SIZE` while
pages arrive; on a link seen dropping, the first page is sized to what it carries
between drops. What the shop has recorded (status, shelf, attempts) is never overwritten
(see `upsert_manifest_parcel`).

Pages are read with the wire's models (`parcelwire.wire`, which the server answers with):
a page that does not fit is a BadAnswer (nothing applied, the cursor stays); a row that
does not fit is left out with a warning in the report, and the rest of the page applies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from pydantic import ValidationError

from parcelwire.wire import (
    NEXT_DAY,
    SAME_DAY,
    LeftOut,
    ManifestOut,
    ParcelOut,
    deadline_moment,
    describe,
    validate_leaving_out,
)
from shopapp.clock import in_shop_zone, shop_zone, to_iso
from shopapp.messages import Message, message
from shopapp.shop import get_profile
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
Progress = Callable[[float, Message], None]
# The wire's words and units (parcelwire.wire) in the app's: the store and the planner
# speak "same-day" / "next-day" and grams.
LOCAL_SERVICES = {SAME_DAY: "same-day", NEXT_DAY: "next-day"}
GRAMS_PER_KG = 1000


def _seconds_of_local_day(moment: datetime) -> int:
    """Seconds since local midnight (the shop's clock, in the shop's zone) of a moment."""
    local = in_shop_zone(moment)
    return local.hour * 3600 + local.minute * 60 + local.second


def stored_deadline(deadline: datetime | date) -> str:
    """A manifest deadline as the store keeps it (UTC text). A date alone (a carrier's
    server may send one) is the end of that day in the shop's zone, as on the server."""
    if isinstance(deadline, datetime):
        return to_iso(deadline.astimezone(UTC))
    zone = shop_zone()
    if zone is None:  # no zone yet: the PC's, with that day's daylight-saving offset
        local_end = datetime.combine(deadline, datetime.max.time()).astimezone()
        return to_iso(local_end)
    return to_iso(deadline_moment(deadline, zone))


def local_service(service: str) -> str:
    """The app's word for the carrier's service ("next_day" -> "next-day")."""
    word = service.strip().lower()
    return LOCAL_SERVICES.get(word, word.replace("_", "-"))


def local_row(item: ParcelOut | Mapping[str, Any]) -> dict[str, Any]:
    """The server's manifest parcel in the local Parcel's terms.

    `item` is read with the wire's model (a ValueError, pydantic's ValidationError, when
    it does not fit). Only what the server sent goes into the row: a field it left out or
    sent as null keeps what the shop has.
    """
    parcel = item if isinstance(item, ParcelOut) else ParcelOut.model_validate(item)
    sent = parcel.model_fields_set
    # Normalised by the wire model (parcelwire.tracking), as the scanner's numbers are.
    row: dict[str, Any] = {"tracking_number": parcel.tracking_number}
    for name in ("recipient", "address", "size", "instructions"):  # the same on both sides
        value = getattr(parcel, name)
        if name in sent and value is not None:
            row[name] = value
    if parcel.lat is not None:
        row["lat"] = parcel.lat
    if parcel.lon is not None:
        row["lon"] = parcel.lon
    if "service" in sent and parcel.service:
        row["service"] = local_service(parcel.service)
    if parcel.deadline_date is not None:
        # Given as a date alone: the end of that day in this shop's zone, whatever zone
        # the server assumed for `deadline` (it may not know the shop's).
        row["deadline"] = stored_deadline(parcel.deadline_date)
    elif parcel.deadline is not None:
        row["deadline"] = stored_deadline(parcel.deadline)
    if parcel.weight_kg is not None:
        row["weight_g"] = round(parcel.weight_kg * GRAMS_PER_KG)
    if parcel.time_window_start is not None:
        row["tw_start_s"] = _seconds_of_local_day(parcel.time_window_start)
    if parcel.time_window_end is not None:
        row["tw_end_s"] = _seconds_of_local_day(parcel.time_window_end)
    if "max_attempts" in sent:
        row["max_attempts"] = parcel.max_attempts
    if "seq" in sent:
        row["manifest_seq"] = parcel.seq
    return row


def _page(client: ApiClient, cursor: int, limit: int) -> tuple[ManifestOut, list[LeftOut]]:
    """One manifest page, read with the wire's model: rows that do not fit are left out
    (and listed); BadAnswer when the page itself does not fit."""
    answer = client.exchange(
        "GET",
        "/v1/manifest",
        "the manifest",
        params={"cursor": cursor, "limit": limit},
        expect_down=limit * BYTES_PER_PARCEL,
    )
    try:
        return validate_leaving_out(ManifestOut, answer.body, "parcels")
    except ValidationError as error:
        raise BadAnswer(
            "The carrier's server sent a manifest page that is not in the agreed form "
            f"({describe(error.errors())})."
        ) from None


SKIPPED_ROW = "sync.manifest_row_skipped"  # a warning's code: args `row`, `reason`


def _skipped(left_out: LeftOut) -> tuple[str, str]:
    """(which row, the report's sentence) for a manifest row that did not fit the wire."""
    item = left_out.item
    number = item.get("tracking_number") if isinstance(item, dict) else None
    if isinstance(number, str) and number.strip():
        which = f"parcel {number[:64]}"
    else:
        which = f"row {left_out.index + 1} of a page"
    return which, f"A manifest row was skipped ({which}): {left_out.reason}."


def _apply_page(store: Store, parcels: list[ParcelOut], cursor: int, report: SyncReport) -> None:
    """One page's parcels and the cursor after them, in one transaction."""
    rows: dict[str, tuple[dict[str, Any], str | None]] = {}
    for item in parcels:
        try:
            row = local_row(item)
        except (ValueError, OverflowError) as error:  # a time the local clock cannot show
            which = f"parcel {item.tracking_number}"
            text = f"A manifest row was skipped ({which}): {error}."
            report.warn(SKIPPED_ROW, text, row=which, reason=str(error))
            continue
        # One row per parcel (the last wins): the upserts below do not flush in between.
        rows[row["tracking_number"]] = (row, item.pickup_code)
    with store.write() as session, session.no_autoflush:
        known = by_tracking_numbers(session, rows)
        for row, pickup_code in rows.values():
            parcel, created = upsert_manifest_parcel(session, row, known)
            if pickup_code:
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
        get_profile(session)  # the shop's zone, for time windows and date-only deadlines
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
            page, left_out = _page(client, cursor, limit)
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
        parcels, next_cursor, more = page.parcels, page.cursor, page.more
        if next_cursor < cursor or (more and next_cursor == cursor):
            raise BadAnswer(
                f"The carrier's server moved the manifest cursor from {cursor} to "
                f"{next_cursor}; the pull stopped to avoid a loop."
            )
        for row in left_out:
            which, text = _skipped(row)
            report.warn(SKIPPED_ROW, text, row=which, reason=row.reason)
        _apply_page(store, parcels, next_cursor, report)
        pulled += len(parcels)
        cursor = next_cursor
        progress(0.5 if more else 1.0, message(
            "sync.manifest", f"{pulled} manifest parcels pulled", count=pulled
        ))
        if not more:
            return
    raise BadAnswer("The manifest did not end after many pages; the pull stopped.")
