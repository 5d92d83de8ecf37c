"""Typed errors of the Qt-free core; the UI turns them into messages for the shopkeeper."""

from __future__ import annotations


class ShopAppError(Exception):
    """Root of every error the core raises on purpose.

    `str(error)` is a sentence a shopkeeper can act on: what happened and what to do.
    """


class IllegalTransition(ShopAppError):
    """An action that the parcel lifecycle does not allow from the parcel's current state."""

    def __init__(self, tracking_number: str, status: str, action: str, why: str = "") -> None:
        self.tracking_number = tracking_number
        self.status = status
        self.action = action
        self.why = why
        detail = f" ({why})" if why else ""
        super().__init__(
            f"Parcel {tracking_number} is '{status}': it cannot be marked '{action}'{detail}."
        )


class StoreError(ShopAppError):
    """The local database could not do what was asked (disk full, I/O error, corruption)."""


class IntegrityCheckFailed(StoreError):
    """The start-up integrity check found the database damaged."""

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
    def __init__(self, tracking_number: str) -> None:
        self.tracking_number = tracking_number
        super().__init__(f"No parcel {tracking_number} in this shop's records.")
