"""Typed errors of the sync; each carries a `code` the UI maps to a translated sentence.

`code` is the kind as the sync report's JSON names it (`error_code`: "offline",
"unauthorized", ...); `error.message` is the same kind as a message code of the UI's
table ("sync.offline", ...) with its arguments. `str(error)` stays English, for the
log and the command line.
"""

from __future__ import annotations

from shopapp.errors import ShopAppError
from shopapp.messages import Message


def message_code(error_code: str) -> str:
    """The message table's code for a sync report's `error_code`."""
    return f"sync.{error_code}"


class SyncError(ShopAppError):
    """Root of the sync's errors; `code` names the kind for the UI and the JSON report."""

    code = "sync_failed"

    @property
    def message(self) -> Message:
        if self._message is not None:
            return self._message
        return Message(message_code(self.code), self.message_args(), fallback=str(self))


class NotPaired(SyncError):
    code = "not_paired"

    def __init__(self) -> None:
        super().__init__(
            "This shop is not paired with the carrier's server yet: enter the server address "
            "and the shop's token on the Sync page (or run `shopapp pair`)."
        )


class Cancelled(SyncError):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("The sync was stopped; what was sent is kept, the rest goes next time.")


class NetworkError(SyncError):
    """The server could not be reached (or kept failing) within the retry budget."""

    code = "offline"

    def __init__(self, what: str, attempts: int, last: str) -> None:
        self.what = what
        self.attempts = attempts
        self.last = last
        super().__init__(
            f"Could not reach the carrier's server for {what} after {attempts} tries "
            f"({last}). Nothing is lost: everything is kept and will be sent on the next sync."
        )

    def message_args(self) -> dict[str, object]:
        return {"attempts": self.attempts}


class TlsError(SyncError):
    """The server's certificate could not be verified: nothing was sent."""

    code = "tls"

    def __init__(self, what: str, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"The carrier's server could not prove who it is (certificate check failed for "
            f"{what}: {detail}). Nothing was sent. Check the server address, the computer's "
            "date, or call the carrier's support."
        )

    def message_args(self) -> dict[str, object]:
        return {"detail": self.detail}


class ApiError(SyncError):
    """The server answered with a 4xx that is an answer, not a hiccup (not retried)."""

    code = "refused"

    def __init__(self, status: int, detail: str, what: str) -> None:
        self.status = status
        self.detail = detail
        self.what = what
        super().__init__(self.sentence())

    def message_args(self) -> dict[str, object]:
        return {"status": self.status, "detail": self.detail}

    def sentence(self) -> str:
        return f"The carrier's server refused {self.what} (HTTP {self.status}): {self.detail}"


class Unauthorized(ApiError):
    code = "unauthorized"

    def sentence(self) -> str:
        return (
            f"The carrier's server does not accept this shop's token (HTTP {self.status}). "
            "Ask the carrier for a new token and pair again on the Sync page."
        )


class BadAnswer(SyncError):
    """The server's answer could not be understood (not the agreed JSON)."""

    code = "bad_answer"
