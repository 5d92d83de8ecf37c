"""The Parcels table's model: a name or an address cut to fit reads whole on hover."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from shopapp.store.queries import PARCEL_COLUMNS, ParcelQuery, ParcelRow

from shopapp.ui.parcels_model import ParcelTableModel

ROW = ParcelRow(
    tracking_number="1Z4A9E020100000014",
    recipient="Forn de Pa l'Espiga (bakery)",
    address="Forn de Pa l'Espiga, Carretera de la Rabassa, 23, Sant Julià de Lòria",
    status="received",
    shelf_slot="B-1",
    service="next-day",
    attempts=0,
    updated_at="2026-12-02T09:00:00Z",
    flags=("damaged",),
)


def _source(query: ParcelQuery, answer: Callable[[list[ParcelRow]], None]) -> None:
    answer([ROW] if query.offset == 0 else [])


def test_name_and_address_have_their_whole_text_as_tooltip(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ParcelTableModel(_source)
    model.reload()
    tip = Qt.ItemDataRole.ToolTipRole
    by_name = {name: model.index(0, n) for n, name in enumerate(PARCEL_COLUMNS)}
    assert model.data(by_name["recipient"], tip) == ROW.recipient
    assert model.data(by_name["address"], tip) == ROW.address
    # Other columns keep saying the parcel's flags.
    assert model.data(by_name["status"], tip) == model.data(by_name["tracking_number"], tip)
    assert model.data(by_name["status"], tip)
