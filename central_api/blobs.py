"""Proof-of-delivery blobs: stored per shop under their SHA-256, checked on upload."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator

from fastapi import HTTPException, status
from sqlalchemy.exc import IntegrityError

from central_api.db import Database
from central_api.models import Blob
from central_api.schemas import BlobOut
from central_api.uploads import drop_upload


class TooLarge(HTTPException):
    """A body over its size limit (413)."""

    def __init__(
        self, limit: int, what: str = "request body", headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(
            status.HTTP_413_CONTENT_TOO_LARGE,
            detail=f"The {what} is larger than the limit of {limit} bytes.",
            headers=headers,
        )


async def read_limited(stream: AsyncIterator[bytes], limit: int) -> bytes:
    """The whole body, or TooLarge as soon as it passes `limit` bytes."""
    parts: list[bytes] = []
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise TooLarge(limit)
        parts.append(chunk)
    return b"".join(parts)


class HashMismatch(ValueError):
    """The bytes do not hash to the address they were sent to."""

    def __init__(self, expected: str, actual: str) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"The body's SHA-256 is {actual}, not {expected}: the file was changed or cut "
            "short on the way; send it again."
        )


def store_blob(db: Database, shop_id: int, sha256: str, content: bytes) -> BlobOut:
    """Keep `content` for the shop if it hashes to `sha256`; storing it again is harmless."""
    sha256 = sha256.lower()
    actual = hashlib.sha256(content).hexdigest()
    if actual != sha256:
        raise HashMismatch(sha256, actual)
    with db.read() as session:
        if session.get(Blob, (shop_id, sha256)) is not None:
            return BlobOut(sha256=sha256, size=len(content), created=False)
    try:
        with db.write() as session:
            if session.get(Blob, (shop_id, sha256)) is not None:
                return BlobOut(sha256=sha256, size=len(content), created=False)
            session.add(Blob(shop_id=shop_id, sha256=sha256, size=len(content), content=content))
            # A resumable upload of the same file is no longer needed.
            drop_upload(session, shop_id, sha256)
    except IntegrityError:
        # The same upload raced itself (a client retry): the first one stored it.
        return BlobOut(sha256=sha256, size=len(content), created=False)
    return BlobOut(sha256=sha256, size=len(content), created=True)


def load_blob(db: Database, shop_id: int, sha256: str) -> bytes | None:
    """The shop's blob, or None (also when only another shop has it)."""
    with db.read() as session:
        blob = session.get(Blob, (shop_id, sha256.lower()))
        return None if blob is None else blob.content
