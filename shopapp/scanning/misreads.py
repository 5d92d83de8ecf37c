"""Name what went wrong with a scan no format accepts: truncated, two labels, a product code."""

from __future__ import annotations

import re
from collections.abc import Callable

from biip.gtin import Gtin

from shopapp.scanning.result import ScanError

MAX_JOINED_CHARS = 80  # two of the longest labels (34 characters each) and some slack
MIN_PART_CHARS = 10  # the shortest carrier number (DHL Express) has 10 digits

# Starts of carrier numbers whose full length is known: (pattern of the start, full length).
_KNOWN_STARTS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"1Z[A-Z0-9]*"), 18),  # UPS
    (re.compile(r"TB[ACM]\d*"), 15),  # Amazon Logistics
    (re.compile(r"[CD]\d{4,}"), 15),  # OnTrac C and D (a complete 11-character C is Amazon's)
    (re.compile(r"1LS7\d*"), 15),  # LaserShip
    (re.compile(r"[A-Z]{2}\d{4,9}[A-Z]?"), 13),  # UPU S10, e.g. RB123456785GB
    (re.compile(r"9[1-5]\d{8,}"), 22),  # USPS IMpb
    (re.compile(r"96\d{8,}"), 22),  # FedEx Ground 96
    (re.compile(r"420\d{4,}"), 30),  # USPS routing prefix with the number cut off
)
_DIGITS = re.compile(r"\d+")
# Lengths of all-digit formats (DHL E-Commerce 14, Canada Post 16, FedEx ASTRA 32, ...).
_NUMERIC_LENGTHS = (10, 11, 12, 14, 15, 16, 18, 20, 22, 26, 28, 30, 32, 34)


def has_truncated_start(compact: str) -> bool:
    """True when `compact` starts like a known format (1Z, TBA, 94...) but stops too early."""
    return any(
        len(compact) < full_length and start.fullmatch(compact)
        for start, full_length in _KNOWN_STARTS
    )


def looks_truncated(compact: str) -> bool:
    """True when `compact` is the start of a known format that stops too early."""
    if has_truncated_start(compact):
        return True
    # A long run of digits shorter than the longest numeric format, whose length no
    # format has: most likely a read that stopped early.
    return bool(
        _DIGITS.fullmatch(compact)
        and 8 <= len(compact) < max(_NUMERIC_LENGTHS)
        and len(compact) not in _NUMERIC_LENGTHS
    )


def is_product_code(compact: str) -> bool:
    """True for a valid EAN-8, UPC-A, EAN-13 or GTIN-14: a product, not a parcel."""
    if not _DIGITS.fullmatch(compact) or len(compact) not in (8, 12, 13, 14):
        return False
    try:
        Gtin.parse(compact)
    except Exception:  # biip's ParseError for a wrong check digit
        return False
    return True


def find_two_labels(compact: str, is_label: Callable[[str], bool]) -> tuple[str, str] | None:
    """Split `compact` into two codes that are each a valid label, if it can be done.

    A scanner that reads two labels in one sweep, or a burst that lost its Enter key,
    sends two codes glued together. Splits are tried from the middle outwards.
    """
    if not (2 * MIN_PART_CHARS <= len(compact) <= MAX_JOINED_CHARS):
        return None
    middle = len(compact) // 2
    cuts = sorted(range(MIN_PART_CHARS, len(compact) - MIN_PART_CHARS + 1),
                  key=lambda cut: abs(cut - middle))
    for cut in cuts:
        first, second = compact[:cut], compact[cut:]
        if is_label(first) and is_label(second):
            return first, second
    return None


def error_for_leftover(compact: str) -> ScanError:
    """The reason for a scan that matched nothing: truncated, product code or unknown."""
    if is_product_code(compact):
        return ScanError.NOT_A_PARCEL
    if looks_truncated(compact):
        return ScanError.TRUNCATED
    return ScanError.UNKNOWN_FORMAT
