"""Turn whatever a scanner or a person typed into clean text, or say why it is garbage."""

from __future__ import annotations

import re
from dataclasses import dataclass

GS = "\x1d"  # group separator: what scanners send for FNC1 inside GS1 payloads
RS = "\x1e"  # record separator of ISO/IEC 15434 envelopes ("[)>" RS "01" GS ...)
EOT = "\x04"  # end of transmission, closes an ISO/IEC 15434 envelope

MAX_SCAN_CHARS = 4000  # a PDF417/DataMatrix label payload stays far below this
_SEPARATORS = frozenset(GS + RS + EOT)
# Keyboard wedges end a code with Enter or Tab; some send CR LF, some a stray NUL;
# serial scanners frame a code with STX ... ETX.
_TERMINATORS = " \t\r\n\x00\x0b\x0c\x02\x03"
_AIM = re.compile(r"\][A-Za-z0-9][0-9A-Za-z]")
_WHITESPACE_AND_DASHES = re.compile(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class CleanScan:
    """A scan without terminators, split into AIM symbology identifier and body.

    Attributes:
        body: the payload, upper case, separators kept, spaces kept.
        symbology: the AIM identifier such as "]C1", or None.
        compact: `body` without spaces, tabs, line breaks, separators (GS, RS, EOT) and dashes.
    """

    body: str
    symbology: str | None
    compact: str


def coerce_text(raw: object) -> str:
    """Any input as text: bytes as UTF-8 (Latin-1 when not UTF-8), None as ""."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bytes | bytearray | memoryview):
        data = bytes(raw)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    try:
        return str(raw)
    except Exception:  # a hostile __str__ must not crash a scan
        return ""


def is_garbage(text: str) -> bool:
    """True for text no label can produce: control or non-ASCII characters, or far too long."""
    if len(text) > MAX_SCAN_CHARS:
        return True
    for ch in text:
        if ch in _SEPARATORS or ch in _TERMINATORS:
            continue
        if not (" " <= ch <= "~"):
            return True
    return False


def clean(text: str) -> CleanScan:
    """Strip terminators, split off the AIM identifier, upper-case and compact the body."""
    # A leading GS is FNC1-in-first-position sent as a character; a trailing one is noise.
    body = text.strip(_TERMINATORS + GS + EOT)
    symbology: str | None = None
    if _AIM.match(body):
        symbology = body[:3]
        body = body[3:].strip(_TERMINATORS + GS + EOT)
    body = body.upper()
    compact = _WHITESPACE_AND_DASHES.sub("", body.replace("\x00", ""))
    return CleanScan(body=body, symbology=symbology, compact=compact)
