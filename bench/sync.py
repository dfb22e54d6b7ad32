"""Sync benchmark: export and import N changes; import rate beside raw sqlite3 executemany of the same rows.

    PYTHONPATH=$PWD python bench/sync.py [--changes 1000000] [--dir /tmp/sync-bench]

Each phase runs in its own process so its peak memory (ru_maxrss) is its own; the export and import are
also run at a tenth of the size, so "memory flat" shows as two nearly equal peaks.
"""
import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = "CN-BENCH-01"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup(base: Path, changes: int) -> None:
    from db.connection import close_database
    from db.models import database
    from station.identity import export_card, init_station
    from station.sync.office import enroll, init_office
    from station.sync.state import trust_office

    shutil.rmtree(base, ignore_errors=True)
    office = init_office(base / "office", "镇办", "OFFICE-BENCH")
    export_card(office, base / "office.json")
    close_database()
    station = init_station(base / "station", CODE, "测试站")
    trust_office(station, base / "office.json")
    export_card(station, base / "station.json")
    half = changes // 2
    with database.atomic():
        conn = database.connection()
        conn.executemany("INSERT INTO resident (gid, owner, name, phone, phone_tail, created_at) VALUES (?,?,?,?,?,?)",
                         ((f"R{i:025d}", CODE, f"居民{i}", f"138{i:08d}", f"{i % 10000:04d}", "2026-01-01 08:00:00")
                          for i in range(half)))
        conn.executemany("INSERT INTO parcel (gid, owner, tracking_no, carrier, resident_gid, pickup_code, shelf, "
                         "arrived_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                         ((f"P{i:025d}", CODE, f"SF{i:012d}", "顺丰", f"R{i % half:025d}", f"{i % 9999:04d}",
                           f"A-{i % 40}", "2026-01-01 09:00:00", "2026-01-01 09:00:00") for i in range(changes - half)))
    close_database()
    from station.identity import open_station

    enroll(open_station(base / "office").as_actor(__import__("station.sync.office", fromlist=["x"]).OFFICE_CONSOLE),
           base / "station.json")
    close_database()


def phase_export(base: Path) -> dict:
    from station.identity import open_station
    from station.sync.outgoing import export_bundle

    ctx = open_station(base / "station")
    began = time.perf_counter()
    manifest = export_bundle(ctx, base / "usb")
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "records": manifest["records"], "file": manifest["file"],
            "mb": Path(manifest["file"]).stat().st_size / 1e6, "peak_mb": peak_mb()}


def phase_import(base: Path, file: str) -> dict:
    from station.sync.office import open_office
    from station.sync.office_import import import_file

    ctx = open_office(base / "office")
    began = time.perf_counter()
    result = import_file(ctx, Path(file))
    seconds = time.perf_counter() - began
    assert result.outcome == "accepted", result
    return {"seconds": seconds, "records": result.records, "peak_mb": peak_mb()}


def phase_raw(base: Path) -> dict:
    """The same rows the import wrote, inserted with plain executemany into an identical empty table."""
    with sqlite3.connect(base / "office" / "station.db") as src:
        rows = src.execute("SELECT station, entity, gid, version, deleted, body FROM office_record").fetchall()
    target = base / "raw.db"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    for pragma in ("journal_mode=wal", "synchronous=normal", "cache_size=-32000"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE office_record (station TEXT NOT NULL, entity TEXT NOT NULL, gid TEXT NOT NULL, "
                 "version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, body TEXT, "
                 "PRIMARY KEY (station, entity, gid)) WITHOUT ROWID")
    conn.execute("CREATE INDEX office_record_entity ON office_record (entity, station)")
    began = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO office_record VALUES (?, ?, ?, ?, ?, ?)", rows)
    seconds = time.perf_counter() - began
    conn.close()
    return {"seconds": seconds, "records": len(rows)}


def run_phase(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", *args], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(base: Path, changes: int) -> dict:
    began = time.perf_counter()
    run_phase("setup", str(base), str(changes))
    made = time.perf_counter() - began
    exported = run_phase("export", str(base))
    imported = run_phase("import", str(base), exported["file"])
    raw = run_phase("raw", str(base))
    return {"changes": changes, "setup_s": made, "export": exported, "import": imported, "raw": raw}


def report(r: dict) -> None:
    e, i, raw = r["export"], r["import"], r["raw"]
    import_rate, raw_rate = i["records"] / i["seconds"], raw["records"] / raw["seconds"]
    print(f"changes {r['changes']:,} (station made in {r['setup_s']:.1f} s)")
    print(f"  export  {e['seconds']:7.2f} s  {e['records'] / e['seconds']:>10,.0f} records/s  "
          f"bundle {e['mb']:.1f} MB  peak {e['peak_mb']:.0f} MB")
    print(f"  import  {i['seconds']:7.2f} s  {import_rate:>10,.0f} records/s  peak {i['peak_mb']:.0f} MB "
          f"(verify + decrypt + upsert, one transaction)")
    print(f"  raw     {raw['seconds']:7.2f} s  {raw_rate:>10,.0f} records/s  (sqlite3 executemany, same rows)")
    print(f"  import / raw = {import_rate / raw_rate:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/sync-bench"))
    parser.add_argument("--phase", nargs="+")
    args = parser.parse_args()
    if args.phase:
        name, base, *rest = args.phase
        result = {"setup": lambda: setup(Path(base), int(rest[0])) or {}, "export": lambda: phase_export(Path(base)),
                  "import": lambda: phase_import(Path(base), rest[0]), "raw": lambda: phase_raw(Path(base))}[name]()
        print(json.dumps(result))
        return
    small = measure(args.dir / "small", max(args.changes // 10, 1000))
    big = measure(args.dir / "big", args.changes)
    report(small)
    report(big)
    print(f"memory: export peak {small['export']['peak_mb']:.0f} → {big['export']['peak_mb']:.0f} MB, "
          f"import peak {small['import']['peak_mb']:.0f} → {big['import']['peak_mb']:.0f} MB for 10x the changes")
    shutil.rmtree(args.dir, ignore_errors=True)


if __name__ == "__main__":
    main()
