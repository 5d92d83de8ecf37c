"""What the main window may ask of a page: the typed `Page` protocol and its base class.

The window never probes a page with getattr: every page is a `PageWidget` and answers
- `takes_scans`: whether a scan on this page is this page's (else it goes to Scan in);
- `handle_scan(code)`: the scan, when it takes scans;
- `apply_changes(changes)`: refresh what it shows from what changed (`shopapp.changes`);
- `shutdown()`: stop its own background work before the window closes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from shopapp.changes import Changes


@runtime_checkable
class Page(Protocol):
    takes_scans: bool

    def handle_scan(self, code: str) -> object: ...

    def apply_changes(self, changes: Changes) -> None: ...

    def shutdown(self) -> None: ...


class PageWidget(QWidget):
    """A page of the main window; subclasses override what they need."""

    takes_scans = False

    def handle_scan(self, code: str) -> object:
        raise NotImplementedError(f"{type(self).__name__} takes no scans")

    def apply_changes(self, changes: Changes) -> None:
        """Refresh from `changes`; the default shows nothing that changes."""

    def shutdown(self) -> None:
        """Stop background work; the default has none."""
