"""Carrier tracking numbers and their check digits, over the format table of `formats`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from shopapp.scanning.formats import FormatTable, Verdict, bundled_formats

__all__ = ["CarrierMatch", "Verdict", "active_formats", "match_carrier", "using_formats"]

MAX_CARRIER_CHARS = 40  # the longest known format (FedEx 34, USPS 34v2) is 34 characters
_PLAUSIBLE = re.compile(r"[A-Z0-9]+")
# Long FedEx barcodes carry routing and shipper data around the number FedEx tracks and
# the manifest lists. (start, end) of that number in the barcode, and the product it
# must also validate as on its own.
_TRACKED_PART = {
    "FedEx Express (34)": (-12, None, "FedEx Express (12)"),
    "FedEx Ground GSN": (-12, None, "FedEx Express (12)"),
    "FedEx Ground 96 (22)": (-15, None, "FedEx Ground"),
    "FedEx ASTRA (32)": (16, 28, "FedEx Express (12)"),  # positions 17-28, says the data
}
# The table a parse uses: the bundled formats, or those plus the carrier's own
# (set for one parse by `using_formats`; a context variable, so threads never mix).
_ACTIVE: ContextVar[FormatTable | None] = ContextVar("shopapp_scan_formats", default=None)


@dataclass(frozen=True, slots=True)
class CarrierMatch:
    """The best reading of a candidate number.

    Attributes:
        verdict: the outcome.
        number: the normalised tracking number when VALID.
        carrier: the carrier code, e.g. "ups", when VALID.
        product: the format's name, e.g. "UPS", when VALID.
        full_number: the whole barcode number when `number` is only its tracked part.
        checked: the format that named it has a check digit (a misread is caught).
        other_carriers: other couriers whose formats accept the same number.
    """

    verdict: Verdict
    number: str | None = None
    carrier: str | None = None
    product: str | None = None
    full_number: str | None = None
    checked: bool = True
    other_carriers: tuple[str, ...] = ()


_NO_FORMAT = CarrierMatch(Verdict.NO_FORMAT)


def active_formats() -> FormatTable:
    """The table in force for this parse."""
    return _ACTIVE.get() or bundled_formats()


@contextmanager
def using_formats(table: FormatTable | None) -> Iterator[None]:
    """Parse with `table` (None: the bundled formats) inside the `with` block."""
    token = _ACTIVE.set(table)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def match_carrier(compact: str, dashed: str | None = None) -> CarrierMatch:
    """Check an upper-case, space-free candidate against every known carrier format.

    The first valid format wins (see `FormatTable` for the order); otherwise the most
    telling failure is reported: a wrong check digit beats a wrong fixed field.
    `dashed` is the read with its dashes kept (a few formats hold a dash).
    """
    if not compact or len(compact) > MAX_CARRIER_CHARS or not _PLAUSIBLE.fullmatch(compact):
        return _NO_FORMAT
    table = active_formats()
    found = table.match(compact, dashed)
    if found.verdict is not Verdict.VALID or found.format is None or found.number is None:
        return CarrierMatch(found.verdict)
    product = found.format.name
    number = _tracked_part(table, found.number, product)
    return CarrierMatch(
        Verdict.VALID,
        number=number,
        carrier=found.format.courier,
        product=product,
        full_number=found.number if number != found.number else None,
        checked=found.format.checked,
        other_carriers=tuple(dict.fromkeys(fmt.courier for fmt in found.others)),
    )


def _tracked_part(table: FormatTable, number: str, product: str) -> str:
    """The number the carrier tracks inside a longer barcode, else the barcode itself."""
    part = _TRACKED_PART.get(product)
    if part is None:
        return number
    start, end, part_product = part
    fmt = table.named(part_product)
    candidate = number[start:end]
    if fmt is not None:
        tested = fmt.test(candidate)
        if tested is not None and tested.verdict is Verdict.VALID:
            return candidate
    return number
