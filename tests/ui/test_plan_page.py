"""The Plan page with a 60-stop day: plan off the UI thread, the map, a moved stop, a pinned
re-plan, setting a location, starting the run and the run sheet (rendered and looked at)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from shopapp import dayplan
from shopapp.paths import DataPaths
from shopapp.planning import validate_plan
from shopapp.store import Store
from shopapp.store.models import Event, Parcel
from tests.conftest import SCREENSHOTS, save_screenshot
from tests.dayplan.checks import check_plan
from tests.dayplan.seed import DAY, seed_day

from shopapp.ui.context import AppContext
from shopapp.ui.pages.plan import PlanPage, parse_lat_lon

pytestmark = pytest.mark.gui
WAIT_MS = 90_000  # the planner gets 1 s; a busy 2-core machine may take much longer


@pytest.fixture
def page(qtbot, paths: DataPaths, store: Store) -> Iterator[PlanPage]:  # type: ignore[no-untyped-def]
    seed_day(store, stops=62, outside=3, unlocated=2)
    plan_page = PlanPage(AppContext(paths, store))
    plan_page.seconds = 1.0
    plan_page.today = DAY
    plan_page.open_pdfs = False
    plan_page.confirm = lambda _text: True
    qtbot.addWidget(plan_page)
    plan_page.resize(1400, 900)
    plan_page.show()
    qtbot.waitExposed(plan_page)
    assert plan_page.context.ops.wait_idle()  # the day is read off the UI thread
    yield plan_page
    plan_page.shutdown()


def plan_now(qtbot, page: PlanPage, key: Qt.Key = Qt.Key.Key_F5,  # type: ignore[no-untyped-def]
             modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    with qtbot.waitSignal(page.plan_ready, timeout=WAIT_MS):
        QTest.keyClick(page.tree, key, modifier)
        assert page.is_busy() and page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_busy())


def routed_items(page: PlanPage) -> list[str]:
    out = []
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole):
            out.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
    return out


def test_plan_move_pin_replan_start_and_sheet(qtbot, page: PlanPage, store: Store,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    assert "67 addresses" in page.totals.text()
    assert not page.start_button.isEnabled()
    plan_now(qtbot, page)
    day, plan = page.day, page.plan
    assert day is not None and plan is not None and page.saved is not None
    assert validate_plan(day.problem, plan.to_json()) == []
    assert check_plan(day.problem, plan.to_json()) == []
    stops = [s for r in plan.routes for s in r.stops]
    assert len(stops) == 62 and routed_items(page) == stops
    assert page.unassigned.count() == 5
    reasons = [page.unassigned.item(i).text() for i in range(5)]
    assert sum("radius" in r for r in reasons) == 3 and sum("location" in r for r in reasons) == 2
    assert len(page.map.markers) == 65  # 62 routed, 3 outside the radius (grey)
    assert "miles" not in page.totals.text() and " mi " in page.totals.text()
    save_screenshot(page, "plan_page")

    # A click on a stop on the map selects it and shows its parcels.
    target = plan.routes[0].stops[4]
    QTest.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, page.map.marker_pos(target))
    assert page.selected_stop == target
    assert day.members[target][0] in page.detail.text()
    assert page.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == target
    # Zoom with the keyboard and pan by dragging: the map moves, the stop stays selected.
    scale = page.map.transform().m11()
    page.map.setFocus()
    QTest.keyClick(page.map, Qt.Key.Key_Plus)
    QTest.keyClick(page.map, Qt.Key.Key_Plus)
    assert page.map.transform().m11() > scale * 1.5
    save_screenshot(page.map, "plan_map")
    QTest.keyClick(page.map, Qt.Key.Key_0)

    # Ctrl+Down moves the stop one place later: ETAs recomputed, stop pinned, saved.
    before = list(plan.routes[0].etas_s)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = page.plan
    assert moved is not None and moved.routes[0].stops[5] == target
    assert list(moved.routes[0].etas_s) != before
    assert dayplan.pinned(moved) == {target}
    etas = dayplan.route_times(day.problem, list(moved.routes[0].stops)).etas
    assert list(moved.routes[0].etas_s) == etas
    assert routed_items(page)[5] == target and page.selected_stop == target
    assert page.context.ops.wait_idle()  # the edit is saved behind the screen
    with store.read() as session:
        assert dayplan.latest_plan(session, DAY).plan == moved  # type: ignore[union-attr]
    # Moving a windowed stop far later breaks its window: a warning shows.
    windows = {s["id"]: s["tw"] for s in day.problem["stops"] if s.get("tw")}
    route = next(r for r in moved.routes if any(windows.get(s, [0, 1e9])[1] <= 43200
                                                 for s in r.stops[:-8]))
    morning = next(s for s in route.stops if windows.get(s, [0, 1e9])[1] <= 43200)
    page.select_stop(morning)
    for _ in range(len(route.stops)):
        page.down_button.click()
    assert page.warnings.isVisible() and "window" in page.warnings.text()
    save_screenshot(page, "plan_page_warning")

    # Ctrl+Right puts a stop on the next van, where it adds the least distance, pinned.
    assert page.plan is not None
    hop = next(s for s in page.plan.routes[0].stops if s not in {target, morning})
    page.select_stop(hop)
    QTest.keyClick(page.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert hop in page.plan.routes[1].stops and hop in dayplan.pinned(page.plan)
    assert page.selected_stop == hop and "van 2" in page.status.text()

    # Pin one more with Ctrl+P, then re-plan: the pins stay on their vans.
    other = next(s for s in page.plan.routes[-1].stops[2:] if s != hop)
    page.select_stop(other)
    QTest.keyClick(page.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pins = {s: r.van for r in page.plan.routes for s in r.stops
            if s in dayplan.pinned(page.plan)}
    assert set(pins) == {target, morning, other, hop}
    first_id = page.saved.id
    plan_now(qtbot, page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    again = page.plan
    assert again is not None and page.saved.id != first_id
    assert {s: r.van for r in again.routes for s in r.stops if s in pins} == pins
    assert dayplan.pinned(again) == set(pins)
    assert validate_plan(day.problem, again.to_json()) == []
    assert check_plan(day.problem, again.to_json()) == []
    assert not page.warnings.isVisible()

    # Run sheet (Letter too), rendered and kept as a screenshot.
    with qtbot.waitSignal(page.sheet_written, timeout=WAIT_MS):
        QTest.keyClick(page.tree, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.last_sheet is not None and page.last_sheet.read_bytes().startswith(b"%PDF")
    pages = render_pdf(page.last_sheet, SCREENSHOTS / "run_sheet_page1.png")
    assert pages >= 8  # 62 stops do not fit on a few pages: it paginates
    assert_codes_scan(page.last_sheet, tmp_path, again)
    page.paper.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.is_busy())
    with qtbot.waitSignal(page.sheet_written, timeout=WAIT_MS):
        page.sheet_button.click()
    assert page.last_sheet.name.endswith("Letter.pdf")
    qtbot.waitUntil(lambda: not page.is_busy())

    # F9 asks first; "no" changes nothing.
    questions: list[str] = []
    page.confirm = lambda text: questions.append(text) is not None  # always False
    QTest.keyClick(page.tree, Qt.Key.Key_F9)
    assert len(questions) == 1 and f"Mark {len(page.saved.routed_parcels())} parcels" \
        in questions[0]
    assert page.saved.status == dayplan.DRAFT
    page.confirm = lambda _text: True
    # F9 starts the run: every routed parcel out for delivery, one event each.
    with qtbot.waitSignal(page.run_started, timeout=5000) as blocker:
        QTest.keyClick(page.tree, Qt.Key.Key_F9)
    routed = page.saved.routed_parcels()
    assert blocker.args == [len(routed)]
    assert page.saved.status == dayplan.STARTED and not page.start_button.isEnabled()
    with store.read() as session:
        out = [e.tracking_number for e in session.exec(
            select(Event).where(Event.type == "out_for_delivery"))]
        on_shelf = session.exec(select(Parcel).where(Parcel.status == "received")).all()
    assert sorted(out) == sorted(routed)
    assert len(on_shelf) == 5  # the 3 outside the radius and the 2 without a location


def assert_codes_scan(pdf: Path, tmp_path: Path, plan: dict) -> None:  # type: ignore[type-arg]
    """Page 1 at 300 dpi: its QR codes open navigation, its barcodes read as the parcels."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    stem = tmp_path / "sheet300"
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(pdf), str(stem)], check=True)
    found = {r.text for r in zxingcpp.read_barcodes(Image.open(f"{stem}.png"))}
    links = [t for t in found if t.startswith("https://www.google.com/maps/dir/?")]
    numbers = {t for t in found if t.startswith("JJD")}
    assert len(links) >= 5, found
    assert len(numbers) >= 5, found


def render_pdf(pdf: Path, out: Path) -> int:
    """Page 1 of the PDF as a PNG (QtPdf when this PySide6 has it, else poppler); page count."""
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        if shutil.which("pdftoppm") is None:
            pytest.skip("neither QtPdf nor pdftoppm is installed")
        subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf),
                        str(out.with_suffix(""))], check=True)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        assert not QImage(str(out)).isNull()
        return int(next(line.split()[-1] for line in info.stdout.splitlines()
                        if line.startswith("Pages:")))
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    image = document.render(0, QSize(round(size.width() * 110 / 72),
                                     round(size.height() * 110 / 72)))
    assert image.save(str(out))
    return int(document.pageCount())


def test_set_location_remembers_it_and_replans(qtbot, page: PlanPage,  # type: ignore[no-untyped-def]
                                               store: Store) -> None:
    plan_now(qtbot, page)
    lost = next(page.unassigned.item(i) for i in range(page.unassigned.count())
                if "location" in page.unassigned.item(i).text())
    sid = lost.data(Qt.ItemDataRole.UserRole)
    page.unassigned.setCurrentItem(lost)
    asked: list[str] = []

    def answer(address: str) -> tuple[float, float]:
        asked.append(address)
        return (52.12, -1.93)

    page.ask_location = answer
    with qtbot.waitSignal(page.plan_ready, timeout=WAIT_MS):
        QTest.keyClick(page.unassigned, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.is_busy())
    assert asked and page.plan is not None
    assert sid in routed_items(page) and page.unassigned.count() == 4
    with store.read() as session:
        assert dayplan.build_day_problem(session, DAY).stops[sid].location_set_by_hand


def test_cancel_keeps_the_previous_plan(qtbot, page: PlanPage) -> None:  # type: ignore[no-untyped-def]
    page.seconds = 30.0
    with qtbot.waitSignal(page.task_failed, timeout=WAIT_MS) as blocker:
        page.plan_button.click()
        qtbot.waitUntil(lambda: page.progress.value() >= 10, timeout=WAIT_MS)
        QTest.keyClick(page.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.is_busy())
    assert "cancelled" in blocker.args[0] and page.plan is None and page.saved is None
    assert page.plan_button.isEnabled()


def test_parse_lat_lon() -> None:
    assert parse_lat_lon("52.1234, -1.9876") == (52.1234, -1.9876)
    assert parse_lat_lon(" 52.1 ; 1.5 ") == (52.1, 1.5)
    assert parse_lat_lon("52.1") is None and parse_lat_lon("north, west") is None


def test_the_map_pans_by_dragging(qtbot, page: PlanPage) -> None:  # type: ignore[no-untyped-def]
    plan_now(qtbot, page)
    view = page.map
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    bar = view.horizontalScrollBar()
    start = bar.value()
    centre = view.viewport().rect().center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    for step in range(1, 11):
        QTest.mouseMove(view.viewport(), centre + QPoint(step * 15, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(150, 0))
    assert bar.value() < start  # dragged right: the map moved with the hand
    assert page.selected_stop is None  # a drag is not a click


def test_a_scan_selects_its_stop(qtbot, page: PlanPage) -> None:  # type: ignore[no-untyped-def]
    plan_now(qtbot, page)
    assert page.day is not None
    sid = next(s for s, numbers in page.day.members.items() if "JJD8010" in numbers)
    assert page.handle_scan("jjd8010\r")
    assert page.selected_stop == sid and "JJD8010" in page.detail.text()
    assert not page.handle_scan("NOPE123")


def test_run_sheet_pages_never_split_a_stop(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from shopapp.ui.printing.run_sheet import (
        MARGIN_MM,
        RunSheet,
        SheetParcel,
        SheetRoute,
        SheetStop,
        paginate,
        stop_height_mm,
        write_run_sheet,
    )

    stops = [SheetStop(n, 8 * 3600 + 300 * n, f"{n} Long Lane, Hilltown",
                       [f"Person {n}", f"Other {n}"][: 1 + n % 2],
                       ["Ring twice, dog in the garden"] * (n % 3 == 0),
                       [SheetParcel(f"JJD{n:04d}{k}", f"Person {n}") for k in range(1 + n % 4)],
                       52.1 + n / 1000, -1.9, (9 * 3600, 12 * 3600) if n % 5 == 0 else None)
             for n in range(1, 71)]
    sheet = RunSheet("Hill Farm Stores", DAY, "km",
                     [SheetRoute(1, stops[:40], 80_000, 8 * 3600, 15 * 3600, "Sam", "Van A"),
                      SheetRoute(2, stops[40:], 60_000, 8 * 3600, 14 * 3600)],
                     [("1 Far Away", "outside the delivery radius")])
    for paper, height in (("A4", 297.0), ("Letter", 279.4)):
        body = height - 2 * MARGIN_MM - 8
        pages = paginate(sheet, body)
        placed = [p for page in pages for kind, p, _ in page if kind == "stop"]
        assert placed == stops  # every stop once, in order
        for page in pages:
            for kind, payload, y in page:
                if kind == "stop":
                    assert y + stop_height_mm(payload) <= body + 1e-6
        # Each van starts on a page of its own.
        assert [page[0][0] for page in pages].count("header") == 2
        pdf = write_run_sheet(tmp_path / f"sheet-{paper}.pdf", sheet, paper)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
        if info.returncode == 0:
            assert re.search(rf"^Pages:\s+{len(pages)}$", info.stdout, re.M), info.stdout
            assert ("A4" in info.stdout) == (paper == "A4")


def test_a_damaged_plan_still_lets_the_day_be_planned(page: PlanPage, store: Store) -> None:
    from shopapp.store.models import RoutePlan

    with store.write() as session:
        session.add(RoutePlan(plan_date=DAY.isoformat(), created_at="2026-11-26T07:00:00Z",
                              plan_json="{not json"))
    page.refresh()
    assert page.context.ops.wait_idle()
    assert "cannot be read" in page.status.text()
    assert page.plan_button.isEnabled() and "67 addresses" in page.totals.text()


def test_the_page_refreshes_from_change_notices_not_on_show(qtbot, page: PlanPage,  # type: ignore[no-untyped-def]
                                                            store: Store) -> None:
    from shopapp.changes import Changes
    from shopapp.store.outbox import record_event
    from shopapp.store.parcels import upsert_manifest_parcel

    assert "67 addresses" in page.totals.text()
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(session, {
            "tracking_number": "JJD99990001", "recipient": "New Comer",
            "address": "1 New Street", "lat": 52.101, "lon": -1.901})
        record_event(session, parcel, "received")
    page.hide()
    page.show()  # showing the page again reads nothing
    assert page.context.ops.wait_idle()
    assert "67 addresses" in page.totals.text()
    page.apply_changes(Changes.PARCELS)  # what the main window passes on
    assert page.context.ops.wait_idle()
    assert "68 addresses" in page.totals.text()
    page.apply_changes(Changes.OUTBOX)  # nothing the page shows: no read at all
    assert page.context.ops.idle()


def test_progress_is_worded_and_counts_have_plural_forms(qtbot, page: PlanPage) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    page.progress.valueChanged.connect(lambda _v: seen.append(page.status.text()))
    plan_now(qtbot, page)
    assert "Searching for shorter routes" in seen or "Checking the plan" in seen
    assert not any("plan." in text for text in seen)  # codes never reach the screen
    assert page._count_stops(1) == "1 stop" and page._count_stops(3) == "3 stops"
    assert page._count_parcels(1) == "1 parcel" and page._count_parcels(0) == "0 parcels"
    assert re.search(r"\b\d+ routes · \d+ stops · \d+ parcels", page.totals.text())
    assert "5 not on a route" in page.totals.text()


def test_every_code_of_the_planning_and_delivery_core_is_worded() -> None:
    """Each code the core raises or reports has one wording in the message table."""
    from shopapp.ui.messages import knows

    root = Path(__file__).resolve().parents[2] / "shopapp"
    literal = re.compile(r'"((?:plan|dayplan|roads|sheet|delivery)\.[a-z_.]+)"')
    delivery = re.compile(r'(?:DeliveryError\(\s*|_required\([^,]+,\s*)"([a-z_]+)"')
    photo = re.compile(r'PhotoError\((?:[^()]|\([^()]*\))*?,\s*"([a-z_]+)"', re.S)
    roads = re.compile(r'code="([a-z_]+)"')
    codes: set[str] = set()
    for folder in ("planning", "dayplan", "roads", "delivery"):
        for source in (root / folder).glob("*.py"):
            text_ = source.read_text()
            codes |= set(literal.findall(text_))
            codes |= {"delivery." + c for c in delivery.findall(text_)}
            codes |= {"delivery.photo_" + c for c in photo.findall(text_)}
            if folder == "roads":
                codes |= {"roads." + c for c in roads.findall(text_)
                          if not c.startswith("valhalla")}
    codes -= {"roads.import."}  # a prefix in a docstring, not a code
    assert len(codes) > 40
    missing = sorted(c for c in codes if not knows(c))
    assert missing == []
