"""`shopapp report`: the end-of-day PDF (and CSV) of a day, headless, in the shop's language."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from shopapp import settings
from shopapp.errors import ShopAppError
from shopapp.messages import message
from shopapp.paths import DataPaths
from shopapp.reports.csv_export import write_day_csv
from shopapp.reports.endofday import report_of
from shopapp.store import open_store

from shopapp.ui.i18n import install_translators
from shopapp.ui.printing.day_report import write_day_report


def _gui_application() -> QGuiApplication:
    """QPdfWriter needs fonts, hence a QGuiApplication; with no display, an offscreen one."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def write_report(paths: DataPaths, day: date, out: Path, csv_path: Path | None) -> dict[str, Any]:
    """Write the report of the local `day`; returns what was written and the day's totals."""
    if not paths.database.exists():
        raise ShopAppError(
            message(
                "report.no_database",
                f"No shop database in {paths.root}: nothing to report.",
                root=str(paths.root),
            )
        )
    app = _gui_application()
    store = open_store(paths, daily_backup="skip")
    try:
        report = report_of(store, day)
        language = str(settings.load_all(store)["language"])
    finally:
        store.close()
    install_translators(app, language)
    try:
        written = {"pdf": str(write_day_report(out, report))}
        if csv_path is not None:
            written["csv"] = str(write_day_csv(csv_path, report))
    except OSError as error:
        raise ShopAppError(
            message(
                "report.not_written",
                f"Cannot write the report: {error}",
                path=str(error.filename or out),
            )
        ) from error
    return {
        "date": day.isoformat(),
        **written,
        "delivered": report.counts.delivered,
        "failed": report.counts.failed,
        "picked_up": report.counts.picked_up,
        "earnings": str(report.earnings.amount),
    }
