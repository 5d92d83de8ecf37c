"""SIGKILL a process that commits in a loop: everything it reported committed survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlmodel import select

from shopapp.paths import data_paths
from shopapp.store import open_store
from shopapp.store.models import Event, Parcel
from shopapp.store.outbox import replayed_state, state_of

CHILD = Path(__file__).with_name("commit_loop_child.py")
KILLS = 30


def _run_and_kill(data_dir: Path, rng: random.Random) -> list[str]:
    """Start the child, let it commit for a random while, SIGKILL it; return what it reported."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    reported: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "ready":
                ready.set()
            elif line.endswith("\n"):  # a half-written line was not reported
                reported.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), "child did not start"
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    return reported


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_commit(tmp_path: Path) -> None:
    rng = random.Random(20261126)
    data_dir = tmp_path / "data"
    all_reported: set[str] = set()
    for _ in range(KILLS):
        all_reported.update(_run_and_kill(data_dir, rng))
        store = open_store(data_paths(data_dir), daily_backup="skip")
        try:
            assert store.quick_check() == "ok"
            with store.read() as session:
                stored = set(session.exec(select(Parcel.tracking_number)).all())
                missing = all_reported - stored
                assert not missing, f"lost {len(missing)} committed parcels"
                # No half-written action: every parcel has both events and a replayable state.
                for parcel in session.exec(select(Parcel)).all():
                    assert replayed_state(session, parcel) == state_of(parcel)
                    assert parcel.status == "received" and parcel.damaged
                events = session.exec(select(Event)).all()
                assert len(events) == 2 * len(stored)
        finally:
            store.close()
    assert len(all_reported) > KILLS  # the children really committed between kills
    print(f"{KILLS} kills, {len(all_reported)} reported commits, all present")
