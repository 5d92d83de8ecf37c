"""App-wide look for reading and keyboard use: the text size setting and a visible focus."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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


def apply_focus_colour(app: QApplication) -> None:
    """A strong highlight colour: the focus frame of the Fusion style is drawn in it."""
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0b57d0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
