"""The four delivery outcomes as forms bound to the core: build the dialog, wire its Save.

Each builder returns an `OutcomeForm`: the dialog (not yet shown), the event type it
records and a `describe()` that words the outcome for the parcel list once saved. Save
reads the fields on the UI thread and records the outcome on the app's operation
runner (the store's writer): the proof files and the events never block the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from shopapp.delivery import outcomes
from shopapp.delivery.run import StopParcel

from shopapp.ui.context import AppContext
from shopapp.ui.operations import Job
from shopapp.ui.widgets.outcome_dialogs import (
    FailedDialog,
    NeighbourDialog,
    ProofDialog,
    RecipientDialog,
    SafePlaceDialog,
    failure_reason_labels,
)

# lupdate reads translate("Context", "text") calls; the context is fixed per module.
translate = QCoreApplication.translate


@dataclass
class OutcomeForm:
    dialog: ProofDialog
    kind: str  # the event type it records
    describe: Callable[[], str]


Builder = Callable[[QWidget, AppContext, str, list[StopParcel]], OutcomeForm]


def _numbers(parcels: list[StopParcel]) -> list[str]:
    return [p.tracking_number for p in parcels]


def recipient_form(
    parent: QWidget, context: AppContext, text: str, parcels: list[StopParcel]
) -> OutcomeForm:
    dialog = RecipientDialog(text, parcels[0].recipient, parent, ops=context.ops)
    numbers = _numbers(parcels)

    def prepare() -> Callable[[Job], object]:
        name, signature = dialog.name.text(), dialog.signature.pad.signature()
        return lambda job: outcomes.deliver_to_recipient(
            job.store, job.paths, numbers, name=name, signature=signature
        )

    dialog.set_operation(context.ops, prepare)
    return OutcomeForm(
        dialog,
        "delivered",
        lambda: translate("DeliverPage", "✔ Delivered to {0}").format(dialog.name.text().strip()),
    )


def neighbour_form(
    parent: QWidget, context: AppContext, text: str, parcels: list[StopParcel]
) -> OutcomeForm:
    dialog = NeighbourDialog(text, parent, ops=context.ops)
    numbers = _numbers(parcels)
    pad = dialog.signature.pad

    def prepare() -> Callable[[Job], object]:
        name, address = dialog.name.text(), dialog.address.text()
        signature = pad.signature() if pad.strokes() else None
        photo = dialog.photo.photo()
        return lambda job: outcomes.leave_with_neighbour(
            job.store, job.paths, numbers, name=name, address=address, signature=signature,
            photo=photo,
        )

    dialog.set_operation(context.ops, prepare)
    return OutcomeForm(
        dialog,
        "delivered",
        lambda: translate("DeliverPage", "✔ Left with {0}, {1}").format(
            dialog.name.text().strip(), dialog.address.text().strip()
        ),
    )


def safe_place_form(
    parent: QWidget, context: AppContext, text: str, parcels: list[StopParcel]
) -> OutcomeForm:
    dialog = SafePlaceDialog(text, parent, ops=context.ops)
    numbers = _numbers(parcels)

    def prepare() -> Callable[[Job], object]:
        where, photo = dialog.where.currentText(), dialog.photo.photo()
        return lambda job: outcomes.leave_in_safe_place(
            job.store, job.paths, numbers, where=where, photo=photo
        )

    dialog.set_operation(context.ops, prepare)
    return OutcomeForm(
        dialog,
        "delivered",
        lambda: translate("DeliverPage", "✔ Left in a safe place: {0}").format(
            dialog.where.currentText().strip()
        ),
    )


def failed_form(
    parent: QWidget, context: AppContext, text: str, parcels: list[StopParcel]
) -> OutcomeForm:
    dialog = FailedDialog(text, parent, ops=context.ops)
    numbers = _numbers(parcels)

    def prepare() -> Callable[[Job], object]:
        reason, note = dialog.reason(), dialog.note.text()
        return lambda job: outcomes.record_failed_attempt(
            job.store, job.paths, numbers, reason=reason, note=note
        )

    dialog.set_operation(context.ops, prepare)
    labels = failure_reason_labels(dialog)

    def describe() -> str:
        note = dialog.note.text().strip()
        reason = labels[dialog.reason()] + (f" ({note})" if note else "")
        return translate("DeliverPage", "✗ Not delivered: {0}. Back to the shop.").format(reason)

    return OutcomeForm(dialog, "attempt_failed", describe)
