"""Small facts of distance the whole app shares: one metres-per-mile, one radius default.

Qt-free, so the core, the CLI and the UI all import the same numbers; the radius and
the mile are parcelwire's, which the reference server's map packs use too.
"""

from __future__ import annotations

from parcelwire.maps import DEFAULT_RADIUS_M, METRES_PER_MILE

__all__ = ["DEFAULT_RADIUS_M", "METRES_PER_KM", "METRES_PER_MILE", "METRES_PER_YARD",
           "metres_per_unit"]

METRES_PER_YARD = 0.9144
METRES_PER_KM = 1000.0


def metres_per_unit(units: str) -> float:
    """Metres in one of the shop's units: "miles" (or "mi") or "km"."""
    return METRES_PER_MILE if units in ("miles", "mi") else METRES_PER_KM
