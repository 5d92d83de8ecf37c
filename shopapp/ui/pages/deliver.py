"""Deliver page: the run's stops in order, a scan at the door, and the outcome of each parcel.

Works with no network: every outcome is committed to the local store at once
(`shopapp.delivery.outcomes`, on the app's operation runner); the sync sends it later.
The page reads the run off the UI thread and refreshes from change notices.
Built for a tablet in the car as much as for a laptop: big targets, and every action on
a key (F1-F4 outcomes, F5 next stop, F9 back at the shop, arrows and Space in the lists).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shopapp.changes import Changes
from shopapp.delivery import attempts
from shopapp.delivery.run import RunView, Stop, StopParcel, locate, run_view
from shopapp.parcels import lifecycle

from shopapp.ui.appearance import status_colours
from shopapp.ui.context import AppContext
from shopapp.ui.errors import show_error
from shopapp.ui.names import distance_text, status_name
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.widgets.banner import BAD, GOOD, INFO, WARN, show_banner
from shopapp.ui.widgets.outcome_dialogs import ProofDialog
from shopapp.ui.widgets.outcome_forms import (
    Builder,
    failed_form,
    neighbour_form,
    recipient_form,
    safe_place_form,
)


class DeliverPage(PageWidget):
    """The run: stops on the left, the chosen stop's parcels and outcome buttons on the right.

    Signals:
        recorded: an outcome was committed (the event type), e.g. to refresh counters.
    """

    takes_scans = True

    recorded = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("deliverPage")
        self.setStyleSheet(
            # Big enough for a finger, small enough that both rows of outcomes fit 720 px.
            "QPushButton { font-size: 15pt; min-height: 50px; padding: 2px 10px; }"
            # No side padding on rows: with it a wrapped row is measured wider than it is
            # drawn and loses its last line (the ETA).
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 8px 0px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stops: list[Stop] = []
        self.units = "miles"
        self.kept: set[str] = set()  # parcels given an outcome here: they stay on view
        self.confirmed: set[str] = set()  # parcels scanned at the door
        self.outcome_text: dict[str, str] = {}
        self.dialog: ProofDialog | None = None  # the open outcome form, if any
        self._stale = False  # something changed while a form was open: read again after
        self._view_token = 0  # the latest refresh asked for; older answers are dropped

        self.summary = QLabel()
        self.summary.setObjectName("runSummary")
        self.summary.setStyleSheet("font-size: 14pt")
        self.banner = QLabel()
        self.banner.setObjectName("scanBanner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(56)
        self.stop_list = QListWidget()
        self.stop_list.setObjectName("stopList")
        self.stop_list.setAccessibleName(self.tr("Stops in order"))
        self.stop_list.setMinimumWidth(300)
        # Long addresses wrap instead of running off the list's right edge.
        self.stop_list.setWordWrap(True)
        # Laid out again on resize: a row wrapped for an earlier width would cut its ETA.
        self.stop_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.stop_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stop_list.currentRowChanged.connect(self._show_stop)
        self.stop_title = QLabel()
        self.stop_title.setObjectName("stopTitle")
        self.stop_title.setWordWrap(True)
        self.stop_title.setStyleSheet("font-size: 18pt; font-weight: bold")
        self.stop_info = QLabel()
        self.stop_info.setWordWrap(True)
        self._style_colours()
        # The road into the selected stop, turn by turn, when the plan was made on the map.
        self.directions_title = QLabel()
        self.directions_title.setObjectName("directionsTitle")
        self.directions_title.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.directions = QListWidget()
        self.directions.setObjectName("legDirections")
        self.directions.setAccessibleName(self.tr("Directions to this stop"))
        self.directions.setStyleSheet("QListWidget { font-size: 13pt; }"
                                      "QListWidget::item { padding: 2px 4px; }")
        self.directions.setMaximumHeight(130)
        self.directions.setWordWrap(True)
        self.directions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.directions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.parcel_list = QListWidget()
        self.parcel_list.setObjectName("parcelList")
        self.parcel_list.setAccessibleName(self.tr("Parcels at this stop"))
        self.parcel_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.recipient_button = self._button(self.tr("F1  Delivered to recipient"), "F1", GOOD)
        self.neighbour_button = self._button(self.tr("F2  Left with neighbour"), "F2", GOOD)
        self.safe_button = self._button(self.tr("F3  Left in safe place"), "F3", GOOD)
        self.failed_button = self._button(self.tr("F4  Not delivered"), "F4", BAD)
        self.next_button = self._button(self.tr("F5  Next stop"), "F5", None)
        self.end_button = self._button(self.tr("F9  Back at the shop"), "F9", None)
        # Each button and its menu entry are one action (with its key).
        for name, text, key, slot, button in (
            ("deliverRecipient", self.tr("Delivered to recipient…"), "F1",
             self.deliver_to_recipient, self.recipient_button),
            ("deliverNeighbour", self.tr("Left with neighbour…"), "F2",
             self.leave_with_neighbour, self.neighbour_button),
            ("deliverSafePlace", self.tr("Left in safe place…"), "F3",
             self.leave_in_safe_place, self.safe_button),
            ("deliverFailed", self.tr("Not delivered…"), "F4", self.not_delivered,
             self.failed_button),
            ("nextStop", self.tr("Next stop"), "F5", self.next_stop, self.next_button),
            ("endRun", self.tr("Back at the shop…"), "F9", self.end_run, self.end_button),
        ):
            self.page_action(name, text, key, slot, button=button)

        outcomes_grid = QGridLayout()
        outcomes_grid.addWidget(self.recipient_button, 0, 0)
        outcomes_grid.addWidget(self.neighbour_button, 0, 1)
        outcomes_grid.addWidget(self.safe_button, 1, 0)
        outcomes_grid.addWidget(self.failed_button, 1, 1)
        right_side = QWidget()
        right = QVBoxLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.stop_title)
        right.addWidget(self.stop_info)
        right.addWidget(self.directions_title)
        right.addWidget(self.directions)
        right.addWidget(self.parcel_list, 1)
        right.addLayout(outcomes_grid)
        left_side = QWidget()
        left = QVBoxLayout(left_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.stop_list, 1)
        left.addWidget(self.next_button)
        left.addWidget(self.end_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("deliverSplitter")  # the window keeps its position
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_side)
        self.splitter.addWidget(right_side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<h1>" + self.tr("Deliver") + "</h1>"))
        heading.addStretch(1)
        heading.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.parcel_list)
        self.say(self.tr("Scan a parcel at the door to check it is the right one."), INFO)
        self.refresh()

    def _button(self, text: str, key: str, colour: str | None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"button{key}")
        button.setProperty("status", colour or "")
        self._style_button(button)
        return button

    def _style_button(self, button: QPushButton) -> None:
        """An outcome's colour on its button's text: the theme's green or red."""
        status = str(button.property("status") or "")
        if status:
            colours = status_colours()
            colour = colours.good_text if status == GOOD else colours.bad_text
            button.setStyleSheet(
                f"QPushButton {{ color: {colour}; font-weight: bold; }}"
                "QPushButton:disabled { color: palette(mid); font-weight: normal; }"
            )

    def _style_colours(self) -> None:
        self.stop_info.setStyleSheet(f"font-size: 13pt; color: {status_colours().muted_text}")
        for button in self.findChildren(QPushButton):
            self._style_button(button)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "stop_info"):
            self._style_colours()  # light <-> dark

    # -- data ---------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Parcels, the plan or the shop's units changed: show the run again (not while
        an outcome form is open: its parcels stay as they were chosen)."""
        if changes & (Changes.PARCELS | Changes.PLAN | Changes.SETTINGS):
            if self.dialog is None:
                self.refresh()
            else:
                self._stale = True

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Reload the run off the UI thread, keeping the current stop when it is still
        there; `then()` runs once it is shown."""
        self._view_token += 1
        token, keep = self._view_token, set(self.kept)

        def shown(view: RunView) -> None:
            if token == self._view_token:
                self._show_run(view)
                if then is not None:
                    then()

        self.context.ops.read(lambda job: run_view(job.store, keep), owner=self, done=shown)

    def _show_run(self, view: RunView) -> None:
        current = self.current_stop()
        key = current.key if current else None
        self.stops, self.units = view.stops, view.units
        self.stop_list.blockSignals(True)
        self.stop_list.clear()
        for number, stop in enumerate(self.stops, start=1):
            mark = "✔ " if stop.done else ""
            count = len(stop.open_parcels) if not stop.done else len(stop.parcels)
            parcels = self.tr("%n parcel(s)", "", count)
            if stop.done:
                parcels = self.tr("done ({0})").format(parcels)
            elif stop.eta_s is not None:
                hours, rest = divmod(stop.eta_s // 60, 60)
                parcels += "  ·  " + self.tr("ETA {0}").format(f"{hours % 24:02d}:{rest:02d}")
            item = QListWidgetItem(f"{mark}{number}. {stop.address or '?'}\n     {parcels}")
            if stop.done:
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.stop_list.addItem(item)
        self.stop_list.blockSignals(False)
        index = next((i for i, s in enumerate(self.stops) if s.key == key), None)
        if index is None:
            index = next((i for i, s in enumerate(self.stops) if not s.done), 0)
        self.stop_list.setCurrentRow(index if self.stops else -1)
        self._show_stop(self.stop_list.currentRow())
        self._update_summary()

    def _update_summary(self) -> None:
        open_stops = [s for s in self.stops if not s.done]
        open_parcels = sum(len(s.open_parcels) for s in self.stops)
        if not self.stops:
            self.summary.setText(self.tr("No parcels out for delivery"))
        else:
            self.summary.setText(
                self.tr("Stops to go: {0} of {1}  ·  {2}").format(
                    len(open_stops), len(self.stops),
                    self.tr("%n parcel(s) to go", "", open_parcels),
                )
            )
        self.next_button.setEnabled(len(open_stops) > 0)
        self.end_button.setEnabled(bool(self.stops))

    def current_stop(self) -> Stop | None:
        row = self.stop_list.currentRow()
        return self.stops[row] if 0 <= row < len(self.stops) else None

    def _show_stop(self, row: int) -> None:
        self.parcel_list.clear()
        stop = self.stops[row] if 0 <= row < len(self.stops) else None
        has_open = bool(stop and stop.open_parcels)
        for button in (
            self.recipient_button,
            self.neighbour_button,
            self.safe_button,
            self.failed_button,
        ):
            button.setEnabled(has_open)
        self._show_directions(stop)
        if stop is None:
            self.stop_title.setText(self.tr("Nothing to deliver"))
            self.stop_info.setText(
                self.tr("No parcels are out for delivery. Start a run on the Plan page.")
            )
            return
        self.stop_title.setText(self.tr("Stop {0}: {1}").format(row + 1, stop.address or "?"))
        notes = [p.instructions for p in stop.parcels if p.instructions]
        self.stop_info.setText(
            "  ·  ".join(
                [", ".join(sorted({p.recipient for p in stop.parcels if p.recipient}))] + notes
            )
        )
        for parcel in stop.parcels:
            item = QListWidgetItem(self._parcel_text(parcel))
            item.setData(Qt.ItemDataRole.UserRole, parcel.tracking_number)
            if parcel.status != lifecycle.OUT_FOR_DELIVERY:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # done: not selectable
                item.setForeground(
                    Qt.GlobalColor.darkGreen
                    if parcel.status == lifecycle.DELIVERED
                    else Qt.GlobalColor.darkRed
                )
            self.parcel_list.addItem(item)
            if parcel.status == lifecycle.OUT_FOR_DELIVERY:
                item.setSelected(True)
        for i in range(self.parcel_list.count()):
            if self.parcel_list.item(i).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.parcel_list.setCurrentRow(
                    i, self.parcel_list.selectionModel().SelectionFlag.NoUpdate
                )
                break

    def _show_directions(self, stop: Stop | None) -> None:
        self.directions.clear()
        shown = stop is not None and bool(stop.directions)
        self.directions_title.setVisible(shown)
        self.directions.setVisible(shown)
        if stop is None or not stop.directions:
            return
        self.directions_title.setText(self.tr("Directions to this stop ({0}):").format(
            distance_text(stop.leg_distance_m or 0, self.units)))
        for n, line in enumerate(stop.directions, 1):
            self.directions.addItem(f"{n}. {line}")

    def _parcel_text(self, parcel: StopParcel) -> str:
        line = f"{parcel.tracking_number}  ·  {parcel.recipient or '?'}"
        if parcel.service == "same-day":
            line += "  ·  " + self.tr("SAME DAY")
        open_parcel = parcel.status == lifecycle.OUT_FOR_DELIVERY
        if parcel.tracking_number in self.confirmed and open_parcel:
            line = "✔ " + line + "  ·  " + self.tr("scanned")
        if parcel.status != lifecycle.OUT_FOR_DELIVERY:
            line += "\n     " + self.outcome_text.get(
                parcel.tracking_number, status_name(parcel.status)
            )
        return line

    def selected_parcels(self) -> list[StopParcel]:
        """The chosen parcels of the current stop that still need an outcome."""
        stop = self.current_stop()
        if stop is None:
            return []
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.parcel_list.selectedItems()}
        return [p for p in stop.open_parcels if p.tracking_number in chosen]

    # -- messages -----------------------------------------------------------------------

    def say(self, text: str, colour: str) -> None:
        show_banner(self.banner, text, colour)

    # -- scan at the door ---------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """A scan while the page shows: is this the right parcel for this stop?"""
        found = locate(self.stops, code)
        if found is None:
            self.say(
                self.tr("✗ {0} is not on this run. Do not leave it here.").format(code.strip()),
                BAD,
            )
            return
        index, parcel = found
        stop = self.stops[index]
        if index != self.stop_list.currentRow():
            self.say(
                self.tr("✗ Wrong stop: {0} is for stop {1}, {2}.").format(
                    parcel.tracking_number, index + 1, stop.address
                ),
                WARN,
            )
            return
        if parcel.status != lifecycle.OUT_FOR_DELIVERY:
            self.say(
                self.tr("{0} already has an outcome: {1}.").format(
                    parcel.tracking_number, self._parcel_text(parcel).split("\n")[-1].strip()
                ),
                WARN,
            )
            return
        self.confirmed.add(parcel.tracking_number)
        self.say(
            self.tr("✔ Right parcel: {0} for {1}").format(
                parcel.tracking_number, parcel.recipient or "?"
            ),
            GOOD,
        )
        self._show_stop(index)
        self.parcel_list.clearSelection()
        for i in range(self.parcel_list.count()):
            item = self.parcel_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == parcel.tracking_number:
                item.setSelected(True)
                self.parcel_list.setCurrentItem(item)

    # -- outcomes -----------------------------------------------------------------------

    def _parcels_text(self, parcels: list[StopParcel]) -> str:
        numbers = ", ".join(p.tracking_number for p in parcels)
        names = ", ".join(sorted({p.recipient for p in parcels if p.recipient}))
        return self.tr("{0} for {1}").format(numbers, names or "?")

    def _start(
        self, dialog: ProofDialog, numbers: list[str], kind: str, describe: Callable[[], str]
    ) -> None:
        """Open the form; once it saved, show the parcels' outcome (`describe()`)."""
        dialog.accepted.connect(lambda: self._recorded(numbers, describe(), kind))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ProofDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self._stale and dialog.result() != ProofDialog.DialogCode.Accepted:
            self.refresh()  # (a saved outcome reads the run again itself)
        self._stale = False
        self.window().activateWindow()
        self.parcel_list.setFocus()

    def _recorded(self, numbers: list[str], done_text: str, kind: str) -> None:
        self.kept.update(numbers)
        for number in numbers:
            self.outcome_text[number] = done_text
        stop_before = self.stop_list.currentRow()
        self.refresh(then=lambda: self._moved_on(numbers, done_text, kind, stop_before))

    def _moved_on(self, numbers: list[str], done_text: str, kind: str, stop_before: int) -> None:
        """After an outcome: say it, and go on to the next stop when this one is done."""
        self.recorded.emit(kind)
        stop = self.current_stop()
        message = self.tr("Saved: {0} ({1}).").format(done_text, ", ".join(numbers))
        if stop is not None and stop.done and stop_before == self.stop_list.currentRow():
            following = self._next_open(stop_before)
            if following is not None:
                self.stop_list.setCurrentRow(following)
                message += " " + self.tr("Next: stop {0}, {1}.").format(
                    following + 1, self.stops[following].address
                )
            else:
                message += " " + self.tr("Every stop is done: press F9 back at the shop.")
        self.say(message, GOOD if kind == "delivered" else WARN)

    def _next_open(self, after: int) -> int | None:
        order = list(range(after + 1, len(self.stops))) + list(range(0, after + 1))
        return next((i for i in order if not self.stops[i].done), None)

    def _chosen_or_warn(self) -> list[StopParcel]:
        parcels = self.selected_parcels()
        if not parcels:
            self.say(self.tr("Choose a parcel that still needs an outcome."), WARN)
        return parcels

    def _outcome(self, build: Builder) -> None:
        parcels = self._chosen_or_warn()
        if not parcels:
            return
        form = build(self, self.context, self._parcels_text(parcels), parcels)
        self._start(form.dialog, [p.tracking_number for p in parcels], form.kind, form.describe)

    def deliver_to_recipient(self) -> None:
        self._outcome(recipient_form)

    def leave_with_neighbour(self) -> None:
        self._outcome(neighbour_form)

    def leave_in_safe_place(self) -> None:
        self._outcome(safe_place_form)

    def not_delivered(self) -> None:
        self._outcome(failed_form)

    # -- moving on ----------------------------------------------------------------------

    def next_stop(self) -> None:
        following = self._next_open(self.stop_list.currentRow())
        if following is not None:
            self.stop_list.setCurrentRow(following)
        self.parcel_list.setFocus()

    def end_run(self) -> None:
        """Back at the shop: failed and undelivered parcels go back on the shelf or to returns."""
        open_parcels = sum(len(s.open_parcels) for s in self.stops)
        if open_parcels:
            answer = QMessageBox.question(
                self,
                self.tr("Back at the shop"),
                self.tr(
                    "%n parcel(s) have no outcome yet. Put them back on the shelf?",
                    "",
                    open_parcels,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.end_button.setEnabled(False)
        self.context.ops.write(lambda job: attempts.finish_run(job.store), owner=self,
                               done=self._run_ended, failed=self._end_failed)

    def _end_failed(self, error: BaseException) -> None:
        self.end_button.setEnabled(bool(self.stops))
        show_error(self, error)

    def _run_ended(self, ended: attempts.RunEnded) -> None:
        self.kept.clear()
        self.confirmed.clear()
        self.outcome_text.clear()
        self.refresh(then=lambda: self.say(
            self.tr("Run finished: {0} back on the shelf, {1} to return to the carrier.").format(
                ended.back_on_shelf, ended.to_return
            ),
            INFO,
        ))
