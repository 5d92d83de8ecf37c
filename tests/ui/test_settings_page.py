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
    page.editors["zpl_printer"].setText("zebra:99999")  # type: ignore[attr-defined]
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved_note.text().startswith("✗"))
    note = page.saved_note.text()
    assert "Network Zebra printer" in note and "zebra:99999" in note
    assert "nothing was saved" in note
    with store.read() as session:
        assert settings.get(session, "attempt_limit") == 3
        assert settings.get(session, "zpl_printer") == ""


def test_settings_are_grouped_by_task_with_help(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    titles = [box.title() for box in page.groups.values()]
    assert titles == ["Counter and labels", "Scanner", "Planning", "Delivery rules",
                      "Earnings", "Language and display", "Advanced"]
    for spec in settings.SPECS.values():
        assert page.groups[spec.group].isAncestorOf(page.editors[spec.name]), spec.name
        assert page.helps[spec.name].text(), spec.name  # a line of help for each
    # The technical figures are folded away until asked for.
    advanced = page.groups["advanced"]
    for name in ("road_factor", "scanner_max_key_interval_ms", "proof_retention_days"):
        assert advanced.isAncestorOf(page.editors[name])
    assert not advanced.isVisible() and not page.editors["road_factor"].isVisible()
    page.show_advanced.click()
    assert advanced.isVisible() and page.editors["road_factor"].isVisible()
    page.findChild(QScrollArea, "settingsScroll").ensureWidgetVisible(advanced)  # type: ignore[union-attr]
    qtbot.wait(50)  # the scroll area takes the taller sections at its next layout
    for name in ("label_size", "road_factor"):  # nothing squeezed to make room
        editor = page.editors[name]
        assert editor.height() >= editor.minimumSizeHint().height(), name
    save_screenshot(page, "settings_page_advanced")
    page.show_advanced.click()
    assert not advanced.isVisible()


def items(box) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_choices_are_lists_with_readable_names(qtbot, paths, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui.printing import printers

    monkeypatch.setattr(printers, "installed_printers", lambda: ["Office A4", "Zebra GK420d"])
    monkeypatch.setattr(printers, "default_printer", lambda: "Office A4")
    settings.save(store, {"document_printer": "Old Laser", "label_printer": "Zebra GK420d",
                          "currency": "EUR"})
    context = AppContext(paths, store)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert items(page.editors["label_size"]) == [("4 x 6 in shipping label", "4x6in"),
                                                 ("62 mm roll", "62mm")]
    assert [v for _t, v in items(page.editors["label_printer_language"])] == ["page", "zpl"]
    label = page.editors["label_printer"]
    # No label printer means labels saved as PDF, never silently on the office printer.
    assert items(label) == [("None: save labels as PDF files", ""),
                            ("Office A4", "Office A4"), ("Zebra GK420d", "Zebra GK420d")]
    assert items(page.editors["document_printer"])[0] == ("System default printer (Office A4)", "")
    assert label.currentData() == "Zebra GK420d"  # type: ignore[attr-defined]
    # A saved printer that is not installed now is kept, and said to be absent.
    document = page.editors["document_printer"]
    assert document.currentText() == "Old Laser (not connected)"  # type: ignore[attr-defined]
    assert document.currentData() == "Old Laser"  # type: ignore[attr-defined]
    currency = page.editors["currency"]
    codes = [v for _t, v in items(currency)]
    assert codes[0] == "" and {"EUR", "GBP", "USD"} <= set(codes)
    assert currency.currentText() == "EUR (€)"  # type: ignore[attr-defined]
    # The rates carry the chosen currency's sign.
    rate = page.editors["rate_per_delivery"]
    assert "€" in rate.prefix() + rate.suffix()  # type: ignore[attr-defined]
    currency.setCurrentIndex(currency.findData("GBP"))  # type: ignore[attr-defined]
    assert "£" in rate.prefix() + rate.suffix()  # type: ignore[attr-defined]
    # Nothing was changed by opening the page: saving as shown keeps every value.
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.saved_note.text())
    with store.read() as session:
        assert settings.get(session, "document_printer") == "Old Laser"
        assert settings.get(session, "label_printer") == "Zebra GK420d"
        assert settings.get(session, "currency") == "GBP"


def test_serial_port_from_the_ports_present(qtbot, paths, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui import scanner

    # No ports at all (as offscreen, or a PC with no COM port): "None" only.
    monkeypatch.setattr(scanner, "available_ports", lambda: [])
    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.show()
    box = page.editors["serial_scanner_port"]
    assert items(box) == [("None", "")]
    # Ports present: listed by name with what the system says they are.
    monkeypatch.setattr(scanner, "available_ports", lambda: [
        scanner.SerialPortChoice("COM3", "USB-SERIAL CH340"),
        scanner.SerialPortChoice("COM4"),
    ])
    settings.save(store, {"serial_scanner_port": "COM7"})  # saved, but unplugged now
    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.show()
    box = page.editors["serial_scanner_port"]
    assert items(box) == [("None", ""), ("COM3 · USB-SERIAL CH340", "COM3"), ("COM4", "COM4"),
                          ("COM7 (not connected)", "COM7")]
    assert box.currentData() == "COM7"  # type: ignore[attr-defined]
    box.setCurrentIndex(1)  # type: ignore[attr-defined]
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.saved_note.text())
    with store.read() as session:
        assert settings.get(session, "serial_scanner_port") == "COM3"
    # A scanner plugged in while the page was out of sight is listed when it shows again.
    page.hide()
    monkeypatch.setattr(scanner, "available_ports", lambda: [
        scanner.SerialPortChoice("COM3", "USB-SERIAL CH340"),
        scanner.SerialPortChoice("COM9", "Honeywell"),
    ])
    page.show()
    assert box.findData("COM9") >= 0 and box.currentData() == "COM3"  # type: ignore[attr-defined]
    # A port the system does not list can still be typed.
    box.setEditText("/dev/serial/by-id/usb-scanner")  # type: ignore[attr-defined]
    page.save_button.click()
    qtbot.waitUntil(lambda: page.context.ops.idle())
    with store.read() as session:
        assert settings.get(session, "serial_scanner_port") == "/dev/serial/by-id/usb-scanner"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_page_fits_small_screens(qtbot, paths, store: Store, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    # The page's share of the window: the navigation list and the title bar take some.
    width, height = size[0] - 220, size[1] - 120
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    assert page.minimumSizeHint().width() <= width
    assert page.minimumSizeHint().height() <= height
    scroll = page.findChild(QScrollArea, "settingsScroll")
    assert scroll is not None and scroll.widget().minimumSizeHint().width() <= scroll.width()
    # Save is on screen without scrolling; every setting is reached by scrolling.
    assert page.rect().contains(page.save_button.geometry())
    scroll.ensureWidgetVisible(page.editors["rate_per_pickup"])
    qtbot.wait(10)
    assert page.editors["rate_per_pickup"].visibleRegion().boundingRect().height() > 0


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


def test_about_is_the_apps_one_about(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from shopapp import __version__

    from shopapp.ui.about import AboutDialog

    page = SettingsPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.show()
    about = next(b for b in page.findChildren(QPushButton) if b.text() == "&About…")
    about.click()
    dialog = page.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.summary.text() and "OpenStreetMap" in dialog.summary.text()
    dialog.close()
