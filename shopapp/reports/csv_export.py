"""CSV exports: the end-of-day report, and the parcels' events over a range of local days.

UTF-8 with a BOM so that Excel reads accents right; written whole or not at all.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

# The day report's own wording of an outcome: one reading of event data for both exports.
from shopapp.reports.endofday import DayReport, events_of_days
from shopapp.reports.endofday import _outcome as event_outcome
from shopapp.reports.localdays import Zone, to_local

if TYPE_CHECKING:
    from shopapp.store import Store

COLUMNS = (
    "section",
    "date",
    "time",
    "tracking_number",
    "recipient",
    "address",
    "outcome",
    "detail",
    "sync_state",
)


def day_csv_rows(report: DayReport) -> list[list[str]]:
    """The header, each parcel row, then the day's figures, the sync state and the earnings."""
    day = report.day.isoformat()
    lines = [list(COLUMNS)]
    for row in report.rows:
        lines.append(
            [
                row.kind,
                row.local_time.date().isoformat(),
                row.local_time.strftime("%H:%M"),
                row.tracking_number,
                row.recipient,
                row.address,
                row.outcome,
                row.detail,
                row.sync_state,
            ]
        )
    for name, value in asdict(report.counts).items():
        lines.append(["figure", day, "", "", "", "", name, str(value), ""])
    sync = report.sync
    for name, count in (
        ("pending", sync.pending),
        ("acknowledged", sync.acknowledged),
        ("rejected", sync.rejected),
    ):
        lines.append(["sync", day, "", "", "", "", name, str(count), ""])
    lines.append(["sync", day, "", "", "", "", "last_sync_at", sync.last_sync_at or "", ""])
    for tracking, event_type, reason in sync.rejected_reasons:
        lines.append(["rejected", day, "", tracking, "", "", event_type, reason, "rejected"])
    lines.append(["earnings", day, "", "", "", "", "amount", str(report.earnings.amount), ""])
    return lines


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def day_csv_text(report: DayReport) -> str:
    return _csv_text(day_csv_rows(report))


def _write_whole(path: Path, text: str) -> None:
    """A temporary file renamed over the target: a full disk leaves no half file."""
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def write_day_csv(path: Path, report: DayReport) -> Path:
    """Write the CSV whole or not at all (a temporary file renamed over the target)."""
    path = Path(path)
    _write_whole(path, day_csv_text(report))
    return path


# -- parcels over a date range (File > Export parcels as CSV) ---------------------------

RANGE_COLUMNS = (
    "date",
    "time",
    "tracking_number",
    "recipient",
    "address",
    "service",
    "event",
    "outcome",
    "detail",
    "status_now",
    "sync_state",
)


def range_csv_rows(session: Session, first: date, last: date, zone: Zone = None) -> list[list[str]]:
    """The header, then every event of the local days `first`..`last` (inclusive), in the
    order they happened: one line per event, with its parcel and its outcome codes."""
    if last < first:
        first, last = last, first
    events = events_of_days(session, first, last, zone)
    lines = [list(RANGE_COLUMNS)]
    for event, parcel in events:
        outcome, detail = event_outcome(event.type, json.loads(event.data))
        local = to_local(event.at, zone)
        lines.append(
            [
                local.date().isoformat(),
                local.strftime("%H:%M"),
                event.tracking_number,
                parcel.recipient,
                parcel.address,
                parcel.service,
                event.type,
                outcome,
                detail,
                parcel.status,
                event.sync_state,
            ]
        )
    return lines


def write_range_csv(
    path: Path, session: Session, first: date, last: date, zone: Zone = None
) -> tuple[Path, int]:
    """Write the range's CSV whole or not at all; (path, number of event lines)."""
    rows = range_csv_rows(session, first, last, zone)
    _write_whole(Path(path), _csv_text(rows))
    return Path(path), len(rows) - 1


def export_range_csv(
    store: Store, path: Path, first: date, last: date, zone: Zone = None
) -> tuple[Path, int]:
    """`write_range_csv` on a read of `store` (the app's File menu, off the UI thread)."""
    with store.read() as session:
        return write_range_csv(path, session, first, last, zone)
