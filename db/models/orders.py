"""Assisted orders and their items, returns, outgoing parcels with courier handovers, cash-on-delivery
charges, the cash ledger with counted cash, and merchants the station itself flags."""
import peewee as pw

from db.models.base import SyncedModel
from db.models.residents import Resident


class AssistedOrder(SyncedModel):
    """An online order staff placed for a resident (代下单), with the consent and the payment recorded."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid")
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
    prealert_gid = pw.CharField(null=True)
    parcel_gid = pw.CharField(null=True)
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

    class Meta:
        table_name = "assisted_order"


class OrderItem(SyncedModel):
    order = pw.ForeignKeyField(AssistedOrder, column_name="order_gid", backref="items")
    name = pw.CharField()
    quantity = pw.IntegerField()
    unit_price_fen = pw.IntegerField()
    exception = pw.CharField(default="")  # why a no-reason return is excluded ('' = none)


class GoodsReturn(SyncedModel):
    """A return (代退换) of an order or a collected parcel: reason, outcome, the return parcel, the refund."""

    resident = pw.ForeignKeyField(Resident, column_name="resident_gid")
    order_gid = pw.CharField(null=True)
    parcel_gid = pw.CharField(null=True)
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

    class Meta:
        table_name = "goods_return"


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
    tracking_no = pw.CharField()
    fee_fen = pw.IntegerField(default=0)
    id_checked = pw.BooleanField(default=False)
    inspected = pw.BooleanField(default=False)
    note = pw.TextField(default="")
    return_gid = pw.CharField(null=True)
    handover_gid = pw.CharField(null=True)
    handed_over_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    created_by = pw.CharField()


class CashEntry(SyncedModel):
    """One sum staff handled (positive: into the drawer). Never edited: a mistake gets a reversing entry."""

    at = pw.DateTimeField()
    day = pw.DateField()
    kind = pw.CharField()
    amount_fen = pw.IntegerField()
    resident_gid = pw.CharField(null=True)
    ref_entity = pw.CharField(default="")
    ref_gid = pw.CharField(default="")
    reverses_gid = pw.CharField(null=True)
    note = pw.TextField(default="")
    staff = pw.CharField()


class CashCount(SyncedModel):
    """Cash counted in the drawer at the end of a station day (the latest count of the day counts)."""

    day = pw.DateField()
    counted_fen = pw.IntegerField()
    at = pw.DateTimeField()
    staff = pw.CharField()


class CodCharge(SyncedModel):
    """An amount due on collection (到付 / 代收货款): expected (an order), held (nobody ordered it), paid, refused."""

    parcel_gid = pw.CharField()
    resident_gid = pw.CharField(null=True)
    amount_fen = pw.IntegerField()
    status = pw.CharField()
    order_gid = pw.CharField(null=True)
    created_at = pw.DateTimeField()
    decided_at = pw.DateTimeField(null=True)
    decided_by = pw.CharField(default="")
    cash_entry_gid = pw.CharField(null=True)


class MerchantFlag(SyncedModel):
    """A merchant this station warns about itself (beside the office's watch list)."""

    name = pw.CharField()
    reason = pw.CharField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    removed_at = pw.DateTimeField(null=True)
