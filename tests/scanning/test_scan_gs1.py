"""parse_scan on GS1 payloads: AIM identifiers, GS/FNC1, SSCC, USPS 420+ZIP routing."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from barcode.codex import Gs1_128
from barcode.writer import ImageWriter
from PIL import Image
from scan_samples import SSCC, USPS_ROUTED

from shopapp.scanning import ScanError, parse_scan

GS = "\x1d"
GS1_AIMS = ["]C1", "]d2", "]Q3", "]e0"]


def _routings(zip5: str, zip4: str, number: str) -> list[tuple[str, str]]:
    """Every way a USPS label's routing prefix reaches us: (payload, expected postal code)."""
    zips = [zip5, zip5 + zip4] if zip4 else [zip5]
    payloads = []
    for postal in zips:
        payloads += [
            (f"420{postal}{number}", postal),
            (f"420{postal}{GS}{number}", postal),
            (f"]C1420{postal}{GS}{number}", postal),
            (f"]C1420{postal}{number}", postal),
            (f"]d2420{postal}{GS}{number}", postal),
            (f"(420){postal}({number[:2]}){number[2:]}", postal),
        ]
    return payloads


ROUTED = [
    (payload, postal, number)
    for zip5, zip4, number in USPS_ROUTED
    for payload, postal in _routings(zip5, zip4, number)
]


@pytest.mark.parametrize(("payload", "postal", "number"), ROUTED)
@pytest.mark.parametrize("suffix", ["", "\r", "\n", "\t", "\r\n"])
def test_usps_routing_prefix_is_removed(
    payload: str, postal: str, number: str, suffix: str
) -> None:
    result = parse_scan(payload + suffix)
    assert result.ok, result
    assert result.carrier == "usps"
    assert result.tracking_number == number
    assert result.postal_code == postal
    assert result.kind == "gs1"
    assert result.full_number == f"420{postal}{number}"


@pytest.mark.parametrize(("zip5", "zip4", "number"), USPS_ROUTED)
def test_usps_routing_with_wrong_check_digit(zip5: str, zip4: str, number: str) -> None:
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    for payload in (f"420{zip5}{bad}", f"]C1420{zip5}{GS}{bad}"):
        result = parse_scan(payload + "\r")
        assert not result.ok
        assert result.error_code == ScanError.CHECK_DIGIT


@pytest.mark.parametrize(("zip5", "zip4", "number"), USPS_ROUTED)
def test_usps_routing_truncated(zip5: str, zip4: str, number: str) -> None:
    for payload in (f"420{zip5}{number[:-3]}", f"]C1420{zip5}{GS}{number[:-3]}", f"420{zip5}"):
        result = parse_scan(payload + "\r")
        assert not result.ok
        assert result.error_code == ScanError.TRUNCATED, payload


@pytest.mark.parametrize(
    "payload",
    [f"{aim}00{SSCC}" for aim in GS1_AIMS]
    + [f"00{SSCC}", SSCC, f"(00){SSCC}", f"{GS}00{SSCC}", f"]C100{SSCC}{GS}", f"00 {SSCC}"],
)
def test_sscc(payload: str) -> None:
    result = parse_scan(payload + "\r")
    assert result.ok, result
    assert result.kind == "sscc"
    assert result.tracking_number == SSCC
    assert result.carrier is None


def test_sscc_with_other_elements() -> None:
    result = parse_scan(f"]C1{GS}00{SSCC}42012345{GS}10LOT7")
    assert result.ok and result.tracking_number == SSCC and result.postal_code == "12345"


def test_sscc_wrong_check_digit() -> None:
    bad = SSCC[:-1] + "8"
    for payload in (f"]C100{bad}", f"]d200{bad}"):
        result = parse_scan(payload)
        assert result.error_code == ScanError.CHECK_DIGIT


def test_sscc_truncated() -> None:
    result = parse_scan(f"]C100{SSCC[:-2]}")
    assert result.error_code == ScanError.TRUNCATED


def test_two_ssccs_in_one_read() -> None:
    other = "376130321109103420"
    result = parse_scan(f"]C100{SSCC}00{other}")
    assert result.error_code == ScanError.TWO_LABELS
    result = parse_scan(f"00{SSCC}00{other}")
    assert result.error_code == ScanError.TWO_LABELS


def test_gs1_product_code_is_not_a_parcel() -> None:
    result = parse_scan("]d2010950110153000317150123" + GS + "10ABC")
    assert result.error_code == ScanError.NOT_A_PARCEL


@pytest.mark.parametrize("payload", ["]C1", "]C1" + GS, "]Q3hello", "]C199", "]Zxyz"])
def test_broken_gs1_is_refused_with_a_message(payload: str) -> None:
    result = parse_scan(payload)
    assert not result.ok and result.error


@pytest.mark.parametrize(("zip5", "zip4", "number"), USPS_ROUTED)
def test_real_gs1_128_symbol_decodes_to_a_parcel(zip5: str, zip4: str, number: str) -> None:
    """Encode a USPS GS1-128 label, decode it with zxing-cpp as a scanner would send it."""
    symbol = Gs1_128(f"420{zip5}\xf1{number}", writer=ImageWriter())
    buffer = io.BytesIO()
    symbol.write(buffer, {"module_width": 0.33, "write_text": False})
    buffer.seek(0)
    (read,) = zxingcpp.read_barcodes(Image.open(buffer), text_mode=zxingcpp.TextMode.Plain)
    assert read.symbology_identifier == "]C1"
    result = parse_scan(read.symbology_identifier + read.text + "\r")
    assert result.ok and result.tracking_number == number and result.postal_code == zip5


@pytest.mark.parametrize(
    "barcode_format", [zxingcpp.BarcodeFormat.DataMatrix, zxingcpp.BarcodeFormat.QRCode]
)
@pytest.mark.parametrize(
    "text_mode", [zxingcpp.TextMode.Plain, zxingcpp.TextMode.HRI], ids=["plain", "hri"]
)
@pytest.mark.parametrize(
    ("hri", "number", "postal"),
    [
        (f"(00){SSCC}", SSCC, None),
        ("(420)22153(91)01026837331000039521", "9101026837331000039521", "22153"),
        ("(420)100233424(92)00190132607600833457", "9200190132607600833457", "100233424"),
    ],
)
def test_real_gs1_2d_symbols_decode_to_a_parcel(
    barcode_format: zxingcpp.BarcodeFormat,
    text_mode: zxingcpp.TextMode,
    hri: str,
    number: str,
    postal: str | None,
) -> None:
    """GS1 DataMatrix (]d2) and GS1 QR (]Q3) made and read by zxing-cpp, as a scanner sends them."""
    symbol = zxingcpp.create_barcode(hri, barcode_format, gs1=True)
    (read,) = zxingcpp.read_barcodes(symbol.to_image(scale=4), text_mode=text_mode)
    assert read.symbology_identifier in ("]d2", "]Q3")
    result = parse_scan(read.symbology_identifier + read.text + "\r")
    assert result.ok, (read.text, result)
    assert result.tracking_number == number and result.postal_code == postal
