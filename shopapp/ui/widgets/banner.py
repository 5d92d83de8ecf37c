"""The big coloured line at the top of a page that says what just happened."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

GOOD, WARN, BAD, INFO = "#1b7a2f", "#a55d00", "#b00020", "#1f5fa8"


def show_banner(label: QLabel, text: str, colour: str) -> None:
    """White bold text on `colour` (GOOD, WARN, BAD or INFO), large enough to read at a glance."""
    label.setText(text)
    label.setStyleSheet(
        f"background: {colour}; color: white; font-size: 16pt; font-weight: bold;"
        "padding: 8px 12px; border-radius: 6px"
    )
