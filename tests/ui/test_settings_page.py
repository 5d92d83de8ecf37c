"""Settings page: loads the declared defaults, saves edits in one go."""

from __future__ import annotations

import pytest

from shopapp import settings
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from tests.conftest import save_screenshot

from shopapp.ui.context import AppContext
from shopapp.ui.pages.settings import SettingsPage

pytestmark = pytest.mark.gui


def english(shown: str) -> str:
    """The English plural forms, whether or not the English catalogue is installed:
    "1 vehicle(s)" -> "1 vehicle", "2 parcel(s)" -> "2 parcels" (shopapp_en.ts does it)."""
    import re

    return re.sub(
        r"(\d+)( \w+)\(s\)",
        lambda m: m.group(1) + m.group(2) + ("" if m.group(1) == "1" else "s"),
        shown,
    )


def test_settings_round_trip(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert page.editors["road_factor"].value() == pytest.approx(1.35)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Hill Farm Stores" in page.profile_label.text())
    assert "1 vehicle of 60 parcels" in english(page.profile_label.text())
    page.editors["attempt_limit"].setValue(4)  # type: ignore[attr-defined]
    page.editors["sound_muted"].setChecked(True)  # type: ignore[attr-defined]
    page.editors["zpl_printer"].setText("192.168.1.50:9100")  # type: ignore[attr-defined]
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.saved_note.text())
    save_screenshot(page, "settings_page")
    with store.read() as session:
        assert settings.get(session, "attempt_limit") == 4
        assert settings.get(session, "sound_muted") is True
        assert settings.get(session, "zpl_printer") == "192.168.1.50:9100"


def test_a_value_a_setting_cannot_take_saves_nothing(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.show()
    page.editors["attempt_limit"].setValue(5)  # type: ignore[attr-defined]
    page.editors["label_size"].setText("A4")  # type: ignore[attr-defined]
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved_note.text().startswith("✗"))
    note = page.saved_note.text()
    assert "Shelf label size" in note and "A4" in note and "nothing was saved" in note
    with store.read() as session:
        assert settings.get(session, "attempt_limit") == 3
        assert settings.get(session, "label_size") == "4x6in"


def test_language_is_a_choice_and_text_size_follows(qtbot, qapp, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui.appearance import apply_text_scale
    from shopapp.ui.i18n import install_translators
    from shopapp.ui.main_window import MainWindow

    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    install_translators(qapp, "en")
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    box = page.editors["language"]  # type: ignore[attr-defined]
    assert [box.itemData(i) for i in range(box.count())] == ["", "en", "fr", "es"]
    original = qapp.font()
    apply_text_scale(qapp, 1.0)
    normal = qapp.font().pointSizeF()
    try:
        box.setCurrentIndex(box.findData("es"))
        page.editors["text_scale"].setValue(1.5)  # type: ignore[attr-defined]
        page.save_button.click()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: window.pages.get("settings") not in (None, page))
        assert window.context.ops.wait_idle()
        # No restart: the Settings page was built again, already in Spanish.
        rebuilt = window.pages["settings"]
        assert rebuilt.save_button.text() == "&Guardar los ajustes"  # type: ignore[attr-defined]
        assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
        with store.read() as session:
            assert settings.get(session, "language") == "es"
    finally:
        qapp.setFont(original)  # the other tests keep the app's own font
        qapp.setProperty("shopapp_base_point_size", None)
        install_translators(qapp, "en")
