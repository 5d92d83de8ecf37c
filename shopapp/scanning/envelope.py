"""ISO/IEC 15434 envelopes ("[)>" RS "01" GS ...) of 2D carrier labels (MaxiCode, PDF417)."""

from __future__ import annotations

import re

from shopapp.scanning.carriers import CarrierMatch, Verdict, match_carrier

HEADER = "[)>"
_FIELD_SPLIT = re.compile(r"[\x1d\x1e\x04]")
# Standard Carrier Alpha Codes that name the carrier inside the envelope.
_SCAC = {"UPSN": "ups", "FDEG": "fedex", "FDEB": "fedex", "FDE": "fedex", "FDXE": "fedex"}


def is_envelope(body: str) -> bool:
    """True when the scan is an ISO/IEC 15434 message."""
    return body.lstrip().startswith(HEADER)


def read_envelope(body: str) -> CarrierMatch:
    """The carrier tracking number inside an envelope: the field that validates.

    When several fields validate (a long reference number can pass a weak check digit),
    the one of the carrier named by the envelope's SCAC field wins, then the first.
    """
    fields = ["".join(field.split()) for field in _FIELD_SPLIT.split(body.strip())]
    named = {_SCAC[field] for field in fields if field in _SCAC}
    found: list[CarrierMatch] = []
    bad_check = False
    for field in fields[1:]:
        match = match_carrier(field)
        if match.verdict is Verdict.VALID:
            found.append(match)
        bad_check = bad_check or (
            match.verdict is Verdict.BAD_CHECK_DIGIT and field.startswith("1Z")
        )
    if not found:
        return CarrierMatch(Verdict.BAD_CHECK_DIGIT if bad_check else Verdict.NO_FORMAT)
    found.sort(key=lambda m: m.carrier not in named)
    return found[0]
