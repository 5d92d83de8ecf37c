"""`shopapp import-scans FILE`: a scanner's batch memory checked in as if scanned."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from shopapp.cli import main
from shopapp.counter.batch import import_scans_command, split_scan_lines
from shopapp.errors import ShopAppError
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Event
from tests.counter.conftest import Manifest


def event_count(store: Store) -> int:
    with store.read() as session:
        return int(session.exec(select(func.count()).select_from(Event)).one())


def test_split_tolerates_bom_crlf_blank_lines_and_bad_bytes() -> None:
    data = codecs.BOM_UTF8 + b"AAA\r\n\r\n  \r\nBBB\n\xff\xfe\xfa\rCCC\r\n"
    lines, total = split_scan_lines(data)
    assert total == 6
    assert [(line.number, line.text) for line in lines] == [
        (1, "AAA"),
        (4, "BBB"),
        (5, None),
        (6, "CCC"),
    ]
    assert lines[2].error and "not text" in lines[2].error


def test_split_reads_utf16_exports() -> None:
    data = "AAA\r\nBBB\r\n".encode("utf-16")
    lines, _ = split_scan_lines(data)
    assert [line.text for line in lines] == ["AAA", "BBB"]


def test_import_file_with_every_kind_of_line(
    paths: DataPaths, store: Store, manifest: Manifest, tmp_path: Path
) -> None:
    junk = b"Q" * 10_240
    data = b"".join(
        [
            codecs.BOM_UTF8,
            manifest.near[0].encode() + b"\r\n",
            b"\r\n",
            manifest.near[1].lower().encode() + b"\r\n",
            manifest.near[0].encode() + b"\r\n",  # the same code again: one event
            manifest.far.encode() + b"\r\n",
            manifest.unknown.encode() + b"\r\n",
            b"1Z999AA10123456785\r\n",  # wrong check digit
            junk + b"\r\n",
            b"\xc3\x28\xa0\xa1 broken bytes\r\n",
            b"\x00\x01garbage\x02\r\n",
            b"   \r\n",
            manifest.near[2].encode(),  # no line end at the very end
        ]
    )
    batch = tmp_path / "scanner.txt"
    batch.write_bytes(data)
    summary = import_scans_command(paths, batch)
    assert summary["ok"] is True
    assert summary["lines"] == 12 and summary["blank_lines"] == 2 and summary["scanned"] == 10
    assert summary["counts"] == {
        "received": 3,
        "already_received": 1,
        "not_on_manifest": 1,
        "outside_radius": 1,
        "invalid": 4,
        "confirm": 0,
    }
    assert summary["events_recorded"] == 3 + 1 + 2
    assert event_count(store) == 6
    by_line = {r["line"]: r for r in summary["results"]}
    assert by_line[1]["outcome"] == "received" and by_line[1]["shelf_slot"] == "A-1"
    assert by_line[1]["recipient"] == "Ann Archer"
    assert by_line[4]["outcome"] == "already_received" and by_line[4]["events"] == []
    assert by_line[7]["error_code"] == "check_digit"
    assert len(by_line[8]["code"]) < 120 and "10240 characters" in by_line[8]["code"]
    assert by_line[9]["error_code"] == "not_text"
    assert by_line[12]["outcome"] == "received"
    assert summary["tally"]["received"] == 4  # near 0, 1, 2 and far
    assert summary["tally"]["unexpected"] == 1
    assert manifest.near[3] in summary["not_scanned"]
    json.dumps(summary)  # all plain JSON

    # The same file again: nothing doubled.
    again = import_scans_command(paths, batch)
    assert again["events_recorded"] == 0
    assert again["counts"]["already_received"] == 6
    assert event_count(store) == 6


def test_import_reports_progress_as_a_fraction_and_a_message(
    store: Store, manifest: Manifest
) -> None:
    from shopapp.counter.batch import import_scans
    from shopapp.messages import Message

    codes = [manifest.near[n % len(manifest.near)] for n in range(25)]
    seen: list[tuple[float, Message]] = []
    summary = import_scans(
        store,
        "\n".join(codes).encode(),
        progress=lambda f, m: seen.append((f, m)),
        chunk_lines=10,
    )
    assert summary["scanned"] == len(codes)
    # The start, then after each committed chunk (10, 20, 25 lines), in increasing order.
    assert [fraction for fraction, _ in seen] == [0.0, 0.4, 0.8, 1.0]
    assert [m.arg("done") for _, m in seen] == [0, 10, 20, 25]
    last = seen[-1][1]
    assert last.code == "batch.progress" and last.count == len(codes)
    assert str(last) == f"Checked in {len(codes)} of {len(codes)} codes"


def test_cli_prints_the_summary(
    paths: DataPaths,
    store: Store,
    manifest: Manifest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    batch = tmp_path / "codes.txt"
    batch.write_text(f"{manifest.near[0]}\n{manifest.near[1]}\n")
    assert main(["import-scans", str(batch), "--data-dir", str(paths.root)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["counts"]["received"] == 2


def test_cli_missing_file_is_a_clear_error(
    paths: DataPaths,
    store: Store,
    manifest: Manifest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import-scans", str(tmp_path / "nope.txt"), "--data-dir", str(paths.root)]) == 2
    assert "No file" in capsys.readouterr().err
    with pytest.raises(ShopAppError) as caught:
        import_scans_command(paths, tmp_path / "nope.txt")
    assert caught.value.message.code == "batch.no_file"
    assert caught.value.message.arg("path") == str(tmp_path / "nope.txt")


def test_no_profile_is_a_clear_error(paths: DataPaths, store: Store, tmp_path: Path) -> None:
    batch = tmp_path / "codes.txt"
    batch.write_text("1Z999AA10123456784\n")
    with pytest.raises(ShopAppError, match="no profile"):
        import_scans_command(paths, batch)


def test_no_database_is_a_clear_error(tmp_path: Path) -> None:
    from shopapp.paths import data_paths

    batch = tmp_path / "codes.txt"
    batch.write_text("1Z999AA10123456784\n")
    with pytest.raises(ShopAppError, match="No shop database"):
        import_scans_command(data_paths(tmp_path / "empty"), batch)
    assert not (tmp_path / "empty").exists()


def test_a_directory_is_not_a_batch_file(paths: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(ShopAppError, match="not a file"):
        import_scans_command(paths, tmp_path)


def test_a_cancelled_import_stops_between_chunks(store: Store, manifest: Manifest) -> None:
    from shopapp.counter.batch import ImportCancelled, import_scans

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(event_count(store))
        return len(asked) == 2  # after the second chunk

    codes = [*manifest.near, manifest.far, manifest.no_location, manifest.unknown]
    with pytest.raises(ImportCancelled) as caught:
        import_scans(store, "\n".join(codes).encode(), chunk_lines=2, cancelled=cancelled)
    assert caught.value.line == 5 and caught.value.done == 4
    assert asked == [2, 4]  # asked before each chunk but the first, with it committed
    assert event_count(store) == 4
    said = caught.value.message
    assert said.code == "batch.cancelled" and said.arg("line") == 5 and said.arg("done") == 4
    assert "stopped at line 5" in str(caught.value)
