"""Money in the shop's currency, in the locale's format (names.money_text)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from PySide6.QtCore import QLocale

from shopapp.ui.names import currency_code, currency_name, money_text

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("locale", "currency", "shown"),
    [
        ("en_GB", "", "£1.20"),  # the locale's own currency
        ("fr_FR", "", "1,20\N{NO-BREAK SPACE}€"),
        ("en_GB", "EUR", "€1.20"),  # the setting wins over the locale
        ("fr_FR", "GBP", "1,20\N{NO-BREAK SPACE}£"),
        ("en_US", "usd", "$1.20"),  # the locale's own sign for its own currency
        ("en_GB", "USD", "US$1.20"),  # abroad, a bare "$" would be ambiguous
        ("en_GB", "XOF", "XOF1.20"),  # no common sign: the ISO code
    ],
)
def test_money_in_the_shops_currency(locale: str, currency: str, shown: str) -> None:
    text = money_text(Decimal("1.20"), currency, QLocale(locale))
    # Qt puts a no-break space (or none) between number and sign depending on its CLDR.
    assert text.replace("\N{NARROW NO-BREAK SPACE}", "\N{NO-BREAK SPACE}") == shown


def test_thousands_and_the_c_locale() -> None:
    assert money_text(1234.5, "", QLocale("en_GB")) == "£1,234.50"
    # The bare C locale has no currency: the number alone, still with two decimals.
    assert currency_code("", QLocale.c()) == ""
    assert money_text(Decimal("0"), "", QLocale.c()) == "0.00"


def test_currency_names_for_the_settings_list() -> None:
    assert currency_name("EUR", QLocale("en_GB")) == "EUR (€)"
    assert currency_name("XOF", QLocale("en_GB")) == "XOF"
    assert currency_code("", QLocale("es_ES")) == "EUR"


def test_the_rates_carry_the_currency_setting(store) -> None:  # type: ignore[no-untyped-def]
    from shopapp import settings
    from shopapp.reports.earnings import Rates

    with store.read() as session:
        assert Rates.from_settings(session).currency == ""  # default: the locale's
    settings.save(store, {"currency": "EUR"})
    with store.read() as session:
        rates = Rates.from_settings(session)
    assert rates.currency == "EUR"
    assert money_text(rates.per_delivery, rates.currency, QLocale("en_GB")) == "€1.20"
