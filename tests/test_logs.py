"""One log per process kind: the app's rotating shopapp.log, a command's cli-<command>.log
rolled over only at its start and only by one process at a time."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopapp import logs


@pytest.fixture(autouse=True)
def _fresh_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    if logs._handler is not None:
        root.removeHandler(logs._handler)
        logs._handler.close()
    logs._current, logs._handler = None, None
    root.setLevel(level)


def test_a_command_logs_to_its_own_file_and_the_app_to_shopapp_log(tmp_path: Path) -> None:
    command = logs.setup_logging(tmp_path, command="sync")
    assert command == tmp_path / "cli-sync.log"
    # A later plain call (as the sync module makes) keeps the command's log.
    assert logs.setup_logging(tmp_path) == command
    logging.getLogger("shopapp.test").info("from the command")
    assert "from the command" in command.read_text()
    assert not (tmp_path / logs.LOG_FILE_NAME).exists()

    logs._current = None  # another process: the app
    app = logs.setup_logging(tmp_path)
    assert app == tmp_path / logs.LOG_FILE_NAME
    logging.getLogger("shopapp.test").info("from the app")
    assert "from the app" in app.read_text() and "from the app" not in command.read_text()


def test_a_command_log_over_its_size_is_rolled_over_at_the_start(tmp_path: Path) -> None:
    path = tmp_path / "cli-import-scans.log"
    path.write_bytes(b"x" * (logs.MAX_BYTES + 1))
    (tmp_path / "cli-import-scans.log.1").write_bytes(b"older")
    assert logs.setup_logging(tmp_path, command="import-scans") == path
    assert (tmp_path / "cli-import-scans.log.1").stat().st_size == logs.MAX_BYTES + 1
    assert (tmp_path / "cli-import-scans.log.2").read_bytes() == b"older"
    logging.getLogger("shopapp.test").warning("fresh")
    assert "fresh" in path.read_text() and path.stat().st_size < 1000
