"""Build Valhalla's routing tiles from an .osm.pbf by running the wheel's builders.

Separate processes, so a crash or a runaway build of a huge extract cannot take the
app down; they run under one deadline and can be cancelled (the process is killed).
The builder's log tells how far it got, which becomes the progress fraction.
"""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shopapp.roads import engine
from shopapp.roads.errors import MapImportCancelled, MapImportError

log = logging.getLogger(__name__)

POLL_S = 0.1
# Lines of valhalla_build_tiles' log (3.9) and how far the build is when they appear.
STAGES = (
    ("Parsing ways", 0.05),
    ("Parsing relations", 0.25),
    ("Parsing nodes", 0.3),
    ("Creating graph edges", 0.45),
    ("tiles with", 0.5),  # "Building 5 tiles with 2 threads..."
    ("Enhancing local graph", 0.65),
    ("HierarchyBuilder", 0.8),
    ("Creating shortcuts", 0.85),
    ("Validating, finishing", 0.9),
    ("Binning inter-tile", 0.95),
    ("Cleaning up", 0.98),
)
ADMIN_SHARE = 0.15  # of the progress, for the admin areas that come first


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
    progress: Callable[[float], None] | None = None,
) -> tuple[int, int]:
    """Build the tiles of `pbf` into `tile_dir`; return (tile count, total bytes).

    First the admin areas (countries and their driving side: without them Valhalla
    routes a British lane as if cars kept right); an extract without usable boundaries
    is still built, just without them. Logs go to work_dir/*.log; the tail of the log
    is in the error when the build fails.
    """
    deadline = time.monotonic() + timeout_s
    report = progress or (lambda fraction: None)
    cfg = engine.config(tile_dir)
    cfg["logging"] = {"type": "std_out", "color": False}
    admin = work_dir / "admin.sqlite"
    cfg["mjolnir"]["admin"] = str(admin)
    config_path = engine.write_config(cfg, work_dir / "build-config.json")
    pbf_arg = str(pbf.resolve())

    admins_log = work_dir / "admins.log"
    code = _run(
        [str(engine.tool("valhalla_build_admins")), "-c", str(config_path), pbf_arg],
        work_dir,
        admins_log,
        deadline,
        timeout_s,
        cancel,
        lambda f: None,
    )
    if code != 0 or not admin.is_file():
        log.info("no admin areas from %s (code %s): %s", pbf.name, code, _tail(admins_log))
        cfg["mjolnir"]["admin"] = str(work_dir / "no-admin.sqlite")
        engine.write_config(cfg, config_path)
    report(ADMIN_SHARE)

    tiles_log = work_dir / "tiles.log"
    code = _run(
        [str(engine.tool("valhalla_build_tiles")), "-c", str(config_path), pbf_arg],
        work_dir,
        tiles_log,
        deadline,
        timeout_s,
        cancel,
        lambda f: report(ADMIN_SHARE + (1 - ADMIN_SHARE) * f),
    )
    if code != 0:
        raise MapImportError(f"the tile builder stopped with code {code}: {_tail(tiles_log)}")
    count, size = tile_stats(tile_dir)
    if count == 0:
        raise MapImportError(f"the tile builder made no tiles: {_tail(tiles_log)}")
    for leftover in (config_path, admin, admins_log, tiles_log):
        leftover.unlink(missing_ok=True)  # the tiles hold what they need from the admin areas
    return count, size


def tile_stats(tile_dir: Path) -> tuple[int, int]:
    """How many .gph tiles there are and their total size in bytes."""
    count = size = 0
    for tile in tile_dir.rglob("*.gph"):
        count += 1
        size += tile.stat().st_size
    return count, size


def _run(
    command: list[str],
    work_dir: Path,
    log_path: Path,
    deadline: float,
    timeout_s: float,
    cancel: Callable[[], bool] | None,
    progress: Callable[[float], None],
) -> int:
    """Run one builder to its end; its exit code. Cancel and the deadline kill it."""
    options: dict[str, Any] = {}
    env = engine.builder_env()
    if env is not None:
        options["env"] = env
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=work_dir,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash
            **options,
        )
        stage = 0
        try:
            while True:
                try:
                    return process.wait(timeout=POLL_S)
                except subprocess.TimeoutExpired:
                    pass
                if cancel is not None and cancel():
                    raise MapImportCancelled()
                if time.monotonic() > deadline:
                    raise MapImportError(
                        f"building the road tiles took longer than {timeout_s:.0f} s"
                    )
                stage = _stage(log_path, stage, progress)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def _stage(log_path: Path, reached: int, progress: Callable[[float], None]) -> int:
    """The furthest stage the log mentions (reported when it moved on)."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return reached
    furthest = reached
    for index, (marker, _) in enumerate(STAGES):
        if index >= furthest and marker in text:
            furthest = index + 1
    if furthest > reached:
        progress(STAGES[furthest - 1][1])
    return furthest


def _tail(log_path: Path, lines: int = 5) -> str:
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "no log"
    tail = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
    return " | ".join(tail) or "no log"
