"""Help > About: the version, the licences of the parts the app ships, the map's attribution.

The licences come from where the app runs: a frozen build carries THIRD-PARTY-LICENSES
beside the executable (written by installer/build_linux.sh with scripts/licence_check.py);
an installed app reads its own dependencies' package metadata, followed through their
requirements (no extras), as scripts/licence_check.py --default does.
"""

from __future__ import annotations

import html
import importlib.metadata as md
import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parcelwire.maps import ATTRIBUTION, LICENCE
from shopapp import __version__

LICENCES_FILE = "THIRD-PARTY-LICENSES"
_TEXTS_START = "Licence texts, as each package ships them:"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Shipped:
    name: str
    version: str
    licence: str


def _licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and len(field) <= 60 and "\n" not in field:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "?"


def installed_parts(root: str = "shopapp") -> list[Shipped]:
    """The distributions `root` needs (no extras), with their version and licence."""
    seen: dict[str, Shipped] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # a requirement for another platform
        seen[key] = Shipped(dist.metadata["Name"] or name, dist.version, _licence_of(dist))
        for requirement in dist.requires or []:
            if "extra ==" in requirement or "extra==" in requirement:
                continue
            match = _NAME.match(requirement)
            if match:
                todo.append(match.group(1))
    seen.pop(root, None)
    return sorted(seen.values(), key=lambda part: part.name.lower())


def frozen_licences_file() -> Path | None:
    """THIRD-PARTY-LICENSES of a frozen build (None when running from the sources)."""
    if not getattr(sys, "frozen", False):
        return None
    candidate = Path(sys.executable).resolve().parent / LICENCES_FILE
    return candidate if candidate.is_file() else None


def licence_listing() -> str:
    """The parts and their licences as plain text, one a line."""
    frozen = frozen_licences_file()
    if frozen is not None:
        text = frozen.read_text(encoding="utf-8", errors="replace")
        return text.split(_TEXTS_START, 1)[0].strip()
    return "\n".join(f"{p.name} {p.version}: {p.licence}" for p in installed_parts())


def lkh_text() -> str:
    """LKH-3 is never in the default install: say so, and its licence where present."""
    if importlib.util.find_spec("elkai") is None:
        return QCoreApplication.translate(
            "About",
            "<p>The optional LKH-3 tour solver (elkai) is not installed: its licence "
            "allows research and non-profit use only.</p>",
        )
    return QCoreApplication.translate(
        "About",
        "<p>LKH-3 (elkai) is installed on this computer. Its licence allows research "
        "and non-profit use only: a business may not use it. It is used only when "
        "chosen with SHOPAPP_TSP_SOLVER=lkh.</p>",
    )


def about_text() -> str:
    """The version, the map's attribution and the main parts' licences (rich text)."""
    return (
        QCoreApplication.translate("About", "<h2>Partner-shop parcel app {0}</h2>").format(
            html.escape(__version__)
        )
        + QCoreApplication.translate(
            "About", "<p>Road map data {0}, available under the Open Database License ({1}).</p>"
        ).format(html.escape(ATTRIBUTION), html.escape(LICENCE))
        + QCoreApplication.translate(
            "About",
            "<p>Routing: Valhalla (MIT). OpenStreetMap reading: pyosmium (BSD-2-Clause). "
            "Route planning: PyVRP (MIT). Carrier number formats: tracking_number_data "
            "(MIT). Interface: Qt for Python, PySide6 (LGPL-3.0).</p>",
        )
        + lkh_text()
    )


class AboutDialog(QDialog):
    """About, with the whole list of the parts shipped and their licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        self.summary = QLabel(about_text())
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        heading = QLabel(self.tr("Parts the app ships, with their licences:"))
        self.licences = QTextBrowser()
        self.licences.setObjectName("aboutLicences")
        self.licences.setPlainText(licence_listing())
        self.licences.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
