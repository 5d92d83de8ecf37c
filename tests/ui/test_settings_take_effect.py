"""A setting changed on the Settings page takes effect the moment it is saved, without a
restart: one test per setting (language, text size, units; the earning rates on Reports,
the pickup dwell limit), on the real main window. The scanner's, the labels' and the
sounds' settings are proved in test_settings_take_effect_scan.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtWidgets import QApplication

from shopapp import settings
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store

from shopapp.ui.appearance import apply_text_scale
from shopapp.ui.context import AppContext
from shopapp.ui.i18n import install_translators
from shopapp.ui.main_window import MainWindow
from shopapp.ui.pages.settings import SettingsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp: QApplication, paths, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    install_translators(qapp, "en")
    original = qapp.font()
    main = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.context.ops.wait_idle()
    qapp.setFont(original)  # the other tests keep the app's own font and English
    qapp.setProperty("shopapp_base_point_size", None)
    install_translators(qapp, "en")


def settings_page(window: MainWindow) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert window.context.ops.wait_idle()
    return page


def save(window: MainWindow, page: SettingsPage) -> None:
    page.save_button.click()
    # Saved, announced, read back and applied by the window, and the pages' reads after it
    # (each step is asked for before the one before it has finished delivering).
    assert window.context.ops.wait_idle()


def test_language_takes_effect_when_saved(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = settings_page(window)
    assert window.nav.item(0).text() == "1  Today"
    box = page.editors["language"]
    box.setCurrentIndex(box.findData("fr"))  # type: ignore[attr-defined]
    save(window, page)
    # The navigation and the pages speak French at once: the window built them again.
    assert window.nav.item(0).text() == "1  Aujourd’hui"
    assert window.nav.item(8).text() == "9  Réglages"
    rebuilt = window.pages["settings"]
    assert rebuilt is not page and isinstance(rebuilt, SettingsPage)
    assert rebuilt.save_button.text() == "&Enregistrer les réglages"
    assert window.current_key() == "settings" and rebuilt.isVisible()
    assert rebuilt.editors["language"].currentData() == "fr"  # type: ignore[attr-defined]
    today = window.show_page("today")
    assert "Aujourd’hui" in today.heading.text()  # type: ignore[attr-defined]
    assert window.context.setting("language") == "fr"
    with store.read() as session:
        assert settings.get(session, "language") == "fr"


def test_text_size_takes_effect_when_saved(qtbot, qapp: QApplication, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    apply_text_scale(qapp, 1.0)
    normal = qapp.font().pointSizeF()
    page = settings_page(window)
    before = page.save_button.font().pointSizeF()
    page.editors["text_scale"].setValue(1.6)  # type: ignore[attr-defined]
    save(window, page)
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.6)
    # Widgets without a size of their own follow the application font.
    assert page.save_button.font().pointSizeF() == pytest.approx(before * 1.6)
    assert window.context.setting("text_scale") == pytest.approx(1.6)
    page.editors["text_scale"].setValue(1.0)  # type: ignore[attr-defined]
    save(window, page)
    assert qapp.font().pointSizeF() == pytest.approx(normal)


def test_units_take_effect_when_saved(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = settings_page(window)
    assert "radius 10.0 mi" in page.profile_label.text()
    page.edit_profile()
    dialog = page.profile_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.units.setCurrentIndex(dialog.units.findData("km"))
    dialog.accept()
    assert window.context.ops.wait_idle()
    # The radius shows in km at once (the profile's metres unchanged).
    assert "radius 16.1 km" in page.profile_label.text()
    assert page.profile_dialog is None
    with store.read() as session:
        from shopapp.shop import get_profile

        profile = get_profile(session)
        assert profile is not None and profile.units == "km" and profile.radius_m == 16093


def test_earning_rates_take_effect_when_saved(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    from shopapp.reports.localdays import today
    from tests.reports.days import delivered_at

    delivered_at(store, "RATE1", "2026-03-20T10:15:00.000000Z")
    reports = window.show_page("reports")
    reports.set_day(today())  # type: ignore[attr-defined]
    assert window.context.ops.wait_idle()
    assert "1.20 per delivered parcel" in reports.rates_label.text()  # type: ignore[attr-defined]
    page = settings_page(window)
    page.editors["rate_per_delivery"].setValue(1.5)  # type: ignore[attr-defined]
    page.editors["rate_per_pickup"].setValue(0.75)  # type: ignore[attr-defined]
    save(window, page)
    # The Reports page, built before, shows the new rates without a restart.
    label = reports.rates_label.text()  # type: ignore[attr-defined]
    assert "1.50 per delivered parcel" in label and "0.75 per counter pickup" in label


def test_pickup_dwell_days_take_effect_when_saved(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from shopapp.clock import utc_now
    from shopapp.delivery import pickup
    from shopapp.store.outbox import record_event
    from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel

    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(session, {"tracking_number": "DWELL1"})
        record_event(session, parcel, "received")
    pickup.hold_for_pickup(store, "DWELL1", now=utc_now() - timedelta(days=3))
    counter = window.show_page("pickup")
    assert window.context.ops.wait_idle()
    assert [i.tracking_number for i in counter.items] == ["DWELL1"]  # type: ignore[attr-defined]
    page = settings_page(window)
    page.editors["pickup_dwell_days"].setValue(2)  # type: ignore[attr-defined]
    save(window, page)
    with store.read() as session:
        moved = by_tracking_number(session, "DWELL1")
        assert moved is not None and moved.status == "return_pending"
    assert counter.items == []  # type: ignore[attr-defined]
    assert [i.tracking_number for i in counter.returns.items] == ["DWELL1"]  # type: ignore[attr-defined]


def test_the_shops_name_takes_effect_when_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Hill Farm Stores · Partner shop"
    page = settings_page(window)
    page.edit_profile()
    dialog = page.profile_dialog
    assert dialog is not None
    dialog.name.setText("Hill Farm Stores & Post Office")
    dialog.accept()
    assert window.context.ops.wait_idle()
    assert window.windowTitle() == "Hill Farm Stores & Post Office · Partner shop"
    assert "<b>Hill Farm Stores &amp; Post Office</b>" in page.profile_label.text()  # rich text
