"""A station database stopped just before one migration, holding some residents: how the upgrade tests start."""
from db import migrations
from db.connection import close_database, open_database
from db.models import database


def residents_before(tmp_path, monkeypatch, migration: str, residents: tuple[tuple[str, str], ...]) -> int:
    """Make tmp_path/s.db at the version before the migration whose module ends with `migration`, with
    (gid, name) residents; returns how many changes its outbox held (the upgrade must not add any)."""
    position = next(i for i, m in enumerate(migrations.MIGRATIONS) if m.__module__.endswith(migration))
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:position])
    monkeypatch.setattr(migrations, "LATEST_VERSION", position)
    open_database(tmp_path / "s.db", tmp_path / "backups")
    for gid, name in residents:
        database.execute_sql("INSERT INTO resident (gid, owner, name, phone, phone_tail, created_at) "
                             "VALUES (?, 'X', ?, '', '', '2026-11-01 00:00:00')", (gid, name))
    queued = database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0]
    close_database()
    monkeypatch.undo()
    return queued
