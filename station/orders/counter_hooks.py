"""The counter moves orders on: intake of a pre-alerted parcel marks its order arrived (and checks an
amount due on collection), handout marks it collected, doorstep delivery delivered — the pickup time the
station recorded starts the no-reason window. A problem found at the door opens a return."""
from db.models import AssistedOrder, Parcel, database
from station.context import Ctx
from station.orders import OPEN_ORDER, RECEIVED, OrderStatus
from station.orders.orders import move
from station.parcels import events


def on_stored(ctx: Ctx, parcel_gid: str, resident_gid: str | None, prealert_gid: str | None,
              cod_fen: int = 0) -> dict | None:
    """The order moves to arrived; its change is written into the intake's own audit row (returned as
    "audit"), so one counter action stays one audit row. Raw SQL: bench/orders.py holds pre-alerted intake
    to 1.2x plain intake, and two peewee round trips and a second audit row cost more than that."""
    told: dict = {}
    if prealert_gid:
        row = database.execute_sql("SELECT gid, status FROM assisted_order WHERE prealert_gid = ?",
                                   (prealert_gid,)).fetchone()
        if row is not None and row[1] in OPEN_ORDER:
            now = str(ctx.now())
            database.execute_sql("UPDATE assisted_order SET status = ?, parcel_gid = ?, arrived_at = ?, updated_at = ? "
                                 "WHERE gid = ?", (OrderStatus.ARRIVED.value, parcel_gid, now, now, row[0]))
            told["audit"] = {"order": row[0], "order_status": [row[1], OrderStatus.ARRIVED.value]}
    if cod_fen:
        from station.orders.cod import guard

        told["cod"] = guard(ctx, parcel_gid, resident_gid, prealert_gid, cod_fen).to_dict()
    return told or None


def on_collected(ctx: Ctx, parcel_gids: list[str], how: str = "collected", note: str = "") -> None:
    status = OrderStatus.DELIVERED if how == "delivered" else OrderStatus.COLLECTED
    marks = ",".join("?" * len(parcel_gids))
    # One raw probe on every handout (almost none are orders): a peewee query would cost the counter more.
    found = [gid for (gid,) in database.execute_sql(
        f"SELECT gid FROM assisted_order WHERE parcel_gid IN ({marks}) AND status = 'arrived'", tuple(parcel_gids))]
    for order in AssistedOrder.select().where(AssistedOrder.gid.in_(found)) if found else ():
        move(ctx, order, status)
    if note:
        _open_door_returns(ctx, parcel_gids, note)


def _open_door_returns(ctx: Ctx, parcel_gids: list[str], note: str) -> None:
    from station.orders.returns import open_return

    for parcel in Parcel.select().where(Parcel.gid.in_(parcel_gids)):
        order = AssistedOrder.get_or_none(AssistedOrder.parcel_gid == parcel.gid)
        open_return(ctx, order, parcel, "found_at_door", False, "refund", note)


def on_uncollected(ctx: Ctx, parcel_gids: list[str]) -> None:
    """A handout was undone: its orders are back to arrived (the window had not really started)."""
    for order in AssistedOrder.select().where(AssistedOrder.parcel_gid.in_(parcel_gids),
                                              AssistedOrder.status.in_(RECEIVED)):
        move(ctx, order, OrderStatus.ARRIVED, arrived_at=order.arrived_at, collected_at=None)


events.listen(events.STORED, on_stored)
events.listen(events.COLLECTED, on_collected)
events.listen(events.UNCOLLECTED, on_uncollected)
