"""The app's own shelf-label code: encode, parse back, and refuse damaged reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scan_samples import ALL

from shopapp.scanning import ScanError, decode_shelf_code, encode_shelf_code, parse_scan
from shopapp.scanning.shelf_code import ShelfCodeError, check_character

ALPHANUMERIC = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=40)


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_round_trip_of_carrier_numbers(carrier: str, number: str) -> None:
    code = encode_shelf_code(number.lower())
    assert code.startswith("SHOP:")
    for scanned in (code, code + "\r", code.lower() + "\t", "]C0" + code + "\r\n"):
        result = parse_scan(scanned)
        assert result.ok, result
        assert result.kind == "shelf_label"
        assert result.tracking_number == number


@given(ALPHANUMERIC)
def test_round_trip_of_any_manifest_number(number: str) -> None:
    result = parse_scan(encode_shelf_code(number) + "\r")
    assert result.ok and result.tracking_number == number
    assert decode_shelf_code(encode_shelf_code(number)).tracking_number == number


@given(ALPHANUMERIC, st.data())
def test_every_single_wrong_character_is_caught(number: str, data: st.DataObject) -> None:
    code = encode_shelf_code(number)
    position = data.draw(st.integers(min_value=5, max_value=len(code) - 1))
    replacement = data.draw(st.sampled_from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    damaged = code[:position] + replacement + code[position + 1 :]
    if damaged != code:
        assert not parse_scan(damaged).ok


def test_wrong_check_character() -> None:
    code = encode_shelf_code("1Z5R89390357567127")
    other = "0" if code[-1] != "0" else "1"
    result = parse_scan(code[:-1] + other)
    assert result.error_code == ScanError.CHECK_DIGIT
    assert result.error == "check digit wrong: scan again or type it"


@pytest.mark.parametrize("cut", [1, 5, 15, 19])
def test_truncated_shelf_code(cut: int) -> None:
    code = encode_shelf_code("1Z5R89390357567127")
    result = parse_scan(code[:-cut])
    assert not result.ok
    assert result.error_code in (ScanError.CHECK_DIGIT, ScanError.TRUNCATED)


def test_two_shelf_codes_read_as_one() -> None:
    first = encode_shelf_code("1Z5R89390357567127")
    second = encode_shelf_code("986578788855")
    assert parse_scan(first + second).error_code == ScanError.TWO_LABELS
    assert parse_scan(first + "\r" + second).error_code == ScanError.TWO_LABELS


@pytest.mark.parametrize("bad", ["", "abc", "1Z-5R", "ÄÖÜ12345", "x" * 41])
def test_numbers_no_shelf_code_can_carry(bad: str) -> None:
    if bad == "1Z-5R":  # dashes and spaces are normalised away, 4 characters remain
        assert encode_shelf_code(bad).startswith("SHOP:1Z5R")
        return
    with pytest.raises(ShelfCodeError):
        encode_shelf_code(bad)


def test_check_character_is_iso_7064_mod_37_36() -> None:
    # Worked example of ISO/IEC 7064 MOD 37,36: "A12425GABC1234002" has check "M".
    assert check_character("A12425GABC1234002") == "M"


def test_shelf_code_typed_on_german_and_french_layouts() -> None:
    code = encode_shelf_code("1Z879E930346834440")
    german = code.translate(str.maketrans("YZ:", "ZYÖ"))
    french = code.translate(str.maketrans("1234567890QAWZ:", "&é\"'(-è_çàAQZWM"))
    for typed in (german, french):
        result = parse_scan(typed + "\r")
        assert result.ok and result.tracking_number == "1Z879E930346834440", typed
