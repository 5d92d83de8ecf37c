"""An uncaught exception is logged with its traceback and the user is told where the log is."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from shopapp.logs import setup_logging

from shopapp.ui.errors import CrashHandler

pytestmark = pytest.mark.gui


def test_crash_hook_logs_the_traceback_and_names_the_log(qapp, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    log_path = setup_logging(tmp_path / "logs")
    handler = CrashHandler(log_path, dialogs=False)
    try:
        raise ValueError("scanner cable pulled")
    except ValueError:
        handler.hook(*sys.exc_info())  # type: ignore[arg-type]
    logging.getLogger().handlers[-1].flush()
    text = log_path.read_text()
    assert "Traceback" in text and "scanner cable pulled" in text
    message = capsys.readouterr().err
    # Python's own (English) words stay in the log; the shopkeeper reads where it is.
    assert "scanner cable pulled" not in message
    assert str(log_path) in message
    assert "safe" in message
