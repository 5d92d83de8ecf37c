"""The answer of the scan parser: a frozen result with a machine code and a shopkeeper message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from shopapp.messages import Message


class ScanKind(StrEnum):
    """What kind of payload a scan carried."""

    CARRIER = "carrier"  # a bare carrier tracking number (UPS 1Z, FedEx, USPS, ...)
    GS1 = "gs1"  # a carrier number inside a GS1 payload (USPS 420+ZIP routing, AIM ]C1 ...)
    SSCC = "sscc"  # a GS1 Serial Shipping Container Code (AI 00)
    SHELF_LABEL = "shelf_label"  # this app's own shelf label
    UNKNOWN = "unknown"


class ScanError(StrEnum):
    """Why a scan was refused; the UI words it by this code (message code "scan.<code>")."""

    EMPTY = "empty"
    GARBAGE = "garbage"
    CHECK_DIGIT = "check_digit"
    TRUNCATED = "truncated"
    TWO_LABELS = "two_labels"
    NOT_A_PARCEL = "not_a_parcel"
    UNKNOWN_FORMAT = "unknown_format"


MESSAGES: dict[ScanError, str] = {
    ScanError.EMPTY: "Nothing was read: scan the label again.",
    ScanError.GARBAGE: (
        "The scanner sent unreadable characters: scan again; if it keeps happening, "
        "check the scanner's keyboard layout setting."
    ),
    ScanError.CHECK_DIGIT: "check digit wrong: scan again or type it",
    ScanError.TRUNCATED: "Only part of the code was read: scan again or type it.",
    ScanError.TWO_LABELS: (
        "Two labels were read as one: cover the other label with your hand and scan again."
    ),
    ScanError.NOT_A_PARCEL: (
        "This is a product barcode, not a parcel label: scan the carrier's label."
    ),
    ScanError.UNKNOWN_FORMAT: (
        "This is not a parcel label this shop knows: check the label or type the "
        "tracking number."
    ),
}


@dataclass(frozen=True, slots=True)
class ScanResult:
    """One parsed scan.

    Attributes:
        ok: True when `tracking_number` holds a valid, normalised number.
        kind: a `ScanKind` value (plain str, so it compares with "carrier" etc.).
        carrier: the carrier code ("ups", "fedex", "usps", "dhl", "amazon", "ontrac",
            "s10", "cdl"), None for SSCC, shelf labels and failures.
        tracking_number: upper case, no spaces, no routing prefix; None when not ok.
        error: a sentence for the shopkeeper when not ok, else None.
        error_code: a `ScanError` value when not ok, else None.
        product: the carrier's product name (e.g. "USPS 91"), when known.
        postal_code: the destination postal code of a routing prefix (USPS 420+ZIP).
        symbology: the AIM symbology identifier the scanner sent (e.g. "]C1"), if any.
        full_number: the whole number on the barcode when `tracking_number` is a part of
            it (USPS "420"+ZIP+number, FedEx 34/22-digit barcodes); else None. Worth a
            second look-up when the manifest does not know `tracking_number`.
        other_carriers: other couriers whose formats accept the same number (a few
            numbers fit two couriers' rules); the manifest says which it is.
        raw: the scan as received, cut to 200 characters, for logs.
    """

    ok: bool
    kind: str
    carrier: str | None = None
    tracking_number: str | None = None
    error: str | None = None
    error_code: str | None = None
    product: str | None = None
    postal_code: str | None = None
    symbology: str | None = None
    full_number: str | None = None
    other_carriers: tuple[str, ...] = ()
    raw: str = ""

    @property
    def message(self) -> Message | None:
        """Why the scan was refused as a message code ("scan.check_digit"), else None;
        `error` is its English (`fallback`)."""
        if self.ok or self.error_code is None:
            return None
        return Message(f"scan.{self.error_code}", fallback=self.error or "")


def failure(code: ScanError, kind: str = ScanKind.UNKNOWN, raw: str = "") -> ScanResult:
    """A refused scan with the shopkeeper message for `code`."""
    return ScanResult(
        ok=False,
        kind=str(kind),
        error=MESSAGES[code],
        error_code=str(code),
        raw=raw,
    )
