"""Code 128 and QR code images as PNG bytes (python-barcode and qrcode, drawn by Pillow)."""

from __future__ import annotations

import io
from typing import Literal

import qrcode
import qrcode.constants
import qrcode.exceptions
from barcode.codex import Code128
from barcode.writer import ImageWriter

from shopapp.labels.errors import LabelContentError
from shopapp.messages import message

ErrorCorrection = Literal["L", "M", "Q", "H"]
_QR_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
MAX_CODE128_CHARS = 80  # beyond this no label printer fits the bars at a scannable width


def check_code128_text(text: str) -> None:
    """LabelContentError unless `text` is 1 to 80 printable ASCII characters."""
    if not text or len(text) > MAX_CODE128_CHARS or not text.isascii() or not text.isprintable():
        raise LabelContentError(
            message(
                "label.code128_content",
                f"A Code 128 barcode takes 1 to {MAX_CODE128_CHARS} printable ASCII "
                f"characters, not {text[:40]!r}.",
                most=MAX_CODE128_CHARS,
            )
        )


def qr_code(
    text: str, error_correction: ErrorCorrection = "M", *, box_size: int = 10, border: int = 4
) -> qrcode.QRCode:
    """The QR code of `text`, made (its matrix ready).

    Raises:
        LabelContentError: `text` is empty or too long for a QR code.
    """
    if not text:
        raise LabelContentError(message("label.qr_empty", "A QR code needs some text."))
    code = qrcode.QRCode(
        error_correction=_QR_LEVELS[error_correction], box_size=box_size, border=border
    )
    code.add_data(text)
    try:
        code.make(fit=True)
    except (ValueError, qrcode.exceptions.DataOverflowError) as exc:
        raise LabelContentError(
            message(
                "label.qr_too_long",
                f"The text is too long for a QR code ({len(text)} characters).",
                chars=len(text),
            )
        ) from exc
    return code


def code128_png(
    text: str,
    *,
    dpi: int = 300,
    module_width_mm: float = 0.33,
    height_mm: float = 15.0,
    human_readable: bool = True,
) -> bytes:
    """A Code 128 barcode of `text` as PNG bytes.

    Args:
        text: printable ASCII, at most 80 characters.
        dpi: image resolution; 300 suits laser printers, 203 thermal ones.
        module_width_mm: the narrowest bar; 0.25 mm and up scan reliably.
        height_mm: bar height.
        human_readable: print the text under the bars.

    Raises:
        LabelContentError: `text` is empty, too long or not printable ASCII.
    """
    check_code128_text(text)
    writer = ImageWriter(format="PNG", mode="L", dpi=dpi)
    symbol = Code128(text, writer=writer)
    options = {
        "module_width": module_width_mm,
        "module_height": height_mm,
        "quiet_zone": max(6.5, 10 * module_width_mm),  # ISO 15417 asks for 10 modules
        "write_text": human_readable,
        "font_size": 10 if human_readable else 0,
        "text_distance": 4.0,
    }
    buffer = io.BytesIO()
    symbol.write(buffer, options)
    return buffer.getvalue()


def qr_png(
    text: str,
    *,
    box_size: int = 8,
    border: int = 4,
    error_correction: ErrorCorrection = "M",
) -> bytes:
    """A QR code of `text` as PNG bytes.

    Args:
        text: any text; links and shelf codes stay small.
        box_size: pixels per module.
        border: quiet zone in modules (the standard asks for 4).
        error_correction: "L", "M", "Q" or "H".

    Raises:
        LabelContentError: `text` is empty or too long for a QR code.
    """
    code = qr_code(text, error_correction, box_size=box_size, border=border)
    image = code.make_image()
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()
