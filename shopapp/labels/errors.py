"""Typed errors of the labels package, under the core's `ShopAppError` root."""

from __future__ import annotations

from shopapp.errors import ShopAppError


class LabelContentError(ShopAppError, ValueError):
    """The text or data cannot be put on a label (empty, too long, wrong characters)."""


class PrinterError(ShopAppError):
    """The label could not reach the printer; the message says what to check."""
