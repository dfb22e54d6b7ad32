"""The items a return covers (Odoo OCA rma: one return over several orders). Each item carries its own order's
no-reason window and exceptions, so one return can hold goods collected on different days; all of them must be
the same resident's and from the same merchant (one return parcel, one refund to track).

An item is in at most one return; a return started before items were recorded covers its whole order."""
import datetime as dt
from dataclasses import dataclass

from db.models import AssistedOrder, GoodsReturn, OrderItem, ReturnItem
from station.clock import format_date, station_today
from station.context import Ctx
from station.errors import InvalidInput, Refused
from station.i18n import tr
from station.ids import new_gid
from station.orders import RECEIVED
from station.orders.window import NON_RETURNABLE, exception_name, window_ends, window_open
from station.permissions import Perm
from station.service import service


@dataclass(frozen=True)
class ItemPick:
    """An item to return: its order, its number in the order (1, 2 …) or its name, and how many (None: all)."""

    order_id: str
    item: str
    quantity: int | None = None


def parse_pick(text: str) -> ItemPick:
    """'ORDER:ITEM[:QTY]' (ITEM: the item's number in `order show`, or its name)."""
    parts = (text or "").split(":")
    if len(parts) not in (2, 3) or not all(p.strip() for p in parts):
        raise InvalidInput("An item to return is ORDER:ITEM[:QUANTITY] (like 01J…:1:2), not {item}.",
                           why="bad_pick", item=(text or "")[:60])
    quantity = parts[2].strip() if len(parts) == 3 else None
    if quantity is not None and not quantity.isdigit():
        raise InvalidInput("The quantity of {item} must be a whole number from 1 to {most}.", why="bad_quantity",
                           item=parts[1].strip()[:40], most=999)
    return ItemPick(parts[0].strip(), parts[1].strip(), int(quantity) if quantity else None)


@dataclass(frozen=True)
class Line:
    order: AssistedOrder
    item: OrderItem
    quantity: int

    @property
    def received_at(self) -> dt.datetime:
        at = self.order.collected_at
        return at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))

    @property
    def window_ends(self) -> dt.date:
        return window_ends(self.received_at)

    @property
    def paid_fen(self) -> int:
        return self.quantity * self.item.unit_price_fen


def _items(order: AssistedOrder) -> list[OrderItem]:
    return list(OrderItem.select().where(OrderItem.order == order.gid).order_by(OrderItem.gid))


def _pick(order: AssistedOrder, pick: ItemPick) -> Line:
    items = _items(order)
    found = ([items[int(pick.item) - 1]] if pick.item.isdigit() and 1 <= int(pick.item) <= len(items)
             else [i for i in items if i.name == pick.item])
    if len(found) != 1:
        raise InvalidInput("Order {order} has no item {item}.", why="no_such_item", order=order.gid, item=pick.item)
    item = found[0]
    quantity = item.quantity if pick.quantity is None else pick.quantity
    if not 1 <= quantity <= item.quantity:
        raise InvalidInput("The quantity of {item} must be a whole number from 1 to {most}.", why="bad_quantity",
                           item=item.name, most=item.quantity)
    return Line(order, item, quantity)


def lines_for(orders: list[AssistedOrder], picks: list[ItemPick] = ()) -> list[Line]:
    """Every item of the orders, or only the picked ones (each pick naming one of the orders)."""
    by_gid = {o.gid: o for o in orders}
    if not picks:
        return [Line(o, i, i.quantity) for o in orders for i in _items(o)]
    for pick in picks:
        if pick.order_id not in by_gid:
            raise InvalidInput("Item {item} names order {order}, which is not one of this return's orders.",
                               why="pick_outside", item=pick.item, order=pick.order_id)
    lines = [_pick(by_gid[p.order_id], p) for p in picks]
    if len({line.item.gid for line in lines}) != len(lines):
        raise InvalidInput("Each item may be named once.", why="pick_twice")
    return lines


def check_together(orders: list[AssistedOrder]) -> None:
    """One return: one resident, one merchant, goods all collected."""
    if len({o.resident_gid for o in orders}) > 1:
        raise Refused("One return covers one resident's orders only.", why="several_residents")
    if len({o.merchant for o in orders}) > 1:
        raise Refused("One return covers orders from one merchant only ({merchants}).", why="several_merchants",
                      merchants=", ".join(sorted({o.merchant for o in orders})))
    for order in orders:
        if order.status not in RECEIVED:
            raise Refused("The goods of order {order} were never collected; nothing to return yet.",
                          why="not_collected", order=order.gid)


def check_no_reason(lines: list[Line], now: dt.datetime) -> None:
    """Per item: an excepted kind, or an order confirmed non-returnable, or its own window closed -> refused."""
    excepted = [f"{line.item.name}: {tr(*NON_RETURNABLE)}" for line in lines if line.order.non_returnable]
    excepted += [f"{line.item.name}: {exception_name(line.item.exception)}" for line in lines if line.item.exception]
    if excepted:
        raise Refused("No no-reason return for these goods ({reasons}); a quality complaint is still possible.",
                      why="excepted_goods", reasons="; ".join(excepted))
    closed = [line for line in lines if not window_open(line.received_at, now)]
    if closed:
        first = closed[0]
        raise Refused("The 7-day no-reason window ended on {day} (received {received}); a quality complaint "
                      "is still possible.", why="window_closed", day=format_date(first.window_ends),
                      received=format_date(station_today(first.received_at)))


def check_not_returned(lines: list[Line]) -> None:
    """An item is returned once; a return from before item lists covers all of its order."""
    taken = ReturnItem.select().where(ReturnItem.order_item.in_([line.item.gid for line in lines]))
    orders = [line.order.gid for line in lines]
    legacy = GoodsReturn.select().where(GoodsReturn.order_gid.in_(orders), ~GoodsReturn.gid.in_(
        ReturnItem.select(ReturnItem.return_)))
    if taken.exists() or legacy.exists():
        raise Refused("A return was already started for these goods.", why="return_exists")


def save_lines(ctx: Ctx, return_gid: str, lines: list[Line]) -> None:
    for line in lines:
        ReturnItem.create(gid=new_gid(), owner=ctx.station_code, return_=return_gid, order=line.order.gid,
                          order_item=line.item.gid, name=line.item.name, quantity=line.quantity,
                          paid_fen=line.paid_fen, window_ends=line.window_ends)


def covered_orders(row: GoodsReturn) -> list[str]:
    """The orders a return covers (its items' orders; a return from before item lists: its one order)."""
    gids = [g for (g,) in ReturnItem.select(ReturnItem.order).where(ReturnItem.return_ == row.gid)
            .order_by(ReturnItem.gid).tuples()]
    gids = list(dict.fromkeys(gids))
    return gids or ([row.order_gid] if row.order_gid else [])


def items_of(return_gid: str) -> list[dict]:
    return [{"order_id": i.order_gid, "name": i.name, "quantity": i.quantity, "paid_fen": i.paid_fen,
             "window_ends": str(i.window_ends)[:10]}
            for i in ReturnItem.select().where(ReturnItem.return_ == return_gid).order_by(ReturnItem.gid)]


def _open_items(order: AssistedOrder) -> list[tuple[int, OrderItem]]:
    taken = {gid for (gid,) in ReturnItem.select(ReturnItem.order_item).where(ReturnItem.order == order.gid).tuples()}
    legacy = GoodsReturn.select().where(GoodsReturn.order_gid == order.gid, ~GoodsReturn.gid.in_(
        ReturnItem.select(ReturnItem.return_))).exists()
    return [] if legacy else [(n, i) for n, i in enumerate(_items(order), 1) if i.gid not in taken]


@service(Perm.VIEW, write=False)
def return_candidates(ctx: Ctx, order_id: str) -> list[dict]:
    """Items not yet returned of this order and of the same resident's other received orders from the same
    merchant (what one return may cover), with each item's window: the return form lists them."""
    from station.orders.orders import get_order

    order = get_order(order_id)
    orders = (AssistedOrder.select().where(AssistedOrder.resident == order.resident_gid,
                                           AssistedOrder.merchant == order.merchant,
                                           AssistedOrder.status.in_(RECEIVED))
              .order_by(AssistedOrder.collected_at.desc()))
    today = station_today(ctx.now())
    out = []
    for o in orders:
        for number, item in _open_items(o):
            ends = Line(o, item, item.quantity).window_ends
            out.append({"order_id": o.gid, "number": number, "name": item.name, "quantity": item.quantity,
                        "unit_price_fen": item.unit_price_fen, "exception": item.exception,
                        "non_returnable": bool(o.non_returnable), "window_ends": ends.isoformat(),
                        "days_left": (ends - today).days, "this_order": o.gid == order.gid})
    return out
