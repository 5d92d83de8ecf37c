"""Typed errors of the labels package, under the core's `ShopAppError` root."""

from __future__ import annotations

from shopapp.errors import ShopAppError


class LabelContentError(ShopAppError, ValueError):
    """The text or data cannot be put on a label (empty, too long, wrong characters).

    Raised with a `label.*` message code (worded in shopapp/ui/messages/counter.py)."""

    code = "label.content"


class PrinterError(ShopAppError):
    """The label could not reach the printer; the message (a `label.*` code) says what to
    check."""

    code = "label.printer"
