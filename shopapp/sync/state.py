"""The sync's own keys in the SyncState table: server, shop id, cursor, clock offset."""

from __future__ import annotations

from sqlmodel import Session

from shopapp.store.models import SyncState

SERVER_URL = "server_url"
SHOP_ID = "shop_id"
TOKEN_STORAGE = "token_storage"
MANIFEST_CURSOR = "manifest_cursor"
CLOCK_OFFSET_S = "clock_offset_s"
CLOCK_CHECKED_AT = "clock_checked_at"
LAST_SYNC_AT = "last_sync_at"  # read by shopapp.store.queries.sync_summary
LAST_SYNC_REPORT = "last_sync_report"


def get_value(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return None if row is None else row.value


def put_value(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        row = SyncState(key=key, value=value)
    else:
        row.value = value
    session.add(row)


def get_int(session: Session, key: str, default: int = 0) -> int:
    value = get_value(session, key)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
