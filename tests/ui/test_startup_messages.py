"""The start-up failures as the shopkeeper sees them: a dialog per kind, its own title and
next step, and a restore named only for real damage with its copy kept. (The failures
themselves are made for real in tests/store/test_startup_failures.py; here the free space
is faked to reach the dialog in-process.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from shopapp.errors import StoreError
from shopapp.instance import RESTORE, ShopInUse
from shopapp.messages import message
from shopapp.paths import DataPaths
from shopapp.store import startup
from shopapp.store.startup import (
    DamagedAtStartup,
    DiskFullAtStartup,
    LockedAtStartup,
    ReadOnlyAtStartup,
)
from shopapp.sync.lock import Holder

from shopapp.ui import app as app_module
from shopapp.ui.messages import error_text, knows


def test_each_start_up_failure_has_its_wording_and_only_damage_names_a_restore(
    paths: DataPaths,
) -> None:
    full = startup._disk_full(paths, 12 * 1024)
    assert isinstance(full, DiskFullAtStartup) and knows(full.message.code)
    read_only = startup.diagnose(paths, PermissionError(13, "Permission denied"))
    assert isinstance(read_only, ReadOnlyAtStartup)
    assert "is full" in error_text(full) and "shopapp restore" not in error_text(full)
    assert "cannot be written" in error_text(read_only)
    assert "shopapp restore" not in error_text(read_only)
    locked = startup.diagnose(paths, Exception("database is locked"))
    assert isinstance(locked, LockedAtStartup)
    assert "locked by another program" in error_text(locked)
    assert "shopapp restore" not in error_text(locked)

    refused = StoreError(message("store.refused", "refused (UNIQUE constraint)", detail="x"))
    assert startup.diagnose(paths, refused) is refused  # a refused statement stays itself

    kept = DamagedAtStartup("/d/shop.sqlite3", "malformed", ["/d/b.sqlite3"], "/d/copy")
    assert "kept as /d/copy" in error_text(kept)
    assert "shopapp restore /d/b.sqlite3" in error_text(kept)
    not_kept = DamagedAtStartup("/d/shop.sqlite3", "malformed", ["/d/b.sqlite3"], None, "full")
    assert "shopapp restore" not in error_text(not_kept)
    assert "do not restore yet" in error_text(not_kept)

    in_restore = ShopInUse(paths.root, Holder(4242, RESTORE, "2026-12-02T03:00:00Z"))
    assert "being restored" in error_text(in_restore) and "4242" in error_text(in_restore)


def test_the_real_start_shows_a_full_disk_dialog(
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setattr(startup, "free_bytes", lambda _folder: 20 * 1024)
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    assert app_module.run_app(paths) == 4
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Disk full"
    assert "20 KB free" in text and "shopapp restore" not in text
    assert not Path(paths.database).exists() or Path(paths.database).stat().st_size == 0
