"""Typed errors of proof of delivery and pickup; each has a `code` the UI words.

Codes are namespaced ("delivery.name_required"); `str(error)` stays the English
sentence, for the log and the command line. The UI's wordings are in
shopapp/ui/messages/delivery.py.
"""

from __future__ import annotations

from shopapp.errors import ShopAppError

PREFIX = "delivery."


class DeliveryError(ShopAppError):
    """A delivery, pickup or return action that cannot be recorded as asked.

    Attributes:
        code: a stable machine name ("delivery.name_required", "delivery.empty_signature").
        args_: what the wording needs (the parcel, the folder).
    """

    code = "delivery.error"

    def __init__(self, code: str, message: str, **args: object) -> None:
        self.code = code if code.startswith(PREFIX) else PREFIX + code
        self._args = dict(args)
        super().__init__(message)

    def message_args(self) -> dict[str, object]:
        return dict(self._args)


class EmptySignature(DeliveryError):
    """The signature pad holds nothing that looks like a signature."""

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__(
            "empty_signature",
            f"The signature is empty or too small ({why}). Ask the person to sign again.",
        )


class PhotoError(DeliveryError):
    """A photo file that cannot be read as an image.

    `kind` says why, for the wording: "empty", "too_large" (with `mb`), "too_many_pixels",
    "unreadable", "damaged", "file_unreadable".
    """

    def __init__(self, why: str, kind: str = "unreadable", **args: object) -> None:
        self.kind = kind
        super().__init__(
            f"photo_{kind}", f"The photo cannot be used: {why}. Take or choose another.", **args
        )


class ProofWriteError(DeliveryError):
    """A proof file could not be written to disk (full disk, permissions)."""

    def __init__(self, path: str, why: str) -> None:
        super().__init__(
            "proof_write_failed",
            f"The proof file could not be saved ({why}); nothing was recorded. "
            f"Free some disk space and try again. Folder: {path}",
            path=path,
        )
