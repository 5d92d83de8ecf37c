"""Reports page: a day's end-of-day rows, PDF and CSV, earnings and deliveries per day.

Read through the operation runner; refreshed from change notices (parcels, outbox,
settings: the rates), and when another day is chosen.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.changes import Changes
from shopapp.reports.csv_export import write_day_csv
from shopapp.reports.earnings import Earnings, EarningsSummary
from shopapp.reports.endofday import DayReport, ReportsView, reports_view
from shopapp.reports.localdays import Zone, today

from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text
from shopapp.ui.names import kind_name, money_text, outcome_name, sync_state_name
from shopapp.ui.operations import Job
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.printing.day_report import (
    corrected_mark,
    correction_texts,
    events_text,
    local_time_text,
    write_day_report,
)
from shopapp.ui.widgets.banner import BAD, GOOD, show_banner
from shopapp.ui.widgets.deliveries_chart import DeliveriesChart
from shopapp.ui.widgets.tables import readonly_table


def page_title() -> str:
    """The page's name for the navigation (already translated: same text as the heading)."""
    return QCoreApplication.translate("ReportsPage", "Reports")


class ReportsPage(PageWidget):
    """`zone` is the shop's time zone (None: the machine's); tests pass a fixed one."""

    # The day's rows and figures (parcels), its sync counts (outbox), the rates (settings).
    SHOWS = Changes.PARCELS | Changes.OUTBOX | Changes.SETTINGS

    def __init__(self, context: AppContext, zone: Zone = None) -> None:
        super().__init__()
        self.context = context
        self.zone = zone
        self.report: DayReport | None = None
        self.earnings: EarningsSummary | None = None
        self._asked = 0  # the latest read asked for; older answers are dropped

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("reportDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setAccessibleName(self.tr("Day of the report"))
        self.date_edit.dateChanged.connect(self.refresh)
        date_label = QLabel(self.tr("&Day:"))
        date_label.setBuddy(self.date_edit)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print the end-of-day report (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the end-of-day report as a PDF (Ctrl+Shift+S)"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.setToolTip(self.tr("Save the same rows as a spreadsheet file (CSV)"))
        # The buttons and their menu entries are one action each.
        self.page_action("printReport", self.tr("Print the report…"), "Ctrl+P",
                         lambda: self.print_report(), button=self.print_button)
        self.page_action("savePdf", self.tr("Save PDF…"), "Ctrl+Shift+S", lambda: self.save_pdf(),
                         button=self.pdf_button)
        self.page_action("exportDayCsv", self.tr("Export CSV…"), "", lambda: self.export_csv(),
                         button=self.csv_button)
        bar = QHBoxLayout()
        bar.addWidget(date_label)
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = readonly_table(
            [
                self.tr("Time"),
                self.tr("What"),
                self.tr("Parcel"),
                self.tr("Recipient"),
                self.tr("Outcome"),
                self.tr("Sync"),
            ],
            "reportRows",
            self.tr("Parcels of the day"),
            row_height=None,
            resize=QHeaderView.ResizeMode.ResizeToContents,
        )
        # The codes and times are never cut; the recipient and the outcome share the rest
        # (all sized to contents, the last columns ran off the table at 1366 px).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        # Rows as tall as their wrapped name and outcome (a day is at most a few hundred).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        # The day's corrections: what was recorded, what it was corrected to, and why.
        self.corrections_label = QLabel()
        self.corrections_label.setObjectName("reportCorrections")
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setTextFormat(Qt.TextFormat.RichText)
        self.corrections_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.corrections_label.hide()

        self.earnings_box = QGroupBox(self.tr("Earnings"))
        form = QFormLayout(self.earnings_box)
        self.day_earnings = QLabel()
        self.week_earnings = QLabel()
        self.month_earnings = QLabel()
        self.rates_label = QLabel()
        # The figures wrap so the box (and the chart under it) leave the table its width.
        for label in (self.day_earnings, self.week_earnings, self.month_earnings):
            label.setWordWrap(True)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rates_label.setWordWrap(True)
        for label in (self.day_earnings, self.week_earnings, self.month_earnings):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("That day:"), self.day_earnings)
        form.addRow(self.tr("Its week:"), self.week_earnings)
        form.addRow(self.tr("Its month:"), self.month_earnings)
        form.addRow(self.rates_label)
        self.chart = DeliveriesChart()
        self.chart.setObjectName("deliveriesChart")

        left_side = QWidget()
        left = QVBoxLayout(left_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.figures)
        left.addWidget(self.table, 1)
        left.addWidget(self.corrections_label)
        left.addWidget(self.sync_label)
        right_side = QWidget()
        right = QVBoxLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.earnings_box)
        right.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reportsSplitter")  # the window keeps its position
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_side)
        self.splitter.addWidget(right_side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        # The day's table first: six columns, of which the name and the outcome must read
        # at 1280 px; the earnings wrap into what is left.
        self.splitter.setSizes([820, 230])

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>" + self.tr("Reports") + "</h1>"))
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.date_edit)
        self.set_day(today(self.zone))

    # -- data ---------------------------------------------------------------------------
    def day(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_day(self, day: date) -> None:
        self.date_edit.setMaximumDate(QDate.currentDate().addDays(1))
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if self.context.ops.closed:  # the window is closing: a late notice
            return
        if changes & self.SHOWS:
            self.refresh()

    def refresh(self) -> None:
        """Read the chosen day's report and earnings; they show when the read is done."""
        day, zone = self.day(), self.zone
        self._asked += 1
        asked = self._asked
        self.context.ops.read(
            lambda job: reports_view(job.store, day, zone),
            owner=self,
            done=lambda view: self._read(asked, view),
            failed=lambda error: self._failed(asked, error),
        )

    def _read(self, asked: int, view: ReportsView) -> None:
        if asked != self._asked:
            return  # another day was chosen meanwhile
        self.report, self.earnings = view.report, view.earnings
        self._show_report(view.report)
        self._show_earnings(view.earnings)

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self._say(error_text(error), BAD)

    def _say(self, sentence: str, style: str) -> None:
        show_banner(self.banner, sentence, style)
        self.banner.show()

    # -- showing ------------------------------------------------------------------------
    def _show_report(self, report: DayReport) -> None:
        locale = QLocale()
        c = report.counts
        returns = c.return_pending + c.returned
        self.figures.setText(
            " · ".join(
                (
                    self.tr("<b>%Ln</b> scanned in", "", c.received),
                    self.tr("<b>%Ln</b> delivered", "", c.delivered),
                    self.tr("<b>%Ln</b> not delivered", "", c.failed),
                    self.tr("<b>%Ln</b> picked up", "", c.picked_up),
                    self.tr("<b>%Ln</b> return(s)", "", returns),
                )
            )
        )
        self.table.setRowCount(len(report.rows))
        for n, row in enumerate(report.rows):
            outcome = outcome_name(row.kind, row.outcome)
            if row.detail:
                outcome += " · " + row.detail
            if row.corrected:
                outcome += " " + corrected_mark()
            cells = (
                local_time_text(row.local_time, locale),
                kind_name(row.kind),
                row.tracking_number,
                row.recipient,
                outcome,
                sync_state_name(row.sync_state),
            )
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.sync_label.setText(events_text(report.sync))  # worded as in the PDF
        self._show_corrections(report)

    def _show_corrections(self, report: DayReport) -> None:
        lines = []
        for fix in report.corrections:
            recorded, corrected, why = correction_texts(fix)
            lines.append(
                html.escape(
                    self.tr("{0} {1}: recorded “{2}”, corrected to “{3}” ({4})").format(
                        local_time_text(fix.local_time), fix.tracking_number, recorded,
                        corrected, why,
                    )
                )
            )  # fmt: skip
        title = self.tr("Corrections of the day (%n)", "", len(report.corrections))
        self.corrections_label.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines))
        self.corrections_label.setVisible(bool(report.corrections))

    def _earning_text(self, earnings: Earnings, currency: str) -> str:
        locale = QLocale()
        return self.tr("{0} ({1}, {2})").format(
            money_text(earnings.amount, currency, locale),
            self.tr("deliveries: %Ln", "", earnings.deliveries),
            self.tr("pickups: %Ln", "", earnings.pickups),
        )

    def _show_earnings(self, summary: EarningsSummary) -> None:
        locale = QLocale()
        currency = summary.rates.currency
        self.day_earnings.setText(self._earning_text(summary.day, currency))
        self.week_earnings.setText(self._earning_text(summary.week, currency))
        self.month_earnings.setText(self._earning_text(summary.month, currency))
        self.rates_label.setText(
            self.tr("{0} per delivered parcel, {1} per counter pickup (see Settings)").format(
                money_text(summary.rates.per_delivery, currency, locale),
                money_text(summary.rates.per_pickup, currency, locale),
            )
        )
        self.chart.set_counts([(c.day, c.deliveries) for c in summary.last_30_days])

    # -- files --------------------------------------------------------------------------
    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        start = str(Path.home() / f"end-of-day-{self.day().isoformat()}.{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(self, title, start, pattern)
        return Path(chosen) if chosen else None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the report PDF to `path` (asks where when None); returns the file written."""
        if self.report is None:
            return None
        target = path or self._ask_path(
            self.tr("Save the end-of-day report"), "pdf", self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return None
        try:
            written = write_day_report(target, self.report)
        except OSError as error:
            self._say(self.tr("The report was not saved: {0}").format(error_text(error)), BAD)
            return None
        self._say(self.tr("✔ Report saved: {0}").format(written), GOOD)
        return written

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the report: on `printer`, else the one chosen in the print dialog (it opens
        on the `document_printer` setting; it can also print to a PDF file), off the UI
        thread. True once it is on its way."""
        from shopapp.ui.printing.day_report import print_day_report
        from shopapp.ui.printing.dialog import ask_printer, check_printer, finished

        if self.report is None:
            return False
        chosen = printer or ask_printer(
            self, str(self.context.setting("document_printer")), self.tr("Print the report")
        )
        if chosen is None:
            return False
        report = self.report

        def work(_job: Job) -> str:  # QTextDocument on a QPrinter (no images): any thread
            check_printer(chosen)
            finished(chosen, print_day_report(chosen, report))
            return chosen.printerName() or chosen.outputFileName()

        self.context.ops.network(
            work,
            owner=self,
            done=lambda where: self._say(self.tr("✔ Report sent to {0}").format(where), GOOD),
            failed=lambda error: self._say(error_text(error), BAD),
        )
        return True

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the day's rows as CSV to `path` (asks where when None)."""
        if self.report is None:
            return None
        target = path or self._ask_path(
            self.tr("Export the day as CSV"), "csv", self.tr("CSV files (*.csv)")
        )
        if target is None:
            return None
        try:
            written = write_day_csv(target, self.report)
        except OSError as error:
            self._say(self.tr("The CSV file was not saved: {0}").format(error_text(error)), BAD)
            return None
        self._say(self.tr("✔ CSV saved: {0}").format(written), GOOD)
        return written
