"""Proof files: content-addressed, hash integrity, and purge only after the server has them."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from shopapp import settings
from shopapp.clock import to_iso
from shopapp.delivery import proofs
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def saved(store: Store, paths: DataPaths, content: bytes, uploaded_days_ago: float | None) -> str:
    proof = proofs.save_proof(paths, content, proofs.PHOTO)
    with store.write() as session:
        row = proofs.add_proof_row(session, proof, NOW - timedelta(days=90))
        if uploaded_days_ago is not None:
            row.uploaded_at = to_iso(NOW - timedelta(days=uploaded_days_ago))
    return proof.sha256


def row(store: Store, sha: str) -> ProofFile:
    with store.read() as session:
        found = session.get(ProofFile, sha)
        assert found is not None
        return found


def test_saved_under_its_hash_and_saving_again_is_harmless(store: Store, paths: DataPaths) -> None:
    first = proofs.save_proof(paths, b"abc", proofs.PHOTO)
    again = proofs.save_proof(paths, b"abc", proofs.PHOTO)
    assert first == again
    file = paths.proofs / first.path
    assert first.path == f"{first.sha256[:2]}/{first.sha256}.jpg"
    assert hashlib.sha256(file.read_bytes()).hexdigest() == first.sha256
    file.write_bytes(b"tampered")  # a damaged copy is replaced by the right bytes
    proofs.save_proof(paths, b"abc", proofs.PHOTO)
    assert file.read_bytes() == b"abc"


def test_purge_only_uploaded_files_older_than_the_retention(store: Store, paths: DataPaths) -> None:
    never_sent = saved(store, paths, b"unsynced photo", None)
    just_sent = saved(store, paths, b"sent yesterday", 1)
    old_sent = saved(store, paths, b"sent long ago", 31)
    report = proofs.purge_proofs(store, paths, now=NOW)
    assert (report.purged, report.bytes_freed, report.kept_unsynced) == (1, 13, 1)
    assert row(store, old_sent).purged_at == to_iso(NOW)
    assert not (paths.proofs / row(store, old_sent).path).exists()
    for kept in (never_sent, just_sent):
        assert row(store, kept).purged_at is None
        assert (paths.proofs / row(store, kept).path).exists()
    # Nothing more to do, however often it runs; an unsynced file is never due.
    assert proofs.purge_proofs(store, paths, now=NOW + timedelta(days=3650)).purged == 1
    assert (paths.proofs / row(store, never_sent).path).exists()


def test_retention_comes_from_settings(store: Store, paths: DataPaths) -> None:
    sha = saved(store, paths, b"sent 10 days ago", 10)
    assert proofs.purge_proofs(store, paths, now=NOW).purged == 0
    with store.write() as session:
        settings.put(session, "proof_retention_days", 7)
    assert proofs.purge_proofs(store, paths, now=NOW).purged == 1
    assert row(store, sha).purged_at is not None


def test_purge_after_an_interrupted_purge_and_resave(store: Store, paths: DataPaths) -> None:
    sha = saved(store, paths, b"half purged", 40)
    (paths.proofs / row(store, sha).path).unlink()  # deleted, but the row was not marked
    assert proofs.purge_proofs(store, paths, now=NOW).purged == 1
    # The same bytes saved again (same photo re-used): the row gets its file back.
    proof = proofs.save_proof(paths, b"half purged", proofs.PHOTO)
    with store.write() as session:
        proofs.add_proof_row(session, proof)
    assert row(store, sha).purged_at is None
    assert (paths.proofs / proof.path).exists()
