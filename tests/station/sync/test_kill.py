"""SIGKILL the real importer and exporter at random points: the database stays consistent, and running
again completes with nothing lost and nothing twice."""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.connection import close_database
from db.models import database
from station.sync.container import open_bundle
from station.sync.outgoing import export_bundle
from tests.conftest import ROOT, SIGNED_IN
from tests.station.sync.helpers import make_office, make_station, office_rows, station_rows, switch

pytestmark = pytest.mark.slow
ROWS = 25_000


def _fill(station: Path, code: str, n: int) -> None:
    switch(station)
    with database.atomic():
        database.connection().executemany(
            "INSERT INTO parcel (gid, owner, tracking_no, shelf, arrived_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            ((f"{code}-{i:08d}", code, f"T{i}", "A", "2026-01-01", "2026-01-01") for i in range(n)))
    close_database()


def _station_cmd(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "station", "--data", str(data), *args]


def _run_and_kill(cmd: list[str], delay: float) -> bool:
    """True when the process was killed before it finished."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, **SIGNED_IN, "PYTHONPATH": str(ROOT)})
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return killed


def _kill_surely(cmd: list[str], delay: float, state: list[Path]) -> int:
    """Kill the command after `delay` s. Should it finish first (the machine was quicker this time), put
    `state` back as it was and try again sooner: every trial is a real kill on any machine. Returns 1."""
    saved = {d: d.with_name(d.name + ".before") for d in state}
    for d, copy in saved.items():
        if d.exists():
            shutil.copytree(d, copy)
    while not _run_and_kill(cmd, delay):
        for d, copy in saved.items():
            shutil.rmtree(d, ignore_errors=True)
            if copy.exists():
                shutil.copytree(copy, d)
        delay /= 2  # at ~0 s the child is still starting: the kill always lands
    for copy in saved.values():
        shutil.rmtree(copy, ignore_errors=True)
    return 1


def _office_consistent(office: Path, bundles: dict[str, dict]) -> None:
    """Each station's records are all there with its bundle noted, or none are."""
    with sqlite3.connect(office / "station.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        noted = dict(conn.execute("SELECT station, COUNT(*) FROM office_bundle GROUP BY station").fetchall())
        held = dict(conn.execute("SELECT station, COUNT(*) FROM office_record WHERE entity NOT LIKE 'audit%' "
                                 "GROUP BY station").fetchall())  # audit rows travel beside the records
    for code, bundle in bundles.items():
        assert noted.get(code, 0) <= 1
        assert held.get(code, 0) == (bundle["records"] if noted.get(code) else 0)


def _timed(cmd: list[str]) -> float:
    began = time.monotonic()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **SIGNED_IN, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    return time.monotonic() - began


def test_importer_killed_at_random_points(tmp_path):
    pristine = make_office(tmp_path)
    bundles = {}
    for code in ("CN-K-01", "CN-K-02", "CN-K-03"):
        station = make_station(tmp_path, code, pristine)
        _fill(station, code, ROWS)
        bundles[code] = export_bundle(switch(station), tmp_path / "usb")
        close_database()
    files = [b["file"] for b in bundles.values()]
    expected = set().union(*(station_rows(tmp_path / code) for code in bundles))
    trial = tmp_path / "trial"
    shutil.copytree(pristine, trial)
    full = _timed(_station_cmd(trial, "office", "import", *files))
    rng = random.Random(5)
    kills = 0
    for round_no in range(4):
        office = tmp_path / f"office-{round_no}"
        shutil.copytree(pristine, office)
        for _ in range(2):  # killed, then killed again while picking up the pieces
            kills += _kill_surely(_station_cmd(office, "office", "import", *files), rng.uniform(0.1, 1) * full,
                                  [office])
            _office_consistent(office, bundles)
        _timed(_station_cmd(office, "office", "import", *files))
        _office_consistent(office, bundles)
        assert office_rows(office) == expected and len(expected) == 3 * ROWS
    assert kills == 8


def test_exporter_killed_at_random_points(tmp_path):
    office = make_office(tmp_path)
    station = make_station(tmp_path, "CN-K-09", office)
    _fill(station, "CN-K-09", 3 * ROWS)
    usb = tmp_path / "usb"
    full = _timed(_station_cmd(station, "sync", "export", "--out", str(tmp_path / "trial")))
    rng = random.Random(9)
    kills = 0
    for _ in range(5):
        kills += _kill_surely(_station_cmd(station, "sync", "export", "--out", str(usb)), rng.uniform(0.1, 1) * full,
                              [station, usb])
        for finished in usb.glob("*.vsb"):  # whatever has a finished name is a whole, valid bundle
            assert open_bundle(finished).manifest["records"] == 3 * ROWS
        with sqlite3.connect(station / "station.db") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert kills == 5
    done = subprocess.run(_station_cmd(station, "sync", "export", "--out", str(usb)), cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **SIGNED_IN, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert list(usb.glob("*.part")) == []
    octx = switch(office, office=True)
    from station.sync.office_import import import_files
    outcomes = [r.outcome for r in import_files(octx, sorted(usb.glob("*.vsb")))]
    assert set(outcomes) == {"accepted"}
    close_database()
    assert office_rows(office) == station_rows(station)
