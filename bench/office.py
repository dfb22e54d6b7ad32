"""Town office benchmark: import, dashboards, monthly report, the receiver under concurrent pushes.

    PYTHONPATH=$PWD python bench/office.py [--stations 50] [--parcels 1000] [--seconds 30] [--engines sqlite,postgresql]

1. N demo stations × one year (each --parcels parcels, its residents, volunteer runs) → one bundle each.
2. Per engine: import every bundle into a fresh office (figures aggregated as they import), records/s beside raw
   inserts of the same (station, entity, gid, version, deleted, body) rows into a table of the same shape on the
   same engine in the same run (sqlite3 executemany; psycopg2 execute_values); target ≥ 0.5×.
3. Dashboards: every office table and the Dashboards page's overview, for the town and per station, p95 (≤ 200 ms).
4. Monthly report PDF for the last full month (≤ 10 s).
5. Receiver: `station office serve` in its own process; N stations push concurrently (announce + upload, a new
   small bundle each time) for --seconds; every push's reply checked, then the office's bundle and record counts
   compared with what was sent (no loss, no duplicate); p95 push-to-reply; peak memory of the server.
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else (values[0] if values else 0.0)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_town(base: Path, stations: int, parcels: int):
    from station.office.demo import make_demo_town

    started = time.perf_counter()
    town = make_demo_town(base / "town", stations, residents=max(50, parcels // 10), parcels=parcels)
    print(f"made {stations} demo stations × a year ({parcels} parcels each): {time.perf_counter() - started:.1f} s")
    return town


def fresh_office(town, base: Path, engine: str, pg) -> Path:
    """A copy of the town's (empty, enrolled) office on this engine."""
    from db.connection import close_database
    from station.identity import open_station
    from station.office.move import move_to_postgres
    from station.sync.office import as_office

    office = base / f"office-{engine}"
    shutil.rmtree(office, ignore_errors=True)
    shutil.copytree(town.office, office)
    if engine == "postgresql":
        move_to_postgres(as_office(open_station(office)), pg.new_database())
    close_database()
    return office


def bundle_rows(office: Path, bundles: list[Path]) -> list[tuple]:
    """The rows the import writes, decrypted once, for the raw-insert baseline."""
    from collections import Counter

    from station.keystore import box_key
    from station.sync.container import open_bundle
    from station.sync.office_records import record_blocks

    rows = []
    for path in bundles:
        bundle = open_bundle(path)
        for block in record_blocks(bundle, bundle.get("from"), box_key(), Counter()):
            rows.extend(block)
    return rows


def raw_insert(engine: str, rows: list[tuple], base: Path, url: str | None) -> float:
    ddl = ("CREATE TABLE raw_record (station TEXT NOT NULL, entity TEXT NOT NULL, gid TEXT NOT NULL, "
           "version INTEGER NOT NULL, deleted {b} NOT NULL, body TEXT, PRIMARY KEY (station, entity, gid))")
    if engine == "sqlite":
        path = base / "raw.db"
        path.unlink(missing_ok=True)
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA journal_mode=wal")
        conn.execute("PRAGMA synchronous=normal")
        conn.execute(ddl.format(b="INTEGER") + " WITHOUT ROWID")
        started = time.perf_counter()
        with conn:
            conn.executemany("INSERT INTO raw_record VALUES (?, ?, ?, ?, ?, ?)", rows)
        seconds = time.perf_counter() - started
        conn.close()
        return seconds
    import psycopg2
    from psycopg2.extras import execute_values

    conn = psycopg2.connect(url)
    with conn, conn.cursor() as cur:
        cur.execute(ddl.format(b="BOOLEAN"))
    started = time.perf_counter()
    with conn, conn.cursor() as cur:
        execute_values(cur, "INSERT INTO raw_record VALUES %s", rows, page_size=1000)
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def phase_import(town, base: Path, engine: str, pg) -> dict:
    from db.connection import close_database
    from station.office.demo import open_office_ctx
    from station.paths import database_url
    from station.sync.office_import import import_files

    office = fresh_office(town, base, engine, pg)
    ctx = open_office_ctx(office)
    rows = bundle_rows(office, town.bundles)
    started = time.perf_counter()
    results = import_files(ctx, town.bundles)
    seconds = time.perf_counter() - started
    assert all(r.outcome == "accepted" for r in results), [r.message for r in results if r.outcome != "accepted"]
    records = sum(r.records for r in results)
    close_database()
    raw_s = raw_insert(engine, rows, base, pg.new_database() if engine == "postgresql" else None)
    out = {"engine": engine, "records": records, "import_s": round(seconds, 2),
           "records_per_s": round(records / seconds), "raw_per_s": round(len(rows) / raw_s),
           "ratio": round((records / seconds) / (len(rows) / raw_s), 2), "url": database_url(office) or ""}
    print(f"[{engine}] import {records} records in {seconds:.2f} s = {out['records_per_s']}/s; raw inserts of the "
          f"same rows {out['raw_per_s']}/s; ratio {out['ratio']} (target ≥ 0.5)")
    return {**out, "office": office}


def last_month() -> str:
    return (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")


def phase_dashboards(office: Path, engine: str, samples: int) -> dict:
    from db.connection import close_database
    from station.office.demo import open_office_ctx
    from station.office.overview import overview
    from station.office.report import monthly_report
    from station.office.tables import TABLES, table
    from station.sync.office import stations

    ctx = open_office_ctx(office)
    codes = [s["code"] for s in stations(ctx)]
    months = [(dt.date.today().replace(day=1) - dt.timedelta(days=30 * k)).strftime("%Y-%m") for k in range(12)]
    rng = random.Random(1)
    timings: dict[str, list[float]] = {}
    calls = {f"table:{name}": (lambda n=name: table(ctx, n, rng.choice(months))) for name in TABLES}
    calls["overview:town"] = lambda: overview(ctx, rng.choice(months))
    calls["overview:station"] = lambda: overview(ctx, rng.choice(months), rng.choice(codes))
    for name, call in calls.items():
        for _ in range(samples):
            started = time.perf_counter()
            call()
            timings.setdefault(name, []).append((time.perf_counter() - started) * 1000)
    worst = max(p95(v) for v in timings.values())
    for name, values in timings.items():
        print(f"[{engine}] {name:20s} p95 {p95(values):7.1f} ms  (median {statistics.median(values):.1f} ms)")
    started = time.perf_counter()
    monthly_report(ctx, last_month(), office / f"report-{last_month()}.pdf")
    report_s = time.perf_counter() - started
    print(f"[{engine}] worst dashboard p95 {worst:.1f} ms (target ≤ 200); monthly report {report_s:.2f} s "
          f"(target ≤ 10) for {len(codes)} stations")
    close_database()
    return {"worst_p95_ms": round(worst, 1), "report_s": round(report_s, 2)}


def prepare_pushes(town, pushes: int, residents_per_push: int) -> dict[str, list[tuple[Path, bytes, int]]]:
    """Per station: `pushes` small bundles in sequence (each after the last), with their signed announcements."""
    from db.connection import close_database
    from db.models import database
    from station.identity import open_station, this_station
    from station.ids import new_gid
    from station.keystore import signing_key
    from station.sync.announce import make_announcement
    from station.sync.container import file_sha256, open_bundle
    from station.sync.outgoing import export_bundle
    from station.sync.state import ACKED_KEY, newest_seq, set_meta

    series: dict[str, list[tuple[Path, bytes, int]]] = {}
    for data_dir in town.stations:
        ctx = open_station(data_dir)
        me = this_station()
        set_meta(ACKED_KEY, str(newest_seq()))  # the year's bundle is at the office already
        out = data_dir / "push-bench"
        for _ in range(pushes):
            with database.atomic():
                database.connection().executemany(
                    "INSERT INTO resident (gid, owner, name, phone, phone_tail, created_at) VALUES (?,?,?,?,?,?)",
                    [(new_gid(), me.code, "新居民", "13800000000", "0000", "2026-01-01 08:00:00")
                     for _ in range(residents_per_push)])
            made = export_bundle(ctx, out, via="push")
            with database.atomic():
                set_meta(ACKED_KEY, str(made["seq_to"]))
            path = Path(made["file"])
            message = make_announcement(me.code, "OFFICE-DEMO", open_bundle(path).get("bundle_id"),
                                        path.stat().st_size, file_sha256(path), signing_key())
            series.setdefault(me.code, []).append((path, json.dumps(message).encode(), made["records"]))
        close_database()
    return series


def _push(url: str, path: Path, announcement: bytes) -> tuple[int, str]:
    request = urllib.request.Request(url + "/announce", data=announcement, method="POST")
    with urllib.request.urlopen(request, timeout=120) as reply:
        token = json.loads(reply.read())["token"]
    request = urllib.request.Request(f"{url}/bundle/{token}", data=path.read_bytes(), method="PUT")
    with urllib.request.urlopen(request, timeout=120) as reply:
        body = reply.read()
        return reply.status, reply.headers.get("X-Village-Outcome", "") if body.startswith(b"VSBUNDLE") else "?"


def _vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _office_counts(office: Path) -> tuple[int, int]:
    from db.connection import close_database
    from db.models import database
    from station.office.demo import open_office_ctx

    open_office_ctx(office)
    bundles = database.execute_sql("SELECT COUNT(*) FROM office_bundle").fetchone()[0]
    # audit rows travel beside the records (issue 9: anchored at the office), not in a bundle's record count
    records = database.execute_sql("SELECT COUNT(*) FROM office_record WHERE entity NOT IN ('audit', "
                                   "'audit_replaced')").fetchone()[0]
    close_database()
    return bundles, records


def _receiver_token(office: Path) -> str:
    """The receiver is an unattended job: it signs in with an access token (issue 9)."""
    from db.connection import close_database
    from station.office.demo import open_office_ctx
    from station.tokens import add_token

    token = add_token(open_office_ctx(office), f"bench-{time.time_ns()}", "office")["token"]
    close_database()
    return token


def phase_receiver(town, office: Path, engine: str, series: dict, seconds: float) -> dict:
    bundles_before, records_before = _office_counts(office)
    token = _receiver_token(office)
    proc = subprocess.Popen([sys.executable, "-m", "station", "--lang", "en", "--data", str(office), "office",
                             "serve", "--host", "127.0.0.1", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "STATION_TOKEN": token})
    url = re.search(r"(http://127\.0\.0\.1:\d+)", proc.stdout.readline()).group(1)
    latencies, sent, failures = [], [], []
    deadline = time.monotonic() + seconds
    lock = threading.Lock()

    def station(code: str) -> None:
        for path, announcement, records in series[code]:
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            try:
                status, outcome = _push(url, path, announcement)
            except Exception as exc:  # counted, not hidden
                with lock:
                    failures.append(f"{code}: {exc}")
                return
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                (sent if status == 200 and outcome == "accepted" else failures).append(
                    records if status == 200 and outcome == "accepted" else f"{code}: {status} {outcome}")

    threads = [threading.Thread(target=station, args=(code,)) for code in series]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    server_mb = _vm_hwm_mb(proc.pid)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    bundles_after, records_after = _office_counts(office)
    ok = bundles_after - bundles_before == len(sent) and records_after - records_before == sum(sent)
    print(f"[{engine}] receiver: {len(series)} stations pushing for {elapsed:.1f} s: {len(sent)} pushes accepted "
          f"({len(sent) / elapsed:.1f}/s), {len(failures)} failed; p95 push-to-reply {p95(latencies):.0f} ms "
          f"(median {statistics.median(latencies) if latencies else 0:.0f} ms); office holds "
          f"{bundles_after - bundles_before} new bundles, {records_after - records_before} new records of "
          f"{sum(sent)} sent: {'no loss, no duplicate' if ok else 'MISMATCH'}; server peak {server_mb:.0f} MB")
    for failure in failures[:5]:
        print(f"    failure: {failure}")
    return {"pushes": len(sent), "failures": len(failures), "p95_ms": round(p95(latencies)), "counts_ok": ok,
            "server_peak_mb": round(server_mb)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--parcels", type=int, default=1000, help="parcels per station over the year")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pushes", type=int, default=40, help="bundles each station has ready to push")
    parser.add_argument("--samples", type=int, default=30, help="timed calls per dashboard query")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/office-bench"))
    args = parser.parse_args()
    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    engines = args.engines.split(",")
    pg = None
    if "postgresql" in engines:
        from tests.pg import start_server

        pg = start_server()
    try:
        town = make_town(args.dir, args.stations, args.parcels)
        series = prepare_pushes(town, args.pushes, 3)
        for engine in engines:
            imported = phase_import(town, args.dir, engine, pg)
            phase_dashboards(imported["office"], engine, args.samples)
            phase_receiver(town, imported["office"], engine, series, args.seconds)
    finally:
        if pg is not None:
            from tests.pg import stop_server

            stop_server(pg)
    print(f"bench process peak memory {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
