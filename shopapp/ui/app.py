"""Start-up of the desktop app: logging, crash handler, database checks, setup, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from shopapp import PROCESS_STARTED, __version__
from shopapp.errors import IntegrityCheckFailed, ShopAppError
from shopapp.logs import setup_logging
from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, load_profile, save_shop
from shopapp.store import Store, backup, open_store
from shopapp.store.migrate import current_revision
from shopapp.store.queries import shop_counts

from shopapp.ui.appearance import apply_focus_colour, apply_text_scale
from shopapp.ui.context import AppContext
from shopapp.ui.errors import CrashHandler
from shopapp.ui.i18n import install_translators
from shopapp.ui.main_window import MainWindow
from shopapp.ui.messages import error_text
from shopapp.ui.setup_dialog import SetupDialog

if TYPE_CHECKING:
    from shopapp.demo.session import DemoSession

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("shopapp")
    app.setApplicationVersion(__version__)
    apply_text_scale(app, 1.0)  # until the store tells the shop's own text size
    apply_focus_colour(app)
    return app


def run_app(
    paths: DataPaths, *, self_test: bool = False, demo: bool = False, no_err_windows: bool = False
) -> int:
    if self_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths.create()
    log_path = setup_logging(paths.logs)
    app = _application()
    CrashHandler(log_path, dialogs=not (self_test or no_err_windows)).install()
    try:
        # Today's backup is taken on the operation runner once the window is up.
        store = open_store(paths, daily_backup="skip")
    except IntegrityCheckFailed as error:
        if self_test:
            print(f"self-test FAILED: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(
                None, app.translate("app", "Database damaged"), error_text(error)
            )
        return 3
    demo_session = None
    if demo:
        from shopapp.demo.session import start_demo

        try:
            demo_session = start_demo(paths, store)
        except ShopAppError as error:
            print(f"shopapp: {error}", file=sys.stderr)
            return 2
    try:
        return _run_window(app, paths, store, self_test=self_test, demo_session=demo_session)
    finally:
        if demo_session is not None:
            demo_session.stop()


def _run_window(
    app: QApplication,
    paths: DataPaths,
    store: Store,
    *,
    self_test: bool,
    demo_session: DemoSession | None,
) -> int:
    # Before the window exists, on this thread: the window is made from these values.
    context = AppContext(paths, store, demo=demo_session is not None)
    install_translators(app, str(context.setting("language")))
    apply_text_scale(app, float(context.setting("text_scale")))
    profile = load_profile(store)
    if profile is None:
        if self_test:
            setup = ShopSetup()
        else:
            dialog = SetupDialog(road_map=_road_map(paths))
            if not dialog.exec() or dialog.result_setup is None:
                return 1
            setup = dialog.result_setup
        profile = save_shop(store, setup).profile
    window = MainWindow(context, profile.name)
    window.show()
    if not self_test:
        # A read of the database (a copy of it), on the runner's pool: the window does not
        # wait, and a failed backup must not take the app down (the log says why).
        context.ops.read(
            lambda job: backup.daily_backup(job.paths),
            failed=lambda _error: log.error("daily backup failed"),
        )
    if self_test:
        app.processEvents()
        opened_s = time.perf_counter() - PROCESS_STARTED
        for spec in window.specs:  # every page must build (they are built lazily otherwise)
            window.page(spec.key)
        context.ops.wait_idle()  # the pages' first reads
        verdict = store.quick_check()
        counts = shop_counts(store)
        parcels, pending = counts.parcels, counts.pending_events
        revision = current_revision(store)
        window.close()
        store.close()
        ok = verdict == "ok" and len(window.pages) == len(window.specs)
        demo_note = (
            f", demo server {demo_session.server_url} with {demo_session.new_parcels} new "
            f"parcels (batch file {demo_session.scans_file})"
            if demo_session
            else ""
        )
        print(
            f"self-test {'ok' if ok else 'FAILED'}: shopapp {__version__}, database "
            f"{paths.database} schema {revision} integrity {verdict}, {parcels} parcels, "
            f"{pending} events pending, window with {len(window.specs)} pages usable "
            f"{opened_s:.2f} s after start{demo_note}"
        )
        return 0 if ok else 1
    # Start-up's objects live as long as the app: moved out of the collector's reach, a
    # collection during a scan walks far less (benchmarks/scan.py --gc-freeze).
    gc.freeze()
    return app.exec()


def _road_map(paths: DataPaths) -> object:
    """The data dir's road map, for placing the shop by a click (None: none loaded)."""
    try:
        from shopapp.roads import RoadMap

        return RoadMap.open(paths.roads)
    except Exception:  # no engine, unreadable map: the setup asks for numbers
        log.warning("road map not usable for the setup", exc_info=True)
        return None
