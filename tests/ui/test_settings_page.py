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


def test_settings_round_trip(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert page.editors["road_factor"].value() == pytest.approx(1.35)  # type: ignore[attr-defined]
    assert "Hill Farm Stores" in page.profile_label.text()
    page.editors["attempt_limit"].setValue(4)  # type: ignore[attr-defined]
    page.editors["sound_muted"].setChecked(True)  # type: ignore[attr-defined]
    page.editors["zpl_printer"].setText("192.168.1.50:9100")  # type: ignore[attr-defined]
    page.save_button.click()
    assert "Saved" in page.saved_note.text()
    save_screenshot(page, "settings_page")
    with store.read() as session:
        assert settings.get(session, "attempt_limit") == 4
        assert settings.get(session, "sound_muted") is True
        assert settings.get(session, "zpl_printer") == "192.168.1.50:9100"


def test_language_is_a_choice_and_text_size_follows(qtbot, qapp, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui.appearance import apply_text_scale
    from shopapp.ui.i18n import install_translators

    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.show()
    box = page.editors["language"]
    assert [box.itemData(i) for i in range(box.count())] == ["", "en", "fr", "es"]  # type: ignore[attr-defined]
    original = qapp.font()
    apply_text_scale(qapp, 1.0)
    normal = qapp.font().pointSizeF()
    try:
        box.setCurrentIndex(box.findData("es"))  # type: ignore[attr-defined]
        page.editors["text_scale"].setValue(1.5)  # type: ignore[attr-defined]
        page.save_button.click()
        assert "Reinicie la aplicación" in page.saved_note.text()  # already in Spanish
        assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
        with store.read() as session:
            assert settings.get(session, "language") == "es"
    finally:
        qapp.setFont(original)  # the other tests keep the app's own font
        qapp.setProperty("shopapp_base_point_size", None)
        install_translators(qapp, "en")
