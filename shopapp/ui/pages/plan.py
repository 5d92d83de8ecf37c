"""Plan page: plan the day off the UI thread, the map, the stops with ETAs, pins, the run.

Keys: F5 plan today, Ctrl+R re-plan keeping pins, Esc cancel, Ctrl+Up/Down move the
selected stop, Ctrl+Right/Left put it on the next/previous van, Ctrl+P pin it, Ctrl+L
set a location for a stop without one, F9 start the run, Ctrl+Shift+P the run sheet.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp import dayplan, settings
from shopapp.delivery.codes import candidate_numbers
from shopapp.errors import ShopAppError
from shopapp.planning import PlanCancelled, parse_problem
from shopapp.planning.check import route_issues
from shopapp.planning.onroads import with_road_legs
from shopapp.planning.plan import AFTER_SHIFT, LATE, Plan, PlannedRoute

from shopapp.ui.context import AppContext
from shopapp.ui.errors import show_error
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.printing.run_sheet import (
    clock,
    distance_text,
    duration_text,
    run_sheet_from_plan,
    write_run_sheet,
)
from shopapp.ui.widgets.route_map import MapStop, RouteMap, route_colour

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]
ROLE = Qt.ItemDataRole.UserRole
WARN = "#b00020"
_STYLE = (
    "QPushButton { font-size: 13pt; min-height: 44px; padding: 2px 12px; }"
    "QTreeWidget, QListWidget { font-size: 13pt; }"
    "QHeaderView::section { font-size: 12pt; padding: 4px; }"
    "QLabel { font-size: 13pt; } QComboBox { font-size: 13pt; min-height: 40px; }"
    "QProgressBar { min-height: 26px; font-size: 12pt; }"
    "QGroupBox { font-size: 13pt; font-weight: bold; }"
)



def _day_text(day: dt.date) -> str:
    """The day in the current locale's words ("Thu 26 Nov 2026", "jeu. 26 nov. 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")

class PlanWorker(QObject):
    """Runs one long core call off the UI thread; the call gets (progress, cancelled)."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, task: Callable[[Progress, Callable[[], bool]], Any]) -> None:
        super().__init__()
        self._task = task
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._task(self.progress.emit, self._cancel.is_set)
        except PlanCancelled as error:
            self.failed.emit(str(error))
        except Exception as error:  # shown on the page; the app goes on
            log.exception("plan page task failed")
            self.failed.emit(str(error))
        else:
            self.finished.emit(result)


def start_worker(
    owner: QObject,
    task: Callable[[Progress, Callable[[], bool]], Any],
    on_progress: Callable[[int, str], None],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_thread_done: Callable[[], None],
) -> tuple[QThread, PlanWorker]:
    """Run `task` on a new QThread owned by `owner`; the callbacks (bound slots of a
    widget) are queued back to the UI thread. Returns the started thread and its worker."""
    thread = QThread(owner)
    worker = PlanWorker(task)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.progress.connect(on_progress)
    worker.finished.connect(on_done)
    worker.failed.connect(on_failed)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(on_thread_done)
    thread.start()
    return thread, worker


class PlanPage(PageWidget):
    """Plan the day's routes, adjust them by hand, start the run and print the run sheet.

    Attributes:
        seconds: the planner's time limit.
        today: the day planned; None means the computer's date when the page refreshes.
        open_pdfs: open a written run sheet in the PDF viewer (off in tests).
        confirm: asks the user yes/no (tests replace it).
        ask_location: asks "lat, lon" for an address; None when cancelled.
    """

    takes_scans = True

    plan_ready = Signal()
    task_failed = Signal(str)
    sheet_written = Signal(str)
    run_started = Signal(int)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("planPage")
        self.setStyleSheet(_STYLE)
        self.seconds = 2.0
        self.today: dt.date | None = None
        self.open_pdfs = True
        self.confirm: Callable[[str], bool] = self._confirm
        self.ask_location: Callable[[str], tuple[float, float] | None] = self._ask_location
        self.day: dayplan.DayProblem | None = None
        self.saved: dayplan.SavedPlan | None = None
        self.plan: Plan | None = None
        self._roads: Any = None  # the data dir's RoadMap, opened once (None: no map)
        self._roads_checked = False
        self._roads_version: Path | None = None
        self._drawn_roads: Any = None
        self.selected_stop: str | None = None
        self.last_sheet: Path | None = None
        self._thread: QThread | None = None
        self._worker: PlanWorker | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._build()
        for key, action in (
            ("F5", self.plan_today), ("Ctrl+R", self.replan), ("Esc", self.cancel),
            ("Ctrl+Up", lambda: self.move_stop(-1)), ("Ctrl+Down", lambda: self.move_stop(+1)),
            ("Ctrl+Right", lambda: self.other_van(+1)), ("Ctrl+Left", lambda: self.other_van(-1)),
            ("Ctrl+P", self.toggle_pin), ("Ctrl+L", self.set_location), ("F9", self.start_run),
            ("Ctrl+Shift+P", self.write_sheet),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self._set_busy(False)

    # -- building ----------------------------------------------------------------------

    def _button(self, text: str, action: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def _build(self) -> None:
        self.title = QLabel()
        self.plan_button = self._button(self.tr("F5  Plan today"), self.plan_today, "planToday")
        self.replan_button = self._button(self.tr("Ctrl+R  Re-plan keeping pins"), self.replan,
                                          "replan")
        self.cancel_button = self._button(self.tr("Esc  Cancel"), self.cancel, "cancelPlan")
        self.start_button = self._button(self.tr("F9  Start run…"), self.start_run, "startRun")
        self.sheet_button = self._button(self.tr("Ctrl+Shift+P  Run sheet…"), self.write_sheet,
                                         "runSheet")
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size of the run sheet"))
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        buttons = QHBoxLayout()
        for widget in (self.plan_button, self.replan_button, self.cancel_button,
                       self.start_button, self.sheet_button, self.paper):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("planTotals")
        self.totals.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.totals.setWordWrap(True)

        self.map = RouteMap()
        self.map.setAccessibleName(self.tr("Map of the routes"))
        self.map.stop_clicked.connect(self.select_stop)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planStops")
        self.tree.setAccessibleName(self.tr("Stops in visiting order"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("#"), self.tr("ETA"), self.tr("Address"),
                                   self.tr("Parcels"), self.tr("Notes")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        # Fixed widths: the van rows span the columns and must not widen "#".
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 48), (1, 72), (3, 80), (4, 210)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemSelectionChanged.connect(self._tree_selection)
        self.up_button = self._button(self.tr("Ctrl+↑  Earlier"), lambda: self.move_stop(-1), "up")
        self.down_button = self._button(self.tr("Ctrl+↓  Later"), lambda: self.move_stop(+1),
                                        "down")
        self.van_button = self._button(self.tr("Ctrl+→  Next van"), lambda: self.other_van(+1),
                                       "nextVan")
        self.pin_button = self._button(self.tr("Ctrl+P  Pin / unpin"), self.toggle_pin, "pin")
        edit = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.van_button, self.pin_button):
            edit.addWidget(button)
        self.source_note = QLabel()
        self.source_note.setObjectName("planDistances")
        self.source_note.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: white; background: {WARN}; padding: 6px;"
                                    "font-weight: bold")
        self.detail = QLabel()
        self.detail.setObjectName("stopDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unassigned = QListWidget()
        self.unassigned.setObjectName("unassigned")
        self.unassigned.setAccessibleName(self.tr("Stops not on a route, with the reason"))
        self.unassigned.setWordWrap(True)
        self.unassigned.setMinimumHeight(130)
        self.unassigned.itemSelectionChanged.connect(self._unassigned_selection)
        self.locate_button = self._button(self.tr("Ctrl+L  Set location…"), self.set_location,
                                          "setLocation")
        left_out = QGroupBox(self.tr("Not on a route"))
        box = QVBoxLayout(left_out)
        box.addWidget(self.unassigned, 1)
        box.addWidget(self.locate_button)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.tree, 5)
        side.addLayout(edit)
        side.addWidget(self.warnings)
        side.addWidget(self.detail)
        side.addWidget(left_out, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.map)
        split.addWidget(right)
        split.setSizes([640, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        progress = QHBoxLayout()
        progress.addWidget(self.status, 3)
        progress.addWidget(self.progress, 1)
        layout.addLayout(progress)
        layout.addWidget(self.totals)
        layout.addWidget(self.source_note)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.tree)

    # -- loading and showing -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.is_busy():
            self.refresh()

    def day_planned(self) -> dt.date:
        return self.today or dt.date.today()

    def refresh(self) -> None:
        """Show today's latest plan (or the shelf waiting to be planned)."""
        self.title.setText("<h1>" + self.tr("Plan · {0}").format(
            _day_text(self.day_planned())) + "</h1>")
        self.day = self.plan = self.saved = None
        try:
            with self.context.store.read() as session:
                try:
                    self.saved = dayplan.latest_plan(session, self.day_planned())
                except dayplan.DayPlanError as error:
                    self.status.setText(str(error))  # a damaged plan: the shelf can be planned
                if self.saved is not None:
                    self.day = dayplan.load_day(session, self.saved)
                    self.plan = self.saved.plan
                else:
                    self.day = dayplan.build_day_problem(session, self.day_planned())
        except ShopAppError as error:
            self.status.setText(str(error))
        self.redraw()

    def redraw(self) -> None:
        """Fill the map, the stop list, the totals and the left-out list from the plan."""
        roads, _cache = self.road_map()
        if roads is not self._drawn_roads:  # the roads under the routes (none: a plain disc)
            self.map.set_road_map(roads)
            self._drawn_roads = roads
        # Rebuilding the lists moves their current item: that is not the user choosing a stop.
        self.tree.blockSignals(True)
        self.unassigned.blockSignals(True)
        try:
            self._fill()
        finally:
            self.tree.blockSignals(False)
            self.unassigned.blockSignals(False)
        if self.selected_stop is not None:
            self._show_detail(self.selected_stop)
        self._set_busy(self.is_busy())

    def _fill(self) -> None:
        self.tree.clear()
        self.unassigned.clear()
        day, plan = self.day, self.plan
        if day is None or plan is None:
            waiting = len(day.members) if day else 0
            self.totals.setText(self.tr("{0} addresses on the shelf are waiting to be planned. "
                                        "Press F5 to plan today.").format(waiting))
            self.warnings.hide()
            self.map.scene().clear()
            self.map.markers = {}
            return
        pins = dayplan.pinned(plan)
        problem = day.problem
        parsed = parse_problem(problem)
        windows = {s["id"]: s.get("tw") for s in problem["stops"]}
        map_stops: list[MapStop] = []
        routes: list[list[str]] = []
        shapes: list[list[tuple[float, float]]] = []
        warnings: list[str] = []
        late: set[str] = set()
        for r, route in enumerate(plan.routes):
            van = route.van_number if route.van is not None else r + 1
            head = QTreeWidgetItem([self.tr("Van {0} · {1} stops · {2} parcels · {3} · "
                                            "{4}–{5} ({6})").format(
                van, len(route.stops), route.load,
                distance_text(route.distance_m, day.units), clock(route.start_s),
                clock(route.end_s), duration_text(route.duration_s))])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setForeground(0, route_colour(r))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only works once the item is in the tree
            warnings += self._route_warnings(parsed, route, van, late)
            routes.append(list(route.stops))
            shapes.append(route.shape())
            for n, (sid, eta) in enumerate(zip(route.stops, route.etas_s, strict=True), 1):
                stop = day.stops.get(sid)
                notes = []
                if sid in pins:
                    notes.append(self.tr("pinned"))
                tw = windows.get(sid)
                if tw:
                    notes.append(self.tr("window {0}–{1}").format(clock(tw[0]), clock(tw[1])))
                item = QTreeWidgetItem([str(n), clock(eta), stop.address if stop else sid,
                                        str(len(day.members.get(sid, []))), ", ".join(notes)])
                item.setData(0, ROLE, sid)
                item.setForeground(0, route_colour(r))
                if sid in late:
                    for column in range(5):
                        item.setForeground(column, QColor(WARN))
                self.tree.addTopLevelItem(item)
                if stop is not None and stop.lat is not None and stop.lon is not None:
                    map_stops.append(MapStop(sid, stop.lat, stop.lon, str(n), r, sid in pins))
        for far in plan.warnings:
            stop = day.stops.get(far.id)
            warnings.append(self.tr("{0} is {1} from the nearest road on the map: check its "
                                    "location.").format(stop.address if stop else far.id,
                                                        distance_text(far.distance_to_road_m or 0,
                                                                      day.units)))
        for entry in plan.unassigned:
            stop = day.stops.get(entry.id)
            address = stop.address if stop else entry.id
            row = QListWidgetItem(self.tr("{0} — {1}").format(address, entry.reason))
            row.setData(ROLE, entry.id)
            if entry.required:
                row.setForeground(QColor(WARN))
            self.unassigned.addItem(row)
            if stop is not None and stop.lat is not None and stop.lon is not None:
                map_stops.append(MapStop(entry.id, stop.lat, stop.lon, "–", None))
        stops = sum(len(r.stops) for r in plan.routes)
        parcels = sum(len(day.members.get(s, [])) for r in plan.routes for s in r.stops)
        state = {dayplan.DRAFT: self.tr("draft"), dayplan.STARTED: self.tr("run started")}.get(
            self.saved.status if self.saved else "", "")
        self.totals.setText(self.tr("{0} routes · {1} stops · {2} parcels · {3} · {4} in all · "
                                    "{5} not on a route · {6}").format(
            len(plan.routes), stops, parcels, distance_text(plan.distance_m, day.units),
            duration_text(plan.duration_s), len(plan.unassigned), state))
        self.source_note.setText(
            self.tr("Distances and times on the roads of the map.") if plan.on_roads
            else self.tr("Distances are estimates (crow-fly × road factor, times at a set "
                         "speed): load a road map for real ones.") if plan.distances != "matrix"
            else "")
        self.source_note.setVisible(bool(self.source_note.text()))
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        depot = problem["depot"]
        self.map.show_plan((depot["lat"], depot["lon"]), float(problem["max_radius_m"]),
                           map_stops, routes, day.shop_name, self.selected_stop, day.units,
                           shapes=[shape or None for shape in shapes])
        self._select_in_tree(self.selected_stop)

    def _route_warnings(self, problem: Any, route: PlannedRoute, van: int, late: set[str]
                        ) -> list[str]:
        """The route's broken windows, shift and capacity (the core's checker), in words."""
        assert self.day is not None
        out = []
        for issue in route_issues(problem, route):
            if issue.kind == LATE:
                late.add(issue.stop_id)
                stop = self.day.stops.get(issue.stop_id)
                out.append(self.tr("Van {0}, stop {1} ({2}): arrives {3}, after its window "
                                   "closes at {4}.").format(
                    van, issue.position, stop.address if stop else issue.stop_id,
                    clock(issue.at_s), clock(issue.limit_s)))
            elif issue.kind == AFTER_SHIFT:
                out.append(self.tr("Van {0} is back at {1}, after the shift ends at {2}.").format(
                    van, clock(issue.at_s), clock(issue.limit_s)))
            else:
                out.append(self.tr("Van {0} carries {1} parcels, more than its {2}.").format(
                    van, issue.load, issue.capacity))
        return out

    # -- selection ---------------------------------------------------------------------

    def handle_scan(self, code: str) -> bool:
        """A scan while the page shows: select the stop of that parcel (False: not planned)."""
        if self.day is None:
            return False
        numbers = candidate_numbers(code)
        for sid, members in self.day.members.items():
            if any(n in members for n in numbers):
                self.select_stop(sid)
                self.status.setText(self.tr("{0} goes to {1}.").format(
                    numbers[0], self.day.stops[sid].address if sid in self.day.stops else sid))
                return True
        self.status.setText(self.tr("{0} is not in this plan.").format(code.strip()))
        return False

    def _select_in_tree(self, stop_id: str | None) -> None:
        if stop_id is None:
            return
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, ROLE) == stop_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return
        for i in range(self.unassigned.count()):
            row = self.unassigned.item(i)
            if row.data(ROLE) == stop_id:
                self.unassigned.setCurrentItem(row)
                return

    @Slot(str)
    def select_stop(self, stop_id: str) -> None:
        """Select a stop (a click on the map, or a test) and show its parcels."""
        self.selected_stop = stop_id
        self._select_in_tree(stop_id)
        self.map.select(stop_id)
        self._show_detail(stop_id)

    def _tree_selection(self) -> None:
        item = self.tree.currentItem()
        sid = item.data(0, ROLE) if item is not None else None
        if sid:
            self.selected_stop = str(sid)
            self.map.select(self.selected_stop)
            self._show_detail(self.selected_stop)
        self._set_busy(self.is_busy())

    def _unassigned_selection(self) -> None:
        item = self.unassigned.currentItem()
        if item is not None:
            self.selected_stop = str(item.data(ROLE))
            self.map.select(self.selected_stop)
            self._show_detail(self.selected_stop)

    def _show_detail(self, stop_id: str) -> None:
        stop = self.day.stops.get(stop_id) if self.day else None
        if stop is None:
            self.detail.clear()
            return
        lines = [f"<b>{stop.address}</b>"]
        for parcel in stop.parcels:
            text = f"{parcel.tracking_number} · {parcel.recipient}"
            if parcel.required:
                text += " · " + self.tr("must go today")
            if parcel.shelf_slot:
                text += " · " + self.tr("shelf {0}").format(parcel.shelf_slot)
            lines.append(text)
        lines += [f"<i>{note}</i>" for note in stop.notes]
        self.detail.setText("<br>".join(lines))

    # -- long work off the UI thread ---------------------------------------------------

    def is_busy(self) -> bool:
        return self._thread is not None

    def _set_busy(self, busy: bool) -> None:
        planned = self.plan is not None and self.saved is not None
        draft = planned and self.saved is not None and self.saved.status == dayplan.DRAFT
        routed = self.selected_stop is not None and self.plan is not None \
            and dayplan.locate(self.plan, self.selected_stop) is not None
        self.plan_button.setEnabled(not busy and self.day is not None)
        self.replan_button.setEnabled(not busy and self.day is not None)
        self.cancel_button.setEnabled(busy)
        self.start_button.setEnabled(not busy and draft)
        self.sheet_button.setEnabled(not busy and planned)
        for button in (self.up_button, self.down_button, self.pin_button):
            button.setEnabled(not busy and draft and routed)
        vans = sum(int(v.get("count", 1)) for v in self.day.problem["vehicles"]) if self.day else 0
        self.van_button.setEnabled(not busy and draft and routed and vans > 1)
        self.locate_button.setEnabled(not busy and self.unassigned.count() > 0)
        self.progress.setVisible(busy)

    def _run(self, task: Callable[[Progress, Callable[[], bool]], Any],
             on_done: Callable[[Any], None], message: str) -> None:
        self._on_done = on_done
        self.progress.setValue(0)
        self.status.setText(message)
        self._thread, self._worker = start_worker(
            self, task, self._on_progress, self._on_finished, self._on_failed,
            self._on_thread_done)
        self._set_busy(True)

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(message)

    @Slot(dict)
    def _on_finished(self, result: Any) -> None:
        done, self._on_done = self._on_done, None
        if done is not None:
            done(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._on_done = None
        self.status.setText(message)
        self.task_failed.emit(message)

    @Slot()
    def _on_thread_done(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self.progress.setVisible(False)
        self._set_busy(False)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop any background work and wait for it (the app is closing)."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    # -- actions -----------------------------------------------------------------------

    def plan_today(self) -> None:
        """Plan the shelf from scratch (no pins)."""
        self._start_plan(keep_pins=False)

    def replan(self) -> None:
        """Plan again from the current plan, keeping its pinned stops on their vans."""
        self._start_plan(keep_pins=True)

    def _start_plan(self, keep_pins: bool) -> None:
        if self.is_busy():
            return
        try:
            with self.context.store.read() as session:
                day = dayplan.build_day_problem(session, self.day_planned())
        except ShopAppError as error:
            show_error(self, error)
            return
        if not day.members:
            self.status.setText(self.tr("No parcels on the shelf to plan."))
            return
        current = self.plan if keep_pins else None
        seconds = self.seconds
        self.day = day
        roads, cache = self.road_map()
        language, units = self._language(), day.units

        def task(progress: Progress, cancelled: Callable[[], bool]) -> dayplan.PlannedDay:
            return dayplan.replan(day.problem, current, seconds, progress, cancelled,
                                  roads=roads, cache=cache, language=language, units=units)

        self._run(task, self._planned, self.tr("Planning {0} addresses…").format(
            len(day.members)))

    def road_map(self) -> tuple[Any, Any]:
        """The data dir's road map and its pair cache in the store, or (None, None)."""
        try:
            from shopapp.roads import RoadMap
            from shopapp.roads.versions import current_version

            # A map loaded since (Settings, or the carrier's pack at a sync) is taken up
            # at the next plan: the version pointer is one small file to read.
            version = current_version(self.context.paths.roads)
            if not self._roads_checked or version != self._roads_version:
                self._roads_checked, self._roads_version = True, version
                self._roads = RoadMap.open(self.context.paths.roads)
        except (ShopAppError, ImportError, OSError) as error:  # plan on estimates
            log.warning("road map not usable: %s", error)
            self._roads = None
        if self._roads is None:
            return None, None
        from shopapp.store.roadcache import StorePairCache

        return self._roads, StorePairCache(self.context.store)

    def reload_road_map(self) -> None:
        """Open the road map again at the next plan (a new one was loaded)."""
        self._roads_checked = False
        self._roads = None

    def _language(self) -> str:
        try:
            with self.context.store.read() as session:
                chosen = str(settings.get(session, "language"))
        except ShopAppError:
            chosen = ""
        return chosen or QLocale().name() or "en-US"

    def _planned(self, planned: dayplan.PlannedDay) -> None:
        assert self.day is not None
        from dataclasses import replace

        self.day = replace(self.day, problem=planned.problem)
        try:
            with self.context.store.write() as session:
                self.saved = dayplan.save_plan(session, self.day, planned.plan)
        except ShopAppError as error:
            show_error(self, error)
            return
        self.plan = planned.plan
        self.status.setText(self.tr("Planned: the routes are saved as a draft."))
        self.redraw()
        self.plan_ready.emit()

    def _selected_routed(self) -> str | None:
        sid = self.selected_stop
        if sid is None or self.plan is None or dayplan.locate(self.plan, sid) is None:
            return None
        return sid

    def _save_edit(self, plan: Plan) -> None:
        assert self.saved is not None
        roads, _cache = self.road_map()
        if roads is not None and plan.on_roads and self.day is not None \
                and any(route.stops and not route.legs for route in plan.routes):
            # A stop moved by hand: its route's road shape and directions follow.
            plan = with_road_legs(plan, self.day.problem, roads, self._language(),
                                  self.day.units)
        try:
            with self.context.store.write() as session:
                self.saved = dayplan.update_plan(session, self.saved.id, plan)
        except ShopAppError as error:
            show_error(self, error)
            return
        self.plan = plan
        self.redraw()
        if self.selected_stop:
            self.select_stop(self.selected_stop)

    def move_stop(self, delta: int) -> None:
        """Move the selected stop earlier (-1) or later (+1); ETAs and warnings follow."""
        sid = self._selected_routed()
        if sid is None or self.is_busy() or self.day is None or self.plan is None \
                or self.saved is None or self.saved.status != dayplan.DRAFT:
            return
        moved = dayplan.move_stop(self.day.problem, self.plan, sid, delta)
        if moved is not self.plan:
            self._save_edit(moved)
            self.status.setText(self.tr("Stop moved and pinned; the times are recomputed."))

    def other_van(self, step: int) -> None:
        """Put the selected stop on the next (+1) or previous (-1) van, where it fits best."""
        if not self.van_button.isEnabled() or self.day is None or self.plan is None:
            return
        sid = self._selected_routed()
        if sid is None:
            return
        try:
            moved = dayplan.transfer_stop(self.day.problem, self.plan, sid, step)
        except ShopAppError as error:
            show_error(self, error)
            return
        self._save_edit(moved)
        where = dayplan.locate(moved, sid)
        van = moved.routes[where[0]].van_number if where else 0
        self.status.setText(self.tr("Stop moved to van {0} and pinned; the times are "
                                    "recomputed.").format(van))

    def toggle_pin(self) -> None:
        sid = self._selected_routed()
        if sid is None or self.is_busy() or self.plan is None or self.saved is None \
                or self.saved.status != dayplan.DRAFT:
            return
        on = sid not in dayplan.pinned(self.plan)
        self._save_edit(dayplan.set_pinned(self.plan, sid, on))
        self.status.setText(self.tr("Pinned: a re-plan keeps this stop on its van.") if on
                            else self.tr("Unpinned."))

    def set_location(self) -> None:
        """Ask a location for the selected stop not on a route, remember it, re-plan."""
        item = self.unassigned.currentItem() or self.unassigned.item(0)
        if item is None or self.day is None or self.is_busy():
            return
        stop = self.day.stops.get(str(item.data(ROLE)))
        if stop is None:
            return
        answer = self.ask_location(stop.address)
        if answer is None:
            return
        try:
            with self.context.store.write() as session:
                dayplan.set_location(session, stop.address, *answer)
        except ShopAppError as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Location saved for {0}.").format(stop.address))
        self.replan()

    def start_run(self) -> None:
        if self.is_busy() or self.saved is None or self.saved.status != dayplan.DRAFT:
            return
        count = len(self.saved.routed_parcels())
        question = self.tr("Mark {0} parcels as out for delivery and start the run?").format(
            count)
        if self.warnings.text():
            question = self.tr("The plan breaks some limits:\n{0}\n\n{1}").format(
                self.warnings.text(), question)
        if not self.confirm(question):
            return
        try:
            started = dayplan.start_run(self.context.store, self.saved.id)
        except ShopAppError as error:
            show_error(self, error)
            return
        self.refresh()
        self.status.setText(self.tr("{0} parcels are out for delivery. Good run!").format(
            started.parcels))
        self.run_started.emit(started.parcels)

    def write_sheet(self) -> None:
        if self.is_busy() or self.day is None or self.plan is None or self.saved is None:
            return
        paper = str(self.paper.currentData())
        sheet = run_sheet_from_plan(self.day, self.plan)
        path = self.context.paths.root / "run_sheets" / (
            f"run-sheet-{self.day.day.isoformat()}-{self.saved.id}-{paper}.pdf")

        def task(progress: Progress, _cancelled: Callable[[], bool]) -> dict[str, str]:
            return {"path": str(write_run_sheet(path, sheet, paper, progress))}

        self._run(task, self._sheet_done, self.tr("Writing the run sheet…"))

    def _sheet_done(self, result: dict[str, Any]) -> None:
        self.last_sheet = Path(result["path"])
        self.status.setText(self.tr("Run sheet saved: {0}").format(self.last_sheet))
        if self.open_pdfs:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_sheet)))
        self.sheet_written.emit(str(self.last_sheet))

    # -- questions ---------------------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Start the run"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_location(self, address: str) -> tuple[float, float] | None:
        roads, _cache = self.road_map()
        if roads is not None and self.day is not None:
            # On the road map: click the place; the van stops at the nearest road.
            from shopapp.ui.widgets.location_dialog import LocationDialog

            depot = self.day.problem["depot"]
            pick = LocationDialog.ask(
                roads, (float(depot["lat"]), float(depot["lon"])), self,
                name=self.day.shop_name, radius_m=float(self.day.problem["max_radius_m"]),
                units=self.day.units, title=self.tr("Set location of {0}").format(address))
            if pick is None:
                return None
            return pick.road or (pick.lat, pick.lon)
        text, ok = QInputDialog.getText(
            self, self.tr("Set location"),
            self.tr("Latitude, longitude of {0}\n(for example 52.1234, -1.9876; "
                    "remembered for this address)").format(address),
            QLineEdit.EchoMode.Normal)
        if not ok:
            return None
        parsed = parse_lat_lon(text)
        if parsed is None:
            QMessageBox.warning(self, self.tr("Set location"), self.tr(
                "“{0}” is not a latitude and a longitude, such as 52.1234, -1.9876.").format(text))
        return parsed


def parse_lat_lon(text: str) -> tuple[float, float] | None:
    """'52.1234, -1.9876' (or with a space or semicolon between) -> (lat, lon), else None."""
    parts = text.replace(";", " ").replace(",", " ").split()
    if len(parts) != 2:
        return None
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        return None
