"""Where the shop's files live: one place owns every path (database, logs, proof files, backups)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "shopapp"
APP_AUTHOR = "PartnerShop"


def default_data_dir() -> Path:
    """The OS user data directory, unless SHOPAPP_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("SHOPAPP_HOME")
    if override:
        return Path(override)
    import platformdirs  # only needed when no directory is given

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class DataPaths:
    """The layout of one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "shop.sqlite3"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def proofs(self) -> Path:
        return self.root / "proofs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def roads(self) -> Path:
        """The offline road map (versions of Valhalla tiles and the drawable basemap)."""
        return self.root / "roads"

    @property
    def secrets(self) -> Path:
        return self.root / "secrets"

    def create(self) -> DataPaths:
        """Make the directories (private to the user: they hold personal data)."""
        for folder in (self.root, self.logs, self.proofs, self.backups):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    return DataPaths(root.expanduser().resolve())
