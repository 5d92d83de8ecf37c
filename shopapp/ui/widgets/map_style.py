"""How the route map looks: land, water, roads by class and labels, light or dark.

The map follows the widget's palette: a dark window colour gives the dark map, so the
map does not glare in a dark theme, and every colour pair keeps its contrast (labels on
a halo of the land colour, routes on a white casing, roads on a darker or lighter edge).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Distinct, print-safe colours for up to eight vans (then they repeat).
ROUTE_COLOURS = (
    "#1f5fa8",
    "#c0392b",
    "#1b7a2f",
    "#8e44ad",
    "#d35400",
    "#00838f",
    "#6d4c41",
    "#ad1457",
)
UNROUTED = "#7a7a7a"

# Width in pixels at street zoom (2 m/px) and at county zoom (60 m/px); log-interpolated.
NEAR_MPP, FAR_MPP = 2.0, 60.0


def route_colour(route: int) -> QColor:
    return QColor(ROUTE_COLOURS[route % len(ROUTE_COLOURS)])


def route_text_colour(route: int, background: QColor) -> QColor:
    """The route's colour for text on `background`: lightened on a dark one, darkened on
    a light one, until it reads (WCAG contrast 4.5:1)."""
    from shopapp.ui.appearance import contrast_ratio

    colour = route_colour(route)
    dark = background.lightnessF() < 0.5
    for _ in range(12):
        if contrast_ratio(colour, background) >= 4.5:
            break
        colour = colour.lighter(118) if dark else colour.darker(118)
    return colour


@dataclass(frozen=True)
class RoadStyle:
    """One road class: fill colour, edge (casing) colour or None, widths, dash."""

    fill: str
    casing: str | None
    near_px: float
    far_px: float
    dash: tuple[float, ...] = ()

    def width(self, metres_per_pixel: float) -> float:
        return _between(self.near_px, self.far_px, metres_per_pixel)

    def edge_or_fill(self, land: str) -> str:
        """The colour of the two that stands out more from `land` (for a thin line,
        drawn in one colour only)."""
        if self.casing is None:
            return self.fill
        ground = QColor(land)
        return max((self.fill, self.casing), key=lambda c: contrast(QColor(c), ground))


@dataclass(frozen=True)
class MapStyle:
    """The colours of one map theme (see for_palette)."""

    name: str
    land: str
    nodata: str  # beyond the edge of the map's extract
    # Colours with alpha are Qt's "#AARRGGBB".
    outside: str  # veil over the land beyond the delivery radius (with alpha)
    radius: str  # the radius circle's dashed line
    water: str
    waterway: str
    label: str
    label_halo: str
    text: str  # scale bar, attribution
    text_back: str  # box behind them (with alpha)
    route_casing: str
    roads: dict[str, RoadStyle]
    plain_back: str  # without a road map: the background around the disc...
    plain_disc: str  # ...and the disc of the radius (with alpha)

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    @classmethod
    def for_palette(cls, palette: QPalette) -> MapStyle:
        window = palette.color(QPalette.ColorRole.Window)
        return DARK if window.lightness() < 128 else LIGHT

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) \
            + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _between(near: float, far: float, metres_per_pixel: float) -> float:
    """`near` at NEAR_MPP or closer, `far` at FAR_MPP or further, log-linear between."""
    mpp = min(max(metres_per_pixel, NEAR_MPP), FAR_MPP)
    t = math.log(mpp / NEAR_MPP) / math.log(FAR_MPP / NEAR_MPP)
    return near + (far - near) * t


def _roads(main: str, main_edge: str, primary: str, primary_edge: str, secondary: str,
           secondary_edge: str, minor: str, minor_edge: str, track: str) -> dict[str, RoadStyle]:
    return {
        "motorway": RoadStyle(main, main_edge, 11.0, 3.6),
        "trunk": RoadStyle(main, main_edge, 10.0, 3.4),
        "primary": RoadStyle(primary, primary_edge, 9.0, 3.0),
        "secondary": RoadStyle(secondary, secondary_edge, 8.0, 2.4),
        "tertiary": RoadStyle(secondary, secondary_edge, 7.0, 2.0),
        "unclassified": RoadStyle(minor, minor_edge, 6.0, 1.3),
        "residential": RoadStyle(minor, minor_edge, 6.0, 1.2),
        "service": RoadStyle(minor, minor_edge, 3.5, 0.8),
        "track": RoadStyle(track, None, 1.8, 0.9, (4.0, 2.5)),
        "path": RoadStyle(track, None, 1.2, 0.7, (1.5, 2.0)),
    }


LIGHT = MapStyle(
    name="light",
    land="#f3f0e8",
    nodata="#dedbd3",
    outside="#262a2f3a",
    radius="#4a5a6a",
    water="#a8cbe6",
    waterway="#78aede",
    label="#262626",
    label_halo="#f3f0e8",
    text="#1f1f1f",
    text_back="#d8ffffff",
    route_casing="#ffffff",
    roads=_roads(
        "#ef9f55", "#a5601f",
        "#f6cd6a", "#a9873a",
        "#fdf0b8", "#958c68",
        "#ffffff", "#8f8a80",
        "#9c8462",
    ),
    plain_back="#eef0e6",
    plain_disc="#96ffffff",
)

DARK = MapStyle(
    name="dark",
    land="#23272d",
    nodata="#191c20",
    outside="#66000000",
    radius="#aab6c2",
    water="#1d3c57",
    waterway="#3b6d96",
    label="#eef1f4",
    label_halo="#23272d",
    text="#eef1f4",
    text_back="#d816191d",
    route_casing="#ffffff",
    roads=_roads(
        "#c07a36", "#101214",
        "#a88a45", "#101214",
        "#7f7858", "#101214",
        "#5f646c", "#15171a",
        "#8a7a5c",
    ),
    plain_back="#1e2227",
    plain_disc="#1effffff",
)
