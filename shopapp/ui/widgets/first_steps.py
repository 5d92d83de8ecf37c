"""The first-day checklist on the Today page: what to do next, ticked as it gets done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

from shopapp.reports.first_steps import STEPS, Step


class FirstSteps(QGroupBox):
    """Hidden once every step is done; `open_page(key)` asks for the page of a step."""

    open_page = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Getting started"))
        self.setStyleSheet("QGroupBox { font-size: 15pt; font-weight: bold; }")
        self._layout = QVBoxLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for key, page in STEPS:
            button = QPushButton()
            button.clicked.connect(lambda _=False, page=page: self.open_page.emit(page))
            button.setObjectName(f"step_{key}")
            button.setStyleSheet(
                "QPushButton { text-align: left; font-size: 13pt; font-weight: normal;"
                " padding: 6px; }"
            )
            self.buttons[key] = button
            self._layout.addWidget(button)

    def _texts(self) -> dict[str, str]:
        return {
            "pair": self.tr("Pair with the carrier's server (Sync page, Ctrl+7)"),
            "scan": self.tr("Scan in the parcels from the van (Scan in, Ctrl+2)"),
            "plan": self.tr("Plan today's round and start the run (Plan, Ctrl+4)"),
            "deliver": self.tr("Record each delivery at the door (Deliver, Ctrl+5)"),
            "sync": self.tr("Sync at the end of the day (Sync, Ctrl+7)"),
        }

    def show_steps(self, steps: list[Step]) -> None:
        texts = self._texts()
        for step in steps:
            button = self.buttons[step.key]
            mark = "✔" if step.done else "○"
            button.setText(f"{mark}  {texts[step.key]}")
            button.setAccessibleName(
                texts[step.key] + (self.tr(": done") if step.done else self.tr(": to do"))
            )
        self.setVisible(not all(step.done for step in steps))
