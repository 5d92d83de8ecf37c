"""The main window: the menu bar, page navigation on the left, the current page, the
status bar. Its size, place and splitters are remembered per data folder (window_state)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp import settings
from shopapp.changes import Changes
from shopapp.reports.csv_export import export_range_csv
from shopapp.reports.localdays import today
from shopapp.shop import load_profile
from shopapp.store.models import ShopProfile

from shopapp.ui import window_state
from shopapp.ui.about import AboutDialog
from shopapp.ui.appearance import apply_text_scale, status_colours
from shopapp.ui.connectivity import ConnectivityMonitor
from shopapp.ui.context import AppContext
from shopapp.ui.i18n import install_translators
from shopapp.ui.menus import Menus, ask_export_range, build_menus, show_page_actions
from shopapp.ui.messages import error_text
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.pages.today import TodayPage
from shopapp.ui.scanner import install_scanner
from shopapp.ui.shortcuts_dialog import ShortcutRow, ShortcutsDialog, shortcut_rows
from shopapp.ui.status_bar import ShopStatusBar
from shopapp.ui.sync_service import SyncService
from shopapp.ui.widgets.banner import BAD, show_banner


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[AppContext], PageWidget]


def _today(context: AppContext) -> PageWidget:
    return TodayPage(context)


def _parcels(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.parcels import ParcelsPage

    return ParcelsPage(context)


def _scan(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.scan import ScanPage

    return ScanPage(context)


def _plan(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.plan import PlanPage

    return PlanPage(context)


def _deliver(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.deliver import DeliverPage

    return DeliverPage(context)


def _pickup(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.pickup import PickupPage

    return PickupPage(context)


def _sync(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.sync import SyncPage

    return SyncPage(context)


def _reports(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _settings(context: AppContext) -> PageWidget:
    from shopapp.ui.pages.settings import SettingsPage

    return SettingsPage(context)


def page_specs() -> list[PageSpec]:
    # Literal QCoreApplication.translate calls: lupdate misreads an alias (tr = ...).
    return [
        PageSpec("today", QCoreApplication.translate("MainWindow", "Today"), _today),
        PageSpec("scan", QCoreApplication.translate("MainWindow", "Scan in"), _scan),
        PageSpec("parcels", QCoreApplication.translate("MainWindow", "Parcels"), _parcels),
        PageSpec("plan", QCoreApplication.translate("MainWindow", "Plan"), _plan),
        PageSpec("deliver", QCoreApplication.translate("MainWindow", "Deliver"), _deliver),
        PageSpec("pickup", QCoreApplication.translate("MainWindow", "Pickup"), _pickup),
        PageSpec("sync", QCoreApplication.translate("MainWindow", "Sync"), _sync),
        # Same context and text as the Reports page's heading: one translation for both.
        PageSpec("reports", QCoreApplication.translate("ReportsPage", "Reports"), _reports),
        PageSpec("settings", QCoreApplication.translate("MainWindow", "Settings"), _settings),
    ]


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        shop_name: str,
        *,
        scanner_clock: Callable[[], float] = time.monotonic,
        window_settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        # Seams for tests: what opens a folder, and what asks for the export's days and file.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.ask_export: Callable[[], tuple[date, date, Path] | None] = lambda: ask_export_range(
            self, today()
        )
        self.window_settings = window_settings or window_state.settings_for(context.paths.root)
        self._shop_name = shop_name
        self.setWindowTitle(self.tr("{0} · Partner shop").format(shop_name))
        self.specs = page_specs()
        # Pages are built the first time they show: start-up pays only for Today (the
        # Scan page's sounds alone cost a second of QtMultimedia start-up).
        self.pages: dict[str, PageWidget] = {}
        self._held: dict[str, Changes] = {}  # changes a page out of sight has not seen yet
        # Pages shown on screen: only their splitters were laid out for real (a page only
        # built, as --self-test does, has sizes of nothing worth keeping).
        self._shown: set[str] = set()
        self._slots: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(230)
        # Big targets: read at arm's length, hit with a finger on a tablet. The selected
        # page in the theme's own blue (checked for contrast with its text).
        selected = status_colours().info
        self.nav.setStyleSheet(
            "QListWidget { font-size: 17pt; } QListWidget::item { padding: 10px 6px; }"
            f"QListWidget::item:selected {{ background: {selected.background};"
            f" color: {selected.foreground}; }}"
        )
        self.stack = QStackedWidget()
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(f"{number}  {spec.title}")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("Ctrl+{0}").format(number))
            self.nav.addItem(item)
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self.menus = self._build_menus()

        body = QWidget()
        layout = QHBoxLayout(body)
        left = QVBoxLayout()
        banner = QLabel(self.tr("DEMO SHOP: nothing here is real") if context.demo else "")
        banner.setVisible(context.demo)
        left.addWidget(self.nav)
        layout.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(banner)
        # The one error display: every failure no page handled itself (operations.py).
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setVisible(False)
        self.error_banner.setAccessibleName(self.tr("Problem"))
        right.addWidget(self.error_banner)
        # A page that cannot shrink to the window scrolls instead of pushing the window
        # past the screen's edge (the window's size is the screen's, not the page's).
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidget(self.stack)
        right.addWidget(self.page_area)
        layout.addLayout(right, 1)
        self.setCentralWidget(body)
        if context.sync is None:
            context.sync = SyncService(context, self)
        self.status = ShopStatusBar(context)
        self.setStatusBar(self.status)
        self.nav.setCurrentRow(0)
        window_state.restore_window(self, self.window_settings)
        self._fitted = False
        # Saved only when the shopkeeper moved or resized it: a --self-test run (offscreen,
        # an 800x800 screen) must not leave its size for the next real start.
        self._opened_geometry = self.saveGeometry()
        self._restored_size = self.size()
        context.ops.changed.connect(self.on_changes)
        context.ops.failed.connect(self.show_failure)
        self._error_timer = QTimer(self, singleShot=True, interval=20_000)
        self._error_timer.timeout.connect(lambda: self.error_banner.setVisible(False))
        # A scan is a scan on every page: the filter sees every key of the application.
        self.scanner = install_scanner(self, context.settings, self.on_scanned, clock=scanner_clock)
        if self.scanner.problem:
            self.status.showMessage(self.scanner.problem)
        self._language = str(context.settings.get("language", ""))
        # Online/offline in the status bar; coming online with events waiting syncs them.
        self.connectivity = ConnectivityMonitor(context, self, start_sync=self._sync_when_online)
        self.connectivity.online.connect(self.status.set_online)
        self.connectivity.start(first_in_ms=2_000)

    # -- menus ------------------------------------------------------------------------

    def _build_menus(self) -> Menus:
        return build_menus(
            self,
            [(spec.key, spec.title) for spec in self.specs],
            show_page=self.show_page,
            export_csv=self.export_parcels_csv,
            open_data_folder=self.open_data_folder,
            show_shortcuts=self.show_shortcuts,
            show_about=self.show_about,
        )

    def _show_page_menu(self, key: str) -> None:
        spec = next(spec for spec in self.specs if spec.key == key)
        show_page_actions(self.menus, spec.title, self.page(key).page_actions())

    def open_data_folder(self) -> None:
        """The data folder in the system's file manager (logs, backups, labels, proofs)."""
        url = QUrl.fromLocalFile(str(self.context.paths.root))
        if not self.open_url(url):
            self.status.showMessage(
                self.tr("The data folder could not be opened: {0}").format(self.context.paths.root)
            )

    def export_parcels_csv(self) -> None:
        """Ask for the days and the file, then write the CSV off the UI thread."""
        asked = self.ask_export()
        if asked is None:
            return
        first, last, path = asked
        self.context.ops.read(
            lambda job: export_range_csv(job.store, path, first, last),
            owner=self,
            done=self._exported,
        )

    def _exported(self, written: tuple[Path, int]) -> None:
        path, lines = written
        self.status.showMessage(
            self.tr("%n event(s) exported to {0}", "", lines).format(path), 20_000
        )

    def shortcut_rows(self) -> list[ShortcutRow]:
        """Every action with a key: the window's menus, then each page's (all pages are
        built for it: the table is made from the actions themselves)."""
        groups = self.menus.window_groups()
        for spec in self.specs:
            groups.append((spec.title, self.page(spec.key).page_actions()))
        return shortcut_rows(groups)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _sync_when_online(self) -> None:
        if self.context.sync is not None:
            self.context.sync.start(automatic=True)

    def page(self, key: str) -> PageWidget:
        """The page for `key`, built on first use."""
        page = self.pages.get(key)
        if page is None:
            spec = next(spec for spec in self.specs if spec.key == key)
            page = spec.build(self.context)
            page.setObjectName(f"page_{key}")
            if isinstance(page, TodayPage):
                page.open_list.connect(self.show_parcels)
                page.open_page.connect(self.show_page)
            slot_layout = self._slots[key].layout()
            assert slot_layout is not None  # made with the slot in __init__
            slot_layout.addWidget(page)
            self.pages[key] = page
            window_state.restore_splitters(key, page, self.window_settings)
        return page

    # -- change notices and the one error display -----------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Pass what an operation changed to the status bar and every page built so far."""
        if self.context.ops.closed:  # the window is closing: a late notice, nothing to show
            return
        if Changes.SETTINGS in changes:
            # The settings first, so every page below refreshes from the saved values.
            self.context.ops.read(
                lambda job: (settings.load_all(job.store), load_profile(job.store)),
                owner=self,
                done=lambda read: self._settings_saved(read[0], changes, read[1]),
            )
            return
        self._broadcast(changes)

    def _broadcast(self, changes: Changes) -> None:
        """The status bar and the page on screen refresh now; a page out of sight keeps
        the day's changes (parcels, plan, outbox), merged, until it is shown: a burst of
        scans costs one refresh per hidden page, not one per scan. Settings, pairing and
        the road map reach every page at once (rare, and some pages act on them)."""
        self.status.apply_changes(changes)
        on_screen = self.current_key()
        rare = bool(changes & (Changes.SETTINGS | Changes.PAIRING | Changes.ROAD_MAP))
        for key, page in list(self.pages.items()):
            if key == on_screen or rare:  # a saved setting reaches every page at once
                page.apply_changes(changes)
            else:
                self._held[key] = self._held.get(key, Changes.NONE) | changes

    def _deliver_held(self, key: str) -> None:
        held = self._held.pop(key, Changes.NONE)
        page = self.pages.get(key)
        if held and page is not None:
            page.apply_changes(held)

    def _settings_saved(
        self, values: dict[str, object], changes: Changes, profile: ShopProfile | None = None
    ) -> None:
        """A saved setting takes effect now: scanner, text size, language, the shop's name
        in the title, then the pages."""
        if profile is not None:
            self._shop_name = profile.name
            self.setWindowTitle(self.tr("{0} · Partner shop").format(profile.name))
        self.context.settings.clear()
        self.context.settings.update(values)
        self.scanner.apply(values, self.on_scanned)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, float(str(values.get("text_scale", 1.0))))
            language = str(values.get("language", ""))
            if language != self._language:
                self._language = language
                install_translators(app, language)
                self._rebuild_pages()
        self._broadcast(changes)

    def _rebuild_pages(self) -> None:
        """A new language: every text is made again, so the pages are built again."""
        current = self.current_key()
        self.specs = page_specs()
        for number, spec in enumerate(self.specs, start=1):
            item = self.nav.item(number - 1)
            if item is not None:
                item.setText(f"{number}  {spec.title}")
        for key, page in list(self.pages.items()):
            page.shutdown()
            page.setParent(None)
            page.deleteLater()
            del self.pages[key]
            self._held.pop(key, None)
        self.setWindowTitle(self.tr("{0} · Partner shop").format(self._shop_name))
        self.status.retranslate()
        self.menus = self._build_menus()
        self.page(current)
        self._show_page_menu(current)

    def show_failure(self, error: BaseException) -> None:
        """The one error display: a red line above the page, until dismissed or replaced."""
        show_banner(self.error_banner, error_text(error), BAD)
        self.error_banner.setVisible(True)
        self._error_timer.start()

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        self.page(key)
        # The stack takes the size of the page on screen, not of the largest page built.
        for index, spec in enumerate(self.specs):
            policy = QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored
            self._slots[spec.key].setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(row)
        self._show_page_menu(key)
        self._shown.add(key)
        self._deliver_held(key)

    def on_scanned(self, code: str) -> None:
        """Send a scan to the page on screen; pages that take no scans mean a check-in."""
        page = self.page(self.current_key())
        if not page.takes_scans:
            page = self.show_page("scan")
        page.handle_scan(code)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._fitted:
            # The frame's real size is known once shown: fit again with it.
            self._fitted = True
            QTimer.singleShot(0, self, self._fit_after_show)

    def _fit_after_show(self) -> None:
        # A size the caller set between __init__ and show (a test's screenshot size) stays.
        if self.size() == self._restored_size:
            window_state.fit_on_screen(self)
        self._opened_geometry = self.saveGeometry()

    def save_window_state(self) -> None:
        """Size, place and each built page's splitters, for the next start."""
        if self.saveGeometry() != self._opened_geometry:
            window_state.save_window(self, self.window_settings)
        for key, page in self.pages.items():
            if key in self._shown:
                window_state.save_splitters(key, page, self.window_settings)
        self.window_settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self.scanner.uninstall()
        self.connectivity.stop()
        for page in self.pages.values():  # stop background work (a running planner)
            page.shutdown()
        if self.context.sync is not None:
            self.context.sync.shutdown()
        # Every write the shopkeeper asked for reaches the disk before the window goes.
        self.context.ops.shutdown()
        super().closeEvent(event)

    def show_page(self, key: str) -> PageWidget:
        index = [spec.key for spec in self.specs].index(key)
        self.nav.setCurrentRow(index)
        page = self.page(key)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return page

    def show_parcels(self, status: str) -> None:
        """Open the Parcels list filtered to one status (the Today tiles click through)."""
        from shopapp.ui.pages.parcels import ParcelsPage

        page = self.show_page("parcels")
        assert isinstance(page, ParcelsPage)
        page.show_status(status or None)

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key
