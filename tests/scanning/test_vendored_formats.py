"""Every courier's own test numbers from the vendored tracking_number_data definitions."""

from __future__ import annotations

import pytest

from shopapp.scanning import parse_scan
from shopapp.scanning.format_report import courier_counts
from shopapp.scanning.formats import (
    FormatTable,
    Verdict,
    bundled_formats,
    formats_of_courier,
)

TABLE = bundled_formats()
VALID = [(f.courier, f.name, n) for f in TABLE.formats for n in f.valid_samples]
INVALID = [(f.courier, f.name, n) for f in TABLE.formats for n in f.invalid_samples]


def test_every_bundled_definition_loads() -> None:
    assert len(TABLE) == 39
    assert len(VALID) == 192 and len(INVALID) == 88


@pytest.mark.parametrize(("courier", "name", "number"), VALID)
def test_a_valid_test_number_is_read_as_its_courier(courier: str, name: str, number: str) -> None:
    result = parse_scan(number)
    assert result.ok, (name, result)
    # A few numbers fit two couriers' rules (12 digits: FedEx and Purolator); the
    # commoner one is named and the other kept beside it for the manifest to decide.
    assert courier == result.carrier or courier in result.other_carriers, (name, result)
    assert result.tracking_number is not None and " " not in result.tracking_number


@pytest.mark.parametrize(("courier", "name", "number"), INVALID)
def test_an_invalid_test_number_is_not_read_as_its_format(
    courier: str, name: str, number: str
) -> None:
    result = parse_scan(number)
    assert not (result.ok and result.product == name), result


def test_the_counts_per_courier() -> None:
    counts = courier_counts()
    assert sum(c.valid_read for c in counts.values()) == 192
    assert sum(c.invalid_not_read_as_theirs for c in counts.values()) == 88
    assert {"amazon", "dpd", "canada_post", "purolator", "canpar", "lasership", "ontrac",
            "speedee", "old_dominion", "yodel", "yunexpress", "landmark", "gofo"} <= set(counts)


def test_new_checksums_on_their_own() -> None:
    dpd = TABLE.named("DPD (14)")
    luhn = TABLE.named("Old Dominion")
    assert dpd is not None and luhn is not None and dpd.checksum == "mod_37_36"
    assert dpd.test("09980000020033F") is not None
    assert dpd.test("09980000020033F").verdict is Verdict.VALID  # type: ignore[union-attr]
    assert dpd.test("09980000020033D").verdict is Verdict.BAD_CHECK_DIGIT  # type: ignore[union-attr]
    assert luhn.test("07209562763").verdict is Verdict.VALID  # type: ignore[union-attr]
    assert luhn.test("07209562773").verdict is Verdict.BAD_CHECK_DIGIT  # type: ignore[union-attr]


def test_the_carriers_own_format_comes_first_and_bad_ones_are_skipped() -> None:
    courier = {
        "name": "Hill Carrier",
        "courier_code": "hillcarrier",
        "tracking_numbers": [
            {"name": "Hill 12", "regex": "(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])",
             "validation": {"checksum": {"name": "luhn"}}},
            {"name": "Unclosed", "regex": "(ab", "validation": {}},
            {"name": "Unknown check", "regex": "X[0-9]+",
             "validation": {"checksum": {"name": "mod97"}}},
        ],
    }
    assert [f.name for f in formats_of_courier(courier, "carrier")] == ["Hill 12"]
    table: FormatTable = TABLE.with_carrier_formats([courier])
    assert len(table) == len(TABLE) + 1
    result = parse_scan("287809468872", table)  # also FedEx and Purolator by their rules
    assert result.carrier == "hillcarrier" and "fedex" in result.other_carriers


@pytest.mark.parametrize("junk", [{}, [], {"courier_code": "x"}, {"courier_code": "x",
                                  "tracking_numbers": [1, None, {"regex": 5}]}])
def test_malformed_carrier_data_never_raises(junk: object) -> None:
    assert TABLE.with_carrier_formats([junk]) is TABLE  # type: ignore[list-item]
