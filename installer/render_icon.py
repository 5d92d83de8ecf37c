"""Render resources/icons/shopapp.svg to the PNG (Linux, window icon) and ICO (Windows) icons.

Run after changing the SVG:  QT_QPA_PLATFORM=offscreen python installer/render_icon.py
The outputs are committed, so a build needs neither Qt's SVG module nor this script.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZE = 256
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "shopapp.svg"
    big = render(svg, PNG_SIZE)
    big.save(ICONS / "shopapp.png", optimize=True)
    # Each ICO size rendered from the vector, not scaled down from 256 px (sharper at 16 px).
    frames = [render(svg, size) for size in ICO_SIZES]
    frames[-1].save(
        ICONS / "shopapp.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1]
    )
    print(f"wrote {ICONS / 'shopapp.png'} and {ICONS / 'shopapp.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
