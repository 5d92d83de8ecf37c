"""The big coloured line at the top of a page that says what just happened."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from shopapp.ui.appearance import Swatch, status_colours

# The status a banner shows; its colours are the theme's (appearance.status_colours).
GOOD, WARN, BAD, INFO = "good", "warn", "bad", "info"


def show_banner(label: QLabel, text: str, colour: str) -> None:
    """Bold text on the status colour `colour` (GOOD, WARN, BAD or INFO) of the theme in
    use, large enough to read at a glance; the text colour is the one checked for contrast
    on that fill (tests/ui/test_appearance.py)."""
    swatches = status_colours(label.palette()).swatches()
    swatch = swatches.get(colour) or Swatch(colour, "#ffffff")  # a raw colour: white text
    label.setText(text)
    label.setStyleSheet(
        f"background: {swatch.background}; color: {swatch.foreground}; font-size: 16pt;"
        " font-weight: bold; padding: 8px 12px; border-radius: 6px"
    )
