"""The printers the operating system knows (QPrinterInfo): names for Settings' lists,
and a QPrinter for a chosen name.

A printer name is what QPrinterInfo calls it (a CUPS queue on Linux, a Windows printer
name); "" means "the system's default printer".
"""

from __future__ import annotations

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


def installed_printers() -> list[str]:
    """The names of the printers installed on this computer, sorted, without duplicates."""
    return sorted(set(QPrinterInfo.availablePrinterNames()), key=str.casefold)


def default_printer() -> str:
    """The system's default printer's name; "" when there is none."""
    return QPrinterInfo.defaultPrinterName()


def is_installed(name: str) -> bool:
    """Whether `name` is an installed printer ("" asks whether there is a default one)."""
    if not name:
        return bool(default_printer())
    return name in QPrinterInfo.availablePrinterNames()


def printer_for(
    name: str, mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution
) -> QPrinter:
    """A QPrinter for the printer called `name` ("" = the default), full-page, no margins.

    HighResolution mode paints at the printer's own resolution (203 dpi for a thermal
    label head), so vector bars land on whole dots.
    """
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    printer = QPrinter(info, mode) if not info.isNull() else QPrinter(mode)
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer
