"""m003_counter_extras: an existing station keeps its parcels and gains the notice log, problem queue,
courier handoffs and reminder columns; the new records sync through the outbox."""
import sqlite3

from PIL import Image

from db import migrations
from db.connection import close_database, open_database
from db.models import database
from station.parcels.notice_log import log_notice
from station.parcels.problems import report_problem
from station.parcels.returns import return_to_courier
from tests.station.parcels.helpers import village


def test_existing_parcels_survive_and_gain_reminder_columns(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    position = next(i for i, m in enumerate(migrations.MIGRATIONS) if m.__module__.endswith("m003_counter_extras"))
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:position])
    monkeypatch.setattr(migrations, "LATEST_VERSION", position)
    open_database(path, tmp_path / "backups")
    database.execute_sql("INSERT INTO parcel (gid, owner, tracking_no, status, arrived_at, updated_at) "
                         "VALUES ('P1', 'X', 'SF1234567890123', 'waiting', '2026-11-01 00:00:00', "
                         "'2026-11-01 00:00:00')")
    close_database()
    monkeypatch.undo()
    open_database(path, tmp_path / "backups")
    row = database.execute_sql("SELECT tracking_no, reminded_at, reminder_count, return_due_at FROM parcel").fetchone()
    assert row == ("SF1234567890123", None, 0, None)
    close_database()
    assert list((tmp_path / "backups").glob("before-migration-*.db"))
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"notice_log", "parcel_problem", "parcel_handoff"} <= tables


def test_counter_extras_sync_through_the_outbox(ctx, tmp_path):
    v = village(ctx)
    photo = tmp_path / "p.png"
    Image.new("RGB", (8, 8)).save(photo)
    problem = report_problem(ctx, "SF1234567890123", "damaged", "", photo)
    notice = log_notice(ctx, v["li"], "phone")
    handoff = return_to_courier(ctx, ["YT1234567890123"], "圆通")[0]
    for entity, gid in (("parcel_problem", problem.gid), ("notice_log", notice.gid),
                        ("parcel_handoff", handoff.gid)):
        found = database.execute_sql("SELECT entity FROM outbox WHERE gid = ?", (gid,)).fetchall()
        assert found == [(entity,)]
