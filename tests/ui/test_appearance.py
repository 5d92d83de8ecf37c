"""Visible focus, the text size setting, and the light and dark themes: the palettes, the
status colours chosen for each, their contrast.

Every status colour a page shows as text must reach the WCAG 2 contrast ratio of 4.5:1
(normal-size text) against what it is drawn on: a filled status (banner, scan panel,
tile) against its own fill, a status text colour against the theme's window and base.
"""

from __future__ import annotations

import pytest

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from shopapp.ui.appearance import (
    DARK_STATUS,
    FOCUS,
    LIGHT_STATUS,
    FocusStyle,
    apply_text_scale,
    apply_theme,
    contrast_ratio,
    is_dark,
    status_colours,
    theme_palette,
)
from shopapp.ui.widgets.banner import show_banner

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


TEXT_MIN = 4.5
ROLES_ON = {
    QPalette.ColorRole.Window: (QPalette.ColorRole.WindowText, QPalette.ColorRole.PlaceholderText),
    QPalette.ColorRole.Base: (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText),
    QPalette.ColorRole.Button: (QPalette.ColorRole.ButtonText,),
    QPalette.ColorRole.Highlight: (QPalette.ColorRole.HighlightedText,),
    QPalette.ColorRole.ToolTipBase: (QPalette.ColorRole.ToolTipText,),
}


def test_contrast_ratio_is_wcag() -> None:
    # The reference points of WCAG 2: black on white is 21, a colour on itself 1.
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_palette_text_is_readable(theme: str) -> None:
    palette = theme_palette(theme)
    assert is_dark(palette) == (theme == "dark")
    for background, texts in ROLES_ON.items():
        for text in texts:
            ratio = contrast_ratio(palette.color(background), palette.color(text))
            assert ratio >= TEXT_MIN, f"{theme}: {text.name} on {background.name} is {ratio:.2f}"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_status_colours_have_contrast_on_their_theme(theme: str) -> None:
    palette = theme_palette(theme)
    colours = status_colours(palette)
    assert colours is (DARK_STATUS if theme == "dark" else LIGHT_STATUS)
    for name, swatch in colours.swatches().items():
        ratio = contrast_ratio(swatch.foreground, swatch.background)
        assert ratio >= TEXT_MIN, f"{theme}: {name} text on its fill is {ratio:.2f}"
    for name, colour in colours.texts().items():
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast_ratio(colour, palette.color(role))
            assert ratio >= TEXT_MIN, f"{theme}: {name} on {role.name} is {ratio:.2f}"


def test_status_text_of_one_theme_is_not_readable_on_the_other() -> None:
    """Why the colours are chosen per theme: the light theme's red text on the dark
    window (and the dark theme's on the light one) falls below 4.5."""
    dark_window = theme_palette("dark").color(QPalette.ColorRole.Window)
    light_window = theme_palette("light").color(QPalette.ColorRole.Window)
    assert contrast_ratio(LIGHT_STATUS.bad_text, dark_window) < TEXT_MIN
    assert contrast_ratio(DARK_STATUS.good_text, light_window) < TEXT_MIN


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_apply_theme_switches_the_app_and_the_banner_follows(qapp, qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    before = QApplication.palette()
    try:
        assert apply_theme(qapp, theme) == theme
        assert is_dark() == (theme == "dark")
        label = QLabel()
        qtbot.addWidget(label)
        show_banner(label, "Received", "good")
        expected = (DARK_STATUS if theme == "dark" else LIGHT_STATUS).good
        assert f"background: {expected.background}" in label.styleSheet()
        assert f"color: {expected.foreground}" in label.styleSheet()
    finally:
        qapp.setPalette(before)


def test_system_theme_keeps_the_desktop_palette(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    before = QApplication.palette()
    try:
        qapp.setPalette(theme_palette("dark"))  # as a dark desktop would hand it over
        monkeypatch.delenv("SHOPAPP_THEME", raising=False)
        assert apply_theme(qapp, "system") == "dark"
        assert is_dark()
        monkeypatch.setenv("SHOPAPP_THEME", "light")  # the override
        assert apply_theme(qapp, "system") == "light"
        assert not is_dark()
    finally:
        qapp.setPalette(before)


def test_pages_take_their_colours_from_the_theme() -> None:
    """No fixed colour on a page or a form (a white box or a dark-grey text that reads on
    a light desktop is unreadable on a dark one): they come from the palette or from
    appearance.status_colours. The map draws with its own light and dark styles
    (map_style.MapStyle.for_palette) and the signature pad with ink on paper."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "shopapp" / "ui"
    themed = [p for p in (ui / "pages").glob("*.py") if p.name != "settings.py"]
    themed += [
        ui / "widgets" / name
        for name in (
            "deliveries_chart.py",
            "first_steps.py",
            "location_dialog.py",
            "outcome_dialogs.py",
            "outcome_forms.py",
            "photo_field.py",
            "returns_panel.py",
            "road_map_panel.py",
            "tables.py",
        )
    ]
    themed += [ui / "status_bar.py", ui / "setup_dialog.py", ui / "main_window.py"]
    themed.append(ui / "widgets" / "correction_dialog.py")
    fixed = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b(?:color|background): ?(?:white|black)\b"
    )
    found = [
        f"{path.relative_to(ui)}:{n}: {line.strip()}"
        for path in themed
        if path.exists()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert found == []


def test_scan_panel_follows_a_theme_switch(qapp, qtbot, paths, store) -> None:  # type: ignore[no-untyped-def]
    """The scan panel paints the theme's fill for its state, and repaints it when the
    desktop (or SHOPAPP_THEME) switches light <-> dark while the app runs."""
    from PySide6.QtGui import QColor

    from shopapp.shop import ShopSetup, save_shop

    from shopapp.ui.context import AppContext
    from shopapp.ui.pages.scan import ScanPage
    from shopapp.ui.sounds import SilentPlayer

    before = QApplication.palette()
    try:
        apply_theme(qapp, "light")
        save_shop(store, ShopSetup())
        page = ScanPage(AppContext(paths, store), sounds=SilentPlayer())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.panel.show_state("received", "RECEIVED", "B-1")
        assert page.panel._background == QColor(LIGHT_STATUS.good.background)
        apply_theme(qapp, "dark")
        qtbot.waitUntil(lambda: page.panel._background == QColor(DARK_STATUS.good.background))
        text = page.panel.headline.palette().color(QPalette.ColorRole.WindowText)
        assert text == QColor(DARK_STATUS.good.foreground)
        page.shutdown()
    finally:
        qapp.setPalette(before)
