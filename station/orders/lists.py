"""The two follow-up lists: no-reason windows closing soon (ending within two days) and refunds overdue.

Raw SQL on partial indexes (order_collected, goods_return_refund_due): bench/orders.py measures both
beside the bare sqlite3 query at a year of a busy station's orders."""
import datetime as dt

from db.models import database
from station.clock import station_today
from station.context import Ctx
from station.orders.window import CLOSING_SOON_DAYS, WINDOW_DAYS, received_between
from station.permissions import Perm
from station.service import service

CLOSING_SOON_SQL = (
    "SELECT o.gid, o.status, o.merchant, o.platform, o.total_fen, o.collected_at, r.name, r.gid "
    "FROM assisted_order o JOIN resident r ON r.gid = o.resident_gid "
    "WHERE o.status IN ('collected', 'delivered') AND o.collected_at >= ? AND o.collected_at < ? "
    "AND NOT EXISTS (SELECT 1 FROM goods_return g WHERE g.order_gid = o.gid) "
    "AND NOT EXISTS (SELECT 1 FROM return_item i WHERE i.order_gid = o.gid) ORDER BY o.collected_at")
OVERDUE_SQL = (
    "SELECT g.gid, g.status, g.order_gid, g.paid_fen, g.refund_due, g.handed_off_at, r.name, r.gid, "
    "coalesce(o.merchant, ''), coalesce(o.platform, '') FROM goods_return g JOIN resident r ON r.gid = g.resident_gid "
    "LEFT JOIN assisted_order o ON o.gid = g.order_gid "
    "WHERE g.refunded_at IS NULL AND g.refund_due IS NOT NULL AND g.refund_due < ? ORDER BY g.refund_due")


def closing_soon_bounds(now: dt.datetime) -> tuple[str, str]:
    today = station_today(now)
    start, stop = received_between(today, today + dt.timedelta(days=CLOSING_SOON_DAYS))
    return str(start), str(stop)


def _stamp(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


@service(Perm.VIEW, write=False)
def closing_soon(ctx: Ctx) -> list[dict]:
    """Received orders with no return yet whose window ends today, tomorrow or the day after."""
    rows = database.execute_sql(CLOSING_SOON_SQL, closing_soon_bounds(ctx.now())).fetchall()
    today = station_today(ctx.now())
    out = []
    for gid, status, merchant, platform, total, collected, name, resident in rows:
        ends = station_today(_stamp(collected)) + dt.timedelta(days=WINDOW_DAYS)
        out.append({"id": gid, "status": status, "merchant": merchant, "platform": platform, "total_fen": total,
                    "collected_at": str(collected), "window_ends": ends.isoformat(), "days_left": (ends - today).days,
                    "resident_name": name, "resident_gid": resident})
    return out


@service(Perm.VIEW, write=False)
def overdue_refunds(ctx: Ctx) -> list[dict]:
    """Returns whose expected refund date has passed with no refund confirmed."""
    today = station_today(ctx.now())
    rows = database.execute_sql(OVERDUE_SQL, (today.isoformat(),)).fetchall()
    out = []
    for gid, status, order, paid, due, handed, name, resident, merchant, platform in rows:
        due_day = dt.date.fromisoformat(str(due)[:10])
        out.append({"id": gid, "status": status, "order_id": order, "paid_fen": paid, "refund_due": due_day.isoformat(),
                    "days_overdue": (today - due_day).days, "handed_off_at": str(handed) if handed else None,
                    "resident_name": name, "resident_gid": resident, "merchant": merchant, "platform": platform})
    return out
