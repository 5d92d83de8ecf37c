"""Typed errors of proof of delivery and pickup; each has a `code` the UI can translate."""

from __future__ import annotations

from shopapp.errors import ShopAppError


class DeliveryError(ShopAppError):
    """A delivery, pickup or return action that cannot be recorded as asked.

    Attributes:
        code: a stable machine name ("name_required", "empty_signature", ...).
    """

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class EmptySignature(DeliveryError):
    """The signature pad holds nothing that looks like a signature."""

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__(
            "empty_signature",
            f"The signature is empty or too small ({why}). Ask the person to sign again.",
        )


class PhotoError(DeliveryError):
    """A photo file that cannot be read as an image."""

    def __init__(self, why: str) -> None:
        super().__init__("bad_photo", f"The photo cannot be used: {why}. Take or choose another.")


class ProofWriteError(DeliveryError):
    """A proof file could not be written to disk (full disk, permissions)."""

    def __init__(self, path: str, why: str) -> None:
        super().__init__(
            "proof_write_failed",
            f"The proof file could not be saved ({why}); nothing was recorded. "
            f"Free some disk space and try again. Folder: {path}",
        )
