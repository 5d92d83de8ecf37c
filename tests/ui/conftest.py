"""UI tests run in English as the app does: with its English catalogue (plural forms)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp):  # type: ignore[no-untyped-def]
    # The app installs its translators before it builds a window, English too (for
    # "1 parcel" / "2 parcels"); tests that switch language switch back to "en".
    from shopapp.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield
