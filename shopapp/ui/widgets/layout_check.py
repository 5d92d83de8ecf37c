"""Which of a window's visible controls a shopkeeper cannot see or reach at its size.

A control counts as reachable when its whole rectangle lies inside the window and inside
every ancestor that clips it. Inside a scroll area (or a list's viewport) the control
counts as reachable when the scroll area itself is: scrolling brings any part of its
content into view, so the scroll area (not what is inside it) is checked against the
window. A control of zero size (a collapsed splitter pane) is one the user chose to hide
and is left out.

The main window's own scroll area around the whole page (object name "pageArea", a last
resort against a page pushing the window off the screen) does not count as reaching
anything: a page that needs it scrolled is a page that does not fit, so it clips.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)

CLIP_ONLY = ("pageArea",)  # scroll areas that count as an edge, not as a way to reach

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractScrollArea,
)


def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return False  # part of its scroll area, checked with it
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) or not widget.pixmap().isNull()
    return isinstance(widget, CONTROLS)


def _visible_rect(
    widget: QWidget, window: QWidget, visible: QRect, clip_only: tuple[str, ...]
) -> tuple[QWidget, QRect, QRect]:
    """The widget checked for `widget` (itself, or the scroll area it lies in), its
    rectangle in window coordinates, and the part of that not clipped.

    Walking up stops at a scroll area's viewport: what lies in it is reachable by
    scrolling, so from there on the scroll area's own rectangle is the one clipped.
    """
    top_left = widget.mapTo(window, QPoint(0, 0))
    full = QRect(top_left, widget.size())
    shown = QRect(full)
    checked, parent = widget, widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if (
            isinstance(area, QAbstractScrollArea)
            and parent is area.viewport()
            and area.objectName() not in clip_only
        ):
            # Reachable by scrolling: clip the scroll area instead of its content.
            full = QRect(area.mapTo(window, QPoint(0, 0)), area.size())
            shown = QRect(full)
            checked, parent = area, area.parentWidget()
            continue
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return checked, full, shown.intersected(visible)


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    if not name and isinstance(widget, (QLabel, QAbstractButton)):
        name = widget.text()[:30]
    return f"{type(widget).__name__}({name!r})"


def screen_area(window: QWidget) -> QRect:
    """The part of `window` (in its own coordinates) on its screen's available geometry."""
    screen = window.screen()
    if screen is None:
        return window.rect()
    available = screen.availableGeometry().translated(-window.mapToGlobal(QPoint(0, 0)))
    return available.intersected(window.rect())


def controls_outside(
    window: QWidget, area: QRect | None = None, clip_only: tuple[str, ...] = CLIP_ONLY
) -> list[str]:
    """The visible controls of `window` not wholly inside `area` (window coordinates; the
    window's own rectangle by default), or not reachable there by scrolling.

    A window that grew past the screen shows only `screen_area(window)`: pass that, or the
    size the window was meant to have (`QRect(0, 0, w, h)`), to find what falls off it.
    """
    visible = window.rect() if area is None else area.intersected(window.rect())
    found: list[str] = []
    reported: set[int] = set()  # a cut scroll area once, not once per control in it
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window or not _is_control(widget):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        checked, full, shown = _visible_rect(widget, window, visible, clip_only)
        if full.isEmpty() or shown == full or id(checked) in reported:
            continue
        reported.add(id(checked))
        found.append(
            f"{_describe(checked)} at {full.x()},{full.y()} {full.width()}x{full.height()}"
        )
    return found
