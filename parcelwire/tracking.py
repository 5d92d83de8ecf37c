"""The one normalisation of a tracking number, shared by the app and the server.

The app stores, scans and sends numbers in this form, and the server stores and looks
them up in it, so a number typed, scanned or assigned with spaces, dashes or lower case
letters is the same parcel everywhere.
"""

from __future__ import annotations

import re

# Unicode white space (what str.split() and the scanners' separators are) and the ASCII
# dash that printed labels put between groups of digits.
_SEPARATORS = re.compile(r"[\s\-]+")


def normalise_tracking_number(tracking_number: str) -> str:
    """Upper case, without white space or dashes: "jjd 0001-234" -> "JJD0001234"."""
    return _SEPARATORS.sub("", tracking_number).upper()
