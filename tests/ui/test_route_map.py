"""The route map on the Andorra road map: roads by class, routes along the roads, the
credit, clicks and Enter that give a place, snapped to its road, keys, dark palette and
paint times (screenshots in screenshots/plan_map_*.png, looked at)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from shopapp.roads import RoadError, RoadMap
from shopapp.roads.geo import haversine_m
from tests.conftest import SHARED, save_screenshot

from shopapp.ui.widgets.map_items import PICK
from shopapp.ui.widgets.map_pick import Pick, pick_message, short_distance
from shopapp.ui.widgets.map_style import DARK, LIGHT, MapStyle, contrast, route_colour
from shopapp.ui.widgets.route_map import MapStop, RouteMap

pytestmark = pytest.mark.gui
ANDORRA = SHARED / "osm" / "andorra.osm.pbf"
ENCAMP = (42.5347, 1.5800)  # the shop
TEN_MILES_M = 16_093.0
# Van 1 up the valley to Canillo and Soldeu, van 2 down to Andorra la Vella and Ordino.
STOPS = {
    "a": (42.5445, 1.5930), "b": (42.5667, 1.5980), "c": (42.5800, 1.6490),
    "d": (42.5128, 1.5370), "e": (42.5066, 1.5212), "f": (42.5560, 1.5335),
}
ROUTES = [["a", "b", "c"], ["d", "e", "f"]]
LatLon = tuple[float, float]


@pytest.fixture(scope="session")
def road_map(tmp_path_factory: pytest.TempPathFactory) -> RoadMap:
    pytest.importorskip("valhalla")
    pytest.importorskip("osmium")
    if not ANDORRA.is_file():
        pytest.skip(f"{ANDORRA} is not here")
    from shopapp.roads.mapimport import import_map

    root = tmp_path_factory.mktemp("andorra") / "roads"
    import_map(root, ANDORRA, must_cover=ENCAMP)
    opened = RoadMap.open(root)
    assert opened is not None
    return opened


@pytest.fixture(scope="session")
def shapes(road_map: RoadMap) -> list[list[LatLon]]:
    return [road_map.route([ENCAMP, *(STOPS[s] for s in r), ENCAMP]).shape for r in ROUTES]


@pytest.fixture
def view(qtbot) -> Iterator[RouteMap]:  # type: ignore[no-untyped-def]
    widget = RouteMap()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def stops() -> list[MapStop]:
    return [MapStop(sid, *STOPS[sid], str(n), r) for r, route in enumerate(ROUTES)
            for n, sid in enumerate(route, 1)]


def show_plan(view: RouteMap, shapes: Sequence[Sequence[LatLon] | None] | None) -> None:
    view.show_plan(ENCAMP, TEN_MILES_M, stops(), ROUTES, "Encamp shop", units="miles",
                   shapes=shapes)


def zoom_to(view: RouteMap, metres_per_pixel: float, centre: LatLon = ENCAMP) -> None:
    view.resetTransform()
    view.scale(1 / metres_per_pixel, 1 / metres_per_pixel)
    view.centre_on(*centre)


def picture(view: RouteMap) -> QImage:
    """The viewport as painted, every tile in (viewport coordinates)."""
    view.settle()
    return view.viewport().grab().toImage()


def close_to(image: QImage, pos: QPoint, colour: QColor, tolerance: int = 40) -> bool:
    """A pixel within one of `pos` has about this colour."""
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            p = pos + QPoint(dx, dy)
            if not image.rect().contains(p):
                continue
            found = image.pixelColor(p)
            if max(abs(found.red() - colour.red()), abs(found.green() - colour.green()),
                   abs(found.blue() - colour.blue())) <= tolerance:
                return True
    return False


def along(view: RouteMap, lines: Sequence[Sequence[LatLon]], margin: int = 30,
          away_from: Sequence[QPoint] = (), clearance: float = 0, every: float = 14.0
          ) -> list[QPoint]:
    """Viewport points on the lines every `every` pixels, in view and clear of `away_from`
    (not at a line's bend: at least 3 px along from it)."""
    port = view.viewport().rect().adjusted(margin, margin, -margin, -margin)
    out = []
    for line in lines:
        pts = [view.mapFromScene(view.projection.point(lat, lon)).toPointF()
               for lat, lon in line]
        walked = every / 2
        for a, b in zip(pts, pts[1:], strict=False):
            length = math.hypot(b.x() - a.x(), b.y() - a.y())
            while walked < length:
                t = walked / length
                if length < 6 or 3 <= walked <= length - 3:
                    p = (a + (b - a) * t).toPoint()
                    if port.contains(p) and all(
                            (p - q).manhattanLength() > clearance for q in away_from):
                        out.append(p)
                walked += every
            walked -= length
    return out


def share(image: QImage, points: Sequence[QPoint], colour: QColor, tolerance: int = 40) -> float:
    assert points, "nothing to sample"
    return sum(close_to(image, p, colour, tolerance) for p in points) / len(points)


# -- drawing -------------------------------------------------------------------------


def test_roads_are_drawn_by_class(view: RouteMap, road_map: RoadMap) -> None:
    view.set_road_map(road_map)
    view.show_place(*ENCAMP, "", TEN_MILES_M)
    mpp = 20.0  # a valley: every class but paths and service roads
    zoom_to(view, mpp)
    image = picture(view)
    assert view.layer is not None
    level = view.layer.basemap.level(view.layer.level_index(mpp))
    style = view.map_style
    primary, lane, track = (style.roads[k] for k in ("primary", "residential", "track"))
    # Main roads wide, lanes narrow, tracks faint (thin, dashed, no edge).
    assert primary.width(mpp) > 1.5 * lane.width(mpp) > track.width(mpp) * 1.5
    assert track.dash and track.casing is None
    assert share(image, along(view, level.roads["primary"]), QColor(primary.fill)) > 0.8
    assert share(image, along(view, level.roads["secondary"]),
                 QColor(style.roads["secondary"].fill)) > 0.7
    assert share(image, along(view, level.roads["residential"]), QColor(lane.fill)) > 0.6
    tracks = along(view, level.roads["track"])
    assert 0.2 < share(image, tracks, QColor(track.fill), 60) < 0.95  # dashes, not a line
    # Between the roads, the land (the extract covers this whole view).
    grid = [QPoint(x, y) for x in range(20, 880, 40) for y in range(20, 680, 40)]
    assert share(image, grid, QColor(style.land), 12) > 0.5


def test_a_route_is_drawn_along_its_roads(view: RouteMap, road_map: RoadMap,
                                          shapes: list[list[LatLon]]) -> None:
    view.set_road_map(road_map)
    show_plan(view, shapes)
    zoom_to(view, 22.0, (42.545, 1.575))
    image = picture(view)
    markers = [view.marker_pos(s) for s in STOPS] + [view.view_pos(*ENCAMP)]
    for r, shape in enumerate(shapes):
        points = along(view, [shape], away_from=markers, clearance=45)
        assert share(image, points, route_colour(r), 30) > 0.8, f"route {r}"
    # The straight chord between two stops, where the road goes round: no route there.
    chords = 0
    for r, route in enumerate(ROUTES):
        for s1, s2 in zip(route, route[1:], strict=False):
            mid = view.view_pos((STOPS[s1][0] + STOPS[s2][0]) / 2,
                                (STOPS[s1][1] + STOPS[s2][1]) / 2)
            road = [view.view_pos(*p) for p in shapes[r]]
            if min(math.hypot(mid.x() - q.x(), mid.y() - q.y()) for q in road) > 15:
                chords += 1
                assert not close_to(image, mid, route_colour(r), 30)
    assert chords >= 1
    save_screenshot(view, "plan_map_roads")


def test_routes_without_shapes_are_straight_and_dashed_over_the_roads(
        view: RouteMap, road_map: RoadMap) -> None:
    view.set_road_map(road_map)
    show_plan(view, None)
    image = picture(view)
    lines = [i for i in view.scene().items() if type(i).__name__ == "RouteLine"]
    assert len(lines) == 2 and not any(line.along_roads for line in lines)  # type: ignore[attr-defined]
    assert image.width() > 0


def test_without_a_road_map_the_plain_disc_and_straight_lines(view: RouteMap) -> None:
    show_plan(view, None)
    image = picture(view)
    assert view.layer is None and view.attribution_box is None
    assert close_to(image, QPoint(3, 3), QColor(LIGHT.plain_back), 3)
    hits = 0
    for r, route in enumerate(ROUTES):
        for s1, s2 in zip(route, route[1:], strict=False):
            p1, p2 = view.marker_pos(s1), view.marker_pos(s2)
            if (p2 - p1).manhattanLength() > 60:
                hits += close_to(image, (p1 + p2) / 2, route_colour(r), 30)
    assert hits >= 2
    save_screenshot(view, "plan_map_no_roads")


def test_the_credit_is_drawn_whenever_map_data_is(view: RouteMap, road_map: RoadMap) -> None:
    view.set_road_map(road_map)
    show_plan(view, None)
    image = picture(view)
    assert view.layer is not None
    assert view.layer.attribution == road_map.info.attribution == "© OpenStreetMap contributors"
    box = view.attribution_box
    assert box is not None and view.viewport().rect().contains(box.toRect())
    port = view.viewport()
    assert box.right() > port.width() - 20 and box.bottom() > port.height() - 40
    ink = QColor(view.map_style.text)
    dark = sum(close_to(image, QPoint(x, y), ink, 60)
               for x in range(int(box.left()), int(box.right()))
               for y in range(int(box.top()), int(box.bottom())))
    assert dark > 60  # the letters
    view.set_road_map(None)
    picture(view)
    assert view.attribution_box is None


def test_dark_palette_dark_map_with_contrast(view: RouteMap, road_map: RoadMap,
                                              shapes: list[list[LatLon]]) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    view.setPalette(palette)
    view.set_road_map(road_map)
    show_plan(view, shapes)
    zoom_to(view, 30.0, (42.545, 1.575))
    image = picture(view)
    assert view.map_style is DARK
    assert QColor(DARK.land).lightness() < 60
    for style in (LIGHT, DARK):
        assert contrast(QColor(style.label), QColor(style.label_halo)) >= 7
        assert contrast(QColor(style.text), QColor(style.text_back).toRgb()) >= 7
        for kind in ("primary", "secondary", "residential", "track"):
            road = style.roads[kind]  # the fill or its edge stands out from the land
            assert contrast(QColor(road.edge_or_fill(style.land)), QColor(style.land)) >= 2.5
        assert contrast(QColor(style.route_casing), QColor(style.land)) >= 1.1
    markers = [view.marker_pos(s) for s in STOPS] + [view.view_pos(*ENCAMP)]
    points = along(view, [shapes[0]], away_from=markers, clearance=45)
    assert share(image, points, route_colour(0), 30) > 0.8
    save_screenshot(view, "plan_map_dark")
    view.setPalette(QPalette())
    assert view.map_style is MapStyle.for_palette(view.palette())


# -- choosing a place ----------------------------------------------------------------


def test_a_click_gives_its_latitude_and_longitude(qtbot, view: RouteMap,  # type: ignore[no-untyped-def]
                                                  road_map: RoadMap) -> None:
    view.set_road_map(road_map)
    show_plan(view, None)
    zoom_to(view, 15.0)
    prats = next(p for p in road_map.basemap().places if p.name == "Prats")
    view.centre_on(prats.lat - 0.004, prats.lon)
    pos = view.view_pos(prats.lat, prats.lon)
    with qtbot.waitSignal(view.location_clicked) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, pos)
    lat, lon = blocker.args
    assert haversine_m(lat, lon, prats.lat, prats.lon) < 2 * 15.0  # within two pixels
    assert view.pick is None  # not in pick mode: nothing is snapped
    # A click on a stop selects the stop, and gives no place.
    with qtbot.waitSignal(view.stop_clicked) as stop:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, view.marker_pos("b"))
    assert stop.args == ["b"]


def test_pick_mode_snaps_the_click_to_its_road_and_shows_it(  # type: ignore[no-untyped-def]
        qtbot, view: RouteMap, road_map: RoadMap, shapes: list[list[LatLon]]) -> None:
    view.set_road_map(road_map)
    show_plan(view, shapes)
    zoom_to(view, 4.0, (42.5372, 1.5842))
    view.set_pick_mode(True)
    target = (42.5377, 1.5832)  # a house up the hill from the road through Encamp
    with qtbot.waitSignal(view.location_picked, timeout=10_000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, view.view_pos(*target))
    pick: Pick = blocker.args[0]
    assert haversine_m(pick.lat, pick.lon, *target) < 2 * 4.0
    expected = road_map.nearest_road(pick.lat, pick.lon)
    assert pick.snap == expected and pick.road == (expected.road_lat, expected.road_lon)
    assert pick.snap is not None and pick.snap.distance_m is not None
    assert not pick.snap.far and 30 < pick.snap.distance_m < 150
    text = pick_message(pick, "miles")
    assert text.startswith("Nearest road:") and short_distance(pick.snap.distance_m, "miles") \
        in text and " yd" in text
    assert pick.road is not None
    image = picture(view)
    # The pin's point is on the road, the click ring where the click was.
    pin = view.view_pos(*pick.road)
    assert close_to(image, view.view_pos(*target) + QPoint(-5, 0), QColor("#111111"), 60)
    assert close_to(image, pin + QPoint(0, -18), QColor(PICK), 40)
    assert close_to(image, pin + QPoint(-8, -24), QColor(PICK), 40)
    save_screenshot(view, "plan_map_click_location")
    # Leaving pick mode clears the pin.
    view.set_pick_mode(False)
    assert view.pick is None


def test_a_click_far_from_any_road_says_how_far(qtbot, view: RouteMap,  # type: ignore[no-untyped-def]
                                                road_map: RoadMap) -> None:
    view.set_road_map(road_map)
    view.show_place(*ENCAMP, "Encamp shop", TEN_MILES_M, units="km")
    zoom_to(view, 25.0, (42.505, 1.635))
    view.set_pick_mode(True)
    peak = (42.505, 1.635)  # the mountains between Encamp and the French border
    with qtbot.waitSignal(view.location_picked, timeout=10_000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, view.view_pos(*peak))
    pick: Pick = blocker.args[0]
    assert pick.snap is not None and pick.snap.far and pick.snap.distance_m is not None
    text = pick_message(pick, "km")
    assert text.startswith("Far from any road") and short_distance(pick.snap.distance_m, "km") \
        in text
    picture(view)
    save_screenshot(view, "plan_map_click_far")


def test_a_road_map_that_cannot_answer_says_so(qtbot, view: RouteMap,  # type: ignore[no-untyped-def]
                                               road_map: RoadMap) -> None:
    class Broken:
        def nearest_road(self, lat: float, lon: float) -> None:
            raise RoadError("The road map cannot be opened: tiles missing", code="cannot_open")

    view.set_road_map(road_map)
    show_plan(view, None)
    view.road_map = Broken()  # type: ignore[assignment]
    view.set_pick_mode(True)
    with qtbot.waitSignal(view.location_picked, timeout=10_000) as blocker:
        view.pick_at(*STOPS["a"])
    pick: Pick = blocker.args[0]
    assert pick.snap is None and pick.error.startswith("The road map cannot be opened")
    assert pick_message(pick, "miles") == pick.error


def test_keys_zoom_pan_and_enter_chooses_the_centre(qtbot, view: RouteMap,  # type: ignore[no-untyped-def]
                                                    road_map: RoadMap) -> None:
    view.set_road_map(road_map)
    show_plan(view, None)
    view.setFocus()
    scale = view.transform().m11()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(scale * 1.25)
    for _ in range(4):
        QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(scale * 1.25**4)
    centre = view.viewport().rect().center()
    before = view.mapToScene(centre)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Up)
    after = view.mapToScene(centre)
    step = 60 / view.transform().m11()
    assert after.x() - before.x() == pytest.approx(step, rel=0.1)
    assert before.y() - after.y() == pytest.approx(step, rel=0.1)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert after.x() - view.mapToScene(centre).x() == pytest.approx(step / 5, rel=0.2)
    # The keyboard cross is drawn while the map has the keyboard.
    image = picture(view)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert close_to(image, centre + QPoint(10, 0), highlight, 50)
    # Enter on a stop selects it, as a click does...
    view.centre_on(*STOPS["a"])
    with qtbot.waitSignal(view.stop_clicked) as stop:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert stop.args == ["a"]
    # ...elsewhere it gives the place under the cross, then (pick mode) snapped to its road.
    view.centre_on(ENCAMP[0] - 0.01, ENCAMP[1])
    expected = view.location_at(centre)
    with qtbot.waitSignal(view.location_clicked) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == pytest.approx(list(expected))
    view.set_pick_mode(True)
    with qtbot.waitSignal(view.location_picked, timeout=10_000) as picked:
        QTest.keyClick(view, Qt.Key.Key_Enter)
    assert picked.args[0].snap is not None
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.transform().m11() == pytest.approx(scale, rel=0.01)


# -- the Plan page's use, and painting -----------------------------------------------


def test_the_plan_page_ways_still_work(qtbot, view: RouteMap, road_map: RoadMap,  # type: ignore[no-untyped-def]
                                       shapes: list[list[LatLon]]) -> None:
    view.set_road_map(road_map)
    show_plan(view, None)
    view.set_pick_mode(True)
    view.show_pick(Pick(*STOPS["a"]))
    # What the Plan page does with no plan to show: the scene emptied from outside.
    view.scene().clear()
    view.markers = {}
    picture(view)
    view.set_route_shapes(shapes)
    show_plan(view, None)
    view.set_route_shapes(shapes)
    lines = [i for i in view.scene().items() if type(i).__name__ == "RouteLine"]
    assert len(lines) == 2 and all(line.along_roads for line in lines)  # type: ignore[attr-defined]
    view.select("b")
    assert view.markers["b"].selected
    view.clear()
    assert view.markers == {} and picture(view).width() > 0


def test_paint_times_on_andorra(view: RouteMap, road_map: RoadMap, capsys: Any) -> None:
    from tests.ui.route_map_bench import measure

    result = measure(road_map)
    with capsys.disabled():
        print("\nroute map paint times (Andorra, offscreen):", result)
    assert result["pan_frames"]["median_ms"] < 25
    assert result["zoom_frames"]["median_ms"] < 60
    for zoom in result["zooms"]:
        assert zoom["cold_view_ms"] < 2000 and zoom["warm_frame_ms"] < 25


def test_tiles_are_kept_least_recently_used_first_out(road_map: RoadMap) -> None:
    from PySide6.QtCore import QRect

    from shopapp.ui.widgets.map_layer import MapLayer, Projection
    from shopapp.ui.widgets.map_tiles import TILE, Frame, TileCache, Tiles

    cache = TileCache(max_bytes=3 * TILE * TILE * 4)
    for key in "abc":
        cache.put(key, QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied))
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("d", QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied))
    assert cache.get("b") is None and cache.get("a") is not None and len(cache) == 3
    # A HiDPI screen: the cache grows to hold the view and the ring around it.
    tiles = Tiles(MapLayer(road_map.basemap(), Projection(*ENCAMP), "©"), lambda: None)
    tiles.begin(Frame(LIGHT, 0.05, QRect(0, 0, 1920, 1080), 2.0, list, 0))
    view_and_ring = (1920 // TILE + 4) * (1080 // TILE + 4) * (2 * TILE) ** 2 * 4
    assert tiles.cache.max_bytes >= view_and_ring
    tiles.stop()


def test_the_location_dialog(qtbot, road_map: RoadMap, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui.widgets.location_dialog import LocationDialog

    dialog = LocationDialog(road_map, ENCAMP, name="Encamp shop", radius_m=TEN_MILES_M,
                            units="miles", title="Where is your shop?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.use_button.isEnabled()
    zoom_to(dialog.map, 4.0, (42.5355, 1.5815))
    dialog.map.setFocus()
    with qtbot.waitSignal(dialog.map.location_picked, timeout=10_000):
        QTest.keyClick(dialog.map, Qt.Key.Key_Return)
    assert dialog.use_button.isEnabled() and dialog.picked is not None
    assert dialog.answer.text().startswith("Nearest road:")
    dialog.map.settle()
    save_screenshot(dialog, "location_dialog_shop")
    dialog.use_button.click()
    assert dialog.result() == 1


def test_short_distances() -> None:
    assert short_distance(40, "km") == "40 m" and short_distance(1400, "km") == "1.4 km"
    assert short_distance(45 * 0.9144, "miles") == "45 yd"
    assert short_distance(1609.344 * 1.2, "miles") == "1.2 mi"
    assert not math.isnan(QPointF(1, 1).x())
