import sqlite3
import threading

import pytest

from db.connection import close_database
from station import backup as bk
from station.errors import InvalidInput, NotFound, PermissionDenied, Refused
from station.identity import init_station, open_station
from station.residents import add_resident
from tests.conftest import as_role


def _count(path, table="resident"):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_while_another_connection_writes(ctx, data_dir, tmp_path):
    add_resident(ctx, "王芳", "13800001111")
    live = data_dir / "station.db"
    stop = threading.Event()
    written = []

    def writer():
        conn = sqlite3.connect(live, timeout=10)
        i = 0
        while not stop.is_set() and i < 2000:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (f"k{i}",))
            conn.execute("COMMIT")
            written.append(i)
            i += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        outs = [bk.backup(ctx, tmp_path / f"b{n}.db") for n in range(5)]
    finally:
        stop.set()
        thread.join()
    assert written, "the writer ran alongside"
    for info in outs:
        assert info.station_code == "CN-TEST-01"
        with sqlite3.connect(info.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert _count(info.path) == 1
    assert not list(tmp_path.glob("*.part"))


def test_restore_round_trip_keeps_the_replaced_database(ctx, data_dir, tmp_path):
    add_resident(ctx, "王芳", "13800001111")
    saved = bk.backup(ctx, tmp_path / "saved.db")
    add_resident(ctx, "李强", "13800002222")
    close_database()
    result = bk.restore(data_dir, saved.path)
    assert _count(data_dir / "station.db") == 1
    kept = result["previous"]
    assert "before-restore-" in kept and _count(kept) == 2
    ctx = open_station(data_dir)
    from station import audit, audit_verify

    assert audit_verify.verify(ctx).ok
    assert audit.entries(ctx, action="station.restore")


def _snapshot(data_dir):
    close_database()
    with sqlite3.connect(data_dir / "station.db") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return (data_dir / "station.db").read_bytes(), sorted(p.name for p in data_dir.rglob("*"))


def _refusal_cases(tmp_path, ctx):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    empty = tmp_path / "other.db"
    with sqlite3.connect(empty) as conn:
        conn.execute("CREATE TABLE x (a)")
    newer = tmp_path / "newer.db"
    bk.backup(ctx, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    foreign_dir = tmp_path / "foreign"
    return {"not sqlite": text, "no station": empty, "newer": newer, "missing": tmp_path / "nope.db",
            "foreign": foreign_dir / "station.db"}


@pytest.mark.parametrize("case", ["not sqlite", "no station", "newer", "missing", "foreign", "damaged"])
def test_refused_restore_changes_nothing(ctx, data_dir, tmp_path, case):
    add_resident(ctx, "王芳", "13800001111")
    files = _refusal_cases(tmp_path, ctx)
    if case == "foreign":
        close_database()
        init_station(tmp_path / "foreign", "CN-OTHER-02", "别的村站")
        close_database()
    if case == "damaged":
        damaged = tmp_path / "damaged.db"
        bk.backup(ctx, damaged)
        with sqlite3.connect(damaged) as conn:
            root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='resident_name'").fetchone()[0]
            size = conn.execute("PRAGMA page_size").fetchone()[0]
        raw = bytearray(damaged.read_bytes())
        raw[(root - 1) * size + 3: (root - 1) * size + 5] = b"\x00\x09"  # index claims cells it lacks
        damaged.write_bytes(bytes(raw))
        files["damaged"] = damaged
    before = _snapshot(data_dir)
    with pytest.raises((InvalidInput, Refused, NotFound)) as err:
        bk.restore(data_dir, files[case])
    assert err.value.message()
    assert _snapshot(data_dir) == before


def test_foreign_station_restores_with_force(ctx, data_dir, tmp_path):
    close_database()
    init_station(tmp_path / "foreign", "CN-OTHER-02", "别的村站")
    close_database()
    result = bk.restore(data_dir, tmp_path / "foreign" / "station.db", force=True)
    assert result["station_code"] == "CN-OTHER-02"
    assert open_station(data_dir).station_code == "CN-OTHER-02"


def test_staff_may_not_back_up(ctx, tmp_path):
    with pytest.raises(PermissionDenied):
        bk.backup(as_role(ctx, "staff"), tmp_path / "b.db")
    with pytest.raises(PermissionDenied):
        bk.restore(ctx.data_dir, tmp_path / "b.db", actor=as_role(ctx, "volunteer").actor)


def test_daily_backups_keep_the_newest_n(ctx, data_dir):
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    for day in range(1, 8):
        (folder / f"daily-202601{day:02d}.db").write_bytes(b"old")
    (folder / "before-restore-20260101-000000.db").write_bytes(b"keep me")
    today = bk.daily_backup(ctx, keep=3)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["before-restore-20260101-000000.db", "daily-20260106.db", "daily-20260107.db", today.name]
    assert bk.inspect_backup(today)[0] == "CN-TEST-01"


def test_scheduler_carries_the_daily_backup_job(ctx, data_dir):
    from station import scheduling

    scheduler = scheduling.make_scheduler(ctx)
    assert "daily_backup" in [job.id for job in scheduler.get_jobs()]
    scheduling.run_daily_backup(ctx.as_actor(scheduling.SCHEDULER))
    assert list((data_dir / "backups").glob("daily-*.db"))


def test_restore_is_refused_while_the_app_has_the_database_open(ctx, data_dir, tmp_path):
    saved = bk.backup(ctx, tmp_path / "saved.db")
    close_database()
    app = sqlite3.connect(data_dir / "station.db")  # stands for the GUI, idle but connected
    app.execute("SELECT count(*) FROM station").fetchone()
    try:
        before = (data_dir / "station.db").read_bytes()
        with pytest.raises(Refused):
            bk.restore(data_dir, saved.path)
        assert (data_dir / "station.db").read_bytes() == before
        assert not list((data_dir / "backups").glob("before-restore-*"))
    finally:
        app.close()
    assert bk.restore(data_dir, saved.path)["previous"]


def test_scheduler_starts_with_the_backup_job_soon_and_stops(ctx):
    from station import scheduling

    scheduler = scheduling.start(ctx)
    try:
        job = scheduler.get_job("daily_backup")
        assert job.next_run_time is not None and job.args[0].actor == scheduling.SCHEDULER
    finally:
        scheduler.shutdown(wait=False)


def test_a_backup_into_a_folder_that_cannot_be_written_names_the_file_the_user_gave(ctx):
    from pathlib import Path

    from station.errors import FileProblem

    target = Path("/proc/nope.db")  # no one may create files there, root included
    with pytest.raises(FileProblem) as refused:
        bk.backup(ctx, target)
    assert str(target) in refused.value.message() and "SQLite" not in refused.value.message()
    assert not target.exists()
