"""Settings' road map panel: the map in use (source, date, area, licence) and "Load road map…".

The import runs on the app's operation runner (a file job on the pool: minutes long, and
no store rows, so it never holds the writer) with its progress and a Cancel button; a failed or
cancelled import leaves the previous map in use (the core's import is atomic) and says
why. Map data © OpenStreetMap contributors, ODbL: the panel names both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from shopapp.changes import Changes
from shopapp.errors import ShopAppError
from shopapp.messages import Message
from shopapp.shop import load_profile

from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text, text
from shopapp.ui.operations import Cancelled, Job, Task

log = logging.getLogger(__name__)


class RoadMapPanel(QGroupBox):
    """The road map in use and its import.

    Signals:
        map_loaded(object): the new MapInfo, once the app plans on it.
    """

    map_loaded = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__(self.tr("Road map (for real distances, road times and directions)"))
        self.context = context
        self.choose_file: Callable[[], Path | None] = self._choose_file
        self.info_label = QLabel()
        self.info_label.setObjectName("roadMapInfo")
        self.info_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.load_button = QPushButton(self.tr("Load road map…"))
        self.load_button.setObjectName("loadRoadMap")
        self.load_button.clicked.connect(self.load_map)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(row)
        self._task: Task[Any] | None = None
        self.refresh()

    def refresh(self) -> None:
        """Say which map is in use, or that distances are estimates without one."""
        info = self.map_info()
        if info is None:
            self.info_label.setText(self.tr(
                "No road map is loaded: plans use estimated distances (crow-fly × road "
                "factor) and times. Load an OpenStreetMap extract (.osm.pbf) of your area; "
                "the carrier may also send one with the sync."))
            return
        south, west, north, east = info.bbox
        moment = info.extract_date
        date = moment.date().isoformat() if moment is not None else self.tr("unknown date")
        self.info_label.setText(self.tr(
            "In use: {0} (data of {1}), area {2:.3f}, {3:.3f} to {4:.3f}, {5:.3f}. "
            "Map data {6}, licence {7}.").format(
            info.source_name, date, south, west, north, east, info.attribution, info.licence))

    def map_info(self) -> Any:
        try:
            from shopapp.roads import RoadMap

            roads = RoadMap.open(self.context.paths.roads)
        except (ShopAppError, ImportError) as error:
            log.warning("road map not readable: %s", error)
            return None
        return None if roads is None else roads.info

    def is_busy(self) -> bool:
        return self._task is not None

    def _choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load road map"), str(Path.home()),
            self.tr("OpenStreetMap extracts (*.osm.pbf *.pbf);;All files (*)"))
        return Path(name) if name else None

    def load_map(self) -> None:
        """Ask for an extract and import it off the UI thread."""
        if self.is_busy():
            return
        pbf = self.choose_file()
        if pbf is None:
            return
        root = self.context.paths.roads

        def work(job: Job) -> Any:
            from shopapp.roads import import_map

            profile = load_profile(job.store)
            shop = (profile.lat, profile.lon) if profile is not None else None
            return import_map(root, pbf, must_cover=shop, cancel=job.cancelled,
                              progress=job.progress)

        self.load_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setValue(0)
        self.progress.show()
        self.info_label.setText(self.tr("Loading {0}…").format(pbf.name))
        self._task = self.context.ops.read(
            work, owner=self, done=self._on_done, failed=self._on_failed,
            progress=self._on_progress, changes=Changes.ROAD_MAP)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_progress(self, fraction: float, what: Message) -> None:
        self.progress.setValue(round(100 * fraction))
        self.progress.setFormat(text(what) + "  %p%")

    def _on_done(self, info: Any) -> None:
        self._finished()
        self.refresh()
        self.map_loaded.emit(info)

    def _on_failed(self, error: BaseException) -> None:
        self._finished()
        self.refresh()
        why = text(Message("roads.cancelled")) if isinstance(error, Cancelled) \
            else error_text(error)
        self.info_label.setText(self.tr("The road map was not loaded: {0}").format(why)
                                + "\n" + self.info_label.text())

    def _finished(self) -> None:
        self._task = None
        self.load_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def shutdown(self) -> None:
        """Stop an import that is running (the app is closing); the old map stays (the
        import is atomic, and a cancelled one cleans up its half-built folder)."""
        self.cancel()
