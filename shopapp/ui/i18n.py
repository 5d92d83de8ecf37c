"""The app's language: Qt translators for the chosen language (or the OS's), and the locale.

`language` setting: "" follows the OS (QLocale.system()), else "en", "fr" or "es". The
compiled catalogs (shopapp_<lang>.qm) ship inside the package, built from
resources/translations/*.ts by scripts/build_translations.sh; Qt's own strings (standard
buttons, dialogs) come from qtbase_<lang>.qm in Qt's translations folder, when present.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import shopapp.resources.translations as _catalogs

log = logging.getLogger(__name__)

CATALOGS = Path(_catalogs.__file__).resolve().parent
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
# Kept alive here: Qt does not own installed translators, and a collected one stops working.
_installed: list[QTranslator] = []


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting if it is one we have, else the OS's, else English."""
    chosen = setting.strip().lower()[:2]
    if chosen in LANGUAGES:
        return chosen
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def formats_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the OS's own when it speaks `language` (so en_GB
    keeps day/month order), else the language's main one; the bare "C" locale of a server
    without LANG counts as British English."""
    system = system or QLocale.system()
    if system.language() == QLocale.Language.C:
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translators(app: QCoreApplication, setting: str = "") -> str:
    """Replace the installed translators with those of the chosen language; returns its code.

    Widgets built before the call keep their texts: call it before building the window.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    QLocale.setDefault(formats_locale(language))
    own = QTranslator(app)
    if own.load(f"shopapp_{language}", str(CATALOGS)):
        app.installTranslator(own)
        _installed.append(own)
    elif language != "en":
        log.warning("no translations for %s in %s", language, CATALOGS)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
