"""Proof files addressed by their SHA-256: written and fsynced before any row names them.

A proof file lives at `proofs/<first two hex digits>/<sha256>.<ext>`. `save_proof`
puts the bytes on disk durably (temporary file, fsync, rename, fsync of the folder),
and only then may the caller commit the `ProofFile` row and the event that names the
hash (RELIABILITY.md: "Write and fsync a photo file before committing the row that
names it"). A file without a row is harmless (the next save of the same bytes reuses
it); a row without a file cannot happen.

`purge_proofs` deletes local copies only when the server has them (`uploaded_at` set
by the sync client) and the retention period after the upload has passed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from shopapp import settings
from shopapp.clock import from_iso, to_iso, utc_now
from shopapp.delivery.errors import ProofWriteError
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile

log = logging.getLogger(__name__)

SIGNATURE = "signature"  # the rendered PNG
SIGNATURE_STROKES = "signature_strokes"  # the raw stroke data, JSON
PHOTO = "photo"  # JPEG
KINDS = {SIGNATURE: "png", SIGNATURE_STROKES: "json", PHOTO: "jpg"}


@dataclass(frozen=True)
class StoredProof:
    """A proof file on disk, not yet named by a row."""

    sha256: str
    kind: str
    path: str  # relative to DataPaths.proofs, with "/" separators
    size: int


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def relative_path(sha256: str, kind: str) -> str:
    return f"{sha256[:2]}/{sha256}.{KINDS[kind]}"


def _fsync_dir(folder: Path) -> None:
    # Directory fsync makes the rename durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save_proof(paths: DataPaths, content: bytes, kind: str) -> StoredProof:
    """Write `content` under its SHA-256 and fsync it; returns where it is.

    Raises:
        ProofWriteError: the disk refused the file (full, read-only); nothing was left
            half-written under the final name.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown proof kind {kind!r}")
    digest = sha256_of(content)
    rel = relative_path(digest, kind)
    target = paths.proofs / rel
    if target.is_file() and _file_sha256(target) == digest:
        return StoredProof(digest, kind, rel, len(content))
    folder = target.parent
    temp_name: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix="." + KINDS[kind])
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        temp_name = None
        _fsync_dir(folder)
    except OSError as error:
        log.exception("proof file %s could not be written", rel)
        raise ProofWriteError(str(paths.proofs), error.strerror or str(error)) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return StoredProof(digest, kind, rel, len(content))


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def add_proof_row(session: Session, proof: StoredProof, now: datetime | None = None) -> ProofFile:
    """The `ProofFile` row for a saved file, in the caller's transaction (idempotent).

    A row whose local copy was purged gets its file back (the same bytes were saved
    again); its upload time is kept, since the server already has those bytes.
    """
    row = session.get(ProofFile, proof.sha256)
    if row is None:
        row = ProofFile(
            sha256=proof.sha256,
            kind=proof.kind,
            path=proof.path,
            size=proof.size,
            created_at=to_iso(now or utc_now()),
        )
    elif row.purged_at is not None:
        row.purged_at = None
        row.path = proof.path
    session.add(row)
    return row


def proof_path(paths: DataPaths, row: ProofFile) -> Path:
    return paths.proofs / row.path


@dataclass(frozen=True)
class PurgeReport:
    purged: int
    bytes_freed: int
    kept_unsynced: int  # files the server does not have yet: never purged


def purge_proofs(
    store: Store, paths: DataPaths, now: datetime | None = None, retention_days: int | None = None
) -> PurgeReport:
    """Delete local proof files the server has had for longer than the retention period.

    Only rows with `uploaded_at` set (the sync client sets it when the server
    answered for the upload) and older than `retention_days` (default: the
    `proof_retention_days` setting) are touched; their `purged_at` is set.
    """
    moment = now or utc_now()
    with store.read() as session:
        days = (
            retention_days
            if retention_days is not None
            else int(settings.get(session, "proof_retention_days"))
        )
        cutoff = moment - timedelta(days=days)
        candidates = list(
            session.exec(
                select(ProofFile).where(
                    col(ProofFile.uploaded_at).is_not(None), col(ProofFile.purged_at).is_(None)
                )
            )
        )
        unsynced = len(
            list(session.exec(select(ProofFile.sha256).where(col(ProofFile.uploaded_at).is_(None))))
        )
    due = [
        row
        for row in candidates
        if row.uploaded_at is not None and _before(row.uploaded_at, cutoff)
    ]
    freed = 0
    done: list[str] = []
    for row in due:
        file = proof_path(paths, row)
        try:
            freed += file.stat().st_size
            file.unlink()
        except FileNotFoundError:
            pass  # already gone (a purge interrupted after the delete): mark it now
        except OSError as error:
            log.warning("proof file %s could not be purged: %s", row.path, error)
            continue
        done.append(row.sha256)
    if done:
        stamp = to_iso(moment)
        with store.write() as session:
            for sha in done:
                current = session.get(ProofFile, sha)
                if current is not None and current.purged_at is None:
                    current.purged_at = stamp
                    session.add(current)
    return PurgeReport(purged=len(done), bytes_freed=freed, kept_unsynced=unsynced)


def _before(text: str, cutoff: datetime) -> bool:
    try:
        return from_iso(text) <= cutoff
    except ValueError:
        return False  # an unreadable time never lets a file go
