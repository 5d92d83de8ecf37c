"""GS1 payloads (AIM ]C1/]d2/]Q3, GS separators, SSCC, USPS 420+ZIP routing) through `biip`."""

from __future__ import annotations

import re
from dataclasses import dataclass

import biip
from biip.gs1_messages import GS1Message
from biip.sscc import Sscc

from shopapp.scanning.carriers import Verdict, match_carrier
from shopapp.scanning.cleanup import GS
from shopapp.scanning.result import ScanError

# AIM symbology identifiers whose data is a GS1 element string (FNC1 in first position).
GS1_SYMBOLOGIES = frozenset({"]C1", "]E4", "]D2", "]d2", "]Q3", "]e0", "]e1", "]J1"})
_ROUTING_WITH_GS = re.compile(r"420([0-9A-Z]{3,20})" + GS + r"+(.+)")
_ROUTING_BARE = re.compile(r"420(\d{5})(\d{4})?(\d+)")
_IMPB_CHANNEL = re.compile(r"9[1-5]")
_HRI = re.compile(r"\(\d{2,4}\)")
_TRACKING_AIS = frozenset({"91", "92", "93", "94", "95", "96"})  # carrier internal data
_PRODUCT_AIS = frozenset({"01", "02", "8006", "8010"})


@dataclass(frozen=True, slots=True)
class Gs1Reading:
    """What a GS1 payload held.

    Attributes:
        number: the tracking number or SSCC, when one valid number was found.
        carrier: the carrier code when `number` is a carrier number.
        product: the carrier product name when known.
        postal_code: the routing postal code (AI 420), when present.
        is_sscc: True when `number` is an SSCC.
        full_number: the whole number read when `number` is a part of it.
        error: why nothing usable was found, when `number` is None.
    """

    number: str | None = None
    carrier: str | None = None
    product: str | None = None
    postal_code: str | None = None
    is_sscc: bool = False
    full_number: str | None = None
    error: ScanError | None = None


def looks_like_gs1(body: str, symbology: str | None) -> bool:
    """True when the scan says it is GS1 (AIM id, GS separator, "(00)" style or 420 routing)."""
    if symbology in GS1_SYMBOLOGIES or GS in body:
        return True
    stripped = body.strip()
    return bool(_HRI.match(stripped)) or stripped.startswith("420")


def read_routing(body: str) -> Gs1Reading | None:
    """A USPS-style routing prefix `420`+ZIP (5 or 9 digits, GS after it or not), else None."""
    text = "".join(body.split(" "))
    with_gs = _ROUTING_WITH_GS.fullmatch(text)
    if with_gs:
        splits = [(with_gs.group(1), with_gs.group(2).replace(GS, ""))]
    else:
        bare = _ROUTING_BARE.fullmatch(text)
        if not bare:
            return None
        digits = text[3:]
        # Without a GS the ZIP may have 5 or 9 digits; what follows a USPS routing code
        # is an IMpb number, which starts with 9 (a split elsewhere is a coincidence).
        splits = [
            (postal, rest)
            for postal, rest in ((digits[:5], digits[5:]), (digits[:9], digits[9:]))
            if rest.startswith("9") or not rest
        ]
    readings: list[Gs1Reading] = []
    bad_check = False
    for postal, rest in splits:
        found = match_carrier(rest)
        if found.verdict is Verdict.VALID:
            readings.append(
                Gs1Reading(
                    number=found.number,
                    carrier=found.carrier,
                    product=found.product,
                    postal_code=postal,
                    full_number=f"420{postal}{rest}",
                )
            )
        bad_check = bad_check or found.verdict is Verdict.BAD_CHECK_DIGIT
    if readings:
        # An IMpb number starts with its channel code 91..95; prefer the split that does.
        readings.sort(key=lambda r: not _IMPB_CHANNEL.match(r.number or ""))
        return readings[0]
    if bad_check:
        return Gs1Reading(error=ScanError.CHECK_DIGIT)
    if any(rest and len(rest) < 22 and rest.startswith("9") for _postal, rest in splits):
        return Gs1Reading(error=ScanError.TRUNCATED)
    if any(not rest for _postal, rest in splits):
        return Gs1Reading(error=ScanError.TRUNCATED)
    return Gs1Reading(error=ScanError.UNKNOWN_FORMAT)


def _elements(body: str, symbology: str | None) -> tuple[list[tuple[str, str]], str | None]:
    """The (AI, value) pairs of a GS1 payload, or the biip error text."""
    stripped = body.strip()
    if _HRI.match(stripped):
        message = GS1Message.parse_hri(stripped.replace(" ", ""))
        return [(e.ai.ai, e.value) for e in message.element_strings], None
    result = biip.parse((symbology or "") + stripped)
    if result.gs1_message is None:
        return [], result.gs1_message_error
    return [(e.ai.ai, e.value) for e in result.gs1_message.element_strings], None


def read_gs1(body: str, symbology: str | None) -> Gs1Reading:
    """Find the one parcel number in a GS1 payload: an SSCC or a carrier number."""
    stripped = body.strip()
    routed: Gs1Reading | None = None
    if stripped.startswith("420"):
        routed = read_routing(stripped)
        # Without a GS the routing reading is final; with one, biip may still find an SSCC.
        if routed is not None and (routed.number is not None or GS not in stripped):
            return routed
    try:
        elements, error = _elements(stripped, symbology)
    except Exception:  # biip raises its ParseError or ValueError on malformed data
        return routed or Gs1Reading(error=_classify_biip_error(stripped))
    if error is not None:
        return routed or Gs1Reading(error=_classify_biip_error(stripped, error))
    picked = _pick(elements)
    if picked.number is None and routed is not None:
        return routed  # its reason (cut short, check digit) says more than "unknown"
    return picked


def _pick(elements: list[tuple[str, str]]) -> Gs1Reading:
    """Choose the parcel number among the element strings of one message."""
    ssccs = sorted({value for ai, value in elements if ai == "00"})
    postal = next((value for ai, value in elements if ai in ("420", "421")), None)
    carried = [ai + value for ai, value in elements if ai in _TRACKING_AIS]
    numbers: list[Gs1Reading] = []
    bad_check = False
    for value in ssccs:
        try:
            Sscc.parse(value)
        except Exception:  # biip's ParseError: wrong check digit or length
            bad_check = True
            continue
        numbers.append(Gs1Reading(number=value, is_sscc=True, postal_code=postal))
    for candidate in carried:
        found = match_carrier(candidate)
        routed = f"420{postal}{candidate}" if postal else None
        if found.verdict is Verdict.VALID:
            numbers.append(
                Gs1Reading(
                    number=found.number,
                    carrier=found.carrier,
                    product=found.product,
                    postal_code=postal,
                    full_number=found.full_number or routed,
                )
            )
        bad_check = bad_check or found.verdict is Verdict.BAD_CHECK_DIGIT
    if len({n.number for n in numbers}) > 1:
        return Gs1Reading(error=ScanError.TWO_LABELS)
    if numbers:
        return numbers[0]
    if bad_check:
        return Gs1Reading(error=ScanError.CHECK_DIGIT)
    if any(ai in _PRODUCT_AIS for ai, _value in elements):
        return Gs1Reading(error=ScanError.NOT_A_PARCEL)
    return Gs1Reading(error=ScanError.UNKNOWN_FORMAT)


def _classify_biip_error(body: str, detail: str = "") -> ScanError:
    """Turn a biip failure into our reason: a short AI 00 is a truncated read."""
    digits = re.sub(r"[()\s\x1d]", "", body)  # "(00)..." typed by hand, or GS separated
    if digits.startswith("00") and digits.isdigit() and len(digits) < 20:
        return ScanError.TRUNCATED
    if "check digit" in detail.lower():
        return ScanError.CHECK_DIGIT
    return ScanError.UNKNOWN_FORMAT
