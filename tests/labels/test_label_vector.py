"""Barcodes as geometry: the bars and modules a printer draws read back as the text."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from shopapp.labels import LabelContentError
from shopapp.labels.vector import CODE128_QUIET_MODULES, code128_bars, qr_modules

zxingcpp = pytest.importorskip("zxingcpp")


def test_code128_bars_on_whole_dots_of_a_203_dpi_head_decode() -> None:
    text = "SH1Z999AA10123456784"
    bars = code128_bars(text)
    assert bars.bars[0][0] == 0  # the start symbol begins with a bar
    assert sum(width for _start, width in bars.bars) < bars.modules
    dots = 2  # 0.25 mm at 203 dpi: each module is exactly two dots, nothing resampled
    width = (bars.modules + 2 * CODE128_QUIET_MODULES) * dots
    image = Image.new("L", (width, 120), 255)
    draw = ImageDraw.Draw(image)
    for start, span in bars.bars:
        x = (CODE128_QUIET_MODULES + start) * dots
        draw.rectangle([x, 10, x + span * dots - 1, 110], fill=0)
    found = zxingcpp.read_barcodes(image)
    assert [(r.text, r.format.name) for r in found] == [(text, "Code128")]


def test_qr_modules_decode() -> None:
    payload = "SHOPAPP-PICKUP:K7Q2M9"
    modules = qr_modules(payload)
    size, scale, border = len(modules), 4, 4
    image = Image.new("L", ((size + 2 * border) * scale,) * 2, 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + border) * scale, (y + border) * scale
                draw.rectangle([left, top, left + scale - 1, top + scale - 1], fill=0)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [payload]


@pytest.mark.parametrize("text", ["", "é", "x" * 81])
def test_what_no_code128_carries_is_refused(text: str) -> None:
    with pytest.raises(LabelContentError):
        code128_bars(text)
