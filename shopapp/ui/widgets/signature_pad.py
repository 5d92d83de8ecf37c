"""A signature pad: strokes from a mouse, a pen (tablet) or a finger, drawn smoothed.

The pad keeps the raw points, (x, y, t) in logical pixels and milliseconds since the
first point, as the Qt-free core wants them (`shopapp.delivery.signature`); the core
decides whether the signature is empty and renders the PNG that is kept as proof.
Clear and undo (last stroke) are slots, also on Delete and Ctrl+Z while it has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopapp.delivery.signature import (
    ONLY_DOTS,
    TOO_SHORT,
    TOO_SMALL,
    Point,
    Signature,
    emptiness,
)

from shopapp.ui.appearance import status_colours

_INK = QColor("#10204a")
_PEN_WIDTH = 3.2


def smoothed_path(points: list[QPointF]) -> QPainterPath:
    """Quadratic segments through the midpoints: a smooth line through a jittery stroke."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) < 3:
        for point in points[1:]:
            path.lineTo(point)
        return path
    for current, following in zip(points[1:-1], points[2:], strict=False):
        middle = (current + following) / 2
        path.quadTo(current, middle)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """Draw with mouse, pen or touch; `strokes()`, `signature()`, `is_empty()`.

    Signals:
        changed: a stroke was added, undone or the pad cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Sign with a finger, pen or mouse. Ctrl+Z undoes a stroke, Delete clears.")
        )
        self.setMinimumSize(420, 180)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._clock = QElapsedTimer()

    # -- data ---------------------------------------------------------------------------

    def strokes(self) -> list[list[Point]]:
        """Finished strokes, oldest first, each a list of (x, y, t)."""
        return [list(stroke) for stroke in self._strokes]

    def signature(self) -> Signature:
        return Signature.from_strokes(self._strokes, self.width(), self.height())

    def emptiness(self) -> str | None:
        """Why the signature is not enough yet (the core's words), or None."""
        return emptiness(self.signature())

    def is_empty(self) -> bool:
        return self.emptiness() is not None

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self._clock.invalidate()
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    # -- input --------------------------------------------------------------------------

    def _stamp(self, position: QPointF) -> Point:
        if not self._clock.isValid():
            self._clock.start()
        x = min(max(position.x(), 0.0), float(self.width()))
        y = min(max(position.y(), 0.0), float(self.height()))
        return (x, y, float(self._clock.elapsed()))

    def _begin(self, position: QPointF) -> None:
        self._current = [self._stamp(position)]
        self.update()

    def _extend(self, position: QPointF) -> None:
        if self._current is None:
            return
        point = self._stamp(position)
        last = self._current[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= 0.5:  # skip repeats
            self._current.append(point)
            self.update()

    def _finish(self, position: QPointF | None = None) -> None:
        if self._current is None:
            return
        if position is not None:
            self._extend(position)
        self._strokes.append(self._current)
        self._current = None
        self.update()
        self.changed.emit()

    @staticmethod
    def _synthesized(event: QMouseEvent) -> bool:
        # Touch and pen input arrive here a second time as synthesized mouse events
        # when the pad accepted them already; drawing them again would double strokes.
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._synthesized(event):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and not self._synthesized(event):
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._synthesized(event):
            self._finish(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._finish(event.position())
        event.accept()  # no synthesized mouse events for the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if event.type() == QEvent.Type.TouchCancel:
            self._current = None  # the system took the touch (gesture): drop the stroke
            self.update()
            return
        if not points:
            return
        point = points[0]  # one finger signs; a resting palm's extra points are ignored
        state = point.state()
        if state == QEventPoint.State.Pressed:
            self._begin(point.position())
        elif state == QEventPoint.State.Released:
            self._finish(point.position())
        else:
            self._extend(point.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(rect, QColor("white"))
        frame = QColor("#1f5fa8") if self.hasFocus() else QColor("#9aa4b1")
        painter.setPen(QPen(frame, 2))
        painter.drawRoundedRect(rect, 6, 6)
        # The line to sign on, with a cross like on paper.
        baseline = rect.bottom() - rect.height() * 0.22
        painter.setPen(QPen(QColor("#b8c0cc"), 1.5))
        painter.drawLine(QPointF(rect.left() + 24, baseline), QPointF(rect.right() - 24, baseline))
        if not self._strokes and self._current is None:
            painter.setPen(QColor("#8a94a3"))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            painter.setFont(font)
            painter.drawText(
                QRectF(rect.left() + 24, baseline - 40, rect.width() - 48, 36),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                self.tr("✗  Sign here"),
            )
        pen = QPen(_INK, _PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in [*self._strokes, *([self._current] if self._current else [])]:
            points = [QPointF(x, y) for x, y, _ in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPath(smoothed_path(points))
        painter.end()


class SignatureField(QWidget):
    """The pad with large Undo and Clear buttons and a line saying what is missing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad()
        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z on the pad"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Delete on the pad"))
        for button in (self.undo_button, self.clear_button):
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.state = QLabel()
        self.state.setObjectName("signatureState")
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_state)
        self.pad.changed.connect(self.changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.pad)
        self._update_state()

    def _update_state(self) -> None:
        """The line under the pad follows the strokes: waiting on an empty pad, what is
        wrong while the ink is not a signature yet, "ok" once it is."""
        drawn = bool(self.pad.strokes())
        self.undo_button.setEnabled(drawn)
        self.clear_button.setEnabled(drawn)
        why = self.pad.emptiness()
        colours = status_colours(self.palette())  # readable on light and dark desktops
        if why is None:
            self.state.setText(self.tr("✔ Signature ok"))
            self.state.setStyleSheet(
                f"color: {colours.good_text}; font-weight: bold; font-size: 13pt"
            )
            return
        self.state.setText(self._wrong_text(why) if drawn else self.tr("Waiting for a signature"))
        self.state.setStyleSheet(f"color: {colours.warn_text}; font-size: 13pt")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop's theme changed
            self._update_state()

    def _wrong_text(self, why: str) -> str:
        """The core's reason (shopapp.delivery.signature) in the shopkeeper's language."""
        texts = {
            ONLY_DOTS: self.tr("Only a dot so far: sign across the pad"),
            TOO_SMALL: self.tr("Too small to be a signature: sign across the pad"),
            TOO_SHORT: self.tr("Too little ink to be a signature: sign across the pad"),
        }
        return texts.get(why, self.tr("Waiting for a signature"))
