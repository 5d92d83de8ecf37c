"""Every outcome commits one event per parcel, with its proof files saved first."""

from __future__ import annotations

import errno
import hashlib
import json
from collections.abc import Callable

import pytest
from sqlmodel import select

from shopapp.delivery import outcomes, proofs
from shopapp.delivery.errors import DeliveryError, EmptySignature, PhotoError
from shopapp.delivery.signature import Signature
from shopapp.errors import IllegalTransition, ParcelNotFound, StoreError
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Event, ProofFile
from tests.delivery.conftest import add_parcel, parcel

Make = Callable[..., str]


def events(store: Store, number: str | None = None) -> list[Event]:
    with store.read() as session:
        query = select(Event).order_by(Event.seq)  # type: ignore[arg-type]
        rows = list(session.exec(query))
    return [e for e in rows if number is None or e.tracking_number == number]


def assert_hashes_match_files(store: Store, paths: DataPaths, data: dict[str, object]) -> None:
    """Each *_sha256 of the event names a ProofFile row whose file hashes to it."""
    keys = [k for k in data if k.endswith("_sha256")]
    assert keys
    with store.read() as session:
        for key in keys:
            row = session.get(ProofFile, data[key])
            assert row is not None, key
            content = (paths.proofs / row.path).read_bytes()
            assert hashlib.sha256(content).hexdigest() == data[key]
            assert row.size == len(content)
            assert row.uploaded_at is None and row.purged_at is None


def test_delivered_to_recipient(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0001")
    result = outcomes.deliver_to_recipient(
        store, paths, number, name="  Ann\tArcher ", signature=signature
    )
    assert parcel(store, number).status == "delivered"
    last = events(store, number)[-1]
    assert (last.type, last.id) == ("delivered", result.event_ids[0])
    data = json.loads(last.data)
    assert data["outcome"] == "recipient" and data["name"] == "Ann Archer"
    assert set(data) == {"outcome", "name", "signature_sha256", "signature_strokes_sha256"}
    assert_hashes_match_files(store, paths, data)
    strokes = (
        paths.proofs
        / proofs.relative_path(data["signature_strokes_sha256"], proofs.SIGNATURE_STROKES)
    ).read_bytes()
    assert json.loads(strokes)["strokes"][0][0][:2] == [60.0, 100.0]


def test_one_signature_for_several_parcels_at_one_stop(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    numbers = [out_for_delivery("JJD0010"), out_for_delivery("JJD0013")]
    result = outcomes.deliver_to_recipient(store, paths, numbers, name="Bo", signature=signature)
    assert len(result.event_ids) == 2
    hashes = {
        json.loads(e.data)["signature_sha256"] for e in events(store) if e.type == "delivered"
    }
    assert len(hashes) == 1
    assert all(parcel(store, n).status == "delivered" for n in numbers)


def test_left_with_neighbour_with_signature_or_photo(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature, photo: bytes
) -> None:
    a, b = out_for_delivery("JJD0020"), out_for_delivery("JJD0021")
    outcomes.leave_with_neighbour(
        store, paths, a, name="Cara Cole", address="5 Mill Lane", signature=signature
    )
    outcomes.leave_with_neighbour(
        store, paths, b, name="Cara Cole", address="5 Mill Lane", photo=photo
    )
    first = json.loads(events(store, a)[-1].data)
    second = json.loads(events(store, b)[-1].data)
    assert first["outcome"] == second["outcome"] == "neighbour"
    assert first["neighbour_address"] == "5 Mill Lane"
    assert "signature_sha256" in first and "photo_sha256" not in first
    assert "photo_sha256" in second and "signature_sha256" not in second
    assert_hashes_match_files(store, paths, first)
    assert_hashes_match_files(store, paths, second)


def test_neighbour_needs_name_address_and_some_proof(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0030")
    with pytest.raises(DeliveryError) as missing:
        outcomes.leave_with_neighbour(store, paths, number, name="Cara", address="5 Mill Lane")
    assert missing.value.code == "delivery.proof_required"
    with pytest.raises(DeliveryError, match="neighbour's address"):
        outcomes.leave_with_neighbour(
            store, paths, number, name="Cara", address=" ", signature=signature
        )
    with pytest.raises(DeliveryError, match="neighbour's name"):
        outcomes.leave_with_neighbour(
            store, paths, number, name="", address="x", signature=signature
        )
    assert parcel(store, number).status == "out_for_delivery"


def test_safe_place_needs_a_photo(
    store: Store, paths: DataPaths, out_for_delivery: Make, photo: bytes
) -> None:
    number = out_for_delivery("JJD0040")
    with pytest.raises(DeliveryError) as no_photo:
        outcomes.leave_in_safe_place(store, paths, number, where="porch", photo=None)
    assert no_photo.value.code == "delivery.photo_required"
    with pytest.raises(DeliveryError) as no_place:
        outcomes.leave_in_safe_place(store, paths, number, where="", photo=photo)
    assert no_place.value.code == "delivery.place_required"
    with pytest.raises(PhotoError):
        outcomes.leave_in_safe_place(store, paths, number, where="porch", photo=b"not a jpeg")
    result = outcomes.leave_in_safe_place(
        store, paths, number, where="Behind the green bin", photo=photo
    )
    data = json.loads(events(store, number)[-1].data)
    assert data == {
        "outcome": "safe_place",
        "where": "Behind the green bin",
        "photo_sha256": result.proofs[0].sha256,
    }
    assert_hashes_match_files(store, paths, data)


@pytest.mark.parametrize("reason", outcomes.FAILURE_REASONS)
def test_failed_with_each_reason(
    store: Store, paths: DataPaths, out_for_delivery: Make, reason: str
) -> None:
    number = out_for_delivery(f"JJD01{outcomes.FAILURE_REASONS.index(reason):02d}")
    note = "dog in the garden" if reason == "other" else ""
    outcomes.record_failed_attempt(store, paths, number, reason=reason, note=note)
    row = parcel(store, number)
    assert (row.status, row.attempts) == ("attempt_failed", 1)
    data = json.loads(events(store, number)[-1].data)
    assert data["reason"] == reason
    assert data.get("note", "") == note


def test_failure_other_needs_a_note_and_reasons_are_checked(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    number = out_for_delivery("JJD0200")
    with pytest.raises(DeliveryError) as other:
        outcomes.record_failed_attempt(store, paths, number, reason="other", note="  ")
    assert other.value.code == "delivery.note_required"
    with pytest.raises(DeliveryError) as bad:
        outcomes.record_failed_attempt(store, paths, number, reason="ate_it")
    assert bad.value.code == "delivery.bad_reason"
    assert parcel(store, number).attempts == 0


def test_empty_signature_is_refused_and_nothing_is_written(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    number = out_for_delivery("JJD0300")
    dot = Signature.from_strokes([[(10, 10, 0), (11, 10, 5)]])
    for empty in (Signature.from_strokes([]), dot):
        with pytest.raises(EmptySignature):
            outcomes.deliver_to_recipient(store, paths, number, name="Ann", signature=empty)
    assert parcel(store, number).status == "out_for_delivery"
    assert not list(paths.proofs.rglob("*.*"))


def test_name_is_required(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0310")
    with pytest.raises(DeliveryError) as error:
        outcomes.deliver_to_recipient(store, paths, number, name=" \x00 ", signature=signature)
    assert error.value.code == "delivery.name_required"


def test_all_or_nothing_over_several_parcels(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    ok = out_for_delivery("JJD0400")
    add_parcel(store, "JJD0401", "received")  # on the shelf, not out for delivery
    with pytest.raises(IllegalTransition):
        outcomes.deliver_to_recipient(store, paths, [ok, "JJD0401"], name="A", signature=signature)
    with pytest.raises(ParcelNotFound):
        outcomes.deliver_to_recipient(store, paths, [ok, "NOPE1"], name="A", signature=signature)
    assert parcel(store, ok).status == "out_for_delivery"
    assert [e.type for e in events(store, ok)] == ["received", "out_for_delivery"]
    with store.read() as session:  # the file may stay, but no row names it
        assert list(session.exec(select(ProofFile))) == []


def test_a_delivered_parcel_cannot_be_delivered_again(
    store: Store, paths: DataPaths, out_for_delivery: Make, signature: Signature
) -> None:
    number = out_for_delivery("JJD0500")
    outcomes.deliver_to_recipient(store, paths, number, name="A", signature=signature)
    with pytest.raises(IllegalTransition, match="already been delivered"):
        outcomes.record_failed_attempt(store, paths, number, reason="refused")


def test_proof_file_is_on_disk_before_the_commit(
    store: Store,
    paths: DataPaths,
    out_for_delivery: Make,
    signature: Signature,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A database failure after the file is written leaves no row and no event."""
    number = out_for_delivery("JJD0600")
    seen_files: list[int] = []

    def failing_record(*_args: object, **_kwargs: object) -> None:
        seen_files.append(len(list(paths.proofs.rglob("*.png"))))
        raise StoreError("The disk is full: nothing was saved.")

    monkeypatch.setattr(outcomes, "record_event", failing_record)
    with pytest.raises(StoreError):
        outcomes.deliver_to_recipient(store, paths, number, name="A", signature=signature)
    assert seen_files == [1]  # the PNG existed when the event was being recorded
    assert parcel(store, number).status == "out_for_delivery"
    with store.read() as session:
        assert list(session.exec(select(ProofFile))) == []


def test_proof_write_failure_records_nothing(
    store: Store,
    paths: DataPaths,
    out_for_delivery: Make,
    signature: Signature,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = out_for_delivery("JJD0700")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(proofs.os, "fsync", disk_full)
    with pytest.raises(DeliveryError) as error:
        outcomes.deliver_to_recipient(store, paths, number, name="A", signature=signature)
    monkeypatch.undo()
    assert error.value.code == "delivery.proof_write_failed"
    assert "No space left" in str(error.value)
    assert parcel(store, number).status == "out_for_delivery"
    assert not [p for p in paths.proofs.rglob("*") if p.is_file()]  # no temporary file left
