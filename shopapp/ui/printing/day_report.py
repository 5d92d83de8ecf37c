"""The end-of-day report as an A4 PDF: the day's figures, each parcel's outcome, the sync state.

Laid out as rich text and printed by QTextDocument, which pages long days by itself and
numbers the pages. Dates, times and amounts follow the current QLocale; every label goes
through the translator (context "DayReport"). Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QTime
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from shopapp.clock import from_iso, in_shop_zone
from shopapp.reports.endofday import KINDS, CorrectionRow, DayReport, SyncCounts
from shopapp.sync.rejections import reason_message

from shopapp.ui.messages import text
from shopapp.ui.names import (
    correction_reason_name,
    kind_name,
    money_text,
    outcome_name,
    sync_state_name,
)

DPI = 300


def local_date_text(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )


def local_time_text(moment: datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )


def events_text(sync: SyncCounts) -> str:
    """The day's events by sync state, with plural forms (the Reports page says the same)."""
    return QCoreApplication.translate("DayReport", "Events of the day: {0}, {1}, {2}.").format(
        QCoreApplication.translate("DayReport", "%Ln acknowledged", None, sync.acknowledged),
        QCoreApplication.translate("DayReport", "%Ln waiting to send", None, sync.pending),
        QCoreApplication.translate("DayReport", "%Ln rejected", None, sync.rejected),
    )


def corrected_mark() -> str:
    """Beside an outcome that was put right later that day."""
    return QCoreApplication.translate("DayReport", "(corrected)")


def correction_texts(fix: CorrectionRow) -> tuple[str, str, str]:
    """(what was recorded, what it was corrected to, why) of one correction."""

    def outcome(kind: str, code: str, detail: str) -> str:
        words = outcome_name(kind, code)
        if kind == "failed":  # the reason alone would not say it was not delivered
            words = f"{kind_name(kind)}: {words}"
        return f"{words} · {detail}" if detail else words

    why = correction_reason_name(fix.reason)
    if fix.note:
        why += ": " + fix.note
    return (
        outcome(fix.was_kind, fix.was_outcome, fix.was_detail),
        outcome(fix.kind, fix.outcome, fix.detail),
        why,
    )


def _corrections_html(report: DayReport, locale: QLocale) -> list[str]:
    """The day's corrections: what was recorded, what it was corrected to, and why."""
    if not report.corrections:
        return []
    title = QCoreApplication.translate("DayReport", "Corrections")
    parts = [f"<h3>{_e(title)} ({_e(locale.toString(len(report.corrections)))})</h3>"]
    headers = (
        QCoreApplication.translate("DayReport", "Time"),
        QCoreApplication.translate("DayReport", "Parcel"),
        QCoreApplication.translate("DayReport", "Recorded"),
        QCoreApplication.translate("DayReport", "Corrected to"),
        QCoreApplication.translate("DayReport", "Why"),
        QCoreApplication.translate("DayReport", "Sync"),
    )
    parts.append(
        '<table width="100%" cellspacing="0" cellpadding="3" border="1"'
        ' style="border-collapse: collapse"><tr>'
        + "".join(
            f"<th align='left' width='{w}%'>{_e(h)}</th>"
            for h, w in zip(headers, (9, 14, 22, 22, 22, 11), strict=True)
        )
        + "</tr>"
    )
    for fix in report.corrections:
        recorded, corrected, why = correction_texts(fix)
        cells = (
            local_time_text(fix.local_time, locale),
            fix.tracking_number,
            recorded,
            corrected,
            why,
            sync_state_name(fix.sync_state),
        )
        parts.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    return parts


def _e(text: object) -> str:
    return html.escape(str(text))


def _figures(report: DayReport) -> list[tuple[str, int]]:
    c = report.counts
    return [
        (QCoreApplication.translate("DayReport", "Scanned in"), c.received),
        (QCoreApplication.translate("DayReport", "Delivered"), c.delivered),
        (QCoreApplication.translate("DayReport", "Not delivered"), c.failed),
        (QCoreApplication.translate("DayReport", "Held for pickup"), c.held_for_pickup),
        (QCoreApplication.translate("DayReport", "Picked up at the counter"), c.picked_up),
        (QCoreApplication.translate("DayReport", "Returns to carrier"), c.return_pending),
        (QCoreApplication.translate("DayReport", "Handed back to the carrier"), c.returned),
    ]


def report_html(report: DayReport, locale: QLocale | None = None) -> str:
    """The report as rich text (also shown in the Reports page's preview)."""
    locale = locale or QLocale()
    parts = [
        "<h1>"
        + _e(QCoreApplication.translate("DayReport", "End of day · {0}").format(report.shop_name))
        + "</h1>",
        "<h2>" + _e(local_date_text(report.day, locale)) + "</h2>",
        "<h3>" + _e(QCoreApplication.translate("DayReport", "The day's figures")) + "</h3>",
        '<table cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse">',
    ]
    for name, value in _figures(report):
        number = _e(locale.toString(value))
        parts.append(f"<tr><td>{_e(name)}</td><td align='right'><b>{number}</b></td></tr>")
    earnings = report.earnings
    parts.append(
        "<tr><td>"
        + _e(QCoreApplication.translate("DayReport", "Earnings ({0} × {1} + {2} × {3})")).format(
            _e(locale.toString(earnings.deliveries)),
            _e(money_text(report.rates.per_delivery, report.rates.currency, locale)),
            _e(locale.toString(earnings.pickups)),
            _e(money_text(report.rates.per_pickup, report.rates.currency, locale)),
        )
        + "</td><td align='right'><b>"
        + _e(money_text(earnings.amount, report.rates.currency, locale))
        + "</b></td></tr>"
    )
    parts.append("</table>")

    headers = (
        QCoreApplication.translate("DayReport", "Time"),
        QCoreApplication.translate("DayReport", "Parcel"),
        QCoreApplication.translate("DayReport", "Recipient"),
        QCoreApplication.translate("DayReport", "Address"),
        QCoreApplication.translate("DayReport", "Outcome"),
        QCoreApplication.translate("DayReport", "Sync"),
    )
    for kind in KINDS:
        rows = report.rows_of(kind)
        if not rows and kind == "returned":
            continue
        parts.append("<h3>" + _e(kind_name(kind)) + f" ({_e(locale.toString(len(rows)))})</h3>")
        if not rows:
            parts.append(
                "<p><i>" + _e(QCoreApplication.translate("DayReport", "None today.")) + "</i></p>"
            )
            continue
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="3" border="1"'
            ' style="border-collapse: collapse"><tr>'
            + "".join(
                f"<th align='left' width='{w}%'>{_e(h)}</th>"
                for h, w in zip(headers, (11, 12, 18, 23, 23, 13), strict=True)
            )
            + "</tr>"
        )
        for row in rows:
            outcome = outcome_name(row.kind, row.outcome)
            if row.detail:
                outcome += " · " + row.detail
            if row.corrected:
                outcome += " " + corrected_mark()
            cells = (
                local_time_text(row.local_time, locale),
                row.tracking_number,
                row.recipient,
                row.address,
                outcome,
                sync_state_name(row.sync_state),
            )
            parts.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    parts += _corrections_html(report, locale)

    sync = report.sync
    parts.append(
        "<h3>" + _e(QCoreApplication.translate("DayReport", "Sync with the carrier")) + "</h3>"
    )
    parts.append("<p>" + _e(events_text(sync)) + "<br>")
    if sync.last_sync_at:
        last = in_shop_zone(from_iso(sync.last_sync_at))
        when = (
            locale.toString(QDate(last.year, last.month, last.day), QLocale.FormatType.ShortFormat)
            + " "
            + local_time_text(last, locale)
        )
        parts.append(_e(QCoreApplication.translate("DayReport", "Last sync: {0}").format(when)))
    else:
        parts.append(_e(QCoreApplication.translate("DayReport", "Never synced.")))
    parts.append("</p>")
    if sync.rejected_reasons:
        parts.append("<ul>")
        for tracking, _event_type, reason in sync.rejected_reasons:
            parts.append(
                "<li>"
                + _e(
                    QCoreApplication.translate("DayReport", "{0} rejected: {1}").format(
                        tracking, text(reason_message(reason))
                    )
                )
                + "</li>"
            )
        parts.append("</ul>")
    return "\n".join(parts)


def write_day_report(path: Path, report: DayReport) -> Path:
    """Write the A4 PDF whole or not at all (a temporary file renamed over `path`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    writer.setCreator("shopapp")
    writer.setTitle(
        QCoreApplication.translate("DayReport", "End of day {0}").format(report.day.isoformat())
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ keeps its own 2 cm margins
            QPageLayout.Unit.Millimeter,
        )
    )
    _document(report).print_(writer)  # pages the text and numbers the pages
    del writer  # QPdfWriter finishes the file when it goes
    tmp.replace(path)
    return path


def _document(report: DayReport) -> QTextDocument:
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(report_html(report))
    return document


def print_day_report(printer: QPrinter, report: DayReport) -> bool:
    """Print the report on `printer`, chosen in the print dialog (its paper, A4 or
    Letter); False when the printer failed the job."""
    printer.setDocName(
        QCoreApplication.translate("DayReport", "End of day {0}").format(report.day.isoformat())
    )
    _document(report).print_(printer)
    return printer.printerState() not in (
        QPrinter.PrinterState.Error,
        QPrinter.PrinterState.Aborted,
    )
