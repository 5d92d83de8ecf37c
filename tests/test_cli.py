"""The `shopapp` command line as outside checks use it (DESIGN.md contracts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from shopapp import __version__
from shopapp.cli import main


def _shopapp(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPAPP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_version(tmp_path: Path) -> None:
    done = _shopapp("--version", home=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"shopapp {__version__}"


def test_self_test_on_a_new_data_dir_takes_the_defaults(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    done = _shopapp("--self-test", "--data-dir", str(data), home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("self-test ok:")
    assert "integrity ok" in lines[0] and "schema 0004" in lines[0]
    assert (data / "shop.sqlite3").exists()
    assert (data / "logs" / "shopapp.log").exists()
    # Second start: the profile exists, still no person needed.
    again = _shopapp("--self-test", "--data-dir", str(data), home=tmp_path)
    assert again.returncode == 0, again.stderr


def test_self_test_without_data_dir_uses_the_user_data_dir(tmp_path: Path) -> None:
    done = _shopapp("--self-test", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "home" / "shop.sqlite3").exists()


def test_self_test_reports_a_damaged_database(tmp_path: Path) -> None:
    data = tmp_path / "bad"
    data.mkdir()
    (data / "shop.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    done = _shopapp("--self-test", "--data-dir", str(data), home=tmp_path)
    assert done.returncode != 0
    assert "damaged" in done.stderr or "FAILED" in done.stderr


def test_restore_of_a_missing_file_is_a_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["restore", str(tmp_path / "nope.sqlite3"), "--data-dir", str(tmp_path / "d")])
    assert code == 2
    assert "No backup file" in capsys.readouterr().err
