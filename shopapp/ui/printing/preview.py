"""The shelf-label preview dialog, and printing a label without a dialog (on each scan)."""

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

from shopapp.labels import LABEL_4X6_IN, LABEL_62_MM, ShelfLabel, send_zpl, shelf_label_zpl

from shopapp.ui.printing.labels import (
    PDF_LABEL_SIZES,
    label_preview,
    pdf_label_size,
    write_label_pdf,
)

log = logging.getLogger(__name__)


def label_pdf_path(data_dir: Path, label: ShelfLabel, size_key: str) -> Path:
    return data_dir / "labels" / f"{label.tracking_number}-{pdf_label_size(size_key).key}.pdf"


def print_label(label: ShelfLabel, size_key: str, zpl_printer: str, data_dir: Path) -> str:
    """Send the label to the raw TCP label printer if one is set, else write its PDF.

    Runs off the UI thread (network, file). Returns where it went; errors are logged
    and returned as text, never raised (a label must not stop the counter).
    """
    try:
        if zpl_printer.strip():
            zpl_size = LABEL_62_MM if size_key == "62mm" else LABEL_4X6_IN
            send_zpl(shelf_label_zpl(label, zpl_size), zpl_printer)
            return zpl_printer
        return str(
            write_label_pdf(
                label_pdf_path(data_dir, label, size_key), [label], pdf_label_size(size_key)
            )
        )
    except Exception as error:
        log.warning("shelf label of %s not printed: %s", label.tracking_number, error)
        return f"error: {error}"


class LabelPreviewDialog(QDialog):
    """Shows the label as it prints; saves it as PDF (4x6 in or 62 mm) and opens it."""

    def __init__(
        self, label: ShelfLabel, size_key: str, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.data_dir = data_dir
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
