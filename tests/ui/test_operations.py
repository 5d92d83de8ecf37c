"""The operation runner's rules: writes in order on one thread, results on the UI thread,
failures to the one display, changes announced, progress as fraction + message."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtWidgets import QWidget

from shopapp.changes import Changes
from shopapp.errors import ShopAppError
from shopapp.messages import Message, message

from shopapp.ui.operations import Operations


@pytest.fixture
def ops(qapp, store, paths):  # type: ignore[no-untyped-def]
    runner = Operations(store, paths)
    yield runner
    runner.shutdown()


def test_writes_run_in_order_on_one_thread_and_results_come_back_on_the_ui_thread(ops) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, str]] = []
    back: list[tuple[int, bool]] = []
    ui_thread = threading.current_thread()
    for number in range(50):
        ops.write(
            lambda job, n=number: seen.append((n, threading.current_thread().name)) or n,
            done=lambda n: back.append((n, threading.current_thread() is ui_thread)),
        )
    assert ops.wait_idle(10)
    assert [n for n, _ in seen] == list(range(50))
    assert len({name for _, name in seen}) == 1
    assert seen[0][1].startswith("shop-write")
    assert back == [(n, True) for n in range(50)]


def test_reads_run_on_the_pool_beside_a_long_write(ops) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    order: list[str] = []
    ops.write(lambda job: release.wait(5) and order.append("write"))
    ops.read(lambda job: order.append("read") or release.set())
    assert ops.wait_idle(10)
    assert order == ["read", "write"]


def test_an_unhandled_failure_goes_to_the_one_display_and_a_handled_one_does_not(ops) -> None:  # type: ignore[no-untyped-def]
    shown: list[BaseException] = []
    handled: list[BaseException] = []
    ops.failed.connect(shown.append)

    def boom(job):  # type: ignore[no-untyped-def]
        raise ShopAppError(message("error.shop", "no"))

    ops.write(boom)
    ops.write(boom, failed=handled.append)
    assert ops.wait_idle(10)
    assert len(shown) == 1 and len(handled) == 1
    assert isinstance(shown[0], ShopAppError)


def test_changes_declared_or_carried_are_announced_after_the_callback(ops) -> None:  # type: ignore[no-untyped-def]
    class Result:
        changes = Changes.PARCELS

    announced: list[Changes] = []
    log: list[str] = []
    ops.changed.connect(lambda c: (announced.append(c), log.append("changed")))
    ops.write(lambda job: Result(), done=lambda r: log.append("done"), changes=Changes.OUTBOX)
    ops.read(lambda job: 1)
    assert ops.wait_idle(10)
    assert announced == [Changes.PARCELS | Changes.OUTBOX]
    assert log == ["done", "changed"]


def test_progress_is_a_fraction_and_a_message(ops) -> None:  # type: ignore[no-untyped-def]
    got: list[tuple[float, Message]] = []

    def work(job):  # type: ignore[no-untyped-def]
        for step in range(3):
            job.progress(step / 2, message("plan.step", step=step))
        job.progress(7.0, message("plan.step", step=9))  # clamped

    ops.read(work, progress=lambda f, m: got.append((f, m)))
    assert ops.wait_idle(10)
    assert [f for f, _ in got] == [0.0, 0.5, 1.0, 1.0]
    assert got[1][1].code == "plan.step" and got[1][1].arg("step") == 1


def test_a_callback_whose_widget_has_gone_is_skipped_but_its_changes_still_told(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    release = threading.Event()
    called: list[int] = []
    announced: list[Changes] = []
    ops.changed.connect(announced.append)
    ops.write(lambda job: release.wait(5), owner=widget, done=called.append,
              changes=Changes.PARCELS)
    widget.deleteLater()
    qtbot.wait(20)
    release.set()
    assert ops.wait_idle(10)
    assert called == [] and announced == [Changes.PARCELS]


def test_shutdown_lets_every_write_asked_for_reach_the_store(ops) -> None:  # type: ignore[no-untyped-def]
    done: list[int] = []
    for number in range(20):
        ops.write(lambda job, n=number: done.append(n))
    ops.shutdown()
    assert done == list(range(20))
    with pytest.raises(RuntimeError):
        ops.write(lambda job: None)


def test_work_cancelled_before_it_started_still_answers(ops) -> None:  # type: ignore[no-untyped-def]
    """Cancelled while waiting for a thread: its owner hears `Cancelled`, the runner goes
    idle (a page waiting for its answer would otherwise stay busy for ever)."""
    from shopapp.ui.operations import Cancelled

    release = threading.Event()
    ops.write(lambda job: release.wait(5))  # the writer is busy
    heard: list[BaseException] = []
    ran: list[int] = []
    task = ops.write(lambda job: ran.append(1), failed=heard.append)
    task.cancel()
    release.set()
    assert ops.wait_idle(10)
    assert ran == [] and len(heard) == 1 and isinstance(heard[0], Cancelled)
