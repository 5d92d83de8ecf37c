"""Finds English on a screen that should be all French or Spanish.

Every text a shopkeeper can see (labels, buttons, group titles, list and tree items,
table cells and headers, placeholders, combo boxes, tabs, the status bar, the window
title) is split into words; a text holding a word from `ENGLISH` is English. The words
are English and neither French, Spanish nor Catalan (the demo's street and recipient
names are Catalan), so names and addresses do not count; tracking numbers, figures and
key names (Ctrl+1, F5) have none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ENGLISH = frozenset(
    """
    the and of to with from is are was were your you this that these those for not be been
    has have had will would can could should which when what where there here into they
    them their it its by or if then than only also just before after about again all any
    every each none nothing something please yet still already until while because
    parcel parcels delivered received scanned scanning waiting pending shelf settings
    failed error errors today yesterday tomorrow events event checking measuring
    done stopped sent send sending printer labels save saved check online offline never
    last next open close cancel found missing wrong try again unknown paired pairing
    shop road roads map driving drive deliver delivery deliveries pickup return returns
    returned carrier server connection disk full space free file files folder day week
    morning evening minutes hours seconds miles
    """.split()
)
WORD = re.compile(r"[^\W\d_]+")  # letters, accented ones too ("Anyós" is not "Any")
TAG = re.compile(r"<[^>]+>")
URL = re.compile(r"\b(?:https?://|www\.)\S+")  # an address is not a sentence


def english_words(text: str) -> list[str]:
    """The English words of `text` (HTML tags and accelerator ampersands removed)."""
    plain = URL.sub(" ", TAG.sub(" ", text)).replace("&", "")
    return [word for word in WORD.findall(plain) if word.lower() in ENGLISH]


def _view_texts(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()
    if model is None:
        return
    role = Qt.ItemDataRole.DisplayRole

    def columns(parent: QModelIndex) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # a list model: its columnCount is private, and 1
            return 1

    for section in range(columns(view.rootIndex())):
        header = model.headerData(section, Qt.Orientation.Horizontal, role)
        if header:
            yield str(header)
    stack: list[QModelIndex] = [view.rootIndex()]
    seen = 0
    while stack and seen < 2000:  # enough of a long list to see its wording
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                value = model.data(index, role)
                if value:
                    yield str(value)
                seen += 1
            child = model.index(row, 0, parent)
            try:
                branch = model.hasChildren(child)
            except TypeError:  # a list or table model: private there, and flat
                branch = False
            if branch:
                stack.append(child)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget name, text) for every text on screen in `window`."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            name = widget.objectName() or type(widget).__name__
            found.append((name, text))

    add(window, window.windowTitle())
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            add(widget, widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            add(widget, widget.toPlainText())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        if isinstance(widget, QGroupBox):
            continue
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for text in _view_texts(widget):
                add(widget, text)
    if isinstance(window, QMainWindow):
        bar = window.statusBar()
        add(bar, bar.currentMessage())
    return found


def english_on_screen(window: QWidget) -> list[str]:
    """Each English text on screen, as 'widget: text [words]'."""
    out: list[str] = []
    for name, text in visible_texts(window):
        words = english_words(text)
        line = f"{name}: {text!r} {sorted(set(words))}"
        if words and line not in out:
            out.append(line)
    return out
