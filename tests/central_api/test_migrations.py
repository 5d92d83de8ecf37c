"""The server's schema migrations (Alembic) on SQLite and PostgreSQL: a database made by the
first revision, with rows, is refused by `serve` and brought up by `migrate`, rows kept;
a database that `create_all` made before migrations is recognised; /v1/ready says whether
the schema is the code's."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from central_api import models, schema
from central_api.auth import hash_token
from central_api.cli import main
from central_api.db import normalise_url, open_database
from tests.central_api.conftest import ADMIN, bearer, make_api

TOKEN = "first-release-token"
PHOTO = b"\xff\xd8 a photo from the first release"
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(normalise_url(url))


def _upgrade_to(url: str, revision: str) -> None:
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            command.upgrade(schema._config(connection), revision)
            connection.commit()
    finally:
        engine.dispose()


def _first_release_rows(url: str) -> None:
    """A shop with its token, two parcels, an accepted event and a proof, as the first
    release stored them."""
    engine = _engine(url)
    naive = NOW.replace(tzinfo=None).isoformat(sep=" ")  # as the first release wrote it
    try:
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO shops (id, name, lat, lon, token_hash, manifest_seq, "
                    "created_at) VALUES (1, 'Old Mill Stores', 51.9, -1.7, :token, 2, :now)"
                ),
                {"token": hash_token(TOKEN), "now": naive},
            )
            for seq, number, status in ((1, "JJD0001", "received"), (2, "JJD0002", "expected")):
                connection.execute(
                    sa.text(
                        "INSERT INTO parcels (id, shop_id, tracking_number, recipient, address,"
                        " lat, lon, service, deadline, max_attempts, status, attempts, flags,"
                        " seq, updated_at) VALUES (:seq, 1, :number, 'Ann Smith',"
                        " '1 Mill Lane', 51.9, -1.7, 'next_day', :now, 3, :status, 0, '',"
                        " :seq, :now)"
                    ),
                    {"seq": seq, "number": number, "status": status, "now": naive},
                )
            connection.execute(
                sa.text(
                    "INSERT INTO events (seq, event_id, shop_id, tracking_number, type, at, "
                    "data, received_at, status, reason) VALUES (1, "
                    "'6f1c1a52-0000-4000-8000-000000000001', 1, 'JJD0001', 'received', :now, "
                    "'{}', :now, 'accepted', NULL)"
                ),
                {"now": naive},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO blobs (shop_id, sha256, size, content, created_at) "
                    "VALUES (1, :sha, :size, :content, :now)"
                ),
                {
                    "sha": hashlib.sha256(PHOTO).hexdigest(),
                    "size": len(PHOTO),
                    "content": PHOTO,
                    "now": naive,
                },
            )
    finally:
        engine.dispose()


def _schema_differences(url: str) -> list[object]:
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            return list(compare_metadata(context, schema.metadata()))
    finally:
        engine.dispose()


def _serve_refusal(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central_api", "serve", "--database", url, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _check_served_rows(url: str) -> None:
    """The first release's rows through the real routes of the migrated server."""
    for api in make_api(url):
        shop = bearer(TOKEN)
        assert api.client.get("/v1/shop", headers=shop).json()["name"] == "Old Mill Stores"
        parcel = api.client.get("/v1/parcels/JJD0001", headers=shop)
        assert parcel.status_code == 200, parcel.text
        assert parcel.json()["status"] == "received"
        manifest = api.client.get("/v1/manifest", headers=shop).json()
        assert [p["tracking_number"] for p in manifest["parcels"]] == ["JJD0001", "JJD0002"]
        sha = hashlib.sha256(PHOTO).hexdigest()
        assert api.client.get(f"/v1/blobs/{sha}", headers=shop).content == PHOTO
        audit = api.client.get("/v1/admin/shops/1/events", headers=ADMIN).json()["events"]
        assert [e["id"] for e in audit] == ["6f1c1a52-0000-4000-8000-000000000001"]
        # The tables the second revision added work: a resumable upload, a new event.
        head = api.client.head("/v1/blobs/" + "a" * 64, headers=shop)
        assert head.status_code == 404
        results = api.client.post(
            "/v1/events",
            json={
                "events": [
                    {
                        "id": "6f1c1a52-0000-4000-8000-000000000002",
                        "tracking_number": "JJD0002",
                        "type": "received",
                        "at": "2026-11-26T09:30:00Z",
                        "data": {},
                    }
                ]
            },
            headers=shop,
        ).json()["results"]
        assert results[0]["status"] == "accepted"
        ready = api.client.get("/v1/ready")
        assert ready.status_code == 200
        assert ready.json()["schema_revision"] == schema.head()


def test_upgrade_from_the_first_revision_keeps_the_rows(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _upgrade_to(database_url, "0001")
    _first_release_rows(database_url)

    # The server refuses it and says which command fixes it.
    with pytest.raises(schema.SchemaError, match="shopapp-central migrate --database"):
        open_database(database_url)
    refused = _serve_refusal(database_url)
    assert refused.returncode == 3, refused.stderr
    assert "older than this server's" in refused.stderr
    assert "shopapp-central migrate --database" in refused.stderr

    assert main(["migrate", "--database", database_url, "--check"]) == 1
    capsys.readouterr()
    assert main(["migrate", "--database", database_url]) == 0
    assert '"from": "0001", "to": "0003"' in capsys.readouterr().out
    assert main(["migrate", "--database", database_url, "--check"]) == 0

    # What the migrations made is what the code's models describe.
    assert _schema_differences(database_url) == []
    _check_served_rows(database_url)
    # Migrating again does nothing.
    assert main(["migrate", "--database", database_url]) == 0
    assert '"from": "0003", "to": "0003"' in capsys.readouterr().out


def test_a_database_made_by_create_all_before_migrations_is_recognised(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first release's `create_all`: its four tables, no alembic_version.
    engine = _engine(database_url)
    first = sa.MetaData()
    for table in models.TABLES[:4]:
        table.to_metadata(first)
    first.create_all(engine)
    with engine.begin() as connection:  # the columns that came with 0003
        connection.exec_driver_sql("ALTER TABLE shops DROP COLUMN time_zone")
        connection.exec_driver_sql("ALTER TABLE parcels DROP COLUMN deadline_date")
    engine.dispose()
    _first_release_rows(database_url)

    with pytest.raises(schema.SchemaError, match="before the server had schema migrations"):
        open_database(database_url)
    assert main(["migrate", "--database", database_url]) == 0
    assert '"from": "0001", "to": "0003"' in capsys.readouterr().out
    assert _schema_differences(database_url) == []
    _check_served_rows(database_url)


def test_a_new_database_is_created_at_the_head(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", "--database", database_url, "--check"]) == 1
    assert main(["migrate", "--database", database_url]) == 0
    assert '"from": null, "to": "0003"' in capsys.readouterr().out
    assert _schema_differences(database_url) == []
    # The upgrade path from nothing, revision by revision, makes the same schema.


def test_revision_by_revision_makes_the_same_schema_as_create_at_head(database_url: str) -> None:
    _upgrade_to(database_url, "head")
    assert _schema_differences(database_url) == []


def test_a_database_newer_than_the_code_is_refused(database_url: str) -> None:
    database = open_database(database_url)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    database.dispose()
    with pytest.raises(schema.SchemaError, match="newer than this server"):
        open_database(database_url)
    assert main(["migrate", "--database", database_url]) == 1


def test_ready_answers_503_when_the_schema_is_not_the_code_s(database_url: str) -> None:
    for api in make_api(database_url):
        assert api.client.get("/v1/ready").status_code == 200
        with api.db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        answer = api.client.get("/v1/ready")
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "5"
        assert "shopapp-central migrate" in answer.json()["detail"]
        # Liveness is not readiness.
        assert api.client.get("/v1/health").status_code == 200


def test_upgrade_from_0002_leaves_existing_shops_zone_unknown_and_date_deadlines_work(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _upgrade_to(database_url, "0002")
    _first_release_rows(database_url)
    assert main(["migrate", "--database", database_url]) == 0
    assert '"from": "0002", "to": "0003"' in capsys.readouterr().out
    assert _schema_differences(database_url) == []
    engine = _engine(database_url)
    try:
        with engine.connect() as connection:
            zones = connection.execute(sa.text("SELECT time_zone FROM shops")).scalars().all()
    finally:
        engine.dispose()
    assert zones == [None]  # nothing tells their zone: the app keeps its own
    _check_served_rows(database_url)
    for api in make_api(database_url):
        assert api.client.get("/v1/shop", headers=bearer(TOKEN)).json()["time_zone"] is None
        answer = api.client.post(
            "/v1/admin/parcels",
            json={
                "shop_id": 1,
                "parcels": [
                    {  # re-assigned (rows with explicit ids leave PostgreSQL's sequence at 1)
                        "tracking_number": "JJD0002",
                        "recipient": "B",
                        "address": "C",
                        "deadline": "2026-11-25",
                    }
                ],
            },
            headers=ADMIN,
        )
        assert answer.status_code == 200, answer.text
        served = api.client.get("/v1/parcels/JJD0002", headers=bearer(TOKEN)).json()
        assert datetime.fromisoformat(served["deadline"]) == datetime(
            2026, 11, 25, 23, 59, 59, 999_999, tzinfo=UTC
        )
        assert served["deadline_date"] == "2026-11-25"  # the app ends it in its own zone
    # And back down: 0002's shops table again.
    _upgrade_to(database_url, "0003")
    engine = _engine(database_url)
    try:
        with engine.connect() as connection:
            command.downgrade(schema._config(connection), "0002")
            connection.commit()
            columns = {c["name"] for c in sa.inspect(connection).get_columns("shops")}
    finally:
        engine.dispose()
    assert "time_zone" not in columns
