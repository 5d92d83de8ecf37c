"""The route map's layer in painted tiles: kept between frames, painted within a budget.

The land (roads, water) and the place names are painted in 256-pixel tiles on a grid
fixed to the scene at each zoom, and kept (least recently used out first, past 64 MB or
1.5 times what the view and the ring around it take, whichever is more).
A pan draws kept tiles. Tiles that come into view are painted, centre first, until the
frame's time budget is spent; the rest follow on the next frames, and meanwhile the
previous zoom's tiles are stretched over the gap, so a wheel zoom answers at once and
sharpens a moment later. When the view rests, the ring of tiles around it is painted
ahead, one per turn of the event loop, so the next pan finds them ready.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter, QTransform

from shopapp.ui.widgets.map_layer import Label, LevelGeometry, MapLayer
from shopapp.ui.widgets.map_style import MapStyle

TILE = 256
CACHE_BYTES = 64 << 20  # at least; more when the view needs it (see Tiles.begin)
BUDGET_S = 0.020  # painting per frame before the rest waits for the next frames
INDEX_SLICE_S = 0.008  # indexing the basemap's levels, a slice per idle turn
LAND, NAMES = "land", "names"


EMPTY = QImage()  # a tile painted with nothing on it (no place name there)


class TileCache:
    """Painted tiles by key, least recently used out first past `max_bytes`."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._images: OrderedDict[Hashable, QImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._images)

    @property
    def bytes(self) -> int:
        return self._bytes

    def get(self, key: Hashable) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: Hashable, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.max_bytes and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()


@dataclass
class Frame:
    """What the view asked for last: enough to paint tiles ahead between frames."""

    style: MapStyle
    scale: float
    visible: QRect  # global pixels
    ratio: float
    obstacles: Callable[[], Sequence[QRectF]]
    obstacles_key: object
    level: LevelGeometry | None = None  # set by Tiles.begin: the level painted this frame


class Tiles:
    """Draws a MapLayer for one view; `request_update` asks the view for another frame."""

    def __init__(self, layer: MapLayer, request_update: Callable[[], None]) -> None:
        self.layer = layer
        self.cache = TileCache()
        self.request_update = request_update
        self.paint_ms: list[float] = []  # each land tile's painting, for the benchmark
        self.missing = 0  # tiles in view not painted yet
        self._frame: Frame | None = None
        self._deadline = 0.0
        self._stretch: tuple[float, float] | None = None  # (scale, level) of the last full view
        self._labels: tuple[object, list[Label]] | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._idle)

    # -- one frame -------------------------------------------------------------------

    def begin(self, frame: Frame, budget_s: float = BUDGET_S) -> None:
        frame.level = self.layer.geometry(1.0 / frame.scale)
        # Room for the view and the ring around it and half as much again (names, most
        # of them empty tiles, and the last zoom to stretch): a smaller cache would throw
        # out tiles in view to keep the ring. A HiDPI screen needs four times the bytes.
        ring = frame.visible.adjusted(-TILE, -TILE, TILE, TILE)
        tiles = (ring.width() // TILE + 2) * (ring.height() // TILE + 2)
        land = tiles * 4 * round(TILE * frame.ratio) ** 2
        self.cache.max_bytes = max(CACHE_BYTES, land * 3 // 2)
        self._frame = frame
        self._deadline = time.perf_counter() + budget_s
        self.missing = 0

    def end(self) -> None:
        frame = self._frame
        if frame is None:
            return
        if self.missing:
            self._timer.start(0)  # the next frame paints more
            return
        self._stretch = (frame.scale, _level(frame))
        self._timer.start(0)  # then the ring around the view, while idle

    def draw(self, painter: QPainter, kind: str) -> None:
        """Draw the `kind` tiles covering the frame's view (painter: the view's transform)."""
        frame = self._frame
        assert frame is not None
        origin = painter.worldTransform().map(QPointF(0, 0))  # where global pixel 0,0 is
        ox, oy = round(origin.x()), round(origin.y())
        painter.save()
        painter.setWorldTransform(QTransform())
        for tx, ty in _tiles(frame.visible):
            image = self.cache.get(self._key(kind, frame, tx, ty))
            if image is None and time.perf_counter() < self._deadline:
                image = self._paint(kind, frame, tx, ty)
            if image is not None:
                if not image.isNull():
                    painter.drawImage(QPoint(tx * TILE + ox, ty * TILE + oy), image)
                continue
            self.missing += 1
            if kind == LAND:
                self._stretch_into(painter, frame, tx, ty, ox, oy)
        painter.restore()

    # -- tiles -----------------------------------------------------------------------

    def _key(self, kind: str, frame: Frame, tx: int, ty: int) -> Hashable:
        if kind == LAND:
            return (LAND, _level(frame), round(frame.scale, 9), frame.style.name,
                    frame.ratio, tx, ty)
        return (NAMES, round(frame.scale, 9), frame.style.name, frame.ratio,
                frame.obstacles_key, tx, ty)

    def _paint(self, kind: str, frame: Frame, tx: int, ty: int) -> QImage:
        rect = QRect(tx * TILE, ty * TILE, TILE, TILE)
        if kind == LAND:
            started = time.perf_counter()
            image = self.layer.paint_land(frame.style, frame.scale, rect, frame.ratio,
                                          frame.level)
            self.paint_ms.append((time.perf_counter() - started) * 1000)
        else:
            image = self.layer.paint_names(frame.style, self._labels_for(frame), rect,
                                           frame.ratio) or EMPTY
        self.cache.put(self._key(kind, frame, tx, ty), image)
        return image

    def _labels_for(self, frame: Frame) -> list[Label]:
        """Which names show where: decided once per zoom for the whole map, so a name
        split over two tiles is the same name in both."""
        key = (round(frame.scale, 9), frame.obstacles_key)
        if self._labels is None or self._labels[0] != key:
            self._labels = (key, self.layer.labels(frame.scale, frame.obstacles()))
        return self._labels[1]

    def _stretch_into(self, painter: QPainter, frame: Frame, tx: int, ty: int,
                      ox: int, oy: int) -> None:
        """Fill a tile not painted yet with the last full view's tiles, scaled (or, when
        only the level changed, as they are)."""
        if self._stretch is None or self._stretch == (frame.scale, _level(frame)):
            return
        old_scale, old_level = self._stretch
        target = QRect(tx * TILE + ox, ty * TILE + oy, TILE, TILE)
        factor = frame.scale / old_scale
        old = QRectF(tx * TILE / factor, ty * TILE / factor, TILE / factor, TILE / factor)
        painter.save()
        painter.setClipRect(target)
        for ux, uy in _tiles(old.toAlignedRect()):
            key = (LAND, old_level, round(old_scale, 9), frame.style.name, frame.ratio, ux, uy)
            image = self.cache.get(key)
            if image is not None and not image.isNull():
                where = QRectF(ux * TILE * factor + ox, uy * TILE * factor + oy,
                               TILE * factor, TILE * factor)
                painter.drawImage(where, image, QRectF(image.rect()))
        painter.restore()

    def _idle(self) -> None:
        """Between frames: ask for the frame that paints what is missing, index a slice
        of the levels (and repaint once this zoom's own is ready), or paint one tile of
        the ring around the view."""
        if self.missing:
            self.request_update()
            return
        frame = self._frame
        if frame is None:
            return
        if not self.layer.complete:
            self.layer.step(INDEX_SLICE_S)
            self._timer.start(0)
        if frame.level is not self.layer.geometry(1.0 / frame.scale):
            self.request_update()  # the level for this zoom is ready: paint with it
            return
        ring = frame.visible.adjusted(-TILE, -TILE, TILE, TILE)
        for kind in (LAND, NAMES):
            for tx, ty in _tiles(ring):
                if self.cache.get(self._key(kind, frame, tx, ty)) is None:
                    self._paint(kind, frame, tx, ty)
                    self._timer.start(0)
                    return

    def stop(self) -> None:
        self._timer.stop()


def _level(frame: Frame) -> float:
    assert frame.level is not None
    return frame.level.tolerance_m


def _tiles(rect: QRect) -> Iterator[tuple[int, int]]:
    """The tiles meeting `rect` (global pixels), the centre first."""
    x0, x1 = math.floor(rect.left() / TILE), math.floor(rect.right() / TILE)
    y0, y1 = math.floor(rect.top() / TILE), math.floor(rect.bottom() / TILE)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    cells = [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
    yield from sorted(cells, key=lambda c: (c[0] - cx) ** 2 + (c[1] - cy) ** 2)
