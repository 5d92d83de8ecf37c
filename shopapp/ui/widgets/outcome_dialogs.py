"""The forms of the delivery outcomes and of the counter handover.

Each dialog collects what its outcome needs; when Save is pressed it asks the page's
`prepare()` for the work (what was typed, read on the UI thread) and runs it on the app's
operation runner (`set_operation`: the store's writer); a refusal from the core (no name,
empty signature, missing photo, disk full) is shown in the dialog, which stays open
with everything entered kept. Enter saves, Escape cancels; every field is reachable
with Tab, and the reasons of a failure with Alt+1 to Alt+6 or the arrow keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.delivery import outcomes
from shopapp.delivery.pickup import ID_CHECKS
from shopapp.errors import ShopAppError

from shopapp.ui.appearance import status_colours
from shopapp.ui.errors import error_text
from shopapp.ui.widgets.photo_field import PhotoField
from shopapp.ui.widgets.signature_pad import SignatureField

if TYPE_CHECKING:
    from shopapp.ui.operations import Job, Operations

Work = Callable[["Job"], Any]

# lupdate reads translate("Context", "text") calls; the context is fixed per module.
translate = QCoreApplication.translate

_BIG = "font-size: 14pt;"


class ProofDialog(QDialog):
    """Heading, a form, a red line for refusals, and big Save / Cancel buttons."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet("QLineEdit, QComboBox { min-height: 40px; font-size: 13pt; }")
        self.ops = ops
        self._record: Callable[[], object] | None = None
        self._prepare: Callable[[], Work] | None = None
        self.saving = False
        self.recorded: object = None  # what the core returned, once saved
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 19pt; font-weight: bold")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(_BIG)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        colours = status_colours(self.palette())  # the theme's red and green
        self.error.setStyleSheet(
            f"color: {colours.bad_text}; font-weight: bold; font-size: 13pt"
        )
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet(
            f"background: {colours.good.background}; color: {colours.good.foreground};"
            " font-weight: bold"
        )
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button = cancel
        self._focus_set = False
        for button in (self.save_button, cancel):
            button.setMinimumSize(170, 56)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._focus_set:
            return
        self._focus_set = True
        # Enter always means Save: no other button may become the default on focus.
        for button in self.findChildren(QPushButton):
            if button is not self.save_button:
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save_button.setDefault(True)
        # The buttons were made before the subclass's fields: put them last in the Tab
        # chain, and start in the first field (the name, the place, the reason).
        chain = [w for w in self._form_widgets() if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain += [self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_widgets(self) -> list[QWidget]:
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    found.extend(self._focusable_in(widget))
        return found

    @staticmethod
    def _focusable_in(widget: QWidget) -> list[QWidget]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return [widget]
        children = widget.findChildren(QWidget)
        return [w for w in children if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def set_operation(self, ops: Operations, prepare: Callable[[], Work]) -> None:
        """Save runs `prepare()` on the UI thread (it reads the fields) and the work it
        returns on the store's writer; the dialog closes once the work is done."""
        self.ops = ops
        self._prepare = prepare

    def set_recorder(self, record: Callable[[], object]) -> None:
        """Older form: `record()` is called on the UI thread when Save is pressed (prefer
        `set_operation`, which keeps the store off the UI thread)."""
        self._record = record

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.saving:
            return  # Enter pressed again while saving
        if self._prepare is not None and self.ops is not None:
            self.error.hide()
            self.error.clear()
            try:
                work = self._prepare()
            except ShopAppError as error:
                self.show_error(self.explain(error))
                return
            self._set_saving(True)
            self.ops.write(work, owner=self, done=self._saved, failed=self._refused)
            return
        if self._record is not None:
            try:
                self.recorded = self._record()
            except ShopAppError as error:
                self.show_error(self.explain(error))
                return
        super().accept()

    def reject(self) -> None:
        if self.saving:
            return  # the outcome is being written: its answer closes the dialog
        super().reject()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save (Enter)"))

    def _saved(self, result: object) -> None:
        self._set_saving(False)
        self.recorded = result
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_saving(False)
        self.show_error(self.explain(error))

    def explain(self, error: BaseException) -> str:
        """The core's refusal in the shop's language (the one message table)."""
        return error_text(error)

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setStyleSheet(_BIG + "font-weight: bold; margin-top: 6px")
        return caption

    def _line(self, label: str, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label.replace("&", ""))
        title = QLabel(label)
        title.setBuddy(edit)
        title.setStyleSheet(_BIG)
        self.form.addRow(title, edit)
        return edit


class RecipientDialog(ProofDialog):
    def __init__(self, parcels_text: str, recipient: str, parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(self.tr("Delivered to the recipient"), parcels_text, parent, ops)
        self.name = self._line(self.tr("&Name"), self.tr("Who took the parcel"), "nameEdit")
        self.name.setText(recipient)
        self.name.selectAll()
        self.signature = SignatureField()
        self.form.addRow(self._caption(self.tr("Signature")))
        self.form.addRow(self.signature)
        self.resize(760, 580)


class NeighbourDialog(ProofDialog):
    def __init__(self, parcels_text: str, parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(
            self.tr("Left with a neighbour"),
            parcels_text + "\n" + self.tr("Their name and address, and a signature or a photo."),
            parent,
            ops,
        )
        self.name = self._line(self.tr("&Name"), self.tr("The neighbour's name"), "nameEdit")
        self.address = self._line(
            self.tr("&Address"), self.tr("e.g. 5 Mill Lane"), "neighbourAddressEdit"
        )
        # Side by side, so that the form fits a 1366 x 768 laptop screen.
        self.signature = SignatureField()
        self.photo = PhotoField(vertical=True, ops=ops)
        proofs = QWidget()
        row = QHBoxLayout(proofs)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, field, stretch in (
            (self.tr("Signature of the neighbour"), self.signature, 3),
            (self.tr("…or a photo of the parcel"), self.photo, 2),
        ):
            column = QVBoxLayout()
            column.addWidget(self._caption(caption))
            column.addWidget(field, 1)
            row.addLayout(column, stretch)
        self.form.addRow(proofs)
        self.resize(1000, 620)


class SafePlaceDialog(ProofDialog):
    def __init__(self, parcels_text: str, parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(
            self.tr("Left in a safe place"),
            parcels_text + "\n" + self.tr("Where, and a photo of the parcel there."),
            parent,
            ops,
        )
        self.where = QComboBox()
        self.where.setObjectName("whereEdit")
        self.where.setEditable(True)
        self.where.setAccessibleName(self.tr("Safe place"))
        self.where.addItems(
            [
                self.tr("Porch"),
                self.tr("Behind the bin"),
                self.tr("Garage"),
                self.tr("Shed"),
                self.tr("Back door"),
                self.tr("Greenhouse"),
            ]
        )
        self.where.setCurrentText("")
        editor = self.where.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("e.g. Behind the green bin"))
        label = QLabel(self.tr("&Where"))
        label.setBuddy(self.where)
        label.setStyleSheet(_BIG)
        self.form.addRow(label, self.where)
        self.photo = PhotoField(ops=ops)
        self.form.addRow(self._caption(self.tr("Photo of the parcel where it was left")))
        self.form.addRow(self.photo)
        self.resize(760, 500)


def failure_reason_labels(widget: QWidget) -> dict[str, str]:
    return {
        outcomes.NOT_AT_HOME: translate("OutcomeDialogs", "Not at home"),
        outcomes.REFUSED: translate("OutcomeDialogs", "Refused"),
        outcomes.ADDRESS_NOT_FOUND: translate("OutcomeDialogs", "Address not found"),
        outcomes.UNSAFE: translate("OutcomeDialogs", "Unsafe to leave"),
        outcomes.BUSINESS_CLOSED: translate("OutcomeDialogs", "Business closed"),
        outcomes.OTHER: translate("OutcomeDialogs", "Other (say why)"),
    }


class FailedDialog(ProofDialog):
    def __init__(self, parcels_text: str, parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(
            self.tr("Not delivered"),
            parcels_text + "\n" + self.tr("Why? (Alt+1 to Alt+6, or the arrow keys)"),
            parent,
            ops,
        )
        self.reasons = QButtonGroup(self)
        box = QVBoxLayout()
        for number, (code, text) in enumerate(failure_reason_labels(self).items(), start=1):
            button = QRadioButton(f"{number}  {text}")
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(button.click)
            button.setObjectName(f"reason_{code}")
            button.setProperty("reason", code)
            button.setStyleSheet(
                "QRadioButton { font-size: 15pt; min-height: 44px; }"
                "QRadioButton::indicator { width: 26px; height: 26px; }"
            )
            self.reasons.addButton(button, number)
            box.addWidget(button)
        self.reasons.button(1).setChecked(True)
        holder = QWidget()
        holder.setLayout(box)
        self.form.addRow(holder)
        self.note = self._line(
            self.tr("N&ote"), self.tr("Optional, required for Other"), "noteEdit"
        )
        self.reasons.buttonToggled.connect(self._reason_changed)
        self.resize(640, 560)

    def reason(self) -> str:
        checked = self.reasons.checkedButton()
        return str(checked.property("reason")) if checked else outcomes.NOT_AT_HOME

    def _reason_changed(self) -> None:
        if self.reason() == outcomes.OTHER:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)


def id_check_labels(widget: QWidget) -> dict[str | None, str]:
    labels: dict[str | None, str] = {None: translate("OutcomeDialogs", "No ID checked")}
    names = {
        "id_card": translate("OutcomeDialogs", "ID card"),
        "driving_licence": translate("OutcomeDialogs", "Driving licence"),
        "passport": translate("OutcomeDialogs", "Passport"),
        "other": translate("OutcomeDialogs", "Other ID"),
    }
    labels.update((code, names[code]) for code in ID_CHECKS)
    return labels


class HandoverDialog(ProofDialog):
    def __init__(self, parcel_text: str, recipient: str, parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(self.tr("Hand over at the counter"), parcel_text, parent, ops)
        self.name = self._line(self.tr("&Name"), self.tr("Who collects the parcel"), "nameEdit")
        self.name.setText(recipient)
        self.name.selectAll()
        self.id_check = QComboBox()
        self.id_check.setObjectName("idCheckCombo")
        self.id_check.setAccessibleName(self.tr("ID checked"))
        for code, text in id_check_labels(self).items():
            self.id_check.addItem(text, code)
        label = QLabel(self.tr("&ID checked"))
        label.setBuddy(self.id_check)
        label.setStyleSheet(_BIG)
        self.form.addRow(label, self.id_check)
        self.signature = SignatureField()
        self.form.addRow(self._caption(self.tr("Signature of the person collecting")))
        self.form.addRow(self.signature)
        self.resize(760, 620)

    def id_check_code(self) -> str | None:
        data = self.id_check.currentData()
        return str(data) if data else None
