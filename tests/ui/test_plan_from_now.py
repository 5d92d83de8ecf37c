"""The Plan page with a fixed clock: during the shift it plans from now, after the shift
it offers tomorrow's plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shopapp import dayplan
from shopapp.paths import DataPaths
from shopapp.store import Store
from tests.dayplan.seed import DAY
from tests.dayplan.test_hours import OPEN, _pc_zone_after, at, seed_shop

from shopapp.ui.context import AppContext
from shopapp.ui.pages.plan import PlanPage

pytestmark = pytest.mark.gui
__all__ = ["_pc_zone_after"]  # the shop's zone is put back to the PC's after each test
WAIT_MS = 90_000  # the planner gets 1 s; a busy 2-core machine may take much longer


@pytest.fixture
def page(qtbot, paths: DataPaths, store: Store) -> Iterator[PlanPage]:  # type: ignore[no-untyped-def]
    seed_shop(store, stops=20, outside=0, unlocated=0)
    plan_page = PlanPage(AppContext(paths, store))
    plan_page.seconds = 1.0
    plan_page.open_pdfs = False
    qtbot.addWidget(plan_page)
    plan_page.resize(1366, 768)
    plan_page.show()
    qtbot.waitExposed(plan_page)
    assert plan_page.context.ops.wait_idle()
    yield plan_page
    plan_page.shutdown()


def show_at(page: PlanPage, now: dt.datetime) -> None:
    page.now = lambda: now
    page.refresh()
    assert page.context.ops.wait_idle()


def plan(qtbot, page: PlanPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.plan_ready, timeout=WAIT_MS):
        QTest.keyClick(page.tree, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not page.is_busy())


def test_before_the_shift_plans_today_from_opening(qtbot, page: PlanPage, store: Store) -> None:  # type: ignore[no-untyped-def]
    show_at(page, at(6, 30))
    assert page.plan_button.text() == "F5  Plan today"
    assert "tomorrow" not in page.title.text()
    plan(qtbot, page)
    assert page.saved is not None and page.saved.day == DAY
    assert page.saved.problem["vehicles"][0]["shift"][0] == OPEN  # the vans may leave at 8


def test_during_the_shift_plans_from_now(qtbot, page: PlanPage, store: Store) -> None:  # type: ignore[no-untyped-def]
    show_at(page, at(10, 2))
    assert page.plan_button.text() == "F5  Plan today"
    plan(qtbot, page)
    start = 10 * 3600 + 5 * 60
    assert page.saved is not None and page.saved.day == DAY
    assert page.saved.problem["vehicles"][0]["shift"][0] == start
    assert page.plan is not None and page.plan.routes
    assert all(r.start_s >= start and min(r.etas_s, default=start) >= start
               for r in page.plan.routes)
    # The ETAs shown in the list are from 10:05 on too.
    shown = [page.tree.topLevelItem(i).text(1) for i in range(page.tree.topLevelItemCount())]  # type: ignore[union-attr]
    times = [t for t in shown if t[:2].isdigit()]
    assert times and min(times) >= "10:05"


def test_after_the_shift_offers_tomorrows_plan(qtbot, page: PlanPage, store: Store) -> None:  # type: ignore[no-untyped-def]
    show_at(page, at(19, 30))
    tomorrow = DAY + dt.timedelta(days=1)
    assert page.plan_button.text() == "F5  Plan tomorrow"
    assert "tomorrow" in page.title.text()
    assert page.day_planned() == tomorrow
    assert "press F5 to plan tomorrow" in page.totals.text()
    plan(qtbot, page)
    assert page.saved is not None and page.saved.day == tomorrow
    assert page.saved.problem["vehicles"][0]["shift"][0] == OPEN  # tomorrow from opening
    with store.read() as session:
        assert dayplan.latest_plan(session, DAY) is None  # nothing planned for the evening
        assert dayplan.latest_plan(session, tomorrow) is not None
