"""The one way the UI runs work off its thread (after Anki's `aqt/operations` and taskman).

The rules, written once:

- **Store writes are serialised** on one writer thread (`Kind.WRITE`): SQLite has one
  writer, and the order of the shopkeeper's actions is the order of their events.
- **Reads and network work run on a pool** (`Kind.READ`, `Kind.NETWORK`), so a slow link
  or a long plan never holds a scan back.
- **Work never touches a widget.** It gets a `Job` (the store, the paths, a progress
  callback, a cancel flag) and returns a value; it may run on any thread.
- **Results and failures come back to the UI thread**, in the order they happened; a
  callback whose owner widget has gone is skipped.
- **Progress is a fraction (0..1) and a `Message`** (code and arguments), worded by the
  UI's message table.
- **Every failure without its own handler goes to one error display**
  (`Operations.failed`, shown by the main window).
- **What changed is announced**: a result carrying `changes` (`shopapp.changes`), or the
  `changes` an operation declares, is emitted as `Operations.changed` once the
  operation's own callback has run; the main window passes it to the pages.

Pages and widgets never open a store session themselves (scripts/check_layering.sh).
"""

from __future__ import annotations

import enum
import functools
import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

from shopapp.changes import Changes, changes_of
from shopapp.messages import Message
from shopapp.paths import DataPaths
from shopapp.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
POOL_THREADS = 4  # reads and network: a sync, a plan, a map look-up and a search at once


# Every runner made in this process, for the tests' teardown (`shut_down_all`).
_RUNNERS: weakref.WeakSet[Operations] = weakref.WeakSet()


def shut_down_all() -> None:
    """Shut down every runner still open (tests: idle pool threads would otherwise stay,
    and a planner started later avoids fork() in a process with threads)."""
    for runner in list(_RUNNERS):
        if not runner.closed:
            runner.shutdown()


class Kind(enum.Enum):
    WRITE = "write"  # changes the store: one at a time, in order
    READ = "read"  # reads the store or a file
    NETWORK = "network"  # talks to the carrier (may read and write the store itself)


class Cancelled(Exception):
    """Raised by `Job.check_cancelled` when the shopkeeper asked to stop."""


@dataclass
class Job:
    """What a piece of work may use: the store, the data paths, progress, cancel."""

    store: Store
    paths: DataPaths
    _progress: Callable[[float, Message], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, fraction: float, what: Message) -> None:
        self._progress(max(0.0, min(1.0, fraction)), what)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class Task[R]:
    """A running operation: cancel it, ask whether it is done."""

    def __init__(self, future: Future[R], cancel: threading.Event) -> None:
        self._future = future
        self._cancel = cancel

    def cancel(self) -> None:
        self._cancel.set()
        self._future.cancel()  # not started yet: it never will be

    def done(self) -> bool:
        return self._future.done()


class _Relay(QObject):
    """Carries a closure from a worker thread to the UI thread (a queued signal)."""

    deliver = Signal(object)


class Operations(QObject):
    """The app's one operation runner. See the module docstring for its rules."""

    changed = Signal(object)  # Changes
    failed = Signal(object)  # BaseException nobody else handled
    busy_changed = Signal(bool)

    def __init__(self, store: Store, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.paths = paths
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shop-write")
        self._pool = ThreadPoolExecutor(max_workers=POOL_THREADS, thread_name_prefix="shop-work")
        self._relay = _Relay()
        self._relay.deliver.connect(self._on_deliver)
        self._pending = 0
        self._closed = False
        # The UI-thread side of each running operation (owner and callbacks), by ticket:
        # the worker holds only the ticket, so no widget, nor a callback bound to one, is
        # ever released on a worker thread (PySide then defers the deletion to the UI
        # thread, which crashed when the widget had already gone).
        _RUNNERS.add(self)
        self._tickets = itertools.count()
        self._waiting: dict[int, _Callbacks] = {}

    # -- running work --------------------------------------------------------------

    def run(
        self,
        kind: Kind,
        work: Callable[[Job], T],
        *,
        owner: QObject | None = None,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[float, Message], None] | None = None,
        changes: Changes = Changes.NONE,
    ) -> Task[T]:
        """Run `work(job)` on the writer thread or the pool; `done(result)`,
        `failed(error)` and `progress(fraction, message)` run on the UI thread.

        A `failed` callback that returns normally has handled the error; without one,
        the error goes to `Operations.failed`. `Cancelled` is never a failure.
        """
        if self._closed:
            raise RuntimeError("operations are shut down")
        cancel = threading.Event()
        ticket = next(self._tickets)
        self._waiting[ticket] = _Callbacks(owner, done, failed, progress, changes)
        deliver = self._relay.deliver.emit
        reports = progress is not None

        def report(fraction: float, what: Message) -> None:
            if reports:
                deliver(functools.partial(self._progressed, ticket, fraction, what))

        job = Job(self.store, self.paths, report, cancel)
        del owner, done, failed, progress  # the worker's closures must not keep them

        def body() -> T:
            try:
                result = work(job)
            except BaseException as error:
                deliver(functools.partial(self._ended, ticket, None, error))
                raise
            deliver(functools.partial(self._ended, ticket, result, None))
            return result

        executor = self._writer if kind is Kind.WRITE else self._pool
        self._set_pending(+1)
        future = executor.submit(body)

        def never_ran(finished: Future[T]) -> None:
            # Cancelled before a thread took it: body never runs, so say so here (else
            # the owner would wait for an answer for ever, and the runner never be idle).
            if finished.cancelled():
                deliver(functools.partial(self._ended, ticket, None, Cancelled()))

        future.add_done_callback(never_ran)
        return Task(future, cancel)

    def write(self, work: Callable[[Job], T], **options: Any) -> Task[T]:
        return self.run(Kind.WRITE, work, **options)

    def read(self, work: Callable[[Job], T], **options: Any) -> Task[T]:
        return self.run(Kind.READ, work, **options)

    def network(self, work: Callable[[Job], T], **options: Any) -> Task[T]:
        return self.run(Kind.NETWORK, work, **options)

    def announce(self, changes: Changes) -> None:
        """Tell the pages that something changed outside an operation (a sync from a
        terminal seen by the sync lock, a restored backup)."""
        if changes:
            self.changed.emit(changes)

    # -- waiting (start-up, shutdown and tests) ------------------------------------

    @property
    def closed(self) -> bool:
        """True once `shutdown` began: no more work is taken (late notices ask first)."""
        return self._closed

    def idle(self) -> bool:
        return self._pending == 0

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Run the event loop until every operation has delivered its result.

        A real event loop that sleeps until the next event (processEvents with a time
        limit spins, and its UI thread then starves the workers of the GIL)."""
        if self.idle():
            return True
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def on_busy(busy: bool) -> None:
            if not busy:
                loop.quit()

        self.busy_changed.connect(on_busy)
        timer.start(max(1, int(timeout_s * 1000)))
        try:
            while not self.idle() and timer.isActive():
                loop.exec()
        finally:
            self.busy_changed.disconnect(on_busy)
            timer.stop()
        return self.idle()

    def shutdown(self, timeout_s: float = 30.0) -> None:
        """Stop taking work and let every write already asked for reach the disk."""
        self._closed = True
        self._writer.shutdown(wait=True, cancel_futures=False)
        self._pool.shutdown(wait=False, cancel_futures=True)
        QCoreApplication.processEvents()

    # -- the UI-thread side ----------------------------------------------------------

    @Slot(object)
    def _on_deliver(self, closure: Callable[[], None]) -> None:
        closure()

    def _progressed(self, ticket: int, fraction: float, what: Message) -> None:
        callbacks = self._waiting.get(ticket)
        if callbacks is not None and callbacks.progress is not None \
                and _alive(callbacks.owner):
            callbacks.progress(fraction, what)

    def _ended(self, ticket: int, result: Any, error: BaseException | None) -> None:
        callbacks = self._waiting.pop(ticket)
        if error is not None:
            self._finish_failed(error, callbacks.failed, callbacks.owner)
        else:
            self._finish_done(result, callbacks.done, callbacks.changes, callbacks.owner)

    def _finish_done(
        self,
        result: T,
        done: Callable[[T], None] | None,
        declared: Changes,
        owner: QObject | None,
    ) -> None:
        try:
            if done is not None and _alive(owner):
                done(result)
        except Exception as error:  # a bug in a page's callback: shown, not fatal
            log.exception("operation callback failed")
            self.failed.emit(error)
        finally:
            self._set_pending(-1)
            changed = declared | changes_of(result)
            if changed:
                self.changed.emit(changed)

    def _finish_failed(
        self,
        error: BaseException,
        failed: Callable[[BaseException], None] | None,
        owner: QObject | None,
    ) -> None:
        if not _alive(owner):
            failed = None  # its page has gone: the one error display still tells
        try:
            if isinstance(error, Cancelled):
                if failed is not None:
                    failed(error)
                return
            log.warning("operation failed: %r", error, exc_info=error)
            if failed is None:
                self.failed.emit(error)
                return
            try:
                failed(error)
            except Exception as second:
                log.exception("operation failure callback failed")
                self.failed.emit(second)
        finally:
            self._set_pending(-1)

    def _set_pending(self, delta: int) -> None:
        was_busy = self._pending > 0
        self._pending += delta
        if (self._pending > 0) != was_busy:
            self.busy_changed.emit(self._pending > 0)


@dataclass
class _Callbacks:
    """What runs on the UI thread when an operation reports, ends or fails."""

    owner: QObject | None
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    progress: Callable[[float, Message], None] | None
    changes: Changes


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
