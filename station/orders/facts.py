"""The hook for rights cases (issue 12): an overdue refund's facts as a plain dict, so the cases service
can open a case from it in one action without knowing the orders tables."""
import datetime as dt

from db.models import AssistedOrder, Resident
from station.clock import station_today
from station.context import Ctx
from station.errors import Refused
from station.orders.returns import get_return, reason_name, settle_refund
from station.permissions import Perm
from station.service import service


@service(Perm.VIEW, write=False)
def overdue_refund_facts(ctx: Ctx, return_id: str) -> dict:
    """resident, merchant, platform, amount (fen) and the dates of one overdue refund; refused if not overdue."""
    row = get_return(return_id)
    today = station_today(ctx.now())
    if row.refunded_at is not None or row.refund_due is None or _day(row.refund_due) >= today:
        raise Refused("The refund of return {id} is not overdue.", why="refund_not_overdue", id=row.gid)
    order = AssistedOrder.get_or_none(AssistedOrder.gid == row.order_gid) if row.order_gid else None
    resident = Resident.get_by_id(row.resident_gid)
    return {
        "return_id": row.gid, "order_id": row.order_gid, "parcel_gid": row.parcel_gid,
        "resident_gid": resident.gid, "resident_name": resident.name, "resident_phone": resident.phone,
        "merchant": order.merchant if order else "", "platform": order.platform if order else "",
        "amount_fen": row.paid_fen, "reason": row.reason, "reason_text": reason_name(row.reason),
        "ordered_at": str(order.created_at) if order else None, "received_at": str(row.collected_at),
        "window_ends": str(row.window_ends), "return_started_at": str(row.created_at),
        "handed_off_at": str(row.handed_off_at) if row.handed_off_at else None,
        "carrier": row.carrier, "tracking": row.tracking_no,
        "refund_due": str(row.refund_due), "days_overdue": (today - _day(row.refund_due)).days,
    }


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def refund_through_case(ctx: Ctx, return_id: str, fen: int) -> str | None:
    """A case opened from a return closed with money recovered: that money is the return's refund, so the return
    is settled too (once: a refund already confirmed stays as it was). Called inside the case's own service; the
    office then counts the money once, through the return. Returns the return's id when it was settled here."""
    row = get_return(return_id)
    if row.refunded_at is not None or row.outcome == "exchange" or fen <= 0:
        return None
    paid = row.paid_fen if row.paid_fen is not None else fen
    settle_refund(ctx, row, min(fen, paid), "original")
    return row.gid
