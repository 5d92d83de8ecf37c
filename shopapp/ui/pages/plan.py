"""Plan page: plan the day off the UI thread, the map, the stops with ETAs, pins, the run.

Every store access and every long call goes through the app's operation runner
(`context.ops`): the plan is searched on the pool with its progress and cancel, saved on
the writer thread; the page refreshes from change notices (`apply_changes`).

Keys: F5 plan today, Ctrl+R re-plan keeping pins, Esc cancel, Ctrl+Up/Down move the
selected stop, Ctrl+Right/Left put it on the next/previous van, Ctrl+P pin it, Ctrl+L
set a location for a stop without one, F9 start the run, Ctrl+Shift+P the run sheet.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtPrintSupport import QPrinter
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

from shopapp import dayplan
from shopapp.changes import Changes
from shopapp.clock import utc_now
from shopapp.delivery.codes import candidate_numbers
from shopapp.errors import ShopAppError
from shopapp.messages import Message
from shopapp.planning import parse_problem
from shopapp.planning.check import route_issues
from shopapp.planning.onroads import with_road_legs
from shopapp.planning.plan import AFTER_SHIFT, LATE, Plan, PlannedRoute
from shopapp.reports import localdays

from shopapp.ui.appearance import status_colours
from shopapp.ui.context import AppContext
from shopapp.ui.errors import show_error
from shopapp.ui.messages import error_text, text
from shopapp.ui.names import distance_text
from shopapp.ui.operations import Cancelled, Job, Task
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.printing.run_sheet import (
    clock,
    duration_text,
    run_sheet_from_plan,
    write_run_sheet,
)
from shopapp.ui.widgets.map_style import route_text_colour
from shopapp.ui.widgets.route_map import MapStop, RouteMap

log = logging.getLogger(__name__)
ROLE = Qt.ItemDataRole.UserRole
_STYLE = (
    # Narrow padding: the six commands must fit in one row at 1280 px.
    "QPushButton { font-size: 13pt; min-height: 44px; padding: 2px 6px; }"
    "QTreeWidget, QListWidget { font-size: 13pt; }"
    "QHeaderView::section { font-size: 12pt; padding: 4px; }"
    "QLabel { font-size: 13pt; } QComboBox { font-size: 13pt; min-height: 40px; }"
    "QProgressBar { min-height: 26px; font-size: 12pt; }"
    "QGroupBox { font-size: 13pt; font-weight: bold; }"
)



def _day_text(day: dt.date) -> str:
    """The day in the current locale's words ("Thu 26 Nov 2026", "jeu. 26 nov. 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")

@dataclass(frozen=True)
class _Nothing:
    """A plan asked for with no parcels on the shelf."""


@dataclass(frozen=True)
class _Planned:
    day: dayplan.DayProblem
    planned: dayplan.PlannedDay
    planning: dayplan.PlanningDay | None = None  # None: a day given by `today`


class PlanPage(PageWidget):
    """Plan the day's routes, adjust them by hand, start the run and print the run sheet.

    Attributes:
        seconds: the planner's time limit.
        today: the day planned; None means the day "Plan today" plans now: today, or
            tomorrow once today's shift is over (`planning`, read at each refresh).
        now: the clock (tests set it); a plan for today made during the shift starts
            from now.
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
        self._today: dt.date | None = None
        self.now: Callable[[], dt.datetime] = utc_now
        self.planning: dayplan.PlanningDay | None = None
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
        self._task: Task[Any] | None = None  # the plan or the run sheet being made
        self._saving = False  # a plan just made is being saved: still busy
        self._view_token = 0  # the latest refresh asked for; older answers are dropped
        self._edit_wanted: Plan | None = None  # an edit by hand waiting to be saved
        self._edit_saving = False
        self._actions: dict[str, QAction] = {}  # each button's action, by the button's name
        self._build()
        # The menu's wording and the key of each button's action.
        for name, wording, key in (
            ("planToday", self.tr("Plan today"), "F5"),
            ("replan", self.tr("Re-plan keeping pins"), "Ctrl+R"),
            ("cancelPlan", self.tr("Cancel planning"), "Esc"),
            ("startRun", self.tr("Start run…"), "F9"),
            ("runSheet", self.tr("Run sheet…"), "Ctrl+Shift+P"),
            ("up", self.tr("Stop earlier"), "Ctrl+Up"),
            ("down", self.tr("Stop later"), "Ctrl+Down"),
            ("nextVan", self.tr("Stop on the next van"), "Ctrl+Right"),
            ("pin", self.tr("Pin / unpin the stop"), "Ctrl+P"),
            ("setLocation", self.tr("Set location…"), "Ctrl+L"),
        ):
            self._actions[name].setText(wording)
            self._actions[name].setShortcut(QKeySequence(key))
        self.page_action("previousVan", self.tr("Stop on the previous van"), "Ctrl+Left",
                         lambda: self.other_van(-1))
        self._set_busy(False)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _button(self, text: str, action: Callable[[], None], name: str) -> QPushButton:
        """A button and its page action, one command (menu entry, key, enabled state)."""
        button = QPushButton(text)
        button.setObjectName(name)
        self._actions[name] = self.page_action(name, text, "", action, button=button)
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
                       self.start_button, self.sheet_button):
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
        # Narrow number columns: the address (what the driver reads) gets the width.
        font = QFont(self.tree.font())
        font.setPointSize(13)  # the tree's size in _STYLE (a style sheet is applied later)
        metrics = QFontMetrics(font)
        for column, sample in ((0, "999"), (1, "88:88"), (3, self.tr("Parcels")),
                               (4, "window 10:00–12:00")):
            self.tree.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
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
        self._style_warnings()
        self.detail = QLabel()
        self.detail.setObjectName("stopDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unassigned = QListWidget()
        self.unassigned.setObjectName("unassigned")
        self.unassigned.setAccessibleName(self.tr("Stops not on a route, with the reason"))
        self.unassigned.setWordWrap(True)
        self.unassigned.setMinimumHeight(64)
        self.unassigned.itemSelectionChanged.connect(self._unassigned_selection)
        self.locate_button = self._button(self.tr("Ctrl+L  Set location…"), self.set_location,
                                          "setLocation")
        left_out = QGroupBox(self.tr("Not on a route"))
        box = QVBoxLayout(left_out)
        box.addWidget(self.unassigned, 1)
        box.addWidget(self.locate_button)

        stops = QWidget()
        side = QVBoxLayout(stops)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.tree, 1)
        side.addLayout(edit)
        side.addWidget(self.warnings)
        side.addWidget(self.detail)
        # The stops over the ones not on a route: a splitter, so on a short screen the
        # two share the height (the Set location button used to fall off the bottom).
        self.side_split = QSplitter(Qt.Orientation.Vertical)
        self.side_split.setObjectName("planSideSplitter")
        self.side_split.setChildrenCollapsible(False)
        self.side_split.addWidget(stops)
        self.side_split.addWidget(left_out)
        self.side_split.setStretchFactor(0, 5)
        self.side_split.setStretchFactor(1, 2)
        self.side_split.setSizes([420, 170])
        self.tree.setMinimumHeight(100)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("planSplitter")  # the window keeps its position
        split.setChildrenCollapsible(False)
        split.addWidget(self.map)
        split.addWidget(self.side_split)
        split.setSizes([640, 700])
        self.split = split
        self.map.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status, 1)  # beside the title: height is short at 720 px
        heading.addWidget(self.progress)
        heading.addWidget(self.paper)  # up here: the row of buttons is full at 1280 px
        self.progress.setMaximumWidth(260)
        layout.addLayout(heading)
        layout.addLayout(buttons)
        # Totals and where the distances came from share a row: height is short at 720 px.
        figures = QHBoxLayout()
        figures.addWidget(self.totals, 1)
        figures.addWidget(self.source_note, 1)
        layout.addLayout(figures)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.tree)

    def _style_warnings(self) -> None:
        bad = status_colours().bad
        self.warnings.setStyleSheet(
            f"color: {bad.foreground}; background: {bad.background}; padding: 6px;"
            "font-weight: bold"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "warnings"):
            self._style_warnings()  # light <-> dark

    # -- loading and showing -----------------------------------------------------------

    @property
    def today(self) -> dt.date | None:
        """The day planned; None means the computer's date."""
        return self._today

    @today.setter
    def today(self, day: dt.date | None) -> None:
        self._today = day
        self.refresh()

    def day_planned(self) -> dt.date:
        if self.today is not None:
            return self.today
        return self.planning.day if self.planning is not None else localdays.today()

    def _show_day(self) -> None:
        """The day in the title, and the plan button offering tomorrow after the shift."""
        day = self.day_planned()
        tomorrow = self.today is None and self.planning is not None and self.planning.tomorrow
        if tomorrow:
            self.title.setText("<h1>" + self.tr("Plan · tomorrow, {0}").format(_day_text(day))
                               + "</h1>")
            self.plan_button.setText(self.tr("F5  Plan tomorrow"))
        else:
            self.title.setText("<h1>" + self.tr("Plan · {0}").format(_day_text(day)) + "</h1>")
            self.plan_button.setText(self.tr("F5  Plan today"))

    def apply_changes(self, changes: Changes) -> None:
        """Parcels, plans, the shop's settings or the road map changed: show them again."""
        if changes & Changes.ROAD_MAP:
            self.reload_road_map()
        if changes & (Changes.PARCELS | Changes.PLAN | Changes.SETTINGS | Changes.ROAD_MAP) \
                and not self.is_busy() and not self._edit_saving:
            self.refresh()

    def refresh(self) -> None:
        """Show today's latest plan (or the shelf waiting to be planned), read off the UI
        thread; only the latest refresh asked for is shown."""
        fixed, now = self.today, self.now()
        self._show_day()
        self._view_token += 1
        token = self._view_token
        self.context.ops.read(lambda job: dayplan.open_day(job.store, fixed, now), owner=self,
                              done=lambda view: self._show_view(token, view))

    def _show_view(self, token: int, view: dayplan.DayView) -> None:
        if token != self._view_token or self.is_busy():
            return  # a newer refresh, or a plan being made, has the say
        self.day, self.saved, self.plan = view.day, view.saved, view.plan
        if view.planning is not None:
            self.planning = view.planning
            self._show_day()
        if view.problem is not None:
            self.status.setText(error_text(view.problem))
        self.redraw()

    def redraw(self) -> None:
        """Fill the map, the stop list, the totals and the left-out list from the plan."""
        roads = self.road_map()
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
            if self.today is None and self.planning is not None and self.planning.tomorrow:
                self.totals.setText(self.tr(
                    "%n address(es) on the shelf waiting to be planned. Today's shift is "
                    "over: press F5 to plan tomorrow.", "", waiting))
            else:
                self.totals.setText(self.tr(
                    "%n address(es) on the shelf waiting to be planned. Press F5 to plan "
                    "today.", "", waiting))
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
        base = self.tree.palette().color(QPalette.ColorRole.Base)  # route text reads on it
        for r, route in enumerate(plan.routes):
            van = route.van_number if route.van is not None else r + 1
            head = QTreeWidgetItem([self.tr("Van {0} · {1} · {2} · {3} · {4}–{5} ({6})").format(
                van, self._count_stops(len(route.stops)), self._count_parcels(route.load),
                distance_text(route.distance_m, day.units), clock(route.start_s),
                clock(route.end_s), duration_text(route.duration_s))])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setForeground(0, route_text_colour(r, base))
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
                item.setForeground(0, route_text_colour(r, base))
                if sid in late:
                    for column in range(5):
                        item.setForeground(column, QColor(status_colours().bad_text))
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
            row = QListWidgetItem(self.tr("{0} — {1}").format(
                address, text(unassigned_message(entry.reason, day.units))))
            row.setData(ROLE, entry.id)
            if entry.required:
                row.setForeground(QColor(status_colours().bad_text))
            self.unassigned.addItem(row)
            if stop is not None and stop.lat is not None and stop.lon is not None:
                map_stops.append(MapStop(entry.id, stop.lat, stop.lon, "–", None))
        stops = sum(len(r.stops) for r in plan.routes)
        parcels = sum(len(day.members.get(s, [])) for r in plan.routes for s in r.stops)
        state = {dayplan.DRAFT: self.tr("draft"), dayplan.STARTED: self.tr("run started")}.get(
            self.saved.status if self.saved else "", "")
        n_routes = len(plan.routes)
        self.totals.setText(self.tr("{0} · {1} · {2} · {3} · {4} in all · {5} · {6}").format(
            self.tr("%n route(s)", "", n_routes), self._count_stops(stops),
            self._count_parcels(parcels), distance_text(plan.distance_m, day.units),
            duration_text(plan.duration_s),
            self.tr("%n not on a route", "", len(plan.unassigned)), state))
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
                out.append(self.tr("Van {0} carries {1}, more than its {2}.").format(
                    van, self._count_parcels(issue.load), issue.capacity))
        return out

    def _count_stops(self, n: int) -> str:
        return self.tr("%n stop(s)", "", n)

    def _count_parcels(self, n: int) -> str:
        return self.tr("%n parcel(s)", "", n)

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
        """A plan or a run sheet is being made (an edit being saved is not: edits go on)."""
        return self._task is not None or self._saving

    def _set_busy(self, busy: bool) -> None:
        planned = self.plan is not None and self.saved is not None
        draft = planned and self.saved is not None and self.saved.status == dayplan.DRAFT
        routed = self.selected_stop is not None and self.plan is not None \
            and dayplan.locate(self.plan, self.selected_stop) is not None
        # Not gated on the day's first read: planning reads the shelf itself, and F5 (the
        # button's action) must work the moment the page shows.
        self.plan_button.setEnabled(not busy)
        self.replan_button.setEnabled(not busy)
        self.cancel_button.setEnabled(self._task is not None)
        self.start_button.setEnabled(not busy and draft)
        self.sheet_button.setEnabled(not busy and planned)
        for button in (self.up_button, self.down_button, self.pin_button):
            button.setEnabled(not busy and draft and routed)
        vans = sum(int(v.get("count", 1)) for v in self.day.problem["vehicles"]) if self.day else 0
        self.van_button.setEnabled(not busy and draft and routed and vans > 1)
        self.locate_button.setEnabled(not busy and self.unassigned.count() > 0)
        self.progress.setVisible(busy)

    def _run(self, work: Callable[[Job], Any], on_done: Callable[[Any], None],
             message: str) -> None:
        """Make the plan or the sheet on the pool, with progress; one at a time."""
        self.progress.setValue(0)
        self.status.setText(message)

        def finished(result: Any) -> None:
            self._task = None
            on_done(result)
            self._set_busy(self.is_busy())

        self._task = self.context.ops.read(
            work, owner=self, done=finished, failed=self._on_failed, progress=self._on_progress)
        self._set_busy(True)

    def _on_progress(self, fraction: float, what: Message) -> None:
        if self._task is None:
            return
        self.progress.setValue(round(100 * fraction))
        self.status.setText(text(what))

    def _on_failed(self, error: BaseException) -> None:
        """A plan, a sheet or a save that did not happen: say why on the page."""
        self._task = None
        self._saving = False
        message = text(Message("plan.cancelled")) if isinstance(error, Cancelled) \
            else error_text(error)
        if not isinstance(error, ShopAppError):
            log.error("plan page task failed", exc_info=error)
        self.status.setText(message)
        self.task_failed.emit(message)
        self._set_busy(False)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop a plan being searched (the app is closing); a save already asked for still
        reaches the disk (the runner's writer finishes it)."""
        if self._task is not None:
            self._task.cancel()

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
        current = self.plan if keep_pins else None
        seconds, fixed, now = self.seconds, self.today, self.now()
        roads = self.road_map()
        language = self._language()
        waiting = len(self.day.members) if self.day is not None else 0

        def work(job: Job) -> _Planned | _Nothing:
            # Which day, asked again: the shift may have ended since the page was shown.
            planning, today = None, fixed
            if today is None:
                planning = dayplan.planning_day_at(job.store, now)
                today = planning.day
            day = dayplan.shelf_day(job.store, today, now)
            if not day.members:
                return _Nothing()
            cache = _pair_cache(job) if roads is not None else None
            planned = dayplan.replan(day.problem, current, seconds, job.progress, job.cancelled,
                                     roads=roads, cache=cache, language=language,
                                     units=day.units)
            return _Planned(day, planned, planning)

        self._run(work, self._planned, self.tr("Planning %n address(es)…", "", waiting))

    def road_map(self) -> Any:
        """The data dir's road map, or None (plan on estimates)."""
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
        return self._roads

    def reload_road_map(self) -> None:
        """Open the road map again at the next plan (a new one was loaded)."""
        self._roads_checked = False
        self._roads = None

    def _language(self) -> str:
        """The language of the directions: the shop's setting, else the computer's."""
        return str(self.context.setting("language") or "") or QLocale().name() or "en-US"

    def _planned(self, result: _Planned | _Nothing) -> None:
        if isinstance(result, _Nothing):
            self.status.setText(self.tr("No parcels on the shelf to plan."))
            return
        self._saving = True
        self.context.ops.write(lambda job: dayplan.keep_plan(job.store, result.day,
                                                               result.planned),
                               owner=self, done=lambda saved: self._kept(result, saved),
                               failed=self._on_failed)

    def _kept(self, result: _Planned, saved: dayplan.PlanSaved) -> None:
        from dataclasses import replace

        self._saving = False
        self._view_token += 1  # a refresh asked for before this plan must not undo it
        self.day = replace(result.day, problem=result.planned.problem)
        if result.planning is not None:  # the day as it was when planned
            self.planning = result.planning
            self._show_day()
        self.saved = saved.saved
        self.plan = result.planned.plan
        self.status.setText(self.tr("Planned: the routes are saved as a draft."))
        self.redraw()
        self.plan_ready.emit()

    def _selected_routed(self) -> str | None:
        sid = self.selected_stop
        if sid is None or self.plan is None or dayplan.locate(self.plan, sid) is None:
            return None
        return sid

    def _save_edit(self, plan: Plan) -> None:
        """Show the edited plan at once and save it behind; edits made meanwhile are
        saved after it, the latest last (one save in flight at a time)."""
        assert self.saved is not None
        self._view_token += 1  # a refresh read before this edit must not undo it on screen
        self.plan = plan
        self.redraw()
        if self.selected_stop:
            self.select_stop(self.selected_stop)
        self._edit_wanted = plan
        if not self._edit_saving:
            self._save_next_edit()

    def _save_next_edit(self) -> None:
        plan, self._edit_wanted = self._edit_wanted, None
        if plan is None or self.saved is None:
            self._edit_saving = False
            return
        self._edit_saving = True
        plan_id, day = self.saved.id, self.day
        roads = self.road_map()
        language = self._language()
        needs_roads = roads is not None and plan.on_roads and day is not None \
            and any(route.stops and not route.legs for route in plan.routes)

        def work(job: Job) -> tuple[Plan, dayplan.PlanSaved]:
            shaped = plan
            if needs_roads and day is not None:
                # A stop moved by hand: its route's road shape and directions follow.
                shaped = with_road_legs(plan, day.problem, roads, language, day.units)
            return shaped, dayplan.edit_plan(job.store, plan_id, shaped)

        def saved(result: tuple[Plan, dayplan.PlanSaved]) -> None:
            shaped, stored = result
            self.saved = stored.saved
            if self.plan is plan and shaped is not plan:  # nothing newer: show the roads
                self.plan = shaped
                self.redraw()
            self._save_next_edit()

        def failed(error: BaseException) -> None:
            self._edit_saving = False
            self._edit_wanted = None
            show_error(self, error)
            self.refresh()  # back to what the store holds

        # On the writer thread: the edits reach the store in the order they were made.
        self.context.ops.write(work, owner=self, done=saved, failed=failed,
                               changes=Changes.PLAN)

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
        address, (lat, lon) = stop.address, answer

        def remembered(_result: dayplan.LocationSet) -> None:
            self.status.setText(self.tr("Location saved for {0}.").format(address))
            self.replan()

        self.context.ops.write(
            lambda job: dayplan.remember_location(job.store, address, lat, lon), owner=self,
            done=remembered, failed=lambda error: show_error(self, error))

    def start_run(self) -> None:
        if self.is_busy() or self.saved is None or self.saved.status != dayplan.DRAFT:
            return
        count = len(self.saved.routed_parcels())
        question = self.tr(
            "Mark %n parcel(s) as out for delivery and start the run?", "", count)
        if self.warnings.text():
            question = self.tr("The plan breaks some limits:\n{0}\n\n{1}").format(
                self.warnings.text(), question)
        if not self.confirm(question):
            return
        plan_id, day = self.saved.id, self.day_planned()

        def work(job: Job) -> tuple[dayplan.RunStarted, dayplan.DayView]:
            started = dayplan.start_run(job.store, plan_id)
            return started, dayplan.open_day(job.store, day)

        def started(result: tuple[dayplan.RunStarted, dayplan.DayView]) -> None:
            run, view = result
            self._view_token += 1
            self._show_view(self._view_token, view)
            self.status.setText(self.tr(
                "%n parcel(s) out for delivery. Good run!", "", run.parcels))
            self.run_started.emit(run.parcels)

        self.context.ops.write(work, owner=self, done=started,
                               failed=lambda error: show_error(self, error),
                               changes=Changes.PARCELS | Changes.PLAN | Changes.OUTBOX)

    def write_sheet(self) -> None:
        if self.is_busy() or self.day is None or self.plan is None or self.saved is None:
            return
        paper = str(self.paper.currentData())
        sheet = run_sheet_from_plan(self.day, self.plan)
        path = self.context.paths.root / "run_sheets" / (
            f"run-sheet-{self.day.day.isoformat()}-{self.saved.id}-{paper}.pdf")

        def work(job: Job) -> Path:  # a file, not the store: on the pool
            return write_run_sheet(path, sheet, paper, job.progress)

        self._run(work, self._sheet_done, self.tr("Writing the run sheet…"))

    def _sheet_done(self, written: Path) -> None:
        self.last_sheet = written
        self.status.setText(self.tr("Run sheet saved: {0}").format(self.last_sheet))
        self.sheet_written.emit(str(self.last_sheet))
        if self.open_pdfs:  # the PDF is kept; the print dialog opens on the document printer
            self.print_sheet()

    def print_sheet(self, printer: QPrinter | None = None) -> None:
        """Print the plan's run sheet: on `printer`, else the one chosen in the print dialog
        (it opens on the `document_printer` setting; it can also print to a PDF file)."""
        from shopapp.ui.printing.dialog import ask_printer, check_printer, finished
        from shopapp.ui.printing.run_sheet import print_run_sheet

        if self.is_busy() or self.day is None or self.plan is None:
            return
        chosen = printer or ask_printer(
            self, str(self.context.setting("document_printer")), self.tr("Print the run sheet")
        )
        if chosen is None:
            return
        paper = str(self.paper.currentData())
        sheet = run_sheet_from_plan(self.day, self.plan)

        def work(job: Job) -> str:  # QPainter on a QPrinter: fine off the UI thread
            check_printer(chosen)
            finished(chosen, print_run_sheet(chosen, sheet, paper, job.progress))
            return chosen.printerName() or chosen.outputFileName()

        self._run(work, self._sheet_printed, self.tr("Printing the run sheet…"))

    def _sheet_printed(self, where: str) -> None:
        self.status.setText(self.tr("Run sheet sent to {0}").format(where))

    # -- questions ---------------------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Start the run"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_location(self, address: str) -> tuple[float, float] | None:
        roads = self.road_map()
        if roads is not None and self.day is not None:
            # On the road map: click the place; the van stops at the nearest road.
            from shopapp.ui.widgets.location_dialog import LocationDialog

            depot = self.day.problem["depot"]
            pick = LocationDialog.ask(
                roads, (float(depot["lat"]), float(depot["lon"])), self,
                name=self.day.shop_name, radius_m=float(self.day.problem["max_radius_m"]),
                units=self.day.units, title=self.tr("Set location of {0}").format(address),
                ops=self.context.ops)
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


def _pair_cache(job: Job) -> Any:
    """The road pairs measured before, kept in the store (read and added to by the plan)."""
    from shopapp.store.roadcache import StorePairCache

    return StorePairCache(job.store)


def unassigned_message(reason: str, units: str) -> Message:
    """The planner's reason for a stop left off the routes, as a message code."""
    from shopapp.planning.reasons import reason_message

    return reason_message(reason, units)
