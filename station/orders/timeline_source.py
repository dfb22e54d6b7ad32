"""The orders area on a resident's timeline: each order's state changes, returns with their handoff and
refund, parcels sent, amounts paid on collection."""
from collections.abc import Iterable

from db.models import AssistedOrder, CodCharge, GoodsReturn, OutgoingParcel
from station.i18n import tr
from station.orders import OrderStatus, order_status_name
from station.orders.cod import HELD
from station.orders.cod import status_name as cod_status
from station.orders.money import yuan
from station.orders.returns import reason_name
from station.timeline import TimelineEntry, register_source

STAMPS = (("created_at", OrderStatus.PLACED), ("shipped_at", OrderStatus.SHIPPED), ("arrived_at", OrderStatus.ARRIVED),
          ("collected_at", None), ("done_at", OrderStatus.DONE), ("cancelled_at", OrderStatus.CANCELLED))


def order_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    for o in AssistedOrder.select().where(AssistedOrder.resident == resident_gid):
        for column, status in STAMPS:
            at = getattr(o, column)
            if at is None:
                continue
            if column == "collected_at":
                status = OrderStatus.DELIVERED if o.status == OrderStatus.DELIVERED else OrderStatus.COLLECTED
            text = tr("Timeline", "Order {merchant} (¥{amount}): {state}").format(
                merchant=o.merchant, amount=yuan(o.total_fen), state=order_status_name(status))
            if column == "created_at":
                text += tr("Timeline", ", consent by {who}").format(who=o.consent_by)
            yield TimelineEntry(at, "order", text, o.gid)


def return_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    for r in GoodsReturn.select().where(GoodsReturn.resident == resident_gid):
        yield TimelineEntry(r.created_at, "goods_return", tr("Timeline", "Return started: {reason} (window ends {day})")
                            .format(reason=reason_name(r.reason), day=str(r.window_ends)), r.gid)
        if r.handed_off_at:
            yield TimelineEntry(r.handed_off_at, "goods_return", tr(
                "Timeline", "Return parcel {tracking} handed to {carrier}").format(
                tracking=r.tracking_no, carrier=r.carrier), r.gid)
        if r.exchanged_at:
            yield TimelineEntry(r.exchanged_at, "goods_return", tr("Timeline", "Exchange done: replacement received")
                                + (f" {r.replacement_tracking}" if r.replacement_tracking else ""), r.gid)
        if r.refunded_at:
            yield TimelineEntry(r.refunded_at, "goods_return", tr("Timeline", "Refund of ¥{amount} confirmed").format(
                amount=yuan(r.refund_fen)), r.gid)


def sent_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    for p in OutgoingParcel.select().where(OutgoingParcel.sender == resident_gid, OutgoingParcel.return_gid.is_null()):
        yield TimelineEntry(p.created_at, "send", tr("Timeline", "Parcel {tracking} sent with {carrier}, fee ¥{fee}")
                            .format(tracking=p.tracking_no, carrier=p.carrier, fee=yuan(p.fee_fen)), p.gid)


def cod_entries(resident_gid: str) -> Iterable[TimelineEntry]:
    for c in CodCharge.select().where(CodCharge.resident_gid == resident_gid):
        yield TimelineEntry(c.created_at, "cod", tr("Timeline", "Parcel with ¥{amount} to pay on collection")
                            .format(amount=yuan(c.amount_fen)), c.gid)
        if c.decided_at or c.status == HELD:
            yield TimelineEntry(c.decided_at or c.created_at, "cod", tr(
                "Timeline", "Amount on collection: {state}").format(state=cod_status(c.status)), c.gid)


register_source("order", order_entries)
register_source("goods_return", return_entries)
register_source("send", sent_entries)
register_source("cod", cod_entries)
