"""The road map's errors, each with a stable `code` so the UI can word the message.

Codes are namespaced ("roads.not_osm", "roads.failed"); the UI's wordings are in
shopapp/ui/messages/planning.py. `str(error)` stays the English sentence, for the
log and the command line.
"""

from __future__ import annotations

from shopapp.errors import ShopAppError

PREFIX = "roads."


def _namespaced(code: str) -> str:
    return code if code.startswith(PREFIX) else PREFIX + code


class RoadsError(ShopAppError):
    """Base of every error of shopapp.roads; `str()` is a sentence for the log."""

    code = "roads.error"

    def __init__(self, message: str, *, code: str | None = None, **args: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = _namespaced(code)
        self._args = dict(args)

    def message_args(self) -> dict[str, object]:
        return dict(self._args)


class RoadsUnavailable(RoadsError):
    """The routing engine (pyvalhalla) is not installed on this computer."""

    code = "roads.unavailable"


class MapImportError(RoadsError):
    """An import did not install a map; the previous map (if any) is still the one in use.

    Codes: "roads.missing", "roads.empty", "roads.not_osm", "roads.not_covering",
    "roads.failed", "roads.cancelled", "roads.unavailable" (see `IMPORT_CODES`).
    """

    code = "roads.failed"


IMPORT_CODES = frozenset(
    PREFIX + name
    for name in ("missing", "empty", "not_osm", "not_covering", "failed", "cancelled",
                 "unavailable")
)


class MapImportCancelled(MapImportError):
    """The import was cancelled; nothing changed."""

    code = "roads.cancelled"

    def __init__(self, message: str = "The map import was cancelled: nothing changed.") -> None:
        super().__init__(message)


class RoadError(RoadsError):
    """A road query (route, matrix) could not be answered."""

    code = "roads.road"
