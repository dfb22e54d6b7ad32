import sqlite3
import time

from ui.gui_main import BENCH_ENV

BENCH = {BENCH_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}


def _shown_at(out: str) -> float:
    lines = [line for line in out.splitlines() if line.startswith("shown ")]
    assert len(lines) == 1, out
    return float(lines[0].split()[1])


def test_first_run_makes_a_demo_station_and_the_window_is_exposed(cli, tmp_path):
    data = tmp_path / "first"
    started = time.time()
    code, out, err = cli("gui", "--data", data, env=BENCH, timeout=120)
    assert code == 0, err
    assert started < _shown_at(out) < time.time()
    with sqlite3.connect(data / "station.db") as conn:
        assert conn.execute("SELECT code FROM station").fetchone()[0] == "DEMO-001"
        assert conn.execute("SELECT count(*) FROM parcel").fetchone()[0] == 6000


def test_an_existing_station_opens_without_new_data(cli, tmp_path):
    data = tmp_path / "s"
    assert cli("init", "--admin", "zhang", "--code", "CN-GUI-01", "--name", "某村", "--data", data)[0] == 0
    code, out, err = cli("gui", "--data", data, env=BENCH, timeout=120)
    assert code == 0, err
    _shown_at(out)
    with sqlite3.connect(data / "station.db") as conn:
        assert conn.execute("SELECT count(*) FROM parcel").fetchone()[0] == 0
