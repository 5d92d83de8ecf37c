"""Package boundaries: the server and the shared package import nothing of the desktop app.

scripts/check_layering.sh is the rule (CI runs it). Here it runs on the real tree, where
it must pass, and on copies of the tree's Python files with one violation planted each,
where it must fail and name the file. A fresh interpreter then shows the same at run
time: importing the server, or the shared package, loads nothing it may not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = Path("scripts") / "check_layering.sh"
PACKAGES = ("shopapp", "central_api", "parcelwire")


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(root / SCRIPT)], capture_output=True, text=True, timeout=60)


def _python_only(folder: str, names: list[str]) -> list[str]:
    """copytree's ignore: keep folders and .py files (not the data, caches, extracts)."""
    return [
        name
        for name in names
        if name == "__pycache__" or not (name.endswith(".py") or (Path(folder) / name).is_dir())
    ]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A copy of the script and of the packages' Python files."""
    root = tmp_path / "tree"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / SCRIPT, root / SCRIPT)
    for package in PACKAGES:
        shutil.copytree(REPO / package, root / package, ignore=_python_only)
    return root


def test_the_real_tree_passes() -> None:
    done = _check(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "central_api and parcelwire import no shopapp" in done.stdout


def test_the_copy_passes_before_anything_is_planted(tree: Path) -> None:
    done = _check(tree)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("path", "code", "rule"),
    [
        # The server importing the app, at the top, inside a function, by name.
        ("central_api/planted.py", "from shopapp.errors import ShopAppError\n", "(shopapp)"),
        ("central_api/planted.py", "import json, shopapp.roads\n", "(shopapp)"),
        (
            "central_api/planted.py",
            "def build() -> None:\n    from shopapp.roads import import_map\n",
            "(shopapp)",
        ),
        (
            "central_api/planted.py",
            "import importlib\nroads = importlib.import_module('shopapp.roads')\n",
            "(shopapp)",
        ),
        # The shared package importing either side, or Qt.
        ("parcelwire/planted.py", "from shopapp.parcels import lifecycle\n", "(shopapp)"),
        ("parcelwire/planted.py", "from central_api.schemas import ParcelIn\n", "(parcelwire)"),
        ("parcelwire/planted.py", "import central_api\n", "(parcelwire)"),
        ("parcelwire/planted.py", "from PySide6.QtCore import QObject\n", "(parcelwire)"),
        # The old rule still holds: no Qt in the core.
        ("shopapp/sync/planted.py", "from PySide6.QtCore import QObject\n", "outside shopapp/ui"),
    ],
)
def test_a_planted_violation_fails(tree: Path, path: str, code: str, rule: str) -> None:
    (tree / path).write_text(code, encoding="utf-8")
    done = _check(tree)
    assert done.returncode == 1, done.stdout + done.stderr
    assert rule in done.stderr and path in done.stderr, done.stderr
    assert "layering ok" not in done.stdout


def test_what_is_not_an_import_passes(tree: Path) -> None:
    (tree / "central_api" / "planted.py").write_text(
        'COMMAND = ["python", "-m", "shopapp", "map", "import"]  # a program, not a module\n'
        "import shopapp_compat  # another package whose name starts the same\n"
        "# from shopapp import nothing (a comment)\n",
        encoding="utf-8",
    )
    done = _check(tree)
    assert done.returncode == 0, done.stdout + done.stderr


def _loaded_after(imports: str) -> set[str]:
    """The top-level packages a fresh interpreter has loaded after `imports`."""
    names = "sorted({name.split('.')[0] for name in sys.modules})"
    code = f"{imports}\nimport sys\nprint(' '.join({names}))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_server_loads_nothing_of_the_app() -> None:
    loaded = _loaded_after(
        "import central_api.app, central_api.cli, central_api.events, central_api.mappacks, "
        "central_api.mapclip, central_api.routes_shop"
    )
    assert "central_api" in loaded and "parcelwire" in loaded
    assert "shopapp" not in loaded


def test_the_shared_package_loads_neither_side_nor_qt() -> None:
    loaded = _loaded_after(
        "import parcelwire.lifecycle, parcelwire.maps, parcelwire.tracking, parcelwire.wire"
    )
    assert not loaded & {"shopapp", "central_api", "PySide6", "shiboken6"}


def test_the_demo_loads_nothing_of_the_server() -> None:
    """The demo runs the server's command line; it imports none of it (least of all its
    test helper, central_api.testing)."""
    loaded = _loaded_after("import shopapp.demo.session, shopapp.demo.server")
    assert "central_api" not in loaded
