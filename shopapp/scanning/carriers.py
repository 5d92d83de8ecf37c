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
    """

    verdict: Verdict
    number: str | None = None
    carrier: str | None = None
    product: str | None = None


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
            return CarrierMatch(
                Verdict.VALID,
                number=compact,
                carrier=str(definition.courier.code),
                product=str(definition.product.name),
            )
        reasons = {str(kind) for kind, _detail in found.validation_errors}
        if "checksum" in reasons:
            verdict = Verdict.BAD_CHECK_DIGIT
        elif verdict is Verdict.NO_FORMAT:
            verdict = Verdict.INVALID
    return CarrierMatch(verdict)


def is_valid(compact: str) -> bool:
    """True when `compact` is a valid number of some known carrier."""
    return match_carrier(compact).verdict is Verdict.VALID
