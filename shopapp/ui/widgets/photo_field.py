"""A photo for proof of delivery: from a file or, when there is one, the camera.

The widget keeps the chosen picture's bytes as they came (file or camera); the
core (`shopapp.delivery.photos`) shrinks it and strips its metadata when the
outcome is recorded; the preparation runs on the app's operation runner (its pool), so
the form stays responsive. Without QtMultimedia or without a camera the camera button
says so and stays disabled; choosing a file always works.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.delivery.errors import PhotoError
from shopapp.delivery.photos import MAX_INPUT_BYTES, PreparedPhoto, prepare

from shopapp.ui.messages import error_text

if TYPE_CHECKING:
    from shopapp.ui.operations import Operations

log = logging.getLogger(__name__)
_camera_count: int | None = None
_PREVIEW_BORDER = QSize(8, 8)  # the preview's dashed frame


def camera_count() -> int:
    """How many cameras Qt sees (0 without QtMultimedia); asked once per run."""
    global _camera_count
    if _camera_count is None:
        try:
            from PySide6.QtMultimedia import QMediaDevices

            _camera_count = len(QMediaDevices.videoInputs())
        except Exception:  # no multimedia back end at all: files only
            log.info("camera look-up failed; photos from files only", exc_info=True)
            _camera_count = 0
    return _camera_count


class PhotoField(QWidget):
    """Preview plus 'Choose photo file…' and 'Camera…'; `photo()` gives the photo.

    A chosen photo is prepared (shrunk, metadata stripped) in the background at once;
    `photo()` returns the prepared one when ready, else the raw bytes, which the core
    then prepares itself. `ready` is emitted when the preparation ended.
    """

    changed = Signal()
    ready = Signal()

    def __init__(self, parent: QWidget | None = None, vertical: bool = False,
                 ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.ops = ops  # the app's runner: the photo is prepared on its pool
        self._bytes: bytes | None = None
        self._prepared: PreparedPhoto | None = None
        self._token = 0
        self.preview = QLabel(self.tr("No photo yet"))
        self.preview.setObjectName("photoPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 170)
        self.preview.setStyleSheet(
            # The theme's colours: readable on a light or a dark desktop.
            "border: 2px dashed palette(mid); color: palette(text);"
            " background: palette(alternate-base); font-size: 13pt"
        )
        self.file_button = QPushButton(self.tr("Choose photo file… (Ctrl+O)"))
        self.camera_button = QPushButton(self.tr("Take photo with camera…"))
        self.remove_button = QPushButton(self.tr("Remove photo"))
        for button in (self.file_button, self.camera_button, self.remove_button):
            button.setMinimumHeight(48)
        if camera_count() == 0:
            self.camera_button.setEnabled(False)
            self.camera_button.setText(self.tr("No camera found"))
            self.camera_button.setToolTip(self.tr("Choose a photo file instead."))
        self.file_button.clicked.connect(self.choose_file)
        self.camera_button.clicked.connect(self.take_photo)
        self.remove_button.clicked.connect(lambda: self.set_photo(None))
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        buttons = QVBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.camera_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.file_button)
        self._show()

    def photo(self) -> PreparedPhoto | bytes | None:
        return self._prepared or self._bytes

    def is_preparing(self) -> bool:
        return self._bytes is not None and self._prepared is None

    def set_photo(self, content: bytes | None) -> None:
        self._bytes = content or None
        self._prepared = None
        self._token += 1
        token, content = self._token, self._bytes
        self._show()
        self.changed.emit()
        if content is None:
            return
        if self.ops is None:
            # No runner (a form shown on its own): prepare it here (half a second at most).
            try:
                self._prepared_done(token, prepare(content))
            except PhotoError as error:
                self._refused(token, error)
            return
        self.ops.read(lambda job: prepare(content), owner=self,
                      done=lambda photo: self._prepared_done(token, photo),
                      failed=lambda error: self._refused(token, error))

    def _prepared_done(self, token: int, result: PreparedPhoto) -> None:
        if token != self._token:
            return  # a photo chosen since then replaced this one
        self._prepared = result
        self._show()
        self.ready.emit()

    def _refused(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        log.info("photo refused: %r", error)
        self._bytes = None
        self._show()
        self.preview.setText(
            self.tr("This file is not a photo the app can use.\nChoose another.")
            if isinstance(error, PhotoError) else error_text(error)
        )
        self.ready.emit()

    def _show(self) -> None:
        self.remove_button.setEnabled(self._bytes is not None)
        if self._bytes is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo yet"))
            return
        if self._prepared is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Preparing the photo…"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(self._prepared.jpeg):
            self.preview.setText(self.tr("Photo chosen (no preview)"))
            return
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size() - _PREVIEW_BORDER,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            start,
            self.tr("Pictures (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_INPUT_BYTES:
                self.preview.setText(self.tr("{0} is too large for a photo.").format(path.name))
                return
            self.set_photo(path.read_bytes())
        except OSError as error:
            self.preview.setText(self.tr("Cannot read {0}: {1}").format(
                path.name, error_text(error)))

    def take_photo(self) -> None:
        dialog = CameraDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.image_bytes:
            self.set_photo(dialog.image_bytes)


class CameraDialog(QDialog):
    """A live viewfinder and a shutter button (Space); `image_bytes` after accept()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo"))
        self.image_bytes: bytes | None = None
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.viewfinder = QVideoWidget()
        self.viewfinder.setMinimumSize(640, 480)
        self.session = QMediaCaptureSession(self)
        self.camera = QCamera(self)
        self.capture = QImageCapture(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.viewfinder)
        self.status = QLabel(self.tr("Starting the camera…"))
        self.shutter = QPushButton(self.tr("Take photo (Space)"))
        self.shutter.setMinimumHeight(56)
        self.shutter.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setMinimumHeight(56)
        self.shutter.clicked.connect(self._shoot)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._shoot)
        self.capture.readyForCaptureChanged.connect(self._ready)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(self._failed)
        self.camera.errorOccurred.connect(lambda _e, text: self.status.setText(text))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.shutter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewfinder, 1)
        layout.addLayout(buttons)
        self.camera.start()

    def _ready(self, ready: bool) -> None:
        self.shutter.setEnabled(ready)
        if ready:
            self.status.setText(self.tr("Point the camera at the parcel where it was left."))

    def _shoot(self) -> None:
        if self.capture.isReadyForCapture():
            self.capture.capture()

    def _captured(self, _request: int, image: QImage) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, b"JPEG", 92)
        buffer.close()
        self.image_bytes = bytes(data.data())
        self.camera.stop()
        self.accept()

    def _failed(self, _request: int, _error: object, text: str) -> None:
        self.status.setText(self.tr("The camera failed: {0}").format(text))

    def reject(self) -> None:
        self.camera.stop()
        super().reject()
