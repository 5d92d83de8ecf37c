"""A complete sync purges proof files the server has had past the retention, and no other."""

from __future__ import annotations

from datetime import timedelta

from shopapp.clock import to_iso, utc_now
from shopapp.delivery.proofs import add_proof_row, save_proof
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile
from shopapp.sync.run import run_sync
from tests.sync.conftest import Shop


def test_sync_purges_only_old_uploaded_proofs(paths: DataPaths, store: Store, paired: Shop) -> None:
    old = save_proof(paths, b"\x89PNG old signature bytes", "signature")
    new = save_proof(paths, b"\x89PNG new signature bytes", "signature")
    with store.write() as session:
        add_proof_row(session, old)
        add_proof_row(session, new)
        row = session.get(ProofFile, old.sha256)
        assert row is not None
        row.uploaded_at = to_iso(utc_now() - timedelta(days=40))  # the server had it long ago
    report = run_sync(paths, store)
    assert report.ok, report.as_dict()
    with store.read() as session:
        purged = session.get(ProofFile, old.sha256)
        kept = session.get(ProofFile, new.sha256)
    assert purged is not None and purged.purged_at is not None
    assert not (paths.proofs / old.path).exists()
    # The new file was uploaded by this sync, so it stays for the retention period.
    assert kept is not None and kept.uploaded_at is not None and kept.purged_at is None
    assert (paths.proofs / new.path).exists()
