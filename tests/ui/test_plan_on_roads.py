"""The app on the road map: load it from Settings, plan on the roads, the run sheet's
directions in French, the Deliver page's directions into the next stop."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from shopapp import dayplan, settings
from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from tests.conftest import SCREENSHOTS, SHARED, save_screenshot
from tests.ui.test_plan_page import WAIT_MS, plan_now

from shopapp.ui.context import AppContext
from shopapp.ui.i18n import install_translators
from shopapp.ui.pages.deliver import DeliverPage
from shopapp.ui.pages.plan import PlanPage
from shopapp.ui.printing.run_sheet import run_sheet_from_plan, write_run_sheet
from shopapp.ui.widgets.road_map_panel import RoadMapPanel

pytestmark = pytest.mark.gui
ANDORRA = SHARED / "osm" / "andorra.osm.pbf"
DAY_FILE = SHARED / "benchmarks" / "roads" / "andorra-60.json"
ENCAMP = (42.5347, 1.5800)


@pytest.fixture
def andorra_shop(store: Store) -> list[str]:
    """A shop at Encamp with 20 parcels on the shelf at real road points of Andorra."""
    pytest.importorskip("valhalla")
    pytest.importorskip("osmium")
    if not (ANDORRA.is_file() and DAY_FILE.is_file()):
        pytest.skip("the shared Andorra extract or its road day is not here")
    stops = json.loads(DAY_FILE.read_text())["stops"][:20]
    numbers = []
    with store.write() as session:
        save_profile(session, ShopSetup(name="Botiga d'Encamp", lat=ENCAMP[0], lon=ENCAMP[1],
                                        units="km"))
        for n, stop in enumerate(stops):
            number = f"JJD{n:014d}"
            numbers.append(number)
            upsert_manifest_parcel(session, {
                "tracking_number": number, "recipient": f"Client {n + 1}",
                "address": f"{n + 1} Carrer {stop['id']}", "lat": stop["lat"], "lon": stop["lon"],
            })
    for number in numbers:
        with store.write() as session:
            parcel = by_tracking_number(session, number)
            assert parcel is not None
            record_event(session, parcel, "received")
    return numbers


def _load_map(qtbot, paths: DataPaths, store: Store, pbf: Path) -> RoadMapPanel:  # type: ignore[no-untyped-def]
    panel = RoadMapPanel(AppContext(paths, store))
    qtbot.addWidget(panel)
    panel.choose_file = lambda: pbf
    with qtbot.waitSignal(panel.map_loaded, timeout=WAIT_MS):
        panel.load_button.click()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT_MS)
    return panel


def test_load_road_map_from_settings_and_a_bad_file_keeps_it(  # type: ignore[no-untyped-def]
    qtbot, paths: DataPaths, store: Store, andorra_shop: list[str], tmp_path: Path
) -> None:
    panel = _load_map(qtbot, paths, store, ANDORRA)
    text = panel.info_label.text()
    assert "andorra.osm.pbf" in text and "© OpenStreetMap contributors" in text
    assert "ODbL" in text
    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"\x00not a map\x00" * 200)
    panel.choose_file = lambda: junk
    panel.load_button.click()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT_MS)
    assert "was not loaded" in panel.info_label.text()
    assert "In use: andorra.osm.pbf" in panel.info_label.text()  # the old map stays


@pytest.fixture
def road_page(qtbot, paths: DataPaths, store: Store, andorra_shop: list[str]  # type: ignore[no-untyped-def]
              ) -> Iterator[PlanPage]:
    _load_map(qtbot, paths, store, ANDORRA)
    with store.write() as session:
        settings.put(session, "language", "fr")  # Valhalla narrates in the shop's language
    page = PlanPage(AppContext(paths, store))
    page.seconds = 1.0
    page.open_pdfs = False
    page.confirm = lambda _text: True
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.context.ops.wait_idle()  # the day is read off the UI thread
    yield page
    page.shutdown()


def test_plan_on_the_roads_with_directions(  # type: ignore[no-untyped-def]
    qtbot, road_page: PlanPage, store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    page = road_page
    plan_now(qtbot, page)
    plan = page.plan
    assert plan is not None and plan.on_roads and plan.distances == "roads"
    assert "roads of the map" in page.source_note.text()
    route = plan.routes[0]
    assert len(route.legs) == len(route.stops) + 1
    assert any("Tournez" in d.instruction or "Conduisez" in d.instruction
               for leg in route.legs for d in leg.directions)
    assert len(route.shape()) > 10 * len(route.stops)  # along the roads, not straight lines
    page.map.settle()  # every map tile painted before the picture
    save_screenshot(page, "plan_page_roads")
    from PySide6.QtTest import QTest

    page.map.setFocus()
    for _ in range(3):
        QTest.keyClick(page.map, Qt.Key.Key_Plus)
    page.map.settle()
    save_screenshot(page.map, "plan_map_roads_zoomed")
    # The saved problem keeps the road matrices: a stop moved by hand re-times on roads.
    assert page.day is not None and "matrix_s" in page.day.problem
    # The run sheet's directions pages, in French.
    app = page.window().windowHandle()
    del app
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    assert qapp is not None
    install_translators(qapp, "fr")
    try:
        sheet = run_sheet_from_plan(page.day, plan)
        assert sheet.attribution == "© OpenStreetMap contributors"
        pdf = write_run_sheet(tmp_path / "sheet.pdf", sheet)
    finally:
        install_translators(qapp, "en")
    text = _pdf_text(pdf)
    assert "itinéraire" in text and "Vers l'arrêt 1" in text and "Retour au magasin" in text
    _save_page_with(pdf, "itinéraire", SCREENSHOTS / "run_sheet_directions_fr.png")
    # Start the run: the Deliver page shows the directions into the selected stop.
    with store.read() as session:
        saved = dayplan.latest_plan(session, page.day.day)
    assert saved is not None
    dayplan.start_run(store, saved.id)
    deliver = DeliverPage(AppContext(paths, store))
    qtbot.addWidget(deliver)
    deliver.resize(1366, 700)
    deliver.show()
    qtbot.waitExposed(deliver)
    deliver.refresh()
    assert deliver.context.ops.wait_idle()  # the run is read off the UI thread
    deliver.stop_list.setCurrentRow(0)
    assert deliver.directions.isVisible() and deliver.directions.count() >= 1
    assert "Directions to this stop" in deliver.directions_title.text()
    save_screenshot(deliver, "deliver_page_directions")


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True)
    return done.stdout


def _save_page_with(pdf: Path, word: str, out: Path) -> None:
    """The first page whose text holds `word`, as a PNG (to look at)."""
    if shutil.which("pdftoppm") is None:
        return
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    for number in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        if word in text:
            SCREENSHOTS.mkdir(exist_ok=True)
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(number),
                            "-l", str(number), str(pdf), str(out.with_suffix(""))], check=True)
            return


def test_keys_on_the_panel_are_plain_buttons(qtbot, paths: DataPaths, store: Store) -> None:  # type: ignore[no-untyped-def]
    panel = RoadMapPanel(AppContext(paths, store))
    qtbot.addWidget(panel)
    assert "No road map is loaded" in panel.info_label.text()
    assert panel.load_button.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_ctrl_l_sets_a_location_by_clicking_the_map_snapped_to_its_road(  # type: ignore[no-untyped-def]
    qtbot, road_page: PlanPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stop without a location: Ctrl+L opens the map; the place clicked is kept at its road."""
    from shopapp.roads import RoadMap

    from shopapp.ui.widgets import location_dialog
    from shopapp.ui.widgets.map_pick import Pick

    with store.write() as session:
        upsert_manifest_parcel(session, {"tracking_number": "JJD99999999999999",
                                         "recipient": "Nowhere Known", "address": "Borda Vella"})
        parcel = by_tracking_number(session, "JJD99999999999999")
        assert parcel is not None
        record_event(session, parcel, "received")
    page = road_page
    plan_now(qtbot, page)
    assert page.plan is not None and [u.id for u in page.plan.unassigned]
    roads = RoadMap.open(page.context.paths.roads)
    assert roads is not None
    clicked = (42.5440, 1.5820)  # beside a road of Encamp
    snap = roads.nearest_road(*clicked)
    asked: list[object] = []

    def click_on_map(road_map, centre, parent=None, **options):  # type: ignore[no-untyped-def]
        asked.append((road_map, centre, options.get("title")))
        return Pick(clicked[0], clicked[1], snap)

    monkeypatch.setattr(location_dialog.LocationDialog, "ask", staticmethod(click_on_map))
    page.ask_location = page._ask_location  # the real way: the map, not typed numbers
    with qtbot.waitSignal(page.plan_ready, timeout=WAIT_MS):
        page.unassigned.setCurrentRow(0)
        page.set_location()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert asked and "Borda Vella" in str(asked[0][2])
    with store.read() as session:
        remembered = dayplan.day.remembered_locations(session)
    assert list(remembered.values()) == [(snap.road_lat, snap.road_lon)]
    assert page.plan is not None and not page.plan.unassigned  # now on a route


def test_the_setup_places_the_shop_by_clicking_the_map(  # type: ignore[no-untyped-def]
    qtbot, paths: DataPaths, store: Store, andorra_shop: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopapp.roads import RoadMap

    from shopapp.ui.setup_dialog import SetupDialog
    from shopapp.ui.widgets import location_dialog
    from shopapp.ui.widgets.map_pick import Pick

    _load_map(qtbot, paths, store, ANDORRA)
    roads = RoadMap.open(paths.roads)
    monkeypatch.setattr(location_dialog.LocationDialog, "ask", staticmethod(
        lambda road_map, centre, parent=None, **options: Pick(42.5080, 1.5390)))
    dialog = SetupDialog(road_map=roads)
    qtbot.addWidget(dialog)
    assert not dialog.place_button.isHidden()
    dialog.place_button.click()
    assert (round(dialog.lat.value(), 4), round(dialog.lon.value(), 4)) == (42.508, 1.539)
    assert SetupDialog().place_button.isHidden()  # no road map: numbers only


def test_a_cancelled_import_keeps_the_map_and_says_so_in_words(  # type: ignore[no-untyped-def]
    qtbot, paths: DataPaths, store: Store, andorra_shop: list[str]
) -> None:
    panel = _load_map(qtbot, paths, store, ANDORRA)
    steps: list[str] = []
    panel.load_button.click()
    assert panel.is_busy() and not panel.load_button.isEnabled()
    panel.progress.valueChanged.connect(lambda _v: steps.append(panel.progress.format()))
    qtbot.waitUntil(lambda: panel.progress.value() >= 5, timeout=WAIT_MS)  # reading the map
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT_MS)
    assert "roads." not in " ".join(steps)  # worded steps, never codes
    assert any("Checking the file" in s or "Reading the map" in s for s in steps)
    text = panel.info_label.text()
    if "was not loaded" in text:  # the cancel came in time (else the import had finished)
        assert "cancelled: nothing changed" in text
    assert "In use: andorra.osm.pbf" in text and panel.load_button.isEnabled()
