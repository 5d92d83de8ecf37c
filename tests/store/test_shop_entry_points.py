"""The Store entry points the UI's operations call: typed results, and what they change."""

from __future__ import annotations

import pytest

from shopapp import settings
from shopapp.changes import Changes, changes_of
from shopapp.paths import DataPaths
from shopapp.shop import SetupInvalid, ShopSetup, load_profile, save_shop
from shopapp.store import Store, backup, open_store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from shopapp.store.queries import ParcelQuery, find_parcels, history_of, shop_counts


def _parcels(store: Store) -> None:
    with store.write() as session:
        for n, who in enumerate(("Ann Archer", "Bob Brook", "Cara Cole")):
            parcel, _ = upsert_manifest_parcel(
                session, {"tracking_number": f"JJD700{n}", "recipient": who}
            )
            if n:
                record_event(session, parcel, "received")


def test_parcel_list_history_and_counts_take_a_store(store: Store) -> None:
    _parcels(store)
    rows = find_parcels(store, ParcelQuery(sort_column="recipient", descending=True))
    assert [r.recipient for r in rows] == ["Cara Cole", "Bob Brook", "Ann Archer"]
    assert [r.tracking_number for r in find_parcels(store, ParcelQuery("brook"))] == ["JJD7001"]
    assert find_parcels(store, ParcelQuery(status="received", offset=1, limit=1))[0].recipient
    assert [h.type for h in history_of(store, "JJD7002")] == ["received"]
    counts = shop_counts(store)
    assert (counts.parcels, counts.pending_events) == (3, 2)


def test_saving_the_profile_says_the_settings_changed(store: Store) -> None:
    assert load_profile(store) is None
    saved = save_shop(store, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9, units="km"))
    assert changes_of(saved) == Changes.SETTINGS
    profile = load_profile(store)
    assert profile is not None and profile.units == "km" and saved.profile.name == profile.name


def test_a_setup_with_problems_is_refused_with_their_codes(store: Store) -> None:
    with pytest.raises(SetupInvalid) as refused:
        save_shop(store, ShopSetup(name=" ", radius_m=5))
    assert refused.value.problems == ("name", "radius")
    assert refused.value.message.code == "shop.setup_invalid"
    assert refused.value.message.arg("problems") == ("name", "radius")
    assert "The shop needs a name." in str(refused.value)  # English for the log and the CLI
    assert load_profile(store) is None


def test_settings_save_refuses_a_value_with_a_code_and_saves_nothing(store: Store) -> None:
    with pytest.raises(settings.SettingInvalid) as refused:
        settings.save(store, {"attempt_limit": 5, "label_size": "A4"})
    assert refused.value.message.code == "settings.invalid"
    assert refused.value.message_args() == {"name": "label_size", "value": "A4"}
    with pytest.raises(settings.SettingInvalid):
        settings.save(store, {"attempt_limit": "many"})
    with pytest.raises(settings.SettingInvalid):
        settings.save(store, {"language": "de"})
    assert settings.load_all(store)["attempt_limit"] == 3  # nothing was half-saved
    saved = settings.save(store, {"attempt_limit": "5", "language": "fr"})
    assert saved.values["attempt_limit"] == 5 and changes_of(saved) == Changes.SETTINGS


def test_open_store_takes_no_backup_of_its_own_in_a_thread(paths: DataPaths) -> None:
    # The desktop app takes the daily backup on its operation runner (shopapp.ui.app).
    with pytest.raises(ValueError, match="now' or 'skip"):
        open_store(paths, daily_backup="background")
    store = open_store(paths, daily_backup="now")
    store.close()
    assert len(list(paths.backups.glob(f"{backup.DAILY_PREFIX}*.sqlite3"))) == 1
