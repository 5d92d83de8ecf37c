"""How fast the route map paints a road map: cold views per zoom, pans and zooms.

Run on its own (imports Andorra into a temporary folder, or uses an installed map;
--copies 3 draws every road nine times, about as many as a busy county):

    QT_QPA_PLATFORM=offscreen python -m tests.ui.route_map_bench [--roads DATA_DIR/roads]
        [--copies 3]

tests/ui/test_route_map.py runs the same measure() on Andorra and prints the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopapp.roads import RoadMap
from shopapp.roads.basemap import BASEMAP_FILE, Basemap

from shopapp.ui.widgets.route_map import RouteMap

ENCAMP = (42.5347, 1.5800)
TEN_MILES_M = 16_093.0
# metres per pixel: the whole radius on a 768-px-high window, a valley, a village, streets
ZOOMS = (45.0, 20.0, 6.0, 1.5)


def _pump(app: QApplication, view: RouteMap, seconds: float = 2.0) -> None:
    """Let the idle painting run (the ring of tiles ahead) until it stops."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        tiles = view.tiles
        if tiles is None or not tiles._timer.isActive():
            return


def _frames(view: RouteMap, action: Any, count: int) -> list[float]:
    out = []
    for _ in range(count):
        action()
        view.viewport().repaint()
        out.append(view.frame_ms[-1])
    return out


def _summary(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 1), "max_ms": round(max(values), 1)}


def dense_basemap(folder: Path, copies: int) -> Basemap:
    """The map's basemap with every line drawn copies x copies times, shifted by a few
    hundred metres: as many roads in the radius as a busy county (places once)."""
    with gzip.open(folder / BASEMAP_FILE, "rb") as handle:
        document = json.loads(handle.read())
    step = 350  # 1e-5 degree units: 350 m north, 260 m east
    for level in document["levels"]:
        for table in (level["roads"], level["waterways"]):
            for kind, lines in table.items():
                table[kind] = [
                    [line[0] + i * step, line[1] + j * step, *line[2:]]
                    for line in lines for i in range(copies) for j in range(copies)
                ]
    return Basemap(document)


def measure(road_map: RoadMap, size: tuple[int, int] = (1366, 768),
            copies: int = 1) -> dict[str, Any]:
    """Paint figures for one road map around Encamp (see the module docstring); with
    `copies` > 1, for its roads drawn copies² times (dense_basemap)."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    started = time.perf_counter()
    basemap = road_map.basemap() if copies == 1 else dense_basemap(road_map.folder, copies)
    load_ms = (time.perf_counter() - started) * 1000
    view = RouteMap()
    view.resize(*size)
    view.show_place(*ENCAMP, "Shop", TEN_MILES_M)
    view.show()
    QTest.qWaitForWindowExposed(view)
    started = time.perf_counter()
    view.set_basemap(basemap, road_map.info.attribution)
    assert view.layer is not None
    view.layer.wait()
    points = sum(len(line) for lines in basemap.level(0).roads.values() for line in lines)
    result: dict[str, Any] = {
        "viewport": f"{size[0]}x{size[1]}", "street_level_points": points,
        "basemap_load_ms": round(load_ms, 1),
        "levels_indexed_ms": round((time.perf_counter() - started) * 1000, 1), "zooms": []}
    for mpp in ZOOMS:
        view.set_basemap(basemap, road_map.info.attribution)  # a cold cache every time
        assert view.layer is not None and view.tiles is not None
        view.layer.wait()
        view.resetTransform()
        view.scale(1 / mpp, 1 / mpp)
        view.centre_on(*ENCAMP)
        level = view.layer.geometry(mpp)
        painted = len(view.tile_paint_ms)
        started = time.perf_counter()
        view.settle()
        cold_ms = (time.perf_counter() - started) * 1000
        tiles = view.tile_paint_ms[painted:]
        warm = _frames(view, lambda: None, 5)
        result["zooms"].append({
            "metres_per_pixel": mpp, "level_tolerance_m": level.tolerance_m,
            "cold_view_ms": round(cold_ms, 1),
            "tiles": len(tiles), "tile_mean_ms": round(statistics.mean(tiles), 2),
            "warm_frame_ms": round(statistics.median(warm), 2),
        })
    # Pans at village zoom: arrow keys with the idle painting between them, as in use.
    view.set_basemap(basemap, road_map.info.attribution)
    view.resetTransform()
    view.scale(1 / 6.0, 1 / 6.0)
    view.centre_on(*ENCAMP)
    view.settle()
    pans = []
    for key in [Qt.Key.Key_Right] * 12 + [Qt.Key.Key_Down] * 8 + [Qt.Key.Key_Left] * 12:
        _pump(app, view)
        pans += _frames(view, lambda k=key: QTest.keyClick(view, k), 1)
    result["pan_frames"] = _summary(pans)
    # Wheel-speed zooms: one frame per step, nothing painted ahead.
    steps = [lambda: view.zoom(1.25)] * 8 + [lambda: view.zoom(0.8)] * 8
    zooms = [ms for step in steps for ms in _frames(view, step, 1)]
    result["zoom_frames"] = _summary(zooms)
    started = time.perf_counter()
    view.settle()
    result["zoom_settle_ms"] = round((time.perf_counter() - started) * 1000, 1)
    view.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--roads", type=Path, help="an installed road map (DATA_DIR/roads)")
    parser.add_argument("--copies", type=int, default=1,
                        help="draw every road copies x copies times (a denser map)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    root = args.roads
    if root is None:
        from shopapp.roads.mapimport import import_map

        root = Path(tempfile.mkdtemp()) / "roads"
        pbf = Path(__file__).resolve().parents[3] / "shared" / "osm" / "andorra.osm.pbf"
        import_map(root, pbf, must_cover=ENCAMP)
    road_map = RoadMap.open(root)
    assert road_map is not None, f"no road map under {root}"
    print(json.dumps(measure(road_map, copies=args.copies), indent=1))
    del app


if __name__ == "__main__":
    main()
