"""Barcodes as geometry, not pictures: Code 128 bars and QR modules for a painter to draw.

A printer draws each bar as a rectangle at its own resolution, so a 203-dpi thermal
head gets bars on whole dots instead of a 300-dpi raster resampled (and smeared) to
fit. python-barcode gives the Code 128 module pattern (start, data, check symbol,
stop) and qrcode the QR matrix; nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from barcode.codex import Code128

from shopapp.labels.images import ErrorCorrection, check_code128_text, qr_code

CODE128_QUIET_MODULES = 10  # ISO 15417: at least ten modules of white either side


@dataclass(frozen=True, slots=True)
class Bars:
    """A Code 128 symbol as its dark bars: (first module, width in modules) each.

    `modules` is the symbol's width without the quiet zones."""

    text: str
    bars: tuple[tuple[int, int], ...]
    modules: int


def code128_bars(text: str) -> Bars:
    """The dark bars of the Code 128 symbol for `text` (python-barcode's encoding).

    Raises:
        LabelContentError: `text` is empty, too long or not printable ASCII.
    """
    check_code128_text(text)
    pattern = "".join(Code128(text).build())
    bars: list[tuple[int, int]] = []
    start = None
    for index, module in enumerate(pattern + "0"):
        if module == "1" and start is None:
            start = index
        elif module != "1" and start is not None:
            bars.append((start, index - start))
            start = None
    return Bars(text, tuple(bars), len(pattern))


def qr_modules(text: str, error_correction: ErrorCorrection = "M") -> list[list[bool]]:
    """The QR code of `text` as rows of dark (True) and light modules, no quiet zone.

    Raises:
        LabelContentError: `text` is empty or too long for a QR code.
    """
    return [list(row) for row in qr_code(text, error_correction, border=0).get_matrix()]
