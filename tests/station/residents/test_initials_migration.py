"""The resident_search migration (m008): a station made before it keeps its
residents, who gain their pinyin initials, and the upgrade queues nothing new for the town office."""
from db.connection import close_database, open_database
from db.models import database
from tests.station.residents.migration_helpers import residents_before


def test_existing_residents_gain_initials_without_filling_the_outbox(tmp_path, monkeypatch):
    queued = residents_before(tmp_path, monkeypatch, "_resident_search", (("R1", "王秀英"), ("R2", "李建国")))
    open_database(tmp_path / "s.db", tmp_path / "backups")
    rows = database.execute_sql("SELECT gid, name_initials FROM resident ORDER BY gid").fetchall()
    assert rows == [("R1", "wxy"), ("R2", "ljg")]
    assert database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0] == queued
    database.execute_sql("UPDATE resident SET name = '王芳' WHERE gid = 'R1'")  # later edits still sync
    assert database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0] == queued + 1
    close_database()
