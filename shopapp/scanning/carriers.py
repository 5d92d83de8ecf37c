"""Carrier tracking numbers and their check digits, through the `tracking-numbers` package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tracking_numbers import DEFINITIONS

MAX_CARRIER_CHARS = 40  # the longest known format (FedEx 34, USPS 34v2) is 34 characters
# CDL numbers are any 10 hex characters with no check digit: every cut-off or mangled
# read of another label would pass as one, so the parser leaves CDL out.
_SKIPPED_CARRIERS = frozenset({"cdl"})
_PLAUSIBLE = re.compile(r"[A-Z0-9]+")
# Long FedEx barcodes carry routing and shipper data in front of the number FedEx tracks
# and the manifest lists: the last 12 digits (Express) or 15 digits (Ground). The library
# validates the whole barcode; the tail must also validate as its own product.
_TRACKED_TAIL = {
    "FedEx Express (34)": (12, "FedEx Express (12)"),
    "FedEx Ground GSN": (12, "FedEx Express (12)"),
    "FedEx Ground 96 (22)": (15, "FedEx Ground"),
}


class Verdict(Enum):
    """How a candidate number fared against every known carrier format."""

    VALID = "valid"
    BAD_CHECK_DIGIT = "bad_check_digit"  # a format fits, but its check digit does not
    INVALID = "invalid"  # a format fits, but a fixed field (service type, country) does not
    NO_FORMAT = "no_format"


@dataclass(frozen=True, slots=True)
class CarrierMatch:
    """The best reading of a candidate number.

    Attributes:
        verdict: the outcome.
        number: the normalised tracking number when VALID.
        carrier: the carrier code, e.g. "ups", when VALID.
        product: the product name, e.g. "UPS", when VALID.
        full_number: the whole barcode number when `number` is only its tracked tail.
    """

    verdict: Verdict
    number: str | None = None
    carrier: str | None = None
    product: str | None = None
    full_number: str | None = None


_NO_FORMAT = CarrierMatch(Verdict.NO_FORMAT)


def match_carrier(compact: str) -> CarrierMatch:
    """Check an upper-case, space-free candidate against every known carrier format.

    The first valid format wins (the library's own order); otherwise the most telling
    failure is reported: a wrong check digit beats a wrong fixed field.
    """
    if not compact or len(compact) > MAX_CARRIER_CHARS or not _PLAUSIBLE.fullmatch(compact):
        return _NO_FORMAT
    verdict = Verdict.NO_FORMAT
    for definition in DEFINITIONS:
        if definition.courier.code in _SKIPPED_CARRIERS:
            continue
        try:
            found = definition.test(compact)
        except (ValueError, IndexError, KeyError, TypeError):
            # Defensive: the library indexes into regex groups; never let it crash a scan.
            continue
        if found is None:
            continue
        if found.valid:
            product = str(definition.product.name)
            number = _tracked_part(compact, product)
            return CarrierMatch(
                Verdict.VALID,
                number=number,
                carrier=str(definition.courier.code),
                product=product,
                full_number=compact if number != compact else None,
            )
        reasons = {str(kind) for kind, _detail in found.validation_errors}
        if "checksum" in reasons:
            verdict = Verdict.BAD_CHECK_DIGIT
        elif verdict is Verdict.NO_FORMAT:
            verdict = Verdict.INVALID
    return CarrierMatch(verdict)


def _tracked_part(compact: str, product: str) -> str:
    """The number the carrier tracks inside a longer barcode, else the barcode itself."""
    tail = _TRACKED_TAIL.get(product)
    if tail is None:
        return compact
    length, tail_product = tail
    for definition in DEFINITIONS:
        if str(definition.product.name) == tail_product:
            found = definition.test(compact[-length:])
            if found is not None and found.valid:
                return compact[-length:]
    return compact

