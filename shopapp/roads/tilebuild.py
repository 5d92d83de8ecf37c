"""Build Valhalla's routing tiles from an .osm.pbf by running the wheel's tile builder.

A separate process, so a crash or a runaway build of a huge extract cannot take the
app down; it runs with a timeout and can be cancelled (the process is killed).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from shopapp.roads import engine
from shopapp.roads.errors import MapImportCancelled, MapImportError

POLL_S = 0.1


def default_timeout_s(pbf_bytes: int) -> float:
    """Generous: about 10 s per MB (a county builds in seconds), never under 5 minutes."""
    return max(300.0, 10.0 * pbf_bytes / 1e6)


def build_tiles(
    pbf: Path,
    tile_dir: Path,
    *,
    work_dir: Path,
    timeout_s: float,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Build the tiles of `pbf` into `tile_dir`; return (tile count, total bytes).

    The builder's log goes to work_dir/build.log; its tail is in the error on failure.
    """
    config_path = engine.write_config(engine.config(tile_dir), work_dir / "build-config.json")
    log_path = work_dir / "build.log"
    command = [str(engine.tile_builder()), "-c", str(config_path), str(pbf.resolve())]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=work_dir,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=engine.builder_env(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash
        )
        deadline = time.monotonic() + timeout_s
        try:
            while True:
                try:
                    code = process.wait(timeout=POLL_S)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if cancel is not None and cancel():
                    raise MapImportCancelled()
                if time.monotonic() > deadline:
                    raise MapImportError(
                        f"building the road tiles took longer than {timeout_s:.0f} s"
                    )
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    config_path.unlink(missing_ok=True)
    if code != 0:
        raise MapImportError(f"the tile builder stopped with code {code}: {_tail(log_path)}")
    count, size = tile_stats(tile_dir)
    if count == 0:
        raise MapImportError(f"the tile builder made no tiles: {_tail(log_path)}")
    return count, size


def tile_stats(tile_dir: Path) -> tuple[int, int]:
    """How many .gph tiles there are and their total size in bytes."""
    count = size = 0
    for tile in tile_dir.rglob("*.gph"):
        count += 1
        size += tile.stat().st_size
    return count, size


def _tail(log_path: Path, lines: int = 5) -> str:
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "no log"
    tail = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
    return " | ".join(tail) or "no log"
