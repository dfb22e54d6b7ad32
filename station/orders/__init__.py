"""Assisted orders (代下单), returns (代退换), outgoing parcels (寄件), cash-on-delivery guard and the cash ledger.

States and the words for them live here so the CLI, the page and the PDFs say the same thing.
"""
from enum import StrEnum

from station.i18n import N_, tr


class OrderStatus(StrEnum):
    PLACED = "placed"
    SHIPPED = "shipped"
    ARRIVED = "arrived"  # its pre-alerted parcel was taken in
    COLLECTED = "collected"  # handed out at the counter
    DELIVERED = "delivered"  # delivered to the door by a volunteer
    DONE = "done"
    CANCELLED = "cancelled"


class ReturnStatus(StrEnum):
    STARTED = "started"
    HANDED_OFF = "handed_off"  # the return parcel went to a courier
    REFUNDED = "refunded"
    EXCHANGED = "exchanged"  # the replacement came: the exchange is done


ORDER_STATUS_LABELS = {
    OrderStatus.PLACED: N_("Orders", "Placed"),
    OrderStatus.SHIPPED: N_("Orders", "Shipped"),
    OrderStatus.ARRIVED: N_("Orders", "Arrived"),
    OrderStatus.COLLECTED: N_("Orders", "Picked up"),
    OrderStatus.DELIVERED: N_("Orders", "Delivered"),
    OrderStatus.DONE: N_("Orders", "Done"),
    OrderStatus.CANCELLED: N_("Orders", "Cancelled"),
}
RETURN_STATUS_LABELS = {
    ReturnStatus.STARTED: N_("Orders", "Return started"),
    ReturnStatus.HANDED_OFF: N_("Orders", "Return parcel sent"),
    ReturnStatus.REFUNDED: N_("Orders", "Refunded"),
    ReturnStatus.EXCHANGED: N_("Orders", "Exchanged"),
}
RECEIVED = (OrderStatus.COLLECTED, OrderStatus.DELIVERED)
OPEN_ORDER = (OrderStatus.PLACED, OrderStatus.SHIPPED)


def order_status_name(status: str) -> str:
    pair = ORDER_STATUS_LABELS.get(status)
    return tr(*pair) if pair else status


def return_status_name(status: str) -> str:
    pair = RETURN_STATUS_LABELS.get(status)
    return tr(*pair) if pair else status
