"""Migrations: head matches the code, models match the schema, upgrades keep rows."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import shopapp.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from shopapp.paths import DataPaths
from shopapp.store import Store, migrate, open_store
from shopapp.store.backup import list_backups


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.HEAD_REVISION == migrate.script_head()


SHOP_TABLES = {
    "shop_profile",
    "parcel",
    "event",
    "proof_file",
    "route_plan",
    "sync_state",
    "setting",
    "address_location",
}


def test_models_match_the_migrated_schema(store: Store) -> None:
    # SQLModel has one metadata for every table in the process; the central API's tables
    # live there too when its tests ran first, so compare the shop's tables only.
    def ours(obj, name, type_, *_args) -> bool:  # type: ignore[no-untyped-def]
        table = obj if type_ == "table" else getattr(obj, "table", None)
        table_name = name if type_ == "table" else getattr(table, "name", None)
        return table_name in SHOP_TABLES or table_name == "alembic_version"

    with store.write_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []
    assert SHOP_TABLES <= set(SQLModel.metadata.tables)


def test_upgrade_from_first_migration_keeps_rows(paths: DataPaths) -> None:
    old = Store(paths.database)
    migrate.upgrade(old, "0001")
    with old.write_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO shop_profile VALUES (1,'Old shop',51.5,-1.2,16093,1,60,28800,64800,"
            "'miles','2026-01-01T00:00:00Z')"
        )
        conn.exec_driver_sql(
            "INSERT INTO parcel (id,tracking_number,recipient,address,service,instructions,"
            "status,attempts,damaged,unexpected,outside_radius,updated_at,search_text) VALUES "
            "(1,'OLD1','Ann','1 Lane','next-day','','received',0,0,0,0,'2026-01-01Z','old1')"
        )
        conn.exec_driver_sql(
            "INSERT INTO event (id,parcel_id,tracking_number,type,at,data,sync_state,reviewed) "
            "VALUES ('e1',1,'OLD1','received','2026-01-01T00:00:00Z','{}','pending',0)"
        )
    assert migrate.current_revision(old) == "0001"
    old.close()

    upgraded = open_store(paths, daily_backup="skip")  # start-up upgrades to head
    assert migrate.current_revision(upgraded) == migrate.HEAD_REVISION
    with upgraded.read() as session:
        assert (
            session.connection().exec_driver_sql("SELECT name FROM shop_profile").scalar()
            == "Old shop"
        )
        assert session.connection().exec_driver_sql(
            "SELECT tracking_number, status FROM parcel"
        ).all() == [("OLD1", "received")]
        assert session.connection().exec_driver_sql("SELECT id FROM event").scalar() == "e1"
    upgraded.close()
    # The database was backed up before the upgrade, and the backup still reads as 0001.
    pre = [p for p in list_backups(paths) if p.name.startswith("pre-migrate-0001")]
    assert len(pre) == 1
    with sqlite3.connect(pre[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
