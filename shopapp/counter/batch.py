"""Batch import: the codes of a text file (a cordless scanner's memory), checked in as if
scanned one by one, in chunks of lines that share a transaction."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from shopapp.clock import utc_now
from shopapp.counter.checkin import CheckInDesk
from shopapp.counter.outcomes import CheckInOutcome, Outcome
from shopapp.counter.tally import missing_parcels, tally
from shopapp.errors import ShopAppError, StoreError
from shopapp.messages import Message, Progress, message
from shopapp.paths import DataPaths
from shopapp.store import Store, open_store

MAX_FILE_BYTES = 20 * 1024 * 1024  # a scanner's memory holds thousands of codes, not millions
SHOWN_CODE_CHARS = 80
NOT_TEXT_CODE = "not_text"
NOT_TEXT = (
    "This line holds bytes that are not text (not UTF-8): scan that parcel again at the "
    "counter or type its number."
)
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
# Lines per transaction: the commit's fsync shared by many, and still a small loss when
# the disk fills (that chunk is tried again line by line).
CHUNK_LINES = 1000


@dataclass(frozen=True, slots=True)
class ScanLine:
    """One non-blank line of a batch file: its number (from 1) and text, or why not text."""

    number: int
    text: str | None
    error: str | None = None  # English, for the CLI's summary


def split_scan_lines(data: bytes) -> tuple[list[ScanLine], int]:
    """The non-blank lines of a batch file and how many lines it has in all.

    Tolerates a UTF-8 or UTF-16 byte-order mark, CRLF, CR or LF line ends, and lines
    that are not UTF-8 (returned with an error, never guessed at).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ShopAppError(
                message(
                    "batch.bad_utf16",
                    "The file says it is UTF-16 text but is not: export it again from the scanner.",
                )
            ) from exc
        data = text.encode("utf-8", "surrogatepass")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    raw_lines = _LINE_BREAK.split(data)
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()  # the final line break ends the last line; it starts none
    lines: list[ScanLine] = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            lines.append(ScanLine(number, None, NOT_TEXT))
            continue
        if text.strip():
            lines.append(ScanLine(number, text))
    return lines, len(raw_lines)


class ImportStopped(StoreError):
    """The database failed part way through a batch: the lines before `line` are in."""

    code = "batch.stopped"

    def __init__(self, cause: StoreError, line: int) -> None:
        self.cause = cause
        self.line = line
        super().__init__(
            f"{cause} The import stopped at line {line}: the lines before it were checked "
            "in. Import the file again once this is fixed; codes already checked in are not "
            "counted twice."
        )

    def message_args(self) -> dict[str, object]:
        return {"line": self.line, "cause": self.cause}


class ImportCancelled(ShopAppError):
    """The shopkeeper stopped the import between two chunks: the lines before `line` are in."""

    code = "batch.cancelled"

    def __init__(self, line: int, done: int) -> None:
        self.line = line
        self.done = done
        super().__init__(
            f"Import stopped at line {line}: the {done} codes before it were checked in. "
            "Import the file again to check in the rest; codes already checked in are not "
            "counted twice."
        )

    def message_args(self) -> dict[str, object]:
        return {"line": self.line, "done": self.done}


def _progress_message(done: int, total: int) -> Message:
    return message("batch.progress", f"Checked in {done} of {total} codes", count=total, done=done)


def _shown(text: str) -> str:
    text = text.strip()
    if len(text) <= SHOWN_CODE_CHARS:
        return text
    return f"{text[:SHOWN_CODE_CHARS]}… ({len(text)} characters)"


def _line_result(line: ScanLine, outcome: CheckInOutcome | None) -> dict[str, Any]:
    if outcome is None:  # not text: nothing was parsed, nothing written
        return {
            "line": line.number,
            "code": None,
            "outcome": str(Outcome.INVALID),
            "error_code": NOT_TEXT_CODE,
            "message": line.error,
            "tracking_number": None,
            "shelf_slot": None,
            "recipient": "",
            "status": None,
            "events": [],
            "repeat": False,
        }
    return {
        "line": line.number,
        "code": _shown(line.text or ""),
        "outcome": str(outcome.outcome),
        "error_code": outcome.error_code,
        "message": str(outcome.message),  # English: the CLI's summary
        "tracking_number": outcome.tracking_number,
        "shelf_slot": outcome.shelf_slot,
        "recipient": outcome.recipient,
        "status": outcome.status,
        "events": list(outcome.events),
        "repeat": outcome.repeat,
    }


def import_scans(
    store: Store,
    data: bytes,
    *,
    source: str = "",
    progress: Progress | None = None,
    chunk_lines: int = CHUNK_LINES,
    clock: Callable[[], datetime] = utc_now,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Check in every code of a batch file exactly as if scanned; a JSON-ready summary.

    The lines go in chunks of `chunk_lines`, one transaction each, through the same
    rules as a scan at the counter (`CheckInDesk`): the same outcomes, events and order
    as one transaction per line. If the database fails part way (disk full), the
    chunks before are kept, the failed chunk is tried again line by line so that every
    line before the failing one is in, and `ImportStopped` says at which line it stopped:
    importing the file again is safe (those codes answer "already received").
    `clock` gives each line's moment, in order (a test's fixed times). `cancelled` is
    asked before each chunk after the first: True stops the import there with
    `ImportCancelled` (the chunks before are in, as after a stop by the disk).
    """
    lines, total = split_scan_lines(data)
    if progress is not None:
        progress(0.0, _progress_message(0, len(lines)))
    counts = {str(outcome): 0 for outcome in Outcome}
    results: list[dict[str, Any]] = []
    repeats = events = 0
    step = max(1, chunk_lines)
    for start in range(0, len(lines), step):
        chunk = lines[start : start + step]
        if start and cancelled is not None and cancelled():
            raise ImportCancelled(chunk[0].number, start)
        try:
            outcomes = _check_in_chunk(store, chunk, clock)
        except StoreError:
            # Nothing of this chunk was written: line by line now, to keep every line
            # before the failing one and to name it.
            outcomes = []
            for line in chunk:
                try:
                    outcomes.append(_check_in_chunk(store, [line], clock)[0])
                except StoreError as exc:
                    raise ImportStopped(exc, line.number) from exc
        for line, outcome in zip(chunk, outcomes, strict=True):
            result = _line_result(line, outcome)
            counts[result["outcome"]] += 1
            repeats += int(result["repeat"])
            events += len(result["events"])
            results.append(result)
        if progress is not None:
            done = start + len(chunk)
            progress(done / len(lines), _progress_message(done, len(lines)))
    now_tally = tally(store)
    return {
        "ok": True,
        "file": source,
        "lines": total,
        "blank_lines": total - len(lines),
        "scanned": len(lines),
        "counts": counts,
        "repeats": repeats,
        "events_recorded": events,
        "tally": now_tally.as_dict(),
        "not_scanned": [p.tracking_number for p in missing_parcels(store, limit=1000)],
        "results": results,
    }


def _check_in_chunk(
    store: Store, chunk: list[ScanLine], clock: Callable[[], datetime]
) -> list[CheckInOutcome | None]:
    """The lines' outcomes (None: not text), committed together or not at all."""
    with store.write() as session:
        desk = CheckInDesk(session)
        desk.prefetch([line.text for line in chunk if line.text is not None])
        outcomes = [
            None if line.text is None else desk.check_in(line.text, clock()) for line in chunk
        ]
        desk.flush()
    return outcomes


def read_batch_file(file: str | os.PathLike[str]) -> bytes:
    """The bytes of a batch file, or a ShopAppError that says what is wrong with it."""
    path = Path(file)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ShopAppError(
                message(
                    "batch.not_a_file",
                    f"{path} is not a file: give the scanner's exported text file.",
                    path=str(path),
                )
            )
        if size > MAX_FILE_BYTES:
            mb, most = size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)
            raise ShopAppError(
                message(
                    "batch.too_big",
                    f"{path} is {mb} MB: too big for a scanner's batch file "
                    f"(at most {most} MB). Is it the right file?",
                    path=str(path),
                    mb=mb,
                    most_mb=most,
                )
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ShopAppError(
            message(
                "batch.no_file",
                f"No file {path}: check the name and the folder.",
                path=str(path),
            )
        ) from exc
    except PermissionError as exc:
        raise ShopAppError(
            message(
                "batch.no_permission",
                f"{path} cannot be read (no permission).",
                path=str(path),
            )
        ) from exc
    except OSError as exc:
        raise ShopAppError(
            message(
                "batch.unreadable",
                f"{path} cannot be read: {exc.strerror or exc}.",
                path=str(path),
            )
        ) from exc


def import_scans_command(paths: DataPaths, file: str | os.PathLike[str]) -> dict[str, Any]:
    """`shopapp import-scans FILE`: open the store, import, return the summary."""
    data = read_batch_file(file)
    if not paths.database.exists():
        raise ShopAppError(
            message(
                "batch.no_database",
                f"No shop database in {paths.root}: open the app once (first-run setup) or "
                "run `shopapp pair` first, then import the file.",
                folder=str(paths.root),
            )
        )
    store = open_store(paths, daily_backup="skip")
    try:
        return import_scans(store, data, source=str(Path(file)))
    finally:
        store.close()
