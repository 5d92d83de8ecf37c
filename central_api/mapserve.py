"""Serving a map pack over HTTP: strong ETag, If-None-Match, single byte ranges, If-Range.

The rules (RFC 9110):
- `If-None-Match` (weak comparison, `*` matches): 304 with the ETag and no body.
- `Range: bytes=A-`, `bytes=A-B` or `bytes=-N` (one range): 206 with Content-Range.
  Several ranges, another unit or a malformed value: the Range is ignored (200, whole
  pack), as the RFC allows. A first byte past the end: 416 with `Content-Range: bytes */SIZE`.
- `If-Range` must equal the current ETag exactly (strong comparison); otherwise the
  Range is ignored and the whole (new) pack is sent, so a resumed download never mixes
  two packs.
The file is opened before the answer starts and streamed in chunks from a thread.
"""

from __future__ import annotations

import base64
import email.utils
import re
from collections.abc import Iterator
from typing import BinaryIO

CHUNK = 256 * 1024
_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d{0,18})\s*-\s*(\d{0,18})\s*$", re.IGNORECASE)


def etag_of(sha256: str) -> str:
    return f'"{sha256}"'


def none_match(header: str | None, etag: str) -> bool:
    """True when an If-None-Match header value matches `etag` (weak comparison)."""
    if header is None:
        return False
    for candidate in header.split(","):
        tag = candidate.strip()
        if tag == "*":
            return True
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag == etag:
            return True
    return False


def byte_range(header: str | None, size: int) -> tuple[int, int] | None | str:
    """The one range asked for as (first, last) inclusive; None to send the whole pack;
    "unsatisfiable" when it starts past the end."""
    if header is None or "," in header:
        return None
    match = _RANGE.match(header)
    if match is None:
        return None
    first_text, last_text = match.groups()
    if not first_text and not last_text:
        return None
    if not first_text:  # the last N bytes
        suffix = int(last_text)
        if suffix == 0:
            return "unsatisfiable"
        return (max(0, size - suffix), size - 1) if size else "unsatisfiable"
    first = int(first_text)
    last = int(last_text) if last_text else size - 1
    if last_text and last < first:
        return None  # invalid: ignored
    if first >= size:
        return "unsatisfiable"
    return first, min(last, size - 1)


def repr_digest(sha256: str) -> str:
    """RFC 9530 Repr-Digest of the whole pack (the same hash, base64)."""
    return "sha-256=:" + base64.b64encode(bytes.fromhex(sha256)).decode("ascii") + ":"


def http_date(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


def file_chunks(handle: BinaryIO, first: int, length: int) -> Iterator[bytes]:
    """`length` bytes of the open file from `first`, then close it."""
    try:
        handle.seek(first)
        left = length
        while left > 0:
            chunk = handle.read(min(CHUNK, left))
            if not chunk:  # the file shrank: the answer is short (the client's hash check)
                return
            left -= len(chunk)
            yield chunk
    finally:
        handle.close()
