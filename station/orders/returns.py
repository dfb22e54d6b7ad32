"""Returns (代退换): started from an order or a collected parcel, within the no-reason window or as a
quality complaint; the return parcel's handoff to a courier; the expected refund and its confirmation.

`overdue_refund_facts` is the hook for rights cases: an overdue refund's facts as a plain dict."""
import datetime as dt
from dataclasses import asdict, dataclass, field

from db.models import AssistedOrder, GoodsReturn, Parcel, Resident
from station import audit
from station.audit_actions import RETURN_EXCHANGED, RETURN_HANDOFF, RETURN_REFUND, RETURN_START
from station.clock import format_date, station_today
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import N_, tr
from station.ids import new_gid
from station.orders import RECEIVED, OrderStatus, ReturnStatus, return_status_name
from station.orders.cash import add_entry, check_day
from station.orders.money import check_fen, yuan
from station.orders.orders import get_order, move
from station.orders.return_items import (
    ItemPick,
    Line,
    check_no_reason,
    check_not_returned,
    check_together,
    covered_orders,
    items_of,
    lines_for,
    save_lines,
)
from station.orders.send import check_carrier, send_return_parcel
from station.orders.window import window_ends, window_open
from station.parcels import ParcelStatus
from station.parcels.carriers import check_tracking
from station.parcels.handout import is_pickup_code
from station.parcels.returns import find_parcel
from station.permissions import Perm
from station.service import service

REASONS = {
    "changed_mind": N_("Orders", "Changed their mind (no reason)"),
    "quality": N_("Orders", "Quality problem"),
    "damaged": N_("Orders", "Arrived damaged"),
    "wrong_item": N_("Orders", "Wrong item sent"),
    "not_as_described": N_("Orders", "Not as described"),
    "missing_parts": N_("Orders", "Parts missing"),
    "found_at_door": N_("Orders", "Problem found at the door"),
}
OUTCOMES = {
    "refund": N_("Orders", "Refund"),
    "exchange": N_("Orders", "Exchange"),
    "refund_without_return": N_("Orders", "Refund without return"),
}
REFUND_HOW = ("original", "cash")
REFUND_DAYS = 7  # the refund is expected this many days after the return parcel leaves (or the return starts)


def reason_name(code: str) -> str:
    pair = REASONS.get(code)
    return tr(*pair) if pair else code


def outcome_name(code: str) -> str:
    pair = OUTCOMES.get(code)
    return tr(*pair) if pair else code


@dataclass
class ReturnView:
    id: str
    status: str
    status_name: str
    resident_gid: str
    resident_name: str
    order_id: str | None
    parcel_gid: str | None
    merchant: str
    platform: str
    reason: str
    no_reason: bool
    outcome: str
    note: str
    window_ends: str
    paid_fen: int | None
    carrier: str
    tracking: str
    handed_off_at: str | None
    refund_due: str | None
    refund_fen: int | None
    refund_how: str
    refunded_at: str | None
    created_at: str
    orders: list[str] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    exchanged_at: str | None = None
    replacement_tracking: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _opt(value) -> str | None:
    return str(value) if value is not None else None


def return_view(r: GoodsReturn) -> ReturnView:
    order = AssistedOrder.get_or_none(AssistedOrder.gid == r.order_gid) if r.order_gid else None
    resident = Resident.get_by_id(r.resident_gid)
    return ReturnView(r.gid, r.status, return_status_name(r.status), resident.gid, resident.name, r.order_gid,
                      r.parcel_gid, order.merchant if order else "", order.platform if order else "", r.reason,
                      bool(r.no_reason), r.outcome, r.note, str(r.window_ends), r.paid_fen, r.carrier, r.tracking_no,
                      _opt(r.handed_off_at), _opt(r.refund_due), r.refund_fen, r.refund_how, _opt(r.refunded_at),
                      str(r.created_at), covered_orders(r), items_of(r.gid), _opt(r.exchanged_at),
                      r.replacement_tracking)


def get_return(return_id: str) -> GoodsReturn:
    found = GoodsReturn.get_or_none(GoodsReturn.gid == (return_id or "").strip())
    if found is None:
        raise NotFound("No return {id}.", why="goods_return", id=return_id)
    return found


def _source(order_id: str | None, parcel_ref: str | None) -> tuple[AssistedOrder | None, Parcel | None]:
    if bool(order_id) == bool(parcel_ref):
        raise InvalidInput("Start a return from an order or from a parcel (one of them).", why="return_source")
    if order_id:
        order = get_order(order_id)
        if order.status not in RECEIVED:
            raise Refused("The goods of order {order} were never collected; nothing to return yet.",
                          why="not_collected", order=order.gid)
        parcel = Parcel.get_or_none(Parcel.gid == order.parcel_gid) if order.parcel_gid else None
        return order, parcel
    parcel = _collected_parcel(parcel_ref)
    if parcel.status not in (ParcelStatus.PICKED_UP, ParcelStatus.DELIVERED) or not parcel.picked_up_at:
        raise Refused("Parcel {tracking} was never collected; nothing to return yet.", why="not_collected",
                      tracking=parcel.tracking_no)
    order = AssistedOrder.get_or_none(AssistedOrder.parcel_gid == parcel.gid)
    return order, parcel


def _collected_parcel(ref: str) -> Parcel:
    """By tracking number, or by the pickup code it had (the latest parcel collected with that code)."""
    ref = (ref or "").strip()
    if is_pickup_code(ref):
        found = (Parcel.select().where(Parcel.pickup_code == ref, Parcel.picked_up_at.is_null(False))
                 .order_by(Parcel.picked_up_at.desc()).first())
        if found is not None:
            return found
    return find_parcel(ref)


def _received_at(order: AssistedOrder | None, parcel: Parcel | None) -> dt.datetime:
    at = (order.collected_at if order and order.collected_at else None) or (parcel.picked_up_at if parcel else None)
    return at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))


def _check_open(order: AssistedOrder | None, parcel: Parcel | None) -> None:
    query = GoodsReturn.select()
    query = query.where(GoodsReturn.order_gid == order.gid) if order else query.where(
        GoodsReturn.parcel_gid == parcel.gid)
    if query.exists():
        raise Refused("A return was already started for these goods.", why="return_exists")


def check_reason(reason: str, no_reason: bool) -> str:
    if reason not in REASONS:
        raise InvalidInput("Unknown return reason {reason}; use one of: {reasons}.", why="bad_reason",
                           reason=reason, reasons=", ".join(REASONS))
    if reason == "changed_mind" and not no_reason:
        raise InvalidInput("Changing one's mind is a no-reason return: mark it as one.", why="needs_no_reason")
    return reason


def _check_outcome(outcome: str) -> str:
    if outcome not in OUTCOMES:
        raise InvalidInput("Unknown outcome {outcome}; use refund, exchange or refund_without_return.",
                           why="bad_outcome", outcome=outcome)
    return outcome


def _refund_due(outcome: str, now: dt.datetime) -> dt.date | None:
    return station_today(now) + dt.timedelta(days=REFUND_DAYS) if outcome == "refund_without_return" else None


def open_return(ctx: Ctx, order: AssistedOrder | None, parcel: Parcel | None, reason: str, no_reason: bool,
                outcome: str = "refund", note: str = "", paid_fen: int | None = None,
                lines: list[Line] | None = None) -> GoodsReturn:
    """Inside a transaction: every check first, then the return row (and its audit). Goods of orders are
    returned item by item (`lines`, default: all of `order`); a parcel without an order as a whole."""
    check_reason(reason, no_reason)
    _check_outcome(outcome)
    if order is not None and lines is None:
        lines = lines_for([order])
    if lines:
        return _open_items_return(ctx, lines, parcel, reason, no_reason, outcome, note)
    received = _received_at(None, parcel)
    ends = window_ends(received)
    if no_reason and not window_open(received, ctx.now()):
        raise Refused("The 7-day no-reason window ended on {day} (received {received}); a quality complaint "
                      "is still possible.", why="window_closed", day=format_date(ends),
                      received=format_date(station_today(received)))
    _check_open(None, parcel)
    now = ctx.now()
    row = GoodsReturn.create(
        gid=new_gid(), owner=ctx.station_code, resident=parcel.resident_gid, order_gid=None, parcel_gid=parcel.gid,
        reason=reason, no_reason=no_reason, outcome=outcome, note=(note or "").strip()[:500],
        status=ReturnStatus.STARTED, collected_at=received, window_ends=ends, paid_fen=paid_fen, created_at=now,
        created_by=ctx.actor.username, refund_due=_refund_due(outcome, now))
    audit.record(ctx, RETURN_START, "goods_return", row.gid, None,
                 {"order": None, "parcel": row.parcel_gid, "reason": reason, "no_reason": no_reason,
                  "outcome": outcome, "window_ends": ends.isoformat()})
    return row


def _open_items_return(ctx: Ctx, lines: list[Line], parcel: Parcel | None, reason: str, no_reason: bool,
                       outcome: str, note: str) -> GoodsReturn:
    """Windows and exceptions are checked per item; the return's window is the earliest of its items'."""
    if no_reason:
        check_no_reason(lines, ctx.now())
    check_not_returned(lines)
    first = min(lines, key=lambda line: line.received_at)
    ends, paid, now = min(line.window_ends for line in lines), sum(line.paid_fen for line in lines), ctx.now()
    parcel_gid = parcel.gid if parcel else first.order.parcel_gid
    row = GoodsReturn.create(
        gid=new_gid(), owner=ctx.station_code, resident=first.order.resident_gid, order_gid=lines[0].order.gid,
        parcel_gid=parcel_gid, reason=reason, no_reason=no_reason, outcome=outcome, note=(note or "").strip()[:500],
        status=ReturnStatus.STARTED, collected_at=first.received_at, window_ends=ends, paid_fen=paid,
        created_at=now, created_by=ctx.actor.username, refund_due=_refund_due(outcome, now))
    save_lines(ctx, row.gid, lines)
    audit.record(ctx, RETURN_START, "goods_return", row.gid, None,
                 {"order": row.order_gid, "orders": list(dict.fromkeys(line.order.gid for line in lines)),
                  "items": [[line.item.gid, line.quantity] for line in lines], "parcel": row.parcel_gid,
                  "reason": reason, "no_reason": no_reason, "outcome": outcome, "paid_fen": paid,
                  "window_ends": ends.isoformat()})
    return row


@service(Perm.ORDERS)
def start_return(ctx: Ctx, order_id: str | list[str] | None = None, parcel_ref: str | None = None,
                 reason: str = "", no_reason: bool = False, outcome: str = "refund", note: str = "",
                 paid_fen: int | None = None, items: list[ItemPick] | None = None) -> ReturnView:
    """From one order or several of one resident and merchant (optionally only some items), or a parcel."""
    order_ids = [order_id] if isinstance(order_id, str) else list(order_id or [])
    if len(order_ids) > 1 or items:
        if parcel_ref:
            raise InvalidInput("Start a return from an order or from a parcel (one of them).",
                               why="return_source")
        orders = [get_order(i) for i in dict.fromkeys(i.strip() for i in order_ids)]
        check_together(orders)
        check_reason(reason, no_reason)
        lines = lines_for(orders, items or [])
        return return_view(open_return(ctx, orders[0], None, reason, no_reason, outcome, note, lines=lines))
    order, parcel = _source(order_ids[0] if order_ids else None, parcel_ref)
    return return_view(open_return(ctx, order, parcel, reason, no_reason, outcome, note, paid_fen))


@service(Perm.ORDERS)
def hand_off_return(ctx: Ctx, return_id: str, carrier: str, tracking: str, refund_due: str | None = None):
    """The return parcel goes to a courier: carrier, tracking number, time and staff; the refund is expected."""
    row = get_return(return_id)
    carrier = check_carrier(carrier)
    if not (tracking or "").strip():
        raise InvalidInput("A return parcel needs its tracking number.", why="tracking_missing")
    number = check_tracking(tracking)
    if row.status != ReturnStatus.STARTED or row.outcome == "refund_without_return":
        raise Refused("Return {id} is {status}; its parcel cannot be handed off now.", why="not_handoffable",
                      id=row.gid, status=return_status_name(row.status))
    now = ctx.now()
    due = check_due(refund_due, now) if refund_due else station_today(now) + dt.timedelta(days=REFUND_DAYS)
    GoodsReturn.update(status=ReturnStatus.HANDED_OFF, carrier=carrier, tracking_no=number, handed_off_at=now,
                       handed_off_by=ctx.actor.username, refund_due=None if row.outcome == "exchange" else due
                       ).where(GoodsReturn.gid == row.gid).execute()
    send_return_parcel(ctx, row, carrier, number)
    audit.record(ctx, RETURN_HANDOFF, "goods_return", row.gid, {"status": row.status},
                 {"status": ReturnStatus.HANDED_OFF, "carrier": carrier, "tracking": number,
                  "refund_due": due.isoformat()})
    return return_view(get_return(row.gid))


def check_due(text: str, now: dt.datetime) -> dt.date:
    try:
        due = dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput("{day} is not a date like 2026-03-01.", why="bad_date", day=str(text)[:20]) from None
    if due < station_today(now):
        raise InvalidInput("The expected refund date {day} is already past.", why="due_past", day=due.isoformat())
    return due


@service(Perm.ORDERS)
def confirm_refund(ctx: Ctx, return_id: str, fen: int, how: str = "original", on: str | None = None) -> ReturnView:
    """The refund came (amount, how); once only, never more than was paid. Cash handed back is a ledger entry."""
    row = get_return(return_id)
    if row.refunded_at is not None:
        raise Refused("Return {id} was already refunded ({amount} yuan).", why="already_refunded", id=row.gid,
                      amount=yuan(row.refund_fen))
    if row.outcome == "exchange":
        raise Refused("Return {id} is an exchange; there is no refund to confirm.", why="exchange_no_refund",
                      id=row.gid)
    if how not in REFUND_HOW:
        raise InvalidInput("Say how the refund came: original (to the payment) or cash.", why="refund_how")
    check_fen(fen)
    if row.paid_fen is not None and fen > row.paid_fen:
        raise Refused("A refund of {amount} yuan is more than the {paid} yuan paid.", why="refund_too_large",
                      amount=yuan(fen), paid=yuan(row.paid_fen))
    day = check_day(on, ctx) if on else station_today(ctx.now())
    if day < station_today(row.created_at):
        raise InvalidInput("The refund cannot be dated before the return started.", why="refund_before_start")
    settle_refund(ctx, row, fen, how)
    return return_view(get_return(row.gid))


def settle_refund(ctx: Ctx, row: GoodsReturn, fen: int, how: str) -> None:
    """Record the refund (checked by the caller): the return is refunded, cash back is a ledger entry."""
    now = ctx.now()
    GoodsReturn.update(status=ReturnStatus.REFUNDED, refund_fen=fen, refund_how=how, refunded_at=now,
                       refunded_by=ctx.actor.username).where(GoodsReturn.gid == row.gid).execute()
    if how == "cash":
        add_entry(ctx, "refund_out", fen, row.resident_gid, ("goods_return", row.gid), "refund handed back")
    audit.record(ctx, RETURN_REFUND, "goods_return", row.gid, {"status": row.status},
                 {"status": ReturnStatus.REFUNDED, "refund_fen": fen, "how": how})
    _orders_done(ctx, row)


def _orders_done(ctx: Ctx, row: GoodsReturn) -> None:
    """The return is settled: the orders it covers that are still open after receipt are done."""
    for order in AssistedOrder.select().where(AssistedOrder.gid.in_(covered_orders(row)),
                                              AssistedOrder.status.in_(RECEIVED)):
        move(ctx, order, OrderStatus.DONE)


@service(Perm.ORDERS)
def complete_exchange(ctx: Ctx, return_id: str, replacement_tracking: str = "") -> ReturnView:
    """The replacement arrived (or was handed to the resident): the exchange is done, its orders too."""
    row = get_return(return_id)
    if row.outcome != "exchange":
        raise Refused("Return {id} is not an exchange; confirm its refund instead.", why="not_exchange", id=row.gid)
    if row.status == ReturnStatus.EXCHANGED:
        raise Refused("Exchange {id} was already completed.", why="already_exchanged", id=row.gid)
    number = check_tracking(replacement_tracking) if (replacement_tracking or "").strip() else ""
    now = ctx.now()
    GoodsReturn.update(status=ReturnStatus.EXCHANGED, exchanged_at=now, exchanged_by=ctx.actor.username,
                       replacement_tracking=number).where(GoodsReturn.gid == row.gid).execute()
    audit.record(ctx, RETURN_EXCHANGED, "goods_return", row.gid, {"status": row.status},
                 {"status": ReturnStatus.EXCHANGED, "replacement_tracking": number})
    _orders_done(ctx, row)
    return return_view(get_return(row.gid))


@service(Perm.VIEW, write=False)
def list_returns(ctx: Ctx, limit: int = 200) -> list[ReturnView]:
    query = GoodsReturn.select().order_by(GoodsReturn.created_at.desc(), GoodsReturn.gid.desc()).limit(limit)
    return [return_view(r) for r in query]


@service(Perm.VIEW, write=False)
def show_return(ctx: Ctx, return_id: str) -> ReturnView:
    return return_view(get_return(return_id))
