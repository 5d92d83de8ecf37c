"""The one message table: the core's codes (`shopapp.messages.Message`) worded in the
shop's language through Qt's translation.

Each area keeps its wordings in its own module (`counter`, `planning`, `delivery`,
`sync`, `shop`, `general`), merged here into one table; a code has one wording, used
by every page. Plural forms go through Qt's `%n` (`translate(context, "%n route(s)",
None, n)`), whose English forms come from shopapp_en.ts.

`text(message)` words a message; `error_text(error)` words any exception, a core error
by its code, a full disk and a broken database by what they are, and anything else as
"unexpected" with the log to send (never Python's English).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Callable, Mapping

from shopapp.errors import ShopAppError
from shopapp.messages import Message

from shopapp.ui.messages import (
    corrections,
    counter,
    delivery,
    general,
    planning,
    printing,
    shop,
    startup,
    sync,
)

log = logging.getLogger(__name__)

Wording = Callable[[Message], str]


def _merged(*tables: Mapping[str, Wording]) -> dict[str, Wording]:
    merged: dict[str, Wording] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:  # one code, one wording
            raise RuntimeError(f"message codes worded twice: {sorted(twice)}")
        merged.update(table)
    return merged


TABLE: dict[str, Wording] = _merged(
    general.TABLE,
    counter.TABLE,
    planning.TABLE,
    delivery.TABLE,
    sync.TABLE,
    shop.TABLE,
    printing.TABLE,
    startup.TABLE,
    corrections.TABLE,
)


def knows(code: str) -> bool:
    return code in TABLE


def text(message: Message) -> str:
    """The sentence for `message` in the shop's language."""
    wording = TABLE.get(message.code)
    if wording is None:
        # A code with no wording is a bug: log it, show the English rather than nothing.
        log.error("no wording for message code %r", message.code)
        return message.fallback or message.code
    return wording(message)


def error_text(error: BaseException) -> str:
    """What went wrong, in the shop's language, and what to do."""
    if isinstance(error, ShopAppError):
        return text(error.message)
    if _disk_full(error):
        return text(Message("disk.full"))
    if isinstance(error, sqlite3.DatabaseError) or _is_sqlalchemy_database_error(error):
        return text(Message("store.failed"))
    if isinstance(error, OSError):
        return text(Message("file.failed", {"path": error.filename or ""}))
    return text(Message("error.unexpected"))


def _disk_full(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        if "database or disk is full" in str(seen) or "No space left" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
        if seen is error:
            break
    return False


def _is_sqlalchemy_database_error(error: BaseException) -> bool:
    try:
        from sqlalchemy.exc import DBAPIError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        return False
    return isinstance(error, DBAPIError)
