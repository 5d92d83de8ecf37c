"""parse_scan on carrier numbers in every wrapping a scanner or a person produces."""

from __future__ import annotations

import pytest
from scan_samples import ALL, DISTINCTIVE, tracked

from shopapp.scanning import MESSAGES, ScanError, ScanResult, parse_scan
from shopapp.scanning.carriers import Verdict, match_carrier

SUFFIXES = ["", "\r", "\n", "\r\n", "\t", "  \r\n", "\x00"]


def _grouped(number: str, size: int = 4) -> str:
    return " ".join(number[i : i + size] for i in range(0, len(number), size))


def _assert_ok(result: ScanResult, carrier: str, number: str) -> None:
    assert result.ok, result
    assert result.kind == "carrier"
    assert result.carrier == carrier
    assert result.tracking_number == tracked(number)
    assert result.full_number == (number if tracked(number) != number else None)
    assert result.error is None and result.error_code is None


@pytest.mark.parametrize(("carrier", "number"), ALL)
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_plain_number_with_terminator(carrier: str, number: str, suffix: str) -> None:
    _assert_ok(parse_scan(number + suffix), carrier, number)


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_lower_case_and_groups_of_digits(carrier: str, number: str) -> None:
    _assert_ok(parse_scan(number.lower()), carrier, number)
    _assert_ok(parse_scan(_grouped(number.lower()) + "\r"), carrier, number)
    _assert_ok(parse_scan(" " + _grouped(number, 3) + " "), carrier, number)
    _assert_ok(parse_scan("-".join(_grouped(number).split())), carrier, number)


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_aim_code128_identifier_is_stripped(carrier: str, number: str) -> None:
    result = parse_scan("]C0" + number + "\r")
    _assert_ok(result, carrier, number)
    assert result.symbology == "]C0"


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_bytes_input(carrier: str, number: str) -> None:
    _assert_ok(parse_scan((number + "\r\n").encode("ascii")), carrier, number)  # type: ignore[arg-type]


def _wrong_check_digit(number: str) -> str:
    """The number with another last character that no carrier format accepts."""
    for digit in "0123456789":
        candidate = number[:-1] + digit
        if candidate != number and match_carrier(candidate).verdict is not Verdict.VALID:
            return candidate
    raise AssertionError(f"every check digit is valid for {number}")


@pytest.mark.parametrize(
    ("carrier", "number"), [(c, n) for c, n in ALL if c != "amazon"]  # TBA has no check digit
)
def test_wrong_check_digit(carrier: str, number: str) -> None:
    if number[-1].isalpha():  # S10 ends in the country; its check digit sits before it
        bad = number[:10] + str((int(number[10]) + 1) % 10) + number[11:]
    else:
        bad = _wrong_check_digit(number)
    result = parse_scan(bad + "\r")
    assert not result.ok
    assert result.error_code == ScanError.CHECK_DIGIT
    assert result.error == "check digit wrong: scan again or type it"
    assert result.tracking_number is None


@pytest.mark.parametrize("number", DISTINCTIVE)
@pytest.mark.parametrize("cut", [1, 2, 5])
def test_truncated_read(number: str, cut: int) -> None:
    result = parse_scan(number[:-cut] + "\r")
    assert not result.ok
    assert result.error_code == ScanError.TRUNCATED
    assert result.error == MESSAGES[ScanError.TRUNCATED]


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_any_cut_never_passes_as_the_same_parcel(carrier: str, number: str) -> None:
    for cut in range(1, len(number)):
        result = parse_scan(number[:-cut])
        assert not (result.ok and result.tracking_number == tracked(number))
        assert result.ok or result.error


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1Z5R89390357567127", "1Z879E930346834440"),
        ("1Z5R89390357567127", "1Z5R89390357567127"),
        ("TBA010000000000", "RB123456785GB"),
        ("C11031500001879", "1Z879E930346834440"),
        ("9400111206206406260787", "1Z5R89390357567127"),
        ("RB123456785GB", "RB123456785US"),
    ],
)
@pytest.mark.parametrize("joint", ["", " ", "\r", "\n", "\t", "\r\n"])
def test_two_labels_read_as_one(first: str, second: str, joint: str) -> None:
    result = parse_scan(first + joint + second + "\r")
    assert not result.ok
    assert result.error_code == ScanError.TWO_LABELS
    assert result.error == MESSAGES[ScanError.TWO_LABELS]


def test_two_numeric_labels_on_separate_lines() -> None:
    result = parse_scan("3318810025\n986578788855\r")
    assert result.error_code == ScanError.TWO_LABELS


@pytest.mark.parametrize(
    "product", ["4006381333931", "036000291452", "96385074", "]E04006381333931"]
)
def test_product_barcode_is_not_a_parcel(product: str) -> None:
    result = parse_scan(product + "\r")
    assert not result.ok
    assert result.error_code == ScanError.NOT_A_PARCEL


def test_maxicode_envelope_finds_the_ups_number() -> None:
    payload = (
        "[)>\x1e01\x1d96841706672\x1d840\x1d001\x1d1Z879E930346834440\x1dUPSN\x1d879E93"
        "\x1d089\x1d\x1d1/1\x1d10.1\x1dY\x1d\x1d\x1dUT\x1e\x04"
    )
    result = parse_scan(payload)
    assert result.ok and result.carrier == "ups"
    assert result.tracking_number == "1Z879E930346834440"


US_KEYS = "1234567890QAWZ:"
AZERTY_CHARS = "&é\"'(-è_çàAQZWM"


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_scanner_typing_on_a_german_layout(carrier: str, number: str) -> None:
    typed = number.translate(str.maketrans("YZ", "ZY"))
    _assert_ok(parse_scan(typed + "\r"), carrier, number)


@pytest.mark.parametrize(("carrier", "number"), ALL)
def test_scanner_typing_on_a_french_layout(carrier: str, number: str) -> None:
    typed = number.translate(str.maketrans(US_KEYS, AZERTY_CHARS))
    _assert_ok(parse_scan(typed + "\r"), carrier, number)


def test_serial_scanner_framing_is_removed() -> None:
    _assert_ok(parse_scan("\x021Z5R89390357567127\x03"), "ups", "1Z5R89390357567127")
