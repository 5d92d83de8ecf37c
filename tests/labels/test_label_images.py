"""Code 128 and QR images decode back to the same text with a real decoder (zxing-cpp)."""

from __future__ import annotations

import io
from datetime import date

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from shopapp.labels import (
    LabelContentError,
    ShelfLabel,
    code128_png,
    geo_uri,
    maps_link,
    qr_png,
)
from shopapp.scanning import parse_scan


def _decode(png: bytes, barcode_format: zxingcpp.BarcodeFormat) -> list[str]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    return [found.text for found in zxingcpp.read_barcodes(image, formats=barcode_format)]


@pytest.mark.parametrize(
    "text",
    [
        "1Z5R89390357567127",
        "986578788855",
        "9400111206206406260787",
        "RB123456785GB",
        "SHOP:1Z5R893903575671273",
        "Mixed case & symbols: ok!",
    ],
)
@pytest.mark.parametrize("dpi", [203, 300])
def test_code128_decodes_to_same_text(text: str, dpi: int) -> None:
    assert _decode(code128_png(text, dpi=dpi), zxingcpp.BarcodeFormat.Code128) == [text]


def test_code128_without_human_text_still_decodes() -> None:
    png = code128_png("TBA010000000000", human_readable=False)
    assert _decode(png, zxingcpp.BarcodeFormat.Code128) == ["TBA010000000000"]


@settings(max_examples=25, deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=30))
def test_code128_any_printable_ascii(text: str) -> None:
    assert _decode(code128_png(text), zxingcpp.BarcodeFormat.Code128) == [text]


@pytest.mark.parametrize("bad", ["", "x" * 81, "caf\u00e9", "tab\there"])
def test_code128_refuses_what_it_cannot_carry(bad: str) -> None:
    with pytest.raises(LabelContentError):
        code128_png(bad)


@pytest.mark.parametrize(
    "text",
    [
        "SHOP:1Z5R893903575671273",
        geo_uri(51.501364, -0.14189),
        maps_link(-33.856784, 151.215297),
        "Grüße aus dem Laden – 配達",
    ],
)
@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_qr_decodes_to_same_text(text: str, level: str) -> None:
    png = qr_png(text, error_correction=level)  # type: ignore[arg-type]
    assert _decode(png, zxingcpp.BarcodeFormat.QRCode) == [text]


def test_qr_refuses_empty_and_oversized_text() -> None:
    with pytest.raises(LabelContentError):
        qr_png("")
    with pytest.raises(LabelContentError):
        qr_png("x" * 5000)


def test_shelf_label_barcode_scans_back_as_the_parcel() -> None:
    label = ShelfLabel("1z5r 8939 0357 5671 27", "J. Smith", "B-12", 7, date(2026, 11, 26))
    (decoded,) = _decode(code128_png(label.code), zxingcpp.BarcodeFormat.Code128)
    result = parse_scan(decoded + "\r")
    assert result.ok and result.kind == "shelf_label"
    assert result.tracking_number == "1Z5R89390357567127" == label.tracking_number
    (from_qr,) = _decode(qr_png(label.code), zxingcpp.BarcodeFormat.QRCode)
    assert parse_scan(from_qr).tracking_number == label.tracking_number
