"""The form that puts a recorded outcome right: what really happened, and why.

Opened from a parcel's history (Parcels page) for the parcel's latest outcome of the
day, when the lifecycle rules allow correcting it (`RecordedOutcome.correctable`). A
delivery or a failed attempt is corrected to another outcome (Alt+1 to Alt+4 choose it;
the fields it needs show), a counter handover to another name. The reason comes from a
list, with a line of free text ("Other" needs it). Save runs the correction on the
store's writer (`context.ops.write` through ProofDialog.set_operation); a refusal of the
rules is shown in the dialog, which stays open. Enter saves, Escape cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from shopapp.delivery import corrections
from shopapp.delivery.corrections import CorrectionResult, RecordedOutcome
from shopapp.delivery.outcomes import FAILURE_REASONS, NEIGHBOUR, RECIPIENT, SAFE_PLACE

from shopapp.ui.names import (
    correction_reason_name,
    failure_reason_name,
    local_time_text,
    outcome_name,
)
from shopapp.ui.widgets.outcome_dialogs import ProofDialog, Work

if TYPE_CHECKING:
    from shopapp.ui.operations import Job, Operations

translate = QCoreApplication.translate
_BIG = "font-size: 13pt;"


def recorded_text(outcome: RecordedOutcome) -> str:
    """What was recorded, in a few words ("With a neighbour · Bo Baker")."""
    if outcome.outcome == corrections.FAILED:
        words = translate("CorrectionDialog", "Not delivered: {0}").format(
            failure_reason_name(outcome.detail)
        )
        return words
    kind = "pickup" if outcome.event_type == "picked_up" else "delivered"
    words = outcome_name(kind, outcome.outcome)
    return f"{words} · {outcome.detail}" if outcome.detail else words


class CorrectionDialog(ProofDialog):
    """Correct one recorded outcome (a delivery, a failed attempt or a handover)."""

    def __init__(
        self,
        recorded: RecordedOutcome,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        self.recorded_outcome = recorded
        self.handover = recorded.correction_type == "handover_corrected"
        title = (
            translate("CorrectionDialog", "Correct the handover")
            if self.handover
            else translate("CorrectionDialog", "Correct the outcome")
        )
        intro = translate(
            "CorrectionDialog", "Parcel {0} for {1}: recorded at {2} as “{3}”."
        ).format(
            recorded.tracking_number,
            recorded.recipient or "?",
            local_time_text(recorded.at),
            recorded_text(recorded),
        )
        intro += "\n" + translate(
            "CorrectionDialog",
            "The record stays; the correction is added beside it and sent to the carrier.",
        )
        super().__init__(title, intro, parent, ops)
        self.setObjectName("correctionDialog")
        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        self.name = self._line(
            translate("CorrectionDialog", "&Name"),
            translate("CorrectionDialog", "Who took the parcel"),
            "correctionNameEdit",
        )
        if self.handover:
            self.name.setText(recorded.detail)
            self.name.selectAll()
        else:
            self._outcome_choices()
        self.neighbour_address = self._line(
            translate("CorrectionDialog", "Neighbour's &address"),
            translate("CorrectionDialog", "e.g. 5 Mill Lane"),
            "correctionAddressEdit",
        )
        self.where = self._line(
            translate("CorrectionDialog", "&Where"),
            translate("CorrectionDialog", "e.g. Behind the green bin"),
            "correctionWhereEdit",
        )
        self.failure_reason = QComboBox()
        self.failure_reason.setObjectName("correctionFailureReason")
        self.failure_reason.setAccessibleName(translate("CorrectionDialog", "Why not delivered"))
        for code in FAILURE_REASONS:
            self.failure_reason.addItem(failure_reason_name(code), code)
        self._row(translate("CorrectionDialog", "Why not &delivered"), self.failure_reason)
        self.reason = QComboBox()
        self.reason.setObjectName("correctionReason")
        self.reason.setAccessibleName(translate("CorrectionDialog", "Why correct it"))
        self.reason.addItem(translate("CorrectionDialog", "Choose a reason…"), "")
        for code in corrections.REASONS:
            self.reason.addItem(correction_reason_name(code), code)
        self._row(translate("CorrectionDialog", "Why &correct it"), self.reason)
        self.note = self._line(
            translate("CorrectionDialog", "N&ote"),
            translate("CorrectionDialog", "A few words for the carrier (needed for Other)"),
            "correctionNoteEdit",
        )
        self.choices.idToggled.connect(self._toggled)
        self._show_fields()
        self.resize(760, 560)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._show_fields()

    def _row(self, label: str, field: QWidget) -> None:
        title = QLabel(label)
        title.setBuddy(field)
        title.setStyleSheet(_BIG)
        self.form.addRow(title, field)

    def _outcome_choices(self) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        labels = (
            (RECIPIENT, translate("CorrectionDialog", "To the recipient")),
            (NEIGHBOUR, translate("CorrectionDialog", "With a neighbour")),
            (SAFE_PLACE, translate("CorrectionDialog", "In a safe place")),
            (corrections.FAILED, translate("CorrectionDialog", "Not delivered")),
        )
        for number, (code, label) in enumerate(labels, start=1):
            button = QRadioButton(f"{label} (Alt+{number})")
            button.setObjectName(f"correctTo_{code}")
            button.setStyleSheet(_BIG)
            self.choices.addButton(button, number)
            self.choice_buttons[code] = button
            line.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(button.click)
        # Start on another outcome than the recorded one: that is the point of correcting.
        recorded = self.recorded_outcome.outcome
        first = next(code for code, _label in labels if code != recorded)
        self.choice_buttons[first].setChecked(True)
        self.form.insertRow(0, self._caption(translate("CorrectionDialog", "What happened")))
        self.form.insertRow(1, row)

    def outcome(self) -> str:
        for code, button in self.choice_buttons.items():
            if button.isChecked():
                return code
        return ""

    def _show_fields(self) -> None:
        outcome = self.outcome()
        shown = {
            self.name: self.handover or outcome in (RECIPIENT, NEIGHBOUR),
            self.neighbour_address: outcome == NEIGHBOUR,
            self.where: outcome == SAFE_PLACE,
            self.failure_reason: outcome == corrections.FAILED,
        }
        for field, visible in shown.items():
            self.form.setRowVisible(field, visible)
        if outcome == RECIPIENT and not self.name.text():
            self.name.setText(self.recorded_outcome.recipient)

    def prepare(self) -> Work:
        """The correction as typed (read here, on the UI thread), as work for the writer."""
        event_id = self.recorded_outcome.event_id
        reason = str(self.reason.currentData() or "")
        note = self.note.text()
        name = self.name.text()
        if self.handover:

            def handover(job: Job) -> CorrectionResult:
                return corrections.correct_handover(
                    job.store, event_id, name=name, reason=reason, note=note
                )

            return handover
        outcome = self.outcome()
        where = self.where.text()
        address = self.neighbour_address.text()
        failure = str(self.failure_reason.currentData() or "")

        def correct(job: Job) -> CorrectionResult:
            return corrections.correct_outcome(
                job.store,
                event_id,
                outcome=outcome,
                reason=reason,
                note=note,
                name=name if outcome in (RECIPIENT, NEIGHBOUR) else "",
                where=where,
                neighbour_address=address,
                failure_reason=failure,
            )

        return correct


def open_correction(
    recorded: RecordedOutcome, ops: Operations, parent: QWidget | None = None
) -> CorrectionDialog:
    """The dialog for `recorded`, saving through `ops` (the caller opens or execs it)."""
    dialog = CorrectionDialog(recorded, parent, ops)
    dialog.set_operation(ops, dialog.prepare)
    return dialog
