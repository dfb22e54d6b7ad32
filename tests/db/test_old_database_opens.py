"""A station database made before the models/migrations refactor still opens, reads and migrates.

The fixture was made by main at 405ad22 (schema 6: migrations then numbered by list position, with
m006_sync as version 5); tests/db/fixtures/README.md says how. Renumbering the files must not make such
a database re-run or skip a migration, and every model must read its rows.
"""
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import migrations
from db.connection import close_database, open_database, schema_version
from db.migrations import LATEST_VERSION
from db.models import (
    ALL_MODELS,
    AuditEntry,
    DeliveryItem,
    DeliveryRun,
    Handout,
    NoticeLog,
    Parcel,
    ParcelProblem,
    Prealert,
    Resident,
    StationRecord,
)
from station.audit_verify import verify_chain
from station.identity import open_station
from station.parcels.handout import hand_out, waiting_for
from station.parcels.intake import intake

FIXTURE = Path(__file__).parent / "fixtures" / "station-v6-405ad22.db"
MADE_AT = 6


@pytest.fixture
def old_station(tmp_path) -> Path:
    data_dir = tmp_path / "station"
    data_dir.mkdir()
    shutil.copy(FIXTURE, data_dir / "station.db")
    yield data_dir
    close_database()


def test_fixture_is_the_old_schema_and_small(old_station):
    assert schema_version(old_station / "station.db") == MADE_AT  # the copy: even reading a WAL file writes beside it
    assert FIXTURE.stat().st_size < 1_000_000


def test_old_database_opens_at_the_latest_version(old_station):
    ctx = open_station(old_station)
    assert ctx.station_code == "DEMO-001"
    assert schema_version(old_station / "station.db") == LATEST_VERSION
    copies = list((old_station / "backups").glob(f"before-migration-v{MADE_AT}-*.db"))
    assert len(copies) == (1 if LATEST_VERSION > MADE_AT else 0)


def test_every_model_reads_every_row(old_station):
    open_station(old_station)
    for model in ALL_MODELS:
        rows = list(model.select().dicts())
        assert len(rows) == model.select().count()
    assert (Resident.select().count(), Parcel.select().count(), DeliveryRun.select().count()) == (30, 204, 1)
    assert StationRecord.get().name and verify_chain().ok


def test_old_rows_keep_their_links(old_station):
    open_station(old_station)
    handed = Parcel.get(Parcel.tracking_no == "SF1000000000001")
    assert handed.status == "picked_up" and handed.handout.receiver_name == handed.resident.name == "陈树林"
    assert Handout.get().parcel_count == 2 and handed.handout.undone_at is None
    prealert = Prealert.get(Prealert.tracking_no == "YT9000000000001")
    assert prealert.parcel.resident.name == "张涛" and prealert.note == "assisted order"
    problem = ParcelProblem.get()
    assert (problem.parcel.tracking_no, problem.kind, problem.parcel.status) == (
        "ZT3000000000003", "unknown_addressee", "problem")
    item = DeliveryItem.get()
    assert item.stop.run == DeliveryRun.get() and item.parcel.status == "delivered"
    assert NoticeLog.select().count() == 0 and AuditEntry.select().count() > 0


def test_counter_work_goes_on_in_an_old_database(old_station):
    ctx = open_station(old_station)
    stored = intake(ctx, "SF1000000000777", resident_gid=Resident.get(Resident.name == "吴玉珍").gid).parcel
    lookup = waiting_for(ctx, stored.pickup_code)
    gids = [p.gid for r in lookup.matches for p in r.parcels]
    assert stored.gid in gids
    done = hand_out(ctx, gids)
    assert Parcel.get_by_id(stored.gid).handout_gid == done.handout_id and verify_chain().ok


def test_a_later_migration_runs_on_an_old_database(old_station, monkeypatch):
    """Whatever comes after the fixture's version runs once, after a copy, and nothing before it re-runs."""
    path = old_station / "station.db"
    open_database(path, old_station / "backups")  # today's migrations, if any are newer than the fixture
    close_database()
    ran = []

    def m_next(db):
        ran.append(db.execute_sql("PRAGMA user_version").fetchone()[0])
        db.execute_sql("CREATE TABLE later (x INTEGER)")

    import db.connection as connection

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m_next])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    monkeypatch.setattr(connection, "LATEST_VERSION", LATEST_VERSION + 1)
    open_database(path, old_station / "backups")
    close_database()
    assert ran == [LATEST_VERSION]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        assert conn.execute("SELECT count(*) FROM parcel").fetchone()[0] == 204
    assert list((old_station / "backups").glob(f"before-migration-v{LATEST_VERSION}-*.db"))


def test_the_old_database_has_the_schema_the_models_describe(old_station):
    from tests.db.test_models_match_schema import SQLITE, drift, schema_tables

    open_station(old_station)
    close_database()
    with sqlite3.connect(old_station / "station.db") as conn:
        assert [line for model in ALL_MODELS for line in drift(conn, SQLITE, model)] == []
        assert schema_tables(conn) == {model._meta.table_name for model in ALL_MODELS}
