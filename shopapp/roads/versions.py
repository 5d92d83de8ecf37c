"""The map folder's layout and its one atomic switch.

    root/current          the name of the version in use (replaced with os.replace)
    root/v-<stamp>-<sha>/ one installed version: map.json, tiles/, basemap.json.gz
    root/.building-*/     an import in progress (same filesystem, so a rename installs it)

Readers follow `current`; an import builds beside it and only the final os.replace
makes the new version visible, so a failed or cancelled import changes nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

CURRENT = "current"
VERSION_PREFIX = "v-"
BUILD_PREFIX = ".building-"
# A build folder this old is left over from a crash (a live import touches it often).
STALE_BUILD_S = 6 * 3600.0
# Versions kept besides the current one: a RoadMap opened before the switch keeps its
# tiles until the next import, instead of failing in the middle of a plan.
KEEP_PREVIOUS = 1


def current_version(root: Path) -> Path | None:
    """The version folder in use, or None when no map is installed."""
    try:
        name = (root / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not name.startswith(VERSION_PREFIX) or "/" in name or "\\" in name:
        log.warning("ignoring a map pointer that names %r", name)
        return None
    folder = root / name
    return folder if folder.is_dir() else None


def new_build_dir(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=root))


def version_name(sha256: str, moment: datetime | None = None) -> str:
    stamp = (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{VERSION_PREFIX}{stamp}-{sha256[:12]}-{uuid.uuid4().hex[:6]}"


def install(root: Path, build_dir: Path, name: str) -> Path:
    """Make the finished `build_dir` the version in use (atomic), then tidy up."""
    previous = current_version(root)
    final = root / name
    os.replace(build_dir, final)
    _fsync_dir(root)
    pointer = root / f".{CURRENT}-{uuid.uuid4().hex}"
    with pointer.open("w", encoding="utf-8") as handle:
        handle.write(name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(pointer, root / CURRENT)
    _fsync_dir(root)
    keep = {name} | ({previous.name} if previous is not None and KEEP_PREVIOUS else set())
    cleanup(root, keep=keep)
    return final


def cleanup(root: Path, keep: set[str]) -> None:
    """Remove versions not in `keep` and build folders left by crashed imports."""
    now = time.time()
    for entry in root.iterdir():
        if entry.name in keep:
            continue
        if entry.is_file() and entry.name.startswith(f".{CURRENT}-"):
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_BUILD_S:
                    entry.unlink()
        elif not entry.is_dir():
            continue
        elif entry.name.startswith(VERSION_PREFIX):
            remove_tree(entry)
        elif entry.name.startswith(BUILD_PREFIX):
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_BUILD_S:
                    remove_tree(entry)


def remove_tree(path: Path) -> None:
    """Best effort: a file still open elsewhere (Windows) is left for the next cleanup."""
    shutil.rmtree(path, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    """Make the renames durable; best effort (Windows and some filesystems cannot)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
