"""ZPL II text for Zebra-type thermal printers: shelf labels on 4x6 in and 62 mm stock."""

from __future__ import annotations

from dataclasses import dataclass

from barcode.codex import Code128

from shopapp.labels.shelf import ShelfLabel


@dataclass(frozen=True, slots=True)
class LabelSize:
    """A label stock.

    Attributes:
        name: for Settings, e.g. "4x6 in".
        width_dots: printable width at `dpi`.
        length_dots: label length at `dpi`.
        dpi: printer resolution (dots per inch).
    """

    name: str
    width_dots: int
    length_dots: int
    dpi: int = 203


LABEL_4X6_IN = LabelSize("4x6 in", width_dots=812, length_dots=1218)
LABEL_62_MM = LabelSize("62 mm", width_dots=496, length_dots=800)  # 62 x 100 mm
LABEL_SIZES = (LABEL_4X6_IN, LABEL_62_MM)

_FIELD_ESCAPES = {"^": "_5E", "~": "_7E", "_": "_5F"}


def field_text(text: str) -> str:
    """`text` safe inside ^FH^FD...^FS: ZPL command characters hex-escaped, one line."""
    line = " ".join(text.split())
    return "".join(_FIELD_ESCAPES.get(ch, ch) if ch.isprintable() else " " for ch in line)


def _module_dots(code: str, available_dots: int) -> int:
    """The widest narrow-bar width (1 to 4 dots) at which the barcode fits the label."""
    modules = len(Code128(code).build()[0]) + 20  # bars plus a 10-module quiet zone each side
    return max(1, min(4, available_dots // modules))


def shelf_label_zpl(label: ShelfLabel, size: LabelSize = LABEL_4X6_IN) -> str:
    """One shelf label as a complete ZPL II job (^XA ... ^XZ), UTF-8 text (^CI28).

    The Code 128 field (^BC) carries `label.code`, which contains the tracking number
    and scans back as a shelf label; the tracking number is also printed in groups.
    On stock too narrow for bars of 2 dots (62 mm), the barcode runs along the label.
    """
    scale = size.width_dots / LABEL_4X6_IN.width_dots
    margin = round(30 * scale)

    def dots(value: float) -> int:
        return max(1, round(value * scale))

    slot_h, name_h, small_h, bar_h = dots(150), dots(70), dots(45), dots(180)
    module = _module_dots(label.code, size.width_dots - 2 * margin)
    rotated = module < 2 and _module_dots(label.code, size.length_dots - 2 * margin) >= 2
    text_w = size.width_dots - 2 * margin
    if rotated:
        module = _module_dots(label.code, size.length_dots - 2 * margin)
        bar_h = dots(240)
        text_w -= bar_h + margin
    y_name = margin + slot_h + dots(20)
    y_stop = y_name + 2 * name_h + dots(15)
    y_bars = y_stop + small_h + dots(40)
    y_number = (y_bars + bar_h + dots(25)) if not rotated else y_stop + small_h + dots(25)
    block = f"^FB{text_w},1,0,L,0"
    if rotated:
        barcode = (
            f"^FO{size.width_dots - margin - bar_h},{margin}"
            f"^BY{module},3,{bar_h}^BCR,{bar_h},N,N,N^FD{label.code}^FS"
        )
    else:
        barcode = f"^FO{margin},{y_bars}^BY{module},3,{bar_h}^BCN,{bar_h},N,N,N^FD{label.code}^FS"
    stop_and_day = " ".join(filter(None, [label.stop_line, label.day.isoformat()]))
    lines = [
        "^XA",
        "^CI28",
        f"^PW{size.width_dots}",
        f"^LL{size.length_dots}",
        "^LH0,0",
        f"^FO{margin},{margin}^A0N,{slot_h},{slot_h}{block}^FH^FD"
        f"{field_text(label.shelf_slot)}^FS",
        f"^FO{margin},{y_name}^A0N,{name_h},{name_h}^FB{text_w},2,0,L,0^FH^FD"
        f"{field_text(label.name_line)}^FS",
        f"^FO{margin},{y_stop}^A0N,{small_h},{small_h}{block}^FH^FD"
        f"{field_text(stop_and_day)}^FS",
        barcode,
        f"^FO{margin},{y_number}^A0N,{small_h},{small_h}^FB{text_w},3,0,L,0^FH^FD"
        f"{field_text(label.grouped_number)}^FS",
        "^PQ1",
        "^XZ",
    ]
    return "\n".join(lines) + "\n"
