"""The resident_search migration (m008): a station made before it keeps its
residents, who gain their pinyin initials, and the upgrade queues nothing new for the town office."""
from db import migrations
from db.connection import close_database, open_database
from db.models import database


def test_existing_residents_gain_initials_without_filling_the_outbox(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    position = next(i for i, m in enumerate(migrations.MIGRATIONS) if m.__module__.endswith("_resident_search"))
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:position])
    monkeypatch.setattr(migrations, "LATEST_VERSION", position)
    open_database(path, tmp_path / "backups")
    for gid, name in (("R1", "王秀英"), ("R2", "李建国")):
        database.execute_sql("INSERT INTO resident (gid, owner, name, phone, phone_tail, created_at) "
                             "VALUES (?, 'X', ?, '', '', '2026-11-01 00:00:00')", (gid, name))
    queued = database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0]
    close_database()
    monkeypatch.undo()
    open_database(path, tmp_path / "backups")
    rows = database.execute_sql("SELECT gid, name_initials FROM resident ORDER BY gid").fetchall()
    assert rows == [("R1", "wxy"), ("R2", "ljg")]
    assert database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0] == queued
    database.execute_sql("UPDATE resident SET name = '王芳' WHERE gid = 'R1'")  # later edits still sync
    assert database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0] == queued + 1
    close_database()
