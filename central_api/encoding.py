"""Content codings, as pure ASGI middleware: gzip request bodies in, gzip answers out.

Requests (`RequestDecompression`):
- `Content-Encoding: gzip` (or `x-gzip`; `identity` entries are ignored): the body is
  inflated as the app reads it, in pieces of at most `PIECE` bytes (zlib's `max_length`),
  so neither a large body nor a gzip bomb is ever held whole. Once the inflated bytes pass
  the route's limit (blobs: the blob limit; anything else: the inflated JSON limit) the
  read raises a 413 HTTPException, which FastAPI answers with the Problem JSON. A body
  that is not gzip, is cut short or has trailing bytes that are not another gzip member
  raises a 400. Concatenated gzip members are one body (RFC 1952).
- Any other coding (`deflate`, `br`, `gzip, gzip`, ...) is answered 415 at once, with
  `Accept-Encoding: gzip`, before the app runs.
- The app sees the request without `Content-Encoding` and without `Content-Length`
  (the inflated size is not known in advance), and with `scope[GZIP_SCOPE_KEY]` set.

Answers (`AnswerCompression`): Starlette's gzip responders, chosen by a real parse of
`Accept-Encoding` (`gzip;q=0` is a refusal), for answers of at least `minimum_size` bytes.
Bytes that are already compressed or must keep their byte ranges are never gzipped:
`application/octet-stream` (blobs, map packs) is excluded, as are 206 answers.
"""

from __future__ import annotations

import json
import zlib

from fastapi import HTTPException, status
from starlette.middleware.gzip import (
    DEFAULT_EXCLUDED_CONTENT_TYPES,
    GZipResponder,
    IdentityResponder,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_api.blobs import TooLarge

BLOB_PREFIX = "/v1/blobs/"
# Set (True) in the scope the app sees when the request body was gzip on the wire.
GZIP_SCOPE_KEY = "central_api.gzip"
# Largest piece of inflated body handed to the app at a time.
PIECE = 64 * 1024
_GZIP_WBITS = 16 + zlib.MAX_WBITS
_GZIP = {"gzip", "x-gzip"}
EXCLUDED_ANSWER_TYPES = (*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/octet-stream")


class BadGzip(HTTPException):
    """A body labelled gzip that is not (400)."""

    def __init__(self, why: str) -> None:
        super().__init__(
            status.HTTP_400_BAD_REQUEST,
            detail=f"The body says Content-Encoding: gzip but {why}; send it again.",
        )


def request_codings(scope: Scope) -> list[str]:
    """The request's content codings in order, lower case, without `identity`."""
    codings: list[str] = []
    for name, value in scope.get("headers", []):
        if name == b"content-encoding":
            for token in value.decode("latin-1").split(","):
                coding = token.strip().lower()
                if coding and coding != "identity":
                    codings.append(coding)
    return codings


class GzipBody:
    """A `receive` that inflates a gzip body piece by piece, up to `limit` bytes."""

    def __init__(self, receive: Receive, limit: int) -> None:
        self._receive = receive
        self.limit = limit
        self._decoder = zlib.decompressobj(_GZIP_WBITS)
        self._pending = b""  # compressed bytes not yet inflated
        # The last call filled its output: zlib may hold more output with no input left.
        self._full = False
        self._more = True  # more wire messages to come
        self._seen_input = False
        self._done = False
        self.inflated = 0

    async def __call__(self) -> Message:
        if self._done:
            return await self._receive()
        while True:
            if self._pending or self._full:
                piece = self._inflate()
                if piece:
                    return {"type": "http.request", "body": piece, "more_body": True}
                continue
            if not self._more:
                self._finish()
                self._done = True
                return {"type": "http.request", "body": b"", "more_body": False}
            message = await self._receive()
            if message["type"] != "http.request":
                return message  # http.disconnect: the app sees the cut as it is
            self._pending = message.get("body", b"")
            self._more = bool(message.get("more_body", False))
            if self._pending:
                self._seen_input = True

    def _inflate(self) -> bytes:
        data, self._pending = self._pending, b""
        if self._decoder.eof and data:
            # One gzip member ended and more bytes follow: they must be another member.
            self._decoder = zlib.decompressobj(_GZIP_WBITS)
        try:
            piece = self._decoder.decompress(data, PIECE)
        except zlib.error as exc:
            raise BadGzip(f"it is not valid gzip ({exc})") from None
        eof = self._decoder.eof
        self._pending = self._decoder.unused_data if eof else self._decoder.unconsumed_tail
        self._full = len(piece) >= PIECE and not eof
        self.inflated += len(piece)
        if self.inflated > self.limit:
            raise TooLarge(self.limit, "decompressed request body")
        return piece

    def _finish(self) -> None:
        if not self._seen_input:
            raise BadGzip("it is empty")
        if not self._decoder.eof:
            raise BadGzip("it ends before the gzip stream does (cut short)")


class RequestDecompression:
    """Inflate `Content-Encoding: gzip` request bodies within a limit; 415 other codings."""

    def __init__(self, app: ASGIApp, max_inflated: int, max_blob: int) -> None:
        self.app = app
        self.max_inflated = max_inflated
        self.max_blob = max_blob

    def limit_for(self, path: str) -> int:
        return self.max_blob if path.startswith(BLOB_PREFIX) else self.max_inflated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        codings = request_codings(scope)
        if not codings:
            await self.app(scope, receive, send)
            return
        if len(codings) != 1 or codings[0] not in _GZIP:
            await _unsupported(send, ", ".join(codings))
            return
        inner = dict(scope)
        inner["headers"] = [
            (name, value)
            for name, value in scope.get("headers", [])
            if name not in (b"content-encoding", b"content-length")
        ]
        inner[GZIP_SCOPE_KEY] = True
        await self.app(inner, GzipBody(receive, self.limit_for(scope.get("path", ""))), send)


async def _unsupported(send: Send, codings: str) -> None:
    body = json.dumps(
        {
            "detail": (
                f"Content-Encoding {codings[:100]!r} is not supported: send the body as it "
                "is, or gzip-encoded (Content-Encoding: gzip)."
            )
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 415,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"accept-encoding", b"gzip"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding value lets the answer be gzipped (q > 0)."""
    explicit: float | None = None
    anything: float | None = None
    for item in header.split(","):
        coding, _, params = item.partition(";")
        coding = coding.strip().lower()
        if coding not in _GZIP and coding != "*":
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        if coding == "*":
            anything = quality if anything is None else max(anything, quality)
        else:
            explicit = quality if explicit is None else max(explicit, quality)
    chosen = explicit if explicit is not None else anything
    return chosen is not None and chosen > 0


class AnswerCompression:
    """Gzip answers of at least `minimum_size` bytes when the request accepts gzip."""

    def __init__(self, app: ASGIApp, minimum_size: int, level: int) -> None:
        self.app = app
        self.minimum_size = minimum_size
        self.level = level

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        accept = ", ".join(
            value.decode("latin-1")
            for name, value in scope.get("headers", [])
            if name == b"accept-encoding"
        )
        responder: ASGIApp
        if accepts_gzip(accept):
            responder = GZipResponder(
                self.app,
                self.minimum_size,
                compresslevel=self.level,
                exclude_content_types=EXCLUDED_ANSWER_TYPES,
            )
        else:
            responder = IdentityResponder(
                self.app, self.minimum_size, exclude_content_types=EXCLUDED_ANSWER_TYPES
            )
        await responder(scope, receive, send)
