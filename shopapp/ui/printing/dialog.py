"""The print dialog for documents (run sheet, pickup slip, day report).

The dialog opens on the `document_printer` setting ("" = the system's default). Qt's
dialog also offers printing to a PDF file (Linux: "Print to File (PDF)"; Windows:
"Microsoft Print to PDF"), so saving as PDF stays one choice away. Before a job is
made, the chosen OS printer's state is checked, so a missing, stopped or refusing
printer is said at once rather than a job lost in a queue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from shopapp.labels import PrinterError
from shopapp.labels.queue import check_queue
from shopapp.messages import message

from shopapp.ui.printing.printers import printer_for


def ask_printer(parent: QWidget | None, preferred: str, title: str) -> QPrinter | None:
    """The printer the shopkeeper chose in the print dialog, or None when cancelled."""
    printer = printer_for(preferred)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("Printing", "Print"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def check_printer(printer: QPrinter) -> None:
    """Raise the message for an OS printer that cannot print now (a PDF file always can).

    Raises:
        PrinterError: the printer is missing, stopped, refusing jobs or out of paper.
    """
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return
    name = printer.printerName()
    if not name:
        raise PrinterError(
            message("printer.page_failed", "No printer could start the job.", printer="")
        )
    check_queue(name)


def finished(printer: QPrinter, ok: bool) -> None:
    """Raise when painting on `printer` did not start or the printer failed the job."""
    if not ok:
        raise PrinterError(
            message(
                "printer.page_failed",
                f"The printer {printer.printerName()!r} could not start the job.",
                printer=printer.printerName(),
            )
        )
