"""The dependency lists: the desktop app's base install holds no server package and no
non-commercial one, the lock holds no LKH-3, and the app loads none of the server's packages."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SERVER_PACKAGES = {"fastapi", "starlette", "uvicorn", "psycopg", "psycopg_binary"}


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s\[<>=!;~]", r, maxsplit=1)[0].lower() for r in requirements}


def _project() -> dict:  # type: ignore[type-arg]
    with open(REPO / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]  # type: ignore[no-any-return]


def test_base_dependencies_hold_neither_the_server_nor_lkh() -> None:
    project = _project()
    base = _names(project["dependencies"])
    extras = project["optional-dependencies"]
    assert not base & (SERVER_PACKAGES | {"elkai"})
    assert {"fastapi", "starlette", "uvicorn", "psycopg"} <= _names(extras["server"])
    assert _names(extras["lkh"]) == {"elkai"}
    assert "elkai" not in _names(extras["dev"]) | _names(extras["server"])


def test_the_lock_holds_no_lkh_and_pins_every_base_dependency() -> None:
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pinned = {m.group(1).lower() for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==", lock, re.M)}
    assert "elkai" not in pinned
    wanted = _names(_project()["dependencies"])
    assert {n.replace("_", "-") for n in wanted} <= pinned, wanted - pinned


def test_the_desktop_app_loads_no_server_package() -> None:
    """The app's modules (window, sync, demo, planner) import no FastAPI/uvicorn/psycopg."""
    imports = (
        "import shopapp.cli, shopapp.ui.app, shopapp.ui.main_window, shopapp.sync.push, "
        "shopapp.sync.pull, shopapp.demo.session, shopapp.demo.server, shopapp.planning.planner"
    )
    code = (
        f"{imports}\nimport sys\nprint(' '.join(sorted({{n.split('.')[0] for n in sys.modules}})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "shopapp" in loaded
    assert not loaded & (SERVER_PACKAGES | {"elkai"}), loaded & (SERVER_PACKAGES | {"elkai"})
