"""One sync at a time on a data dir, across real processes (shopapp.sync.lock).

Every process here is bounded: the holders wait on their stdin (closed or killed by the
test), every wait has a timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.sync import state
from shopapp.sync.commands import EXIT_SYNC_RUNNING
from shopapp.sync.lock import APP, TERMINAL, SyncLock, SyncRunning, holder
from shopapp.sync.run import run_sync

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60

# A process that takes the lock, says so, and keeps it until its stdin closes.
_HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from shopapp.sync.lock import SyncLock

    lock = SyncLock(Path(sys.argv[1]), sys.argv[2])
    lock.acquire()
    print("held", flush=True)
    sys.stdin.read()
    lock.release()
    print("released", flush=True)
    """
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO)}


class _Holder:
    def __init__(self, root: Path, who: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLD, str(root), who],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(),
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # bounded: the process prints or dies
        if line.strip() != "held":
            _out, err = self.process.communicate(timeout=TIMEOUT_S)
            pytest.fail(f"the holder did not take the lock: {line!r} {err}")

    def release(self) -> str:
        out, _err = self.process.communicate("", timeout=TIMEOUT_S)
        return out

    def kill(self) -> None:
        self.process.kill()  # SIGKILL on Linux, TerminateProcess on Windows
        self.process.wait(timeout=TIMEOUT_S)


@pytest.fixture
def held_by_terminal(paths: DataPaths) -> Iterator[_Holder]:
    other = _Holder(paths.root, TERMINAL)
    try:
        yield other
    finally:
        if other.process.poll() is None:
            other.kill()


def _cli_sync(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shopapp", "sync", "--data-dir", str(root)],
        cwd=REPO,
        capture_output=True,
        env=_env(),
        text=True,
        timeout=TIMEOUT_S,
    )


def test_a_lock_held_by_another_process_is_refused_and_names_its_holder(
    paths: DataPaths, held_by_terminal: _Holder
) -> None:
    found = holder(paths.root)
    assert found is not None
    assert (found.pid, found.who) == (held_by_terminal.process.pid, TERMINAL)
    with pytest.raises(SyncRunning) as refused:
        SyncLock(paths.root, APP).acquire()
    assert refused.value.code == "busy"
    assert refused.value.message.code == "sync.busy"
    assert refused.value.message_args()["who"] == TERMINAL
    assert "from a terminal" in str(refused.value)
    assert held_by_terminal.release().strip() == "released"
    assert holder(paths.root) is None
    with SyncLock(paths.root, APP) as mine:  # free again
        assert mine.held and holder(paths.root) is not None
    assert holder(paths.root) is None


def test_the_lock_of_a_killed_process_is_taken_over(
    paths: DataPaths, held_by_terminal: _Holder
) -> None:
    assert holder(paths.root) is not None
    held_by_terminal.kill()  # no chance to release: the lock file stays, with its note
    assert (paths.root / "sync.lock").exists()
    assert holder(paths.root) is None  # stale: nobody holds it
    with SyncLock(paths.root, APP):
        found = holder(paths.root)
        assert found is not None and found.pid == os.getpid() and found.who == APP


def test_shopapp_sync_while_the_app_syncs_says_so_and_exits_75(
    paths: DataPaths, store: Store
) -> None:
    with store.write() as session:  # paired (the sync would try the network if it ran)
        state.put_value(session, state.SERVER_URL, "http://127.0.0.1:9")
    with SyncLock(paths.root, APP):  # this test process is "the app", syncing
        done = _cli_sync(paths.root)
    assert done.returncode == EXIT_SYNC_RUNNING == 75, done.stderr
    assert "a sync is already running" in done.stderr.lower()
    assert "in the app" in done.stderr
    report = json.loads(done.stdout)  # still the JSON report DESIGN.md promises
    assert report["ok"] is False and report["error_code"] == "busy"
    assert report["error_args"]["who"] == APP and report["error_args"]["pid"] == os.getpid()
    with store.read() as session:  # nothing recorded over the running sync's report
        assert state.get_value(session, state.LAST_SYNC_REPORT) is None


def test_run_sync_does_nothing_while_a_terminal_sync_runs(
    paths: DataPaths, store: Store, held_by_terminal: _Holder
) -> None:
    report = run_sync(paths, store)
    assert not report.ok and report.error_code == "busy"
    assert report.error_args["who"] == TERMINAL
    message = report.error_message
    assert message is not None and message.code == "sync.busy"
    assert report.changes.value == 0  # nothing to refresh
    with store.read() as session:
        assert state.get_value(session, state.LAST_SYNC_REPORT) is None
    held_by_terminal.release()
    after = run_sync(paths, store)  # free: it runs (and stops: this shop is not paired)
    assert after.error_code == "not_paired"
    with store.read() as session:
        assert state.get_value(session, state.LAST_SYNC_REPORT) is not None
