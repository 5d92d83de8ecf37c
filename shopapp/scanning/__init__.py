"""Scan payload parsing and validation (pure Python, no Qt): `parse_scan` is the entry point."""

from shopapp.scanning.parser import parse_scan
from shopapp.scanning.result import MESSAGES, ScanError, ScanKind, ScanResult
from shopapp.scanning.shelf_code import decode_shelf_code, encode_shelf_code

__all__ = [
    "MESSAGES",
    "ScanError",
    "ScanKind",
    "ScanResult",
    "decode_shelf_code",
    "encode_shelf_code",
    "parse_scan",
]
