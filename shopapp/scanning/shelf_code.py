"""The app's own shelf-label code: `SHOP:` + tracking number + one ISO 7064 check character."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parcelwire.tracking import normalise_tracking_number as normalise_tracking_number
from shopapp.errors import ShopAppError
from shopapp.scanning.result import ScanError

PREFIX = "SHOP:"
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TRACKING = re.compile(r"[A-Z0-9]{4,40}")


class ShelfCodeError(ShopAppError, ValueError):
    """A tracking number that no shelf-label code can carry."""


def check_character(text: str) -> str:
    """ISO/IEC 7064 MOD 37,36 check character over [0-9A-Z] text.

    It catches every single wrong character and nearly every swap of two neighbours.
    """
    product = 36
    for ch in text:
        total = (product + _ALPHABET.index(ch)) % 36 or 36
        product = (total * 2) % 37
    return _ALPHABET[(37 - product) % 36]


def encode_shelf_code(tracking_number: str) -> str:
    """The shelf-label code for a tracking number, e.g. "SHOP:1Z999AA10123456784" + check.

    Raises:
        ShelfCodeError: the tracking number is not 4 to 40 letters and digits.
    """
    number = normalise_tracking_number(tracking_number)
    if not _TRACKING.fullmatch(number):
        raise ShelfCodeError(
            f"A shelf label needs a tracking number of 4 to 40 letters and digits, "
            f"not {tracking_number!r}."
        )
    return f"{PREFIX}{number}{check_character(number)}"


@dataclass(frozen=True, slots=True)
class ShelfReading:
    """The tracking number of a shelf-label code, or why it could not be read."""

    tracking_number: str | None = None
    error: ScanError | None = None


def is_shelf_code(compact: str) -> bool:
    """True when the compacted, upper-case scan carries the shelf-label prefix."""
    return compact.startswith(PREFIX)


def decode_shelf_code(compact: str) -> ShelfReading:
    """Read a compacted, upper-case shelf-label code (see `encode_shelf_code`)."""
    body = compact[len(PREFIX) :]
    if len(body) < 5:
        return ShelfReading(error=ScanError.TRUNCATED)
    if PREFIX in body:
        return ShelfReading(error=ScanError.TWO_LABELS)
    number, check = body[:-1], body[-1]
    if not _TRACKING.fullmatch(number) or check not in _ALPHABET:
        return ShelfReading(error=ScanError.UNKNOWN_FORMAT)
    if check_character(number) != check:
        return ShelfReading(error=ScanError.CHECK_DIGIT)
    return ShelfReading(tracking_number=number)
