"""App-wide look: the text size setting, a visible focus, light and dark themes and the
status colours (received green, refused red, ...) chosen for the theme in use.

Pages take their colours from here or from the palette, never as fixed hex values: a
white background or a dark-grey text that suits a light desktop is unreadable on a dark
one. Every status colour pair is checked for contrast (WCAG 2 ratio >= 4.5 for text) on
both palettes in tests/ui/test_appearance.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
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
    """A strong highlight colour and a thick focus ring (see FocusStyle), on the desktop's
    light or dark palette (or the theme SHOPAPP_THEME names: see `apply_theme`)."""
    base = QStyleFactory.create(app.style().name())
    if base is not None:
        app.setStyle(FocusStyle(base))
    apply_theme(app, "system")


# --- Themes -----------------------------------------------------------------------------

THEMES = ("system", "light", "dark")
THEME_ENV = "SHOPAPP_THEME"  # light / dark / system: the desktop's choice by default

_LIGHT = {
    "Window": "#f3f4f6",
    "WindowText": "#111418",
    "Base": "#ffffff",
    "AlternateBase": "#eef1f5",
    "Text": "#111418",
    "Button": "#e6e9ee",
    "ButtonText": "#111418",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#111418",
    "PlaceholderText": "#5f6670",
    "BrightText": "#ffffff",
    "Light": "#ffffff",
    "Midlight": "#e1e4e9",
    "Mid": "#b4bac3",
    "Dark": "#8a919b",
    "Shadow": "#50555c",
    "Link": "#0b57d0",
}
_DARK = {
    "Window": "#1f2226",
    "WindowText": "#e8eaed",
    "Base": "#17191c",
    "AlternateBase": "#24282d",
    "Text": "#e8eaed",
    "Button": "#2c3036",
    "ButtonText": "#e8eaed",
    "ToolTipBase": "#2c3036",
    "ToolTipText": "#e8eaed",
    "PlaceholderText": "#a0a6ae",
    "BrightText": "#ffffff",
    "Light": "#3a3f46",
    "Midlight": "#32363c",
    "Mid": "#4a5058",
    "Dark": "#121416",
    "Shadow": "#000000",
    "Link": "#8ab4f8",
}
_DISABLED_TEXT = {"light": "#8a9099", "dark": "#7c828a"}


def theme_palette(theme: str) -> QPalette:
    """The app's light or dark palette (the focus highlight included)."""
    colours = _DARK if theme == "dark" else _LIGHT
    palette = QPalette()
    for name, value in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(value))
    disabled = QColor(_DISABLED_TEXT["dark" if theme == "dark" else "light"])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorRole.Highlight, FOCUS if theme != "dark" else QColor("#2f6fd6"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def apply_theme(app: QApplication, theme: str = "system") -> str:
    """Give the app our light or dark palette; "system" keeps the desktop's palette.

    The environment variable SHOPAPP_THEME (light/dark) overrides "system". Returns the
    theme applied. Pages that paint status colours read them when they paint, and the
    ones with style sheets redo them on a palette change (see `StatusColours`).
    """
    if theme == "system":
        theme = os.environ.get(THEME_ENV, "system").strip().lower()
    if theme in ("light", "dark"):
        app.setPalette(theme_palette(theme))
        return theme
    # The desktop's own palette (a dark GTK/KDE/Windows theme included), with our focus
    # highlight: white on a strong blue reads on either.
    palette = app.palette()
    palette.setColor(
        QPalette.ColorRole.Highlight, FOCUS if not is_dark(palette) else QColor("#2f6fd6")
    )
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    return "dark" if is_dark(palette) else "light"


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (else the app's) has light text on a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


# --- Status colours ---------------------------------------------------------------------


@dataclass(frozen=True)
class Swatch:
    """A filled status: its background and the text drawn on it."""

    background: str
    foreground: str


@dataclass(frozen=True)
class StatusColours:
    """The status colours for one theme.

    Filled (banner, scan panel, tiles): `good` received/done, `warn` duplicate / not on
    the manifest / outside the radius / needs a look, `bad` refused / invalid / failed,
    `info` neutral news (undone), `idle` waiting, `attention` a tile that asks for
    action, `calm` a tile that does not.
    Text on the page's own background: `good_text`, `warn_text`, `bad_text`, `muted_text`.
    """

    good: Swatch
    warn: Swatch
    bad: Swatch
    info: Swatch
    idle: Swatch
    attention: Swatch
    calm: Swatch
    good_text: str
    warn_text: str
    bad_text: str
    muted_text: str

    def swatches(self) -> dict[str, Swatch]:
        return {
            name: getattr(self, name)
            for name in ("good", "warn", "bad", "info", "idle", "attention", "calm")
        }

    def texts(self) -> dict[str, str]:
        return {
            name: getattr(self, name)
            for name in ("good_text", "warn_text", "bad_text", "muted_text")
        }


# Green and red carry white text, amber black: colour is never the only signal (each
# status also has a symbol and a word), and every pair is checked for contrast.
LIGHT_STATUS = StatusColours(
    good=Swatch("#1b7a34", "#ffffff"),
    warn=Swatch("#f2b600", "#111111"),
    bad=Swatch("#c62828", "#ffffff"),
    info=Swatch("#1f5fa8", "#ffffff"),
    idle=Swatch("#37474f", "#ffffff"),
    attention=Swatch("#fff4d6", "#3d2a00"),
    calm=Swatch("#eef3f8", "#102030"),
    good_text="#1b6e2f",
    warn_text="#8a4d00",
    bad_text="#b00020",
    muted_text="#4a525e",
)
# On a dark desktop the fills are a little deeper (a bright panel glares beside dark
# pages) and text colours on the page are light tints of the same hues.
DARK_STATUS = StatusColours(
    good=Swatch("#1e6b32", "#ffffff"),
    warn=Swatch("#e0a800", "#111111"),
    bad=Swatch("#b3261e", "#ffffff"),
    info=Swatch("#245a9c", "#ffffff"),
    idle=Swatch("#37474f", "#ffffff"),
    attention=Swatch("#4a3a10", "#ffe9a8"),
    calm=Swatch("#26323e", "#e3ecf5"),
    good_text="#7fd491",
    warn_text="#f5c451",
    bad_text="#ff8a80",
    muted_text="#b4bac3",
)


def status_colours(palette: QPalette | None = None) -> StatusColours:
    """The status colours for `palette` (else the app's): dark or light."""
    return DARK_STATUS if is_dark(palette) else LIGHT_STATUS


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    c = QColor(colour)
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21); text wants at least 4.5."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
