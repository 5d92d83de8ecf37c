"""Small facts of distance the whole app shares: one metres-per-mile, one radius default.

Qt-free, so the core, the CLI and the UI all import the same numbers.
"""

from __future__ import annotations

METRES_PER_MILE = 1609.344
METRES_PER_YARD = 0.9144
METRES_PER_KM = 1000.0

# The shop's delivery radius until the carrier or the shopkeeper says otherwise:
# 10 miles, in whole metres (the profile stores an integer).
DEFAULT_RADIUS_M = 16_093


def metres_per_unit(units: str) -> float:
    """Metres in one of the shop's units: "miles" (or "mi") or "km"."""
    return METRES_PER_MILE if units in ("miles", "mi") else METRES_PER_KM
