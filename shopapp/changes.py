"""What an action changed, so the UI refreshes what it shows from that and nothing else.

Core entry points return results that carry a `Changes` value (`result.changes`); the
UI's operation runner announces it and the main window passes it to every page and the
status bar. A page that shows parcels refreshes on `Changes.PARCELS`, the status bar on
`Changes.OUTBOX`, and so on: no polling, no refresh-on-show guessing.
"""

from __future__ import annotations

import enum
from typing import Protocol, runtime_checkable


class Changes(enum.Flag):
    NONE = 0
    PARCELS = enum.auto()  # a parcel's status, shelf, pickup code, outcome
    PLAN = enum.auto()  # the day's saved plan or its run
    OUTBOX = enum.auto()  # events waiting to sync, rejections, last sync report
    SETTINGS = enum.auto()  # the shop's settings or profile
    PAIRING = enum.auto()  # the server address and token
    ROAD_MAP = enum.auto()  # the data dir's road map
    ALL = PARCELS | PLAN | OUTBOX | SETTINGS | PAIRING | ROAD_MAP


@runtime_checkable
class Changing(Protocol):
    """A result that says what it changed."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: object) -> Changes:
    """The changes a result carries (`Changes.NONE` for a result that carries none)."""
    if isinstance(result, Changing):
        return result.changes
    return Changes.NONE
