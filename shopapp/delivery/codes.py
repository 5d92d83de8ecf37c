"""From a scanned or typed code to a parcel of this shop (carrier labels, shelf labels, text)."""

from __future__ import annotations

from sqlmodel import Session

from shopapp.scanning import parse_scan
from shopapp.scanning.shelf_code import normalise_tracking_number
from shopapp.store.models import Parcel
from shopapp.store.parcels import by_tracking_number


def candidate_numbers(raw: str) -> list[str]:
    """Tracking numbers a code may stand for: the parsed one first, then the text as typed."""
    numbers = []
    scan = parse_scan(raw)
    if scan.ok and scan.tracking_number:
        numbers.append(scan.tracking_number)
    typed = normalise_tracking_number(str(raw).strip())
    if typed and typed not in numbers and len(typed) <= 64:
        numbers.append(typed)
    return numbers


def parcel_for_code(session: Session, raw: str) -> Parcel | None:
    """The parcel a scanned label or a typed tracking number names, or None."""
    for number in candidate_numbers(raw):
        parcel = by_tracking_number(session, number)
        if parcel is not None:
            return parcel
    return None
