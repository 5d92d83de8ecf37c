"""The settings' declarations: a section and a line of help each; values checked on save."""

from __future__ import annotations

import pytest

from shopapp import settings
from shopapp.store import Store


def test_every_setting_has_a_section_and_help() -> None:
    assert list(settings.GROUPS)[-1] == settings.ADVANCED  # the technical ones last
    for spec in settings.SPECS.values():
        assert spec.group in settings.GROUPS, spec.name
        assert spec.help and spec.help.endswith("."), spec.name
    advanced = {n for n, s in settings.SPECS.items() if s.group == settings.ADVANCED}
    assert {"road_factor", "scanner_max_key_interval_ms", "proof_retention_days"} <= advanced
    # Every section a shopkeeper works through has something in it.
    assert {s.group for s in settings.SPECS.values()} == set(settings.GROUPS)


@pytest.mark.parametrize(
    ("name", "value"),
    [("zpl_printer", "zebra:99999"), ("zpl_printer", ":9100"), ("currency", "EURO"),
     ("currency", "€"), ("label_size", "A4")],
)
def test_values_a_setting_cannot_take_save_nothing(store: Store, name: str, value: str) -> None:
    with pytest.raises(settings.SettingInvalid):
        settings.save(store, {name: value, "attempt_limit": 5})
    assert settings.load_all(store)["attempt_limit"] == 3


def test_values_a_setting_can_take(store: Store) -> None:
    saved = settings.save(store, {"zpl_printer": "192.168.1.50:9100", "currency": "CHF",
                                  "serial_scanner_port": "COM3"})
    assert saved.values["zpl_printer"] == "192.168.1.50:9100"
    assert saved.values["currency"] == "CHF" and saved.values["serial_scanner_port"] == "COM3"
    assert settings.save(store, {"currency": " eur "}).values["currency"] == "EUR"
    assert settings.save(store, {"zpl_printer": "", "currency": ""}).values["currency"] == ""
