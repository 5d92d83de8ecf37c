"""Wordings of the printing codes (see shopapp.ui.messages). Context "Messages" for lupdate."""

from __future__ import annotations

from collections.abc import Callable

from shopapp.messages import Message

TABLE: dict[str, Callable[[Message], str]] = {}
