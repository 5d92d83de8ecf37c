"""Undo what a non-US keyboard layout does to a scanner that types US key codes."""

from __future__ import annotations

import re

# A keyboard-wedge scanner sends the key positions of a US keyboard; the computer turns
# them into characters with its own layout. On German QWERTZ, Y and Z trade places and
# ":" comes out as "Ö"; on French AZERTY the digit row gives "&é\"'(-è_çà" without Shift,
# A/Q and Z/W trade places and ":" comes out as "M" ("M" itself as "?").
_QWERTZ = str.maketrans("YZyzÖö", "ZYzy::")
_AZERTY = str.maketrans("&é\"'(-è_çàAQZWaqzwM?", "1234567890QAWZqawz:M")
# A repair is tried only when the scan shows a sign of that layout that no US-typed label
# has; repairing blindly would let a wrong character plus a letter swap pass a check.
_QWERTZ_SIGN = re.compile(r"[Öö]|^\W*1[Yy]")  # "SHOPÖ...", or UPS "1Z" typed as "1Y"
_AZERTY_SIGN = re.compile(r"[&é\"'è_çà?]")
LAYOUT_REPAIRS: tuple[tuple[str, re.Pattern[str], dict[int, int]], ...] = (
    ("qwertz", _QWERTZ_SIGN, _QWERTZ),
    ("azerty", _AZERTY_SIGN, _AZERTY),
)


def repaired_readings(text: str) -> list[tuple[str, str]]:
    """The scan as each layout whose sign it shows would have garbled it back."""
    return [
        (layout, text.translate(table))
        for layout, sign, table in LAYOUT_REPAIRS
        if sign.search(text)
    ]
