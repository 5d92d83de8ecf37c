"""App-wide look for reading and keyboard use: the text size setting and a visible focus."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

FOCUS = QColor("#0b57d0")
# Big enough to read at arm's length and to hit with a finger on a tablet.
BASE_SCALE = 1.25
_BASE_POINT_SIZE = "shopapp_base_point_size"


def apply_text_scale(app: QApplication, scale: float) -> None:
    """Scale the application font by the `text_scale` setting (0.8 to 2.0).

    The size before any scaling is remembered on the app, so applying twice does not compound.
    """
    base = app.property(_BASE_POINT_SIZE)
    if base is None:
        base = max(app.font().pointSizeF(), 10.0)
        app.setProperty(_BASE_POINT_SIZE, base)
    font = app.font()
    font.setPointSizeF(float(base) * BASE_SCALE * min(max(scale, 0.8), 2.0))
    app.setFont(font)


class FocusStyle(QProxyStyle):
    """The platform's style, plus a thick ring around the button or field that has focus.

    Fusion's own focus hint is a 1-pixel line that is hard to see on a shop counter's screen.
    """

    RINGED = (
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_FrameFocusRect,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self.RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(FOCUS, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
            painter.restore()


def apply_focus_colour(app: QApplication) -> None:
    """A strong highlight colour and a thick focus ring (see FocusStyle)."""
    base = QStyleFactory.create(app.style().name())
    if base is not None:
        app.setStyle(FocusStyle(base))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, FOCUS)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
