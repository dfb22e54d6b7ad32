"""What the Orders & Returns page shows, read in one snapshot: orders by state, windows closing soon, refunds
overdue, returns, outgoing parcels waiting for a courier, amounts on collection held, and today's cash;
and what a scanned tracking number (or id) refers to."""
from db.models import AssistedOrder, CodCharge, GoodsReturn, OutgoingParcel, Parcel
from station.clock import station_today
from station.context import Ctx
from station.errors import InvalidInput, NotFound
from station.orders.cash import cash_day
from station.orders.cod import EXPECTED, HELD, list_cod
from station.orders.lists import closing_soon, overdue_refunds
from station.orders.orders import list_orders
from station.orders.returns import list_returns
from station.orders.send import list_outgoing
from station.permissions import Perm, allowed
from station.service import service


@service(Perm.VIEW, write=False)
def overview(ctx: Ctx, status: str | None = None) -> dict:
    cod = [c for c in list_cod(ctx) if c.status in (HELD, EXPECTED)]
    cash = cash_day(ctx, station_today(ctx.now())) if allowed(ctx.actor.role, Perm.CASH) else None
    return {"orders": list_orders(ctx, status), "closing_soon": closing_soon(ctx), "overdue": overdue_refunds(ctx),
            "returns": list_returns(ctx), "outgoing": list_outgoing(ctx, waiting_only=True), "cod": cod,
            "cash": cash}


@service(Perm.VIEW, write=False)
def lookup(ctx: Ctx, text: str) -> dict:
    """{"tab", "id"} of what a scan names: an order, a return, an outgoing parcel or a held parcel."""
    ref = (text or "").strip().upper()
    if not ref:
        raise InvalidInput("Scan or type a tracking number.", why="scan_empty")
    order = AssistedOrder.get_or_none((AssistedOrder.gid == ref) | (AssistedOrder.tracking_no == ref))
    if order is not None:
        return {"tab": "orders", "id": order.gid}
    found = GoodsReturn.get_or_none((GoodsReturn.gid == ref) | (GoodsReturn.tracking_no == ref))
    if found is not None:
        return {"tab": "returns", "id": found.gid}
    outgoing = OutgoingParcel.get_or_none(OutgoingParcel.tracking_no == ref)
    if outgoing is not None:
        return {"tab": "outgoing", "id": outgoing.gid}
    charge = (CodCharge.select().join(Parcel, on=(CodCharge.parcel_gid == Parcel.gid))
              .where(Parcel.tracking_no == ref).first())
    if charge is not None:
        return {"tab": "cod", "id": charge.gid}
    raise NotFound("Nothing in orders, returns or outgoing parcels has {ref}.", why="reference", ref=ref)
