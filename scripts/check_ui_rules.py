"""The UI's layering rules (issue #16), checked on the source text.

1. Pages and widgets never open a store session: no `store.read(`, `store.write(` or
   `context.store` under shopapp/ui/pages and shopapp/ui/widgets; they go through the
   operation runner (shopapp/ui/operations.py).
2. One way to run work off the UI thread: QThread, QThreadPool, QRunnable,
   ThreadPoolExecutor and threading.Thread appear only in shopapp/ui/operations.py,
   unless the line (or the comment block above it) says why with `# own-thread:`.
3. The main window asks pages through the typed Page protocol, never with getattr.

Usage: python scripts/check_ui_rules.py [ROOT]   (exit 1 and a list when a rule breaks)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SESSION = re.compile(r"\bstore\.(read|write)\(|\bcontext\.store\b")
THREADS = re.compile(
    r"\b(QThread|QThreadPool|QRunnable|ThreadPoolExecutor)\b|\bthreading\.Thread\b"
)
GETATTR = re.compile(r"\bgetattr\(\s*page\b")
RUNNER = Path("shopapp/ui/operations.py")
WHY = "# own-thread:"


def _code_lines(path: Path) -> list[tuple[int, str, str]]:
    """(number, line, line above) for each line that is code, not a comment or docstring."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[tuple[int, str, str]] = []
    in_doc = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        quotes = stripped.count('"""') + stripped.count("'''")
        if in_doc:
            if quotes % 2 == 1:
                in_doc = False
            continue
        if stripped.startswith(('"""', "'''")):
            in_doc = quotes % 2 == 1
            continue
        if stripped.startswith("#"):
            continue
        # The comment block right above the line (a reason may take several lines).
        block: list[str] = []
        back = number - 2
        while back >= 0 and lines[back].strip().startswith("#"):
            block.append(lines[back])
            back -= 1
        out.append((number, line, "\n".join(block)))
    return out


def violations(root: Path) -> list[str]:
    found: list[str] = []
    for folder in ("shopapp/ui/pages", "shopapp/ui/widgets"):
        for path in sorted((root / folder).rglob("*.py")):
            for number, line, _above in _code_lines(path):
                if SESSION.search(line):
                    found.append(
                        f"{path.relative_to(root)}:{number}: a page opens a store session "
                        f"(use context.ops): {line.strip()}"
                    )
    for path in sorted((root / "shopapp").rglob("*.py")):
        relative = path.relative_to(root)
        if relative == RUNNER:
            continue
        for number, line, above in _code_lines(path):
            if THREADS.search(line) and WHY not in line and WHY not in above:
                found.append(
                    f"{relative}:{number}: a thread of its own (use shopapp.ui.operations, "
                    f"or say why with '{WHY}'): {line.strip()}"
                )
    window = root / "shopapp/ui/main_window.py"
    if window.exists():
        for number, line, _above in _code_lines(window):
            if GETATTR.search(line):
                found.append(
                    f"{window.relative_to(root)}:{number}: a page probed with getattr "
                    f"(use the Page protocol): {line.strip()}"
                )
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    found = violations(root)
    if found:
        print("UI layering rules broken:", file=sys.stderr)
        for line in found:
            print("  " + line, file=sys.stderr)
        return 1
    print("ui rules ok: no store session in pages, one operation runner, typed pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
