"""Stations and an office in one test: open one data directory at a time (the models bind to one database)."""
import datetime as dt
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from db.connection import close_database
from db.models import database
from station.identity import export_card, init_station, open_station
from station.ids import new_gid
from station.sync import office as office_mod
from station.sync.state import trust_office

ROOT = Path(__file__).resolve().parents[3]


def switch(data_dir: Path, office: bool = False):
    close_database()
    ctx = open_station(data_dir)
    return office_mod.as_office(ctx) if office else ctx


def make_office(root: Path, db_url: str | None = None) -> Path:
    office_dir = root / "office"
    # zhang / 1234: the cli fixture signs in as this admin
    ctx = office_mod.init_office(office_dir, "镇办", "OFFICE-TEST", "zhang", "1234", db_url)
    export_card(ctx, root / "office.json")
    close_database()
    return office_dir


def make_station(root: Path, code: str, office_dir: Path) -> Path:
    data_dir = root / code
    ctx = init_station(data_dir, code, f"村站 {code}", "zhang", "1234")
    trust_office(ctx, root / "office.json")
    export_card(ctx, root / f"{code}.json")
    office_ctx = switch(office_dir, office=True)
    office_mod.enroll(office_ctx, root / f"{code}.json")
    close_database()
    return data_dir


def add_resident(code: str, name: str) -> str:
    gid = new_gid()
    database.execute_sql("INSERT INTO resident (gid, owner, name, phone, created_at) VALUES (?, ?, ?, ?, ?)",
                         (gid, code, name, "13800000000", dt.datetime(2026, 1, 1)))
    return gid


def add_parcel(code: str, tracking: str, resident: str | None = None) -> str:
    gid = new_gid()
    now = dt.datetime(2026, 1, 1)
    database.execute_sql("INSERT INTO parcel (gid, owner, tracking_no, resident_gid, arrived_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (gid, code, tracking, resident, now, now))
    return gid


def rename(table: str, gid: str, value: str) -> None:
    column = "name" if table == "resident" else "shelf"
    database.execute_sql(f"UPDATE {table} SET {column} = ? WHERE gid = ?", (value, gid))


def delete(table: str, gid: str) -> None:
    if table == "resident":
        database.execute_sql("UPDATE parcel SET resident_gid = NULL WHERE resident_gid = ?", (gid,))
    database.execute_sql(f"DELETE FROM {table} WHERE gid = ?", (gid,))


def station_rows(data_dir: Path) -> set[tuple]:
    """(station, entity, gid, body-relevant columns) of every synced record a station holds."""
    switch(data_dir)
    code = open_station(data_dir).station_code
    rows = {(code, "resident", g, n) for g, n in database.execute_sql("SELECT gid, name FROM resident")}
    rows |= {(code, "parcel", g, s) for g, s in database.execute_sql("SELECT gid, shelf FROM parcel")}
    close_database()
    return rows


def office_rows(office_dir: Path) -> set[tuple]:
    switch(office_dir, office=True)
    rows = {(s, "resident", g, n) for s, g, n in database.execute_sql(
        "SELECT station, gid, json_extract(body, '$.name') FROM office_resident")}
    rows |= {(s, "parcel", g, n) for s, g, n in database.execute_sql(
        "SELECT station, gid, json_extract(body, '$.shelf') FROM office_parcel")}
    close_database()
    return rows


def running_office(root: Path, db_url: str | None = None):
    """Make an office and run its real HTTP receiver in a process on an ephemeral port: yields (dir, url)."""
    office = make_office(root, db_url)
    from station.tokens import add_token  # the receiver is an unattended job: it signs in with a token

    token = add_token(switch(office, office=True), "receiver", "office")["token"]
    close_database()
    proc = subprocess.Popen([sys.executable, "-m", "station", "--lang", "en", "--data", str(office), "office",
                             "serve", "--host", "127.0.0.1", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "STATION_TOKEN": token})
    try:
        line = proc.stdout.readline()
        yield office, re.search(r"(http://127\.0\.0\.1:\d+)", line).group(1)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
