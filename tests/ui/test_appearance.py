"""Visible focus and the text size setting."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPushButton, QStyleFactory, QVBoxLayout, QWidget

from shopapp.ui.appearance import FOCUS, FocusStyle, apply_text_scale

pytestmark = pytest.mark.gui


def _ring_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).rgb() == FOCUS.rgb()
    )


def test_focus_ring_shows_on_buttons_and_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    style = FocusStyle(QStyleFactory.create("Fusion"))
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    button, other, field = QPushButton("Save"), QPushButton("Cancel"), QLineEdit("x")
    for widget in (button, other, field):
        widget.setStyle(style)
        layout.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert _ring_pixels(button) > 50 and _ring_pixels(other) == 0
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert _ring_pixels(field) > 50 and _ring_pixels(button) == 0


def test_text_scale_does_not_compound(qapp) -> None:  # type: ignore[no-untyped-def]
    original = qapp.font()
    try:
        apply_text_scale(qapp, 1.0)
        normal = qapp.font().pointSizeF()
        apply_text_scale(qapp, 2.0)
        apply_text_scale(qapp, 2.0)
        assert qapp.font().pointSizeF() == pytest.approx(normal * 2)
        apply_text_scale(qapp, 9.0)  # out of range: held at the largest size
        assert qapp.font().pointSizeF() == pytest.approx(normal * 2)
    finally:
        qapp.setFont(original)
        qapp.setProperty("shopapp_base_point_size", None)
