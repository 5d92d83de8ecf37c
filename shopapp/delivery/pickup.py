"""Counter pickup: pickup codes, finding the parcel, holding it and handing it over.

A pickup code is six characters from an alphabet without look-alikes (no 0/O/Q,
1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V), unique among the shop's parcels, stored in
`parcel.pickup_code` when the parcel is held for pickup. The customer's QR code
carries `SHOPAPP-PICKUP:<code>`; a scan of it, or the code typed with or without
spaces and dashes, finds the parcel.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from shopapp import settings
from shopapp.clock import from_iso, to_iso, utc_now
from shopapp.delivery import proofs
from shopapp.delivery.attempts import held_since
from shopapp.delivery.codes import candidate_numbers
from shopapp.delivery.errors import DeliveryError
from shopapp.delivery.outcomes import OutcomeResult, clean_text
from shopapp.delivery.signature import Signature, check_signature, render_png, strokes_json
from shopapp.errors import ParcelNotFound
from shopapp.parcels import lifecycle
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Parcel
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number

CODE_ALPHABET = "ACDEFHJKMNPRTWXY3479"
CODE_LENGTH = 6
QR_PREFIX = "SHOPAPP-PICKUP:"
ID_CHECKS = ("id_card", "driving_licence", "passport", "other")
HOLDABLE = (lifecycle.RECEIVED, lifecycle.ATTEMPT_FAILED)
_CODE_RE = re.compile(f"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")


def new_pickup_code(session: Session) -> str:
    """A random code that no parcel of this shop has."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if session.exec(select(Parcel.id).where(Parcel.pickup_code == code)).first() is None:
            return code


def qr_payload(code: str) -> str:
    return QR_PREFIX + code


def parse_pickup_code(raw: str) -> str | None:
    """The pickup code in a QR payload or typed text ("ACD 479", "acd-479"), else None."""
    text = str(raw).strip()
    if text.upper().startswith(QR_PREFIX):
        text = text[len(QR_PREFIX) :]
    code = re.sub(r"[\s\-]+", "", text).upper()
    return code if _CODE_RE.match(code) else None


def format_code(code: str) -> str:
    """'ACD479' -> 'ACD 479' (read aloud and typed in two halves)."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


@dataclass(frozen=True)
class PickupItem:
    tracking_number: str
    recipient: str
    address: str
    status: str
    pickup_code: str | None
    shelf_slot: str | None
    held_since: str | None  # ISO UTC
    waited: timedelta | None  # how long it has been held for pickup
    collect_by: str | None  # ISO UTC: after this the dwell limit sends it back


def _item(session: Session, parcel: Parcel, now: datetime, dwell_days: int) -> PickupItem:
    since = held_since(session, parcel) if parcel.status == lifecycle.HELD_FOR_PICKUP else None
    waited = max(now - from_iso(since), timedelta(0)) if since else None
    collect_by = to_iso(from_iso(since) + timedelta(days=dwell_days)) if since else None
    return PickupItem(
        parcel.tracking_number,
        parcel.recipient,
        parcel.address,
        parcel.status,
        parcel.pickup_code,
        parcel.shelf_slot,
        since,
        waited,
        collect_by,
    )


def find_for_pickup(
    store: Store, query: str, now: datetime | None = None, limit: int = 50
) -> list[PickupItem]:
    """Parcels matching a pickup code (or its QR), a tracking number or a recipient's name.

    An empty query lists every parcel held for pickup. Held parcels come first.
    """
    moment = now or utc_now()
    text = clean_text(query)
    with store.read() as session:
        dwell = int(settings.get(session, "pickup_dwell_days"))
        found: list[Parcel] = []
        code = parse_pickup_code(text) if text else None
        if code is not None:
            found += session.exec(select(Parcel).where(Parcel.pickup_code == code))
        for number in candidate_numbers(text) if text and not found else []:
            parcel = by_tracking_number(session, number)
            if parcel is not None:
                found.append(parcel)
                break
        if not found:
            statement = select(Parcel)
            if text:
                escaped = re.sub(r"([\\%_])", r"\\\1", text.lower())
                pattern = f"%{escaped}%"
                statement = statement.where(
                    or_(
                        func.lower(Parcel.recipient).like(pattern, escape="\\"),
                        col(Parcel.search_text).like(pattern, escape="\\"),
                    )
                )
            else:
                statement = statement.where(Parcel.status == lifecycle.HELD_FOR_PICKUP)
            found += session.exec(statement.order_by(col(Parcel.recipient)).limit(limit * 4))
        items = [_item(session, parcel, moment, dwell) for parcel in found]
    order = {lifecycle.HELD_FOR_PICKUP: 0, lifecycle.RECEIVED: 1, lifecycle.ATTEMPT_FAILED: 1}
    items.sort(key=lambda item: (order.get(item.status, 2), item.recipient.lower()))
    return items[:limit]


def pickup_item(store: Store, tracking_number: str, now: datetime | None = None) -> PickupItem:
    with store.read() as session:
        parcel = by_tracking_number(session, tracking_number)
        if parcel is None:
            raise ParcelNotFound(tracking_number)
        dwell = int(settings.get(session, "pickup_dwell_days"))
        return _item(session, parcel, now or utc_now(), dwell)


def hold_for_pickup(store: Store, tracking_number: str, now: datetime | None = None) -> str:
    """Hold a parcel on the shelf for its recipient; returns its (new) pickup code."""
    with store.write() as session:
        parcel = by_tracking_number(session, tracking_number)
        if parcel is None:
            raise ParcelNotFound(tracking_number)
        if parcel.status not in HOLDABLE:
            # Let the lifecycle say why, in its words.
            record_event(session, parcel, lifecycle.HELD_FOR_PICKUP, {})
        code = parcel.pickup_code or new_pickup_code(session)
        parcel.pickup_code = code
        record_event(
            session,
            parcel,
            lifecycle.HELD_FOR_PICKUP,
            {"pickup_code": code},
            at=to_iso(now or utc_now()),
        )
    return code


def ensure_pickup_code(store: Store, tracking_number: str) -> str:
    """The held parcel's pickup code, giving it one if it was held without (another path)."""
    with store.write() as session:
        parcel = by_tracking_number(session, tracking_number)
        if parcel is None:
            raise ParcelNotFound(tracking_number)
        if parcel.status != lifecycle.HELD_FOR_PICKUP:
            raise DeliveryError(
                "not_held", f"Parcel {tracking_number} is not held for pickup: hold it first.",
                tracking_number=tracking_number,
            )
        if not parcel.pickup_code:
            parcel.pickup_code = new_pickup_code(session)
            session.add(parcel)
        return parcel.pickup_code


def hand_over(
    store: Store,
    paths: DataPaths,
    tracking_number: str,
    *,
    name: str,
    signature: Signature,
    id_check: str | None = None,
    now: datetime | None = None,
) -> OutcomeResult:
    """The recipient (or their representative) takes the parcel at the counter.

    Records `picked_up` with the name, the signature's hashes and, if an ID was
    checked, which kind (one of ID_CHECKS; the ID's number is never stored).
    """
    who = clean_text(name)
    if not who:
        raise DeliveryError(
            "collector_name_required", "Type the name of the person collecting the parcel."
        )
    if id_check is not None and id_check not in ID_CHECKS:
        raise DeliveryError("bad_id_check", f"Unknown kind of ID: {id_check!r}.")
    check_signature(signature)
    files = [
        proofs.save_proof(paths, render_png(signature), proofs.SIGNATURE),
        proofs.save_proof(paths, strokes_json(signature), proofs.SIGNATURE_STROKES),
    ]
    data: dict[str, object] = {"name": who, **{f"{f.kind}_sha256": f.sha256 for f in files}}
    if id_check is not None:
        data["id_check"] = id_check
    moment = now or utc_now()
    with store.write() as session:
        for proof in files:
            proofs.add_proof_row(session, proof, moment)
        parcel = by_tracking_number(session, tracking_number)
        if parcel is None:
            raise ParcelNotFound(tracking_number)
        event = record_event(session, parcel, lifecycle.PICKED_UP, data, at=to_iso(moment))
    return OutcomeResult(
        lifecycle.PICKED_UP, (tracking_number,), (event.id,), dict(data), tuple(files)
    )


def shop_name(store: Store) -> str:
    """The shop's name for slips ('' before the first-run setup)."""
    from shopapp.shop import get_profile

    with store.read() as session:
        profile = get_profile(session)
        return profile.name if profile is not None else ""
