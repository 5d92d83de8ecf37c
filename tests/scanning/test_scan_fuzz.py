"""parse_scan never raises and always answers ok with a number or not ok with a message."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scan_samples import ALL, SSCC

from shopapp.scanning import MESSAGES, ScanError, ScanResult, encode_shelf_code, parse_scan

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID = [number for _carrier, number in ALL] + [
    f"]C100{SSCC}",
    "420221539101026837331000039521",
    encode_shelf_code("1Z5R89390357567127"),
]


def _check_contract(result: object) -> None:
    assert isinstance(result, ScanResult)
    assert isinstance(result.ok, bool)
    assert isinstance(result.kind, str) and result.kind
    if result.ok:
        assert result.tracking_number
        assert result.tracking_number == result.tracking_number.upper()
        assert result.tracking_number.isalnum() and result.tracking_number.isascii()
        assert result.error is None and result.error_code is None
    else:
        assert result.tracking_number is None
        assert result.error and result.error == MESSAGES[ScanError(result.error_code)]


@FUZZ
@given(st.text())
def test_any_text(text: str) -> None:
    _check_contract(parse_scan(text))


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_decoded_with_replacement(data: bytes) -> None:
    _check_contract(parse_scan(data.decode("utf-8", errors="replace")))
    _check_contract(parse_scan(data.decode("latin-1")))
    _check_contract(parse_scan(data))  # type: ignore[arg-type]


@FUZZ
@given(st.text(alphabet="0123456789ABCZ1 \r\n\t\x1d]()-:SHOPcdz", max_size=80))
def test_text_that_looks_like_labels(text: str) -> None:
    _check_contract(parse_scan(text))


@FUZZ
@given(st.sampled_from(VALID), st.data())
def test_scanner_damage_to_valid_labels(label: str, data: st.DataObject) -> None:
    """Substitutions, swaps, drops and repeats of a good read: refused or still sane."""
    chars = list(label)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        action = data.draw(st.sampled_from(["sub", "swap", "drop", "repeat", "insert"]))
        i = data.draw(st.integers(min_value=0, max_value=max(0, len(chars) - 2)))
        if not chars:
            break
        if action == "sub":
            chars[i] = data.draw(st.sampled_from("0123456789AZ\x1d\r"))
        elif action == "swap" and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif action == "drop":
            del chars[i]
        elif action == "repeat":
            chars.insert(i, chars[i])
        else:
            chars.insert(i, data.draw(st.characters()))
    _check_contract(parse_scan("".join(chars)))


@pytest.mark.parametrize(
    "junk",
    [
        "\x07\x08\x1b[2J",
        "1Z5R8939\x1b0357567127",
        "x" * 10_000,
        "1" * 10_000,
        "\x1d" * 5000,
        "]C1" + "00" * 5000,
        "]C1" + "10ABC\x1d" * 600,
        "1Z5R89390357567127 " * 150,
        "\ufffd\ufffd\ufffd",
        "1Z5R89390357567127\u00e9",
    ],
)
def test_garbage_is_refused_quickly(junk: str) -> None:
    started = time.perf_counter()
    result = parse_scan(junk)
    assert time.perf_counter() - started < 1.0
    assert not result.ok
    _check_contract(result)


@pytest.mark.parametrize(
    "odd", [None, 12345, 1.5, object(), b"\xff\xfe", bytearray(b"TBA010000000000")]
)
def test_odd_input_types(odd: object) -> None:
    _check_contract(parse_scan(odd))  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "\r", "\r\n", "\t", "   ", "]C1", "]C1\r"])
def test_empty_reads(empty: str) -> None:
    result = parse_scan(empty)
    assert result.error_code == ScanError.EMPTY


def test_typical_scan_is_fast() -> None:
    started = time.perf_counter()
    for _ in range(200):
        parse_scan("1Z5R89390357567127\r")
    assert (time.perf_counter() - started) / 200 < 0.005
