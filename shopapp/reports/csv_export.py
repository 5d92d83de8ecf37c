"""CSV export of the end-of-day report: UTF-8 with a BOM so that Excel reads accents right."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import asdict
from pathlib import Path

from shopapp.reports.endofday import DayReport

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


def day_csv_text(report: DayReport) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(day_csv_rows(report))
    return buffer.getvalue()


def write_day_csv(path: Path, report: DayReport) -> Path:
    """Write the CSV whole or not at all (a temporary file renamed over the target)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(day_csv_text(report))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path
