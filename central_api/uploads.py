"""Resumable proof uploads: the bytes of a blob arrive in PATCHes, each at the offset the
server holds, and the blob is stored once they are all there and hash to its address.

The state lives in the database, not in memory: `blob_uploads` (one row per shop and
hash: Upload-Length, bytes held, a token and the time of the last PATCH) and
`blob_upload_chunks` (the bytes, one row per piece written, keyed by the upload's token
and the piece's first byte). Every write locks the upload's row (PostgreSQL: FOR UPDATE;
SQLite: BEGIN IMMEDIATE) and checks that the upload is still the same one (token) at the
same offset, so two requests for one upload can never interleave their bytes: the second
gets a conflict. When the last bytes arrive, the chunks are read in order and hashed with
them (the last bytes are never written as a chunk) and, if the SHA-256 matches, stored as
the blob exactly as a PUT stores one, in the same transaction that drops the upload. A
mismatch drops the upload too. A PATCH that goes on where its upload is checks that with
a read, not a write: each piece written is one transaction.

An upload with no PATCH for `expiry_s` seconds is treated as absent and purged.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from central_api.db import Database
from central_api.models import Blob, BlobUpload, BlobUploadChunk, utcnow
from central_api.parcels import chunks

_CHUNKS = BlobUploadChunk.__table__  # type: ignore[attr-defined]
_UPLOADS = BlobUpload.__table__  # type: ignore[attr-defined]
# Expired uploads removed per purge transaction.
PURGE_BATCH = 200
_ATTEMPTS = 3


@dataclass(frozen=True)
class Held:
    """What the server holds of one blob for one shop."""

    offset: int
    length: int
    complete: bool
    expires_at: datetime | None = None


@dataclass(frozen=True)
class Begun:
    """The PATCH may append at `offset` to the upload `token`."""

    token: str
    offset: int
    length: int
    expires_at: datetime


@dataclass(frozen=True)
class Complete:
    """The blob is stored (now or before): `size` bytes."""

    size: int
    created: bool = False


@dataclass(frozen=True)
class Conflict:
    """The PATCH does not fit what the server holds; resume from `offset`."""

    offset: int
    length: int | None
    reason: str


@dataclass(frozen=True)
class Appended:
    """Bytes written; the upload holds `offset` of `length` bytes."""

    offset: int
    length: int
    expires_at: datetime


@dataclass(frozen=True)
class Mismatch:
    """All bytes arrived but they hash to `actual`: the upload was dropped."""

    expected: str
    actual: str

    @property
    def reason(self) -> str:
        return (
            f"The uploaded bytes' SHA-256 is {self.actual}, not {self.expected}: the file "
            "changed or was damaged on the way. The server dropped them; upload the file "
            "again from offset 0."
        )


def _expiry(expiry_s: float) -> timedelta:
    return timedelta(seconds=expiry_s)


def _blob_size(session: Session, shop_id: int, sha256: str) -> int | None:
    statement = select(Blob.size).where(Blob.shop_id == shop_id, Blob.sha256 == sha256)
    return session.exec(statement).first()


def _locked_upload(session: Session, shop_id: int, sha256: str) -> BlobUpload | None:
    statement = (
        select(BlobUpload)
        .where(BlobUpload.shop_id == shop_id, BlobUpload.sha256 == sha256)
        .with_for_update()
    )
    return session.exec(statement).first()


def _drop(session: Session, upload: BlobUpload) -> None:
    session.execute(_CHUNKS.delete().where(_CHUNKS.c.token == upload.token))
    session.delete(upload)
    session.flush()


def drop_upload(session: Session, shop_id: int, sha256: str) -> None:
    """Forget the shop's partial upload of `sha256`, if any (the blob arrived otherwise)."""
    upload = _locked_upload(session, shop_id, sha256)
    if upload is not None:
        _drop(session, upload)


def held(db: Database, shop_id: int, sha256: str, expiry_s: float) -> Held | None:
    """What the shop has of `sha256`: the whole blob, a live partial upload, or None."""
    sha256 = sha256.lower()
    with db.read() as session:
        size = _blob_size(session, shop_id, sha256)
        if size is not None:
            return Held(offset=size, length=size, complete=True)
        upload = session.get(BlobUpload, (shop_id, sha256))
        if upload is None:
            return None
        expires_at = upload.updated_at + _expiry(expiry_s)
        if expires_at <= utcnow():
            return None
        return Held(offset=upload.offset, length=upload.length, complete=False,
                    expires_at=expires_at)  # fmt: skip


def held_many(
    db: Database, shop_id: int, hashes: set[str], expiry_s: float
) -> dict[str, tuple[int, bool]]:
    """(bytes held, complete) for those of `hashes` the shop has anything of: a complete
    blob (its size, True) or a live partial upload (its offset, False)."""
    found: dict[str, tuple[int, bool]] = {}
    if not hashes:
        return found
    cutoff = utcnow() - _expiry(expiry_s)
    with db.read() as session:
        for part in chunks(sorted(hashes)):
            partial = select(BlobUpload.sha256, BlobUpload.offset).where(
                BlobUpload.shop_id == shop_id,
                col(BlobUpload.sha256).in_(part),
                col(BlobUpload.updated_at) > cutoff,
            )
            found.update((sha, (offset, False)) for sha, offset in session.exec(partial))
            whole = select(Blob.sha256, Blob.size).where(
                Blob.shop_id == shop_id, col(Blob.sha256).in_(part)
            )
            found.update((sha, (size, True)) for sha, size in session.exec(whole))
    return found


def begin(
    db: Database, shop_id: int, sha256: str, offset: int, length: int, expiry_s: float
) -> Begun | Complete | Conflict:
    """Check a PATCH's Upload-Offset and Upload-Length against what the server holds.

    Nothing held (or expired) and offset 0 starts a new upload of `length` bytes.
    """
    for attempt in range(_ATTEMPTS):
        try:
            return _begin(db, shop_id, sha256.lower(), offset, length, expiry_s)
        except IntegrityError:
            # Two first PATCHes of one file at once (PostgreSQL: no row to lock yet):
            # the other one created the upload; look again, now it can be locked.
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _begin(
    db: Database, shop_id: int, sha256: str, offset: int, length: int, expiry_s: float
) -> Begun | Complete | Conflict:
    now = utcnow()
    # The common case, a live upload that goes on where it is, needs no write: a read is
    # enough, as `append` checks the token and the offset again under the row's lock (and
    # touches the upload). Only starting, restarting or refusing takes a write transaction.
    with db.read() as session:
        size = _blob_size(session, shop_id, sha256)
        if size is not None:
            return Complete(size)
        seen = session.get(BlobUpload, (shop_id, sha256))
        if (
            seen is not None
            and seen.updated_at + _expiry(expiry_s) > now
            and seen.length == length
            and seen.offset == offset
        ):
            return Begun(seen.token, seen.offset, seen.length, now + _expiry(expiry_s))
    with db.write() as session:
        size = _blob_size(session, shop_id, sha256)
        if size is not None:
            return Complete(size)
        upload = _locked_upload(session, shop_id, sha256)
        if upload is not None and upload.updated_at + _expiry(expiry_s) <= now:
            _drop(session, upload)
            upload = None
        if upload is None:
            if offset != 0:
                return Conflict(
                    0,
                    None,
                    f"Upload-Offset is {offset} but the server holds no bytes of this file "
                    "(never sent, or the partial upload expired): send it from offset 0.",
                )
            upload = BlobUpload(
                shop_id=shop_id,
                sha256=sha256,
                token=secrets.token_hex(16),
                length=length,
                offset=0,
                created_at=now,
                updated_at=now,
            )
            session.add(upload)
        elif upload.length != length:
            return Conflict(
                upload.offset,
                upload.length,
                f"Upload-Length is {length} but this upload was started with "
                f"Upload-Length {upload.length}.",
            )
        elif upload.offset != offset:
            return Conflict(
                upload.offset,
                upload.length,
                f"Upload-Offset is {offset} but the server holds {upload.offset} bytes of "
                "this file: go on from there.",
            )
        else:
            upload.updated_at = now
            session.add(upload)
        return Begun(upload.token, upload.offset, upload.length, now + _expiry(expiry_s))


def append(
    db: Database, shop_id: int, sha256: str, token: str, start: int, data: bytes, expiry_s: float
) -> Appended | Complete | Conflict | Mismatch:
    """Write `data` at `start` of the upload `token`; store the blob when it is whole.

    An empty `data` only touches the upload (and completes an empty file).
    """
    sha256 = sha256.lower()
    now = utcnow()
    try:
        with db.write() as session:
            upload = _locked_upload(session, shop_id, sha256)
            if upload is None or upload.token != token:
                size = _blob_size(session, shop_id, sha256)
                if size is not None:
                    return Complete(size)
                live = upload is not None and upload.updated_at + _expiry(expiry_s) > now
                return Conflict(
                    upload.offset if upload is not None and live else 0,
                    upload.length if upload is not None and live else None,
                    "This upload was started again or dropped meanwhile (by another request, "
                    "a hash mismatch or its expiry): ask HEAD where to go on from.",
                )
            if upload.offset != start:
                return Conflict(
                    upload.offset,
                    upload.length,
                    f"Another request wrote to this upload meanwhile: the server holds "
                    f"{upload.offset} bytes.",
                )
            if start + len(data) > upload.length:
                return Conflict(upload.offset, upload.length, "past Upload-Length")
            end = start + len(data)
            if end == upload.length:
                # The last bytes: hashed with the chunks held and stored with them as the
                # blob, never written as a chunk of their own.
                return _complete(session, upload, data)
            if data:
                session.execute(_CHUNKS.insert().values(token=token, start=start, data=data))
                upload.offset = end
            upload.updated_at = now
            session.add(upload)
            return Appended(upload.offset, upload.length, now + _expiry(expiry_s))
    except IntegrityError:
        # The same blob was stored by a PUT (or another shop request) that committed first.
        with db.write() as session:
            drop_upload(session, shop_id, sha256)
            size = _blob_size(session, shop_id, sha256)
        if size is None:
            raise
        return Complete(size)


def _complete(session: Session, upload: BlobUpload, last: bytes) -> Complete | Mismatch:
    """Hash the upload's bytes held and then `last`; store the blob if they match; drop the
    upload either way."""
    statement = (
        sa.select(_CHUNKS.c.data).where(_CHUNKS.c.token == upload.token).order_by(_CHUNKS.c.start)
    )
    digest = hashlib.sha256()
    parts: list[bytes] = []
    for (data,) in session.execute(statement):
        piece = bytes(data)
        digest.update(piece)
        parts.append(piece)
    digest.update(last)
    parts.append(last)
    actual = digest.hexdigest()
    shop_id, sha256, size = upload.shop_id, upload.sha256, upload.length
    _drop(session, upload)
    if actual != sha256:
        return Mismatch(sha256, actual)
    content = b"".join(parts)
    parts.clear()
    assert len(content) == size
    session.add(Blob(shop_id=shop_id, sha256=sha256, size=size, content=content))
    session.flush()
    return Complete(size, created=True)


def purge_expired(db: Database, expiry_s: float) -> int:
    """Remove every upload with no PATCH for `expiry_s` seconds; returns how many."""
    removed = 0
    while True:
        cutoff = utcnow() - _expiry(expiry_s)
        with db.read() as session:
            keys = list(
                session.exec(
                    select(BlobUpload.shop_id, BlobUpload.sha256, BlobUpload.token)
                    .where(col(BlobUpload.updated_at) <= cutoff)
                    .limit(PURGE_BATCH)
                )
            )
        if not keys:
            return removed
        for shop_id, sha256, token in keys:
            with db.write() as session:
                upload = _locked_upload(session, shop_id, sha256)
                # Re-checked under the lock: a PATCH may have started it again meanwhile.
                if upload is not None and upload.token == token and upload.updated_at <= cutoff:
                    _drop(session, upload)
                    removed += 1
        if len(keys) < PURGE_BATCH:
            return removed
