"""Assisted orders (代下单): staff order online for a resident who can't, with their consent recorded first.

The expected tracking number becomes a pre-alert, so the counter recognises the parcel on intake; intake,
handout and doorstep delivery then move the order on (station.orders.counter_hooks). Each state change is
audited and shows on the resident's timeline.
"""
import datetime as dt
from dataclasses import asdict, dataclass, field

from db.models import AssistedOrder, OrderItem, Prealert, Resident
from station import audit
from station.audit_actions import (
    ORDER_ARRIVED,
    ORDER_CANCELLED,
    ORDER_COLLECTED,
    ORDER_DELIVERED,
    ORDER_DONE,
    ORDER_PLACE,
    ORDER_SHIPPED,
)
from station.clock import station_today
from station.context import Ctx
from station.errors import InvalidInput, NotFound, Refused
from station.i18n import tr
from station.ids import new_gid
from station.orders import OPEN_ORDER, RECEIVED, OrderStatus, order_status_name
from station.orders.cash import add_entry
from station.orders.money import MAX_FEN, check_fen, parse_yuan
from station.orders.people import consenting_delegate, resident_by
from station.orders.watch import watch_hits
from station.orders.window import EXCEPTIONS, window_ends
from station.parcels.carriers import check_tracking
from station.permissions import Perm
from station.phones import check_mobile, mask_phone
from station.service import service

PAID_BY = ("resident_cash", "family", "own_account")
CONSENT_HOW = ("in_person", "phone")
MAX_QUANTITY = 999
MAX_ARRIVAL_DAYS = 60


@dataclass(frozen=True)
class ItemIn:
    name: str
    quantity: int
    unit_price_fen: int
    exception: str = ""


def parse_item(text: str) -> ItemIn:
    """'大米 10kg:2:45.50[:perishable]' -> an item (name, quantity, unit price in yuan, optional exception)."""
    parts = (text or "").rsplit(":", 3) if (text or "").count(":") >= 3 else (text or "").rsplit(":", 2)
    if len(parts) < 3:
        raise InvalidInput("An item is NAME:QUANTITY:PRICE (like 大米:2:45.50), not {item}.", why="bad_item",
                           item=(text or "")[:40])
    name, quantity, price, *rest = parts
    if not quantity.strip().isdigit():
        raise InvalidInput("The quantity of {item} must be a whole number from 1 to {most}.", why="bad_quantity",
                           item=name.strip()[:40], most=MAX_QUANTITY)
    return ItemIn(name.strip(), int(quantity), parse_yuan(price), rest[0].strip() if rest else "")


def _check_item(item: ItemIn) -> ItemIn:
    if not item.name or len(item.name) > 80:
        raise InvalidInput("Each item needs a name (at most 80 characters).", why="item_name")
    if not 1 <= item.quantity <= MAX_QUANTITY:
        raise InvalidInput("The quantity of {item} must be a whole number from 1 to {most}.", why="bad_quantity",
                           item=item.name, most=MAX_QUANTITY)
    check_fen(item.unit_price_fen)
    if item.exception and item.exception not in EXCEPTIONS:
        raise InvalidInput("Unknown exception {code}; use one of: {codes}.", why="bad_exception",
                           code=item.exception, codes=", ".join(EXCEPTIONS))
    return item


@dataclass
class Payment:
    paid_by: str
    payer_name: str = ""
    payer_phone: str = ""


def _check_payment(payment: Payment) -> Payment:
    if payment.paid_by not in PAID_BY:
        raise InvalidInput("Say who paid: {choices}.", why="paid_by", choices=", ".join(PAID_BY))
    if payment.paid_by != "family":
        return Payment(payment.paid_by)
    name = (payment.payer_name or "").strip()
    if not name or len(name) > 30:
        raise InvalidInput("Family paying remotely: give the payer's name and phone.", why="payer_missing")
    return Payment("family", name, check_mobile(payment.payer_phone or ""))


@dataclass
class OrderView:
    id: str
    status: str
    status_name: str
    resident_gid: str
    resident_name: str
    platform: str
    merchant: str
    total_fen: int
    paid_by: str
    payer_name: str
    payer_phone: str
    consent_by: str
    consent_how: str
    non_returnable: bool
    tracking: str
    parcel_gid: str | None
    watch_warning: str
    created_at: str
    created_by: str
    collected_at: str | None
    window_ends: str | None
    items: list[dict] = field(default_factory=list)
    expected_arrival: str | None = None  # a station date staff were told; None: the merchant has not said

    def to_dict(self) -> dict:
        return asdict(self)


def order_view(order: AssistedOrder) -> OrderView:
    resident = Resident.get_by_id(order.resident_gid)
    query = OrderItem.select().where(OrderItem.order == order.gid).order_by(OrderItem.gid)
    items = [{"id": i.gid, "name": i.name, "quantity": i.quantity, "unit_price_fen": i.unit_price_fen,
              "exception": i.exception} for i in query]
    ends = window_ends(order.collected_at).isoformat() if order.collected_at else None
    return OrderView(order.gid, order.status, order_status_name(order.status), resident.gid, resident.name,
                     order.platform, order.merchant, order.total_fen, order.paid_by, order.payer_name,
                     mask_phone(order.payer_phone) if order.payer_phone else "", order.consent_by, order.consent_how,
                     bool(order.non_returnable), order.tracking_no, order.parcel_gid, order.watch_warning,
                     str(order.created_at), order.created_by, str(order.collected_at) if order.collected_at else None,
                     ends, items, str(order.expected_arrival)[:10] if order.expected_arrival else None)


def _text(value: str, what: str, most: int = 60) -> str:
    value = (value or "").strip()
    if not value or len(value) > most:
        raise InvalidInput("Give the {what} (at most {most} characters).", why=f"{what}_missing", what=what,
                           most=most)
    return value


def _warning_text(merchant: str, confirm_watch: bool) -> str:
    hits = watch_hits(merchant)
    if not hits:
        return ""
    text = "; ".join(h.describe() for h in hits)
    if not confirm_watch:
        raise Refused("{merchant} is on the watch list: {warning}. Check with the resident, then confirm to save "
                      "anyway.",
                      why="watched_merchant", merchant=merchant, warning=text)
    return text


@dataclass
class OrderIn:
    resident: str  # full phone or gid
    platform: str
    merchant: str
    items: list[ItemIn]
    payment: Payment
    consent_by: str
    consent_how: str
    tracking: str = ""
    non_returnable: bool = False
    confirm_watch: bool = False
    expected_arrival: str | dt.date | None = None  # YYYY-MM-DD in station time, today or later


def check_arrival(value: str | dt.date | None, now: dt.datetime) -> dt.date | None:
    """An expected arrival is a station day from today to MAX_ARRIVAL_DAYS ahead; empty means not known yet."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput("{day} is not a date like 2026-03-01.", why="bad_date", day=str(value)[:20]) from None
    today = station_today(now)
    if not today <= day <= today + dt.timedelta(days=MAX_ARRIVAL_DAYS):
        raise InvalidInput("The expected arrival {day} must be from today to {most} days ahead.",
                           why="arrival_out_of_range", day=day.isoformat(), most=MAX_ARRIVAL_DAYS)
    return day


@service(Perm.ORDERS)
def place_order(ctx: Ctx, order: OrderIn) -> OrderView:
    """Save an order placed for a resident; refused (nothing saved) without consent or with bad input."""
    resident = resident_by(order.resident)
    delegate = consenting_delegate(resident, order.consent_by)
    if order.consent_how not in CONSENT_HOW:
        raise InvalidInput("Say how consent was given: in person or by phone.", why="consent_how")
    platform, merchant = _text(order.platform, "platform"), _text(order.merchant, "merchant")
    if not order.items:
        raise InvalidInput("An order needs at least one item.", why="no_items")
    items = [_check_item(i) for i in order.items]
    total = sum(i.quantity * i.unit_price_fen for i in items)
    if total > MAX_FEN:
        check_fen(total)
    payment = _check_payment(order.payment)
    tracking = check_tracking(order.tracking) if (order.tracking or "").strip() else ""
    arrival = check_arrival(order.expected_arrival, ctx.now())
    warning = _warning_text(merchant, order.confirm_watch)
    return _save(ctx, order, resident, delegate, platform, merchant, items, total, payment, tracking, warning,
                 arrival)


def _save(ctx, order, resident, delegate, platform, merchant, items, total, payment, tracking, warning,
          arrival) -> OrderView:
    now, gid = ctx.now(), new_gid()
    AssistedOrder.create(
        gid=gid, owner=ctx.station_code, resident=resident.gid, platform=platform, merchant=merchant,
        total_fen=total, paid_by=payment.paid_by, payer_name=payment.payer_name, payer_phone=payment.payer_phone,
        consent_by=order.consent_by.strip(), consent_how=order.consent_how,
        consent_delegate_gid=delegate.gid if delegate else None, non_returnable=bool(order.non_returnable),
        status=OrderStatus.PLACED, watch_warning=warning, created_at=now, created_by=ctx.actor.username,
        updated_at=now, expected_arrival=arrival)
    for item in items:
        OrderItem.create(gid=new_gid(), owner=ctx.station_code, order=gid, name=item.name, quantity=item.quantity,
                         unit_price_fen=item.unit_price_fen, exception=item.exception)
    if tracking:
        _expect(ctx, gid, tracking, resident.gid)
    if payment.paid_by == "resident_cash":
        add_entry(ctx, "order_payment", total, resident.gid, ("assisted_order", gid), f"{platform} {merchant}")
    audit.record(ctx, ORDER_PLACE, "assisted_order", gid, None,
                 {"resident": resident.gid, "merchant": merchant, "total_fen": total, "paid_by": payment.paid_by,
                  "consent_by": order.consent_by.strip(), "consent_how": order.consent_how,
                  "tracking": tracking, "watch_warning": warning,
                  "expected_arrival": arrival.isoformat() if arrival else None})
    return order_view(AssistedOrder.get_by_id(gid))


def _expect(ctx: Ctx, order_gid: str, tracking: str, resident_gid: str) -> None:
    """Register the tracking number as a pre-alert (intake links the parcel to it)."""
    if Prealert.select().where(Prealert.tracking_no == tracking, Prealert.parcel.is_null()).exists():
        raise Refused("{tracking} is already expected.", why="already_expected", tracking=tracking)
    alert = Prealert.create(gid=new_gid(), owner=ctx.station_code, tracking_no=tracking, resident=resident_gid,
                            note=tr("Orders", "Assisted order {order}").format(order=order_gid), created_at=ctx.now())
    AssistedOrder.update(tracking_no=tracking, prealert_gid=alert.gid).where(AssistedOrder.gid == order_gid).execute()


def get_order(order_id: str) -> AssistedOrder:
    order = AssistedOrder.get_or_none(AssistedOrder.gid == (order_id or "").strip())
    if order is None:
        raise NotFound("No order {order}.", why="order", order=order_id)
    return order


# state -> (the column stamped with the time, the audit action)
MOVES = {
    OrderStatus.SHIPPED: ("shipped_at", ORDER_SHIPPED),
    OrderStatus.ARRIVED: ("arrived_at", ORDER_ARRIVED),
    OrderStatus.COLLECTED: ("collected_at", ORDER_COLLECTED),
    OrderStatus.DELIVERED: ("collected_at", ORDER_DELIVERED),
    OrderStatus.DONE: ("done_at", ORDER_DONE),
    OrderStatus.CANCELLED: ("cancelled_at", ORDER_CANCELLED),
}


def move(ctx: Ctx, order: AssistedOrder, status: OrderStatus, **fields) -> None:
    """Inside a transaction: change an order's state, audited."""
    now = ctx.now()
    stamp, action = MOVES[status]
    if stamp not in fields:
        fields[stamp] = now
    AssistedOrder.update(status=status, updated_at=now, **fields).where(AssistedOrder.gid == order.gid).execute()
    audit.record(ctx, action, "assisted_order", order.gid, {"status": order.status},
                 {"status": str(status), **{k: str(v) for k, v in fields.items()}})


@service(Perm.VIEW, write=False)
def show_order(ctx: Ctx, order_id: str) -> OrderView:
    return order_view(get_order(order_id))


@service(Perm.VIEW, write=False)
def list_orders(ctx: Ctx, status: str | None = None, limit: int = 200) -> list[OrderView]:
    if status and status not in set(OrderStatus):
        raise InvalidInput("Unknown order state {status}.", why="bad_status", status=status)
    query = AssistedOrder.select().order_by(AssistedOrder.created_at.desc(), AssistedOrder.gid.desc()).limit(limit)
    if status:
        query = query.where(AssistedOrder.status == status)
    return [order_view(o) for o in query]


@service(Perm.ORDERS)
def ship_order(ctx: Ctx, order_id: str, tracking: str = "", expected_arrival: str | None = None) -> OrderView:
    """The merchant shipped it; a tracking number given now becomes the pre-alert, a date the new arrival."""
    order = get_order(order_id)
    arrival = check_arrival(expected_arrival, ctx.now())
    if order.status not in OPEN_ORDER:
        raise Refused("Order {order} is {status}; only a placed order can be marked shipped.", why="not_open",
                      order=order.gid, status=order_status_name(order.status))
    number = check_tracking(tracking) if (tracking or "").strip() else ""
    if number and order.tracking_no:
        raise Refused("Order {order} already expects {tracking}.", why="tracking_set", order=order.gid,
                      tracking=order.tracking_no)
    if number:
        _expect(ctx, order.gid, number, order.resident_gid)
    move(ctx, order, OrderStatus.SHIPPED, **({"expected_arrival": arrival} if arrival else {}))
    return order_view(get_order(order.gid))


@service(Perm.ORDERS)
def cancel_order(ctx: Ctx, order_id: str) -> OrderView:
    """Cancel before the parcel arrived; the pre-alert goes, and the resident's cash is handed back."""
    order = get_order(order_id)
    if order.status not in OPEN_ORDER:
        raise Refused("Order {order} is {status}; once the parcel is here, start a return instead.",
                      why="not_cancellable", order=order.gid, status=order_status_name(order.status))
    if order.prealert_gid:
        Prealert.delete().where(Prealert.gid == order.prealert_gid, Prealert.parcel.is_null()).execute()
    if order.paid_by == "resident_cash":
        add_entry(ctx, "refund_out", order.total_fen, order.resident_gid, ("assisted_order", order.gid),
                  "order cancelled")
    move(ctx, order, OrderStatus.CANCELLED)
    return order_view(get_order(order.gid))


@service(Perm.ORDERS)
def finish_order(ctx: Ctx, order_id: str) -> OrderView:
    """Nothing more to do for this order (received and kept, or its return settled)."""
    order = get_order(order_id)
    if order.status not in RECEIVED:
        raise Refused("Order {order} is {status}; only a received order can be closed.", why="not_received",
                      order=order.gid, status=order_status_name(order.status))
    move(ctx, order, OrderStatus.DONE)
    return order_view(get_order(order.gid))
