"""Sync with the carrier's central API: pairing, push (events, then proof files), pull
(manifest), over links as poor as a rural one (`shopapp.sync.link`).

Qt-free. The entry points are `run_sync` (one push and pull, with a progress callback
and a cancel flag), `pair` and `probe`; `shopapp.sync.commands` wraps them for the CLI.
"""

from shopapp.sync.errors import (
    ApiError,
    Cancelled,
    NetworkError,
    NotPaired,
    SyncError,
    Unauthorized,
)
from shopapp.sync.report import SyncReport

__all__ = [
    "ApiError",
    "Cancelled",
    "NetworkError",
    "NotPaired",
    "SyncError",
    "SyncReport",
    "Unauthorized",
]
