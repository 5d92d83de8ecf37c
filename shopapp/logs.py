"""Logging to a file in the data directory (the crash dialog points there): one log per
process kind, so no two processes ever rotate the same file.

- The app writes `logs/shopapp.log`, rotating (1 MB x 5). Only one app runs per data dir
  (it holds `shopapp.instance`'s lock), so only one process ever rolls that file over
  (on Windows a rollover fails while another process has the file open).
- A command (`shopapp sync`, `import-scans`, ...) writes `logs/cli-<command>.log`, in
  append mode (each record one write, so two commands of the same kind interleave whole
  lines). It is rolled over at the command's start, only by the one process that gets the
  log's lock file and only when it is over its size; a rename another process prevents
  (Windows) is left for the next start.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

LOG_FILE_NAME = "shopapp.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# The file this process logs to once set up, and its handler; later calls keep it.
_current: Path | None = None
_handler: logging.Handler | None = None


def command_log_name(command: str) -> str:
    return f"cli-{command}.log"


def setup_logging(log_dir: Path, level: int = logging.INFO, *, command: str | None = None) -> Path:
    """Send the root logger to the process's log file; return the file's path.

    `command=None`: this process's log as set up already (a command's, when cli.main set
    it up), else the app's rotating `shopapp.log`. `command="sync"`: `cli-sync.log`.
    A log that cannot be opened (a read-only or full disk) leaves the process logging to
    stderr: start-up then says what is wrong with the folder instead of crashing here.
    """
    global _current, _handler
    if command is None and _current is not None and _current.parent == log_dir:
        return _current
    path = log_dir / (LOG_FILE_NAME if command is None else command_log_name(command))
    root = logging.getLogger()
    for old in list(root.handlers):  # ours, and a rotating one set up the older way
        if old is _handler or isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if command is None:
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        else:
            _roll_over_once(path)
            handler = logging.FileHandler(path, mode="a", encoding="utf-8")
    except OSError as error:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        print(f"shopapp: cannot write the log {path} ({error}); logging to stderr", file=sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    _current, _handler = path, handler
    return path


def _roll_over_once(path: Path) -> None:
    """Rotate a command's log when it is over MAX_BYTES, by one process at a time."""
    try:
        if path.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    from shopapp.filelock import open_lock_file, try_lock, unlock

    lock = open_lock_file(path.with_name(path.name + ".lock"))
    try:
        if not try_lock(lock):
            return  # another process of the same command is rolling it over
        try:
            if path.stat().st_size < MAX_BYTES:  # rolled over meanwhile
                return
            for n in range(BACKUP_COUNT - 1, 0, -1):
                older = path.with_name(f"{path.name}.{n}")
                if older.exists():
                    os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
            os.replace(path, path.with_name(f"{path.name}.1"))
        except OSError:
            pass  # held open elsewhere (Windows): the next start tries again
        finally:
            unlock(lock)
    finally:
        os.close(lock)
