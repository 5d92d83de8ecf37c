"""Wordings of the printing codes (see shopapp.ui.messages). Context "Messages" for lupdate.

`printer.*`: a print queue of the operating system (CUPS, the Windows spooler) or a
QPrinter that cannot print now, each saying which printer, what is wrong and what to
do. The print system's own status text, in its language, goes in brackets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message


def _printer(m: Message) -> str:
    return str(m.arg("printer") or "")


def _status(m: Message, default: str) -> str:
    return str(m.arg("status") or "") or default


TABLE: dict[str, Callable[[Message], str]] = {
    "printer.no_print_system": lambda m: QCoreApplication.translate(
        "Messages",
        "This computer has no print system (CUPS): install it, or set a network label "
        "printer (host:port) in Settings.",
    ),
    "printer.system_slow": lambda m: QCoreApplication.translate(
        "Messages",
        "The print system did not answer: restart the computer's printing service (CUPS), "
        "then print again.",
    ),
    "printer.none_chosen": lambda m: QCoreApplication.translate(
        "Messages", "No label printer is chosen: choose one in Settings."
    ),
    "printer.missing": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” is not installed on this computer: plug it in and switch it on, "
        "or choose another printer in Settings.",
    ).format(_printer(m)),
    "printer.paper_out": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” is out of paper or labels: load a new roll, then print again.",
    ).format(_printer(m)),
    "printer.not_accepting": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” is not accepting jobs ({1}): turn it back on in the computer's "
        "printer settings, then print again.",
    ).format(_printer(m), _status(m, QCoreApplication.translate("Messages", "refused"))),
    "printer.stopped": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” is stopped ({1}): resume it in the computer's printer settings, "
        "then print again.",
    ).format(_printer(m), _status(m, QCoreApplication.translate("Messages", "paused"))),
    "printer.offline": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” does not answer ({1}): check that it is switched on and its cable "
        "or network is connected, then print again.",
    ).format(_printer(m), _status(m, QCoreApplication.translate("Messages", "offline"))),
    "printer.job_refused": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” refused the job ({1}): check it in the computer's printer "
        "settings, then print again.",
    ).format(_printer(m), str(m.arg("answer") or "")),
    "printer.page_failed": lambda m: QCoreApplication.translate(
        "Messages",
        "The printer “{0}” could not start the job: check that it is installed and switched "
        "on, then print again.",
    ).format(_printer(m) or QCoreApplication.translate("Messages", "default printer")),
}
