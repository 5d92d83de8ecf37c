"""scripts/check_ui_rules.py: each rule fails on a planted violation and passes the tree."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_ui_rules.py"


def _rules():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_ui_rules", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name in ("shopapp/ui/pages/ok.py", "shopapp/ui/widgets/ok.py", "shopapp/ui/operations.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("from concurrent.futures import ThreadPoolExecutor\n"
                                     if name.endswith("operations.py") else "x = 1\n")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


PLANTED = {
    "page session": ("shopapp/ui/pages/bad.py",
                     "def refresh(self):\n    with self.context.store.read() as session:\n"
                     "        pass\n"),
    "widget write": ("shopapp/ui/widgets/bad.py", "def f(store):\n    store.write()\n"),
    "context store": ("shopapp/ui/pages/bad.py", "def f(context):\n    g(context.store)\n"),
    "qthread": ("shopapp/ui/pages/bad.py", "from PySide6.QtCore import QThread\n"),
    "pool in core": ("shopapp/sync/bad.py", "import threading\nthreading.Thread(target=f)\n"),
    "runnable": ("shopapp/ui/widgets/bad.py", "class J(QRunnable):\n    pass\n"),
    "getattr page": ("shopapp/ui/main_window.py", "h = getattr(page, 'handle_scan', None)\n"),
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_a_planted_violation_fails(tmp_path: Path, name: str) -> None:
    path, text = PLANTED[name]
    root = _tree(tmp_path, {path: text})
    found = _rules().violations(root)
    assert len(found) == 1 and found[0].startswith(path), found
    run = subprocess.run([sys.executable, str(SCRIPT), str(root)], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 1 and path in run.stderr


def test_comments_docstrings_and_a_reason_do_not_count(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "shopapp/ui/pages/fine.py": '"""Never use store.read() here.\n\nQThread neither."""\n'
                                    "# context.store is for the runner\nx = 1\n",
        "shopapp/store/startup.py": "# own-thread: runs before the Qt event loop exists\n"
                                    "threading.Thread(target=backup).start()\n",
    })
    assert _rules().violations(root) == []


def test_the_tree_keeps_the_rules() -> None:
    assert _rules().violations(ROOT) == []
