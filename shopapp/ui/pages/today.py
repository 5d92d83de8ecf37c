"""Today page (home): the day's figures as big tiles that open the matching list, and warnings.

Read through the operation runner; refreshed from change notices (parcels, outbox, plan,
settings, pairing), never by polling; and once at midnight, when "today" itself changes
(nothing announces that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from shopapp.changes import Changes
from shopapp.clock import ms_to_next_day
from shopapp.reports.day import DayFigures, TodayView, today_view

from shopapp.ui.appearance import status_colours
from shopapp.ui.context import AppContext
from shopapp.ui.messages import text
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.widgets.first_steps import FirstSteps
from shopapp.ui.widgets.scroll import scrolling

TILE_STYLE = (
    "QPushButton {{ background: {bg}; border: 2px solid {border}; border-radius: 10px; }}"
    "QPushButton:focus {{ border: 4px solid palette(highlight); }}"
    "QLabel {{ color: {fg}; background: transparent; }}"
)


def _tile_colours(urgent: bool) -> dict[str, str]:
    """The tile's fill, text and border for the theme in use (light or dark)."""
    colours = status_colours()
    swatch = colours.attention if urgent else colours.calm
    border = colours.warn.background if urgent else "palette(mid)"
    return {"bg": swatch.background, "fg": swatch.foreground, "border": border}


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
        number = QLocale().toString(value)
        self.number.setText(number)
        self.title.setText(title)
        self.setAccessibleName(f"{title}: {number}")

    def text(self) -> str:  # the figure as one line, for tests
        return f"{self.number.text()}\n{self.title.text()}"


URGENT = ("expected", "failed_today", "returns_pending")  # a figure above 0 asks for a look


class TodayPage(PageWidget):
    """`open_list(status)` asks the window to show the Parcels list for that status."""

    open_list = Signal(str)
    open_page = Signal(str)
    # What the tiles, the warnings and the checklist are made of.
    SHOWS = Changes.PARCELS | Changes.OUTBOX | Changes.PLAN | Changes.SETTINGS | Changes.PAIRING

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
            tile.setMinimumHeight(96)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.clicked.connect(lambda _=False, k=key, s=status: self._open(k, s))
            self.tiles[key] = tile
            self.grid.addWidget(tile, n // 5, n % 5)  # two rows: less to scroll at 720 px
        self.warnings_title = QLabel("<h2>" + self.tr("Needs a person") + "</h2>")
        self.warnings = QVBoxLayout()
        self.warning_buttons: list[QPushButton] = []
        self.first_steps = FirstSteps()
        self.first_steps.open_page.connect(self.open_page)
        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.first_steps)
        layout.addLayout(self.grid)
        layout.addWidget(self.warnings_title)
        layout.addLayout(self.warnings)
        layout.addStretch(1)
        # Tiles, first steps and warnings can be taller than a 720-pixel screen: they scroll.
        self.scroll_area = scrolling(layout, self, "todayScroll")
        self.figures: DayFigures | None = None
        self._asked = 0  # the latest read asked for; older answers are dropped
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._new_day)
        self._wait_for_midnight()
        self.refresh()

    def _wait_for_midnight(self) -> None:
        self._midnight.start(ms_to_next_day())

    def _new_day(self) -> None:
        if self.context.ops.closed:
            return
        self._wait_for_midnight()
        self.refresh()

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

    def _title(self, key: str, n: int) -> str:
        """The tile's name under its number, in the plural form for `n` (%n plural
        entries: the number itself is the big figure above)."""
        titles = {
            "expected": lambda: self.tr("Expected, not scanned", "", n),
            "received_today": lambda: self.tr("Scanned in today", "", n),
            "on_shelf": lambda: self.tr("On the shelf", "", n),
            "out_for_delivery": lambda: self.tr("Out for delivery", "", n),
            "delivered_today": lambda: self.tr("Delivered today", "", n),
            "failed_today": lambda: self.tr("Failed today", "", n),
            "held_for_pickup": lambda: self.tr("Waiting for pickup", "", n),
            "returns_pending": lambda: self.tr("Returns to carrier", "", n),
            "pending_events": lambda: self.tr("Waiting to sync", "", n),
        }
        return titles[key]()

    def _style_tiles(self) -> None:
        """Each tile in the theme's calm or attention colours (again on a theme switch)."""
        for tile in self.tiles.values():
            tile.setStyleSheet(TILE_STYLE.format(**_tile_colours(bool(tile.property("urgent")))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "tiles"):
            self._style_tiles()  # light <-> dark; the warnings follow with the next read

    def _open(self, key: str, status: str) -> None:
        if key == "pending_events":
            self.open_page.emit("sync")
        else:
            self.open_list.emit(status)

    def apply_changes(self, changes: Changes) -> None:
        if self.context.ops.closed:  # the window is closing: a late notice
            return
        if changes & self.SHOWS:
            self.refresh()

    def refresh(self) -> None:
        """Read the day's figures again; they show when the read is done."""
        self._asked += 1
        asked = self._asked
        self.context.ops.read(
            lambda job: today_view(job.store),
            owner=self,
            done=lambda view: self._show(asked, view),
        )

    def _show(self, asked: int, view: TodayView) -> None:
        if asked != self._asked:
            return  # a newer read is on its way
        figures = view.figures
        self.first_steps.show_steps(view.steps)
        self.figures = figures
        for key, tile in self.tiles.items():
            value = getattr(figures, key)
            tile.show_figure(value, self._title(key, value))
            tile.setProperty("urgent", key in URGENT and value > 0)
        self._style_tiles()
        for button in self.warning_buttons:
            button.deleteLater()
        self.warning_buttons = []
        for warning in figures.warnings:
            button = QPushButton(text(warning.message))
            attention = _tile_colours(True)
            button.setStyleSheet(
                "QPushButton {{ text-align: left; font-size: 13pt; padding: 8px;"
                " background: {bg}; color: {fg}; border: 2px solid {border};"
                " border-radius: 6px; }}"
                "QPushButton:focus {{ border: 4px solid palette(highlight); }}".format(**attention)
            )
            target = warning.status
            if target:
                button.clicked.connect(lambda _=False, s=target: self.open_list.emit(s))
            else:
                button.clicked.connect(lambda _=False: self.open_page.emit("sync"))
            self.warnings.addWidget(button)
            self.warning_buttons.append(button)
        self.warnings_title.setVisible(bool(figures.warnings))
