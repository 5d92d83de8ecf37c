"""A page whose content scrolls when the window is smaller than the content needs.

At 1280x720 some pages (the day's tiles and warnings, the sync details) need more
height than there is: the content scrolls instead of pushing the window off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget


def scrolling(content: QLayout, owner: QWidget, object_name: str) -> QScrollArea:
    """Put `content` in a frameless scroll area that fills `owner` (a page); returns it.

    The content keeps its full width (no sideways scrolling for a page) and scrolls up
    and down; the scroll area's background is the window's, as the page's would be.
    """
    inner = QWidget()
    inner.setObjectName(f"{object_name}Content")
    inner.setLayout(content)
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(inner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
