"""Proof files (signatures, photos), after the events: resumable uploads in chunks.

Each file is addressed by its SHA-256. The upload asks what the server holds and goes
on from there (the core of the tus protocol):

- `HEAD /v1/blobs/{sha256}`: 200 with `Upload-Offset: N` and `Upload-Complete: ?1`
  (stored whole and verified: nothing to do) or `?0` (N bytes held); 404: nothing held.
- `PATCH /v1/blobs/{sha256}` with `Upload-Offset: N` (what the server holds),
  `Upload-Length: TOTAL` and `Content-Type: application/offset+octet-stream`, the body
  the next bytes: 204 with the new `Upload-Offset`, and `Upload-Complete: ?1` once the
  file is whole and its SHA-256 matched. 409: the offset was not the server's (its
  `Upload-Offset` says where to go on); 422: the whole file did not hash to its name (the
  server dropped the partial: sent again from 0, once).

Chunks are sized for the link like the event batches (`shopapp.sync.link.Sizer`): small
first, doubled after each acknowledged chunk, halved when one is cut or times out, and
no bigger than a third of what the link carries between its drops; once the server shows
that it keeps what arrived of a cut chunk, a cut costs little and chunks may fill the
whole time between drops. After a fault the next try asks again with HEAD (a cheap
round trip) rather than risking a whole chunk on a 409. A photo cut at 90 % goes on
from 90 % at the next try or at the next sync: the server keeps the partial, and the
client keeps the offset it was told (SyncState `proof_offsets`) only to say how much is
still to send.

A file never begun goes straight to `PATCH` at offset 0 (one round trip less per
photo); the client records that it began it (offset 0) before the first byte goes, so
any later try asks with HEAD first. A server from before resumable uploads (HEAD or
PATCH answered 404/405 as routes it does not have) gets the whole file with
`PUT /v1/blobs/{sha256}`, as before.
`uploaded_at` is set only when the server said the file is complete (or the PUT was
answered 2xx): only then may the local copy ever be purged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import col, select

from shopapp.clock import utc_now_iso
from shopapp.messages import Progress, message
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile
from shopapp.sync import state
from shopapp.sync.client import ApiClient, LinkFault
from shopapp.sync.errors import ApiError, Cancelled, NetworkError
from shopapp.sync.link import Sizer, Transfer
from shopapp.sync.report import SyncReport

log = logging.getLogger(__name__)

START_BYTES = 16 * 1024
FLOOR_BYTES = 2 * 1024
CAP_BYTES = 1024 * 1024
PROOF_OFFSETS = "proof_offsets"  # SyncState: {"<sha256>": bytes the server holds}
OFFSET_TYPE = "application/offset+octet-stream"
# PATCH answers the caller reads itself (the rest: ApiError).
_PATCH_ANSWERS = frozenset({404, 405, 409, 410, 413, 415, 422})
_HEAD_ANSWERS = frozenset({404, 405, 410})


class _OlderServer(Exception):
    """The server has no HEAD/PATCH for blobs: send the file whole with PUT."""


class _Discarded(Exception):
    """The server dropped its partial (hash mismatch at completion): start again."""


@dataclass
class _Upload:
    sha256: str
    content: bytes
    what: str

    @property
    def path(self) -> str:
        return f"/v1/blobs/{self.sha256}"


def pending_proofs(store: Store) -> list[ProofFile]:
    with store.read() as session:
        query = (
            select(ProofFile)
            .where(col(ProofFile.uploaded_at).is_(None), col(ProofFile.purged_at).is_(None))
            .order_by(col(ProofFile.created_at))
        )
        return list(session.exec(query))


def known_offsets(store: Store) -> dict[str, int]:
    with store.read() as session:
        text = state.get_value(session, PROOF_OFFSETS)
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): int(v) for k, v in found.items() if isinstance(v, int) and v >= 0}


def _remember_offset(store: Store, sha256: str, offset: int | None) -> None:
    """What the server holds of a file (0: an upload was begun); None forgets it."""
    offsets = known_offsets(store)
    if offset is None:
        if offsets.pop(sha256, None) is None:
            return
    else:
        if offsets.get(sha256) == offset:
            return
        offsets[sha256] = offset
    with store.write() as session:
        state.put_value(session, PROOF_OFFSETS, json.dumps(offsets, sort_keys=True))


def pending_proof_bytes(store: Store) -> tuple[int, int]:
    """(files, bytes) of proof files still to send (what the server holds not counted)."""
    offsets = known_offsets(store)
    proofs = pending_proofs(store)
    left = sum(max(0, p.size - offsets.get(p.sha256.lower(), 0)) for p in proofs)
    return len(proofs), left


def push_proofs(
    store: Store,
    paths: DataPaths,
    client: ApiClient,
    report: SyncReport,
    progress: Progress,
    transfer: Transfer | None = None,
) -> None:
    """Upload every proof file not uploaded yet; `uploaded_at` only once complete."""
    transfer = transfer or Transfer()
    proofs = pending_proofs(store)
    sizer = Sizer(START_BYTES, FLOOR_BYTES, CAP_BYTES)
    offsets = known_offsets(store)
    for number, proof in enumerate(proofs, start=1):
        if client.cancel.is_set():
            raise Cancelled()
        progress(
            (number - 1) / max(1, len(proofs)),
            message(
                "sync.proof",
                f"proof file {number} of {len(proofs)}",
                number=number,
                total=len(proofs),
            ),
        )
        sha = proof.sha256.lower()
        file = paths.proofs / proof.path
        expected_left = max(0, proof.size - offsets.get(sha, 0))
        try:
            content = file.read_bytes()
        except OSError as error:
            report.blobs_failed += 1
            transfer.proof_known(expected_left)
            detail = str(error.strerror or error)
            report.warn(
                "sync.proof_unreadable",
                f"Proof file {proof.path} cannot be read ({detail}); it was not sent.",
                path=proof.path,
                detail=detail,
            )
            continue
        if hashlib.sha256(content).hexdigest() != sha:
            report.blobs_failed += 1
            transfer.proof_known(expected_left)
            report.warn(
                "sync.proof_changed",
                f"Proof file {proof.path} has changed since it was saved (its SHA-256 no "
                "longer matches); it was not sent. Call support.",
                path=proof.path,
            )
            continue
        upload = _Upload(sha, content, f"proof file {proof.path}")
        # What the estimate took for this file's bytes still to send, corrected as it goes.
        counted = [proof.size - expected_left]

        def sent_to(
            offset: int, ours: bool = True, counted: list[int] = counted, upload: _Upload = upload
        ) -> None:
            """The server holds `offset` bytes; `ours`: what it gained came from this run."""
            if offset > counted[0] and ours:
                transfer.proof_sent(offset - counted[0])
            elif offset != counted[0]:  # it held more (or less) than we knew
                transfer.proof_known(offset - counted[0])
            counted[0] = offset
            _remember_offset(store, upload.sha256, offset)

        def part(done: int, number: int = number, size: int = len(content)) -> None:
            share = ((number - 1) + done / max(1, size)) / max(1, len(proofs))
            progress(
                share,
                message(
                    "sync.proof_part",
                    f"proof file {number} of {len(proofs)}: {done:,} of {size:,} bytes",
                    number=number,
                    total=len(proofs),
                    done=done,
                    size=size,
                ),
            )

        # A file never begun needs no HEAD: its first PATCH starts at 0 (one round trip
        # less per photo). Once begun (recorded before the first byte goes), HEAD asks.
        fresh = sha not in offsets
        if fresh:
            _remember_offset(store, sha, 0)
        try:
            _upload(client, upload, sizer, sent_to, part, fresh)
        except ApiError as error:
            if error.code == "unauthorized":
                raise
            report.blobs_failed += 1
            report.warn(
                "sync.proof_refused",
                str(error),
                path=proof.path,
                status=error.status,
                detail=error.detail,
            )
            continue
        sent_to(len(content), True)
        _remember_offset(store, sha, None)
        with store.write() as session:
            row = session.get(ProofFile, proof.sha256)
            if row is not None and row.uploaded_at is None:
                row.uploaded_at = utc_now_iso()
                session.add(row)
        report.blobs_uploaded += 1
    progress(1.0, message("sync.proofs_done", f"{len(proofs)} proof files", count=len(proofs)))


def _upload(
    client: ApiClient,
    upload: _Upload,
    sizer: Sizer,
    sent_to: Callable[[int, bool], None],
    part: Callable[[int], None],
    fresh: bool = False,
) -> None:
    """Get `upload` onto the server whole; returns once the server says it is complete."""
    try:
        _resumable(client, upload, sizer, sent_to, part, fresh)
    except _OlderServer:
        log.info("%s: no resumable uploads on this server; sent whole with PUT", upload.what)
        client.request(
            "PUT", upload.path, upload.what, data=upload.content, expect_down=256
        )


def _resumable(
    client: ApiClient,
    upload: _Upload,
    sizer: Sizer,
    sent_to: Callable[[int, bool], None],
    part: Callable[[int], None],
    fresh: bool = False,
) -> None:
    policy = client.policy
    size = len(upload.content)
    offset: int | None = 0 if fresh else None  # None: ask the server (HEAD)
    acked: int | None = None  # what the server held at its last answer
    failures = 0
    restarts = 0
    last_progress = time.monotonic()
    while True:
        if client.cancel.is_set():
            raise Cancelled()
        chunk_size = 0
        try:
            if offset is None:
                held, complete = _head(client, upload)
                if complete:
                    return
                if acked is not None and held > acked:
                    # The server kept what arrived of a cut chunk: a cut costs little, so
                    # chunks may fill the link's whole time between drops.
                    sizer.window_share = 1.0
                # What it gained since our last answer is what arrived of our cut chunk;
                # at the start, it is from an earlier sync.
                sent_to(held, acked is not None)
                offset = acked = held
                part(offset)
                continue
            chunk_size = min(sizer.limit(client.link), size - offset)
            held, complete = _patch(client, upload, offset, chunk_size)
        except LinkFault as fault:
            failures += 1
            waited = time.monotonic() - last_progress
            if failures >= policy.max_attempts or waited >= policy.total_s:
                raise NetworkError(
                    upload.what, failures, f"{fault.last}; no progress for {waited:.0f} s"
                ) from None
            if fault.on_the_link and chunk_size:
                sizer.shrink(chunk_size)
            offset = None  # what arrived of the cut chunk: the server says
            client.stats.retries += 1
            client.pause(failures, fault.retry_after)
            continue
        except _Discarded:
            restarts += 1
            if restarts > 1:
                raise ApiError(
                    422,
                    "the file arrived damaged twice (its SHA-256 did not match); it goes "
                    "again with the next sync",
                    upload.what,
                ) from None
            offset = 0
            sent_to(0, True)
            continue
        if held > offset:
            failures = 0
            last_progress = time.monotonic()
            sizer.grow()
        elif not complete:
            failures += 1  # answered, but no further on (a 409 loop, a server that forgets)
            if failures >= policy.max_attempts:
                raise NetworkError(upload.what, failures, f"the server stays at byte {held}")
        offset = acked = held
        sent_to(offset, True)
        part(offset)
        if complete:
            return
        if offset >= size:
            offset = None  # all there but not said complete: ask


def _complete(value: str | None) -> bool:
    return value is not None and value.strip() in ("?1", "1", "true")


def _offset(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def _head(client: ApiClient, upload: _Upload) -> tuple[int, bool]:
    """(bytes the server holds, complete?)"""
    answer = client.exchange(
        "HEAD",
        upload.path,
        upload.what,
        answer_4xx=lambda status: status in _HEAD_ANSWERS,
        expect_down=0,
    )
    if answer.status == 405:
        raise _OlderServer()
    if answer.status in (404, 410):
        return 0, False
    held = _offset(answer.headers.get("Upload-Offset"))
    if held is None:
        # An older server answering HEAD like its GET: 200 means it has the file whole.
        length = _offset(answer.headers.get("Content-Length"))
        if length == len(upload.content):
            return len(upload.content), True
        raise _OlderServer()
    complete = _complete(answer.headers.get("Upload-Complete"))
    if held > len(upload.content):
        return 0, False  # not our file's partial: start again
    return held, complete


def _patch(client: ApiClient, upload: _Upload, offset: int, length: int) -> tuple[int, bool]:
    size = len(upload.content)
    answer = client.exchange(
        "PATCH",
        upload.path,
        upload.what,
        data=upload.content[offset : offset + length],
        headers={
            "Upload-Offset": str(offset),
            "Upload-Length": str(size),
            "Content-Type": OFFSET_TYPE,
        },
        answer_4xx=lambda status: status in _PATCH_ANSWERS,
        expect_down=0,
    )
    status = answer.status
    if status in (404, 405, 415):
        raise _OlderServer()
    if status == 409:
        held = _offset(answer.headers.get("Upload-Offset"))
        return (held if held is not None and held <= size else 0), False
    if status == 410:
        return 0, False
    if status == 422:
        raise _Discarded()
    if status == 413:
        raise ApiError(413, "the file is larger than the server takes", upload.what)
    complete = _complete(answer.headers.get("Upload-Complete"))
    held = _offset(answer.headers.get("Upload-Offset"))
    if held is None:
        held = size if complete else offset + length
    return min(held, size), complete
