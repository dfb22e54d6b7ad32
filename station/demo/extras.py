"""The records other features keep beside the demo's parcels, so every screen has something true to show:
problem parcels carry their problem report (the queue shows the kind), parcels returned to sender carry
the courier handoff, and the volunteer account is on the delivery roster.
"""
import datetime as dt
import random

from db.models import database
from station.ids import new_gid
from station.parcels.carriers import carrier_name
from station.permissions import Perm
from station.service import service

PROBLEM_KINDS = (  # (kind as station.parcels.problems names it, share, note) — "damaged" needs a photo
    ("unknown_addressee", 4, "面单上的名字村里没人认识"),
    ("misaddressed", 3, "寄到邻村的，地址写错了"),
    ("refused", 2, "收件人说没买过，不要"),
)
RETURN_REASONS = (("overdue", 8), ("refused", 1))  # station.parcels.returns.REASONS
STAFF = "xiaowang"
PROBLEM_COLUMNS = ("gid", "owner", "parcel_gid", "kind", "note", "status_before", "reported_at", "reported_by")
HANDOFF_COLUMNS = ("gid", "owner", "parcel_gid", "courier_name", "reason", "note", "at", "staff")


def problem_rows(rng: random.Random, owner: str, problems: list[tuple[str, str]]) -> list[tuple]:
    kinds = rng.choices(PROBLEM_KINDS, weights=[k[1] for k in PROBLEM_KINDS], k=len(problems))
    return [(new_gid(), owner, parcel, kind, note, "waiting", at, STAFF)
            for (parcel, at), (kind, _share, note) in zip(problems, kinds, strict=True)]


def handoff_rows(rng: random.Random, owner: str, returns: list[tuple[str, str, str]]) -> list[tuple]:
    reasons = rng.choices([r[0] for r in RETURN_REASONS], weights=[r[1] for r in RETURN_REASONS], k=len(returns))
    names = {}
    rows = []
    for (parcel, carrier, at), reason in zip(returns, reasons, strict=True):
        courier = names.get(carrier) or names.setdefault(carrier, carrier_name(carrier) + "快递员")
        rows.append((new_gid(), owner, parcel, courier, reason, "", at, STAFF))
    return rows


def enrol_volunteer(ctx, group_gid: str | None, seed: int = 1) -> int:
    """老李's roster row, linked to his account, so the Deliveries page can assign him runs at once, and
    his recent runs (the demo's doorstep deliveries); returns how many runs."""
    from station.delivery.volunteers import ensure_volunteer

    volunteer = ensure_volunteer(ctx, "老李", "13900003456", account="laoli", group_gid=group_gid,
                                 availability=("sat_am", "sun_am", "wed_pm"))
    return _history(ctx, volunteer.gid, seed)


@service(Perm.DEMO)
def _history(ctx, volunteer_gid: str, seed: int) -> int:
    since = (ctx.now() - dt.timedelta(days=HISTORY_DAYS)).strftime("%Y-%m-%d %H:%M:%S")
    return delivery_history(database.connection(), random.Random(seed), ctx.station_code, volunteer_gid, since)


HISTORY_DAYS = 14  # the last two weeks of doorstep deliveries become 老李's closed runs


def delivery_history(conn, rng: random.Random, owner: str, volunteer_gid: str, since: str) -> int:
    """Closed runs for the demo's recent doorstep deliveries: one per day and village group, one slip per
    resident, so the Deliveries page, the hours ledger and residents' timelines have a history.
    Returns the number of runs."""
    rows = conn.execute(
        "SELECT p.gid, p.resident_gid, coalesce(r.group_gid, ''), p.picked_up_at, p.receiver_name, "
        "p.receiver_relation FROM parcel p JOIN resident r ON r.gid = p.resident_gid "
        "WHERE p.status = 'delivered' AND p.picked_up_at >= ? ORDER BY p.picked_up_at", (since,)).fetchall()
    runs: dict[tuple[str, str], list[tuple]] = {}
    for row in rows:
        runs.setdefault((row[3][:10], row[2]), []).append(row)
    taken = {code for (code,) in conn.execute("SELECT slip_code FROM delivery_stop")}
    for number, ((_day, group), parcels) in enumerate(sorted(runs.items()), start=1):
        _add_run(conn, rng, owner, volunteer_gid, f"R{number:04d}", group, parcels, taken)
    return len(runs)


def _slip_code(rng: random.Random, taken: set[str]) -> str:
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # as station.delivery.runs: no 0/O, 1/I/L
    while True:
        raw = "".join(rng.choice(alphabet) for _ in range(6))
        code = f"{raw[:3]}-{raw[3:]}"
        if code not in taken:
            taken.add(code)
            return code


def _add_run(conn, rng, owner, volunteer_gid, code, group, parcels, taken) -> None:
    first = dt.datetime.fromisoformat(parcels[0][3])
    last = dt.datetime.fromisoformat(parcels[-1][3])
    started = first - dt.timedelta(minutes=20 + int(rng.random() * 40))
    closed = last + dt.timedelta(minutes=10)
    run_gid = new_gid()
    conn.execute("INSERT INTO delivery_run (gid, owner, code, group_gid, volunteer_gid, status, created_at, "
                 "created_by, started_at, closed_at) VALUES (?, ?, ?, ?, ?, 'closed', ?, ?, ?, ?)",
                 (run_gid, owner, code, group or None, volunteer_gid, _stamp(started - dt.timedelta(hours=1)),
                  STAFF, _stamp(started), _stamp(closed)))
    stops: dict[str, str] = {}
    for parcel, resident, _group, at, receiver, relation in parcels:
        if resident not in stops:
            stops[resident] = new_gid()
            delegate = receiver if relation != "本人" else ""
            conn.execute("INSERT INTO delivery_stop (gid, owner, run_gid, resident_gid, position, slip_code, outcome, "
                         "delegate_name, outcome_at, outcome_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'laoli')",
                         (stops[resident], owner, run_gid, resident, len(stops), _slip_code(rng, taken),
                          "delegate" if delegate else "delivered", delegate, at))
        conn.execute("INSERT INTO delivery_item (gid, owner, stop_gid, parcel_gid) VALUES (?, ?, ?, ?)",
                     (new_gid(), owner, stops[resident], parcel))
    minutes = max(1, min(20 + 12 * len(stops), int((closed - started).total_seconds() // 60)))
    conn.execute("INSERT INTO volunteer_hours (gid, owner, volunteer_gid, run_gid, day, minutes, source, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, 'run', ?)", (new_gid(), owner, volunteer_gid, run_gid,
                                                         closed.date().isoformat(), minutes, _stamp(closed)))


def _stamp(at) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S")
