"""The route map's drawn layer: the basemap projected to the view's metres, and painted.

Each zoom draws the basemap level simplified for it (Basemap.level_for) and, through a
grid index, only the pieces of lines that fall in the rectangle asked for; map_tiles.py
keeps what is painted, so panning does not paint again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from shopapp.roads.basemap import ROAD_ORDER, Basemap, BasemapLevel, Place
from shopapp.roads.geo import LatLon

from shopapp.ui.widgets.map_style import MapStyle, RoadStyle

EARTH_RADIUS_M = 6_371_008.8
CELL_M = 2_000.0  # grid index cell
PIECE = 48  # points per indexed piece of line (short pieces have tight boxes)
WATERWAYS = {  # width at street zoom and at county zoom
    "river": RoadStyle("", None, 6.0, 1.6),
    "canal": RoadStyle("", None, 4.0, 1.2),
}
STREAM = RoadStyle("", None, 2.0, 0.7)
# Place kinds, most important first: (font px, bold, shown below this many metres/pixel).
PLACE_KINDS = {
    "city": (18, True, 1e9),
    "town": (16, True, 220.0),
    "village": (14, True, 45.0),
    "suburb": (13, False, 20.0),
    "hamlet": (12, False, 14.0),
    "locality": (11, False, 4.0),
    "isolated_dwelling": (11, False, 3.0),
}


class Projection:
    """Equirectangular projection around a centre: scene x = metres east, y = metres south."""

    def __init__(self, lat: float, lon: float) -> None:
        self.lat, self.lon = lat, lon
        self._cos = math.cos(math.radians(lat))
        self._k = math.pi / 180.0 * EARTH_RADIUS_M

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.lon) * self._cos * self._k, -(lat - self.lat) * self._k

    def point(self, lat: float, lon: float) -> QPointF:
        return QPointF(*self.xy(lat, lon))

    def latlon(self, point: QPointF) -> tuple[float, float]:
        """The inverse of point()."""
        lat = self.lat - point.y() / self._k
        lon = self.lon + point.x() / (self._cos * self._k)
        return lat, lon

    def polygon(self, points: Iterable[tuple[float, float]]) -> QPolygonF:
        return QPolygonF([QPointF(*self.xy(lat, lon)) for lat, lon in points])


Shape = QPolygonF | QPainterPath
Label = tuple[Place, QRectF, QPainterPath]  # the place, its box and text in global pixels


class LevelGeometry:
    """One basemap level cut into short pieces indexed by grid cell. A piece becomes a
    QPolygonF in scene metres the first time it is in view: making them is most of the
    cost, and a county's streets are seldom all looked at."""

    def __init__(self, level: BasemapLevel, projection: Projection) -> None:
        self.tolerance_m = level.tolerance_m
        self._projection = projection
        self._groups: list[str] = []
        self._raw: list[Sequence[Sequence[LatLon]]] = []  # a piece: [line], water: rings
        self._shapes: list[Shape | None] = []
        self._boxes: list[QRectF] = []
        self._grid: dict[tuple[int, int], list[int]] = {}
        self._todo: Iterator[None] | None = self._index(level)

    @property
    def complete(self) -> bool:
        return self._todo is None

    def build(self, deadline: float = math.inf) -> bool:
        """Index more pieces until `deadline` (time.perf_counter); True once all are."""
        if self._todo is None:
            return True
        for _ in self._todo:
            if time.perf_counter() > deadline:
                return False
        self._todo = None
        return True

    def _index(self, level: BasemapLevel) -> Iterator[None]:
        """Index the level, pausing every few hundred pieces (see build)."""
        count = 0
        for poly in level.water:
            if poly and len(poly[0]) >= 3:
                self._add("water", poly, poly[0])
        for kinds, prefix in ((level.waterways, "waterway:"), (level.roads, "road:")):
            for kind, lines in kinds.items():
                for line in lines:
                    for start in range(0, max(1, len(line) - 1), PIECE - 1):
                        piece = line[start:start + PIECE]
                        if len(piece) >= 2:
                            self._add(prefix + kind, [piece], piece)
                            count += 1
                            if count % 200 == 0:
                                yield

    def _add(self, group: str, raw: Sequence[Sequence[LatLon]], outline: Sequence[LatLon]
             ) -> None:
        lats = [p[0] for p in outline]
        lons = [p[1] for p in outline]
        # The projection is linear in latitude and longitude: boxes map to boxes.
        x0, y0 = self._projection.xy(max(lats), min(lons))
        x1, y1 = self._projection.xy(min(lats), max(lons))
        box = QRectF(x0, y0, x1 - x0, y1 - y0)
        index = len(self._groups)
        self._groups.append(group)
        self._raw.append(raw)
        self._shapes.append(None)
        self._boxes.append(box)
        for cell in _cells(box):
            self._grid.setdefault(cell, []).append(index)

    def _shape(self, index: int) -> Shape:
        shape = self._shapes[index]
        if shape is None:
            raw = self._raw[index]
            if self._groups[index] == "water":
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill)
                for ring in raw:
                    path.addPolygon(self._projection.polygon(ring))
                    path.closeSubpath()
                shape = path
            else:
                shape = self._projection.polygon(raw[0])
            self._shapes[index] = shape
        return shape

    def visible(self, rect: QRectF) -> dict[str, list[Shape]]:
        """The pieces whose box meets `rect` (scene metres), by group."""
        seen: set[int] = set()
        out: dict[str, list[Shape]] = {}
        for cell in _cells(rect):
            for index in self._grid.get(cell, ()):
                if index in seen:
                    continue
                seen.add(index)
                box = self._boxes[index]
                if box.intersects(rect) or box.width() == 0 or box.height() == 0:
                    out.setdefault(self._groups[index], []).append(self._shape(index))
        return out


def _cells(box: QRectF) -> Iterable[tuple[int, int]]:
    x0, x1 = math.floor(box.left() / CELL_M), math.floor(box.right() / CELL_M)
    y0, y1 = math.floor(box.top() / CELL_M), math.floor(box.bottom() / CELL_M)
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            yield x, y


class MapLayer:
    """A basemap ready to paint around a projection.

    Each level is indexed a slice at a time, coarsest first, when the view is idle
    (step(); a county's street level takes a good part of a second in all). A zoom whose
    level is not indexed yet is painted with the nearest one that is, and again when its
    own is ready. All on the UI thread: a Python thread would also run the garbage
    collector there, and free Qt objects off the thread that owns them.
    """

    def __init__(self, basemap: Basemap, projection: Projection, attribution: str) -> None:
        self.basemap = basemap
        self.projection = projection
        self.attribution = attribution
        self._tolerances = basemap.tolerances_m
        self._levels: dict[int, LevelGeometry] = {}
        self._bbox = projection.polygon([
            (basemap.bbox.south, basemap.bbox.west), (basemap.bbox.south, basemap.bbox.east),
            (basemap.bbox.north, basemap.bbox.east), (basemap.bbox.north, basemap.bbox.west),
        ])
        self._places = sorted(
            (p for p in basemap.places if p.kind in PLACE_KINDS),
            key=lambda p: list(PLACE_KINDS).index(p.kind),
        )

    def bounds(self) -> QRectF:
        """The extract's box in scene metres."""
        return self._bbox.boundingRect()

    def level_index(self, metres_per_pixel: float) -> int:
        """Basemap.level_for's choice (the coarsest level whose simplification is still
        under one pixel), by index, so a level is decoded only when it is indexed."""
        best = 0
        for index, tolerance in enumerate(self._tolerances):
            if tolerance <= metres_per_pixel:
                best = index
        return best

    def ready(self, metres_per_pixel: float) -> bool:
        """True when geometry() gives this zoom's own level (not a stand-in)."""
        level = self._levels.get(self.level_index(metres_per_pixel))
        return level is not None and level.complete

    @property
    def complete(self) -> bool:
        """Every level is indexed."""
        return len(self._levels) == len(self._tolerances) and all(
            level.complete for level in self._levels.values())

    def geometry(self, metres_per_pixel: float) -> LevelGeometry:
        """This zoom's level or, while it is still being indexed, the nearest level that
        is ready (coarser first); with none ready, this zoom's, indexed now."""
        wanted = self.level_index(metres_per_pixel)
        if self.ready(metres_per_pixel):
            return self._levels[wanted]
        ready = sorted((i for i, g in self._levels.items() if g.complete),
                       key=lambda i: (abs(i - wanted), i < wanted))
        if ready:
            return self._levels[ready[0]]
        level = self._level(wanted)
        level.build()
        return level

    def step(self, budget_s: float) -> bool:
        """Index for about `budget_s`, coarsest level first; True once all are indexed."""
        deadline = time.perf_counter() + budget_s
        for index in reversed(range(len(self._tolerances))):
            if not self._level(index).build(deadline):
                return False
            if time.perf_counter() > deadline:
                return self.complete
        return True

    def wait(self) -> None:
        """Index every level now (before a screenshot or a test)."""
        self.step(math.inf)

    def _level(self, index: int) -> LevelGeometry:
        if index not in self._levels:
            self._levels[index] = LevelGeometry(self.basemap.level(index), self.projection)
        return self._levels[index]

    def paint_land(self, style: MapStyle, scale: float, rect: QRect, ratio: float,
                   geometry: LevelGeometry | None = None) -> QImage:
        """Land, water and roads in `rect` (global pixels: scene metres x `scale`), from
        `geometry` (default: the level for this zoom)."""
        image = _image(rect, ratio, style.colour("nodata"))
        mpp = 1.0 / scale
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-rect.x(), -rect.y())
        painter.scale(scale, scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.colour("land"))
        painter.drawPolygon(self._bbox)
        scene = QRectF(rect.x() / scale, rect.y() / scale, rect.width() / scale,
                       rect.height() / scale)
        pad = 12 * mpp  # a wide road just outside still shows its edge
        level = geometry if geometry is not None else self.geometry(mpp)
        shapes = level.visible(scene.adjusted(-pad, -pad, pad, pad))
        painter.setBrush(style.colour("water"))
        for shape in shapes.get("water", ()):
            if isinstance(shape, QPainterPath):
                painter.drawPath(shape)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for group, lines in shapes.items():
            if group.startswith("waterway:"):
                look = WATERWAYS.get(group.partition(":")[2], STREAM)
                _lines(painter, lines, _pen(style.colour("waterway"), look.width(mpp)))
        roads = [(kind, style.roads[kind]) for kind in ROAD_ORDER if "road:" + kind in shapes]
        # Edges first, then fills: where roads meet, the fills join without a seam.
        for kind, look in roads:
            width = look.width(mpp)
            if look.casing is not None and width >= 2.2:
                _lines(painter, shapes["road:" + kind], _pen(QColor(look.casing), width + 2.0))
        for kind, look in roads:
            width = look.width(mpp)
            thin = look.casing is not None and width < 2.2
            # A thin lane has room for one colour: the one that stands out from the land
            # (a white lane would vanish on the pale land, a black edge on the dark one).
            colour = QColor(look.edge_or_fill(style.land) if thin else look.fill)
            _lines(painter, shapes["road:" + kind], _pen(colour, width + (0.6 if thin else 0),
                                                        look.dash))
        painter.end()
        return image

    def paint_names(self, style: MapStyle, labels: Sequence[Label], rect: QRect,
                    ratio: float) -> QImage | None:
        """The `labels` (see labels()) that fall in `rect`, on a transparent image; None
        when none does (most tiles at street zoom: no memory spent on them)."""
        inside = [(path, box) for _place, box, path in labels if box.intersects(QRectF(rect))]
        if not inside:
            return None
        image = _image(rect, ratio, QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-rect.x(), -rect.y())
        halo = QPen(style.colour("label_halo"), 4.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        fill = QBrush(style.colour("label"))
        for path, _box in inside:
            painter.strokePath(path, halo)
            painter.fillPath(path, fill)
        painter.end()
        return image

    def labels(self, scale: float, obstacles: Sequence[QRectF] = ()) -> list[Label]:
        """The names shown at `scale`, the most important first, in global pixels: each
        on its place or, when that is taken (a stop, the shop, a bigger name), just above,
        below or beside it; a name with no free spot is left out."""
        mpp = 1.0 / scale
        taken = list(obstacles)
        out: list[Label] = []
        for place in self._places:
            size, bold, below = PLACE_KINDS[place.kind]
            if mpp >= below:
                continue
            font = QFont()
            font.setPixelSize(size)
            font.setBold(bold)
            path = QPainterPath()
            path.addText(0, 0, font, place.name)
            text = path.boundingRect()
            x, y = self.projection.xy(place.lat, place.lon)
            cx, cy = x * scale - text.center().x(), y * scale - text.center().y()
            half_w, half_h = text.width() / 2, text.height() / 2
            for ox, oy in ((0, 0), (0, -half_h - 20), (0, half_h + 20),
                           (half_w + 22, 0), (-half_w - 22, 0)):
                box = text.translated(cx + ox, cy + oy).adjusted(-3, -3, 3, 3)
                if not any(box.intersects(other) for other in taken):
                    taken.append(box)
                    out.append((place, box, path.translated(cx + ox, cy + oy)))
                    break
        return out


def _image(rect: QRect, ratio: float, fill: QColor) -> QImage:
    width, height = math.ceil(rect.width() * ratio), math.ceil(rect.height() * ratio)
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(fill)
    return image


def _pen(colour: QColor, width: float, dash: tuple[float, ...] = ()) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)  # pixels, whatever the scale
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern(list(dash))
    return pen


def _lines(painter: QPainter, lines: Iterable[Shape], pen: QPen) -> None:
    painter.setPen(pen)
    for line in lines:
        if isinstance(line, QPolygonF):
            painter.drawPolyline(line)
