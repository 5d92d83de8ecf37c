"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless by default, before anything imports Qt (pytest-qt makes the one QApplication).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCREENSHOTS = REPO / "screenshots"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data directory."""
    monkeypatch.setenv("SHOPAPP_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _pc_time_zone_again() -> Iterator[None]:
    """A shop zone put in effect by a test's profile (shopapp.clock) ends with the test."""
    yield
    import sys

    clock = sys.modules.get("shopapp.clock")
    if clock is not None:
        clock.set_shop_zone(None)


@pytest.fixture(autouse=True)
def _runners_shut_down() -> Iterator[None]:
    """Each test's operation runners stop with it (their idle threads would outlive it)."""
    yield
    import sys

    operations = sys.modules.get("shopapp.ui.operations")
    if operations is not None:
        operations.shut_down_all()


@pytest.fixture
def paths(tmp_path: Path):  # type: ignore[no-untyped-def]
    from shopapp.paths import data_paths

    return data_paths(tmp_path / "data").create()


@pytest.fixture
def store(paths) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from shopapp.store import open_store

    opened = open_store(paths, daily_backup="skip")
    yield opened
    opened.close()


def save_screenshot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    """Grab a widget to screenshots/<name>.png (kept in the repo for review)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target)), f"could not save {target}"
    return target
