"""Assisted orders and their items, returns, outgoing parcels with courier handovers, cash-on-delivery
charges, the cash ledger with counted cash, and merchants the station itself flags."""
import peewee as pw

from db.models.base import SyncedModel
from db.models.parcels import Parcel
from db.models.residents import Resident


class AssistedOrder(SyncedModel):
    """An online order staff placed for a resident (代下单), with the consent and the payment recorded."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", index=False)
    platform = pw.CharField()
    merchant = pw.CharField()
    total_fen = pw.IntegerField()
    paid_by = pw.CharField()
    payer_name = pw.CharField(default="")
    payer_phone = pw.CharField(default="")
    consent_by = pw.CharField()
    consent_how = pw.CharField()
    consent_delegate_gid = pw.CharField(null=True)
    non_returnable = pw.BooleanField(default=False)
    tracking_no = pw.CharField(default="")
    prealert_gid = pw.CharField(null=True, index=True)
    parcel_gid = pw.CharField(null=True, index=True)
    status = pw.CharField()
    watch_warning = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    shipped_at = pw.DateTimeField(null=True)
    arrived_at = pw.DateTimeField(null=True)
    collected_at = pw.DateTimeField(null=True)
    done_at = pw.DateTimeField(null=True)
    cancelled_at = pw.DateTimeField(null=True)
    updated_at = pw.DateTimeField()
    expected_arrival = pw.DateField(null=True)

    class Meta:
        table_name = "assisted_order"
        indexes = ((("resident_gid", "created_at"), False), (("status", "created_at"), False))


AssistedOrder.add_index(AssistedOrder.index(AssistedOrder.collected_at,
                                            where=AssistedOrder.status.in_(("collected", "delivered"))))


class OrderItem(SyncedModel):
    order = pw.ForeignKeyField(AssistedOrder, column_name="order_gid", backref="items")
    name = pw.CharField()
    quantity = pw.IntegerField()
    unit_price_fen = pw.IntegerField()
    exception = pw.CharField(default="")  # why a no-reason return is excluded ('' = none)


class GoodsReturn(SyncedModel):
    """A return (代退换) of an order or a collected parcel: reason, outcome, the return parcel, the refund."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid", index=False)
    order = pw.ForeignKeyField(AssistedOrder, column_name="order_gid", null=True)
    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid", null=True)
    reason = pw.CharField()
    no_reason = pw.BooleanField(default=False)
    outcome = pw.CharField()
    note = pw.TextField(default="")
    status = pw.CharField()
    collected_at = pw.DateTimeField()
    window_ends = pw.DateField()
    paid_fen = pw.IntegerField(null=True)
    carrier = pw.CharField(default="")
    tracking_no = pw.CharField(default="")
    handed_off_at = pw.DateTimeField(null=True)
    handed_off_by = pw.CharField(default="")
    refund_due = pw.DateField(null=True)
    refund_fen = pw.IntegerField(null=True)
    refund_how = pw.CharField(default="")
    refunded_at = pw.DateTimeField(null=True)
    refunded_by = pw.CharField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    exchanged_at = pw.DateTimeField(null=True)
    exchanged_by = pw.CharField(default="")
    replacement_tracking = pw.CharField(default="")

    class Meta:
        table_name = "goods_return"
        indexes = ((("resident_gid", "created_at"), False),)


_REFUND_WAITING = GoodsReturn.refunded_at.is_null() & GoodsReturn.refund_due.is_null(False)
GoodsReturn.add_index(GoodsReturn.index(GoodsReturn.refund_due, where=_REFUND_WAITING))


class ReturnItem(SyncedModel):
    """One item a return covers; a return may cover items of several orders, each with its own window."""

    return_ = pw.ForeignKeyField(GoodsReturn, column_name="return_gid", backref="items")
    order = pw.ForeignKeyField(AssistedOrder, column_name="order_gid")
    order_item = pw.ForeignKeyField(OrderItem, column_name="order_item_gid")
    name = pw.CharField()
    quantity = pw.IntegerField()
    paid_fen = pw.IntegerField()
    window_ends = pw.DateField()


class CarrierHandover(SyncedModel):
    """Outgoing parcels given to one carrier's courier in one go (the signed handover list)."""

    carrier = pw.CharField()
    at = pw.DateTimeField()
    staff = pw.CharField()
    courier_name = pw.CharField(default="")
    parcel_count = pw.IntegerField()


class OutgoingParcel(SyncedModel):
    """A parcel a resident sends (寄件): real-name check and open-box inspection recorded, fee paid."""

    sender = pw.ForeignKeyField(Resident, column_name="sender_gid")
    carrier = pw.CharField()
    tracking_no = pw.CharField(index=True)
    fee_fen = pw.IntegerField(default=0)
    id_checked = pw.BooleanField(default=False)
    inspected = pw.BooleanField(default=False)
    note = pw.TextField(default="")
    return_ = pw.ForeignKeyField(GoodsReturn, column_name="return_gid", null=True, index=False)
    handover = pw.ForeignKeyField(CarrierHandover, column_name="handover_gid", null=True, index=False)
    handed_over_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    recipient = pw.CharField(default="")  # who and where it goes, as on the waybill (name, town)


OutgoingParcel.add_index(OutgoingParcel.index(OutgoingParcel.carrier, OutgoingParcel.created_at,
                                              where=OutgoingParcel.handover.is_null()))


class CashEntry(SyncedModel):
    """One sum staff handled (positive: into the drawer). Never edited: a mistake gets a reversing entry."""

    at = pw.DateTimeField()
    day = pw.DateField()
    kind = pw.CharField()
    amount_fen = pw.IntegerField()
    resident_gid = pw.CharField(null=True)
    ref_entity = pw.CharField(default="")
    ref_gid = pw.CharField(default="")
    reverses = pw.ForeignKeyField("self", column_name="reverses_gid", null=True, index=False)
    note = pw.TextField(default="")
    staff = pw.CharField()

    class Meta:
        indexes = ((("day", "at"), False),)


class CashCount(SyncedModel):
    """Cash counted in the drawer at the end of a station day (the latest count of the day counts)."""

    day = pw.DateField()
    counted_fen = pw.IntegerField()
    at = pw.DateTimeField()
    staff = pw.CharField()

    class Meta:
        indexes = ((("day", "at"), False),)


CashEntry.add_index(CashEntry.index(CashEntry.reverses, unique=True, where=CashEntry.reverses.is_null(False)))


class CodCharge(SyncedModel):
    """An amount due on collection (到付 / 代收货款): expected (an order), held (nobody ordered it), paid, refused."""

    parcel = pw.ForeignKeyField(Parcel, column_name="parcel_gid")
    resident_gid = pw.CharField(null=True)
    amount_fen = pw.IntegerField()
    status = pw.CharField(index=True)
    order_gid = pw.CharField(null=True)
    created_at = pw.DateTimeField()
    decided_at = pw.DateTimeField(null=True)
    decided_by = pw.CharField(default="")
    cash_entry_gid = pw.CharField(null=True)


class MerchantFlag(SyncedModel):
    """A merchant this station warns about itself (beside the office's watch list)."""

    name = pw.CharField(index=True)
    reason = pw.CharField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    removed_at = pw.DateTimeField(null=True)
