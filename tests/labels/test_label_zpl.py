"""ZPL II output for shelf labels on 4x6 in and 62 mm stock."""

from __future__ import annotations

import re
from datetime import date

import pytest
from barcode.codex import Code128

from shopapp.labels import (
    LABEL_4X6_IN,
    LABEL_62_MM,
    LABEL_SIZES,
    LabelContentError,
    LabelSize,
    ShelfLabel,
    shelf_label_zpl,
    short_name,
)
from shopapp.scanning import parse_scan

NUMBERS = ["1Z5R89390357567127", "9622001900000000000000776632517510", "RB123456785GB"]


def _label(number: str, name: str = "J. Smith", stop: int | None = 7) -> ShelfLabel:
    return ShelfLabel(number, name, "B-12", stop, date(2026, 11, 26))


@pytest.mark.parametrize("size", LABEL_SIZES, ids=lambda s: s.name)
@pytest.mark.parametrize("number", NUMBERS)
def test_barcode_field_carries_the_tracking_number(size: LabelSize, number: str) -> None:
    zpl = shelf_label_zpl(_label(number), size)
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    assert f"^PW{size.width_dots}" in zpl and f"^LL{size.length_dots}" in zpl
    fields = re.findall(r"\^BC[NRIB],(\d+),N,N,N\^FD([^\^]*)\^FS", zpl)
    assert len(fields) == 1
    code = fields[0][1]
    assert number in code
    result = parse_scan(code)
    assert result.ok and result.tracking_number == number


@pytest.mark.parametrize("size", LABEL_SIZES, ids=lambda s: s.name)
@pytest.mark.parametrize("number", NUMBERS)
def test_barcode_fits_on_the_label(size: LabelSize, number: str) -> None:
    label = _label(number)
    zpl = shelf_label_zpl(label, size)
    found = re.search(r"\^FO(\d+),(\d+)\^BY(\d+),3,\d+\^BC([NR])", zpl)
    assert found is not None
    x, y, module, orientation = int(found[1]), int(found[2]), int(found[3]), found[4]
    length = module * len(Code128(label.code).build()[0])
    room = size.width_dots - x if orientation == "N" else size.length_dots - y
    assert module >= 2, "bars of 1 dot (0.125 mm) do not scan reliably"
    assert length <= room


def test_text_fields_are_escaped_and_shown() -> None:
    zpl = shelf_label_zpl(_label(NUMBERS[0], name="Dr. ^Evil_~ Müller"))
    assert "Dr. _5EEvil_5F_7E Müller" in zpl
    assert "Stop 7" in zpl and "2026-11-26" in zpl and "B-12" in zpl
    assert "1Z5R 8939 0357 5671 27" in zpl
    assert "^CI28" in zpl  # UTF-8 text
    # Only our own commands start with ^ or ~ : none hides inside a field.
    for field in re.findall(r"\^FD(.*?)\^FS", zpl):
        assert "~" not in field


def test_label_before_planning_has_no_stop() -> None:
    zpl = shelf_label_zpl(_label(NUMBERS[0], stop=None), LABEL_62_MM)
    assert "Stop" not in zpl


def test_label_normalises_and_validates_the_number() -> None:
    assert _label("1z5r 8939 0357 5671 27").tracking_number == "1Z5R89390357567127"
    with pytest.raises(LabelContentError):
        _label("??")


def test_long_names_are_cut() -> None:
    label = _label(NUMBERS[0], name="Maximiliane Wilhelmina von Hohenzollern-Sigmaringen")
    assert len(label.name_line) <= 24


def test_short_name() -> None:
    assert short_name("Jane Ann Smith") == "J. A. Smith"
    assert short_name("Cher") == "Cher"
    assert short_name("  ") == ""


def test_sizes_are_203_dpi_stock() -> None:
    assert (LABEL_4X6_IN.width_dots, LABEL_4X6_IN.length_dots) == (812, 1218)  # 4 x 6 in
    assert LABEL_62_MM.width_dots == round(62 / 25.4 * 203)
