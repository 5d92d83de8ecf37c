"""Screenshots of every page of the demo shop in a real window, for looking at.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        --out screenshots/1366x768 [--theme dark]

Starts the demo (its own data folder in a temporary directory, the local central API),
checks in the demo's batch file, plans today and starts the run, so every page has the
day's data on it. Then it shows each page in the main window as the app opens it, grabs
the whole SCREEN (what a shopkeeper sees, window frame and all, not just the widget), and
prints each page's frame geometry against the screen's available geometry and whether
any control lies outside the window (the same check as tests/ui/test_window_fits.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shopapp.counter import missing_parcels  # noqa: E402
from shopapp.counter.batch import import_scans  # noqa: E402
from shopapp.demo.session import start_demo  # noqa: E402
from shopapp.paths import data_paths  # noqa: E402
from shopapp.store import open_store  # noqa: E402

from shopapp.ui.app import _application  # noqa: E402
from shopapp.ui.appearance import apply_text_scale, apply_theme  # noqa: E402
from shopapp.ui.context import AppContext  # noqa: E402
from shopapp.ui.i18n import install_translators  # noqa: E402
from shopapp.ui.main_window import MainWindow  # noqa: E402
from shopapp.ui.pages.plan import PlanPage  # noqa: E402
from shopapp.ui.widgets.layout_check import controls_outside, screen_area  # noqa: E402


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "1366x768")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--language", default="en")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = _application()
    apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory(prefix="shopapp-shots-") as tmp:
        paths = data_paths(Path(tmp) / "demo").create()
        store = open_store(paths, daily_backup="skip")
        demo = start_demo(paths, store)
        try:
            import_scans(store, demo.scans_file.read_bytes(), source=str(demo.scans_file))
            context = AppContext(paths, store, demo=True)
            install_translators(app, args.language)
            apply_text_scale(app, float(context.setting("text_scale")))
            window = MainWindow(context, "Demo")
            window.show()
            _settle(app, 1.0)
            plan = window.show_page("plan")
            assert isinstance(plan, PlanPage)
            plan.seconds = 1.0
            plan.open_pdfs = False
            plan.confirm = lambda _text: True
            plan.plan_today()
            deadline = time.monotonic() + 60
            while (plan.plan is None or plan.is_busy()) and time.monotonic() < deadline:
                _settle(app, 0.2)
            pages_out = 0
            screen = window.screen()
            available = screen.availableGeometry()
            print(
                f"screen {_rect(screen.geometry())}, available {_rect(available)}, "
                f"theme {args.theme}"
            )
            for spec in window.specs:
                try:
                    page = window.show_page(spec.key)
                except Exception as error:  # a page that does not build is reported, not shot
                    print(f"{spec.key:9} did not open: {error!r}")
                    pages_out += 1
                    continue
                if spec.key == "plan":
                    _settle(app, 1.5)  # map tiles
                if spec.key == "scan":
                    # One of the smudged labels typed in: the panel shows a real answer
                    # (word, shelf slot, recipient), the biggest text of the app.
                    missing = missing_parcels(store, limit=1)
                    if missing:
                        page.handle_scan(missing[0].tracking_number)
                        context.ops.wait_idle()
                if spec.key == "deliver":
                    plan.start_run()
                    _settle(app, 1.0)
                    page.refresh()  # type: ignore[attr-defined]
                    context.ops.wait_idle()
                _settle(app, 0.8)
                frame = window.frameGeometry()
                fits = available.contains(frame)
                outside = controls_outside(window, screen_area(window))
                name = f"{spec.key}{'_dark' if args.theme == 'dark' else ''}.png"
                shot = screen.grabWindow(0)
                shot.save(str(args.out / name))
                print(
                    f"{spec.key:9} frame {_rect(frame)} "
                    f"{'within' if fits else 'OUTSIDE'} available; "
                    f"controls outside the window: {len(outside)}"
                    + "".join(f"\n    {what}" for what in outside)
                )
                pages_out += int(not fits or bool(outside))
                if spec.key == "pickup":  # its second tab: the returns to the carrier
                    tabs: Any = page.tabs  # type: ignore[attr-defined]
                    tabs.setCurrentIndex(1)
                    _settle(app, 0.8)
                    outside = controls_outside(window, screen_area(window))
                    dark = "_dark" if args.theme == "dark" else ""
                    screen.grabWindow(0).save(str(args.out / f"pickup_returns{dark}.png"))
                    print(f"  returns tab: controls outside the window: {len(outside)}")
                    pages_out += int(bool(outside))
                    tabs.setCurrentIndex(0)
            # The smallest window every page fits in without the window's page scroll:
            # the largest page minimum plus what is around the pages (menu, list, bars).
            need_w = max(p.minimumSizeHint().width() for p in window.pages.values())
            need_h = max(p.minimumSizeHint().height() for p in window.pages.values())
            port = window.page_area.viewport().size()
            print(
                f"pages need at least {need_w}x{need_h}: a window of at least "
                f"{window.width() - port.width() + need_w}x"
                f"{window.height() - port.height() + need_h} (without its frame)"
            )
            window.close()
            _settle(app, 0.3)
            context.ops.wait_idle()
            for page in window.pages.values():
                page.shutdown()
        finally:
            demo.stop()
            store.close()
    print(f"{pages_out} page(s) with something outside; screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
