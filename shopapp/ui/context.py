"""What every page needs: the data paths and the store, plus small read/write helpers."""

from __future__ import annotations

from dataclasses import dataclass

from shopapp.paths import DataPaths
from shopapp.store import Store


@dataclass
class AppContext:
    paths: DataPaths
    store: Store
    demo: bool = False
