"""Upgrades: the newest bundle opens an older station's data directory and migrates it after a backup; data
written by a newer version is refused with a clear message and left untouched."""
import hashlib
import json
import os
import shutil
import sqlite3
import sys

import pytest

from db.connection import make_database
from db.migrations import LATEST_VERSION, MIGRATIONS
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle")]
RELEASES = sorted((ROOT / "tests/installer/data").glob("station-*.db"))


def user_version(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def parcels(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM parcel").fetchone()[0]


def assert_backed_up_before_migration(data, found: int) -> None:
    copies = list((data / "backups").glob(f"before-migration-v{found}-*.db"))
    assert len(copies) == 1, list((data / "backups").iterdir()) if (data / "backups").exists() else "no backups"
    assert user_version(copies[0]) == found


@pytest.mark.parametrize("release", RELEASES, ids=[path.stem for path in RELEASES])
def test_data_of_a_released_version_opens_in_the_newest_bundle(frozen, tmp_path, release):
    data = tmp_path / "老站"
    data.mkdir()
    shutil.copy(release, data / "station.db")
    found, count = user_version(data / "station.db"), parcels(data / "station.db")
    proc = frozen("--json", "--data", data, "--user", "zhanzhang", "--pin", "1234", "parcel", "list")
    assert proc.returncode == 0, proc.stderr
    json.loads(proc.stdout)
    assert user_version(data / "station.db") == LATEST_VERSION
    assert parcels(data / "station.db") == count
    if found < LATEST_VERSION:
        assert_backed_up_before_migration(data, found)


def make_schema_1_station(path) -> None:
    """A station as the first schema held it (migration 1 only; its tables never change once released)."""
    db = make_database(path)
    db.connect()
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute_sql("PRAGMA user_version = 1")
    db.execute_sql("INSERT INTO station (code, name, kind, created_at, sign_private, sign_public, box_private, "
                   "box_public) VALUES ('CN-OLD-001', '老村站', 'station', '2026-01-05 08:00:00', ?, ?, ?, ?)",
                   [os.urandom(32) for _ in range(4)])
    db.close()


def test_the_bundle_migrates_a_schema_1_station_after_a_backup(frozen, tmp_path):
    data = tmp_path / "一号站"
    data.mkdir()
    make_schema_1_station(data / "station.db")
    proc = frozen("--json", "--data", data, "identity", "export", "--out", tmp_path / "card.json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "card.json").read_text("utf-8"))["code"] == "CN-OLD-001"
    assert user_version(data / "station.db") == LATEST_VERSION
    assert_backed_up_before_migration(data, 1)


def test_the_bundle_refuses_data_of_a_newer_version_and_changes_nothing(frozen, tmp_path):
    data = tmp_path / "新版站"
    data.mkdir()
    shutil.copy(RELEASES[-1], data / "station.db")
    with sqlite3.connect(data / "station.db") as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = hashlib.sha256((data / "station.db").read_bytes()).hexdigest()
    proc = frozen("--lang", "en", "--data", data, "--user", "zhanzhang", "--pin", "1234", "parcel", "list")
    assert proc.returncode == 1
    assert "newer Village Station" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert hashlib.sha256((data / "station.db").read_bytes()).hexdigest() == before
    assert not (data / "backups").exists()
