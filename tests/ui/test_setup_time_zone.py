"""The first-run setup asks the shop's time zone: the PC's by default, or the profile's;
the choice is saved on the profile and becomes the shop's day boundaries."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QTimeZone

from shopapp import clock
from shopapp.shop import ShopSetup, get_profile, save_shop
from shopapp.store import Store

from shopapp.ui.setup_dialog import SetupDialog, pc_zone_name, zone_names

pytestmark = pytest.mark.gui


def test_the_pc_s_zone_is_the_default_and_a_chosen_zone_is_saved(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    names = zone_names()
    assert {"Europe/London", "America/New_York", "Asia/Tokyo"} <= set(names)
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    assert pc_zone_name() == (system if system in names else "")
    assert dialog.chosen_zone() == pc_zone_name()
    dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("America/New_York"))
    assert "America/New_York (UTC-0" in dialog.time_zone.currentText()
    dialog.name.setText("Harbour Stores")
    dialog.accept()
    setup = dialog.result_setup
    assert setup is not None and setup.time_zone == "America/New_York"
    save_shop(store, setup)
    clock.set_shop_zone(None)
    with store.read() as session:
        profile = get_profile(session)
    assert profile is not None and profile.time_zone == "America/New_York"
    assert clock.shop_zone_name() == "America/New_York"


def test_the_profile_s_zone_is_shown_and_an_unknown_typed_zone_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SetupDialog(initial=ShopSetup(name="Quay Stores", time_zone="Europe/London"))
    qtbot.addWidget(dialog)
    assert dialog.chosen_zone() == "Europe/London"
    dialog.time_zone.setEditText("Europe/Londres")
    dialog.accept()
    assert dialog.result_setup is None
    assert "time zone" in dialog.error.text()
    # Typed in full, a known zone is taken.
    dialog.time_zone.setEditText("Asia/Tokyo")
    dialog.accept()
    assert dialog.result_setup is not None and dialog.result_setup.time_zone == "Asia/Tokyo"
