"""What every page needs: the data paths, the operation runner and the shop's settings.

Pages reach the store only through `ops` (shopapp.ui.operations): they never open a
session themselves. `settings` is the shop's current settings, kept up to date by the
main window when `Changes.SETTINGS` is announced, so a saved setting takes effect at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shopapp import settings as shop_settings
from shopapp.paths import DataPaths
from shopapp.store import Store

from shopapp.ui.operations import Operations

if TYPE_CHECKING:
    from shopapp.ui.sync_service import SyncService


@dataclass
class AppContext:
    paths: DataPaths
    store: Store  # for the operation runner and start-up only: pages use `ops`
    demo: bool = False
    ops: Operations = field(init=False)
    settings: dict[str, Any] = field(init=False)
    sync: SyncService | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.ops = Operations(self.store, self.paths)
        self.settings = shop_settings.load_all(self.store)

    def setting(self, key: str) -> Any:
        """The current value of a shop setting (shopapp.settings)."""
        return self.settings.get(key, shop_settings.DEFAULTS[key])
