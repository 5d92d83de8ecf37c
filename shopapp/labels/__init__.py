"""Barcodes, QR codes, shelf labels and ZPL for label printers (Qt-free; PDF lives in the UI)."""

from shopapp.labels.errors import LabelContentError, PrinterError
from shopapp.labels.images import code128_png, qr_png
from shopapp.labels.navigation import geo_uri, maps_link
from shopapp.labels.printer import parse_address, send_zpl, write_zpl
from shopapp.labels.shelf import ShelfLabel, short_name
from shopapp.labels.zpl import LABEL_4X6_IN, LABEL_62_MM, LABEL_SIZES, LabelSize, shelf_label_zpl

__all__ = [
    "LABEL_4X6_IN",
    "LABEL_62_MM",
    "LABEL_SIZES",
    "LabelContentError",
    "LabelSize",
    "PrinterError",
    "ShelfLabel",
    "code128_png",
    "geo_uri",
    "maps_link",
    "parse_address",
    "qr_png",
    "send_zpl",
    "shelf_label_zpl",
    "short_name",
    "write_zpl",
]
