import sqlite3

from db.connection import close_database
from station import audit_verify
from station.identity import open_station
from station.residents import add_resident


def _station_with_history(ctx, n=5):
    for i in range(n):
        add_resident(ctx, f"居民{i}", f"1381234{i:04d}")


def _tamper(data_dir, sql):
    close_database()
    with sqlite3.connect(data_dir / "station.db") as conn:
        conn.executescript(sql)
    return open_station(data_dir)


def test_intact_log_verifies(ctx):
    _station_with_history(ctx)
    verdict = audit_verify.verify(ctx)
    assert verdict.ok and verdict.rows == 7


def test_edited_row_is_named(ctx, data_dir):
    _station_with_history(ctx)
    ctx = _tamper(data_dir, "UPDATE audit SET actor='someone' WHERE seq=4")
    verdict = audit_verify.verify(ctx)
    assert (verdict.ok, verdict.first_bad_seq, verdict.problem) == (False, 4, "edited")


def test_removed_row_is_named(ctx, data_dir):
    _station_with_history(ctx)
    ctx = _tamper(data_dir, "DELETE FROM audit WHERE seq=3")
    verdict = audit_verify.verify(ctx)
    assert not verdict.ok and verdict.first_bad_seq == 4


def test_reordered_rows_are_found(ctx, data_dir):
    _station_with_history(ctx)
    ctx = _tamper(data_dir, "UPDATE audit SET seq=-1 WHERE seq=3; UPDATE audit SET seq=3 WHERE seq=5; "
                            "UPDATE audit SET seq=5 WHERE seq=-1;")
    verdict = audit_verify.verify(ctx)
    assert not verdict.ok and verdict.first_bad_seq in (3, 5)


def test_cut_off_tail_is_found(ctx, data_dir):
    _station_with_history(ctx)
    ctx = _tamper(data_dir, "DELETE FROM audit WHERE seq >= 6")
    verdict = audit_verify.verify(ctx)
    assert (verdict.ok, verdict.first_bad_seq, verdict.problem) == (False, 6, "removed_at_end")


def test_cli_names_first_bad_row(ctx, data_dir, cli):
    _station_with_history(ctx)
    close_database()
    assert cli("audit", "verify", "--data", data_dir)[0] == 0
    with sqlite3.connect(data_dir / "station.db") as conn:
        conn.execute("UPDATE audit SET after='{}' WHERE seq=2")
    code, _, err = cli("audit", "verify", "--data", data_dir, "--lang", "en")
    assert code == 1 and "row 2 was edited" in err
