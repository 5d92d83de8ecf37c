"""The shelf label of one parcel: what it says and the code its barcode carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shopapp.labels.errors import LabelContentError
from shopapp.messages import message
from shopapp.scanning.shelf_code import encode_shelf_code, normalise_tracking_number

MAX_NAME_CHARS = 24


@dataclass(frozen=True, slots=True)
class ShelfLabel:
    """One parcel's shelf label.

    Attributes:
        tracking_number: the carrier's number; stored normalised (upper case, no spaces).
        recipient_short_name: e.g. "J. Smith"; cut to 24 characters on the label.
        shelf_slot: where the parcel sits, e.g. "B-12".
        stop_number: the parcel's stop in today's route once planned, else None.
        day: the day the label is for (local date).
    """

    tracking_number: str
    recipient_short_name: str
    shelf_slot: str
    stop_number: int | None
    day: date

    def __post_init__(self) -> None:
        try:
            encode_shelf_code(self.tracking_number)  # refuses what no shelf code can carry
        except ValueError as exc:
            raise LabelContentError(
                message(
                    "label.shelf_code",
                    str(exc),
                    tracking_number=self.tracking_number,
                )
            ) from exc
        # Frozen dataclass: store the normalised number once, at construction.
        object.__setattr__(self, "tracking_number", normalise_tracking_number(self.tracking_number))

    @property
    def code(self) -> str:
        """The text of the label's barcode; `parse_scan` reads it back as a shelf label."""
        return encode_shelf_code(self.tracking_number)

    @property
    def name_line(self) -> str:
        """The recipient's name as printed: one line, at most 24 characters."""
        name = " ".join(self.recipient_short_name.split())
        return name if len(name) <= MAX_NAME_CHARS else name[: MAX_NAME_CHARS - 1] + "."

    @property
    def stop_line(self) -> str:
        """The stop line, e.g. "Stop 7"; empty before the day is planned."""
        return f"Stop {self.stop_number}" if self.stop_number is not None else ""

    @property
    def grouped_number(self) -> str:
        """The tracking number in groups of four, easy to read aloud and to type."""
        number = self.tracking_number
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def short_name(full_name: str) -> str:
    """A short form of a recipient's name for a label: "Jane Ann Smith" -> "J. A. Smith"."""
    parts = full_name.split()
    if len(parts) <= 1:
        return parts[0][:MAX_NAME_CHARS] if parts else ""
    initials = " ".join(f"{part[0]}." for part in parts[:-1])
    return f"{initials} {parts[-1]}"[:MAX_NAME_CHARS]
