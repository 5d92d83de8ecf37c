"""The end-of-day report PDF, rendered to PNG with QtPdf, and the `shopapp report` command."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from shopapp.paths import DataPaths
from shopapp.reports.endofday import day_report
from shopapp.store import Store
from tests.conftest import SCREENSHOTS
from tests.reports.days import ZONE_NAME
from tests.reports.test_endofday import build_day

from shopapp.ui.i18n import install_translators
from shopapp.ui.names import money_text
from shopapp.ui.printing.day_report import write_day_report

pytestmark = pytest.mark.gui
DAY = date(2026, 3, 31)


def pdf_text_and_image(pdf: Path, png_name: str | None) -> tuple[str, QImage, int]:
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    assert round(size.width()) == 595 and round(size.height()) == 842  # A4 in points
    image = document.render(
        0, QSize(round(size.width() * 150 / 72), round(size.height() * 150 / 72))
    )
    if png_name:  # kept in screenshots/ for review
        SCREENSHOTS.mkdir(exist_ok=True)
        assert image.save(str(SCREENSHOTS / f"{png_name}.png"))
    text = " ".join(document.getAllText(n).text() for n in range(document.pageCount()))
    return " ".join(text.split()), image, document.pageCount()


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale.system())


def test_report_pdf_in_english(english, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_day(store)
    with store.read() as session:
        report = day_report(session, DAY, zone=ZoneInfo(ZONE_NAME))
    pdf = write_day_report(tmp_path / "day.pdf", report)
    text, image, pages = pdf_text_and_image(pdf, "day_report_pdf_en")
    assert pages == 1
    assert not image.isNull() and image.width() > 1000
    for expected in (
        "End of day · Hill Farm Stores",
        "Tuesday, 31 March 2026" if QLocale().name() != "en_US" else "Tuesday, March 31, 2026",
        "Delivered (2)",
        "Éloïse Núñez",
        "To the recipient",
        "With a neighbour · Jean, 4 Rue Haute",
        "Not at home",
        "Counter pickups (1)",
        "Too many failed attempts",
        "3 acknowledged, 10 waiting to send, 1 rejected",
        "P4 rejected: parcel is not out for delivery",
        money_text(report.earnings.amount, report.rates.currency),  # with its currency
    ):
        assert expected in text, expected
    assert not (tmp_path / "day.pdf.part").exists()


def test_report_pdf_in_french(qapp, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_day(store)
    with store.read() as session:
        report = day_report(session, DAY, zone=ZoneInfo(ZONE_NAME))
    try:
        assert install_translators(qapp, "fr") == "fr"
        pdf = write_day_report(tmp_path / "jour.pdf", report)
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())
    text, _image, _pages = pdf_text_and_image(pdf, "day_report_pdf_fr")
    for expected in (
        "Fin de journée · Hill Farm Stores",
        "mardi 31 mars 2026",
        "Livrés (2)",
        "Absent",
    ):
        assert expected in text, expected


def test_shopapp_report_command(paths: DataPaths, store: Store, tmp_path: Path) -> None:
    build_day(store)
    store.close()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["TZ"] = ZONE_NAME
    out = tmp_path / "out" / "report.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "shopapp",
            "report",
            "--data-dir",
            str(paths.root),
            "--date",
            "2026-03-31",
            "--out",
            str(out),
            "--csv",
            str(tmp_path / "report.csv"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["delivered"] == 2 and summary["earnings"] == "3.00"
    assert out.read_bytes().startswith(b"%PDF")
    with open(tmp_path / "report.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[3] for r in rows if r[0] == "delivered"] == ["P2", "P3"]
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "shopapp",
            "report",
            "--data-dir",
            str(paths.root),
            "--date",
            "31/03/2026",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr

    # The report speaks the shop's language (Settings), here French.
    from shopapp import settings
    from shopapp.store import open_store

    reopened = open_store(paths, daily_backup="skip")
    with reopened.write() as session:
        settings.put(session, "language", "fr")
    reopened.close()
    french = subprocess.run(
        [
            sys.executable,
            "-m",
            "shopapp",
            "report",
            "--data-dir",
            str(paths.root),
            "--date",
            "2026-03-31",
            "--out",
            str(tmp_path / "fr.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert french.returncode == 0, french.stderr
    text, _image, _pages = pdf_text_and_image(tmp_path / "fr.pdf", None)
    assert "Fin de journée · Hill Farm Stores" in text and "mardi 31 mars 2026" in text
