import sqlite3

import pytest

from db.connection import DatabaseTooNew, close_database, open_database, schema_version
from db.migrations import LATEST_VERSION
from station.errors import SchemaTooNew
from station.identity import open_station


def test_new_database_is_at_latest_version_with_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "s.db", tmp_path / "backups")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    close_database()
    assert schema_version(tmp_path / "s.db") == LATEST_VERSION


def test_newer_database_is_refused_and_left_alone(ctx, data_dir):
    close_database()
    path = data_dir / "station.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as err:
        open_station(data_dir)
    assert str(LATEST_VERSION + 5) in err.value.message()
    assert path.read_bytes() == before
    with pytest.raises(DatabaseTooNew):
        open_database(path)


def test_older_database_is_copied_then_migrated(tmp_path, monkeypatch):
    from db import migrations

    path = tmp_path / "s.db"
    open_database(path, tmp_path / "backups")
    close_database()

    def m_extra(db):
        db.execute_sql("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m_extra])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    import db.connection as connection

    monkeypatch.setattr(connection, "LATEST_VERSION", LATEST_VERSION + 1)
    db = open_database(path, tmp_path / "backups")
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
    copies = list((tmp_path / "backups").glob("before-migration-v*.db"))
    assert len(copies) == 1
    assert schema_version(copies[0]) == LATEST_VERSION


def test_failed_migration_leaves_old_schema(tmp_path, monkeypatch):
    from db import migrations

    path = tmp_path / "s.db"
    open_database(path, tmp_path / "backups")
    close_database()

    def broken(db):
        db.execute_sql("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    import db.connection as connection

    monkeypatch.setattr(connection, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_database(path, tmp_path / "backups")
    close_database()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half'").fetchone()[0] == 0
