"""The carrier's own tracking-number formats, kept in the store and used for every scan.

The carrier's central API sends them (`GET /v1/shop`'s `tracking_formats`, in the JSON
shape of tracking_number_data's courier files), so a label format that is new to the
carrier is read at the counter without waiting for an app release.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session

from shopapp.scanning.formats import FormatTable, bundled_formats, formats_of_courier
from shopapp.store.models import SyncState

_log = logging.getLogger(__name__)
CARRIER_FORMATS_KEY = "carrier_formats"
MAX_CARRIER_COURIERS = 200


def valid_couriers(value: Any) -> list[dict[str, Any]]:
    """The usable courier objects of what the server sent ([] for anything else)."""
    if not isinstance(value, list):
        return []
    couriers = [
        item
        for item in value[:MAX_CARRIER_COURIERS]
        if isinstance(item, dict) and formats_of_courier(item, "carrier")
    ]
    if len(couriers) != len(value):
        _log.warning("%d of the carrier's format entries were unusable", len(value) - len(couriers))
    return couriers


def save_carrier_formats(session: Session, value: Any) -> int:
    """Keep the carrier's formats (replacing the previous ones); the number of formats kept."""
    couriers = valid_couriers(value)
    text = json.dumps(couriers, sort_keys=True, separators=(",", ":"))
    row = session.get(SyncState, CARRIER_FORMATS_KEY)
    if row is None:
        session.add(SyncState(key=CARRIER_FORMATS_KEY, value=text))
    elif row.value != text:
        row.value = text
        session.add(row)
    return sum(len(formats_of_courier(c, "carrier")) for c in couriers)


_FORMATS_SQL = sql_text("SELECT value FROM sync_state WHERE key = :key")


def formats_in_force(session: Session) -> FormatTable:
    """The bundled formats plus the carrier's own, as kept in the store.

    Read with plain SQL on every scan (a third of the ORM's get); the table is compiled
    once per distinct text."""
    value = session.execute(_FORMATS_SQL, {"key": CARRIER_FORMATS_KEY}).scalar_one_or_none()
    if value is None or value in ("", "[]"):
        return bundled_formats()
    return _table_of(str(value))


@lru_cache(maxsize=4)
def _table_of(text: str) -> FormatTable:
    """Compiled once per distinct text: a scan must not recompile patterns."""
    try:
        couriers = json.loads(text)
    except ValueError:
        _log.warning("the stored carrier formats are not JSON; using the bundled ones")
        return bundled_formats()
    return bundled_formats().with_carrier_formats(valid_couriers(couriers))
