"""Today page (home): the day's figures as big tiles that open the matching list, and warnings."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from shopapp.reports.day import DayFigures, Warning, day_figures
from shopapp.reports.first_steps import first_steps

from shopapp.ui.context import AppContext
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.widgets.first_steps import FirstSteps

TILE_STYLE = (
    "QPushButton {{ background: {bg}; border: 2px solid {border}; border-radius: 10px; }}"
    "QPushButton:focus {{ border: 4px solid #101010; }}"
    "QLabel {{ color: {fg}; background: transparent; }}"
)


class FigureTile(QPushButton):
    """A big number over its name; the whole tile is one button (Tab, Space, click)."""

    def __init__(self) -> None:
        super().__init__()
        self.number = QLabel("0")
        self.number.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        for label in (self.number, self.title):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_figure(self, value: int, title: str) -> None:
        self.number.setText(QLocale().toString(value))
        self.title.setText(title)
        self.setAccessibleName(f"{title}: {value}")

    def text(self) -> str:  # the figure as one line, for tests
        return f"{self.number.text()}\n{self.title.text()}"


CALM = {"bg": "#eef3f8", "fg": "#102030", "border": "#b8c8d8"}
ATTENTION = {"bg": "#fff4d6", "fg": "#3d2a00", "border": "#d9a400"}


class TodayPage(PageWidget):
    """`open_list(status)` asks the window to show the Parcels list for that status."""

    open_list = Signal(str)
    open_page = Signal(str)
    REFRESH_MS = 10_000

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.heading = QLabel("<h1>" + self.tr("Today") + "</h1>")
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.tiles: dict[str, FigureTile] = {}
        for n, (key, status) in enumerate(self._tile_specs()):
            tile = FigureTile()
            tile.setObjectName(f"tile_{key}")
            tile.setMinimumHeight(110)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.clicked.connect(lambda _=False, k=key, s=status: self._open(k, s))
            self.tiles[key] = tile
            self.grid.addWidget(tile, n // 4, n % 4)
        self.warnings_title = QLabel("<h2>" + self.tr("Needs a person") + "</h2>")
        self.warnings = QVBoxLayout()
        self.warning_buttons: list[QPushButton] = []
        self.first_steps = FirstSteps()
        self.first_steps.open_page.connect(self.open_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.first_steps)
        layout.addLayout(self.grid)
        layout.addWidget(self.warnings_title)
        layout.addLayout(self.warnings)
        layout.addStretch(1)
        self._timer = QTimer(self, interval=self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.figures: DayFigures | None = None

    @staticmethod
    def _tile_specs() -> list[tuple[str, str]]:
        # (figure key, status of the Parcels list it opens; "" for a page of its own)
        return [
            ("expected", "expected"),
            ("received_today", "received"),
            ("on_shelf", "received"),
            ("out_for_delivery", "out_for_delivery"),
            ("delivered_today", "delivered"),
            ("failed_today", "attempt_failed"),
            ("held_for_pickup", "held_for_pickup"),
            ("returns_pending", "return_pending"),
            ("pending_events", ""),
        ]

    def _titles(self) -> dict[str, str]:
        return {
            "expected": self.tr("Expected, not scanned"),
            "received_today": self.tr("Scanned in today"),
            "on_shelf": self.tr("On the shelf"),
            "out_for_delivery": self.tr("Out for delivery"),
            "delivered_today": self.tr("Delivered today"),
            "failed_today": self.tr("Failed today"),
            "held_for_pickup": self.tr("Waiting for pickup"),
            "returns_pending": self.tr("Returns to carrier"),
            "pending_events": self.tr("Waiting to sync"),
        }

    def _warning_text(self, warning: Warning) -> str:
        texts = {
            "not_scanned": self.tr("⚠ {0} parcels on the manifest are not scanned in yet"),
            "rejected_events": self.tr("⚠ {0} events were rejected by the carrier: see Sync"),
            "past_deadline": self.tr("⚠ {0} parcels are past their deadline"),
            "pickup_overdue": self.tr("⚠ {0} parcels have waited too long for pickup"),
        }
        return texts.get(warning.code, warning.code).format(warning.count)

    def _open(self, key: str, status: str) -> None:
        if key == "pending_events":
            self.open_page.emit("sync")
        else:
            self.open_list.emit(status)

    def refresh(self) -> None:
        with self.context.store.read() as session:
            figures = day_figures(session)
            steps = first_steps(session)
        self.first_steps.show_steps(steps)
        self.figures = figures
        titles = self._titles()
        for key, tile in self.tiles.items():
            value = getattr(figures, key)
            tile.show_figure(value, titles[key])
            urgent = key in ("expected", "failed_today", "returns_pending") and value > 0
            tile.setStyleSheet(TILE_STYLE.format(**(ATTENTION if urgent else CALM)))
        for button in self.warning_buttons:
            button.deleteLater()
        self.warning_buttons = []
        for warning in figures.warnings:
            button = QPushButton(self._warning_text(warning))
            button.setStyleSheet(
                "QPushButton { text-align: left; font-size: 13pt; padding: 8px;"
                " background: #fff4d6; border: 2px solid #d9a400; border-radius: 6px; }"
                "QPushButton:focus { border: 4px solid #101010; }"
            )
            target = warning.status
            if target:
                button.clicked.connect(lambda _=False, s=target: self.open_list.emit(s))
            else:
                button.clicked.connect(lambda _=False: self.open_page.emit("sync"))
            self.warnings.addWidget(button)
            self.warning_buttons.append(button)
        self.warnings_title.setVisible(bool(figures.warnings))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt override
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt override
        super().hideEvent(event)
        self._timer.stop()
