"""A painted bar chart of deliveries per day (the last 30 days on the Reports page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1f5fa8")
TODAY = QColor("#1b7a2f")
AXIS = QColor("#404040")


class DeliveriesChart(QWidget):
    """Bars of `counts` (day, deliveries), oldest left; the last bar (the chosen day) in green.

    The numbers are also in the accessible description, so a screen reader gets the data.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[date, int]] = []
        self.setMinimumSize(QSize(420, 200))
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
        painter.fillRect(self.rect(), QColor("white"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        top, bottom = line * 2.8, self.height() - line * 1.8
        left, right = metrics.horizontalAdvance("0000") + 8, self.width() - 8
        painter.setPen(QPen(AXIS))
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
            painter.setPen(QPen(QColor("#d0d0d0")))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(QPen(AXIS))
            painter.drawText(
                QRectF(0, y - line / 2, left - 4, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                locale.toString(value),
            )
        slot = (right - left) / len(self.counts)
        for index, (day, value) in enumerate(self.counts):
            x = left + index * slot
            height = (bottom - top) * value / peak
            colour = TODAY if index == len(self.counts) - 1 else BAR
            painter.fillRect(QRectF(x + slot * 0.15, bottom - height, slot * 0.7, height), colour)
            if value and slot > metrics.horizontalAdvance(str(value)):
                painter.drawText(
                    QRectF(x, bottom - height - line, slot, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    locale.toString(value),
                )
            # A date under every 7th bar, counted back from the chosen day.
            if (len(self.counts) - 1 - index) % 7 == 0:
                text = locale.toString(QDate(day.year, day.month, day.day), "d MMM")
                width = metrics.horizontalAdvance(text) + 4
                start = min(x + slot / 2 - width / 2, self.width() - width)
                painter.drawText(
                    QRectF(start, bottom + 4, width, line),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    text,
                )
        painter.setPen(QPen(AXIS, 1.5))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
