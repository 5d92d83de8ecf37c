"""The road map's errors, each with a stable `code` so the UI can translate the message."""

from __future__ import annotations

from shopapp.errors import ShopAppError


class RoadsError(ShopAppError):
    """Base of every error of shopapp.roads; `str()` is a sentence for the shopkeeper."""

    code = "roads"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class RoadsUnavailable(RoadsError):
    """The routing engine (pyvalhalla) is not installed on this computer."""

    code = "unavailable"


class MapImportError(RoadsError):
    """An import did not install a map; the previous map (if any) is still the one in use.

    Codes: "missing", "empty", "not_osm", "not_covering", "failed", "cancelled", "unavailable".
    """

    code = "failed"


class MapImportCancelled(MapImportError):
    """The import was cancelled; nothing changed."""

    code = "cancelled"

    def __init__(self, message: str = "The map import was cancelled: nothing changed.") -> None:
        super().__init__(message)


class RoadError(RoadsError):
    """A road query (route, matrix) could not be answered."""

    code = "road"
