"""Typed errors of the Qt-free core; the UI turns them into messages for the shopkeeper."""

from __future__ import annotations

from parcelwire.lifecycle import IllegalTransition as LifecycleError
from shopapp.messages import Message


class ShopAppError(Exception):
    """Root of every error the core raises on purpose.

    `error.message` is what the UI words in the shop's language (a code and its
    arguments, `shopapp.messages`); `str(error)` is the same in English, for the log and
    the command line. Raise with a sentence (`code` names the kind) or with a `Message`.
    """

    code = "error.shop"

    def __init__(self, text: str | Message = "", *args: object) -> None:
        self._message = text if isinstance(text, Message) else None
        super().__init__(str(text) if isinstance(text, Message) else text, *args)

    @property
    def message(self) -> Message:
        if self._message is not None:
            return self._message
        return Message(self.code, self.message_args(), fallback=str(self))

    def message_args(self) -> dict[str, object]:
        """The arguments the UI's sentence for `code` needs (subclasses add theirs)."""
        return {}


class IllegalTransition(LifecycleError, ShopAppError):
    """An action that the parcel lifecycle does not allow from the parcel's current state.

    The lifecycle's own error (parcelwire, shared with the server: its attributes and its
    sentence) as a ShopAppError; `shopapp.parcels.lifecycle` raises this one.
    """

    code = "error.illegal_transition"

    def message_args(self) -> dict[str, object]:
        return {
            "tracking_number": self.tracking_number,
            "status": self.status,
            "action": self.action,
        }


class StoreError(ShopAppError):
    """The local database could not do what was asked (disk full, I/O error, corruption)."""

    code = "store.error"


class IntegrityCheckFailed(StoreError):
    """The start-up integrity check found the database damaged."""

    code = "store.damaged"

    def message_args(self) -> dict[str, object]:
        return {"path": self.db_path, "detail": self.detail,
                "backup": self.backups[0] if self.backups else ""}

    def __init__(self, db_path: str, detail: str, backups: list[str]) -> None:
        self.db_path = db_path
        self.detail = detail
        self.backups = backups
        newest = backups[0] if backups else None
        restore = (
            f"Restore the newest backup with: shopapp restore {newest}"
            if newest
            else "No backup was found; call support before doing anything else."
        )
        super().__init__(f"The shop database {db_path} is damaged ({detail}). {restore}")


class ParcelNotFound(ShopAppError):
    code = "error.parcel_not_found"

    def message_args(self) -> dict[str, object]:
        return {"tracking_number": self.tracking_number}

    def __init__(self, tracking_number: str) -> None:
        self.tracking_number = tracking_number
        super().__init__(f"No parcel {tracking_number} in this shop's records.")
