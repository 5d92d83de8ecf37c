"""Every string lupdate finds in shopapp/ui is translated in French and Spanish; the .qm files
match the .ts; French on the main window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale

from shopapp.store import Store
from tests.conftest import REPO, save_screenshot

from shopapp.ui.context import AppContext
from shopapp.ui.i18n import CATALOGS, install_translators, resolve_language

pytestmark = pytest.mark.gui
LANGS = ("fr", "es")
SOURCES = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}")


def _tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return str(found)


def _messages(ts: Path) -> list[tuple[str, str, str | None, ET.Element]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (name, message.findtext("source") or "", message.findtext("comment"), translation)
            )
    return found


def _problems(ts: Path) -> list[str]:
    problems = []
    for context, source, _comment, translation in _messages(ts):
        where = f"{ts.name} [{context}] {source!r}"
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
        elif forms:  # a plural entry: every form written, each keeping %n and the {0}s
            for form in forms:
                count_kept = all((mark in source) == (mark in form) for mark in ("%n", "%Ln"))
                if not form.strip() or not count_kept:
                    problems.append(f"{where}: plural form {form!r}")
                elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                    problems.append(f"{where}: placeholders differ in {form!r}")
        elif not (translation.text or "").strip():
            problems.append(f"{where}: empty")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(
            PLACEHOLDER.findall(translation.text or "")
        ):
            problems.append(f"{where}: placeholders differ in {translation.text!r}")
    return problems


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files updated by lupdate from the code as it is now."""
    lupdate = _tool("pyside6-lupdate")
    folder = tmp_path_factory.mktemp("ts")
    files = sorted(str(p) for p in (REPO / "shopapp" / "ui").rglob("*.py"))
    fresh = {}
    for lang in (*LANGS, "en"):
        target = folder / f"shopapp_{lang}.ts"
        shutil.copy(SOURCES / f"shopapp_{lang}.ts", target)
        plural_only = ["-pluralonly"] if lang == "en" else []  # English: its plural forms
        subprocess.run(
            [lupdate, "-locations", "none", "-no-obsolete", *plural_only, *files, "-ts",
             str(target)],
            check=True,
            capture_output=True,
        )
        fresh[lang] = target
    return fresh


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_translated(fresh_ts: dict[str, Path], lang: str) -> None:
    problems = _problems(fresh_ts[lang])
    assert not problems, (
        f"{len(problems)} strings without a finished {lang} translation (run "
        "scripts/build_translations.sh, translate in resources/translations/, build again):\n"
        + "\n".join(problems[:40])
    )
    assert len(_messages(fresh_ts[lang])) > 400


def test_every_english_plural_has_its_forms(fresh_ts: dict[str, Path]) -> None:
    problems = _problems(fresh_ts["en"])
    assert not problems, "\n".join(problems[:40])
    plurals = _messages(fresh_ts["en"])
    assert len(plurals) > 40
    assert all(len(list(t.iter("numerusform"))) == 2 for *_rest, t in plurals)


def test_english_plurals_read_as_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    assert install_translators(qapp, "en") == "en"
    one = QCoreApplication.translate("PlanPage", "%n route(s)", None, 1)
    two = QCoreApplication.translate("PlanPage", "%n route(s)", None, 2)
    assert (one, two) == ("1 route", "2 routes")


@pytest.mark.parametrize("lang", (*LANGS, "en"))
def test_qm_files_are_built_from_the_ts(tmp_path: Path, lang: str) -> None:
    lrelease = _tool("pyside6-lrelease")
    built = tmp_path / f"shopapp_{lang}.qm"
    subprocess.run(
        [lrelease, "-silent", str(SOURCES / f"shopapp_{lang}.ts"), "-qm", str(built)], check=True
    )
    shipped = CATALOGS / f"shopapp_{lang}.qm"
    assert shipped.exists(), f"{shipped} is missing: run scripts/build_translations.sh"
    assert built.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is older than its .ts: run scripts/build_translations.sh --release"
    )


def test_language_follows_the_setting_then_the_system() -> None:
    assert resolve_language("fr") == "fr"
    assert resolve_language("", QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) == "es"
    assert resolve_language("", QLocale(QLocale.Language.German)) == "en"
    assert resolve_language("xx", QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "fr"


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    assert install_translators(qapp, "fr") == "fr"
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale.system())


def test_french_main_window_and_today_page(french, qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_today_page import _build_day

    from shopapp.ui.main_window import MainWindow

    _build_day(store)
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.windowTitle() == "Hill Farm Stores · Point relais"
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert any("Aujourd’hui" in t for t in titles) and any("Réglages" in t for t in titles)
    today = window.show_page("today")
    today.refresh()  # type: ignore[attr-defined]
    window.context.ops.wait_idle()
    assert "Aujourd’hui" in today.heading.text()  # type: ignore[attr-defined]
    assert today.tiles["delivered_today"].text() == "2\nLivrés aujourd’hui"  # type: ignore[attr-defined]
    qtbot.wait(50)
    save_screenshot(window, "today_page_fr")


def test_french_reports_page_and_chart(french, qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_reports_page import make_page

    page = make_page(qtbot, paths, store)
    assert page.table.item(2, 4).text() == "Absent"
    assert page.table.item(0, 1).text() == "Livrés"
    # A plural form per count: two deliveries, one pickup ("retrait", not "retraits").
    assert page.day_earnings.text().startswith("3,00\xa0€ (livraisons\xa0: 2, retrait\xa0: 1)")
    save_screenshot(page, "reports_page_fr")
    save_screenshot(page.chart, "earnings_chart_fr")


def test_spanish_reports_page(qapp, qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_reports_page import make_page

    assert install_translators(qapp, "es") == "es"
    try:
        page = make_page(qtbot, paths, store)
        assert page.table.item(2, 4).text() == "Ausente"
        assert page.table.item(0, 4).text().startswith("Al destinatario")
        assert page.earnings_box.title() == "Ganancias"
        save_screenshot(page, "reports_page_es")
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())


def test_core_errors_in_french_by_their_data(french) -> None:  # type: ignore[no-untyped-def]
    from shopapp.errors import IllegalTransition, ParcelNotFound

    from shopapp.ui.errors import error_text

    assert error_text(IllegalTransition("P1", "delivered", "received", "gone")) == (
        "Le colis P1 est « Livré » : il ne peut pas être marqué « Scanné à l’arrivée »."
    )
    assert (
        error_text(ParcelNotFound("P9")) == "Aucun colis P9 dans les registres de cette boutique."
    )


def test_formats_follow_the_system_when_it_speaks_the_language() -> None:
    from shopapp.ui.i18n import formats_locale

    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert formats_locale("en", british).name() == "en_GB"
    assert formats_locale("fr", british).name() == "fr_FR"
    assert formats_locale("fr", QLocale("fr_CA")).name() == "fr_CA"
    assert formats_locale("en", QLocale.c()).name() == "en_GB"
