"""Numbered schema migrations, one module (one `migrate(db)` function) per version.

A module's number is the schema version it makes: `m007_orders.py` takes a version-6 database to 7.
The loader refuses a gap or a duplicate number, so a file added out of order can never make an
existing database re-run (or skip) a migration. Each runs in its own transaction after a copy of the
database file is kept, and sets `PRAGMA user_version` inside that transaction, so a crash leaves
either the old or the new schema. Add a new version as the next number; never edit a released one.
"""
import datetime as dt
import importlib
import pkgutil
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

MODULE_NAME = re.compile(r"^m(\d{3})_\w+$")


class MigrationNumbering(Exception):
    """The migration modules are not numbered 1, 2, 3 … without a gap or a duplicate."""


def numbered_modules(names: list[str]) -> dict[int, str]:
    """Schema version → module name, refusing gaps, duplicates and stray names."""
    found: dict[int, str] = {}
    for name in sorted(names):
        match = MODULE_NAME.match(name)
        if not match:
            raise MigrationNumbering(f"{name}: a migration module is named mNNN_what_it_does")
        version = int(match.group(1))
        if version in found:
            raise MigrationNumbering(f"{found[version]} and {name} both claim schema version {version}")
        found[version] = name
    expected = list(range(1, len(found) + 1))
    if sorted(found) != expected:
        missing = sorted(set(expected) - set(found))
        raise MigrationNumbering(f"schema version {missing[0]} has no migration module (versions must not skip)")
    return found


def _load() -> list[Callable]:
    names = [info.name for info in pkgutil.iter_modules(__path__)]
    modules = numbered_modules(names)
    return [importlib.import_module(f"{__name__}.{modules[v]}").migrate for v in sorted(modules)]


MIGRATIONS = _load()
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
