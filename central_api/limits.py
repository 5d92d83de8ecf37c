"""Request size limits, as pure ASGI middleware: 413 before a large body is read.

A declared Content-Length over the limit is refused at once; a body without one
(chunked) is counted while the app reads it, and reading past the limit raises a 413
HTTPException inside the app, which FastAPI answers as JSON.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_api.blobs import TooLarge

BLOB_PREFIX = "/v1/blobs/"


class BodySizeLimit:
    """Refuse request bodies over `max_body` bytes (`max_blob` for blob uploads)."""

    def __init__(self, app: ASGIApp, max_body: int, max_blob: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_blob = max_blob

    def limit_for(self, path: str) -> int:
        return self.max_blob if path.startswith(BLOB_PREFIX) else self.max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, limit)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise TooLarge(limit)
            return message

        await self.app(scope, counting_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(
        {"detail": f"The request body is larger than the limit of {limit} bytes."}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
