"""Shelf slots: a letter for the recipient's surname and the lowest free number on it."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import text
from sqlmodel import Session

from shopapp.parcels import lifecycle

# Statuses in which a parcel sits on a shelf of the shop and so holds its slot.
ON_SHELF_STATUSES: tuple[str, ...] = (
    lifecycle.RECEIVED,
    lifecycle.HELD_FOR_PICKUP,
    lifecycle.RETURN_PENDING,
)
RETURN_SHELF = "RET"  # set aside for the carrier (outside the radius)
UNKNOWN_SHELF = "UNK"  # not on the manifest: waits for its address
NO_LETTER_SHELF = "Z"  # a name without a Latin letter or digit
_SLOT = re.compile(r"^([A-Z0-9]+)-(\d+)$")
_SLOTS_SQL = text(
    "SELECT shelf_slot FROM parcel WHERE status IN ({}) AND substr(shelf_slot, 1, :length) "
    "= :prefix".format(", ".join(f"'{status}'" for status in ON_SHELF_STATUSES))
)


def shelf_letter(recipient: str) -> str:
    """The first letter of the surname (the last word), folded to A-Z; digits kept.

    "Jane Ann Smith" -> "S", "Zoë Ångström" -> "A", "" -> "Z".
    """
    words = recipient.replace(",", " ").split()
    for word in reversed(words):
        folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        for ch in folded.upper():
            if ch.isascii() and ch.isalnum():
                return ch
    return NO_LETTER_SHELF


def next_free_slot(session: Session, shelf: str) -> str:
    """`shelf`-N with the lowest N that no parcel on the shelves holds now.

    Deterministic: the same shelves give the same slot. Slots free up when a parcel
    leaves the shop (out for delivery, picked up, returned) or its scan is undone.
    """
    prefix = f"{shelf}-"
    taken: set[int] = set()
    # Plain SQL: on every scan's path, and half the cost of the ORM's select (which
    # would flush pending changes first: done here, so slots taken in this session count).
    session.flush()
    rows = session.execute(_SLOTS_SQL, {"length": len(prefix), "prefix": prefix}).scalars()
    for slot in rows:
        if slot and slot.startswith(prefix):
            match = _SLOT.match(slot)
            if match:
                taken.add(int(match.group(2)))
    number = 1
    while number in taken:
        number += 1
    return f"{prefix}{number}"
