"""Access to Valhalla (pyvalhalla): the module, its tile builder binary and the config.

pyvalhalla is imported lazily, here only, because its wheels do not exist for every
platform (none for macOS arm64): without it the app still runs, on crow-fly estimates.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import tempfile
from pathlib import Path
from typing import Any

from shopapp.roads.errors import RoadsUnavailable

# A 200 x 200 matrix (a busy day) is 40,000 pairs; Valhalla's default limit is 2,500.
# RoadMap.matrix splits bigger requests into blocks of at most this many pairs.
MAX_MATRIX_PAIRS = 250_000
MAX_MATRIX_DISTANCE_M = 2_000_000.0
# Points per route or locate request (Valhalla's default for a route is 20).
MAX_LOCATIONS = 1_000


def valhalla_module() -> Any:
    """The imported `valhalla` package, or RoadsUnavailable with a plain reason."""
    try:
        return importlib.import_module("valhalla")
    except ImportError as exc:
        raise RoadsUnavailable(
            "Road maps need the routing engine (pyvalhalla), which is not installed on this "
            f"computer ({platform.system()} {platform.machine()})."
        ) from exc


def available() -> bool:
    """True when road maps can be built and queried on this computer."""
    try:
        valhalla_module()
    except RoadsUnavailable:
        return False
    return True


def valhalla_version() -> str:
    return str(getattr(valhalla_module(), "__version__", "unknown"))


def package_dir() -> Path:
    return Path(valhalla_module().__file__).resolve().parent


def tool(name: str) -> Path:
    """A Valhalla executable shipped inside the pyvalhalla wheel (valhalla/bin/)."""
    path = package_dir() / "bin" / (name + (".exe" if os.name == "nt" else ""))
    if not path.is_file():
        raise RoadsUnavailable(f"The routing engine's {name} is missing ({path}).")
    return path


def tile_builder() -> Path:
    """The `valhalla_build_tiles` executable: without it no map can be imported."""
    return tool("valhalla_build_tiles")


def builder_env() -> dict[str, str] | None:
    """Windows needs the wheel's DLL folder on PATH to start the binary; elsewhere, as is."""
    if os.name != "nt":
        return None
    libs = package_dir().parent / "pyvalhalla.libs"
    return dict(os.environ, PATH=str(libs) + os.pathsep + os.environ.get("PATH", ""))


def config(tile_dir: Path) -> dict[str, Any]:
    """Valhalla's default config on `tile_dir`, with limits raised for a day's matrix."""
    tile_dir.mkdir(parents=True, exist_ok=True)
    cfg: dict[str, Any] = valhalla_module().get_config(tile_extract="", tile_dir=tile_dir)
    auto = cfg["service_limits"]["auto"]
    auto["max_matrix_location_pairs"] = MAX_MATRIX_PAIRS
    auto["max_locations"] = MAX_LOCATIONS
    # 400 km by default; a shop's day is tens of km, but a stray point must not fail a
    # whole block (it is split off and reported instead).
    auto["max_matrix_distance"] = MAX_MATRIX_DISTANCE_M
    return cfg


def write_config(cfg: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(cfg), encoding="utf-8")
    return path


def new_actor(tile_dir: Path) -> Any:
    """A Valhalla Actor on these tiles.

    pyvalhalla writes a dict config to a temporary file that it never deletes; we write
    our own and remove it once the Actor has read it (it reads it in its constructor).
    """
    module = valhalla_module()
    handle, name = tempfile.mkstemp(prefix="shopapp-valhalla-", suffix=".json")
    os.close(handle)
    path = Path(name)
    try:
        write_config(config(tile_dir), path)
        return module.Actor(path)
    finally:
        path.unlink(missing_ok=True)


def is_valhalla_error(exc: BaseException) -> bool:
    error_type = getattr(valhalla_module(), "ValhallaError", None)
    return isinstance(error_type, type) and isinstance(exc, error_type)
