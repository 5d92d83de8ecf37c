"""The run sheet: a PDF for the driver, one section per van, A4 or Letter.

Per stop: its number, ETA, address, recipients, notes, a QR code that opens navigation
on a phone (the maps link; the geo: URI is printed beside it) and each parcel's Code 128
barcode. A plan made on the road map adds, after each van's stops, its turn-by-turn
directions leg by leg, in the language Valhalla narrated them in (the shop's). Pages
are laid out first (blocks never split over a page), then painted, so every page can
say "page 3 of 14". QPainter on a QPdfWriter is safe off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from shopapp.dayplan import DayProblem
from shopapp.labels import LabelContentError, geo_uri, maps_link
from shopapp.labels.vector import code128_bars, qr_modules
from shopapp.messages import Progress, message
from shopapp.planning.plan import Plan
from shopapp.roads.mapinfo import ATTRIBUTION

from shopapp.ui.names import distance_text
from shopapp.ui.printing.vector import draw_code128, draw_qr

# lupdate reads translate("Context", "text") calls; the context is fixed per module.
translate = QCoreApplication.translate

DPI = 300
MM = DPI / 25.4
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 12.0
# Bars of 3 device pixels at 300 dpi (0.254 mm): whole pixels keep every bar sharp.
MODULE_MM = 25.4 / DPI * 3
BARS_MM = 9.0


def _date_text(day: dt.date, pattern: str) -> str:
    """The day in the current locale's words (day and month names translated)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def clock(seconds: int) -> str:
    """Seconds since local midnight as hh:mm (24 h)."""
    days, rest = divmod(int(seconds), 86_400)
    text = f"{rest // 3600:02d}:{rest % 3600 // 60:02d}"
    return f"{text} (+{days})" if days else text


def duration_text(seconds: int) -> str:
    hours, minutes = divmod(round(seconds / 60), 60)
    if hours:
        return translate("RunSheet", "{0} h {1:02d} min").format(hours, minutes)
    return translate("RunSheet", "{0} min").format(minutes)


@dataclass(frozen=True)
class SheetParcel:
    tracking_number: str
    recipient: str


@dataclass(frozen=True)
class SheetStop:
    number: int
    eta_s: int
    address: str
    recipients: list[str]
    notes: list[str]
    parcels: list[SheetParcel]
    lat: float | None
    lon: float | None
    window: tuple[int, int] | None = None
    # The road into this stop (empty when the plan is not on roads).
    directions: tuple[str, ...] = ()
    leg_m: int | None = None


@dataclass(frozen=True)
class SheetLeg:
    """One leg of the directions pages: where it goes and how."""

    title: str  # "To stop 3 · 12 Carrer Major" or "Back to the shop"
    distance_m: int
    directions: tuple[str, ...]


@dataclass(frozen=True)
class SheetRoute:
    van: int  # 1-based, as the shopkeeper says it
    stops: list[SheetStop]
    distance_m: int
    start_s: int
    end_s: int
    driver: str = ""
    vehicle: str = ""
    back_directions: tuple[str, ...] = ()
    back_m: int | None = None

    @property
    def parcels(self) -> int:
        return sum(len(s.parcels) for s in self.stops)


@dataclass(frozen=True)
class RunSheet:
    shop_name: str
    day: dt.date
    units: str
    routes: list[SheetRoute]
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    attribution: str = ""  # the road data's, printed with its directions


def run_sheet_from_plan(
    day: DayProblem, plan: Plan, driver: str = "", vehicle: str = ""
) -> RunSheet:
    """The run sheet of a plan: routes in order, the stops' details from the day."""
    windows = {str(s["id"]): tuple(s["tw"]) for s in day.problem["stops"] if s.get("tw")}
    routes = []
    for r, route in enumerate(plan.routes):
        stops = []
        legs = route.legs if len(route.legs) == len(route.stops) + 1 else ()
        for n, (sid, eta) in enumerate(zip(route.stops, route.etas_s, strict=True), 1):
            stop = day.stops.get(sid)
            if stop is None:
                continue
            window = windows.get(sid)
            leg = legs[n - 1] if legs else None
            stops.append(
                SheetStop(
                    n,
                    int(eta),
                    stop.address,
                    stop.recipients,
                    stop.notes,
                    [SheetParcel(p.tracking_number, p.recipient) for p in stop.parcels],
                    stop.lat,
                    stop.lon,
                    (int(window[0]), int(window[1])) if window else None,
                    tuple(d.instruction for d in leg.directions) if leg else (),
                    leg.distance_m if leg else None,
                )
            )
        back = legs[-1] if legs else None
        routes.append(
            SheetRoute(
                (route.van if route.van is not None else r) + 1,
                stops,
                route.distance_m,
                route.start_s,
                route.end_s,
                driver,
                vehicle,
                tuple(d.instruction for d in back.directions) if back else (),
                back.distance_m if back else None,
            )
        )
    from shopapp.planning.reasons import reason_message

    from shopapp.ui.messages import text

    # Why each stop is left out, in the shop's language (the plan keeps the English).
    left_out = [
        (
            day.stops[u.id].address if u.id in day.stops else u.id,
            text(reason_message(u.reason, day.units)),
        )
        for u in plan.unassigned
    ]
    return RunSheet(
        day.shop_name,
        day.day,
        day.units,
        routes,
        left_out,
        attribution=ATTRIBUTION if plan.on_roads else "",
    )


def sheet_legs(route: SheetRoute) -> list[SheetLeg]:
    """The legs of a route's directions pages (none when the plan is not on roads)."""
    legs = [
        SheetLeg(
            translate("RunSheet", "To stop {0} · {1}").format(stop.number, stop.address),
            stop.leg_m or 0,
            stop.directions,
        )
        for stop in route.stops
        if stop.directions
    ]
    if legs and route.back_directions:
        legs.append(
            SheetLeg(
                translate("RunSheet", "Back to the shop"), route.back_m or 0, route.back_directions
            )
        )
    return legs


def _font(mm: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(mm * MM)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


# -- layout -----------------------------------------------------------------------------
# A page is a list of (kind, payload, top in mm from the top margin).

HEADER_MM = 34.0
CONTINUED_MM = 12.0
GAP_MM = 3.0
LEFT_OUT_LINE_MM = 6.0
QR_MM = 24.0
BAR_COLUMN_MM = 56.0
BARCODE_MM = 15.0  # one barcode with its number under the bars
NAME_MM = 4.0  # a recipient's name over a barcode, when a stop has several recipients


def _text_height_mm(stop: SheetStop) -> float:
    return (
        13.0
        + 6.0 * bool(stop.recipients)
        + 5.5 * bool(stop.window)
        + 5.0 * len(stop.notes)
        + 5.0 * (stop.lat is not None)
    )


def _barcode_mm(stop: SheetStop) -> float:
    return BARCODE_MM + (NAME_MM if len(stop.recipients) > 1 else 0.0)


def stop_height_mm(stop: SheetStop) -> float:
    """A stop's block: text, barcodes stacked beside it, the QR code, then a gap."""
    bars = len(stop.parcels) * _barcode_mm(stop)
    return max(QR_MM + 2, _text_height_mm(stop), bars) + GAP_MM


Page = list[tuple[str, Any, float]]


DIRECTIONS_TITLE_MM = 12.0
LEG_TITLE_MM = 7.0
DIRECTION_LINE_MM = 4.6


def leg_height_mm(leg: SheetLeg) -> float:
    return LEG_TITLE_MM + DIRECTION_LINE_MM * len(leg.directions) + GAP_MM


def paginate(sheet: RunSheet, page_h_mm: float) -> list[Page]:
    """Blocks onto pages: each van starts a page; a stop never splits over two pages.

    A van's directions follow its stops, on pages of their own; a leg longer than a page
    is split between its lines.
    """
    pages: list[Page] = []
    for route in sheet.routes or [SheetRoute(1, [], 0, 0, 0)]:
        page: Page = [("header", route, 0.0)]
        y = HEADER_MM
        for stop in route.stops:
            h = stop_height_mm(stop)
            if y + h > page_h_mm and len(page) > 1:
                pages.append(page)
                page, y = [("continued", route, 0.0)], CONTINUED_MM
            page.append(("stop", stop, y))
            y += h
        pages.append(page)
        legs = sheet_legs(route)
        if legs:
            page, y = [("directions_title", route, 0.0)], DIRECTIONS_TITLE_MM
            for leg in legs:
                lines = list(leg.directions)
                first = True
                while lines:
                    room = int((page_h_mm - y - LEG_TITLE_MM - GAP_MM) // DIRECTION_LINE_MM)
                    if room < 2 and len(page) > 1:
                        pages.append(page)
                        page, y = [("directions_title", route, 0.0)], DIRECTIONS_TITLE_MM
                        continue
                    part = SheetLeg(
                        leg.title
                        if first
                        else translate("RunSheet", "{0} (continued)").format(leg.title),
                        leg.distance_m,
                        tuple(lines[:room]),
                    )
                    page.append(("leg", part, y))
                    y += leg_height_mm(part)
                    lines, first = lines[room:], False
            pages.append(page)
    if sheet.left_out:
        page, y = [("left_out_title", None, 0.0)], 12.0
        for item in sheet.left_out:
            if y + LEFT_OUT_LINE_MM * 2 > page_h_mm:
                pages.append(page)
                page, y = [("left_out_title", None, 0.0)], 12.0
            page.append(("left_out", item, y))
            y += LEFT_OUT_LINE_MM * 2
        pages.append(page)
    return pages


# -- painting ---------------------------------------------------------------------------


class _Painter:
    def __init__(self, painter: QPainter, sheet: RunSheet, width_mm: float) -> None:
        self.p = painter
        self.sheet = sheet
        self.w = width_mm * MM
        self.left = MARGIN_MM * MM
        self.top = MARGIN_MM * MM

    def text(
        self,
        x_mm: float,
        y_mm: float,
        w_mm: float,
        h_mm: float,
        text: str,
        font: QFont,
        flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        colour: str = "black",
    ) -> None:
        self.p.setFont(font)
        self.p.setPen(QColor(colour))
        rect = QRectF(self.left + x_mm * MM, self.top + y_mm * MM, w_mm * MM, h_mm * MM)
        self.p.drawText(
            rect, int(flags | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text
        )

    def header(self, route: SheetRoute) -> None:
        sheet, wmm = self.sheet, self.w / MM
        day = _date_text(sheet.day, "dddd d MMMM yyyy")
        title = translate("RunSheet", "Run sheet · {0}").format(sheet.shop_name)
        self.text(0, 0, wmm, 9, title, _font(6, True))
        van = translate("RunSheet", "{0} · Van {1}").format(day, route.van)
        self.text(0, 9, wmm, 6, van, _font(4.2, True))
        driver = route.driver or "_" * 22
        vehicle = route.vehicle or "_" * 16
        self.text(
            0,
            16,
            wmm,
            6,
            translate("RunSheet", "Driver: {0}     Vehicle: {1}").format(driver, vehicle),
            _font(3.8),
        )
        stops = translate("RunSheet", "%n stop(s)", None, len(route.stops))
        parcels = translate("RunSheet", "%n parcel(s)", None, route.parcels)
        totals = translate("RunSheet", "{0} · {1} · {2} · leave {3}, back {4} ({5})").format(
            stops,
            parcels,
            distance_text(route.distance_m, sheet.units),
            clock(route.start_s),
            clock(route.end_s),
            duration_text(route.end_s - route.start_s),
        )
        self.text(0, 23, wmm, 6, totals, _font(3.8, True))
        self.rule(HEADER_MM - 2.5, 0.6)

    def continued(self, route: SheetRoute) -> None:
        self.text(
            0,
            0,
            self.w / MM,
            8,
            translate("RunSheet", "Van {0} (continued) · {1}").format(
                route.van, _date_text(self.sheet.day, "d MMM yyyy")
            ),
            _font(4.2, True),
        )
        self.rule(CONTINUED_MM - 2.5, 0.4)

    def rule(self, y_mm: float, width_mm: float) -> None:
        self.p.setPen(QPen(QColor("black"), width_mm * MM))
        y = self.top + y_mm * MM
        self.p.drawLine(int(self.left), int(y), int(self.left + self.w), int(y))

    def stop(self, stop: SheetStop, y: float) -> None:
        wmm = self.w / MM
        # Number and ETA on the left.
        self.text(0, y, 20, 12, str(stop.number), _font(9, True))
        self.text(0, y + 12, 22, 6, clock(stop.eta_s), _font(4.5, True))
        text_w = wmm - 22 - BAR_COLUMN_MM - QR_MM - 4
        self.text(22, y, text_w, 13, stop.address, _font(4.2, True))
        line = y + 13 if len(stop.address) > 34 else y + 7
        if stop.recipients:
            self.text(22, line, text_w, 6, ", ".join(stop.recipients), _font(3.8))
            line += 6
        if stop.window:
            self.text(
                22,
                line,
                text_w,
                5.5,
                translate("RunSheet", "Time window {0}–{1}").format(
                    clock(stop.window[0]), clock(stop.window[1])
                ),
                _font(3.5, True),
                colour="#a55d00",
            )
            line += 5.5
        for note in stop.notes:
            self.text(22, line, text_w, 5, note, _font(3.4, italic=True))
            line += 5
        if stop.lat is not None and stop.lon is not None:
            try:
                self.text(
                    22, line, text_w, 5, geo_uri(stop.lat, stop.lon), _font(3.0), colour="#444444"
                )
                # Vector modules in the QR_MM square at the top right (quiet zone inside).
                square = QRectF(
                    self.left + (wmm - QR_MM) * MM, self.top + y * MM, QR_MM * MM, QR_MM * MM
                )
                draw_qr(self.p, square, qr_modules(maps_link(stop.lat, stop.lon)))
            except LabelContentError:
                pass  # a stop without a place on Earth gets no QR; its address is printed
        # The parcels' barcodes stacked in their column.
        x = 22 + text_w + 2
        named = len(stop.recipients) > 1
        yy = y
        for parcel in stop.parcels:
            if named:
                self.text(
                    x + 2,
                    yy,
                    BAR_COLUMN_MM,
                    NAME_MM,
                    parcel.recipient,
                    _font(2.9),
                    colour="#333333",
                )
                yy += NAME_MM
            try:
                bars = code128_bars(parcel.tracking_number)
            except LabelContentError:
                self.text(x, yy, BAR_COLUMN_MM, 6, parcel.tracking_number, _font(3.6, True))
                yy += BARCODE_MM
                continue
            # Rectangles on whole device dots (0.254 mm modules at most), the number under.
            area = QRectF(self.left + x * MM, self.top + yy * MM, BAR_COLUMN_MM * MM, BARS_MM * MM)
            drawn = draw_code128(self.p, area, bars, max_module=MODULE_MM * MM, align_left=True)
            self.text(
                (drawn.left() - self.left) / MM,
                yy + BARS_MM + 0.3,
                drawn.width() / MM,
                4,
                parcel.tracking_number,
                _font(2.8),
                Qt.AlignmentFlag.AlignHCenter,
            )
            yy += BARCODE_MM
        self.p.setPen(QPen(QColor("#999999"), 0.25 * MM))
        bottom = self.top + (y + stop_height_mm(stop) - GAP_MM / 2) * MM
        self.p.drawLine(int(self.left), int(bottom), int(self.left + self.w), int(bottom))

    def directions_title(self, route: SheetRoute) -> None:
        self.text(
            0,
            0,
            self.w / MM,
            8,
            translate("RunSheet", "Van {0} · directions").format(route.van),
            _font(5.0, True),
        )
        if self.sheet.attribution:
            self.text(
                0,
                0,
                self.w / MM,
                8,
                self.sheet.attribution,
                _font(2.8),
                Qt.AlignmentFlag.AlignRight,
                "#555555",
            )
        self.rule(DIRECTIONS_TITLE_MM - 2.5, 0.4)

    def leg(self, leg: SheetLeg, y: float) -> None:
        wmm = self.w / MM
        self.text(0, y, wmm - 30, LEG_TITLE_MM, leg.title, _font(3.9, True))
        self.text(
            wmm - 30,
            y,
            30,
            LEG_TITLE_MM,
            distance_text(leg.distance_m, self.sheet.units),
            _font(3.6, True),
            Qt.AlignmentFlag.AlignRight,
        )
        line = y + LEG_TITLE_MM
        for n, direction in enumerate(leg.directions, 1):
            self.text(4, line, wmm - 4, DIRECTION_LINE_MM, f"{n}. {direction}", _font(3.3))
            line += DIRECTION_LINE_MM

    def left_out_title(self) -> None:
        self.text(0, 0, self.w / MM, 9, translate("RunSheet", "Not on this run"), _font(5.5, True))

    def left_out(self, item: tuple[str, str], y: float) -> None:
        self.text(0, y, self.w / MM, 5.5, item[0], _font(3.8, True))
        self.text(6, y + 5, self.w / MM - 6, 6, item[1], _font(3.2))

    def footer(self, page: int, pages: int, page_h_mm: float) -> None:
        self.text(
            0,
            page_h_mm + 2,
            self.w / MM,
            6,
            translate("RunSheet", "{0} · {1} · page {2} of {3}").format(
                self.sheet.shop_name, self.sheet.day.isoformat(), page, pages
            ),
            _font(3.0),
            Qt.AlignmentFlag.AlignRight,
            "#555555",
        )


def paper_layout(paper: str) -> QPageLayout:
    """A4 or Letter, portrait; the sheet keeps its own margins."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    return QPageLayout(
        QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )


def paint_run_sheet(
    device: QPagedPaintDevice, sheet: RunSheet, paper: str, progress: Progress | None = None
) -> bool:
    """Paint the sheet on a PDF writer or a printer already set to `paper`'s page.

    The layout is in 300-dpi units; the painter is scaled to the device's resolution, and
    barcodes are drawn on whole device dots. False when the device cannot be painted on.
    """
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Millimeter)
    width_mm = size.width() - 2 * MARGIN_MM
    body_mm = size.height() - 2 * MARGIN_MM - 8  # room for the footer
    pages = paginate(sheet, body_mm)
    painter = QPainter()
    if not painter.begin(device):
        return False
    painter.scale(device.logicalDpiX() / DPI, device.logicalDpiY() / DPI)
    try:
        draw = _Painter(painter, sheet, width_mm)
        for number, page in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            for kind, payload, y in page:
                if kind == "header":
                    draw.header(payload)
                elif kind == "continued":
                    draw.continued(payload)
                elif kind == "stop":
                    draw.stop(payload, y)
                elif kind == "directions_title":
                    draw.directions_title(payload)
                elif kind == "leg":
                    draw.leg(payload, y)
                elif kind == "left_out_title":
                    draw.left_out_title()
                else:
                    draw.left_out(payload, y)
            draw.footer(number, len(pages), body_mm)
            if progress is not None:
                progress(
                    number / len(pages),
                    message(
                        "sheet.writing", "Writing the run sheet", page=number, pages=len(pages)
                    ),
                )
    finally:
        painter.end()
    return True


def write_run_sheet(
    path: Path, sheet: RunSheet, paper: str = "A4", progress: Progress | None = None
) -> Path:
    """Write the run sheet PDF (whole or not at all); `paper` is "A4" or "Letter"."""
    layout = paper_layout(paper)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    writer.setTitle(translate("RunSheet", "Run sheet {0}").format(sheet.day.isoformat()))
    writer.setCreator("shopapp")
    writer.setPageLayout(layout)
    paint_run_sheet(writer, sheet, paper, progress)
    del writer  # the file is complete once the writer goes
    tmp.replace(path)
    return path


def print_run_sheet(
    printer: QPrinter, sheet: RunSheet, paper: str = "A4", progress: Progress | None = None
) -> bool:
    """Print the sheet on `printer` (chosen in the print dialog); False when the job could
    not start or the printer failed it."""
    printer.setFullPage(True)
    printer.setDocName(translate("RunSheet", "Run sheet {0}").format(sheet.day.isoformat()))
    printer.setPageLayout(paper_layout(paper))
    if not paint_run_sheet(printer, sheet, paper, progress):
        return False
    return printer.printerState() not in (
        QPrinter.PrinterState.Error,
        QPrinter.PrinterState.Aborted,
    )
