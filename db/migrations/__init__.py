"""Numbered schema migrations, one module (one function) per version.

Each runs in its own transaction after a copy of the database file is kept, and sets
`PRAGMA user_version` inside that transaction, so a crash leaves either the old or the new schema.
Append new versions to MIGRATIONS; never edit a released one.
"""
import datetime as dt
import sqlite3
from pathlib import Path

from db.migrations import m001_core, m002_counter, m003_counter_extras, m004_delivery, m006_sync, m007_handed_out_today

MIGRATIONS = [
    m001_core.migrate,
    m002_counter.migrate,
    m003_counter_extras.migrate,
    m004_delivery.migrate,
    m006_sync.migrate,
    m007_handed_out_today.migrate,
]
LATEST_VERSION = len(MIGRATIONS)


def run_migrations(db, path: Path, found: int, backup_dir: Path | None) -> None:
    if found > 0 and backup_dir is not None:
        copy_before_migration(path, backup_dir, found)
    for version in range(found + 1, LATEST_VERSION + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version}")


def copy_before_migration(path: Path, backup_dir: Path, version: int) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"before-migration-v{version}-{stamp}.db"
    with sqlite3.connect(str(path)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    return target
