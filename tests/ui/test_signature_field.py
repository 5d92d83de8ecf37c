"""The signature field's status line follows the strokes on the pad."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from shopapp.ui.widgets.signature_pad import SignatureField

pytestmark = pytest.mark.gui


def stroke(field: SignatureField, points: list[tuple[int, int]]) -> None:
    pad = field.pad
    no = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, no, QPoint(*points[0]))
    for x, y in points[1:-1]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, no, QPoint(*points[-1]))


def test_status_line_follows_the_strokes(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = SignatureField()
    qtbot.addWidget(field)
    field.resize(640, 280)
    field.show()
    qtbot.waitExposed(field)
    assert field.state.text() == "Waiting for a signature"
    # A tiny scribble: the line says what is wrong, not "waiting".
    stroke(field, [(100, 100), (108, 104), (102, 110), (110, 112)])
    assert field.pad.is_empty()
    assert "Too small" in field.state.text()
    field.pad.clear()
    assert field.state.text() == "Waiting for a signature"
    # One long flat stroke (350 x 40 px) in a few quick moves: a signature.
    stroke(field, [(40, 100), (110, 140), (180, 100), (250, 140), (320, 100), (390, 140)])
    assert not field.pad.is_empty()
    assert field.state.text() == "✔ Signature ok"
    field.undo_button.click()
    assert field.state.text() == "Waiting for a signature"
    assert not field.undo_button.isEnabled()


def test_status_line_colours_follow_the_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui.appearance import DARK_STATUS, LIGHT_STATUS, contrast_ratio, theme_palette

    field = SignatureField()
    qtbot.addWidget(field)
    field.setPalette(theme_palette("light"))
    assert LIGHT_STATUS.warn_text in field.state.styleSheet()
    field.setPalette(theme_palette("dark"))  # a dark desktop: a light tint, readable
    assert DARK_STATUS.warn_text in field.state.styleSheet()
    window = theme_palette("dark").color(theme_palette("dark").ColorRole.Window)
    assert contrast_ratio(DARK_STATUS.warn_text, window) >= 4.5
