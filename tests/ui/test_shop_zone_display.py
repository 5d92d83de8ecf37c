"""Times and dates shown to the shopkeeper are in the shop's time zone, not the PC's."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QDate, QLocale

from shopapp import clock

from shopapp.ui.names import local_time_text
from shopapp.ui.printing.pickup_slip import local_date

pytestmark = pytest.mark.gui

# 23:30 on 25 November in New York; 04:30 on the 26th in UTC, 13:30 in Tokyo.
MOMENT = "2026-11-26T04:30:00.000000Z"


def test_times_and_dates_are_shown_in_the_shop_s_zone(qapp) -> None:  # type: ignore[no-untyped-def]
    clock.set_shop_zone("America/New_York")
    assert local_time_text(MOMENT, seconds=True).endswith(" 23:30:00")
    shop_day = QLocale().toString(QDate(2026, 11, 25), QLocale.FormatType.ShortFormat)
    assert local_time_text(MOMENT).startswith(shop_day + " ")
    assert local_date(MOMENT) == "Wed 25 Nov 2026"
    clock.set_shop_zone("Asia/Tokyo")
    assert local_time_text(MOMENT, seconds=True).endswith(" 13:30:00")
    assert local_date(MOMENT) == "Thu 26 Nov 2026"
