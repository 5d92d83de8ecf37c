"""Check-in: parse a scan, match it to the manifest and commit its events at once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, text
from sqlmodel import Session

from shopapp.clock import from_iso, to_iso, utc_now
from shopapp.counter import shelf
from shopapp.counter.formats import formats_in_force
from shopapp.counter.outcomes import ActionResult, CheckInOutcome, Outcome
from shopapp.errors import ParcelNotFound, ShopAppError
from shopapp.messages import Message, message
from shopapp.parcels import lifecycle
from shopapp.planning.distances import haversine_m
from shopapp.scanning import ScanError, ScanResult, parse_scan
from shopapp.scanning.cleanup import clean, coerce_text, is_garbage
from shopapp.scanning.layouts import repaired_readings
from shopapp.scanning.shelf_code import normalise_tracking_number
from shopapp.shop import get_profile
from shopapp.store import Store
from shopapp.store.models import Parcel, ShopProfile
from shopapp.store.outbox import apply_to_parcel, event_values, insert_events, record_event
from shopapp.store.parcels import (
    by_tracking_number,
    by_tracking_numbers,
    search_text_of,
    write_detached,
)

# A scanner that reads the same label twice, or a hand that passes it twice, within
# this many seconds makes one event, not two (RELIABILITY.md, "Scanner input").
REPEAT_WINDOW_S = 2.0

NO_PROFILE = (
    "This shop has no profile yet (name and location): finish the first-run setup "
    "or pair the app with the carrier, then scan again."
)
CHECK_DIGIT_CONFIRMED = "check_digit_confirmed"  # event data: received on the shopkeeper's word
MAX_NUMBER_CHARS = 64  # longer reads are no tracking number the manifest can hold
_RECEIVABLE = frozenset(lifecycle.TRANSITIONS["received"])
_SCAN_EVENTS = frozenset({"received", "return_pending"})


def check_in(
    store: Store, raw_code: str, now: datetime | None = None, *, confirmed: bool = False
) -> CheckInOutcome:
    """Check one scanned code in; the outcome's events are committed when this returns.

    The manifest is the truth: a code that, once cleaned, is the number of a parcel the
    shop knows is that parcel, whatever the parser knows of its format. Only a code that
    fails the check digit of a format it fits is asked about first (a CONFIRM outcome,
    nothing written) unless `confirmed`. A code on no manifest is read by its format:
    unknown or misread codes are INVALID, a valid number is NOT_ON_MANIFEST.

    Args:
        store: the shop's store.
        raw_code: what the scanner (or the shopkeeper) sent, terminator included or not.
        now: the moment of the scan (UTC); defaults to the clock.
        confirmed: the shopkeeper has compared the label with the manifest's number and
            says it is that parcel (the answer to a CONFIRM outcome).

    Raises:
        ShopAppError: the shop has no profile yet.
        StoreError: the database could not commit (disk full, I/O error); nothing
            of this scan was written.
    """
    with store.write() as session:
        desk = CheckInDesk(session)
        outcome = desk.check_in(raw_code, now or utc_now(), confirmed=confirmed)
        desk.flush()
        return outcome


class CheckInDesk:
    """The check-in's rules inside one write transaction, for one scan or a chunk of them.

    What the rules read (profile, formats, parcels, shelf slots, last events) is read once
    per transaction and kept up to date by the rules' own changes; the events they record
    are queued and written by `flush` (call it before the transaction commits). A chunk of
    a batch file through one desk gives exactly what one desk per scan gives.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.profile = get_profile(session)
        self.formats = formats_in_force(session)
        self.slots = shelf.ShelfSlots(session)
        self._parcels: dict[str, Parcel | None] = {}  # by number; None: no such parcel
        self._scans: dict[str, ScanResult] = {}  # by raw code (parsing is pure)
        self._candidates: dict[str, list[str]] = {}  # by raw code, likewise
        self._last: dict[str, tuple[str, str] | None] = {}  # number -> (type, at) of last event
        self._queued: list[tuple[Parcel, str, dict[str, object], str]] = []
        self._touched: dict[int, Parcel] = {}  # changed parcels, in the order first changed

    # -- what the rules read ---------------------------------------------------------

    def parse(self, raw_code: str) -> ScanResult:
        scan = self._scans.get(raw_code)
        if scan is None:
            scan = self._scans[raw_code] = parse_scan(raw_code, self.formats)
        return scan

    def candidates(self, scan: ScanResult, raw_code: str) -> list[str]:
        found = self._candidates.get(raw_code)
        if found is None:
            found = self._candidates[raw_code] = _candidates(scan, raw_code)
        return found

    def parcels(self, numbers: list[str]) -> dict[str, Parcel]:
        """The parcels among `numbers` (asking the database only about numbers not seen)."""
        known = self._parcels
        unseen = [n for n in numbers if n not in known]
        if unseen:
            unseen = list(dict.fromkeys(unseen))  # a number asked twice is read once
            found = by_tracking_numbers(self.session, unseen)
            for number in unseen:
                self._parcels[number] = found.get(number)
            # This desk writes its parcels itself (`flush`), all at once: the session
            # must not write them again. Its session is the desk's own, read-only
            # otherwise (the profile), so everything goes, without a cascade per object.
            self.session.expunge_all()
        return {n: p for n in numbers if (p := self._parcels[n]) is not None}

    def last_event(self, parcel: Parcel) -> tuple[str, str] | None:
        """(type, at) of the parcel's latest event, queued ones included."""
        number = parcel.tracking_number
        if number not in self._last:
            assert parcel.id is not None
            row = self.session.execute(_LAST_EVENT_SQL, {"parcel_id": parcel.id}).first()
            self._last[number] = (str(row[0]), str(row[1])) if row is not None else None
        return self._last[number]

    def prefetch(self, raw_codes: list[str]) -> None:
        """Read at once what the scans of `raw_codes` will ask for (one query each kind,
        not one per scan); what is found is what each scan would have found."""
        if self.profile is None:
            return
        self.slots.read_all()
        candidates = {raw: self.candidates(self.parse(raw), raw) for raw in raw_codes}
        self.parcels([n for numbers in candidates.values() for n in numbers])
        missed = [raw for raw, numbers in candidates.items() if not self.parcels(numbers)]
        self.parcels([n for raw in missed for n in _layout_readings(raw, candidates[raw])])
        # The last events of parcels already in: a file scanned twice asks for each.
        by_id = {
            p.id: p.tracking_number
            for p in self._parcels.values()
            if p is not None and p.id is not None and p.status not in _RECEIVABLE
        }
        ids = [i for i, number in by_id.items() if number not in self._last]
        for start in range(0, len(ids), 500):  # SQLite caps the parameters of one query
            part = ids[start : start + 500]
            for parcel_id in part:
                self._last[by_id[parcel_id]] = None
            for parcel_id, event_type, at in self.session.execute(
                _LAST_EVENTS_SQL, {"ids": part}
            ).all():
                self._last[by_id[parcel_id]] = (str(event_type), str(at))

    # -- what the rules write --------------------------------------------------------

    def new_parcel(self, parcel: Parcel) -> None:
        self._touched[id(parcel)] = parcel
        self._parcels[parcel.tracking_number] = parcel
        self._last[parcel.tracking_number] = None

    def take_slot(self, parcel: Parcel, shelf_name: str) -> str:
        self._touched[id(parcel)] = parcel
        parcel.shelf_slot = self.slots.take(shelf_name, parcel.status, parcel.shelf_slot)
        return parcel.shelf_slot

    def record(self, parcel: Parcel, event_type: str, data: dict[str, object], at: str) -> None:
        """`record_event`, with the outbox row queued until `flush`."""
        payload, at = apply_to_parcel(parcel, event_type, data, at=at)
        self._touched[id(parcel)] = parcel
        self._queued.append((parcel, event_type, payload, at))
        self._last[parcel.tracking_number] = (event_type, at)

    def flush(self) -> None:
        """Write the parcels' changes, then the queued events in their order."""
        write_detached(self.session, list(self._touched.values()), _CHECK_IN_COLUMNS)
        self._touched.clear()  # new parcels have their ids now
        rows = [event_values(p, kind, payload, at) for p, kind, payload, at in self._queued]
        self._queued.clear()
        insert_events(self.session, rows)

    # -- the rules -------------------------------------------------------------------

    def check_in(
        self, raw_code: str, moment: datetime, *, confirmed: bool = False
    ) -> CheckInOutcome:
        """One scan's outcome (see `check_in`); its events are queued on this desk."""
        profile = self.profile
        scan = self.parse(raw_code)
        if profile is None:
            if not scan.ok:
                return _invalid(scan)
            raise ShopAppError(message("checkin.no_profile", NO_PROFILE))
        parcel = self._known_parcel(scan, raw_code)
        if parcel is not None:
            if scan.error_code == ScanError.CHECK_DIGIT and not confirmed:
                return _question(parcel, profile, scan.raw)
            if parcel.status in _RECEIVABLE:
                return self._receive(parcel, profile, scan.raw, moment, confirmed)
            return self._already(parcel, profile, scan.raw, moment)
        if not scan.ok or not scan.tracking_number:
            return _invalid(scan)
        return self._not_on_manifest(scan.tracking_number, scan.raw, moment)

    def _known_parcel(self, scan: ScanResult, raw_code: str) -> Parcel | None:
        """The parcel of the shop's records that this code is, or None.

        Exact numbers only: a code one digit off a manifest number is not that parcel. A
        code garbled by a foreign keyboard layout is taken when exactly one layout's
        reading is a parcel of the shop.
        """
        candidates = self.candidates(scan, raw_code)
        found = self.parcels(candidates)
        for number in candidates:
            if number in found:
                return found[number]
        repaired = self.parcels(_layout_readings(raw_code, candidates))
        return next(iter(repaired.values())) if len(repaired) == 1 else None

    def _receive(
        self,
        parcel: Parcel,
        profile: ShopProfile,
        raw: str,
        moment: datetime,
        confirmed: bool = False,
    ) -> CheckInOutcome:
        at = to_iso(moment)
        # The server's audit shows a label whose check digit failed, taken on the word of
        # the shopkeeper who compared it with the manifest.
        noted: dict[str, object] = {CHECK_DIGIT_CONFIRMED: True} if confirmed else {}
        distance = _distance(parcel, profile)
        back = parcel.status != lifecycle.EXPECTED  # a run brought it back to the shelf
        if distance is not None and distance > profile.radius_m:
            self.take_slot(parcel, shelf.RETURN_SHELF)
            self.record(parcel, "received", {lifecycle.OUTSIDE_RADIUS: True, **noted}, at)
            self.record(parcel, "return_pending", {"reason": "outside_radius"}, at)
            return _outcome(
                Outcome.OUTSIDE_RADIUS,
                parcel,
                raw,
                message(
                    "checkin.outside_radius",
                    f"Outside the delivery radius ({distance / 1000:.1f} km from the shop, "
                    f"limit {profile.radius_m / 1000:.1f} km): put it on the returns shelf "
                    f"{parcel.shelf_slot} for the carrier.",
                    distance_m=distance,
                    radius_m=profile.radius_m,
                    units=profile.units,
                    slot=parcel.shelf_slot,
                ),
                ("received", "return_pending"),
                distance,
            )
        self.take_slot(parcel, shelf.shelf_letter(parcel.recipient))
        self.record(parcel, "received", noted, at)
        where = "back on the shelf" if back else "shelf"
        return _outcome(
            Outcome.RECEIVED,
            parcel,
            raw,
            message(
                "checkin.received_back" if back else "checkin.received",
                f"Received: {where} {parcel.shelf_slot}.",
                slot=parcel.shelf_slot,
            ),
            ("received",),
            distance,
        )

    def _not_on_manifest(self, number: str, raw: str, moment: datetime) -> CheckInOutcome:
        at = to_iso(moment)
        parcel = Parcel(tracking_number=number, updated_at=at)
        parcel.search_text = search_text_of(parcel)
        self.new_parcel(parcel)
        self.take_slot(parcel, shelf.UNKNOWN_SHELF)
        self.record(parcel, "received", {lifecycle.UNEXPECTED: True}, at)
        return _outcome(
            Outcome.NOT_ON_MANIFEST,
            parcel,
            raw,
            message(
                "checkin.not_on_manifest",
                f"Not on today's manifest: kept as an unexpected parcel on shelf "
                f"{parcel.shelf_slot}. Add its address when you have a moment; the carrier "
                "is told at the next sync.",
                slot=parcel.shelf_slot,
            ),
            ("received",),
            None,
        )

    def _already(
        self, parcel: Parcel, profile: ShopProfile, raw: str, moment: datetime
    ) -> CheckInOutcome:
        last = self.last_event(parcel)
        repeat = False
        if last is not None and last[0] in _SCAN_EVENTS:
            try:
                age = (moment - from_iso(last[1])).total_seconds()
            except ValueError:
                age = REPEAT_WINDOW_S + 1
            repeat = 0 <= age <= REPEAT_WINDOW_S
        said: Message
        if repeat:
            said = message("checkin.repeat", "Scanned twice: counted once.")
        elif parcel.status in shelf.ON_SHELF_STATUSES:
            said = message(
                "checkin.already_received",
                f"Already scanned in: it belongs on shelf {parcel.shelf_slot or '?'}.",
                slot=parcel.shelf_slot or "?",
            )
        else:
            state = parcel.status.replace("_", " ")
            said = message(
                "checkin.not_at_counter",
                f"This parcel is marked '{state}': it should not be at the counter. "
                "Set it aside and check it on the Parcels page.",
                status=parcel.status,
            )
        return _outcome(
            Outcome.ALREADY_RECEIVED, parcel, raw, said, (), _distance(parcel, profile), repeat
        )


# What a check-in may change on a parcel the shop knows (apply_to_parcel and the slot).
_CHECK_IN_COLUMNS = (
    "status",
    "attempts",
    "damaged",
    "unexpected",
    "outside_radius",
    "shelf_slot",
    "received_at",
    "updated_at",
)
_LAST_EVENT_SQL = text(
    "SELECT type, at FROM event WHERE parcel_id = :parcel_id ORDER BY seq DESC LIMIT 1"
)
_LAST_EVENTS_SQL = text(
    "SELECT parcel_id, type, at FROM event WHERE seq IN "
    "(SELECT max(seq) FROM event WHERE parcel_id IN :ids GROUP BY parcel_id)"
).bindparams(bindparam("ids", expanding=True))


def _invalid(scan: ScanResult) -> CheckInOutcome:
    return CheckInOutcome(
        Outcome.INVALID,
        raw=scan.raw,
        message=scan.message
        or message("scan.unreadable", "This code could not be read: scan again or type it."),
        error_code=scan.error_code,
    )


def _candidates(scan: ScanResult, raw_code: str) -> list[str]:
    """The numbers a code may stand for, most telling first.

    The parser's number (a routing prefix taken off), the whole barcode, then the code
    itself cleaned (terminator, AIM prefix, spaces; dashes off and kept).
    """
    text = coerce_text(raw_code)
    if is_garbage(text):
        return []
    cleaned = clean(text)
    found = [scan.tracking_number, scan.full_number, cleaned.compact, "".join(cleaned.body.split())]
    return list(dict.fromkeys(n for n in found if n and len(n) <= MAX_NUMBER_CHARS))


def _layout_readings(raw_code: str, candidates: list[str]) -> list[str]:
    """The code as each foreign keyboard layout it shows a sign of would have garbled it
    back (cleaned), leaving out the plain candidates."""
    text = coerce_text(raw_code)
    if len(text) > MAX_NUMBER_CHARS * 2:
        return []
    # A layout's characters ("é", "Ö") are no US-typed label's: repaired, they may be.
    readings = [
        clean(fixed).compact for _layout, fixed in repaired_readings(text) if not is_garbage(fixed)
    ]
    return [r for r in dict.fromkeys(readings) if r and r not in candidates]


def _question(parcel: Parcel, profile: ShopProfile, raw: str) -> CheckInOutcome:
    return _outcome(
        Outcome.CONFIRM,
        parcel,
        raw,
        message(
            "checkin.confirm",
            f"The label's check digit is wrong, but {parcel.tracking_number} is on the "
            f"manifest for {parcel.recipient or 'an unknown recipient'}. Compare the number "
            "on the label: if it is the same, confirm it is this parcel; if not, scan again.",
            tracking_number=parcel.tracking_number,
            recipient=parcel.recipient,
        ),
        (),
        _distance(parcel, profile),
    )


def _distance(parcel: Parcel, profile: ShopProfile) -> float | None:
    if parcel.lat is None or parcel.lon is None:
        return None
    return haversine_m(profile.lat, profile.lon, parcel.lat, parcel.lon)


def _outcome(
    outcome: Outcome,
    parcel: Parcel,
    raw: str,
    said: Message,
    events: tuple[str, ...],
    distance: float | None,
    repeat: bool = False,
) -> CheckInOutcome:
    return CheckInOutcome(
        outcome,
        raw=raw,
        tracking_number=parcel.tracking_number,
        recipient=parcel.recipient,
        address=parcel.address,
        shelf_slot=parcel.shelf_slot,
        status=parcel.status,
        message=said,
        events=events,
        repeat=repeat,
        distance_m=distance,
        damaged=parcel.damaged,
    )


def _find(session: Session, tracking_number: str) -> Parcel:
    number = normalise_tracking_number(tracking_number)
    parcel = by_tracking_number(session, number)
    if parcel is None:
        raise ParcelNotFound(number)
    return parcel


def mark_damaged(store: Store, tracking_number: str, now: datetime | None = None) -> ActionResult:
    """Note damage on a parcel (the one just scanned); a second press writes nothing.

    Raises:
        ParcelNotFound: no such parcel.
        IllegalTransition: the parcel has left the shop (delivered, picked up, returned).
        StoreError: nothing could be written.
    """
    at = to_iso(now or utc_now())
    with store.write() as session:
        parcel = _find(session, tracking_number)
        if parcel.damaged:
            return ActionResult(
                parcel.tracking_number,
                "damaged",
                False,
                parcel.status,
                message(
                    "damage.already_noted",
                    "Damage was already noted on this parcel.",
                    tracking_number=parcel.tracking_number,
                ),
            )
        record_event(session, parcel, "damaged", {}, at=at)
        return ActionResult(
            parcel.tracking_number,
            "damaged",
            True,
            parcel.status,
            message(
                "damage.noted",
                "Damage noted: the carrier is told at the next sync.",
                tracking_number=parcel.tracking_number,
            ),
        )


def undo_last_scan(store: Store, tracking_number: str, now: datetime | None = None) -> ActionResult:
    """Take back a scan-in with the compensating `scan_undone` event (nothing is deleted).

    The parcel goes back to "expected" (for a parcel that was not on the manifest: a
    record the carrier is told was a mistake) and its shelf slot is freed.

    Raises:
        ParcelNotFound: no such parcel.
        ShopAppError: the parcel is not in a scanned-in state that can be undone.
        StoreError: nothing could be written.
    """
    at = to_iso(now or utc_now())
    with store.write() as session:
        parcel = _find(session, tracking_number)
        if parcel.status == lifecycle.RETURN_PENDING and parcel.outside_radius:
            raise ShopAppError(
                message(
                    "undo.set_aside",
                    f"Parcel {parcel.tracking_number} is already set aside for return to the "
                    "carrier; its scan cannot be undone. Leave it on the returns shelf.",
                    tracking_number=parcel.tracking_number,
                )
            )
        if parcel.status != lifecycle.RECEIVED:
            state = parcel.status.replace("_", " ")
            raise ShopAppError(
                message(
                    "undo.nothing_to_undo",
                    f"Parcel {parcel.tracking_number} is '{state}': there is no scan-in to undo.",
                    tracking_number=parcel.tracking_number,
                    status=parcel.status,
                )
            )
        freed = parcel.shelf_slot
        parcel.shelf_slot = None
        record_event(session, parcel, lifecycle.SCAN_UNDONE, {}, at=at)
        parcel.received_at = None  # a new scan-in dates the parcel afresh
        return ActionResult(
            parcel.tracking_number,
            lifecycle.SCAN_UNDONE,
            True,
            parcel.status,
            message(
                "undo.done",
                f"Scan undone: take the parcel off shelf {freed or '?'}; it counts as not "
                "scanned again.",
                tracking_number=parcel.tracking_number,
                slot=freed or "?",
            ),
        )
