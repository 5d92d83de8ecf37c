"""Every page fits a small laptop's screen: at 1366x768 and at 1280x720 no visible control
(button, field, list, table, label with text) lies outside the window.

The pages show the demo day (the demo's manifest checked in from its batch file, today
planned, the run started) so they hold real content: the Today warnings, the plan's stops,
the Deliver page's outcome buttons. The window is given the screen's size less a title bar
(TITLE_BAR_PX: the frame a window manager adds; offscreen there is none) and must keep
that size: a page whose minimum size is larger would push the window past the screen.

What "outside" means (shopapp/ui/widgets/layout_check.py): a control's whole rectangle
must lie inside the window and inside every ancestor that clips it. A control inside a
scroll area counts as inside when the scroll area is: scrolling reaches it. Offscreen
is enough for this: layout geometry does not depend on the platform plugin.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from shopapp.counter.batch import import_scans
from shopapp.paths import DataPaths
from shopapp.store import Store

from shopapp.ui.appearance import apply_text_scale
from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow
from shopapp.ui.pages.plan import PlanPage
from shopapp.ui.widgets.layout_check import controls_outside

pytestmark = [pytest.mark.gui, pytest.mark.slow]

TITLE_BAR_PX = 32
SCREENS = [QSize(1366, 768), QSize(1280, 720)]
PAGES = ["today", "scan", "parcels", "plan", "deliver", "pickup", "sync", "reports", "settings"]


@pytest.fixture
def demo_window(qtbot, paths: DataPaths, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from shopapp.demo.session import start_demo

    demo = start_demo(paths, store)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    apply_text_scale(app, 1.0)  # the app's own text size (1.25 x the platform's), as it opens
    try:
        import_scans(store, demo.scans_file.read_bytes())
        window = MainWindow(AppContext(paths, store, demo=True), "Demo")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        plan = window.show_page("plan")
        assert isinstance(plan, PlanPage)
        plan.seconds = 1.0
        plan.open_pdfs = False
        plan.confirm = lambda _text: True
        with qtbot.waitSignal(plan.plan_ready, timeout=60_000):
            plan.plan_today()
        qtbot.waitUntil(lambda: not plan.is_busy(), timeout=30_000)
        with qtbot.waitSignal(plan.run_started, timeout=10_000):
            plan.start_run()
        deliver: Any = window.show_page("deliver")
        deliver.refresh()
        assert window.context.ops.wait_idle(30)
        qtbot.waitUntil(lambda: len(deliver.stops) > 0, timeout=10_000)
        yield window
    finally:
        app.setFont(font)
        app.setProperty("shopapp_base_point_size", None)
        demo.stop()


def _problems(window: MainWindow, key: str, screen: QSize) -> list[str]:
    """What is wrong with page `key` in a window the size of `screen` (less a title bar)."""
    target = QSize(screen.width(), screen.height() - TITLE_BAR_PX)
    window.show_page(key)
    window.resize(target)
    for _ in range(5):  # layouts settle over a few passes (word-wrapped labels)
        QApplication.processEvents()
    assert window.context.ops.wait_idle(30)
    QApplication.processEvents()
    where = f"{key} at {target.width()}x{target.height()}"
    if window.size() != target:
        need = window.minimumSizeHint()
        return [
            f"{where}: the window cannot be this small, it needs {need.width()}x{need.height()}"
        ]
    outside = controls_outside(window, QRect(0, 0, target.width(), target.height()))
    problems = [f"{where}: {what}" for what in outside]
    page: Any = window.pages[key]
    if key == "pickup":  # its second tab, the returns to the carrier, is a page of its own
        page.tabs.setCurrentIndex(1)
        for _ in range(3):
            QApplication.processEvents()
        assert window.context.ops.wait_idle(30)
        outside = controls_outside(window, QRect(0, 0, target.width(), target.height()))
        problems += [f"{where}, returns tab: {what}" for what in outside]
        page.tabs.setCurrentIndex(0)
    return problems


def test_every_page_fits_1366x768_and_1280x720(demo_window: MainWindow) -> None:
    # One demo day for all pages and both sizes (a demo start and a plan are seconds);
    # every problem is listed, not only the first.
    problems = [
        p for screen in SCREENS for key in PAGES for p in _problems(demo_window, key, screen)
    ]
    assert problems == []
    assert set(demo_window.pages) == set(PAGES)  # every page was built and looked at
    # The window remembers each splitter's position by its name: none without one.
    from PySide6.QtWidgets import QSplitter

    unnamed = [
        key
        for key, page in demo_window.pages.items()
        for splitter in page.findChildren(QSplitter)
        if not splitter.objectName()
    ]
    assert unnamed == []


def test_the_check_sees_a_control_off_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: a button beyond the given area is reported, one inside is not,
    and one far down in a scroll area counts as reachable."""
    from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    inside = QPushButton("inside", window)
    inside.setGeometry(10, 10, 100, 30)
    below = QPushButton("below", window)
    below.setGeometry(10, 280, 100, 40)
    area = QScrollArea(window)
    area.setGeometry(200, 10, 150, 150)
    content = QWidget()
    column = QVBoxLayout(content)
    for n in range(20):
        column.addWidget(QPushButton(f"row {n}"))
    area.setWidget(content)
    window.show()
    qtbot.waitExposed(window)
    outside = controls_outside(window)
    assert len(outside) == 1 and "below" in outside[0]
    # The window is meant to be 400x250: now the scroll area still fits, "below" does not.
    assert len(controls_outside(window, QRect(0, 0, 400, 250))) == 1
    # Only 100 pixels of height: the scroll area itself is cut, so it counts.
    assert len(controls_outside(window, QRect(0, 0, 400, 100))) == 2


def test_outcome_forms_fit_1280x720(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The delivery and handover forms (dialogs over the window) fit the smaller screen too,
    at the app's own text size, and open no larger than it."""
    from shopapp.ui.widgets import outcome_dialogs as forms

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    apply_text_scale(app, 1.0)
    screen = QSize(1280, 720 - TITLE_BAR_PX)
    try:
        parcels = "1Z4A9E020100000014 · Anna Cerqueda"
        made = [
            forms.RecipientDialog(parcels, "Anna Cerqueda"),
            forms.NeighbourDialog(parcels),
            forms.SafePlaceDialog(parcels),
            forms.FailedDialog(parcels),
            forms.HandoverDialog(parcels, "Anna Cerqueda"),
        ]
        for dialog in made:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            need = dialog.minimumSizeHint()
            name = type(dialog).__name__
            assert need.width() <= screen.width() and need.height() <= screen.height(), name
            assert dialog.width() <= screen.width() and dialog.height() <= screen.height(), name
            dialog.resize(screen.boundedTo(dialog.size()))
            assert controls_outside(dialog) == [], name
    finally:
        app.setFont(font)
        app.setProperty("shopapp_base_point_size", None)
