"""Opening a station database: pragmas, the version check and migrations.

Every transaction is `BEGIN IMMEDIATE`, so two writers (two counter windows, the CLI and the GUI)
queue instead of failing half-way; WAL keeps readers unblocked while one writes.
"""
import sqlite3
from pathlib import Path

import peewee

from db.migrations import LATEST_VERSION, run_migrations
from db.models import database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -32_000,
    "busy_timeout": 10_000,
    # SQLite copies the WAL back into the database (with an fsync) inside whichever commit pushes the WAL past
    # this many pages. At the default 1000 that was every ~60th handout, 10-200 ms at the counter. The GUI
    # checkpoints in the background instead (`checkpoint`, every minute); this is the fallback (~16 MB of WAL).
    "wal_autocheckpoint": 4000,
}


class DatabaseTooNew(Exception):
    """The file was written by a newer schema than this program knows."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"database schema {found} is newer than {known}")
        self.found = found
        self.known = known


class NotADatabase(Exception):
    """The file is not an SQLite database."""


def make_database(path: Path) -> peewee.SqliteDatabase:
    return peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", check_same_thread=False)


def schema_version(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(str(exc)) from exc
    try:  # closed here: a sqlite3 connection sits in a reference cycle, and an open one blocks a restore
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(str(exc)) from exc
    finally:
        conn.close()


def open_database(path: Path, backup_dir: Path | None = None) -> peewee.SqliteDatabase:
    """Bind the models to `path`, migrating an older file (after a copy) and refusing a newer one."""
    found = schema_version(path) if path.exists() else 0
    if found > LATEST_VERSION:
        raise DatabaseTooNew(found, LATEST_VERSION)
    db = make_database(path)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if found < LATEST_VERSION:
        run_migrations(db, path, found, backup_dir)
    return db


def checkpoint(path: Path) -> tuple[int, int, int]:
    """Copy committed WAL pages back into the database on a connection of its own (a background job).

    PASSIVE never blocks readers or writers: it copies what it can and leaves the rest for next time.
    Returns SQLite's (busy, WAL pages, pages copied)."""
    conn = sqlite3.connect(str(path), timeout=1)
    try:
        return tuple(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
    finally:
        conn.close()


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
