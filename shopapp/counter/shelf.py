"""Shelf slots: a letter for the recipient's surname and the lowest free number on it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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
_SHELF_NAME = re.compile(r"[A-Z0-9]+")
_ON_SHELF_SQL = "status IN ({})".format(", ".join(f"'{status}'" for status in ON_SHELF_STATUSES))
_ALL_SLOTS_SQL = text(f"SELECT shelf_slot FROM parcel WHERE {_ON_SHELF_SQL}")
_SLOTS_SQL = text(
    f"SELECT shelf_slot FROM parcel WHERE {_ON_SHELF_SQL} "
    "AND substr(shelf_slot, 1, :length) = :prefix"
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
    return _lowest_free(f"{shelf}-", _taken_numbers(session, shelf))


def _taken_numbers(session: Session, shelf: str) -> set[int]:
    prefix = f"{shelf}-"
    # Plain SQL: on every scan's path, and half the cost of the ORM's select (which
    # would flush pending changes first: done here, so slots taken in this session count).
    session.flush()
    rows = session.execute(_SLOTS_SQL, {"length": len(prefix), "prefix": prefix}).scalars()
    return _numbers_by_shelf(rows).get(shelf, set())


def _numbers_by_shelf(slots: Iterable[str | None]) -> dict[str, set[int]]:
    """The numbers held on each shelf, of the slots that `_SLOT` reads."""
    taken: dict[str, set[int]] = {}
    names: dict[str, bool] = {}  # a shop has a few dozen shelves and thousands of slots
    for slot in slots:
        if not slot:
            continue
        shelf, dash, digits = slot.rpartition("-")
        good = names.get(shelf)
        if good is None:
            good = names[shelf] = _SHELF_NAME.fullmatch(shelf) is not None
        if good and dash and digits.isdecimal():  # isdecimal: what \d matches
            taken.setdefault(shelf, set()).add(int(digits))
            continue
        match = _SLOT.match(slot)  # the odd rest, read as ever
        if match:
            taken.setdefault(match.group(1), set()).add(int(match.group(2)))
    return taken


def _lowest_free(prefix: str, taken: set[int], start: int = 1) -> str:
    number = start
    while number in taken:
        number += 1
    return f"{prefix}{number}"


class ShelfSlots:
    """The slots held on each shelf, read once per transaction and kept up to date.

    The same answers as `next_free_slot` after each change, as long as every change of
    a slot in the transaction goes through `take` (the check-in's only way to set one).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._taken: dict[str, set[int]] = {}
        self._everything = False  # every shelf read (`read_all`)
        # No slot below this is free (a search for the lowest free starts there).
        self._floor: dict[str, int] = {}

    def read_all(self) -> None:
        """Every shelf in one query (a batch's chunk asks for most of them)."""
        self._session.flush()
        rows = self._session.execute(_ALL_SLOTS_SQL).scalars().all()
        self._taken = _numbers_by_shelf(rows)
        self._floor.clear()
        self._everything = True

    def _of(self, shelf: str) -> set[int]:
        taken = self._taken.get(shelf)
        if taken is None:
            if self._everything:
                taken = set()
            else:
                taken = _taken_numbers(self._session, shelf)
            self._taken[shelf] = taken
        return taken

    def take(self, shelf: str, holder_status: str, old_slot: str | None) -> str:
        """The lowest free slot of `shelf`, now held; `old_slot` (held while the holder's
        status was `holder_status`) is given up once the new one is chosen."""
        taken = self._of(shelf)
        slot = _lowest_free(f"{shelf}-", taken, self._floor.get(shelf, 1))
        number = int(slot.rsplit("-", 1)[1])
        taken.add(number)
        self._floor[shelf] = number + 1
        if old_slot and holder_status in ON_SHELF_STATUSES:
            match = _SLOT.match(old_slot)
            if match:
                old_shelf, old_number = match.group(1), int(match.group(2))
                self._of(old_shelf).discard(old_number)
                self._floor[old_shelf] = min(self._floor.get(old_shelf, 1), old_number)
        return slot
