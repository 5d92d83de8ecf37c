"""`parse_scan`: one scanner read in, one `ScanResult` out, whatever was read."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from biip.sscc import Sscc

from shopapp.scanning import envelope, gs1, misreads, shelf_code
from shopapp.scanning.carriers import CarrierMatch, Verdict, match_carrier, using_formats
from shopapp.scanning.cleanup import GS, CleanScan, clean, coerce_text, is_garbage
from shopapp.scanning.formats import FormatTable
from shopapp.scanning.layouts import repaired_readings
from shopapp.scanning.result import ScanError, ScanKind, ScanResult, failure

_log = logging.getLogger(__name__)
_SSCC_WITH_AI = re.compile(r"00\d{18}")
_SSCC_BARE = re.compile(r"\d{18}")
_LETTERS = re.compile(r"[A-Z]")
_TOKEN = re.compile(r"[^ \t\r\n]+")  # what a person or a scanner puts between two codes
_RAW_KEPT = 200
_LAYOUT_RETRY_CHARS = 200  # longer payloads are 2D symbols, which scanners rarely type


def parse_scan(raw: str, formats: FormatTable | None = None) -> ScanResult:
    """Parse one scan (carrier number, GS1 payload, SSCC or shelf label). Never raises.

    Args:
        raw: the text the scanner or the shopkeeper sent, terminator included or not.
            Bytes and other odd input are tolerated and converted.
        formats: the carrier formats to read numbers with; None: the bundled ones
            (`shopapp.scanning.formats.bundled_formats`).

    Returns:
        `ok` with the normalised `tracking_number`, or not `ok` with `error` (a
        sentence for the shopkeeper) and `error_code` (a `ScanError` value).
    """
    text = ""
    try:
        text = coerce_text(raw)
        with using_formats(formats):
            result = _parse(text)
            if not result.ok and result.error_code != ScanError.TWO_LABELS:
                result = _try_other_layouts(text, result)
        return result
    except Exception:  # the contract: a scan never crashes the counter
        _log.exception("scan parser failed on %r", text[:_RAW_KEPT])
        return failure(ScanError.UNKNOWN_FORMAT, raw=text[:_RAW_KEPT])


def _try_other_layouts(text: str, refused: ScanResult) -> ScanResult:
    """A refused scan read as a scanner on a German or French keyboard layout garbles it.

    Only a reading that then passes its format's checks is taken, and only when exactly
    one layout gives one; the shopkeeper's computer may have either layout.
    """
    if len(text) > _LAYOUT_RETRY_CHARS:
        return refused
    accepted = [
        result
        for _layout, fixed in repaired_readings(text)
        if (result := _parse(fixed)).ok
    ]
    if len({result.tracking_number for result in accepted}) != 1:
        return refused
    return replace(accepted[0], raw=refused.raw)


def _parse(text: str) -> ScanResult:
    raw = text[:_RAW_KEPT]
    if is_garbage(text):
        return failure(ScanError.GARBAGE, raw=raw)
    scan = clean(text)
    if not scan.compact:
        return failure(ScanError.EMPTY, raw=raw)
    if _is_several_labels(scan.body):
        return failure(ScanError.TWO_LABELS, raw=raw)
    if shelf_code.is_shelf_code(scan.compact):
        return _shelf(scan, raw)
    if envelope.is_envelope(scan.body):
        return _carrier(envelope.read_envelope(scan.body), scan, raw, ScanKind.CARRIER)

    gs1_error: ScanError | None = None
    if gs1.looks_like_gs1(scan.body, scan.symbology):
        reading = gs1.read_gs1(scan.body, scan.symbology)
        if reading.number is not None:
            return _from_gs1(reading, scan, raw)
        signalled = scan.symbology in gs1.GS1_SYMBOLOGIES or GS in scan.body
        if signalled:
            return failure(reading.error or ScanError.UNKNOWN_FORMAT, ScanKind.GS1, raw)
        gs1_error = reading.error  # "(00)..." or "420..." typed: a carrier may still fit

    compact = scan.compact
    if _SSCC_WITH_AI.fullmatch(compact) and _valid_sscc(compact[2:]):
        return _sscc(compact[2:], scan, raw)
    found = match_carrier(compact, dashed="".join(scan.body.split()))
    # A format without a check digit that takes any 14 digits must not swallow a
    # product's GTIN-14: a valid GTIN is a product code unless a checked format says not.
    if found.verdict is Verdict.VALID and (found.checked or not misreads.is_product_code(compact)):
        return _carrier(found, scan, raw, ScanKind.CARRIER)
    if _SSCC_BARE.fullmatch(compact) and _valid_sscc(compact):
        return _sscc(compact, scan, raw)
    return failure(_diagnose(scan, found, gs1_error), raw=raw)


def _is_several_labels(body: str) -> bool:
    """True when the read holds two or more whole labels apart by spaces or line breaks.

    Checked before anything else: two numbers glued together may by chance pass the
    check digit of a longer format (two DHL numbers make 20 digits, like USPS).
    """
    tokens = _TOKEN.findall(body)
    return len(tokens) >= 2 and all(_is_label(token) for token in tokens)


def _diagnose(scan: CleanScan, found: CarrierMatch, gs1_error: ScanError | None) -> ScanError:
    """Why a scan that no format accepted was refused."""
    compact = scan.compact
    split = misreads.find_two_labels(compact, _is_label)
    if split is not None and (
        split[0] == split[1] or _LETTERS.search(compact) or found.verdict is Verdict.NO_FORMAT
    ):
        return ScanError.TWO_LABELS
    if misreads.is_product_code(compact):
        return ScanError.NOT_A_PARCEL
    if misreads.has_truncated_start(compact):
        # A cut-off 22-digit USPS number is 20 digits long, the length of other formats.
        return ScanError.TRUNCATED
    if found.verdict is Verdict.BAD_CHECK_DIGIT:
        return ScanError.CHECK_DIGIT
    if gs1_error is not None and gs1_error is not ScanError.UNKNOWN_FORMAT:
        return gs1_error
    return misreads.error_for_leftover(compact)


def _is_label(compact: str) -> bool:
    """True when `compact` alone is a complete, valid label of any kind we read."""
    compact = "".join(compact.split())
    if shelf_code.is_shelf_code(compact):
        return shelf_code.decode_shelf_code(compact).tracking_number is not None
    if _SSCC_WITH_AI.fullmatch(compact):
        return _valid_sscc(compact[2:])
    if match_carrier(compact).verdict is Verdict.VALID:
        return True
    if compact.startswith("420"):
        routed = gs1.read_routing(compact)
        return routed is not None and routed.number is not None
    return False


def _valid_sscc(digits: str) -> bool:
    try:
        Sscc.parse(digits)
    except Exception:  # biip's ParseError: wrong check digit
        return False
    return True


def _shelf(scan: CleanScan, raw: str) -> ScanResult:
    reading = shelf_code.decode_shelf_code(scan.compact)
    if reading.tracking_number is None:
        error = reading.error or ScanError.UNKNOWN_FORMAT
        return failure(error, ScanKind.SHELF_LABEL, raw)
    return ScanResult(
        ok=True,
        kind=str(ScanKind.SHELF_LABEL),
        tracking_number=reading.tracking_number,
        symbology=scan.symbology,
        raw=raw,
    )


def _carrier(found: CarrierMatch, scan: CleanScan, raw: str, kind: ScanKind) -> ScanResult:
    if found.verdict is not Verdict.VALID or found.number is None:
        error = (
            ScanError.CHECK_DIGIT
            if found.verdict is Verdict.BAD_CHECK_DIGIT
            else ScanError.UNKNOWN_FORMAT
        )
        return failure(error, kind, raw)
    return ScanResult(
        ok=True,
        kind=str(kind),
        carrier=found.carrier,
        tracking_number=found.number,
        product=found.product,
        symbology=scan.symbology,
        full_number=found.full_number,
        other_carriers=found.other_carriers,
        raw=raw,
    )


def _sscc(digits: str, scan: CleanScan, raw: str, postal_code: str | None = None) -> ScanResult:
    return ScanResult(
        ok=True,
        kind=str(ScanKind.SSCC),
        tracking_number=digits,
        product="SSCC",
        postal_code=postal_code,
        symbology=scan.symbology,
        raw=raw,
    )


def _from_gs1(reading: gs1.Gs1Reading, scan: CleanScan, raw: str) -> ScanResult:
    assert reading.number is not None
    if reading.is_sscc:
        return _sscc(reading.number, scan, raw, reading.postal_code)
    return ScanResult(
        ok=True,
        kind=str(ScanKind.GS1),
        carrier=reading.carrier,
        tracking_number=reading.number,
        product=reading.product,
        postal_code=reading.postal_code,
        symbology=scan.symbology,
        full_number=reading.full_number,
        raw=raw,
    )
