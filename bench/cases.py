"""Rights-cases benchmark: due-soon and overdue lists at 100,000 cases beside raw sqlite3 of the same rows;
recomputing every open deadline after a calendar import (clocks/s); a 50-evidence dossier beside bare reportlab.

    PYTHONPATH=$PWD python bench/cases.py [--cases 100000] [--dir /tmp/cases-bench] [--runs 50]

The demo directory is made once and reused: every phase can run again and again on it (a second calendar
import recomputes the same open clocks, it just changes none of them).
"""
import argparse
import datetime as dt
import io
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CODE = "CN-BENCH-CASES"
NOW = dt.datetime(2026, 12, 3, 2, 0)  # 10:00 station time
LIMIT = 200
RAW_LIST = ("SELECT c.gid, c.number, c.complainant, c.merchant, c.platform, c.category, c.amount_claimed, c.state, "
            "c.opened_on, k.kind, k.due, k.provisional FROM case_clock k JOIN rights_case c ON c.gid = k.case_gid "
            "WHERE k.state = 'running' AND {where} ORDER BY k.due, k.gid LIMIT 200")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ctx_at(ctx):
    from station.context import Ctx

    return Ctx(ctx.data_dir, ctx.station_code, ctx.actor, lambda: NOW)


def _case_rows(n: int, calendar, rng: random.Random):
    from station.cases.workdays import due_date

    merchants = [f"商家{m}" for m in range(300)]
    platforms = ["淘宝", "拼多多", "京东", "抖音", ""]
    for i in range(n):
        opened = dt.date(2026, 1, 2) + dt.timedelta(days=i % 330)
        gid = f"C{i:025d}"
        state = "closed" if rng.random() < 0.6 else "open"
        case = (gid, CODE, f"2026-{i + 1:06d}", f"居民{i % 5000}", rng.choice(merchants), rng.choice(platforms),
                "refund_overdue", rng.randrange(1000, 200000), "退款逾期", state, opened.isoformat(),
                f"{opened} 02:00:00")
        start = opened + dt.timedelta(days=2)
        kind, days = ("acceptance", 7) if i % 3 else ("mediation", 45)
        due = due_date(start, days, calendar)
        clock_state = "stopped" if state == "closed" else "running"
        clock = (f"K{i:025d}", CODE, gid, kind, days, start.isoformat(), due.due.isoformat(), int(due.provisional),
                 due.missing_year, clock_state)
        yield case, clock


def setup(base: Path, n: int) -> None:
    from db.connection import close_database
    from db.models import database
    from station.cases.calendar import load_calendar
    from station.identity import init_station

    init_station(base, CODE, "基准村站")
    calendar, rng = load_calendar(), random.Random(12)
    rows = list(_case_rows(n, calendar, rng))
    with database.atomic():
        conn = database.connection()
        conn.executemany("INSERT INTO rights_case (gid, owner, number, complainant, merchant, platform, category, "
                         "amount_claimed, summary, state, opened_on, opened_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         (r[0] for r in rows))
        conn.executemany("INSERT INTO case_clock (gid, owner, case_gid, kind, days, start, due, provisional, "
                         "missing_year, state) VALUES (?,?,?,?,?,?,?,?,?,?)", (r[1] for r in rows))
    close_database()


def bench_lists(ctx, db_path: Path, runs: int) -> None:
    from station.cases.views import due_soon, overdue
    from station.clock import station_today

    today = station_today(NOW)
    raw = sqlite3.connect(str(db_path))
    soon_until = (today + dt.timedelta(days=3)).isoformat()
    cases = [("due soon", lambda: due_soon(ctx), RAW_LIST.format(where="k.due BETWEEN ? AND ?"),
              (today.isoformat(), soon_until)),
             ("overdue", lambda: overdue(ctx), RAW_LIST.format(where="k.due < ?"), (today.isoformat(),))]
    for name, service, sql, params in cases:
        ours, bare, rows = [], [], None
        for _ in range(runs):
            start = time.perf_counter()
            rows = service()
            ours.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            raw_rows = raw.execute(sql, params).fetchall()
            bare.append((time.perf_counter() - start) * 1000)
        assert [r["number"] for r in rows] == [r[1] for r in raw_rows], "the service and raw SQL disagree"
        print(f"{name:<9} list ({len(rows)} rows shown): p50 {pct(ours, .5):6.2f} ms  p95 {pct(ours, .95):6.2f} ms"
              f"   raw sqlite3 p50 {pct(bare, .5):6.2f} ms  p95 {pct(bare, .95):6.2f} ms   (limit 20 ms p95)")


def bench_recompute(ctx) -> None:
    from db.models import CaseClock, database
    from station.cases.calendar_import import apply_calendar

    table = {2027: {"holiday": {dt.date(2027, 1, 1): "元旦", **{dt.date(2027, 2, d): "春节" for d in range(6, 14)}},
                    "workday": {dt.date(2027, 2, 14): "春节调休"}}}
    open_clocks = CaseClock.select().where(CaseClock.state.in_(("running", "paused"))).count()
    provisional = CaseClock.select().where(CaseClock.provisional == True).count()  # noqa: E712
    start = time.perf_counter()
    with database.atomic("IMMEDIATE"):
        done = apply_calendar(ctx, table, "bench")
    seconds = time.perf_counter() - start
    print(f"calendar import + recompute: {open_clocks} open clocks ({provisional} provisional before) in "
          f"{seconds:.2f} s = {open_clocks / seconds:,.0f} cases/s; {done['clocks_recomputed']} changed")
    from station.cases.calendar import load_calendar
    from station.cases.workdays import due_date

    calendar = load_calendar()
    starts = [(c.start, c.days) for c in CaseClock.select(CaseClock.start, CaseClock.days)
              .where(CaseClock.state == "running")]
    begin = time.perf_counter()
    for day, days in starts:
        due_date(day, days, calendar)
    bare = time.perf_counter() - begin
    print(f"  beside the bare arithmetic alone (no database): {len(starts) / bare:,.0f} clocks/s")


def _evidence_case(ctx, folder: Path) -> str:
    from PIL import Image

    from db.models import RightsCase
    from station.cases import evidence, records
    from station.residents import add_resident

    existing = RightsCase.get_or_none(RightsCase.summary == "基准案卷：50 份证据")
    if existing:
        return existing.number
    add_resident(ctx, "王秀英", "13800001045")
    number = records.add_case(ctx, "13800001045", "好运旗舰店", "拼多多", "refund_overdue", "128.50",
                              "基准案卷：50 份证据", opened_on="2026-09-25")["number"]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(50):
        paths.append(folder / f"photo{n:02d}.jpg")
        Image.effect_noise((1200, 900), 40 + n).convert("RGB").save(paths[-1], quality=85)
    evidence.add_evidence(ctx, number, paths)
    for action, day in (("merchant_contacted", "2026-09-25"), ("filed_12315", "2026-09-29"),
                        ("accepted", "2026-10-09")):
        records.log_action(ctx, number, action, day)
    return number


def bare_dossier(pages: int, images: list[bytes], lines: list[str]) -> bytes:
    """The same pages drawn straight on a canvas: text lines and the 50 thumbnails."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from station.pdf import cjk_font

    font, buffer = cjk_font(), io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    per_page = max(1, len(images) // max(1, pages - 1))
    for page in range(pages):
        canvas.setFont(font, 9)
        for n, line in enumerate(lines[page * 40:(page + 1) * 40]):
            canvas.drawString(50, 800 - 12 * n, line)
        for n, data in enumerate(images[page * per_page:(page + 1) * per_page]):
            with Image.open(io.BytesIO(data)) as img:
                img.thumbnail((360, 360))
                out = io.BytesIO()
                img.convert("RGB").save(out, "JPEG", quality=80)
            canvas.drawImage(ImageReader(io.BytesIO(out.getvalue())), 380, 700 - 115 * (n % 6), 113, 85)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bench_dossier(ctx, base: Path, runs: int) -> None:
    from station.cases.dossier import write_dossier
    from station.cases.evidence import vault_path
    from station.cases.views import show_case

    number = _evidence_case(ctx, base / "photos")
    out = base / "dossier.pdf"
    ours, bare, pages = [], [], 0
    case = show_case(ctx, number)
    images = [vault_path(ctx.data_dir, e["sha256"]).read_bytes() for e in case["evidence"]]
    lines = [f"{e['file_name']} {e['sha256']}" for e in case["evidence"]] + [str(t) for t in case["timeline"]]
    for _ in range(runs):
        start = time.perf_counter()
        pages = write_dossier(ctx, number, out)["pages"]
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_dossier(pages, images, lines)
        bare.append(time.perf_counter() - start)
    print(f"dossier, 50 evidence photos, {pages} pages: median {pct(ours, .5) * 1000:.0f} ms "
          f"(hashes re-checked, custody logged)   bare reportlab, same pages: {pct(bare, .5) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/cases-bench"))
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--dossier-runs", type=int, default=3)
    args = parser.parse_args()
    from db.connection import close_database
    from station.identity import open_station
    from station.paths import DB_FILE

    if not (args.dir / DB_FILE).exists():
        start = time.perf_counter()
        setup(args.dir, args.cases)
        print(f"demo station with {args.cases:,} cases made in {time.perf_counter() - start:.1f} s ({args.dir})")
    ctx = ctx_at(open_station(args.dir))
    bench_lists(ctx, args.dir / DB_FILE, args.runs)
    bench_recompute(ctx)
    bench_dossier(ctx, args.dir, args.dossier_runs)
    close_database()


if __name__ == "__main__":
    main()
