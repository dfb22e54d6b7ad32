"""What a peewee query costs beside the same raw SQL, for the queries the counter's hot paths keep raw.

    python bench/query_cost.py --data DIR [--rounds 2000]    (DIR: a `station demo --parcels 1000000` station)

Each pair reads the same rows from the same file, one after the other in the same run (reads only: the demo
station is not changed, so the benchmark runs again and again on one directory). The difference is Python-side
query building and row conversion, paid once per query; a counter action makes 5-15 of these queries, so the
column `x per action` is what converting all of one action's queries would add (see bench/counter.py for the
actions' own p50). Raw SQL in station/ says "bench/query_cost.py" where this is why it stays raw.
"""
import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OPEN = ("waiting", "out_for_delivery", "problem")


def per_call_us(fn, rounds: int) -> float:
    fn()
    best = float("inf")
    for _ in range(3):  # best of three batches: the machine is shared, the floor is what the code costs
        start = time.perf_counter()
        for _ in range(rounds):
            fn()
        best = min(best, (time.perf_counter() - start) / rounds * 1e6)
    return best


def pairs(sample: dict) -> dict:
    from db.models import AuditEntry, Delegate, Meta, Parcel, Resident, Setting, database

    code, tracking, resident = sample["code"], sample["tracking"], sample["resident"]
    raw = database.execute_sql
    return {
        "parcel by pickup code (lookup)": (
            lambda: raw("SELECT p.gid, p.status, r.name FROM parcel p LEFT JOIN resident r ON r.gid = p.resident_gid "
                        "WHERE p.pickup_code = ? AND p.status IN ('waiting', 'out_for_delivery', 'problem') LIMIT 1",
                        (code,)).fetchall(),
            lambda: list(Parcel.select(Parcel.gid, Parcel.status, Resident.name)
                         .join(Resident, pw_left(), on=(Parcel.resident == Resident.gid))
                         .where(Parcel.pickup_code == code, Parcel.status.in_(OPEN)).limit(1).tuples())),
        "open parcel by tracking (intake)": (
            lambda: raw("SELECT pickup_code, shelf, status FROM parcel WHERE tracking_no = ? "
                        "AND status IN ('waiting', 'out_for_delivery', 'problem') LIMIT 1", (tracking,)).fetchone(),
            lambda: Parcel.select(Parcel.pickup_code, Parcel.shelf, Parcel.status)
            .where(Parcel.tracking_no == tracking, Parcel.status.in_(OPEN)).limit(1).tuples().first()),
        "pickup code taken (intake)": (
            lambda: raw("SELECT 1 FROM parcel WHERE pickup_code = ? AND status IN ('waiting', 'out_for_delivery', "
                        "'problem') LIMIT 1", (code,)).fetchone(),
            lambda: Parcel.select(Parcel.gid).where(Parcel.pickup_code == code, Parcel.status.in_(OPEN)).exists()),
        "serial counter (intake)": (
            lambda: raw("SELECT value FROM meta WHERE key = ?", ("pickup_serial",)).fetchone(),
            lambda: Meta.select(Meta.value).where(Meta.key == "pickup_serial").tuples().first()),
        "one setting (intake, confirm)": (
            lambda: raw("SELECT value FROM setting WHERE key = ?", ("shelf_count",)).fetchone(),
            lambda: Setting.select(Setting.value).where(Setting.key == "shelf_count").tuples().first()),
        "a resident's delegates (lookup)": (
            lambda: raw("SELECT gid, name, relation, phone FROM delegate WHERE resident_gid = ? ORDER BY name",
                        (resident,)).fetchall(),
            lambda: list(Delegate.select(Delegate.gid, Delegate.name, Delegate.relation, Delegate.phone)
                         .where(Delegate.resident == resident).order_by(Delegate.name).tuples())),
        "audit chain, whole log (verify)": (
            lambda: list(raw("SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
                             "FROM audit ORDER BY rowid")),
            lambda: list(AuditEntry.select(*AuditEntry._meta.sorted_fields).order_by(AuditEntry.seq).tuples()
                         .iterator())),
        "a today figure (idle screen)": (
            lambda: raw("SELECT count(*) FROM parcel WHERE status = 'problem'").fetchone(),
            lambda: Parcel.select().where(Parcel.status == "problem").count()),
    }


def pw_left():
    import peewee

    return peewee.JOIN.LEFT_OUTER


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=2000)
    args = ap.parse_args()
    from db.connection import open_database
    from db.models import database

    open_database(args.data / "station.db")
    code, resident = database.execute_sql("SELECT pickup_code, resident_gid FROM parcel WHERE status = 'waiting' "
                                          "AND resident_gid IS NOT NULL LIMIT 1").fetchone()
    tracking = database.execute_sql("SELECT tracking_no FROM parcel ORDER BY gid LIMIT 1").fetchone()[0]
    print(f"station {args.data}: best of 3 x {args.rounds} calls each")
    for label, (raw, orm) in pairs({"code": code, "tracking": tracking, "resident": resident}).items():
        raw_us, orm_us = per_call_us(raw, args.rounds), per_call_us(orm, args.rounds)
        print(f"{label:<34} raw {raw_us:7.1f} us  peewee {orm_us:7.1f} us  +{orm_us - raw_us:6.1f} us  "
              f"({orm_us / raw_us:4.1f}x; x10 per action +{(orm_us - raw_us) * 10 / 1000:4.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
