"""What the main window may ask of a page: the typed `Page` protocol and its base class.

The window never probes a page with getattr: every page is a `PageWidget` and answers
- `takes_scans`: whether a scan on this page is this page's (else it goes to Scan in);
- `handle_scan(code)`: the scan, when it takes scans;
- `apply_changes(changes)`: refresh what it shows from what changed (`shopapp.changes`);
- `shutdown()`: stop its own background work before the window closes;
- `page_actions()`: its commands as QActions with their shortcuts, for the window's menu
  bar and the keyboard shortcuts table. A page makes them with `page_action` and ties a
  button to one with `bind_button`: the button and the menu entry are then one action
  (one slot, one shortcut, one enabled state).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from shopapp.changes import Changes


@runtime_checkable
class Page(Protocol):
    takes_scans: bool

    def handle_scan(self, code: str) -> object: ...

    def apply_changes(self, changes: Changes) -> None: ...

    def shutdown(self) -> None: ...

    def page_actions(self) -> list[QAction]: ...


class _EnabledFollower(QObject):
    """Pages still enable and disable their buttons: the bound action follows the button."""

    def __init__(self, button: QAbstractButton, action: QAction) -> None:
        super().__init__(button)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self._action.setEnabled(watched.isEnabled())
        return False


def bind_button(button: QAbstractButton, action: QAction) -> None:
    """One command, two faces: a click triggers `action`, and their enabled states are one
    (whichever of the two a page sets, the other follows; no loop: an unchanged state
    emits nothing)."""
    button.clicked.connect(lambda _checked=False: action.trigger())
    action.setEnabled(button.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    button.installEventFilter(_EnabledFollower(button, action))
    if not button.toolTip() and not action.shortcut().isEmpty():
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text()} ({shortcut})")


class PageWidget(QWidget):
    """A page of the main window; subclasses override what they need."""

    takes_scans = False

    def handle_scan(self, code: str) -> object:
        raise NotImplementedError(f"{type(self).__name__} takes no scans")

    def apply_changes(self, changes: Changes) -> None:
        """Refresh from `changes`; the default shows nothing that changes."""

    def shutdown(self) -> None:
        """Stop background work; the default has none."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        # A page takes the height the window gives it (its word-wrapped labels wrap in
        # that): were its height asked for its width, a scroll area around the pages
        # would size every page to the tallest page's preferred height (not its minimum)
        # and push the buttons below the bottom of a 720-pixel screen.
        return False

    def page_actions(self) -> list[QAction]:
        """The page's commands in menu order (those made with `page_action`)."""
        return list(getattr(self, "_page_actions", []))

    def page_action(
        self,
        name: str,
        text: str,
        shortcut: str | QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
        *,
        button: QAbstractButton | None = None,
    ) -> QAction:
        """A command of this page: a QAction on the page (its shortcut works while the page
        shows, also outside the window in the page's own tests), listed by `page_actions`.

        `name` is the action's objectName (tests and the shortcuts table find it by it);
        `text` is the menu's wording, without the key (menus show the key themselves).
        """
        action = QAction(text, self)
        action.setObjectName(name)
        keys = QKeySequence(shortcut)
        if not keys.isEmpty():
            action.setShortcut(keys)
        # triggered(bool) passes `checked`: the slot takes no argument.
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # active while the page is visible (a hidden page's are not)
        actions: list[QAction] = self.__dict__.setdefault("_page_actions", [])
        actions.append(action)
        if button is not None:
            bind_button(button, action)
        return action
