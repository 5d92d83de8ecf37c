"""The shelf-label preview dialog: print it (the print dialog opens on the label printer)
or save it as PDF. Printing without a dialog (on each scan) is in label_jobs.py."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.labels import ShelfLabel

from shopapp.ui.messages import error_text
from shopapp.ui.printing.dialog import ask_printer, check_printer, finished
from shopapp.ui.printing.label_jobs import label_pdf_path
from shopapp.ui.printing.labels import (
    PDF_LABEL_SIZES,
    label_preview,
    pdf_label_size,
    print_labels,
    write_label_pdf,
)

__all__ = ["LabelPreviewDialog", "label_pdf_path"]

log = logging.getLogger(__name__)


class LabelPreviewDialog(QDialog):
    """Shows the label as it prints; prints it (4x6 in or 62 mm) or saves it as PDF."""

    def __init__(
        self,
        label: ShelfLabel,
        size_key: str,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        printer: str = "",
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.data_dir = data_dir
        self.printer_name = printer  # the label_printer setting: the dialog opens on it
        self.setWindowTitle(self.tr("Shelf label {0}").format(label.shelf_slot))
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(self.tr("Label size"))
        for size in PDF_LABEL_SIZES.values():
            self.size_box.addItem(size.name, size.key)
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(pdf_label_size(size_key).key)))
        self.size_box.currentIndexChanged.connect(self._render)
        self.image = QLabel()
        self.image.setAccessibleName(self.tr("Label preview"))
        self.image.setStyleSheet("background: #888; padding: 12px;")
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setDefault(True)
        print_button.clicked.connect(lambda: self.print_label())
        save = QPushButton(self.tr("Save as PDF and open"))
        save.clicked.connect(lambda: self.save_pdf())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Label size:")))
        top.addWidget(self.size_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.image)
        layout.addWidget(self.saved)
        layout.addWidget(print_button)
        layout.addWidget(save)
        layout.addWidget(buttons)
        self._render()

    @property
    def size_key(self) -> str:
        return str(self.size_box.currentData())

    def _render(self) -> None:
        self.image.setPixmap(
            QPixmap.fromImage(label_preview(self.label, pdf_label_size(self.size_key)))
        )

    def save_pdf(self, open_it: bool = True) -> Path:
        path = write_label_pdf(
            label_pdf_path(self.data_dir, self.label, self.size_key),
            [self.label],
            pdf_label_size(self.size_key),
        )
        self.saved.setText(self.tr("Saved: {0}").format(path))
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def print_label(self) -> bool:
        """Print the label on the printer chosen in the print dialog, at the label's size."""
        printer = ask_printer(self, self.printer_name, self.tr("Print the shelf label"))
        if printer is None:
            return False
        try:
            check_printer(printer)
            finished(printer, print_labels(printer, [self.label], pdf_label_size(self.size_key)))
        except Exception as error:  # a printer's failure is said, never a crash
            self.saved.setText(error_text(error))
            return False
        self.saved.setText(
            self.tr("Sent to {0}").format(printer.printerName() or printer.outputFileName())
        )
        return True
