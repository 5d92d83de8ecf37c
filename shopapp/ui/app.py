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
from shopapp.errors import IntegrityCheckFailed, ShopAppError, StoreError
from shopapp.instance import APP, InstanceLock, ShopInUse, server_name
from shopapp.logs import setup_logging
from shopapp.paths import DataPaths

from shopapp.ui.appearance import apply_focus_colour, apply_text_scale
from shopapp.ui.errors import CrashHandler
from shopapp.ui.messages import error_text
from shopapp.ui.single_instance import FrontDoor, second_start

if TYPE_CHECKING:
    from shopapp.demo.session import DemoSession
    from shopapp.store import Store

log = logging.getLogger(__name__)

# second_start: cli.main's for a shop that is open already (this module stays light).
__all__ = ["run_app", "second_start"]


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
    paths: DataPaths,
    *,
    self_test: bool = False,
    demo: bool = False,
    no_err_windows: bool = False,
    lock: InstanceLock | None = None,
) -> int:
    """Open the app on `paths`; `lock`: the data dir's app lock, taken already (cli.main
    takes it before importing the window, so a second start stays light)."""
    if self_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # One app per data dir (shopapp.instance says why the lock is the core's, not a
    # QLockFile): taken before the database is touched, held until the app ends.
    if lock is None:
        lock = InstanceLock(paths.root, APP)
        try:
            lock.acquire()
        except ShopInUse as in_use:
            return second_start(paths, in_use, self_test=self_test, no_err_windows=no_err_windows)
    # Only the lock's holder writes the rotating shopapp.log; on a read-only or full disk
    # it logs to stderr.
    log_path = setup_logging(paths.logs)
    app = _application()
    dialogs = not (self_test or no_err_windows)
    CrashHandler(log_path, dialogs=dialogs).install()
    front_door = FrontDoor(server_name(paths.root))
    try:
        return _run_locked(app, paths, self_test=self_test, demo=demo, dialogs=dialogs)
    finally:
        front_door.close()
        lock.release()


def _run_locked(
    app: QApplication, paths: DataPaths, *, self_test: bool, demo: bool, dialogs: bool
) -> int:
    # The store (SQLAlchemy) is imported here: a second start, which imports this module
    # too, needs none of it (nor the window's modules, see _run_window).
    from shopapp.store import open_store
    from shopapp.store.startup import diagnose

    try:
        # Today's backup is taken on the operation runner once the window is up.
        store = open_store(paths, daily_backup="skip")
    except StoreError as error:  # full, read-only, locked, or really damaged: each its own
        return _startup_failed(app, error, self_test=self_test, dialogs=dialogs)
    demo_session = None
    try:
        if demo:
            from shopapp.demo.session import start_demo

            try:
                demo_session = start_demo(paths, store)
            except StoreError:
                raise
            except ShopAppError as error:
                print(f"shopapp: {error}", file=sys.stderr)
                return 2
        return _run_window(app, paths, store, self_test=self_test, demo_session=demo_session)
    except StoreError as error:  # the first writes (profile, settings) before the window
        store.close()
        return _startup_failed(app, diagnose(paths, error), self_test=self_test, dialogs=dialogs)
    finally:
        if demo_session is not None:
            demo_session.stop()


def _startup_failed(app: QApplication, error: StoreError, *, self_test: bool, dialogs: bool) -> int:
    """Say what stopped the start and what to do; exit 3 for damage, 4 for the rest."""
    if self_test:
        print(f"self-test FAILED: {error}", file=sys.stderr)
    elif dialogs:
        QMessageBox.critical(None, _failure_title(app, error), error_text(error))
    else:
        print(f"shopapp: {error}", file=sys.stderr)
    if isinstance(error, IntegrityCheckFailed):
        return 3
    return int(getattr(error, "exit_code", 4))


def _failure_title(app: QApplication, error: StoreError) -> str:
    from shopapp.store.startup import DiskFullAtStartup, LockedAtStartup, ReadOnlyAtStartup

    if isinstance(error, DiskFullAtStartup):
        return app.translate("app", "Disk full")
    if isinstance(error, ReadOnlyAtStartup):
        return app.translate("app", "Data folder read-only")
    if isinstance(error, LockedAtStartup):
        return app.translate("app", "Shop database in use")
    if isinstance(error, IntegrityCheckFailed):
        return app.translate("app", "Database damaged")
    return app.translate("app", "The shop database cannot be opened")


def _run_window(
    app: QApplication,
    paths: DataPaths,
    store: Store,
    *,
    self_test: bool,
    demo_session: DemoSession | None,
) -> int:
    # The window's modules are imported here, not at the top: cli.main imports this module
    # for every start, a second start too, which needs none of them.
    from shopapp.shop import ShopSetup, load_profile, save_shop
    from shopapp.store import backup
    from shopapp.store.migrate import current_revision
    from shopapp.store.queries import shop_counts

    from shopapp.ui.context import AppContext
    from shopapp.ui.i18n import install_translators
    from shopapp.ui.main_window import MainWindow
    from shopapp.ui.setup_dialog import SetupDialog

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
