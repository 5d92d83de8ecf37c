"""Printing one shelf label without a dialog ("Print label on scan"), to where the settings say.

- `zpl_printer` (host:port) set: ZPL over raw TCP to a network Zebra, as before.
- `label_printer` set, language "zpl": the same ZPL raw to that OS queue (CUPS `lp -o
  raw`, the Windows spooler's RAW datatype), for a USB Zebra.
- `label_printer` set, language "page": a Qt page at the label's real size, painted at
  the printer's resolution (vector bars), for any label printer with a driver.
- nothing set: the label's PDF under the data dir's labels/ (as before).

A label that does not print is kept under labels/unprinted/ (its PDF, and what it says
so that it can be printed again after a restart: `kept_labels`), and the result says
why (a `printer.*` / `label.*` code), so the page can offer "Print again". Runs off the
UI thread: QPainter on a QPrinter needs no GUI thread (no QPixmap is used), and labels
go out one at a time, in the order they were scanned.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shopapp.labels import (
    LABEL_4X6_IN,
    LABEL_62_MM,
    PrinterError,
    ShelfLabel,
    send_zpl,
    shelf_label_zpl,
)
from shopapp.labels.queue import check_queue, job_ids, send_raw, wait_for_jobs
from shopapp.messages import message

from shopapp.ui.printing.labels import pdf_label_size, print_labels, write_label_pdf
from shopapp.ui.printing.printers import printer_for

log = logging.getLogger(__name__)

LABEL_WAIT_S = 10.0  # how long a label may wait for the printer to take it
_ONE_AT_A_TIME = threading.Lock()  # labels leave in scan order, never interleaved
# printer -> (when it last failed, why): labels that were already waiting behind a label
# that failed are kept at once with the same reason, rather than each waiting its turn
# (a burst of scans with the printer off would hold the pool's threads for minutes).
_FAILED: dict[str, tuple[float, PrinterError]] = {}


@dataclass(frozen=True)
class LabelTarget:
    """Where a label goes, from the settings of the moment."""

    size_key: str = "4x6in"
    label_printer: str = ""
    language: str = "page"  # "page" | "zpl"
    zpl_printer: str = ""

    @classmethod
    def from_settings(cls, setting: Callable[[str], object]) -> LabelTarget:
        return cls(
            str(setting("label_size") or "4x6in"),
            str(setting("label_printer") or ""),
            str(setting("label_printer_language") or "page"),
            str(setting("zpl_printer") or ""),
        )

    @property
    def printer(self) -> str:
        """The printer's name as the shopkeeper knows it ("" = none chosen)."""
        return self.zpl_printer.strip() or self.label_printer


@dataclass(frozen=True)
class LabelPrinted:
    """What became of one label: printed at `where`, or the error and the kept copy."""

    label: ShelfLabel
    target: LabelTarget
    where: str = ""
    error: BaseException | None = None
    kept: Path | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def label_pdf_path(data_dir: Path, label: ShelfLabel, size_key: str) -> Path:
    return data_dir / "labels" / f"{label.tracking_number}-{pdf_label_size(size_key).key}.pdf"


def unprinted_path(data_dir: Path, label: ShelfLabel) -> Path:
    """Where a label that did not print is kept, to print again."""
    return data_dir / "labels" / "unprinted" / f"{label.tracking_number}.pdf"


def _keep(label: ShelfLabel, target: LabelTarget, data_dir: Path) -> Path:
    """The label's PDF (to open or print by hand) and what it says (to print it again
    after a restart), under labels/unprinted/."""
    kept = unprinted_path(data_dir, label)
    write_label_pdf(kept, [label], pdf_label_size(target.size_key))
    fields = {
        "tracking_number": label.tracking_number,
        "recipient_short_name": label.recipient_short_name,
        "shelf_slot": label.shelf_slot,
        "stop_number": label.stop_number,
        "day": label.day.isoformat(),
    }
    kept.with_suffix(".json").write_text(json.dumps(fields), encoding="utf-8")
    return kept


def _forget(label: ShelfLabel, data_dir: Path) -> None:
    kept = unprinted_path(data_dir, label)
    kept.unlink(missing_ok=True)
    kept.with_suffix(".json").unlink(missing_ok=True)


def kept_labels(data_dir: Path) -> list[ShelfLabel]:
    """The labels kept because they did not print, oldest first (a damaged entry is
    skipped: its PDF stays to print by hand)."""
    folder = data_dir / "labels" / "unprinted"
    if not folder.is_dir():
        return []
    labels: list[tuple[float, ShelfLabel]] = []
    for entry in folder.glob("*.json"):
        try:
            fields = json.loads(entry.read_text(encoding="utf-8"))
            label = ShelfLabel(
                str(fields["tracking_number"]),
                str(fields["recipient_short_name"]),
                str(fields["shelf_slot"]),
                fields["stop_number"] if isinstance(fields["stop_number"], int) else None,
                date.fromisoformat(str(fields["day"])),
            )
            labels.append((entry.stat().st_mtime, label))
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("kept label %s unreadable: %s", entry.name, error)
    return [label for _when, label in sorted(labels, key=lambda pair: pair[0])]


def print_label_page(label: ShelfLabel, size_key: str, name: str, wait_s: float) -> str:
    """The label as a page through QPrinter to the OS printer `name`; returns `name` once
    the print system has handed the job to the printer.

    Raises:
        PrinterError: missing, stopped, refusing, out of paper, or not taking the job.
    """
    check_queue(name)  # before a job exists: say what is wrong with the printer
    before = job_ids(name, finished_too=True)
    printer = printer_for(name)
    # Qt does not know it (removed since the check), or cannot start the job.
    if printer.printerName() != name or not print_labels(
        printer, [label], pdf_label_size(size_key)
    ):
        raise PrinterError(
            message(
                "printer.page_failed",
                f"The printer {name!r} could not start the job.",
                printer=name,
            )
        )
    del printer  # the job is submitted when the painter ends; nothing more to send
    made = job_ids(name, finished_too=True) - before
    if not made:  # Qt says nothing when CUPS refused its job: ask the queue why
        check_queue(name)
    wait_for_jobs(name, made, wait_s)
    return name


def _send(label: ShelfLabel, target: LabelTarget, data_dir: Path, wait_s: float) -> str:
    if target.zpl_printer.strip():
        zpl_size = LABEL_62_MM if target.size_key == "62mm" else LABEL_4X6_IN
        send_zpl(shelf_label_zpl(label, zpl_size), target.zpl_printer)
        return target.zpl_printer
    if target.label_printer:
        if target.language == "zpl":
            zpl_size = LABEL_62_MM if target.size_key == "62mm" else LABEL_4X6_IN
            zpl = shelf_label_zpl(label, zpl_size).encode("utf-8")
            send_raw(
                zpl,
                target.label_printer,
                title=f"Shelf label {label.tracking_number}",
                timeout_s=wait_s,
            )
            return target.label_printer
        return print_label_page(label, target.size_key, target.label_printer, wait_s)
    # No printer chosen: the PDF, to print from the file (as before printers were listed).
    return str(
        write_label_pdf(
            label_pdf_path(data_dir, label, target.size_key),
            [label],
            pdf_label_size(target.size_key),
        )
    )


def print_label(
    label: ShelfLabel, target: LabelTarget, data_dir: Path, *, wait_s: float = LABEL_WAIT_S
) -> LabelPrinted:
    """Print one label where `target` says; never raises (a label must not stop the
    counter): a failure is logged, the label kept under labels/unprinted/, and returned."""
    kept = unprinted_path(data_dir, label)
    asked = time.monotonic()
    with _ONE_AT_A_TIME:
        try:
            failed = _FAILED.get(target.printer)
            if failed is not None and failed[0] > asked:  # it failed while this one waited
                raise PrinterError(failed[1].message)
            where = _send(label, target, data_dir, wait_s)
            _FAILED.pop(target.printer, None)
        except Exception as error:
            if isinstance(error, PrinterError):
                _FAILED[target.printer] = (time.monotonic(), error)
            log.warning("shelf label of %s not printed: %s", label.tracking_number, error)
            try:
                kept = _keep(label, target, data_dir)
            except OSError as keep_error:  # a full disk: the label stays in memory only
                log.warning("unprinted label %s not kept: %s", label.tracking_number, keep_error)
                return LabelPrinted(label, target, error=error)
            return LabelPrinted(label, target, error=error, kept=kept)
    _forget(label, data_dir)  # printed (again): no longer waiting
    return LabelPrinted(label, target, where)
