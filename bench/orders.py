"""Orders benchmark on a 1,000,000-parcel demo station (with its year of orders, returns, outgoing parcels and
cash), each figure beside its baseline measured in the same run on the same file.

    python bench/orders.py [--data DIR] [--parcels 1000000] [--residents 20000] [--samples 300] [--clean]

  intake, pre-alerted   the parcel of an assisted order is scanned: the pre-alert brings its resident and the
                        order moves to "arrived" — beside plain intake (phone tail) interleaved in the same loop;
                        target: pre-alerted p95 <= 1.2 x plain p95
  closing soon          no-reason windows ending within two days (station.orders.lists.closing_soon)
  overdue refunds       returns past their expected refund date (station.orders.lists.overdue_refunds)
                        targets: p95 <= 20 ms, beside the raw sqlite3 query of the same rows
The run writes (orders and intakes) into the demo database, built once with `station demo` and reused; every run
uses new tracking numbers, so it can be repeated on one directory. --clean deletes it after.
"""
import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.counter import build_demo, pct  # noqa: E402

RATIO_TARGET, LIST_TARGET_MS = 1.2, 20.0


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def line(label: str, times: list[float], extra: str = "") -> float:
    p50, p95 = pct(times, 0.5), pct(times, 0.95)
    print(f"{label:<34} n={len(times):>5}  p50 {p50:7.3f} ms  p95 {p95:7.3f} ms  {extra}")
    return p95


def residents(conn: sqlite3.Connection, n: int) -> list[tuple[str, str]]:
    """(gid, phone tail) of residents whose tail is unique, so plain intake stores at once."""
    return conn.execute("SELECT min(gid), phone_tail FROM resident GROUP BY phone_tail HAVING count(*) = 1 "
                        "ORDER BY random() LIMIT ?", (n,)).fetchall()


def place_orders(ctx, people: list[tuple[str, str]], run: int) -> list[str]:
    """One assisted order per sample resident (consent by the resident), each expecting a new tracking number
    (not timed); returns the numbers."""
    from db.models import Resident
    from station.orders.orders import ItemIn, OrderIn, Payment, place_order

    numbers = []
    for i, (gid, _tail) in enumerate(people):
        number = f"JT{run:07d}{i:06d}"
        name = Resident.get_by_id(gid).name
        place_order(ctx, OrderIn(gid, "拼多多", "好米店", [ItemIn("大米", 1, 4550)], Payment("own_account"), name,
                                 "in_person", number))
        numbers.append(number)
    return numbers


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--parcels", type=int, default=1_000_000)
    ap.add_argument("--residents", type=int, default=20_000)
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--clean", action="store_true")
    args = ap.parse_args()
    data = args.data or Path(tempfile.gettempdir()) / f"station-bench-orders-{args.parcels}"
    build_demo(data, args.parcels, args.residents)

    from station.clock import station_today
    from station.identity import open_station
    from station.orders.lists import CLOSING_SOON_SQL, OVERDUE_SQL, closing_soon, closing_soon_bounds, overdue_refunds
    from station.parcels.intake import intake

    ctx = open_station(data)
    conn = sqlite3.connect(str(data / "station.db"))
    people = residents(conn, 2 * args.samples)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("parcel", "assisted_order", "goods_return", "outgoing_parcel", "cash_entry")}
    print(f"station {data}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    if len(people) < 2 * args.samples:
        print(f"only {len(people)} residents with a unique phone tail: sample too small for {args.samples}; "
              f"use --samples {len(people) // 2}")
        return 1
    run = int(time.time()) % 10_000_000
    alerted = place_orders(ctx, people[:args.samples], run)
    plain_t, alerted_t = [], []
    for i, number in enumerate(alerted):
        ms, result = timed(intake, ctx, f"SF{run:07d}{i:06d}", phone=people[args.samples + i][1])
        assert result.outcome == "stored", result.outcome
        plain_t.append(ms)
        ms, result = timed(intake, ctx, number)
        assert result.outcome == "stored" and result.prealert_note is not None, result.outcome
        alerted_t.append(ms)

    raw_soon_t, soon_t, raw_overdue_t, overdue_t = [], [], [], []
    today = station_today(ctx.now()).isoformat()
    for _ in range(args.samples):
        ms, raw_rows = timed(lambda: conn.execute(CLOSING_SOON_SQL, closing_soon_bounds(ctx.now())).fetchall())
        raw_soon_t.append(ms)
        ms, rows = timed(closing_soon, ctx)
        soon_t.append(ms)
        assert len(rows) == len(raw_rows)
        ms, raw_rows = timed(lambda: conn.execute(OVERDUE_SQL, (today,)).fetchall())
        raw_overdue_t.append(ms)
        ms, overdue = timed(overdue_refunds, ctx)
        overdue_t.append(ms)
        assert len(overdue) == len(raw_rows)
    print(f"machine load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
          f"closing soon {len(rows)} rows, overdue {len(overdue)} rows")
    plain = line("intake, plain (phone tail)", plain_t)
    ratio = line("intake, pre-alerted (order)", alerted_t) / plain
    print(f"{'':<34} pre-alerted p95 / plain p95 = {ratio:.2f}x  target <= {RATIO_TARGET}x  "
          f"{'OK' if ratio <= RATIO_TARGET else 'OVER TARGET'}")
    for label, raw_t, service_t in (("closing soon", raw_soon_t, soon_t), ("overdue refunds", raw_overdue_t,
                                                                          overdue_t)):
        line(f"raw sqlite3 {label}", raw_t)
        p95 = line(f"{label} (service)", service_t)
        print(f"{'':<34} target p95 <= {LIST_TARGET_MS} ms  {'OK' if p95 <= LIST_TARGET_MS else 'OVER TARGET'}")
    conn.close()
    if args.clean:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
