"""The main window: page navigation on the left, the current page, the status bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp import settings

from shopapp.ui.connectivity import ConnectivityMonitor
from shopapp.ui.context import AppContext
from shopapp.ui.pages.today import TodayPage
from shopapp.ui.scanner import install_scanner
from shopapp.ui.status_bar import ShopStatusBar


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[AppContext], QWidget]


def _today(context: AppContext) -> QWidget:
    return TodayPage(context)


def _parcels(context: AppContext) -> QWidget:
    from shopapp.ui.pages.parcels import ParcelsPage

    return ParcelsPage(context)


def _scan(context: AppContext) -> QWidget:
    from shopapp.ui.pages.scan import ScanPage

    return ScanPage(context)


def _plan(context: AppContext) -> QWidget:
    from shopapp.ui.pages.plan import PlanPage

    return PlanPage(context)


def _deliver(context: AppContext) -> QWidget:
    from shopapp.ui.pages.deliver import DeliverPage

    return DeliverPage(context)


def _pickup(context: AppContext) -> QWidget:
    from shopapp.ui.pages.pickup import PickupPage

    return PickupPage(context)


def _sync(context: AppContext) -> QWidget:
    from shopapp.ui.pages.sync import SyncPage

    return SyncPage(context)


def _reports(context: AppContext) -> QWidget:
    from shopapp.ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _settings(context: AppContext) -> QWidget:
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
    ) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("{0} · Partner shop").format(shop_name))
        self.specs = page_specs()
        # Pages are built the first time they show: start-up pays only for Today (the
        # Scan page's sounds alone cost a second of QtMultimedia start-up).
        self.pages: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(230)
        # Big targets: read at arm's length, hit with a finger on a tablet.
        self.nav.setStyleSheet(
            "QListWidget { font-size: 17pt; } QListWidget::item { padding: 10px 6px; }"
            "QListWidget::item:selected { background: #1f5fa8; color: white; }"
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
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self._on_row_changed)

        body = QWidget()
        layout = QHBoxLayout(body)
        left = QVBoxLayout()
        banner = QLabel(self.tr("DEMO SHOP: nothing here is real") if context.demo else "")
        banner.setVisible(context.demo)
        left.addWidget(self.nav)
        layout.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(banner)
        right.addWidget(self.stack)
        layout.addLayout(right, 1)
        self.setCentralWidget(body)
        self.status = ShopStatusBar(context)
        self.setStatusBar(self.status)
        self.nav.setCurrentRow(0)
        self.resize(1200, 760)
        # A scan is a scan on every page: the filter sees every key of the application.
        with context.store.read() as session:
            values = settings.get_all(session)
        self.scanner = install_scanner(self, values, self.on_scanned, clock=scanner_clock)
        if self.scanner.problem:
            self.status.showMessage(self.scanner.problem)
        # Online/offline in the status bar; coming online with events waiting syncs them.
        self.connectivity = ConnectivityMonitor(
            context,
            self,
            start_sync=lambda: self.page("sync").start_sync(automatic=True),  # type: ignore[attr-defined]
        )
        self.connectivity.online.connect(self.status.set_online)
        self.connectivity.start(first_in_ms=2_000)

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        page = self.pages.get(key)
        if page is None:
            spec = next(spec for spec in self.specs if spec.key == key)
            page = spec.build(self.context)
            page.setObjectName(f"page_{key}")
            if isinstance(page, TodayPage):
                page.open_list.connect(self.show_parcels)
                page.open_page.connect(self.show_page)
            finished = getattr(page, "sync_finished", None)
            if finished is not None:  # the counts in the status bar change with a sync
                finished.connect(lambda _report: self.status.refresh())
            slot_layout = self._slots[key].layout()
            assert slot_layout is not None  # made with the slot in __init__
            slot_layout.addWidget(page)
            self.pages[key] = page
        return page

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.page(self.specs[row].key)
        self.stack.setCurrentIndex(row)

    def on_scanned(self, code: str) -> None:
        """Send a scan to the page on screen; pages that take no scans mean a check-in."""
        page = self.page(self.current_key())
        handler = getattr(page, "handle_scan", None)
        if handler is None:
            page = self.show_page("scan")
            handler = page.handle_scan  # type: ignore[attr-defined]
        handler(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scanner.uninstall()
        self.connectivity.stop()
        for page in self.pages.values():  # stop background work (a running planner)
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()
        super().closeEvent(event)

    def show_page(self, key: str) -> QWidget:
        index = [spec.key for spec in self.specs].index(key)
        self.nav.setCurrentRow(index)
        page = self.page(key)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return page

    def show_parcels(self, status: str) -> None:
        """Open the Parcels list filtered to one status (the Today tiles click through)."""
        page = self.show_page("parcels")
        page.show_status(status or None)  # type: ignore[attr-defined]

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key
