"""A painted bar chart of deliveries per day (the last 30 days on the Reports page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from shopapp.ui.appearance import status_colours


class DeliveriesChart(QWidget):
    """Bars of `counts` (day, deliveries), oldest left; the last bar (the chosen day) in green.

    The numbers are also in the accessible description, so a screen reader gets the data.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[date, int]] = []
        self.setMinimumSize(QSize(300, 180))  # beside the day's table at 1280 px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Deliveries per day, last 30 days"))

    def set_counts(self, counts: list[tuple[date, int]]) -> None:
        self.counts = counts
        locale = QLocale()
        described = "; ".join(
            f"{locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)}: {n}"
            for d, n in counts
            if n
        )
        self.setAccessibleDescription(described or self.tr("No deliveries"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The theme's colours: the page's base and text, the info blue and the good green.
        palette = self.palette()
        colours = status_colours(palette)
        axis = palette.color(QPalette.ColorRole.Text)
        guide = palette.color(QPalette.ColorRole.Mid)
        bar, today_bar = QColor(colours.info.background), QColor(colours.good.background)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        line = metrics.height()
        top, bottom = line * 2.8, self.height() - line * 1.8
        left, right = metrics.horizontalAdvance("0000") + 8, self.width() - 8
        painter.setPen(QPen(axis))
        painter.drawText(
            QRectF(0, 0, self.width(), line * 1.4),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.tr("Deliveries per day, last 30 days"),
        )
        if not self.counts:
            return
        peak = max(max(n for _d, n in self.counts), 1)
        locale = QLocale()
        # Value axis: 0 and the peak, with a light guide line at the peak.
        for value in (0, peak):
            y = bottom - (bottom - top) * value / peak
            painter.setPen(QPen(guide))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(QPen(axis))
            painter.drawText(
                QRectF(0, y - line / 2, left - 4, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                locale.toString(value),
            )
        slot = (right - left) / len(self.counts)
        every = 7 if slot * 7 >= metrics.horizontalAdvance("28 Nov") + 10 else 14
        for index, (day, value) in enumerate(self.counts):
            x = left + index * slot
            height = (bottom - top) * value / peak
            colour = today_bar if index == len(self.counts) - 1 else bar
            painter.fillRect(QRectF(x + slot * 0.15, bottom - height, slot * 0.7, height), colour)
            if value and slot > metrics.horizontalAdvance(str(value)):
                painter.drawText(
                    QRectF(x, bottom - height - line, slot, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    locale.toString(value),
                )
            # A date under every 7th bar (every 14th when the chart is narrow), counted back
            # from the chosen day.
            if (len(self.counts) - 1 - index) % every == 0:
                text = locale.toString(QDate(day.year, day.month, day.day), "d MMM")
                width = metrics.horizontalAdvance(text) + 4
                start = min(x + slot / 2 - width / 2, self.width() - width)
                painter.drawText(
                    QRectF(start, bottom + 4, width, line),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    text,
                )
        painter.setPen(QPen(axis, 1.5))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
